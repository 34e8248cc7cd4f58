/* The VM's life cycle: one state machine, Not started -> Running <-> Paused -> Stopped, driven by
 * `capa run` (vm_run) and by the control API of `capa vmm`. Every transition takes ctl_lock,
 * checks the state and either completes or changes nothing. A supervisor thread per started VM
 * waits for each boot to end and reboots the machine when the guest asks. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/log.h"
#include "virtio/input.h"
#include "vm/vm_internal.h"

const char *vm_state_name(enum vm_state s)
{
    switch (s) {
    case VM_STATE_NOT_STARTED: return "Not started";
    case VM_STATE_RUNNING: return "Running";
    case VM_STATE_PAUSED: return "Paused";
    case VM_STATE_STOPPED: return "Stopped";
    }
    return "?";
}

static void cond_init_monotonic(pthread_cond_t *c)
{
    pthread_condattr_t ca;
    pthread_condattr_init(&ca);
    pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
    pthread_cond_init(c, &ca);
    pthread_condattr_destroy(&ca);
}

int vm_create(const struct vm_config *cfg, struct vm **out, struct errbuf *eb)
{
    struct vm *vm = calloc(1, sizeof(*vm));
    if (!vm)
        return errbuf_set(eb, -ENOMEM, "out of memory");
    vm->cfg = cfg;
    pthread_mutex_init(&vm->exit_lock, NULL);
    cond_init_monotonic(&vm->exit_cond);
    pthread_mutex_init(&vm->pause_lock, NULL);
    pthread_cond_init(&vm->pause_cond, NULL);
    pthread_mutex_init(&vm->ctl_lock, NULL);
    pthread_cond_init(&vm->state_cond, NULL);
    vm->state = VM_STATE_NOT_STARTED;
    atomic_store(&vm->start_ns, vm_now_ns());
    vm_console_setup(vm);
    int err = console_start(&vm->console, cfg->console_in, cfg->console_out);
    if (err) {
        vm_destroy(vm);
        return errbuf_set(eb, err, "cannot start the console: %s", strerror(-err));
    }
    vm->console_started = true;
    *out = vm;
    return 0;
}

void vm_destroy(struct vm *vm)
{
    if (vm->supervisor_started)
        pthread_join(vm->supervisor, NULL);
    if (vm->console_started)
        console_stop(&vm->console);
    if (vm->in_cgroup)
        cgroup_destroy(&vm->cgroup);
    pthread_cond_destroy(&vm->state_cond);
    pthread_mutex_destroy(&vm->ctl_lock);
    pthread_cond_destroy(&vm->pause_cond);
    pthread_mutex_destroy(&vm->pause_lock);
    pthread_cond_destroy(&vm->exit_cond);
    pthread_mutex_destroy(&vm->exit_lock);
    free(vm);
}

int vm_configure(struct vm *vm, int (*fn)(void *arg, struct errbuf *eb), void *arg,
                 struct errbuf *eb)
{
    pthread_mutex_lock(&vm->ctl_lock);
    int err;
    if (vm->state != VM_STATE_NOT_STARTED)
        err = errbuf_set(eb, -EINVAL, "the VM is %s: this can only be changed before it starts",
                         vm_state_name(vm->state));
    else
        err = fn(arg, eb);
    pthread_mutex_unlock(&vm->ctl_lock);
    return err;
}

/* Supervisor thread: wait for each boot to end; reboot when the guest asked, else stop. */
static void *supervisor_thread(void *arg)
{
    struct vm *vm = arg;
    for (;;) {
        vm_boot_wait(vm);
        vm_boot_join(vm);
        pthread_mutex_lock(&vm->ctl_lock);
        vm_boot_teardown(vm);
        if (vm->reboot) {
            /* The same configuration from reset; a pause in force stays in force. */
            atomic_store(&vm->start_ns, vm_now_ns());
            atomic_store(&vm->frozen_ticks, 0);
            int err = vm_boot_setup(vm, &vm->final_eb);
            if (!err) {
                pthread_mutex_unlock(&vm->ctl_lock);
                continue;
            }
            vm->final_err = err;
        }
        vm->state = VM_STATE_STOPPED;
        pthread_cond_broadcast(&vm->state_cond);
        pthread_mutex_unlock(&vm->ctl_lock);
        return NULL;
    }
}

