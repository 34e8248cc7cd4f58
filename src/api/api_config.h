/* A VM's configuration as JSON, laid out like Firecracker's: the same parser reads a
 * `--config-file` and the bodies of PUT/PATCH requests. The validated JSON objects are kept
 * (they are what GET answers) and struct vm_config is derived from them, its strings pointing
 * into them.
 *
 *   {"boot-source": {"kernel_image_path", "initrd_path"?, "boot_args"?},
 *    "machine-config": {"vcpu_count", "mem_size_mib", "smt"?, "cpu_weight"?, "cpu_max_percent"?},
 *    "drives": [{"drive_id", "path_on_host", "is_root_device"?, "is_read_only"?, "cache_type"?,
 *                "io_engine"?, "direct"?, "serial"?}],
 *    "network-interfaces": [{"iface_id", "host_dev_name"?, "guest_mac"?, "hostfwd"?}],
 *    "entropy": {}}
 *
 * Every error (malformed JSON, an unknown field, a wrong type, a value out of range, a file that
 * is not there) is -EINVAL (or -errno) with a one-line message naming the field, and leaves the
 * configuration as it was. Not thread-safe: one caller at a time (the API thread, or main before
 * it starts). */
#ifndef CAPA_API_API_CONFIG_H
#define CAPA_API_API_CONFIG_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>

#include "vm/vm.h"

#define API_MEM_MIN_MIB   16
#define API_MEM_MAX_MIB   65536
#define API_BOOT_ARGS_MAX 2048
#define API_DEFAULT_ARGS  "console=ttyS0"

struct api_config {
    struct vm_config vm; /* derived; id and console fields are the caller's and kept */
    json_t *boot_source; /* NULL until set */
    json_t *machine;     /* always set (defaults: 1 vCPU, 256 MiB) */
    json_t *drives;      /* array, root device first */
    json_t *nics;        /* array */
    json_t *entropy;     /* NULL or {} */
    char append[API_BOOT_ARGS_MAX + 64];
};

/* Defaults. 0 or -ENOMEM. */
int api_config_init(struct api_config *c);
void api_config_fini(struct api_config *c);

/* Parse text as a JSON object (duplicate keys refused). 0 or -EINVAL with jansson's line and
 * column; *out is a new reference. */
int api_json_parse(const char *text, size_t len, json_t **out, struct errbuf *eb);

/* Load a whole configuration (the --config-file layout); all or nothing. */
int api_config_load(struct api_config *c, const json_t *doc, struct errbuf *eb);
int api_config_load_file(struct api_config *c, const char *path, struct errbuf *eb);

/* The PUT bodies. */
int api_config_put_boot_source(struct api_config *c, const json_t *body, struct errbuf *eb);
int api_config_put_drive(struct api_config *c, const char *id, const json_t *body,
                         struct errbuf *eb);
int api_config_put_nic(struct api_config *c, const char *id, const json_t *body, struct errbuf *eb);
int api_config_put_entropy(struct api_config *c, const json_t *body, struct errbuf *eb);

/* machine-config: PUT (vcpu_count and mem_size_mib required, the rest defaults) or PATCH (only
 * the fields given change). Validates and returns the resulting object in *out (a new reference)
 * without storing it; api_config_set_machine stores it. */
int api_config_machine_merge(const struct api_config *c, const json_t *body, bool patch,
                             json_t **out, struct errbuf *eb);
void api_config_set_machine(struct api_config *c, json_t *machine);

/* True when body has only the fields that may change while the VM runs (cpu_weight,
 * cpu_max_percent). */
bool api_config_machine_live_only(const json_t *body);

/* Lookups for GET (borrowed references, NULL when absent). */
json_t *api_config_drive(const struct api_config *c, const char *id);
json_t *api_config_nic(const struct api_config *c, const char *id);

/* The whole configuration in the --config-file layout (a new reference). */
json_t *api_config_to_json(const struct api_config *c);

#endif
