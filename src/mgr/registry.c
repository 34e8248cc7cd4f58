/* The registry on disk: the state directory, VM names and directories, locks, pid files, and
 * what /proc says about a VMM process. */
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

#include "mgr/mgr_internal.h"

const char *mgr_state_name(enum mgr_state s)
{
    switch (s) {
    case MGR_STATE_CREATED: return "created";
    case MGR_STATE_RUNNING: return "running";
    case MGR_STATE_PAUSED: return "paused";
    case MGR_STATE_STOPPED: return "stopped";
    case MGR_STATE_UNRESPONSIVE: return "unresponsive";
    }
    return "?";
}

static int mkdir_p(char *path, struct errbuf *eb)
{
    for (char *p = path + 1;; p++) {
        if (*p != '/' && *p)
            continue;
        char c = *p;
        *p = '\0';
        int r = mkdir(path, 0700);
        *p = c;
        if (r && errno != EEXIST)
            return errbuf_set(eb, -errno, "cannot create state directory %s: %s", path,
                              strerror(errno));
        if (!c)
            return 0;
    }
}

int mgr_init(struct mgr *m, const char *vmm_exe, struct errbuf *eb)
{
    memset(m, 0, sizeof(*m));
    const char *env = getenv("CAPA_STATE_DIR");
    const char *xdg = getenv("XDG_RUNTIME_DIR");
    int n;
    if (env && *env)
        n = snprintf(m->state_dir, sizeof(m->state_dir), "%s", env);
    else if (geteuid() == 0)
        n = snprintf(m->state_dir, sizeof(m->state_dir), "/run/capa");
    else if (xdg && *xdg)
        n = snprintf(m->state_dir, sizeof(m->state_dir), "%s/capa", xdg);
    else
        return errbuf_set(eb, -EINVAL,
                          "no state directory: set XDG_RUNTIME_DIR (or CAPA_STATE_DIR)");
    if (n <= 0 || (size_t)n >= sizeof(m->state_dir) - VM_NAME_MAX - 32)
        return errbuf_set(eb, -ENAMETOOLONG, "state directory path too long");
    if (m->state_dir[0] != '/')
        return errbuf_set(eb, -EINVAL, "state directory %s must be an absolute path", m->state_dir);
    /* CAPA_VMM runs another VMM binary (a debug build, or one wrapped in a tool). */
    const char *vmm = getenv("CAPA_VMM");
    snprintf(m->vmm_exe, sizeof(m->vmm_exe), "%s", vmm && *vmm ? vmm : vmm_exe);
    m->start_timeout_s = 30; /* a VMM under ASan on a loaded machine is slow to come up */
    return mkdir_p(m->state_dir, eb);
}

int mgr_check_name(const char *name, struct errbuf *eb)
{
    size_t len = strlen(name);
    if (len == 0)
        return errbuf_set(eb, -EINVAL, "a VM name must not be empty");
    if (len > VM_NAME_MAX)
        return errbuf_set(eb, -EINVAL, "VM name too long (at most %d characters)", VM_NAME_MAX);
    if (!isalnum((unsigned char)name[0]))
        return errbuf_set(eb, -EINVAL,
                          "invalid VM name '%s': it must start with a letter or "
                          "digit",
                          name);
    for (const char *p = name; *p; p++)
        if (!isalnum((unsigned char)*p) && *p != '_' && *p != '.' && *p != '-')
            return errbuf_set(eb, -EINVAL,
                              "invalid VM name '%s': only letters, digits, '_', '.', '-'", name);
    if (strstr(name, ".."))
        return errbuf_set(eb, -EINVAL, "invalid VM name '%s': '..' is not allowed", name);
    return 0;
}

int vm_path(const struct mgr *m, const char *name, const char *file, char *out, size_t len,
            struct errbuf *eb)
{
    int n = file ? snprintf(out, len, "%s/%s/%s", m->state_dir, name, file)
                 : snprintf(out, len, "%s/%s", m->state_dir, name);
    size_t max = len;
    if (file && strstr(file, ".sock"))
        max = sizeof(((struct sockaddr_un *)0)->sun_path);
    if (n < 0 || (size_t)n >= max)
        return errbuf_set(eb, -ENAMETOOLONG,
                          "path %s/%s/%s is too long (choose a shorter "
                          "state directory or VM name)",
                          m->state_dir, name, file ? file : "");
    return 0;
}