static bool limits_default(unsigned weight, unsigned max_percent)
{
    return (weight == 0 || weight == VM_CPU_WEIGHT_DEFAULT) && max_percent == 0;
}

/* Check weight and cap against the vCPU count; 0 or -EINVAL with a message. */
static int limits_check(const struct vm *vm, unsigned weight, unsigned max_percent,
                        struct errbuf *eb)
{
    if (weight > VM_CPU_WEIGHT_MAX)
        return errbuf_set(eb, -EINVAL, "cpu_weight %u out of range (1-%d)", weight,
                          VM_CPU_WEIGHT_MAX);
    if (max_percent > 100 * vm->cfg->nr_cpus)
        return errbuf_set(eb, -EINVAL,
                          "cpu_max_percent %u out of range (0 = no cap, else 1-%u: 100 per vCPU)",
                          max_percent, 100 * vm->cfg->nr_cpus);
    return 0;
}

/* Join the VM's own cgroup at start (cfg->id set). A host without a usable cpu controller only
 * matters when limits were asked for. Under ctl_lock. */
static int cgroup_join(struct vm *vm, struct errbuf *eb)
{
    const struct vm_config *cfg = vm->cfg;
    unsigned weight = cfg->cpu_weight ? cfg->cpu_weight : VM_CPU_WEIGHT_DEFAULT;
    int err = limits_check(vm, weight, cfg->cpu_max_percent, eb);
    if (err || !cfg->id)
        return err;
    struct errbuf ceb = { "" };
    err = cgroup_create(&vm->cgroup, cfg->id, &ceb);
    if (!err) {
        vm->in_cgroup = true;
        err = cgroup_set_cpu(&vm->cgroup, weight, cfg->cpu_max_percent, &ceb);
    }
    if (err) {
        if (vm->in_cgroup) {
            cgroup_destroy(&vm->cgroup);
            vm->in_cgroup = false;
        }
        if (!limits_default(weight, cfg->cpu_max_percent))
            return errbuf_set(eb, err, "cannot apply cpu_weight/cpu_max_percent: %s", ceb.msg);
        log_warn("no CPU controls for this VM (%s); it runs without a cgroup of its own", ceb.msg);
    }
    vm->cpu_weight = weight;
    vm->cpu_max_percent = cfg->cpu_max_percent;
    return 0;
}

int vm_start(struct vm *vm, struct errbuf *eb)
{
    pthread_mutex_lock(&vm->ctl_lock);
    int err = 0;
    if (vm->state != VM_STATE_NOT_STARTED) {
        err = errbuf_set(eb, -EINVAL, "cannot start: the VM is %s (already started)",
                         vm_state_name(vm->state));
        goto out;
    }
    if (!vm->cfg->images.kernel) {
        err = errbuf_set(eb, -EINVAL, "cannot start: no kernel (set the boot source first)");
        goto out;
    }
    err = cgroup_join(vm, eb);
    if (err)
        goto out;
    atomic_store(&vm->start_ns, vm_now_ns());
    vm->started_ns = vm_now_ns();
    err = vm_boot_setup(vm, eb);
    if (err)
        goto err_cgroup;
    if (pthread_create(&vm->supervisor, NULL, supervisor_thread, vm) != 0) {
        vm_exit(vm, VM_EXIT_FAILURE, false);
        vm_boot_join(vm);
        vm_boot_teardown(vm);
        err = errbuf_set(eb, -EAGAIN, "cannot start the supervisor thread");
        goto err_cgroup;
    }
    vm->supervisor_started = true;
    vm->state = VM_STATE_RUNNING;
    goto out;
err_cgroup:
    if (vm->in_cgroup) {
        cgroup_destroy(&vm->cgroup);
        vm->in_cgroup = false;
    }
    vm->started_ns = 0;
out:
    pthread_mutex_unlock(&vm->ctl_lock);
    return err;
}

