/* Inside the vm layer: struct vm, shared by the machine (vm.c: vCPU threads, board callbacks,
 * one boot from reset to stop) and the life cycle (vm_life.c: the state machine, pause/resume,
 * the supervisor thread that reboots, cgroup limits). Not for other layers. */
#ifndef CAPA_VM_VM_INTERNAL_H
#define CAPA_VM_VM_INTERNAL_H

#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>

#include "backend/cgroup.h"
#include "backend/console.h"
#include "base/io_loop.h"
#include "board/virt.h"
#include "sbi/sbi.h"
#include "vm/vm.h"

struct vcpu {
    struct vm *vm;
    unsigned id;
    struct hart *hart;
    pthread_t thread;
    pthread_mutex_t lock;
    pthread_cond_t cond;
    int hsm_state; /* SBI_HSM_*, under lock */
    uint64_t start_pc, start_arg;
    atomic_bool in_guest; /* inside hart_run (for remote TLB shootdowns) */
    bool wake;            /* an interrupt line changed while parked, under lock */
};

struct vm {
    const struct vm_config *cfg;
    struct virt_board board;
    struct vcpu vcpus[VIRT_MAX_HARTS];
    struct sbi sbi;
    struct console console;
    bool console_started;
    struct io_loop *io;          /* the I/O thread: virtqueue notifications, device backends */
    struct virtio_console *vcon; /* --console virtio: the device fed by the terminal, or NULL */
    /* The boot's power button (NULL between boots or without a free slot), and a press made
     * while there was none, for the next boot. Both under ctl_lock. */
    struct virtio_input *power_dev;
    bool power_pending;

    /* Guest time (mtime, 10 MHz): host monotonic ns since start_ns, or frozen_ticks while the
     * VM is paused (so the guest does not see the pause as a jump, as with QEMU's `stop`). */
    atomic_int_least64_t start_ns;
    atomic_bool time_frozen;
    atomic_uint_least64_t frozen_ticks;

    /* Stopping the current boot (poweroff, reboot, failure, Kill). */
    pthread_mutex_t exit_lock;
    pthread_cond_t exit_cond;
    atomic_bool quit;
    int exit_status;
    bool reboot;

    /* Pausing: vCPU threads count themselves in `running` while they may execute guest code and
     * wait in vcpu_enter while pause_req is set; vm_pause waits for running == 0. */
    pthread_mutex_t pause_lock;
    pthread_cond_t pause_cond;
    atomic_bool pause_req;
    unsigned running;

    /* The life cycle, under ctl_lock: the state, the board's lifetime (the supervisor tears it
     * down and rebuilds it on reboot under the lock), the counters. */
    pthread_mutex_t ctl_lock;
    pthread_cond_t state_cond; /* state changed to Stopped */
    enum vm_state state;
    pthread_t supervisor;
    bool supervisor_started;
    int final_err; /* a reboot could not boot again: -errno, message in final_eb */
    struct errbuf final_eb;
    int64_t started_ns, paused_since_ns, paused_ns;
    struct cgroup cgroup;
    bool in_cgroup;
    unsigned cpu_weight, cpu_max_percent; /* in force (cfg's are the initial values) */
    struct hart_stats stats;              /* summed over harts and finished boots (--stats) */
    uint64_t instret[VIRT_MAX_HARTS];     /* per vCPU, finished boots */
};

/* Host CLOCK_MONOTONIC in ns. */
int64_t vm_now_ns(void);

/* Guest time in mtime ticks (the board's time source). Any thread. */
uint64_t vm_time(void *opaque);

/* End the current boot: record status (the first one wins) and whether to reboot, wake every
 * vCPU and waiter. Any thread. */
void vm_exit(struct vm *vm, int status, bool reboot);

/* Get every vCPU of the current boot out of guest code (kick) and out of a WFI or pause wait
 * (its condition variable). Any thread. */
void vm_kick_vcpus(struct vm *vm);

/* One boot: create the I/O loop and the board, load the images, attach devices, start the I/O
 * thread and the vCPUs. On failure everything is undone. Under ctl_lock. */
int vm_boot_setup(struct vm *vm, struct errbuf *eb);

/* The boot's housekeeping (RTC alarm, --timeout) until vm_exit. Supervisor thread. */
void vm_boot_wait(struct vm *vm);

/* Join the vCPUs of a boot that vm_exit ended. No lock needed (vCPUs never take ctl_lock). */
void vm_boot_join(struct vm *vm);

/* Add the finished boot's counters and destroy its board and I/O loop. Under ctl_lock. */
void vm_boot_teardown(struct vm *vm);

/* Console callbacks vm_create installs (Ctrl-A x, Ctrl-A c, UART input). */
void vm_console_setup(struct vm *vm);

#endif
