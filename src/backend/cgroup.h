/* A cgroup of the VMM's own for CPU controls: weight and cap of one VM through the host's cgroup
 * cpu controller. The VMM process moves itself (all its threads: vCPUs, I/O, API) into it, so the
 * whole VM is weighed and capped as one, and leaves it when the VM ends.
 *
 *   cgroup v2 (the cpu controller enabled in the unified hierarchy, at /sys/fs/cgroup or
 *     /sys/fs/cgroup/unified): <mount>/capa/<name>.<pid>, with cpu.weight (1..10000, default 100)
 * and cpu.max ("quota period", period 100 ms; "max" = no cap). The controller is enabled in the
 *     subtree_control of <mount> and <mount>/capa on the way.
 *   cgroup v1 (the cpu controller at /sys/fs/cgroup/cpu or /sys/fs/cgroup/cpu,cpuacct):
 *     <mount>/capa/<name>.<pid>, with cpu.shares = weight * 1024 / 100 (v1's default 1024 = weight
 *     100) and cpu.cfs_quota_us / cpu.cfs_period_us (-1 = no cap).
 *
 * The pid makes the name unique even when VMs of one name run from different state directories;
 * the cgroups of VMMs that died without cleaning up are removed by the next cgroup_create.
 * v2 is preferred where its cpu controller is available. Neither works without write access to
 * the hierarchy (normally root or a delegated subtree); callers then run without limits or refuse
 * (vm_start). Setup and control threads only. */
#ifndef CAPA_BACKEND_CGROUP_H
#define CAPA_BACKEND_CGROUP_H

#include <limits.h>

#include "base/log.h"

#define CGROUP_NAME_MAX 64

struct cgroup {
    int version;               /* 1 or 2 */
    char dir[PATH_MAX];        /* the VM's cgroup */
    char home_procs[PATH_MAX]; /* cgroup.procs of the cgroup the process came from */
};

/* True when name can be a cgroup's (and a file's) name: 1-64 of [A-Za-z0-9_.-], not "." or "..". */
int cgroup_name_valid(const char *name);

/* Create the cgroup `name`.<pid> under capa's root and move this process into it (after removing
 * the cgroups of dead VMMs). 0 or -errno with a message. */
int cgroup_create(struct cgroup *cg, const char *name, struct errbuf *eb);

/* Set CPU weight (1..10000) and cap (percent of one CPU; 0 = none). 0 or -errno with a message. */
int cgroup_set_cpu(struct cgroup *cg, unsigned weight, unsigned max_percent, struct errbuf *eb);

/* Move the process back to where it came from and remove the cgroup. */
void cgroup_destroy(struct cgroup *cg);

#endif