int vm_pause(struct vm *vm, struct errbuf *eb)
{
    pthread_mutex_lock(&vm->ctl_lock);
    int err = 0;
    if (vm->state != VM_STATE_RUNNING) {
        err = errbuf_set(eb, -EINVAL, "cannot pause: the VM is %s (only a running VM pauses)",
                         vm_state_name(vm->state));
        goto out;
    }
    atomic_store(&vm->pause_req, true);
    /* Get every vCPU out of guest code and out of its timed WFI wait; a vCPU checks pause_req
     * under its lock before waiting, so none misses this. */
    vm_kick_vcpus(vm);
    pthread_mutex_lock(&vm->pause_lock);
    while (vm->running && !atomic_load(&vm->quit))
        pthread_cond_wait(&vm->pause_cond, &vm->pause_lock);
    pthread_mutex_unlock(&vm->pause_lock);
    /* Freeze guest time once no vCPU runs: the guest sees no time pass while paused. */
    atomic_store(&vm->frozen_ticks, vm_time(vm));
    atomic_store(&vm->time_frozen, true);
    vm->paused_since_ns = vm_now_ns();
    vm->state = VM_STATE_PAUSED;
out:
    pthread_mutex_unlock(&vm->ctl_lock);
    return err;
}

int vm_resume(struct vm *vm, struct errbuf *eb)
{
    pthread_mutex_lock(&vm->ctl_lock);
    int err = 0;
    if (vm->state != VM_STATE_PAUSED) {
        err = errbuf_set(eb, -EINVAL, "cannot resume: the VM is %s (only a paused VM resumes)",
                         vm_state_name(vm->state));
        goto out;
    }
    int64_t now = vm_now_ns();
    /* Guest time goes on from the frozen value: move its origin forward by the pause. */
    atomic_store(&vm->start_ns, now - (int64_t)(atomic_load(&vm->frozen_ticks) *
                                                (1000000000ull / VIRT_TIMEBASE_HZ)));
    atomic_store(&vm->time_frozen, false);
    pthread_mutex_lock(&vm->exit_lock); /* the supervisor's housekeeping sleeps while paused */
    pthread_cond_broadcast(&vm->exit_cond);
    pthread_mutex_unlock(&vm->exit_lock);
    vm->paused_ns += now - vm->paused_since_ns;
    pthread_mutex_lock(&vm->pause_lock);
    atomic_store(&vm->pause_req, false);
    pthread_cond_broadcast(&vm->pause_cond);
    pthread_mutex_unlock(&vm->pause_lock);
    vm->state = VM_STATE_RUNNING;
out:
    pthread_mutex_unlock(&vm->ctl_lock);
    return err;
}

void vm_kill(struct vm *vm, int status)
{
    pthread_mutex_lock(&vm->ctl_lock);
    if (vm->state == VM_STATE_NOT_STARTED) {
        vm->exit_status = status;
        vm->state = VM_STATE_STOPPED;
        pthread_cond_broadcast(&vm->state_cond);
    } else if (vm->state != VM_STATE_STOPPED) {
        vm->reboot = false;
        vm_exit(vm, status, false); /* the supervisor stops the machine */
    }
    pthread_mutex_unlock(&vm->ctl_lock);
}

int vm_power_button(struct vm *vm)
{
    pthread_mutex_lock(&vm->ctl_lock);
    int err;
    if (vm->power_dev) {
        err = virtio_input_power_press(vm->power_dev);
    } else {
        vm->power_pending = vm->state != VM_STATE_STOPPED; /* pressed at the next boot */
        err = -ENODEV;
    }
    pthread_mutex_unlock(&vm->ctl_lock);
    return err;
}

