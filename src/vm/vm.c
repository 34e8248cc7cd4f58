/* The foreground VM: one host thread per vCPU running hart_run() in slices, parking on WFI until
 * an interrupt or its timer deadline, and handling SBI calls. */
#include "vm/vm.h"

#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "backend/console.h"
#include "backend/entropy.h"
#include "base/io_loop.h"
#include "cpu/riscv.h"
#include "sbi/sbi.h"
#include "virtio/console.h"
#include "virtio/input.h"
#include "virtio/rng.h"
#include "vm/vm_disk.h"
#include "vm/vm_net.h"

#define SLICE_INSNS 200000

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
    struct io_loop *io;             /* the I/O thread: virtqueue notifications, device backends */
    struct virtio_console *vcon;    /* --console virtio: the device fed by the terminal, or NULL */
    struct virtio_input *power_dev; /* this boot's power button (NULL: no free slot) */
    /* Host requests from other threads (vm_power_button, vm_stop) against boots and teardowns: */
    pthread_mutex_t host_lock;
    bool live;           /* vCPUs and devices of a boot are up (between vcpus_start and join) */
    bool power_pending;  /* the button was pressed while not live: press it at the next boot */
    bool stop_requested; /* vm_stop was called: no reboot, exit with stop_status */
    int stop_status;
    struct timespec start;
    pthread_mutex_t exit_lock;
    pthread_cond_t exit_cond;
    atomic_bool quit;
    int exit_status;
    bool reboot;
    struct hart_stats stats; /* summed over harts and reboots (--stats) */
};

static double elapsed(const struct timespec *since)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (now.tv_sec - since->tv_sec) + (now.tv_nsec - since->tv_nsec) * 1e-9;
}

/* mtime: a 10 MHz clock from the host's monotonic clock. */
static uint64_t vm_time(void *opaque)
{
    struct vm *vm = opaque;
    return (uint64_t)(elapsed(&vm->start) * VIRT_TIMEBASE_HZ);
}

static void vm_exit(struct vm *vm, int status, bool reboot)
{
    pthread_mutex_lock(&vm->exit_lock);
    if (!atomic_load(&vm->quit)) {
        vm->exit_status = status;
        vm->reboot = reboot;
        atomic_store(&vm->quit, true);
    }
    pthread_cond_broadcast(&vm->exit_cond);
    pthread_mutex_unlock(&vm->exit_lock);
    for (unsigned i = 0; i < vm->board.nr_harts; i++) {
        struct vcpu *v = &vm->vcpus[i];
        hart_kick(v->hart, true);
        pthread_mutex_lock(&v->lock);
        pthread_cond_signal(&v->cond);
        pthread_mutex_unlock(&v->lock);
    }
}

/* --- board callbacks --- */

static void wake_vcpu(void *opaque, unsigned hartid)
{
    struct vcpu *v = &((struct vm *)opaque)->vcpus[hartid];
    pthread_mutex_lock(&v->lock);
    v->wake = true;
    pthread_cond_signal(&v->cond);
    pthread_mutex_unlock(&v->lock);
}

static void uart_tx(void *opaque, uint8_t byte)
{
    console_write(&((struct vm *)opaque)->console, &byte, 1);
}

static unsigned console_deliver(void *opaque, const uint8_t *buf, unsigned len)
{
    return uart_receive(&((struct vm *)opaque)->board.uart, buf, len);
}

/* --console virtio: the device's host side is the terminal console (its input ring). */
static void vcon_write(void *opaque, const uint8_t *buf, unsigned len)
{
    console_write(opaque, buf, len);
}

static unsigned vcon_read(void *opaque, uint8_t *buf, unsigned len)
{
    return console_read(opaque, buf, len);
}

static unsigned vcon_pending(void *opaque)
{
    return console_pending(opaque);
}

static void vcon_input_ready(void *opaque)
{
    virtio_console_input(opaque);
}

