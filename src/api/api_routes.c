/* The resources of the control API. Every change goes through the VM's state machine
 * (vm_configure, vm_start, vm_pause, ...), which refuses an illegal transition before anything is
 * changed; the routes only parse, map and answer. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include "api/api.h"
#include "base/version.h"

#define HTTP_OK          200
#define HTTP_NO_CONTENT  204
#define HTTP_BAD_REQUEST 400
#define HTTP_NOT_FOUND   404
#define HTTP_BAD_METHOD  405

/* Map a -errno from the VM or the config to the HTTP status: every refusal of the request itself
 * is a bad request (Firecracker answers 400 to all of them). */
static int fail(int err)
{
    (void)err;
    return HTTP_BAD_REQUEST;
}

static int bad_method(const char *method, const char *url, const char *allowed, struct errbuf *eb)
{
    errbuf_set(eb, -EINVAL, "method %s is not allowed on %s (allowed: %s)", method, url, allowed);
    return HTTP_BAD_METHOD;
}

static int parse_body(const char *body, size_t len, json_t **out, struct errbuf *eb)
{
    if (!body || !len)
        return errbuf_set(eb, -EINVAL, "missing JSON body");
    return api_json_parse(body, len, out, eb);
}

/* --- configuration, before start --- */

struct put_args {
    struct api_ctx *ctx;
    const char *id;
    json_t *body;
    int (*put)(struct put_args *a, struct errbuf *eb);
};

static int put_boot(struct put_args *a, struct errbuf *eb)
{
    return api_config_put_boot_source(a->ctx->cfg, a->body, eb);
}

static int put_drive(struct put_args *a, struct errbuf *eb)
{
    return api_config_put_drive(a->ctx->cfg, a->id, a->body, eb);
}

static int put_nic(struct put_args *a, struct errbuf *eb)
{
    return api_config_put_nic(a->ctx->cfg, a->id, a->body, eb);
}

static int put_entropy(struct put_args *a, struct errbuf *eb)
{
    return api_config_put_entropy(a->ctx->cfg, a->body, eb);
}

static int put_machine(struct put_args *a, struct errbuf *eb)
{
    (void)eb;
    api_config_set_machine(a->ctx->cfg, json_incref(a->body)); /* already merged and checked */
    return 0;
}

static int run_put(void *arg, struct errbuf *eb)
{
    struct put_args *a = arg;
    return a->put(a, eb);
}

/* Apply a PUT through the state machine: only while Not started. */
static int configure(struct api_ctx *ctx, const char *id, const char *body, size_t len,
                     int (*put)(struct put_args *, struct errbuf *), struct errbuf *eb)
{
    struct put_args a = { ctx, id, NULL, put };
    int err = parse_body(body, len, &a.body, eb);
    if (!err)
        err = vm_configure(ctx->vm, run_put, &a, eb);
    json_decref(a.body);
    return err ? fail(err) : HTTP_NO_CONTENT;
}

static int machine_config(struct api_ctx *ctx, const char *method, const char *body, size_t len,
                          json_t **out, struct errbuf *eb)
{
    if (!strcmp(method, "GET")) {
        *out = json_deep_copy(ctx->cfg->machine);
        return HTTP_OK;
    }
    bool patch = !strcmp(method, "PATCH");
    if (!patch && strcmp(method, "PUT"))
        return bad_method(method, "/machine-config", "GET, PUT, PATCH", eb);
    json_t *req, *merged = NULL;
    int err = parse_body(body, len, &req, eb);
    if (err)
        return fail(err);
    err = api_config_machine_merge(ctx->cfg, req, patch, &merged, eb);
    if (!err && patch && api_config_machine_live_only(req)) {
        /* Weight and cap may change in any state; applied to the cgroup at once. */
        err = vm_set_cpu_limits(
            ctx->vm, (unsigned)json_integer_value(json_object_get(merged, "cpu_weight")),
            (unsigned)json_integer_value(json_object_get(merged, "cpu_max_percent")), eb);
        if (!err)
            api_config_set_machine(ctx->cfg, json_incref(merged));
    } else if (!err) {
        struct put_args a = { ctx, NULL, merged, put_machine };
        err = vm_configure(ctx->vm, run_put, &a, eb);
    }
    json_decref(merged);
    json_decref(req);
    return err ? fail(err) : HTTP_NO_CONTENT;
}

