#include "api/api_config.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "vm/vm_net.h"

/* --- field checking: every object is checked against a table before any value is used --- */

enum ftype { F_STRING, F_UINT, F_BOOL, F_STRINGS, F_OBJECT };

struct field {
    const char *name;
    enum ftype type;
    bool required;
    bool nullable; /* null means absent (Firecracker clients send "initrd_path": null) */
};

static const char *type_name(enum ftype t)
{
    switch (t) {
    case F_STRING: return "a string";
    case F_UINT: return "a non-negative integer";
    case F_BOOL: return "true or false";
    case F_STRINGS: return "an array of strings";
    case F_OBJECT: return "an object";
    }
    return "?";
}

static bool type_ok(const json_t *v, enum ftype t)
{
    switch (t) {
    case F_STRING: return json_is_string(v);
    case F_UINT: return json_is_integer(v) && json_integer_value(v) >= 0;
    case F_BOOL: return json_is_boolean(v);
    case F_OBJECT: return json_is_object(v);
    case F_STRINGS: {
        if (!json_is_array(v))
            return false;
        size_t i;
        const json_t *e;
        json_array_foreach(v, i, e)
        {
            if (!json_is_string(e))
                return false;
        }
        return true;
    }
    }
    return false;
}

/* Check obj against fields: an object, no unknown field, every field of its type, the required
 * ones present. */
static int check_fields(const json_t *obj, const char *what, const struct field *fields, size_t n,
                        struct errbuf *eb)
{
    if (!json_is_object(obj))
        return errbuf_set(eb, -EINVAL, "%s must be a JSON object", what);
    const char *key;
    const json_t *v;
    json_object_foreach((json_t *)obj, key, v)
    {
        size_t i = 0;
        while (i < n && strcmp(fields[i].name, key))
            i++;
        if (i == n)
            return errbuf_set(eb, -EINVAL, "unknown field '%s' in %s", key, what);
        if (json_is_null(v) && fields[i].nullable)
            continue;
        if (!type_ok(v, fields[i].type)) {
            if (fields[i].type == F_UINT && json_is_integer(v))
                return errbuf_set(eb, -EINVAL, "%s.%s must not be negative (got %lld)", what, key,
                                  (long long)json_integer_value(v));
            return errbuf_set(eb, -EINVAL, "%s.%s must be %s", what, key,
                              type_name(fields[i].type));
        }
    }
    for (size_t i = 0; i < n; i++) {
        const json_t *f = json_object_get(obj, fields[i].name);
        if (fields[i].required && (!f || json_is_null(f)))
            return errbuf_set(eb, -EINVAL, "missing field '%s' in %s", fields[i].name, what);
    }
    return 0;
}

static const char *get_str(const json_t *obj, const char *key)
{
    return json_string_value(json_object_get(obj, key)); /* NULL if absent, null or no string */
}

static long long get_uint(const json_t *obj, const char *key, long long dflt)
{
    const json_t *v = json_object_get(obj, key);
    return json_is_integer(v) ? json_integer_value(v) : dflt;
}

static bool get_bool(const json_t *obj, const char *key)
{
    return json_is_true(json_object_get(obj, key));
}

/* A file the VM will open: there, a regular file or block device, and accessible. */
static int check_file(const char *what, const char *path, int mode, struct errbuf *eb)
{
    struct stat st;
    if (!*path)
        return errbuf_set(eb, -EINVAL, "%s is empty", what);
    if (stat(path, &st))
        return errbuf_set(eb, -errno, "%s %s: %s", what, path, strerror(errno));
    if (!S_ISREG(st.st_mode) && !S_ISBLK(st.st_mode))
        return errbuf_set(eb, -EINVAL, "%s %s is not a regular file or block device", what, path);
    if (access(path, mode))
        return errbuf_set(eb, -errno, "%s %s: %s", what, path, strerror(errno));
    return 0;
}

