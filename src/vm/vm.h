/* A virtual machine run in the foreground: the virt board, one host thread per vCPU, the
 * console, and the exit status. */
#ifndef CAPA_VM_VM_H
#define CAPA_VM_VM_H

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

struct vm_config {
    unsigned nr_cpus;
    uint64_t mem_size;
    struct boot_images images;
    int console_in, console_out; /* host fds for the serial console */
    double timeout_sec;          /* 0 = none: stop the guest after this long (exit 124) */
    bool stats;                  /* print instruction counts at exit */
    bool rng;                    /* attach a virtio-rng (host getrandom) */
    bool virtio_console;         /* the terminal drives a virtio-console, not the UART */
    unsigned nr_disks;           /* --disk images, each on the next free virtio slot */
    struct vm_disk disks[VM_MAX_DISKS];
    unsigned nr_nics; /* --net devices, each on the next free virtio slot */
    struct vm_nic nics[VM_MAX_NICS];
};

/* Exit statuses of vm_run besides -errno: */
#define VM_EXIT_POWEROFF 0   /* guest powered off */
#define VM_EXIT_FAILURE  1   /* guest reported failure (SRST reason, syscon fail code) */
#define VM_EXIT_QUIT     130 /* the user quit with Ctrl-A x */
#define VM_EXIT_TIMEOUT  124

#define VM_EXIT_STOPPED 143 /* stopped from the host (vm_stop; 128 + SIGTERM) */

struct vm;

/* Create, boot and run the VM until the guest powers off (reboots restart it), the user quits
 * or the timeout passes. Returns the exit status (>= 0) or -errno with a message in eb. Main
 * thread. The same as vm_create + vm_main + vm_destroy. */
int vm_run(const struct vm_config *cfg, struct errbuf *eb);

/* Create a VM for cfg (which must outlive it) without starting it. 0 or -errno. Any thread. */
int vm_create(const struct vm_config *cfg, struct vm **out, struct errbuf *eb);

/* Boot and run vm on the calling thread until it stops for good (as vm_run). Once per VM. */
int vm_main(struct vm *vm, struct errbuf *eb);

/* Free a VM whose vm_main has returned (or never ran). No other call may be in progress. */
void vm_destroy(struct vm *vm);

/* Press the power button (the VM's virtio-input device, KEY_POWER): the guest should power off
 * cleanly. Any thread, between vm_create and vm_destroy. Returns 0; -ENODEV when the guest's
 * driver has not set DRIVER_OK (or the machine is between boots): the press is still queued and
 * delivered when the driver is up; -ENOBUFS when too many presses are already waiting. */
int vm_power_button(struct vm *vm);

/* Stop the VM now, as a hard power-off, making vm_main return status (>= 0). Any thread. */
void vm_stop(struct vm *vm, int status);

/* Write the device tree the VM would get to path (no guest runs). 0 or -errno. */
int vm_dump_dtb(const struct vm_config *cfg, const char *path, struct errbuf *eb);

#endif