static void syscon_event(void *opaque, enum syscon_event ev, uint32_t code)
{
    struct vm *vm = opaque;
    if (ev == SYSCON_EV_RESET) {
        vm_exit(vm, 0, true);
    } else if (ev == SYSCON_EV_FAIL) {
        /* An exit status keeps 8 bits: a failure code without any of them set (0, 256...)
         * must not read as success. */
        vm_exit(vm, (code & 0xff) ? (int)(code & 0xff) : VM_EXIT_FAILURE, false);
    } else {
        vm_exit(vm, 0, false);
    }
}

static void console_quit(void *opaque)
{
    vm_exit(opaque, VM_EXIT_QUIT, false);
}

static void console_status(void *opaque)
{
    struct vm *vm = opaque;
    char line[256];
    int n = snprintf(line, sizeof(line), "\r\ncapa: %u vCPU(s), %llu MiB, up %.1f s\r\n",
                     vm->board.nr_harts, (unsigned long long)(vm->board.ram_size >> 20),
                     elapsed(&vm->start));
    console_write(&vm->console, (const uint8_t *)line, (unsigned)n);
}

/* --- SBI platform services --- */

static struct hart *sbi_hart(void *opaque, unsigned hartid)
{
    struct vm *vm = opaque;
    return hartid < vm->board.nr_harts ? vm->board.harts[hartid] : NULL;
}

static int sbi_hart_start(void *opaque, unsigned hartid, uint64_t start, uint64_t arg)
{
    struct vm *vm = opaque;
    struct vcpu *v = &vm->vcpus[hartid];
    if (!bus_ram_ptr(&vm->board.bus, start, 4))
        return SBI_ERR_INVALID_ADDRESS;
    int ret = SBI_SUCCESS;
    pthread_mutex_lock(&v->lock);
    if (v->hsm_state != SBI_HSM_STOPPED) {
        ret = SBI_ERR_ALREADY_AVAILABLE;
    } else {
        v->hsm_state = SBI_HSM_START_PENDING;
        v->start_pc = start;
        v->start_arg = arg;
        pthread_cond_signal(&v->cond);
    }
    pthread_mutex_unlock(&v->lock);
    return ret;
}

static int sbi_hart_status(void *opaque, unsigned hartid)
{
    struct vcpu *v = &((struct vm *)opaque)->vcpus[hartid];
    pthread_mutex_lock(&v->lock);
    int s = v->hsm_state;
    pthread_mutex_unlock(&v->lock);
    return s;
}

/* Flush hartid's TLB; if it is executing guest code, wait until it has (SBI RFENCE completes
 * before returning). A parked or stopped hart flushes before it runs again. */
static void sbi_remote_sfence(void *opaque, unsigned hartid)
{
    struct vm *vm = opaque;
    struct vcpu *v = &vm->vcpus[hartid];
    struct hart *h = v->hart;
    hart_request_tlb_flush(h);
    unsigned want = atomic_load(&h->flush_req);
    while (atomic_load(&v->in_guest) && (int)(atomic_load(&h->flush_done) - want) < 0 &&
           !atomic_load(&vm->quit))
        sched_yield();
}

static void sbi_console_write(void *opaque, const uint8_t *buf, unsigned len)
{
    console_write(&((struct vm *)opaque)->console, buf, len);
}

static int sbi_console_read(void *opaque)
{
    return console_read_byte(&((struct vm *)opaque)->console);
}

static const struct sbi_platform_ops sbi_ops = {
    .hart = sbi_hart,
    .hart_start = sbi_hart_start,
    .hart_status = sbi_hart_status,
    .remote_sfence = sbi_remote_sfence,
    .wake = wake_vcpu,
    .console_write = sbi_console_write,
    .console_read = sbi_console_read,
};

/* --- vCPU threads --- */

static void deadline_to_timespec(const struct vm *vm, uint64_t ticks, struct timespec *ts)
{
    double sec = vm->start.tv_sec + vm->start.tv_nsec * 1e-9 + (double)ticks / VIRT_TIMEBASE_HZ;
    ts->tv_sec = (time_t)sec;
    ts->tv_nsec = (long)((sec - (double)ts->tv_sec) * 1e9);
}

