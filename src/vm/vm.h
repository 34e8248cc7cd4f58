/* A virtual machine: the virt board, one host thread per vCPU, the console, and its life cycle
 * as one state machine (Not started -> Running <-> Paused -> Stopped) that both `capa run` (in
 * the foreground, vm_run) and the control API of `capa vmm` drive. */
#ifndef CAPA_VM_VM_H
#define CAPA_VM_VM_H

#include <limits.h>
#include <stdbool.h>
#include <stdint.h>

#include "base/log.h"
#include "backend/netdev.h"
#include "board/boot_load.h"

#define VM_MAX_DISKS 8
#define VM_MAX_NICS  4

/* One --disk: a raw image behind a virtio-blk. */
struct vm_disk {
    const char *path;
    bool read_only, direct;
    const char *serial; /* NULL = the image's basename */
};

/* One --net: a virtio-net behind user-mode networking (libslirp) or a host tap (vm_net_parse). */
struct vm_nic {
    char tap[16]; /* "" = user-mode networking */
    uint8_t mac[6];
    struct netdev_user_options user;
};

/* CPU controls through the host's cgroup cpu controller (backend/cgroup.h). */
#define VM_CPU_WEIGHT_DEFAULT 100 /* cgroup v2 cpu.weight semantics, 1..10000 */
#define VM_CPU_WEIGHT_MAX     10000

struct vm_config {
    const char *id; /* NULL: no cgroup of its own (capa run); else its cgroup's name */
    unsigned nr_cpus;
    uint64_t mem_size;
    struct boot_images images;
    int console_in, console_out; /* host fds for the serial console */
    double timeout_sec;          /* 0 = none: stop the guest after this long (exit 124) */
    bool stats;                  /* print instruction counts at exit */
    bool no_jit;                 /* interpreter only: no native runs (hart.native_off) */
    bool rng;                    /* attach a virtio-rng (host getrandom) */
    bool virtio_console;         /* the terminal drives a virtio-console, not the UART */
    unsigned nr_disks;           /* --disk images, each on the next free virtio slot */
    struct vm_disk disks[VM_MAX_DISKS];
    unsigned nr_nics; /* --net devices, each on the next free virtio slot */
    struct vm_nic nics[VM_MAX_NICS];
    bool no_console_escapes;  /* Ctrl-A is guest input, not capa's escape (capa vmm) */
    unsigned cpu_weight;      /* 1..10000 (0 = default 100); needs id */
    unsigned cpu_max_percent; /* 0 = no cap; else up to 100 * nr_cpus; needs id */
};

/* Exit statuses of vm_run besides -errno: */
#define VM_EXIT_POWEROFF 0   /* guest powered off */
#define VM_EXIT_FAILURE  1   /* guest reported failure (SRST reason, syscon fail code) */
#define VM_EXIT_QUIT     130 /* the user quit with Ctrl-A x */
#define VM_EXIT_TIMEOUT  124
#define VM_EXIT_STOPPED  143 /* stopped hard from the host after SIGTERM (128 + SIGTERM) */

struct vm;

enum vm_state {
    VM_STATE_NOT_STARTED, /* configured, not booted: the config may still change */
    VM_STATE_RUNNING,
    VM_STATE_PAUSED,  /* every vCPU thread parked, guest time frozen */
    VM_STATE_STOPPED, /* powered off, failed or killed: only vm_wait/vm_destroy are left */
};

/* "Not started", "Running", "Paused", "Stopped" (Firecracker's names). */
const char *vm_state_name(enum vm_state s);

/* Create a VM in state Not started and start its console. cfg is the caller's and must outlive
 * the VM; it is read at vm_start and at every reboot, and changed only through vm_configure.
 * Main thread. 0 or -errno with a message. */
int vm_create(const struct vm_config *cfg, struct vm **out, struct errbuf *eb);

