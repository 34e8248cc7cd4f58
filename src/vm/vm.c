/* The machine: one host thread per vCPU running hart_run() in slices, parking on WFI until an
 * interrupt or its timer deadline (or for a pause), handling SBI calls; one boot from reset to
 * stop. The life cycle around it is vm_life.c. */
#define _GNU_SOURCE /* pthread_setname_np */
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
#include "vm/vm_internal.h"
#include "vm/vm_net.h"

#define SLICE_INSNS 200000
#define NS_PER_TICK (1000000000ull / VIRT_TIMEBASE_HZ)

int64_t vm_now_ns(void)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (int64_t)now.tv_sec * 1000000000 + now.tv_nsec;
}

/* mtime: a 10 MHz clock from the host's monotonic clock, frozen while the VM is paused. */
uint64_t vm_time(void *opaque)
{
    struct vm *vm = opaque;
    if (atomic_load(&vm->time_frozen))
        return atomic_load(&vm->frozen_ticks);
    return (uint64_t)(vm_now_ns() - atomic_load(&vm->start_ns)) / NS_PER_TICK;
}

void vm_exit(struct vm *vm, int status, bool reboot)
{
    pthread_mutex_lock(&vm->exit_lock);
    if (!atomic_load(&vm->quit)) {
        vm->exit_status = status;
        vm->reboot = reboot;
        atomic_store(&vm->quit, true);
    }
    pthread_cond_broadcast(&vm->exit_cond);
    pthread_mutex_unlock(&vm->exit_lock);
    pthread_mutex_lock(&vm->pause_lock); /* vCPUs waiting out a pause */
    pthread_cond_broadcast(&vm->pause_cond);
    pthread_mutex_unlock(&vm->pause_lock);
    vm_kick_vcpus(vm);
}

void vm_kick_vcpus(struct vm *vm)
{
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
                     vm->cfg->nr_cpus, (unsigned long long)(vm->cfg->mem_size >> 20),
                     (double)vm_time(vm) / VIRT_TIMEBASE_HZ);
    console_write(&vm->console, (const uint8_t *)line, (unsigned)n);
}

void vm_console_setup(struct vm *vm)
{
    vm->console.quit = console_quit;
    vm->console.status = console_status;
    vm->console.cb_opaque = vm;
    vm->console.no_escapes = vm->cfg->no_console_escapes;
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

static void deadline_to_timespec(struct vm *vm, uint64_t ticks, struct timespec *ts)
{
    int64_t ns = atomic_load(&vm->start_ns) + (int64_t)(ticks * NS_PER_TICK);
    ts->tv_sec = (time_t)(ns / 1000000000);
    ts->tv_nsec = (long)(ns % 1000000000);
}

/* A vCPU thread counts itself running while it may execute guest code; vm_pause waits until
 * none is. vcpu_enter waits out a pause (or a stop) first. */
static void vcpu_enter(struct vm *vm)
{
    pthread_mutex_lock(&vm->pause_lock);
    while (atomic_load(&vm->pause_req) && !atomic_load(&vm->quit))
        pthread_cond_wait(&vm->pause_cond, &vm->pause_lock);
    vm->running++;
    pthread_mutex_unlock(&vm->pause_lock);
}

static void vcpu_leave(struct vm *vm)
{
    pthread_mutex_lock(&vm->pause_lock);
    if (--vm->running == 0)
        pthread_cond_broadcast(&vm->pause_cond);
    pthread_mutex_unlock(&vm->pause_lock);
}

/* Park for a pause: the caller holds v->lock, which is dropped meanwhile. */
static void pause_point_locked(struct vcpu *v)
{
    pthread_mutex_unlock(&v->lock);
    vcpu_leave(v->vm);
    vcpu_enter(v->vm);
    pthread_mutex_lock(&v->lock);
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
        /* vm_pause signals cond after setting pause_req, so this check cannot miss it; while
         * guest time is frozen the timed wait below would not sleep. */
        if (atomic_load(&vm->pause_req)) {
            pause_point_locked(v);
            continue;
        }
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
    if (v->hsm_state == SBI_HSM_STOPPED && !atomic_load(&vm->quit)) {
        /* A stopped hart runs no guest code until started: not running for vm_pause. */
        pthread_mutex_unlock(&v->lock);
        vcpu_leave(vm);
        pthread_mutex_lock(&v->lock);
        while (v->hsm_state == SBI_HSM_STOPPED && !atomic_load(&vm->quit))
            pthread_cond_wait(&v->cond, &v->lock);
        pthread_mutex_unlock(&v->lock);
        vcpu_enter(vm);
        pthread_mutex_lock(&v->lock);
    }
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
    vcpu_enter(vm);
    while (wait_started(v)) {
        if (atomic_load(&vm->pause_req)) {
            vcpu_leave(vm);
            vcpu_enter(vm);
            continue;
        }
        atomic_store(&v->in_guest, true);
        enum hart_exit why = hart_run(v->hart, SLICE_INSNS);
        atomic_store(&v->in_guest, false);
        aclint_update_timer(&vm->board.aclint, v->id);
        if (why == HART_EXIT_ECALL)
            handle_sbi(v);
        else if (why == HART_EXIT_WFI)
            park(v);
    }
    vcpu_leave(vm);
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
        /* Named for top -H and perf; otherwise they inherit the creator's (an API thread's). */
        char name[16];
        snprintf(name, sizeof(name), "vcpu%u", i);
        pthread_setname_np(vm->vcpus[i].thread, name);
    }
    return 0;
}