/* Sleep until an interrupt is pending and enabled (the WFI wake-up condition), the hart's timer
 * deadline passes, or the VM stops. A parked vCPU costs the host nothing. */
static void park(struct vcpu *v)
{
    struct vm *vm = v->vm;
    struct hart *h = v->hart;
    /* Bring the timer interrupt bits up to date, then sleep until the next comparator that has
     * not fired yet: one that already fired (its bit pending but masked, as Linux leaves STIP
     * when no timer event is programmed) cannot wake the hart again. */
    hart_update_sstc(h);
    aclint_update_timer(&vm->board.aclint, v->id);
    uint64_t now = vm_time(vm), deadline = UINT64_MAX;
    uint64_t mtimecmp = aclint_mtimecmp(&vm->board.aclint, v->id);
    if (mtimecmp > now)
        deadline = mtimecmp;
    if ((h->menvcfg & MENVCFG_STCE) && h->stimecmp > now && h->stimecmp < deadline)
        deadline = h->stimecmp;
    pthread_mutex_lock(&v->lock);
    while (!atomic_load(&vm->quit) && !hart_wfi_wakeup(h) && vm_time(vm) < deadline) {
        struct timespec ts;
        uint64_t cap = vm_time(vm) + VIRT_TIMEBASE_HZ; /* re-check at least once a second */
        deadline_to_timespec(vm, deadline < cap ? deadline : cap, &ts);
        pthread_cond_timedwait(&v->cond, &v->lock, &ts);
    }
    v->wake = false;
    pthread_mutex_unlock(&v->lock);
}

static void set_hsm_state(struct vcpu *v, int state)
{
    pthread_mutex_lock(&v->lock);
    v->hsm_state = state;
    pthread_mutex_unlock(&v->lock);
}

static void handle_sbi(struct vcpu *v)
{
    uint32_t suspend_type = 0;
    struct sbi_reset reset = { 0, 0 };
    switch (sbi_handle_ecall(&v->vm->sbi, v->hart, &suspend_type, &reset)) {
    case SBI_ACTION_HART_STOP: set_hsm_state(v, SBI_HSM_STOPPED); break;
    case SBI_ACTION_HART_SUSPEND:
        set_hsm_state(v, SBI_HSM_SUSPENDED);
        park(v);
        if (suspend_type == SBI_HSM_SUSPEND_NON_RETENTIVE)
            hart_boot_supervisor(v->hart, v->hart->pc, v->hart->x[11]);
        set_hsm_state(v, SBI_HSM_STARTED);
        break;
    case SBI_ACTION_SYSTEM_RESET:
        if (reset.type == SBI_SRST_SHUTDOWN)
            vm_exit(v->vm, reset.reason == SBI_SRST_REASON_FAILURE ? VM_EXIT_FAILURE : 0, false);
        else
            vm_exit(v->vm, 0, true);
        break;
    case SBI_ACTION_CONTINUE: break;
    }
}

/* Wait while HSM-stopped; take a pending hart_start. Returns false when the VM stops. */
static bool wait_started(struct vcpu *v)
{
    struct vm *vm = v->vm;
    pthread_mutex_lock(&v->lock);
    while (v->hsm_state == SBI_HSM_STOPPED && !atomic_load(&vm->quit))
        pthread_cond_wait(&v->cond, &v->lock);
    if (v->hsm_state == SBI_HSM_START_PENDING) {
        hart_boot_supervisor(v->hart, v->start_pc, v->start_arg);
        v->hsm_state = SBI_HSM_STARTED;
    }
    pthread_mutex_unlock(&v->lock);
    return !atomic_load(&vm->quit);
}