int vm_set_cpu_limits(struct vm *vm, unsigned weight, unsigned max_percent, struct errbuf *eb)
{
    if (!weight)
        weight = VM_CPU_WEIGHT_DEFAULT;
    pthread_mutex_lock(&vm->ctl_lock);
    int err = limits_check(vm, weight, max_percent, eb);
    if (err)
        goto out;
    switch (vm->state) {
    case VM_STATE_NOT_STARTED: break; /* the caller's config carries them to vm_start */
    case VM_STATE_STOPPED: err = errbuf_set(eb, -EINVAL, "the VM is Stopped"); goto out;
    default:
        if (vm->in_cgroup) {
            err = cgroup_set_cpu(&vm->cgroup, weight, max_percent, eb);
        } else if (!limits_default(weight, max_percent)) {
            err = errbuf_set(eb, -EOPNOTSUPP,
                             "cannot apply cpu_weight/cpu_max_percent: this VM has no cgroup "
                             "(no usable cgroup cpu controller, see the log)");
        }
        if (err)
            goto out;
        vm->cpu_weight = weight;
        vm->cpu_max_percent = max_percent;
    }
out:
    pthread_mutex_unlock(&vm->ctl_lock);
    return err;
}

int vm_wait(struct vm *vm, struct errbuf *eb)
{
    pthread_mutex_lock(&vm->ctl_lock);
    while (vm->state != VM_STATE_STOPPED)
        pthread_cond_wait(&vm->state_cond, &vm->ctl_lock);
    pthread_mutex_unlock(&vm->ctl_lock);
    if (vm->supervisor_started) {
        pthread_join(vm->supervisor, NULL);
        vm->supervisor_started = false;
    }
    if (vm->final_err) {
        if (eb)
            *eb = vm->final_eb;
        return vm->final_err;
    }
    return vm->exit_status;
}

void vm_get_info(struct vm *vm, struct vm_info *info)
{
    memset(info, 0, sizeof(*info));
    pthread_mutex_lock(&vm->ctl_lock);
    const struct vm_config *cfg = vm->cfg;
    info->state = vm->state;
    info->nr_cpus = cfg->nr_cpus;
    info->mem_size = cfg->mem_size;
    int64_t now = vm_now_ns();
    if (vm->started_ns)
        info->uptime_s = (double)(now - vm->started_ns) * 1e-9;
    int64_t paused = vm->paused_ns;
    if (vm->state == VM_STATE_PAUSED)
        paused += now - vm->paused_since_ns;
    info->paused_s = (double)paused * 1e-9;
    bool live = vm->state == VM_STATE_RUNNING || vm->state == VM_STATE_PAUSED;
    for (unsigned i = 0; i < cfg->nr_cpus && i < VIRT_MAX_HARTS; i++) {
        /* A running hart's counter is read racily: a statistic, not a guest-visible value. */
        uint64_t n = vm->instret[i];
        if (live && i < vm->board.nr_harts)
            n += __atomic_load_n(&vm->board.harts[i]->minstret, __ATOMIC_RELAXED);
        info->instret[i] = n;
        info->instret_total += n;
    }
    info->cpu_weight = vm->state == VM_STATE_NOT_STARTED
                           ? (cfg->cpu_weight ? cfg->cpu_weight : VM_CPU_WEIGHT_DEFAULT)
                           : vm->cpu_weight;
    info->cpu_max_percent =
        vm->state == VM_STATE_NOT_STARTED ? cfg->cpu_max_percent : vm->cpu_max_percent;
    if (vm->in_cgroup)
        snprintf(info->cgroup, sizeof(info->cgroup), "%s", vm->cgroup.dir);
    pthread_mutex_unlock(&vm->ctl_lock);
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

int vm_main(struct vm *vm, struct errbuf *eb)
{
    const struct vm_config *cfg = vm->cfg;
    int err = vm_start(vm, eb);
    int status = err ? err : vm_wait(vm, eb);
    console_stop(&vm->console); /* the terminal back to cooked mode before the stats line */
    if (cfg->stats && !err && status >= 0) {
        double sec = (double)(vm_now_ns() - vm->started_ns) * 1e-9;
        uint64_t instret = 0;
        for (unsigned i = 0; i < cfg->nr_cpus; i++)
            instret += vm->instret[i];
        char line[1024];
        hart_stats_format(line, sizeof(line), instret, sec, &vm->stats);
        fprintf(stderr, "capa: %s\n", line);
    }
    if (status < 0 && !eb->msg[0])
        errbuf_set(eb, status, "cannot start the VM: %s", strerror(-status));
    return status;
}
