/* Lifecycle actions: one dispatch for create/start/pause/resume/stop/kill/rm. Each action
 * takes the VM's lock, reads the current state, and either refuses (changing nothing) or
 * applies the transition. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/pidfd.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "mgr/mgr_internal.h"
#include "mgr/vmm_client.h"

/* SIGKILL the VMM through a pidfd taken before re-checking its identity, so a pid reused by
 * another process after the VMM died is never signalled. */
static void vmm_sigkill(const struct vmm_proc *p)
{
    int fd = pidfd_open(p->pid, 0);
    if (fd < 0)
        return;
    if (vmm_proc_alive(p))
        pidfd_send_signal(fd, SIGKILL, NULL, 0);
    close(fd);
}

static int api_path(const struct mgr *m, const char *name, char *api, struct errbuf *eb)
{
    return vm_path(m, name, "api.sock", api, PATH_MAX, eb);
}

/* Make sure the VMM is gone: the Kill action, then SIGKILL. */
static int vmm_kill(const struct mgr *m, const char *name, const struct vmm_proc *p,
                    struct errbuf *eb)
{
    char api[PATH_MAX];
    if (!api_path(m, name, api, NULL))
        vmm_call(api, "PUT", "/actions", "{\"action_type\":\"Kill\"}", 2.0, NULL, NULL);
    if (vmm_proc_wait_gone(p, 3.0))
        return 0;
    vmm_sigkill(p);
    if (vmm_proc_wait_gone(p, 10.0))
        return 0;
    return errbuf_set(eb, -EIO, "VM '%s': the VMM process %d does not die", name, p->pid);
}

static int refuse(struct errbuf *eb, const char *name, enum mgr_state s, const char *what)
{
    static const char *const why[] = {
        [MGR_STATE_CREATED] = "has not been started (use capa start)",
        [MGR_STATE_RUNNING] = "is running",
        [MGR_STATE_PAUSED] = "is paused (use capa resume)",
        [MGR_STATE_STOPPED] = "is stopped",
        [MGR_STATE_UNRESPONSIVE] = "has a VMM that does not answer (use capa kill)",
    };
    return errbuf_set(eb, -EBUSY, "cannot %s VM '%s': it %s", what, name, why[s]);
}

/* The config must at least be a JSON object; its fields are the VMM's to validate. */
static int load_config(const char *path, char **data, size_t *len, struct errbuf *eb)
{
    int err = read_file(path, data, len);
    if (err)
        return errbuf_set(eb, err == -ENOENT ? -ENOENT : -EINVAL, "cannot read config %s: %s", path,
                          strerror(-err));
    json_error_t je;
    json_t *j = json_loadb(*data, *len, 0, &je);
    if (!j || !json_is_object(j)) {
        if (j)
            err = errbuf_set(eb, -EINVAL, "config %s: expected a JSON object", path);
        else
            err = errbuf_set(eb, -EINVAL, "config %s: malformed JSON at line %d column %d: %s",
                             path, je.line, je.column, je.text);
        json_decref(j);
        free(*data);
        return err;
    }
    json_decref(j);
    return 0;
}

static int write_meta(const char *dir, const char *name, const char *config_path, struct errbuf *eb)
{
    char cwd[PATH_MAX], src[PATH_MAX], path[PATH_MAX + 16];
    if (!getcwd(cwd, sizeof(cwd)))
        return errbuf_set(eb, -errno, "getcwd: %s", strerror(errno));
    if (!realpath(config_path, src))
        snprintf(src, sizeof(src), "%s", config_path);
    json_t *meta = json_pack("{s:s, s:I, s:s, s:s}", "name", name, "created_unix",
                             (json_int_t)time(NULL), "config_source", src, "cwd", cwd);
    char *text = meta ? json_dumps(meta, JSON_INDENT(2)) : NULL;
    json_decref(meta);
    if (!text)
        return errbuf_set(eb, -ENOMEM, "out of memory");
    snprintf(path, sizeof(path), "%s/meta.json", dir);
    int err = write_file(path, text, strlen(text), eb);
    free(text);
    return err;
}

/* meta.json's "cwd" (the directory create ran in), or NULL. malloc'd. */
static char *meta_cwd(const struct mgr *m, const char *name)
{
    char path[PATH_MAX], *data, *cwd = NULL;
    if (vm_path(m, name, "meta.json", path, sizeof(path), NULL) || read_file(path, &data, NULL))
        return NULL;
    json_t *j = json_loads(data, 0, NULL);
    const char *s = json_string_value(json_object_get(j, "cwd"));
    if (s)
        cwd = strdup(s);
    json_decref(j);
    free(data);
    return cwd;
}

/* Spawn a VMM for an existing directory (lock held) and wait until it answers; on failure it
 * is killed again so nothing is left half-started. */