static void *vcpu_thread(void *arg)
{
    struct vcpu *v = arg;
    struct vm *vm = v->vm;
    while (wait_started(v)) {
        atomic_store(&v->in_guest, true);
        enum hart_exit why = hart_run(v->hart, SLICE_INSNS);
        atomic_store(&v->in_guest, false);
        aclint_update_timer(&vm->board.aclint, v->id);
        if (why == HART_EXIT_ECALL)
            handle_sbi(v);
        else if (why == HART_EXIT_WFI)
            park(v);
    }
    return NULL;
}

/* --- life cycle --- */

static int vcpus_start(struct vm *vm, bool firmware, struct errbuf *eb)
{
    pthread_condattr_t ca;
    pthread_condattr_init(&ca);
    pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
    for (unsigned i = 0; i < vm->board.nr_harts; i++) {
        struct vcpu *v = &vm->vcpus[i];
        memset(v, 0, sizeof(*v));
        v->vm = vm;
        v->id = i;
        v->hart = vm->board.harts[i];
        v->hsm_state = (firmware || i == 0) ? SBI_HSM_STARTED : SBI_HSM_STOPPED;
        pthread_mutex_init(&v->lock, NULL);
        pthread_cond_init(&v->cond, &ca);
    }
    pthread_condattr_destroy(&ca);
    for (unsigned i = 0; i < vm->board.nr_harts; i++) {
        if (pthread_create(&vm->vcpus[i].thread, NULL, vcpu_thread, &vm->vcpus[i]) != 0) {
            vm_exit(vm, VM_EXIT_FAILURE, false);
            for (unsigned j = 0; j < i; j++)
                pthread_join(vm->vcpus[j].thread, NULL);
            return errbuf_set(eb, -EAGAIN, "cannot start vCPU thread %u", i);
        }
    }
    return 0;
}

static void vcpus_join(struct vm *vm)
{
    for (unsigned i = 0; i < vm->board.nr_harts; i++) {
        pthread_join(vm->vcpus[i].thread, NULL);
        pthread_mutex_destroy(&vm->vcpus[i].lock);
        pthread_cond_destroy(&vm->vcpus[i].cond);
    }
}

/* The main thread: housekeeping (RTC alarm, timeout) until the VM stops. */
static void wait_exit(struct vm *vm)
{
    pthread_mutex_lock(&vm->exit_lock);
    while (!atomic_load(&vm->quit)) {
        struct timespec ts;
        clock_gettime(CLOCK_MONOTONIC, &ts);
        ts.tv_nsec += 50 * 1000 * 1000;
        if (ts.tv_nsec >= 1000000000) {
            ts.tv_sec++;
            ts.tv_nsec -= 1000000000;
        }
        pthread_cond_timedwait(&vm->exit_cond, &vm->exit_lock, &ts);
        pthread_mutex_unlock(&vm->exit_lock);
        rtc_poll(&vm->board.rtc);
        if (vm->cfg->timeout_sec > 0 && elapsed(&vm->start) > vm->cfg->timeout_sec)
            vm_exit(vm, VM_EXIT_TIMEOUT, false);
        pthread_mutex_lock(&vm->exit_lock);
    }
    pthread_mutex_unlock(&vm->exit_lock);
}