/* drive_id / iface_id: Firecracker's rule, alphanumerics and '_', at most 64. */
static int check_id(const char *what, const char *id, struct errbuf *eb)
{
    size_t n = strlen(id);
    bool ok = n > 0 && n <= 64;
    for (size_t i = 0; ok && i < n; i++)
        ok = (id[i] >= 'a' && id[i] <= 'z') || (id[i] >= 'A' && id[i] <= 'Z') ||
             (id[i] >= '0' && id[i] <= '9') || id[i] == '_';
    return ok ? 0
              : errbuf_set(eb, -EINVAL, "invalid %s '%s' (1-64 letters, digits or '_')", what, id);
}

/* --- deriving struct vm_config from the JSON --- */

static void derive(struct api_config *c)
{
    struct vm_config *v = &c->vm;
    v->nr_cpus = (unsigned)get_uint(c->machine, "vcpu_count", 1);
    v->mem_size = (uint64_t)get_uint(c->machine, "mem_size_mib", 256) << 20;
    v->cpu_weight = (unsigned)get_uint(c->machine, "cpu_weight", VM_CPU_WEIGHT_DEFAULT);
    v->cpu_max_percent = (unsigned)get_uint(c->machine, "cpu_max_percent", 0);
    v->images.kernel = c->boot_source ? get_str(c->boot_source, "kernel_image_path") : NULL;
    v->images.initrd = c->boot_source ? get_str(c->boot_source, "initrd_path") : NULL;
    v->images.bios = NULL;
    const char *args = c->boot_source ? get_str(c->boot_source, "boot_args") : NULL;
    snprintf(c->append, sizeof(c->append), "%s", args ? args : API_DEFAULT_ARGS);
    size_t i;
    const json_t *d;
    v->nr_disks = 0;
    json_array_foreach(c->drives, i, d)
    {
        struct vm_disk *disk = &v->disks[v->nr_disks++];
        *disk = (struct vm_disk){ .path = get_str(d, "path_on_host"),
                                  .read_only = get_bool(d, "is_read_only"),
                                  .direct = get_bool(d, "direct"),
                                  .serial = get_str(d, "serial") };
        /* As Firecracker: the root device (always first, so /dev/vda) goes on the command line
         * unless the boot args name a root already. */
        if (get_bool(d, "is_root_device") && !strstr(c->append, "root="))
            snprintf(c->append + strlen(c->append), sizeof(c->append) - strlen(c->append),
                     " root=/dev/vda %s", disk->read_only ? "ro" : "rw");
    }
    v->images.append = c->append;
    /* The NICs were parsed when they were put; their order fixes the default MACs. */
    v->rng = c->entropy != NULL;
}

int api_config_init(struct api_config *c)
{
    memset(c, 0, sizeof(*c));
    c->machine = json_pack("{s:i, s:i, s:b, s:i, s:i}", "vcpu_count", 1, "mem_size_mib", 256, "smt",
                           0, "cpu_weight", VM_CPU_WEIGHT_DEFAULT, "cpu_max_percent", 0);
    c->drives = json_array();
    c->nics = json_array();
    if (!c->machine || !c->drives || !c->nics) {
        api_config_fini(c);
        return -ENOMEM;
    }
    derive(c);
    return 0;
}

void api_config_fini(struct api_config *c)
{
    json_decref(c->boot_source);
    json_decref(c->machine);
    json_decref(c->drives);
    json_decref(c->nics);
    json_decref(c->entropy);
    c->boot_source = c->machine = c->drives = c->nics = c->entropy = NULL;
}

int api_json_parse(const char *text, size_t len, json_t **out, struct errbuf *eb)
{
    json_error_t je;
    json_t *j = json_loadb(text, len, JSON_REJECT_DUPLICATES, &je);
    if (!j)
        return errbuf_set(eb, -EINVAL, "malformed JSON at line %d, column %d: %s", je.line,
                          je.column, je.text);
    *out = j;
    return 0;
}

/* --- boot-source --- */

static const struct field boot_fields[] = {
    { "kernel_image_path", F_STRING, true, false },
    { "initrd_path", F_STRING, false, true },
    { "boot_args", F_STRING, false, true },
};