/* GET/PUT on /drives/ID and /network-interfaces/ID. */
static int device(struct api_ctx *ctx, const char *method, const char *url, const char *id,
                  const char *body, size_t len, json_t **out, struct errbuf *eb)
{
    bool drive = !strncmp(url, "/drives/", 8);
    if (!strcmp(method, "GET")) {
        json_t *d = drive ? api_config_drive(ctx->cfg, id) : api_config_nic(ctx->cfg, id);
        if (!d) {
            errbuf_set(eb, -ENOENT, "no %s '%s'", drive ? "drive" : "network interface", id);
            return HTTP_NOT_FOUND;
        }
        *out = json_deep_copy(d);
        return HTTP_OK;
    }
    if (strcmp(method, "PUT"))
        return bad_method(method, url, "GET, PUT", eb);
    return configure(ctx, id, body, len, drive ? put_drive : put_nic, eb);
}

/* --- actions and state --- */

static int actions(struct api_ctx *ctx, const char *body, size_t len, struct errbuf *eb)
{
    json_t *req;
    int err = parse_body(body, len, &req, eb);
    if (err)
        return fail(err);
    const char *key, *type = NULL;
    json_t *v;
    json_object_foreach(req, key, v)
    {
        if (strcmp(key, "action_type")) {
            err = errbuf_set(eb, -EINVAL, "unknown field '%s' in action", key);
            goto out;
        }
    }
    type = json_string_value(json_object_get(req, "action_type"));
    if (!json_is_object(req) || !type) {
        err = errbuf_set(eb, -EINVAL,
                         "an action is {\"action_type\": \"InstanceStart\" | "
                         "\"SendCtrlAltDel\" | \"FlushMetrics\" | \"Kill\"}");
    } else if (!strcmp(type, "InstanceStart")) {
        err = vm_start(ctx->vm, eb);
    } else if (!strcmp(type, "SendCtrlAltDel")) {
        struct vm_info info;
        vm_get_info(ctx->vm, &info);
        if (info.state != VM_STATE_RUNNING)
            err = errbuf_set(eb, -EINVAL, "cannot press the power button: the VM is %s",
                             vm_state_name(info.state));
        else if ((err = vm_power_button(ctx->vm)) == -ENODEV)
            err = 0; /* the guest's driver is not up yet: the press waits for it */
        if (err && !eb->msg[0])
            errbuf_set(eb, err, "cannot press the power button: %s", strerror(-err));
    } else if (!strcmp(type, "FlushMetrics")) {
        err = 0; /* GET /metrics answers the live values: nothing is buffered */
    } else if (!strcmp(type, "Kill")) {
        vm_kill(ctx->vm, VM_EXIT_POWEROFF);
    } else {
        err = errbuf_set(eb, -EINVAL,
                         "unknown action_type '%s' (InstanceStart, SendCtrlAltDel, FlushMetrics, "
                         "Kill)",
                         type);
    }
out:
    json_decref(req);
    return err ? fail(err) : HTTP_NO_CONTENT;
}

static int patch_vm(struct api_ctx *ctx, const char *body, size_t len, struct errbuf *eb)
{
    json_t *req;
    int err = parse_body(body, len, &req, eb);
    if (err)
        return fail(err);
    const char *key, *state = json_string_value(json_object_get(req, "state"));
    json_t *v;
    json_object_foreach(req, key, v)
    {
        if (strcmp(key, "state")) {
            err = errbuf_set(eb, -EINVAL, "unknown field '%s' in vm", key);
            break;
        }
    }
    if (err)
        ;
    else if (!json_is_object(req) || !state)
        err = errbuf_set(eb, -EINVAL, "PATCH /vm takes {\"state\": \"Paused\" | \"Resumed\"}");
    else if (!strcmp(state, "Paused"))
        err = vm_pause(ctx->vm, eb);
    else if (!strcmp(state, "Resumed"))
        err = vm_resume(ctx->vm, eb);
    else
        err = errbuf_set(eb, -EINVAL, "unknown state '%s' (Paused or Resumed)", state);
    json_decref(req);
    return err ? fail(err) : HTTP_NO_CONTENT;
}

static json_t *instance_info(struct api_ctx *ctx)
{
    struct vm_info info;
    vm_get_info(ctx->vm, &info);
    return json_pack("{s:s, s:s, s:s, s:s, s:i, s:f, s:i, s:I}", "id", ctx->id, "state",
                     vm_state_name(info.state), "vmm_version", CAPA_VERSION, "app_name", "capa",
                     "pid", (int)getpid(), "uptime_s", info.uptime_s, "vcpu_count",
                     (int)info.nr_cpus, "mem_size_mib", (json_int_t)(info.mem_size >> 20));
}

