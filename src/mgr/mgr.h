/* The VM manager: a registry of named VMs under a state directory, each one a detached
 * `capa vmm` process driven through its HTTP API socket. The manager runs no guest code.
 *
 * Layout: STATE_DIR/NAME/{config.json, meta.json, vmm.pid, vmm.log, api.sock, console.sock,
 * console.log}. STATE_DIR is $CAPA_STATE_DIR, else /run/capa for root, else
 * $XDG_RUNTIME_DIR/capa.
 *
 * Every mutating action holds an exclusive flock on the VM's directory, so concurrent `capa`
 * invocations on one name serialise; different names never wait on each other. The VMM process
 * is identified by its pid and its start time (so a reused pid is never mistaken for it); a VMM
 * that died (SIGKILL included) simply reads as "stopped" and blocks nothing.
 *
 * All functions run on the caller's thread (the CLI's main thread); no global state. */
#ifndef CAPA_MGR_MGR_H
#define CAPA_MGR_MGR_H

#include <limits.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/log.h"

#define VM_NAME_MAX 64

/* The states a user sees. created: VMM up, guest not started; stopped: no VMM process. */
enum mgr_state {
    MGR_STATE_CREATED,
    MGR_STATE_RUNNING,
    MGR_STATE_PAUSED,
    MGR_STATE_STOPPED,
    MGR_STATE_UNRESPONSIVE, /* the process lives but its API does not answer */
};

const char *mgr_state_name(enum mgr_state s);

struct mgr {
    char state_dir[PATH_MAX];
    char vmm_exe[PATH_MAX]; /* the capa binary, run as `capa vmm ...` */
    double start_timeout_s; /* how long a new VMM may take to answer on its socket */
};

/* Find (and create, mode 0700) the state directory. vmm_exe: path of the capa binary.
 * Returns 0 or -errno with a message. */
int mgr_init(struct mgr *m, const char *vmm_exe, struct errbuf *eb);

/* A name is [A-Za-z0-9][A-Za-z0-9_.-]{0,63} and not containing "..". Returns 0 or -EINVAL. */
int mgr_check_name(const char *name, struct errbuf *eb);

enum vm_action_type {
    VM_ACTION_CREATE, /* name, config_path: new directory + VMM started with --no-start */
    VM_ACTION_START,  /* created: InstanceStart; stopped: a fresh VMM, then InstanceStart */
    VM_ACTION_PAUSE,
    VM_ACTION_RESUME,
    VM_ACTION_STOP, /* power button, then SIGKILL after timeout_s */
    VM_ACTION_KILL,
    VM_ACTION_RM, /* force: kill a live VMM first */
};

struct vm_action {
    enum vm_action_type type;
    const char *name;
    const char *config_path;
    double timeout_s;
    bool force;
};

/* How STOP ended. */
enum stop_how {
    STOP_POWERED_OFF, /* the guest powered off after its power button */
    STOP_TIMED_OUT,   /* pressed, but still up after the timeout: killed */
    STOP_NOT_BOOTED,  /* created, never booted: nothing to power off, the VMM is ended */
    STOP_NO_ANSWER,   /* the VMM did not take the press (unresponsive): killed at once */
};

struct vm_result {
    enum mgr_state state; /* after the action */
    int pid;              /* the VMM's pid, 0 when none */
    enum stop_how stop;   /* STOP only */
};

/* The one entry point for lifecycle changes (the CLI builds a vm_action). An illegal
 * transition changes nothing and returns -EBUSY; an unknown name -ENOENT; a duplicate
 * -EEXIST; a bad config -EINVAL; each with a message in eb. */
int mgr_dispatch(struct mgr *m, const struct vm_action *a, struct vm_result *r, struct errbuf *eb);

struct vm_info {
    char name[VM_NAME_MAX + 1];
    enum mgr_state state;
    int pid;            /* 0 when stopped */
    unsigned vcpus;     /* 0 when unknown */
    uint64_t mem_mib;   /* 0 when unknown */
    double uptime_s;    /* < 0 when not running */
    double cpu_percent; /* host CPU of the VMM process; < 0 when unknown */
    uint64_t rss_kib;   /* host resident memory of the VMM process */
    uint64_t cpu_ticks; /* utime + stime (clock ticks), for sampling */
};

/* Every VM, sorted by name, with host CPU% sampled over sample_s seconds (0: no CPU%).
 * *out is malloc'd (free it). Returns 0 or -errno. */
int mgr_list(struct mgr *m, double sample_s, struct vm_info **out, size_t *n, struct errbuf *eb);

/* One VM's info (no CPU% sampling). -ENOENT if there is no such VM. */
int mgr_info(struct mgr *m, const char *name, struct vm_info *info, struct errbuf *eb);

/* A JSON document about one VM (config, state, pid, the VMM's own report and metrics, host
 * usage); *json is malloc'd. */
int mgr_inspect(struct mgr *m, const char *name, char **json, struct errbuf *eb);

/* The console socket path of a VM whose VMM is alive (-EBUSY if it is stopped). */
int mgr_console_path(struct mgr *m, const char *name, char *path, size_t len, struct errbuf *eb);

#endif