void vm_boot_join(struct vm *vm)
{
    for (unsigned i = 0; i < vm->board.nr_harts; i++) {
        pthread_join(vm->vcpus[i].thread, NULL);
        pthread_mutex_destroy(&vm->vcpus[i].lock);
        pthread_cond_destroy(&vm->vcpus[i].cond);
    }
}

void vm_boot_wait(struct vm *vm)
{
    pthread_mutex_lock(&vm->exit_lock);
    while (!atomic_load(&vm->quit)) {
        if (atomic_load(&vm->time_frozen)) {
            /* Paused: guest time (--timeout) stands still and no vCPU could take an RTC alarm,
             * which is raised after the resume; sleep until vm_resume or vm_exit, so that a
             * paused VM never wakes the host. */
            pthread_cond_wait(&vm->exit_cond, &vm->exit_lock);
            continue;
        }
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
        if (vm->cfg->timeout_sec > 0 &&
            (double)vm_time(vm) / VIRT_TIMEBASE_HZ > vm->cfg->timeout_sec)
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

/* Free a boot's devices, board and I/O loop (after its vCPUs stopped, or never started). */
static void boot_release(struct vm *vm)
{
    io_loop_stop(vm->io); /* before the devices it serves go away */
    vm->power_dev = NULL;
    /* No input into a UART whose interrupt lines lead to harts being freed; what the user types
     * now waits in the ring for the next boot. */
    console_set_deliver(&vm->console, NULL, NULL);
    if (vm->vcon) {
        console_set_input_ready(&vm->console, NULL, NULL);
        vm->vcon = NULL;
    }
    virt_destroy(&vm->board);
    io_loop_destroy(vm->io);
    vm->io = NULL;
}

int vm_boot_setup(struct vm *vm, struct errbuf *eb)
{
    const struct vm_config *cfg = vm->cfg;
    int err = io_loop_create(&vm->io);
    if (err)
        return errbuf_set(eb, err, "cannot create the I/O loop: %s", strerror(-err));
    err = virt_create(&vm->board, cfg->nr_cpus, cfg->mem_size, vm_time, vm, eb);
    if (err) {
        io_loop_destroy(vm->io);
        vm->io = NULL;
        return err;
    }
    for (unsigned i = 0; i < cfg->nr_cpus; i++)
        vm->board.harts[i]->native_off = cfg->no_jit;
    vm->board.wake = wake_vcpu;
    vm->board.wake_opaque = vm;
    vm->board.uart.tx = uart_tx;
    vm->board.uart.tx_opaque = vm;
    vm->board.syscon.event = syscon_event;
    vm->board.syscon.opaque = vm;
    vm->sbi = (struct sbi){ cfg->nr_cpus, &vm->board.bus, &sbi_ops, vm };
    atomic_store(&vm->quit, false);
    struct boot_layout layout;
    err = boot_load(&vm->board, &cfg->images, &layout, eb);
    if (!err)
        err = io_start(vm, eb);
    if (!err && !cfg->virtio_console) /* the UART takes terminal input while this boot is up */
        console_set_deliver(&vm->console, console_deliver, vm);
    if (!err)
        err = vcpus_start(vm, layout.firmware, eb);
    if (!err && vm->power_pending && vm->power_dev) {
        vm->power_pending = false; /* pressed while no boot was up (vm_power_button) */
        virtio_input_power_press(vm->power_dev); /* -ENODEV: queued until the driver is up */
    }
    if (err)
        boot_release(vm);
    return err;
}

void vm_boot_teardown(struct vm *vm)
{
    for (unsigned i = 0; i < vm->board.nr_harts; i++) {
        vm->instret[i] += vm->board.harts[i]->minstret;
        hart_stats_add(&vm->stats, vm->board.harts[i]);
    }
    boot_release(vm);
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