int api_config_put_boot_source(struct api_config *c, const json_t *body, struct errbuf *eb)
{
    int err = check_fields(body, "boot-source", boot_fields, 3, eb);
    if (err)
        return err;
    if ((err = check_file("kernel_image_path", get_str(body, "kernel_image_path"), R_OK, eb)))
        return err;
    const char *initrd = get_str(body, "initrd_path");
    if (initrd && (err = check_file("initrd_path", initrd, R_OK, eb)))
        return err;
    const char *args = get_str(body, "boot_args");
    if (args && strlen(args) > API_BOOT_ARGS_MAX)
        return errbuf_set(eb, -EINVAL, "boot-source.boot_args is longer than %d bytes",
                          API_BOOT_ARGS_MAX);
    json_t *old = c->boot_source;
    c->boot_source = json_deep_copy(body);
    if (!c->boot_source) {
        c->boot_source = old;
        return errbuf_set(eb, -ENOMEM, "out of memory");
    }
    derive(c);
    json_decref(old);
    return 0;
}

/* --- machine-config --- */

static const struct field machine_fields[] = {
    { "vcpu_count", F_UINT, false, false },
    { "mem_size_mib", F_UINT, false, false },
    { "smt", F_BOOL, false, false },
    { "cpu_weight", F_UINT, false, false },
    { "cpu_max_percent", F_UINT, false, false },
};

static uint64_t host_ram_mib(void)
{
    long pages = sysconf(_SC_PHYS_PAGES), size = sysconf(_SC_PAGESIZE);
    return pages > 0 && size > 0 ? (uint64_t)pages * (uint64_t)size >> 20 : UINT64_MAX;
}

/* The merged object's values in range and consistent. */
static int check_machine(const json_t *m, struct errbuf *eb)
{
    long long cpus = get_uint(m, "vcpu_count", 0), mem = get_uint(m, "mem_size_mib", 0);
    long long weight = get_uint(m, "cpu_weight", 0), cap = get_uint(m, "cpu_max_percent", 0);
    if (cpus < 1 || cpus > VIRT_MAX_HARTS)
        return errbuf_set(eb, -EINVAL, "machine-config.vcpu_count %lld out of range (1-%d)", cpus,
                          VIRT_MAX_HARTS);
    if (mem < API_MEM_MIN_MIB || mem > API_MEM_MAX_MIB)
        return errbuf_set(eb, -EINVAL, "machine-config.mem_size_mib %lld out of range (%d-%d)", mem,
                          API_MEM_MIN_MIB, API_MEM_MAX_MIB);
    if ((uint64_t)mem > host_ram_mib())
        return errbuf_set(eb, -EINVAL,
                          "machine-config.mem_size_mib %lld is more than the host's RAM (%llu "
                          "MiB)",
                          mem, (unsigned long long)host_ram_mib());
    if (get_bool(m, "smt"))
        return errbuf_set(eb, -EINVAL, "machine-config.smt must be false (capa has no SMT)");
    if (weight < 1 || weight > VM_CPU_WEIGHT_MAX)
        return errbuf_set(eb, -EINVAL, "machine-config.cpu_weight %lld out of range (1-%d)", weight,
                          VM_CPU_WEIGHT_MAX);
    if (cap > 100 * cpus)
        return errbuf_set(eb, -EINVAL,
                          "machine-config.cpu_max_percent %lld out of range (0 = no cap, else "
                          "1-%lld: 100 per vCPU)",
                          cap, 100 * cpus);
    return 0;
}

int api_config_machine_merge(const struct api_config *c, const json_t *body, bool patch,
                             json_t **out, struct errbuf *eb)
{
    int err = check_fields(body, "machine-config", machine_fields, 5, eb);
    if (err)
        return err;
    if (!patch && (!json_object_get(body, "vcpu_count") || !json_object_get(body, "mem_size_mib")))
        return errbuf_set(eb, -EINVAL,
                          "missing field '%s' in machine-config (PUT sets the whole "
                          "machine; PATCH changes single fields)",
                          json_object_get(body, "vcpu_count") ? "mem_size_mib" : "vcpu_count");
    json_t *m = patch ? json_deep_copy(c->machine)
                      : json_pack("{s:b, s:i, s:i}", "smt", 0, "cpu_weight", VM_CPU_WEIGHT_DEFAULT,
                                  "cpu_max_percent", 0);
    if (!m || json_object_update(m, (json_t *)body)) {
        json_decref(m);
        return errbuf_set(eb, -ENOMEM, "out of memory");
    }
    if ((err = check_machine(m, eb))) {
        json_decref(m);
        return err;
    }
    *out = m;
    return 0;
}