bool vm_exists(const struct mgr *m, const char *name)
{
    char dir[PATH_MAX];
    struct stat st;
    return !vm_path(m, name, NULL, dir, sizeof(dir), NULL) && !stat(dir, &st) &&
           S_ISDIR(st.st_mode);
}

int vm_lock(const struct mgr *m, const char *name, int *fd, struct errbuf *eb)
{
    char dir[PATH_MAX];
    int err = vm_path(m, name, NULL, dir, sizeof(dir), eb);
    if (err)
        return err;
    for (;;) {
        int f = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (f < 0) {
            if (errno == ENOENT || errno == ENOTDIR)
                return errbuf_set(eb, -ENOENT, "no such VM '%s'", name);
            return errbuf_set(eb, -errno, "%s: %s", dir, strerror(errno));
        }
        while (flock(f, LOCK_EX) < 0)
            if (errno != EINTR) {
                err = errbuf_set(eb, -errno, "cannot lock %s: %s", dir, strerror(errno));
                close(f);
                return err;
            }
        /* While we waited, `rm` may have removed (and `create` re-made) the directory: the lock
         * counts only if the path still names the inode we locked. */
        struct stat a, b;
        if (fstat(f, &a) == 0 && stat(dir, &b) == 0 && a.st_ino == b.st_ino &&
            a.st_dev == b.st_dev) {
            *fd = f;
            return 0;
        }
        close(f);
        if (stat(dir, &b) < 0)
            return errbuf_set(eb, -ENOENT, "no such VM '%s'", name);
    }
}

void vmm_proc_load(const struct mgr *m, const char *name, struct vmm_proc *p)
{
    char path[PATH_MAX], *data;
    *p = (struct vmm_proc){ 0 };
    if (vm_path(m, name, "vmm.pid", path, sizeof(path), NULL) || read_file(path, &data, NULL))
        return;
    if (sscanf(data, "%d %llu", &p->pid, &p->start) != 2 || p->pid <= 0)
        *p = (struct vmm_proc){ 0 };
    free(data);
}

int vmm_proc_save(const struct mgr *m, const char *name, const struct vmm_proc *p,
                  struct errbuf *eb)
{
    char path[PATH_MAX], buf[64];
    int err = vm_path(m, name, "vmm.pid", path, sizeof(path), eb);
    if (err)
        return err;
    int n = snprintf(buf, sizeof(buf), "%d %llu\n", p->pid, p->start);
    return write_file(path, buf, (size_t)n, eb);
}

/* Fields of /proc/PID/stat after the command name (which may contain spaces and parens). */
static int proc_stat_fields(int pid, char *state, unsigned long long *start, uint64_t *ticks)
{
    char path[64], buf[1024];
    snprintf(path, sizeof(path), "/proc/%d/stat", pid);
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return -errno;
    ssize_t n = read(fd, buf, sizeof(buf) - 1);
    close(fd);
    if (n <= 0)
        return -EIO;
    buf[n] = '\0';
    char *p = strrchr(buf, ')');
    if (!p)
        return -EIO;
    unsigned long long utime, stime, st;
    char s;
    /* state(3) ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime(14)
     * stime(15) cutime cstime priority nice threads itrealvalue starttime(22) */
    if (sscanf(p + 1,
               " %c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %llu %llu %*d %*d %*d %*d "
               "%*d %*d %llu",
               &s, &utime, &stime, &st) != 4)
        return -EIO;
    if (state)
        *state = s;
    if (start)
        *start = st;
    if (ticks)
        *ticks = utime + stime;
    return 0;
}

int vmm_proc_identify(struct vmm_proc *p)
{
    return proc_stat_fields(p->pid, NULL, &p->start, NULL);
}