/* Resident set size from /proc/self/statm (pages). */
static long long rss_bytes(void)
{
    long long size, rss;
    FILE *f = fopen("/proc/self/statm", "re");
    if (!f)
        return -1;
    int n = fscanf(f, "%lld %lld", &size, &rss);
    fclose(f);
    return n == 2 ? rss * sysconf(_SC_PAGESIZE) : -1;
}

static json_t *metrics(struct api_ctx *ctx)
{
    struct vm_info info;
    vm_get_info(ctx->vm, &info);
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    json_t *vcpus = json_array();
    for (unsigned i = 0; i < info.nr_cpus; i++)
        json_array_append_new(vcpus, json_pack("{s:i, s:I}", "id", (int)i, "instructions",
                                               (json_int_t)info.instret[i]));
    return json_pack(
        "{s:s, s:s, s:f, s:f, s:o, s:I, s:{s:f, s:f}, s:I, s:i, s:i, s:o}", "id", ctx->id, "state",
        vm_state_name(info.state), "uptime_s", info.uptime_s, "paused_s", info.paused_s, "vcpus",
        vcpus, "instructions_total", (json_int_t)info.instret_total, "host_cpu_s", "user",
        ru.ru_utime.tv_sec + ru.ru_utime.tv_usec * 1e-6, "system",
        ru.ru_stime.tv_sec + ru.ru_stime.tv_usec * 1e-6, "rss_bytes", (json_int_t)rss_bytes(),
        "cpu_weight", (int)info.cpu_weight, "cpu_max_percent", (int)info.cpu_max_percent, "cgroup",
        info.cgroup[0] ? json_string(info.cgroup) : json_null());
}

/* GET-only resources. */
static int get_only(const char *method, const char *url, json_t *j, json_t **out, struct errbuf *eb)
{
    if (strcmp(method, "GET")) {
        json_decref(j);
        return bad_method(method, url, "GET", eb);
    }
    *out = j;
    return HTTP_OK;
}

int api_handle(struct api_ctx *ctx, const char *method, const char *url, const char *body,
               size_t len, json_t **out, struct errbuf *eb)
{
    *out = NULL;
    eb->msg[0] = '\0';
    if (!strcmp(url, "/"))
        return get_only(method, url, instance_info(ctx), out, eb);
    if (!strcmp(url, "/metrics"))
        return get_only(method, url, metrics(ctx), out, eb);
    if (!strcmp(url, "/vm/config"))
        return get_only(method, url, api_config_to_json(ctx->cfg), out, eb);
    if (!strcmp(url, "/machine-config"))
        return machine_config(ctx, method, body, len, out, eb);
    if (!strcmp(url, "/boot-source")) {
        if (!strcmp(method, "GET")) {
            *out = ctx->cfg->boot_source ? json_deep_copy(ctx->cfg->boot_source) : json_object();
            return HTTP_OK;
        }
        if (strcmp(method, "PUT"))
            return bad_method(method, url, "GET, PUT", eb);
        return configure(ctx, NULL, body, len, put_boot, eb);
    }
    if (!strcmp(url, "/entropy")) {
        if (strcmp(method, "PUT"))
            return bad_method(method, url, "PUT", eb);
        return configure(ctx, NULL, body, len, put_entropy, eb);
    }
    if (!strncmp(url, "/drives/", 8) && url[8] && !strchr(url + 8, '/'))
        return device(ctx, method, url, url + 8, body, len, out, eb);
    if (!strncmp(url, "/network-interfaces/", 20) && url[20] && !strchr(url + 20, '/'))
        return device(ctx, method, url, url + 20, body, len, out, eb);
    if (!strcmp(url, "/actions")) {
        if (strcmp(method, "PUT"))
            return bad_method(method, url, "PUT", eb);
        return actions(ctx, body, len, eb);
    }
    if (!strcmp(url, "/vm")) {
        if (strcmp(method, "PATCH"))
            return bad_method(method, url, "PATCH", eb);
        return patch_vm(ctx, body, len, eb);
    }
    errbuf_set(eb, -ENOENT, "no resource %s", url);
    return HTTP_NOT_FOUND;
}