void api_config_set_machine(struct api_config *c, json_t *machine)
{
    json_decref(c->machine);
    c->machine = machine;
    derive(c);
}

bool api_config_machine_live_only(const json_t *body)
{
    const char *key;
    const json_t *v;
    json_object_foreach((json_t *)body, key, v)
    {
        if (strcmp(key, "cpu_weight") && strcmp(key, "cpu_max_percent"))
            return false;
    }
    return true;
}

/* --- drives --- */

static const struct field drive_fields[] = {
    { "drive_id", F_STRING, true, false },      { "path_on_host", F_STRING, true, false },
    { "is_root_device", F_BOOL, false, false }, { "is_read_only", F_BOOL, false, false },
    { "cache_type", F_STRING, false, false },   { "io_engine", F_STRING, false, false },
    { "direct", F_BOOL, false, false },         { "serial", F_STRING, false, true },
};

/* Index of the element whose key is id, or -1. */
static long find_by(const json_t *arr, const char *key, const char *id)
{
    size_t i;
    const json_t *e;
    json_array_foreach(arr, i, e)
    {
        if (!strcmp(get_str(e, key), id))
            return (long)i;
    }
    return -1;
}

static int check_drive(const struct api_config *c, const char *id, const json_t *body,
                       struct errbuf *eb)
{
    int err = check_fields(body, "drive", drive_fields, 8, eb);
    if (err)
        return err;
    const char *bid = get_str(body, "drive_id");
    if (strcmp(bid, id))
        return errbuf_set(eb, -EINVAL, "drive_id '%s' in the body does not match '%s' in the URL",
                          bid, id);
    if ((err = check_id("drive_id", id, eb)))
        return err;
    const char *ct = get_str(body, "cache_type"), *io = get_str(body, "io_engine");
    if (ct && strcmp(ct, "Unsafe") && strcmp(ct, "Writeback"))
        return errbuf_set(eb, -EINVAL, "drive.cache_type '%s' (Unsafe or Writeback)", ct);
    if (io && strcmp(io, "Sync") && strcmp(io, "Async"))
        return errbuf_set(eb, -EINVAL, "drive.io_engine '%s' (Sync or Async)", io);
    const char *serial = get_str(body, "serial");
    if (serial && strlen(serial) > 20)
        return errbuf_set(eb, -EINVAL, "drive.serial is longer than 20 characters");
    bool ro = get_bool(body, "is_read_only");
    if ((err = check_file("drive.path_on_host", get_str(body, "path_on_host"),
                          ro ? R_OK : R_OK | W_OK, eb)))
        return err;
    long at = find_by(c->drives, "drive_id", id);
    if (at < 0 && json_array_size(c->drives) == VM_MAX_DISKS)
        return errbuf_set(eb, -EINVAL, "at most %d drives", VM_MAX_DISKS);
    if (get_bool(body, "is_root_device")) {
        size_t i;
        const json_t *d;
        json_array_foreach(c->drives, i, d)
        {
            if (get_bool(d, "is_root_device") && (long)i != at)
                return errbuf_set(eb, -EINVAL, "drive '%s' is already the root device",
                                  get_str(d, "drive_id"));
        }
    }
    return 0;
}

int api_config_put_drive(struct api_config *c, const char *id, const json_t *body,
                         struct errbuf *eb)
{
    int err = check_drive(c, id, body, eb);
    if (err)
        return err;
    json_t *copy = json_deep_copy(body);
    if (!copy)
        return errbuf_set(eb, -ENOMEM, "out of memory");
    long at = find_by(c->drives, "drive_id", id);
    if (at >= 0)
        json_array_remove(c->drives, (size_t)at);
    /* The root device first: it is /dev/vda. */
    if (get_bool(copy, "is_root_device"))
        json_array_insert_new(c->drives, 0, copy);
    else if (at >= 0)
        json_array_insert_new(c->drives, (size_t)at, copy);
    else
        json_array_append_new(c->drives, copy);
    derive(c);
    return 0;
}

json_t *api_config_drive(const struct api_config *c, const char *id)
{
    long at = find_by(c->drives, "drive_id", id);
    return at < 0 ? NULL : json_array_get(c->drives, (size_t)at);
}