/* Attach the configured virtio devices to board slots and start the I/O thread. */
static int io_start(struct vm *vm, struct errbuf *eb)
{
    if (vm->cfg->rng) {
        struct virtio_mmio *slot = virt_virtio_free_slot(&vm->board);
        int err = slot ? virtio_rng_create(slot, vm->io, entropy_fill, NULL) : -ENOSPC;
        if (err)
            return errbuf_set(eb, err, "cannot attach virtio-rng: %s", strerror(-err));
    }
    if (vm->cfg->virtio_console) {
        struct virtio_console_backend be = {
            .write = vcon_write, .read = vcon_read, .pending = vcon_pending, .opaque = &vm->console
        };
        console_size(&vm->console, &be.cols, &be.rows);
        struct virtio_mmio *slot = virt_virtio_free_slot(&vm->board);
        int err = slot ? virtio_console_create(slot, vm->io, &be, &vm->vcon) : -ENOSPC;
        if (err)
            return errbuf_set(eb, err, "cannot attach virtio-console: %s", strerror(-err));
        console_set_input_ready(&vm->console, vcon_input_ready, vm->vcon);
    }
    for (unsigned i = 0; i < vm->cfg->nr_disks; i++) {
        int err = vm_disk_attach(&vm->board, vm->io, &vm->cfg->disks[i], eb);
        if (err)
            return err;
    }
    for (unsigned i = 0; i < vm->cfg->nr_nics; i++) {
        int err = vm_net_attach(&vm->board, vm->io, &vm->cfg->nics[i], eb);
        if (err)
            return err;
    }
    /* The power button, always present (as Firecracker's i8042), on the last slot taken so that
     * the configured devices keep their addresses. Without a free slot the VM runs without it. */
    struct virtio_mmio *slot = virt_virtio_free_slot(&vm->board);
    int err = slot ? virtio_input_power_create(slot, vm->io, &vm->power_dev) : -ENOSPC;
    if (err)
        log_warn("no power button (virtio-input): %s", strerror(-err));
    err = io_loop_start(vm->io);
    return err ? errbuf_set(eb, err, "cannot start the I/O thread: %s", strerror(-err)) : 0;
}

/* The boot is up (live = true) or about to be torn down (false): host requests may reach its
 * vCPUs and power button only while it is live. A press made meanwhile is made now. */
static void set_live(struct vm *vm, bool live)
{
    pthread_mutex_lock(&vm->host_lock);
    vm->live = live;
    if (live && vm->power_pending && vm->power_dev) {
        vm->power_pending = false;
        virtio_input_power_press(vm->power_dev); /* -ENODEV: queued for the driver */
    }
    if (live && vm->stop_requested)
        vm_exit(vm, vm->stop_status, false);
    pthread_mutex_unlock(&vm->host_lock);
}

/* One boot of the machine, from reset to poweroff or reboot. */
static int vm_boot_once(struct vm *vm, uint64_t *instret, struct errbuf *eb)
{
    const struct vm_config *cfg = vm->cfg;
    int err = io_loop_create(&vm->io);
    if (err)
        return errbuf_set(eb, err, "cannot create the I/O loop: %s", strerror(-err));
    err = virt_create(&vm->board, cfg->nr_cpus, cfg->mem_size, vm_time, vm, eb);
    if (err) {
        io_loop_destroy(vm->io);
        return err;
    }
    vm->board.wake = wake_vcpu;
    vm->board.wake_opaque = vm;
    vm->board.uart.tx = uart_tx;
    vm->board.uart.tx_opaque = vm;
    vm->board.syscon.event = syscon_event;
    vm->board.syscon.opaque = vm;
    vm->sbi = (struct sbi){ cfg->nr_cpus, &vm->board.bus, &sbi_ops, vm };
    struct boot_layout layout;
    err = boot_load(&vm->board, &cfg->images, &layout, eb);
    if (!err)
        err = io_start(vm, eb);
    if (!err)
        err = vcpus_start(vm, layout.firmware, eb);
    if (!err) {
        set_live(vm, true);
        wait_exit(vm);
        set_live(vm, false);
        vcpus_join(vm);
        for (unsigned i = 0; i < vm->board.nr_harts; i++) {
            *instret += vm->board.harts[i]->minstret;
            hart_stats_add(&vm->stats, vm->board.harts[i]);
        }
    }
    io_loop_stop(vm->io); /* before the devices it serves go away */
    vm->power_dev = NULL;
    if (vm->vcon) {
        console_set_input_ready(&vm->console, NULL, NULL);
        vm->vcon = NULL;
    }
    virt_destroy(&vm->board);
    io_loop_destroy(vm->io);
    return err;
}

