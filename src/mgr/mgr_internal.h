/* Inside the manager: the registry on disk, VMM processes, and the state query. */
#ifndef CAPA_MGR_MGR_INTERNAL_H
#define CAPA_MGR_MGR_INTERNAL_H

#include <jansson.h>
#include <stdbool.h>
#include <stdint.h>

#include "mgr/mgr.h"

/* How long one API request may take before the VMM counts as unresponsive. */
#define MGR_API_TIMEOUT_S 5.0

/* A VMM process: the pid and its start time (field 22 of /proc/PID/stat), so that a pid reused
 * by an unrelated process never reads as our VMM. */
struct vmm_proc {
    int pid;
    unsigned long long start;
};

/* STATE_DIR/NAME[/file] into out; -ENAMETOOLONG (with a message) when it does not fit. A Unix
 * socket path must also fit sockaddr_un, which vm_path checks for names ending in ".sock". */
int vm_path(const struct mgr *m, const char *name, const char *file, char *out, size_t len,
            struct errbuf *eb);

/* Open and flock (exclusive) the VM's directory; *fd is the lock (close it to unlock).
 * -ENOENT ("no such VM") when the directory does not exist or was removed while waiting. */
int vm_lock(const struct mgr *m, const char *name, int *fd, struct errbuf *eb);

/* The VMM recorded in vmm.pid (pid 0 when none). */
void vmm_proc_load(const struct mgr *m, const char *name, struct vmm_proc *p);
int vmm_proc_save(const struct mgr *m, const char *name, const struct vmm_proc *p,
                  struct errbuf *eb);
/* The process exists, is not a zombie, and started when recorded. */
bool vmm_proc_alive(const struct vmm_proc *p);
/* Fill p->start for a fresh pid (0 on success). */
int vmm_proc_identify(struct vmm_proc *p);
/* Wait up to timeout_s for the process to go away; true if it did. */
bool vmm_proc_wait_gone(const struct vmm_proc *p, double timeout_s);

/* /proc/PID/stat: utime + stime in clock ticks; /proc/PID/status: VmRSS. 0 when unknown. */
uint64_t proc_cpu_ticks(int pid);
uint64_t proc_rss_kib(int pid);

/* Remove a VM directory (flat: its files, then itself). */
int vm_dir_remove(const char *dir, struct errbuf *eb);

/* Write a whole file (mode 0600), atomically through a temporary name. */
int write_file(const char *path, const void *data, size_t len, struct errbuf *eb);
/* Read a whole file (NUL-terminated, malloc'd); -errno. */
int read_file(const char *path, char **data, size_t *len);

/* Start `capa vmm` detached (double fork, new session, stdio to vmm.log) for the VM, with
 * --no-start, from working directory cwd (relative paths in the config resolve there). */
int vmm_spawn(const struct mgr *m, const char *name, const char *cwd, struct vmm_proc *p,
              struct errbuf *eb);
/* Wait until a freshly spawned VMM answers GET /; if it exits first, the error is the last
 * line of its vmm.log. */
int vmm_wait_ready(const struct mgr *m, const char *name, const struct vmm_proc *p,
                   struct errbuf *eb);

/* The current state of a VM (its lock need not be held). *vmm, if given, receives the VMM's
 * GET / document when it answered (json_decref it). */
struct vm_status {
    enum mgr_state state;
    struct vmm_proc proc;
    json_t *vmm;
};
void vm_status_query(const struct mgr *m, const char *name, struct vm_status *st);
void vm_status_fini(struct vm_status *st);

/* Does the VM's directory exist? */
bool vm_exists(const struct mgr *m, const char *name);

#endif