/* Run fn(arg) (which may change the VM's config) if the VM is Not started, under the VM's
 * control lock; else -EINVAL with a message and fn is not called. Returns fn's result. Any
 * thread. */
int vm_configure(struct vm *vm, int (*fn)(void *arg, struct errbuf *eb), void *arg,
                 struct errbuf *eb);

/* The life-cycle transitions. Each checks the state under the control lock and either completes
 * or changes nothing: -EINVAL with a message for an illegal transition (start twice, pause when
 * not running, resume when not paused), another -errno when the host refuses (a kernel that
 * cannot be loaded, a cgroup that cannot be made). Any thread but the VM's own.
 *   vm_start:  Not started -> Running: loads the images, attaches devices, joins the VM's cgroup
 *              (when cfg->id is set) and starts the vCPUs.
 *   vm_pause:  Running -> Paused: returns once every vCPU thread is parked (no host CPU) and
 *              guest time (mtime) is frozen, as QEMU's `stop` does.
 *   vm_resume: Paused -> Running: guest time goes on from where it stopped. */
int vm_start(struct vm *vm, struct errbuf *eb);
int vm_pause(struct vm *vm, struct errbuf *eb);
int vm_resume(struct vm *vm, struct errbuf *eb);

/* Stop the VM now, from any state but Stopped, with exit status `status` (vm_wait returns it).
 * Any thread, not async-signal-safe. */
void vm_kill(struct vm *vm, int status);

/* Change CPU weight (1..10000, 0 = default) and cap (percent of one host CPU, 0 = none) in any
 * state before Stopped; applied to the cgroup at once while running or paused. A cap above
 * 100 * vCPUs, or limits the host cannot apply: -EINVAL/-errno with a message, nothing changed.
 * Any thread. */
int vm_set_cpu_limits(struct vm *vm, unsigned weight, unsigned max_percent, struct errbuf *eb);

/* Block until the VM is Stopped (guest poweroff, failure, Kill; a reboot restarts the machine
 * and keeps waiting). Returns the exit status (>= 0) or -errno with a message when a reboot
 * could not boot again. Main thread. */
int vm_wait(struct vm *vm, struct errbuf *eb);

/* Free a Stopped or Not started VM (stops the console; removes its cgroup). Main thread. */
void vm_destroy(struct vm *vm);

struct vm_info {
    enum vm_state state;
    double uptime_s; /* since vm_start, paused time included; 0 before */
    double paused_s; /* total time paused */
    unsigned nr_cpus;
    uint64_t mem_size;
    uint64_t instret[VIRT_MAX_HARTS]; /* per vCPU, summed over reboots */
    uint64_t instret_total;
    unsigned cpu_weight, cpu_max_percent;
    char cgroup[PATH_MAX]; /* the cgroup that applies the limits, "" when none */
};

/* A snapshot of the VM's state and counters (for GET / and /metrics). Any thread. */
void vm_get_info(struct vm *vm, struct vm_info *info);

/* Create, boot and run the VM until the guest powers off (reboots restart it), the user quits
 * or the timeout passes. Returns the exit status (>= 0) or -errno with a message in eb. Main
 * thread. The same as vm_create + vm_main + vm_destroy. */
int vm_run(const struct vm_config *cfg, struct errbuf *eb);

/* vm_start + vm_wait, then the --stats line. Main thread, once per VM. */
int vm_main(struct vm *vm, struct errbuf *eb);

/* Press the power button (the VM's virtio-input device, KEY_POWER): the guest should power off
 * cleanly. Any thread, between vm_create and vm_destroy. Returns 0; -ENODEV when no boot is up
 * (the press is made at the next boot) or the guest's driver has not set DRIVER_OK (the press
 * is delivered when it does); -ENOBUFS when too many presses are already waiting. */
int vm_power_button(struct vm *vm);

/* Write the device tree the VM would get to path (no guest runs). 0 or -errno. */
int vm_dump_dtb(const struct vm_config *cfg, const char *path, struct errbuf *eb);

#endif