int vm_create(const struct vm_config *cfg, struct vm **out, struct errbuf *eb)
{
    struct vm *vm = calloc(1, sizeof(*vm));
    if (!vm)
        return errbuf_set(eb, -ENOMEM, "out of memory");
    vm->cfg = cfg;
    pthread_mutex_init(&vm->exit_lock, NULL);
    pthread_mutex_init(&vm->host_lock, NULL);
    pthread_condattr_t ca;
    pthread_condattr_init(&ca);
    pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
    pthread_cond_init(&vm->exit_cond, &ca);
    pthread_condattr_destroy(&ca);
    *out = vm;
    return 0;
}

void vm_destroy(struct vm *vm)
{
    if (!vm)
        return;
    pthread_cond_destroy(&vm->exit_cond);
    pthread_mutex_destroy(&vm->host_lock);
    pthread_mutex_destroy(&vm->exit_lock);
    free(vm);
}

/* Whether the machine should boot again: the guest rebooted and nobody asked for a stop. */
static bool boot_again(struct vm *vm)
{
    pthread_mutex_lock(&vm->host_lock);
    bool again = vm->reboot && !vm->stop_requested;
    if (vm->stop_requested)
        vm->exit_status = vm->stop_status;
    pthread_mutex_unlock(&vm->host_lock);
    return again;
}

int vm_main(struct vm *vm, struct errbuf *eb)
{
    const struct vm_config *cfg = vm->cfg;
    clock_gettime(CLOCK_MONOTONIC, &vm->start);
    vm->console.deliver = cfg->virtio_console ? NULL : console_deliver; /* the UART's input */
    vm->console.deliver_opaque = vm;
    vm->console.quit = console_quit;
    vm->console.status = console_status;
    vm->console.cb_opaque = vm;
    int err = console_start(&vm->console, cfg->console_in, cfg->console_out);
    uint64_t instret = 0;
    while (!err) {
        err = vm_boot_once(vm, &instret, eb);
        if (err || !boot_again(vm))
            break;
        atomic_store(&vm->quit, false); /* reboot: the same configuration from reset */
        clock_gettime(CLOCK_MONOTONIC, &vm->start);
    }
    console_stop(&vm->console);
    if (cfg->stats && !err) {
        double sec = elapsed(&vm->start);
        char line[512];
        hart_stats_format(line, sizeof(line), instret, sec, &vm->stats);
        fprintf(stderr, "capa: %s\n", line);
    }
    if (err && !eb->msg[0])
        errbuf_set(eb, err, "cannot start the VM: %s", strerror(-err));
    return err ? err : vm->exit_status;
}

int vm_run(const struct vm_config *cfg, struct errbuf *eb)
{
    struct vm *vm;
    int err = vm_create(cfg, &vm, eb);
    if (err)
        return err;
    int status = vm_main(vm, eb);
    vm_destroy(vm);
    return status;
}

int vm_power_button(struct vm *vm)
{
    pthread_mutex_lock(&vm->host_lock);
    int err;
    if (vm->live && vm->power_dev) {
        err = virtio_input_power_press(vm->power_dev);
    } else {
        vm->power_pending = true; /* made by set_live at the next boot */
        err = -ENODEV;
    }
    pthread_mutex_unlock(&vm->host_lock);
    return err;
}

void vm_stop(struct vm *vm, int status)
{
    pthread_mutex_lock(&vm->host_lock);
    if (!vm->stop_requested) {
        vm->stop_requested = true;
        vm->stop_status = status;
    }
    if (vm->live)
        vm_exit(vm, vm->stop_status, false);
    pthread_mutex_unlock(&vm->host_lock);
}

int vm_dump_dtb(const struct vm_config *cfg, const char *path, struct errbuf *eb)
{
    struct virt_board *b = calloc(1, sizeof(*b));
    if (!b)
        return errbuf_set(eb, -ENOMEM, "out of memory");
    int err = virt_create(b, cfg->nr_cpus, cfg->mem_size, NULL, NULL, eb);
    if (!err) {
        err = boot_dump_dtb(b, &cfg->images, path, eb);
        virt_destroy(b);
    }
    free(b);
    return err;
}