/* --- network interfaces --- */

static const struct field nic_fields[] = {
    { "iface_id", F_STRING, true, false },
    { "host_dev_name", F_STRING, false, true },
    { "guest_mac", F_STRING, false, true },
    { "hostfwd", F_STRINGS, false, true },
};

/* Build the `capa run --net` form and parse it with the same code (vm_net_parse). */
static int parse_nic(const json_t *body, unsigned index, struct vm_nic *nic, struct errbuf *eb)
{
    char arg[1024];
    const char *tap = get_str(body, "host_dev_name"), *mac = get_str(body, "guest_mac");
    const json_t *fwd = json_object_get(body, "hostfwd");
    if (tap && (!*tap || strlen(tap) > 15 || strchr(tap, ',') || strchr(tap, '/')))
        return errbuf_set(eb, -EINVAL, "network-interface.host_dev_name '%s' (1-15 characters)",
                          tap);
    if (tap && json_array_size(fwd))
        return errbuf_set(eb, -EINVAL,
                          "network-interface.hostfwd needs user-mode networking "
                          "(no host_dev_name)");
    int n = snprintf(arg, sizeof(arg), tap ? "tap=%s" : "user", tap);
    if (mac) {
        if (strchr(mac, ','))
            return errbuf_set(eb, -EINVAL, "invalid network-interface.guest_mac '%s'", mac);
        n += snprintf(arg + n, sizeof(arg) - (size_t)n, ",mac=%s", mac);
    }
    size_t i;
    const json_t *e;
    json_array_foreach(fwd, i, e)
    {
        const char *s = json_string_value(e);
        if (strchr(s, ',') || strlen(s) > 64)
            return errbuf_set(eb, -EINVAL, "invalid network-interface.hostfwd '%s'", s);
        n += snprintf(arg + n, sizeof(arg) - (size_t)n, ",hostfwd=%s", s);
    }
    struct errbuf neb = { "" };
    if (vm_net_parse(arg, index, nic, &neb))
        return errbuf_set(eb, -EINVAL, "network-interface: %s", neb.msg);
    return 0;
}

int api_config_put_nic(struct api_config *c, const char *id, const json_t *body, struct errbuf *eb)
{
    int err = check_fields(body, "network-interface", nic_fields, 4, eb);
    if (err)
        return err;
    const char *bid = get_str(body, "iface_id");
    if (strcmp(bid, id))
        return errbuf_set(eb, -EINVAL, "iface_id '%s' in the body does not match '%s' in the URL",
                          bid, id);
    if ((err = check_id("iface_id", id, eb)))
        return err;
    long at = find_by(c->nics, "iface_id", id);
    if (at < 0 && json_array_size(c->nics) == VM_MAX_NICS)
        return errbuf_set(eb, -EINVAL, "at most %d network interfaces", VM_MAX_NICS);
    unsigned index = at < 0 ? (unsigned)json_array_size(c->nics) : (unsigned)at;
    struct vm_nic nic;
    if ((err = parse_nic(body, index, &nic, eb)))
        return err;
    json_t *copy = json_deep_copy(body);
    if (!copy)
        return errbuf_set(eb, -ENOMEM, "out of memory");
    if (at >= 0)
        json_array_set_new(c->nics, (size_t)at, copy);
    else
        json_array_append_new(c->nics, copy);
    c->vm.nics[index] = nic;
    c->vm.nr_nics = (unsigned)json_array_size(c->nics);
    return 0;
}

json_t *api_config_nic(const struct api_config *c, const char *id)
{
    long at = find_by(c->nics, "iface_id", id);
    return at < 0 ? NULL : json_array_get(c->nics, (size_t)at);
}

/* --- entropy (Firecracker's virtio-rng) --- */

int api_config_put_entropy(struct api_config *c, const json_t *body, struct errbuf *eb)
{
    int err = check_fields(body, "entropy", NULL, 0, eb);
    if (err)
        return err;
    if (!c->entropy && !(c->entropy = json_object()))
        return errbuf_set(eb, -ENOMEM, "out of memory");
    derive(c);
    return 0;
}

/* --- the whole file --- */

