/* Read-only views of the registry: ls, inspect, the console socket. These take no lock: they
 * only read, and a state that changes while they look is simply reported as it was. */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "mgr/mgr_internal.h"
#include "mgr/vmm_client.h"

/* The config file as the VMM will read it (NULL when unreadable). */
static json_t *load_vm_config(const struct mgr *m, const char *name)
{
    char path[PATH_MAX];
    if (vm_path(m, name, "config.json", path, sizeof(path), NULL))
        return NULL;
    return json_load_file(path, 0, NULL);
}

static void fill_info(const struct mgr *m, const char *name, struct vm_info *info)
{
    struct vm_status st;
    vm_status_query(m, name, &st);
    *info = (struct vm_info){
        .state = st.state, .pid = st.proc.pid, .uptime_s = -1, .cpu_percent = -1
    };
    snprintf(info->name, sizeof(info->name), "%s", name);
    /* Sizes from the live VMM (it may have been reconfigured), else from the config. */
    json_t *mc = st.vmm, *cfg = NULL;
    if (!json_integer_value(json_object_get(mc, "vcpu_count"))) {
        cfg = load_vm_config(m, name);
        mc = json_object_get(cfg, "machine-config");
    }
    info->vcpus = (unsigned)json_integer_value(json_object_get(mc, "vcpu_count"));
    info->mem_mib = (uint64_t)json_integer_value(json_object_get(mc, "mem_size_mib"));
    json_t *up = json_object_get(st.vmm, "uptime_s");
    if (json_is_number(up) && (st.state == MGR_STATE_RUNNING || st.state == MGR_STATE_PAUSED))
        info->uptime_s = json_number_value(up);
    if (info->pid) {
        info->cpu_ticks = proc_cpu_ticks(info->pid);
        info->rss_kib = proc_rss_kib(info->pid);
    }
    json_decref(cfg);
    vm_status_fini(&st);
}

static int by_name(const void *a, const void *b)
{
    return strcmp(((const struct vm_info *)a)->name, ((const struct vm_info *)b)->name);
}

int mgr_list(struct mgr *m, double sample_s, struct vm_info **out, size_t *n, struct errbuf *eb)
{
    DIR *d = opendir(m->state_dir);
    if (!d)
        return errbuf_set(eb, -errno, "%s: %s", m->state_dir, strerror(errno));
    struct vm_info *v = NULL;
    size_t cnt = 0, cap = 0;
    for (struct dirent *e; (e = readdir(d));) {
        /* Hidden entries are creates and removals in progress; other junk is not a VM. */
        if (e->d_name[0] == '.' || mgr_check_name(e->d_name, NULL) || !vm_exists(m, e->d_name))
            continue;
        if (cnt == cap) {
            struct vm_info *nv = realloc(v, (cap = cap ? cap * 2 : 16) * sizeof(*v));
            if (!nv) {
                free(v);
                closedir(d);
                return errbuf_set(eb, -ENOMEM, "out of memory");
            }
            v = nv;
        }
        fill_info(m, e->d_name, &v[cnt++]);
    }
    closedir(d);
    if (cnt)
        qsort(v, cnt, sizeof(*v), by_name);
    /* One sampling interval for all VMs: ls costs sample_s, not sample_s per VM. */
    bool any = false;
    for (size_t i = 0; i < cnt; i++)
        any |= v[i].pid != 0;
    if (any && sample_s > 0) {
        struct timespec ts = { (time_t)sample_s,
                               (long)((sample_s - (double)(time_t)sample_s) * 1e9) };
        nanosleep(&ts, NULL);
        double hz = (double)sysconf(_SC_CLK_TCK);
        for (size_t i = 0; i < cnt; i++) {
            uint64_t t = v[i].pid ? proc_cpu_ticks(v[i].pid) : 0;
            if (v[i].pid && t >= v[i].cpu_ticks)
                v[i].cpu_percent = (double)(t - v[i].cpu_ticks) / hz / sample_s * 100.0;
        }
    }
    *out = v;
    *n = cnt;
    return 0;
}

int mgr_info(struct mgr *m, const char *name, struct vm_info *info, struct errbuf *eb)
{
    int err = mgr_check_name(name, eb);
    if (err)
        return err;
    if (!vm_exists(m, name))
        return errbuf_set(eb, -ENOENT, "no such VM '%s'", name);
    fill_info(m, name, info);
    return 0;
}

static json_t *load_json_file(const struct mgr *m, const char *name, const char *file)
{
    char path[PATH_MAX];
    if (vm_path(m, name, file, path, sizeof(path), NULL))
        return NULL;
    return json_load_file(path, 0, NULL);
}

int mgr_inspect(struct mgr *m, const char *name, char **text, struct errbuf *eb)
{
    struct vm_info info;
    int err = mgr_info(m, name, &info, eb);
    if (err)
        return err;
    char dir[PATH_MAX], api[PATH_MAX];
    if ((err = vm_path(m, name, NULL, dir, sizeof(dir), eb)) ||
        (err = vm_path(m, name, "api.sock", api, sizeof(api), eb)))
        return err;
    json_t *vmm = NULL, *metrics = NULL;
    if (info.pid) {
        vmm_call(api, "GET", "/", NULL, MGR_API_TIMEOUT_S, &vmm, NULL);
        vmm_call(api, "GET", "/metrics", NULL, MGR_API_TIMEOUT_S, &metrics, NULL);
    }
    json_t *meta = load_json_file(m, name, "meta.json"), *cfg = load_vm_config(m, name);
    json_t *doc = json_pack(
        "{s:s, s:s, s:i, s:s, s:o, s:o, s:o, s:o, s:{s:I, s:f}}", "name", name, "state",
        mgr_state_name(info.state), "pid", info.pid, "dir", dir, "meta", meta ? meta : json_null(),
        "config", cfg ? cfg : json_null(), "vmm", vmm ? vmm : json_null(), "metrics",
        metrics ? metrics : json_null(), "host", "rss_kib", (json_int_t)info.rss_kib, "cpu_seconds",
        (double)info.cpu_ticks / (double)sysconf(_SC_CLK_TCK));
    *text = doc ? json_dumps(doc, JSON_INDENT(2)) : NULL;
    json_decref(doc);
    return *text ? 0 : errbuf_set(eb, -ENOMEM, "out of memory");
}

int mgr_console_path(struct mgr *m, const char *name, char *path, size_t len, struct errbuf *eb)
{
    struct vm_info info;
    int err = mgr_info(m, name, &info, eb);
    if (err)
        return err;
    if (!info.pid)
        return errbuf_set(eb, -EBUSY, "VM '%s' is stopped: no console to attach to", name);
    char p[PATH_MAX];
    if ((err = vm_path(m, name, "console.sock", p, sizeof(p), eb)))
        return err;
    if (strlen(p) >= len)
        return errbuf_set(eb, -ENAMETOOLONG, "console path too long");
    strcpy(path, p);
    return 0;
}