bool vmm_proc_alive(const struct vmm_proc *p)
{
    char s;
    unsigned long long start;
    if (p->pid <= 0 || proc_stat_fields(p->pid, &s, &start, NULL))
        return false;
    /* A zombie has exited: its parent (init, after our double fork) just has not reaped it. */
    return start == p->start && s != 'Z' && s != 'X';
}

bool vmm_proc_wait_gone(const struct vmm_proc *p, double timeout_s)
{
    struct timespec t0, now, tick = { 0, 20 * 1000 * 1000 };
    clock_gettime(CLOCK_MONOTONIC, &t0);
    for (;;) {
        if (!vmm_proc_alive(p))
            return true;
        clock_gettime(CLOCK_MONOTONIC, &now);
        if ((double)(now.tv_sec - t0.tv_sec) + (now.tv_nsec - t0.tv_nsec) / 1e9 >= timeout_s)
            return false;
        nanosleep(&tick, NULL);
    }
}

uint64_t proc_cpu_ticks(int pid)
{
    uint64_t t = 0;
    return pid > 0 && !proc_stat_fields(pid, NULL, NULL, &t) ? t : 0;
}

uint64_t proc_rss_kib(int pid)
{
    char path[64], line[256];
    snprintf(path, sizeof(path), "/proc/%d/status", pid);
    FILE *f = fopen(path, "re");
    uint64_t kib = 0;
    if (!f)
        return 0;
    while (fgets(line, sizeof(line), f))
        if (sscanf(line, "VmRSS: %" SCNu64, &kib) == 1)
            break;
    fclose(f);
    return kib;
}

int vm_dir_remove(const char *dir, struct errbuf *eb)
{
    DIR *d = opendir(dir);
    if (!d)
        return errbuf_set(eb, -errno, "%s: %s", dir, strerror(errno));
    int err = 0;
    for (struct dirent *e; (e = readdir(d));) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
            continue;
        if (unlinkat(dirfd(d), e->d_name, 0) < 0 && errno != ENOENT && !err)
            err =
                errbuf_set(eb, -errno, "cannot remove %s/%s: %s", dir, e->d_name, strerror(errno));
    }
    closedir(d);
    if (!err && rmdir(dir) < 0)
        err = errbuf_set(eb, -errno, "cannot remove %s: %s", dir, strerror(errno));
    return err;
}

int write_file(const char *path, const void *data, size_t len, struct errbuf *eb)
{
    char tmp[PATH_MAX + 8];
    snprintf(tmp, sizeof(tmp), "%s.tmp", path);
    int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        return errbuf_set(eb, -errno, "cannot write %s: %s", tmp, strerror(errno));
    const char *p = data;
    while (len) {
        ssize_t n = write(fd, p, len);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            int err = errbuf_set(eb, -errno, "cannot write %s: %s", tmp, strerror(errno));
            close(fd);
            unlink(tmp);
            return err;
        }
        p += n;
        len -= (size_t)n;
    }
    close(fd);
    if (rename(tmp, path) < 0) {
        int err = errbuf_set(eb, -errno, "cannot write %s: %s", path, strerror(errno));
        unlink(tmp);
        return err;
    }
    return 0;
}

int read_file(const char *path, char **data, size_t *len)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return -errno;
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap);
    for (;;) {
        if (!buf) {
            close(fd);
            return -ENOMEM;
        }
        if (n + 1 >= cap) {
            if (cap >= (64u << 20)) { /* a config or pid file; anything bigger is wrong */
                free(buf);
                close(fd);
                return -EFBIG;
            }
            char *nb = realloc(buf, cap *= 2);
            if (!nb)
                free(buf);
            buf = nb;
            continue;
        }
        ssize_t r = read(fd, buf + n, cap - n - 1);
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0) {
            int err = -errno;
            free(buf);
            close(fd);
            return err;
        }
        if (r == 0)
            break;
        n += (size_t)r;
    }
    close(fd);
    buf[n] = '\0';
    *data = buf;
    if (len)
        *len = n;
    return 0;
}