static int vmm_bring_up(const struct mgr *m, const char *name, const char *cwd, struct vmm_proc *p,
                        struct errbuf *eb)
{
    int err = vmm_spawn(m, name, cwd, p, eb);
    if (!err)
        err = vmm_proc_save(m, name, p, eb);
    if (!err)
        err = vmm_wait_ready(m, name, p, eb);
    if (err && p->pid > 0)
        vmm_kill(m, name, p, NULL);
    return err;
}

/* Build the VM's directory under a hidden temporary name, locked, then rename it into place
 * (RENAME_NOREPLACE: two creates of one name cannot both win); the lock travels with it. */
static int act_create(struct mgr *m, const struct vm_action *a, struct vm_result *r,
                      struct errbuf *eb)
{
    char *cfg, tmp[PATH_MAX], dir[PATH_MAX], path[PATH_MAX + 16];
    size_t len;
    int err = vm_path(m, a->name, "console.sock", dir, sizeof(dir), eb);
    if (err || (err = vm_path(m, a->name, NULL, dir, sizeof(dir), eb)))
        return err;
    if (vm_exists(m, a->name))
        return errbuf_set(eb, -EEXIST, "VM '%s' already exists (use capa rm first)", a->name);
    if ((err = load_config(a->config_path, &cfg, &len, eb)))
        return err;
    if (snprintf(tmp, sizeof(tmp), "%s/.new-%s.%d", m->state_dir, a->name, (int)getpid()) >=
        (int)sizeof(tmp)) {
        free(cfg);
        return errbuf_set(eb, -ENAMETOOLONG, "state directory path too long");
    }
    if (mkdir(tmp, 0700) < 0) {
        err = errbuf_set(eb, -errno, "cannot create %s: %s", tmp, strerror(errno));
        free(cfg);
        return err;
    }
    int lock = open(tmp, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (lock < 0 || flock(lock, LOCK_EX) < 0) {
        err = errbuf_set(eb, -errno, "cannot lock %s: %s", tmp, strerror(errno));
        goto err_tmp;
    }
    snprintf(path, sizeof(path), "%s/config.json", tmp);
    if ((err = write_file(path, cfg, len, eb)) ||
        (err = write_meta(tmp, a->name, a->config_path, eb)))
        goto err_tmp;
    if (renameat2(AT_FDCWD, tmp, AT_FDCWD, dir, RENAME_NOREPLACE) < 0) {
        if (errno == EEXIST || errno == ENOTEMPTY)
            err = errbuf_set(eb, -EEXIST, "VM '%s' already exists (use capa rm first)", a->name);
        else
            err = errbuf_set(eb, -errno, "cannot create %s: %s", dir, strerror(errno));
        goto err_tmp;
    }
    struct vmm_proc p = { 0 };
    if ((err = vmm_bring_up(m, a->name, NULL, &p, eb))) {
        vm_dir_remove(dir, NULL); /* never half-created: the name is free again */
        goto out;
    }
    r->state = MGR_STATE_CREATED;
    r->pid = p.pid;
    goto out;
err_tmp:
    vm_dir_remove(tmp, NULL);
out:
    if (lock >= 0)
        close(lock);
    free(cfg);
    return err;
}

static int action_put(const struct mgr *m, const char *name, const char *type, struct errbuf *eb)
{
    char api[PATH_MAX], body[64];
    int err = api_path(m, name, api, eb);
    if (err)
        return err;
    snprintf(body, sizeof(body), "{\"action_type\":\"%s\"}", type);
    err = vmm_call(api, "PUT", "/actions", body, MGR_API_TIMEOUT_S, NULL, eb);
    return err;
}

static int vm_patch_state(const struct mgr *m, const char *name, const char *state,
                          struct errbuf *eb)
{
    char api[PATH_MAX], body[64];
    int err = api_path(m, name, api, eb);
    if (err)
        return err;
    snprintf(body, sizeof(body), "{\"state\":\"%s\"}", state);
    return vmm_call(api, "PATCH", "/vm", body, MGR_API_TIMEOUT_S, NULL, eb);
}

static int act_start(struct mgr *m, const struct vm_action *a, struct vm_status *st,
                     struct vm_result *r, struct errbuf *eb)
{
    if (st->state != MGR_STATE_CREATED && st->state != MGR_STATE_STOPPED)
        return refuse(eb, a->name, st->state, "start");
    struct vmm_proc p = st->proc;
    int err;
    if (st->state == MGR_STATE_STOPPED) {
        char *cwd = meta_cwd(m, a->name);
        err = vmm_bring_up(m, a->name, cwd, &p, eb);
        free(cwd);
        if (err)
            return err;
    }
    if ((err = action_put(m, a->name, "InstanceStart", eb))) {
        /* A VMM we spawned for this start goes again: the VM stays stopped, as it was. */
        if (st->state == MGR_STATE_STOPPED)
            vmm_kill(m, a->name, &p, NULL);
        return err;
    }
    r->state = MGR_STATE_RUNNING;
    r->pid = p.pid;
    return 0;
}

static int act_stop(struct mgr *m, const struct vm_action *a, struct vm_status *st,
                    struct vm_result *r, struct errbuf *eb)
{
    if (st->state == MGR_STATE_STOPPED)
        return refuse(eb, a->name, st->state, "stop");
    r->state = MGR_STATE_STOPPED;
    /* Only a running guest can react to its power button: a paused one is resumed first; one
     * never started (or a VMM that does not answer) is just killed. */
    bool asked = false;
    if (st->state == MGR_STATE_PAUSED && vm_patch_state(m, a->name, "Resumed", NULL) == 0)
        st->state = MGR_STATE_RUNNING;
    if (st->state == MGR_STATE_RUNNING)
        asked = action_put(m, a->name, "SendCtrlAltDel", NULL) == 0;
    if (asked && vmm_proc_wait_gone(&st->proc, a->timeout_s)) {
        r->stop = STOP_POWERED_OFF;
        return 0;
    }
    r->stop = asked                            ? STOP_TIMED_OUT
              : st->state == MGR_STATE_CREATED ? STOP_NOT_BOOTED
                                               : STOP_NO_ANSWER;
    return vmm_kill(m, a->name, &st->proc, eb);
}

static int act_rm(struct mgr *m, const struct vm_action *a, struct vm_status *st, struct errbuf *eb)
{
    char dir[PATH_MAX], tomb[PATH_MAX];
    if (st->state != MGR_STATE_STOPPED) {
        if (!a->force)
            return errbuf_set(eb, -EBUSY,
                              "cannot remove VM '%s': it is %s (stop it first, or use "
                              "capa rm --force)",
                              a->name, mgr_state_name(st->state));
        int err = vmm_kill(m, a->name, &st->proc, eb);
        if (err)
            return err;
    }
    int err = vm_path(m, a->name, NULL, dir, sizeof(dir), eb);
    if (err)
        return err;
    /* Renamed away first, so the name is free (and invisible) at once even if removing the
     * files fails half way. */
    if (snprintf(tomb, sizeof(tomb), "%s/.rm-%s.%d", m->state_dir, a->name, (int)getpid()) >=
        (int)sizeof(tomb))
        return errbuf_set(eb, -ENAMETOOLONG, "state directory path too long");
    if (rename(dir, tomb) < 0)
        return errbuf_set(eb, -errno, "cannot remove %s: %s", dir, strerror(errno));
    return vm_dir_remove(tomb, eb);
}

static int act_locked(struct mgr *m, const struct vm_action *a, struct vm_status *st,
                      struct vm_result *r, struct errbuf *eb)
{
    int err;
    switch (a->type) {
    case VM_ACTION_START: return act_start(m, a, st, r, eb);
    case VM_ACTION_PAUSE:
        if (st->state != MGR_STATE_RUNNING)
            return refuse(eb, a->name, st->state, "pause");
        err = vm_patch_state(m, a->name, "Paused", eb);
        r->state = err ? st->state : MGR_STATE_PAUSED;
        return err;
    case VM_ACTION_RESUME:
        if (st->state != MGR_STATE_PAUSED)
            return st->state == MGR_STATE_RUNNING
                       ? errbuf_set(eb, -EBUSY, "cannot resume VM '%s': it is not paused", a->name)
                       : refuse(eb, a->name, st->state, "resume");
        err = vm_patch_state(m, a->name, "Resumed", eb);
        r->state = err ? st->state : MGR_STATE_RUNNING;
        return err;
    case VM_ACTION_STOP: return act_stop(m, a, st, r, eb);
    case VM_ACTION_KILL:
        if (st->state == MGR_STATE_STOPPED)
            return refuse(eb, a->name, st->state, "kill");
        r->state = MGR_STATE_STOPPED;
        return vmm_kill(m, a->name, &st->proc, eb);
    case VM_ACTION_RM: return act_rm(m, a, st, eb);
    case VM_ACTION_CREATE: break;
    }
    return errbuf_set(eb, -EINVAL, "unknown action");
}

int mgr_dispatch(struct mgr *m, const struct vm_action *a, struct vm_result *r, struct errbuf *eb)
{
    *r = (struct vm_result){ .state = MGR_STATE_STOPPED };
    int err = mgr_check_name(a->name, eb);
    if (err)
        return err;
    if (a->type == VM_ACTION_CREATE)
        return act_create(m, a, r, eb);
    int lock;
    if ((err = vm_lock(m, a->name, &lock, eb)))
        return err;
    struct vm_status st;
    vm_status_query(m, a->name, &st);
    r->state = st.state;
    r->pid = st.proc.pid;
    err = act_locked(m, a, &st, r, eb);
    if (r->state == MGR_STATE_STOPPED)
        r->pid = 0;
    vm_status_fini(&st);
    close(lock);
    return err;
}