static const struct field top_fields[] = {
    { "boot-source", F_OBJECT, false, false }, { "machine-config", F_OBJECT, false, false },
    { "drives", F_OBJECT, false, false },      { "network-interfaces", F_OBJECT, false, false },
    { "entropy", F_OBJECT, false, true },
};

static int load_array(struct api_config *c, const json_t *arr, const char *what, const char *idkey,
                      struct errbuf *eb)
{
    if (!arr)
        return 0;
    if (!json_is_array(arr))
        return errbuf_set(eb, -EINVAL, "%s must be an array", what);
    size_t i;
    const json_t *e;
    json_array_foreach(arr, i, e)
    {
        const char *id = get_str(e, idkey);
        if (!json_is_object(e) || !id)
            return errbuf_set(eb, -EINVAL, "%s[%zu] must be an object with a string '%s'", what, i,
                              idkey);
        if (!strcmp(what, "drives") ? api_config_drive(c, id) : api_config_nic(c, id))
            return errbuf_set(eb, -EINVAL, "%s: '%s' appears twice", what, id);
        int err = !strcmp(what, "drives") ? api_config_put_drive(c, id, e, eb)
                                          : api_config_put_nic(c, id, e, eb);
        if (err)
            return err;
    }
    return 0;
}

/* Into a fresh config first, so that an error leaves c as it was. */
int api_config_load(struct api_config *c, const json_t *doc, struct errbuf *eb)
{
    /* The arrays are checked by load_array; the table lists them as objects only for the
     * unknown-field check, so take them out of the type check. */
    json_t *shallow = json_copy((json_t *)doc);
    if (!shallow)
        return errbuf_set(eb, -EINVAL, "the configuration must be a JSON object");
    json_object_del(shallow, "drives");
    json_object_del(shallow, "network-interfaces");
    int err = check_fields(shallow, "the configuration", top_fields, 5, eb);
    json_decref(shallow);
    if (err)
        return err;
    struct api_config n;
    if (api_config_init(&n))
        return errbuf_set(eb, -ENOMEM, "out of memory");
    n.vm = c->vm; /* the caller's fields (id, console) */
    n.vm.nr_nics = 0;
    derive(&n);
    const json_t *v;
    json_t *m = NULL;
    if ((v = json_object_get(doc, "machine-config"))) {
        err = api_config_machine_merge(&n, v, false, &m, eb);
        if (!err)
            api_config_set_machine(&n, m);
    }
    if (!err && (v = json_object_get(doc, "boot-source")))
        err = api_config_put_boot_source(&n, v, eb);
    if (!err)
        err = load_array(&n, json_object_get(doc, "drives"), "drives", "drive_id", eb);
    if (!err)
        err = load_array(&n, json_object_get(doc, "network-interfaces"), "network-interfaces",
                         "iface_id", eb);
    if (!err && (v = json_object_get(doc, "entropy")) && !json_is_null(v))
        err = api_config_put_entropy(&n, v, eb);
    if (err) {
        api_config_fini(&n);
        return err;
    }
    api_config_fini(c);
    *c = n;
    derive(c); /* c->append moved: re-point the command line */
    return 0;
}

int api_config_load_file(struct api_config *c, const char *path, struct errbuf *eb)
{
    json_error_t je;
    json_t *doc = json_load_file(path, JSON_REJECT_DUPLICATES, &je);
    if (!doc)
        return errbuf_set(eb, -EINVAL, "%s: line %d, column %d: %s", path, je.line, je.column,
                          je.text);
    int err = api_config_load(c, doc, eb);
    json_decref(doc);
    if (err) {
        char msg[sizeof(eb->msg)];
        snprintf(msg, sizeof(msg), "%s", eb->msg);
        errbuf_set(eb, err, "%s: %s", path, msg);
    }
    return err;
}

json_t *api_config_to_json(const struct api_config *c)
{
    json_t *j = json_pack("{s:O, s:O, s:O}", "machine-config", c->machine, "drives", c->drives,
                          "network-interfaces", c->nics);
    if (j && c->boot_source)
        json_object_set(j, "boot-source", c->boot_source);
    if (j && c->entropy)
        json_object_set(j, "entropy", c->entropy);
    return j;
}
