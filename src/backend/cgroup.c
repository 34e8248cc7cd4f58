#include "backend/cgroup.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define CPU_PERIOD_US 100000

int cgroup_name_valid(const char *name)
{
    size_t n = strlen(name);
    if (n == 0 || n > CGROUP_NAME_MAX || !strcmp(name, ".") || !strcmp(name, ".."))
        return 0;
    for (size_t i = 0; i < n; i++) {
        char c = name[i];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '_' || c == '-' || c == '.'))
            return 0;
    }
    return 1;
}

/* Write s to path (one write: cgroup files take a value per write). 0 or -errno. */
static int write_file(const char *path, const char *s)
{
    int fd = open(path, O_WRONLY | O_CLOEXEC);
    if (fd < 0)
        return -errno;
    ssize_t n = write(fd, s, strlen(s));
    int err = n < 0 ? -errno : (size_t)n != strlen(s) ? -EIO : 0;
    close(fd);
    return err;
}

static int read_file(const char *path, char *buf, size_t len)
{
    FILE *f = fopen(path, "re");
    if (!f)
        return -errno;
    size_t n = fread(buf, 1, len - 1, f);
    buf[n] = '\0';
    fclose(f);
    return 0;
}

/* Does the whitespace-separated list contain word? */
static int has_word(const char *list, const char *word)
{
    size_t wl = strlen(word);
    for (const char *p = list; (p = strstr(p, word)); p += wl)
        if ((p == list || p[-1] == ' ' || p[-1] == ',' || p[-1] == ':') &&
            (p[wl] == '\0' || p[wl] == ' ' || p[wl] == '\n' || p[wl] == ','))
            return 1;
    return 0;
}

/* This process's cgroup path in the v2 hierarchy ("0::/x") or in the v1 hierarchy with the cpu
 * controller ("N:cpu,cpuacct:/x"), from /proc/self/cgroup. */
static int own_cgroup(int version, char *out, size_t len)
{
    FILE *f = fopen("/proc/self/cgroup", "re");
    if (!f)
        return -errno;
    char line[1024];
    int err = -ENOENT;
    while (fgets(line, sizeof(line), f)) {
        char *c1 = strchr(line, ':'), *c2 = c1 ? strchr(c1 + 1, ':') : NULL;
        if (!c2)
            continue;
        *c2 = '\0';
        line[strcspn(line, ":")] = '\0';
        int match = version == 2 ? !strcmp(line, "0") && c2 == c1 + 1 : has_word(c1 + 1, "cpu");
        if (match) {
            c2[1 + strcspn(c2 + 1, "\n")] = '\0';
            snprintf(out, len, "%s", c2 + 1);
            err = 0;
            break;
        }
    }
    fclose(f);
    return err;
}

/* Find a usable hierarchy: its mount point and version. */
static int find_mount(char *mnt, size_t len, int *version)
{
    static const char *const v2[] = { "/sys/fs/cgroup", "/sys/fs/cgroup/unified" };
    static const char *const v1[] = { "/sys/fs/cgroup/cpu", "/sys/fs/cgroup/cpu,cpuacct" };
    char path[PATH_MAX + 32], buf[512];
    for (unsigned i = 0; i < 2; i++) {
        snprintf(path, sizeof(path), "%s/cgroup.controllers", v2[i]);
        if (!read_file(path, buf, sizeof(buf)) && has_word(buf, "cpu")) {
            snprintf(mnt, len, "%s", v2[i]);
            *version = 2;
            return 0;
        }
    }
    for (unsigned i = 0; i < 2; i++) {
        snprintf(path, sizeof(path), "%s/cpu.shares", v1[i]);
        if (!access(path, F_OK)) {
            snprintf(mnt, len, "%s", v1[i]);
            *version = 1;
            return 0;
        }
    }
    return -ENOENT;
}

/* Has process pid exited? A zombie has (it left its cgroups): one killed VMM may wait long for
 * the init that adopted it to reap it. */
static bool pid_gone(long pid)
{
    if (kill((pid_t)pid, 0) < 0)
        return errno == ESRCH;
    char path[64], buf[512];
    snprintf(path, sizeof(path), "/proc/%ld/stat", pid);
    if (read_file(path, buf, sizeof(buf)))
        return false;
    const char *end = strrchr(buf, ')'); /* the state follows the command name */
    return end && end[1] == ' ' && (end[2] == 'Z' || end[2] == 'X');
}

/* Remove the cgroups of VMMs that are gone (SIGKILL gives them no chance to): those named
 * NAME.PID whose PID has exited. One in use cannot be removed (EBUSY) and stays. */
static void sweep_stale(const char *root)
{
    DIR *d = opendir(root);
    if (!d)
        return;
    struct dirent *e;
    while ((e = readdir(d))) {
        const char *dot = strrchr(e->d_name, '.');
        char *end;
        if (e->d_type != DT_DIR || !dot || dot == e->d_name || !dot[1])
            continue;
        long pid = strtol(dot + 1, &end, 10);
        if (*end || pid <= 0 || pid == getpid() || !pid_gone(pid))
            continue;
        char path[PATH_MAX];
        if (snprintf(path, sizeof(path), "%s/%s", root, e->d_name) < (int)sizeof(path))
            rmdir(path);
    }
    closedir(d);
}

int cgroup_create(struct cgroup *cg, const char *name, struct errbuf *eb)
{
    memset(cg, 0, sizeof(*cg));
    if (!cgroup_name_valid(name))
        return errbuf_set(eb, -EINVAL, "invalid cgroup name '%s'", name);
    char mnt[PATH_MAX / 2], own[PATH_MAX / 4], path[PATH_MAX + 32];
    if (find_mount(mnt, sizeof(mnt), &cg->version))
        return errbuf_set(eb, -ENOENT,
                          "no cgroup cpu controller (neither v2 with 'cpu' in "
                          "cgroup.controllers nor v1 at /sys/fs/cgroup/cpu)");
    int err = own_cgroup(cg->version, own, sizeof(own));
    if (err)
        return errbuf_set(eb, err, "cannot find this process's cgroup in /proc/self/cgroup");
    snprintf(cg->home_procs, sizeof(cg->home_procs), "%s%s/cgroup.procs", mnt,
             strcmp(own, "/") ? own : "");
    snprintf(path, sizeof(path), "%s/capa", mnt);
    if (mkdir(path, 0755) && errno != EEXIST) {
        int e = errno;
        return errbuf_set(eb, -e, "cannot create cgroup %s: %s", path, strerror(e));
    }
    if (cg->version == 2) {
        /* v2 hands a controller to children only when the parent enables it. */
        snprintf(path, sizeof(path), "%s/cgroup.subtree_control", mnt);
        err = write_file(path, "+cpu");
        if (!err) {
            snprintf(path, sizeof(path), "%s/capa/cgroup.subtree_control", mnt);
            err = write_file(path, "+cpu");
        }
        if (err)
            return errbuf_set(eb, err, "cannot enable the cpu controller in %s: %s", path,
                              strerror(-err));
    }
    snprintf(path, sizeof(path), "%s/capa", mnt);
    sweep_stale(path);
    snprintf(cg->dir, sizeof(cg->dir), "%s/capa/%s.%d", mnt, name, (int)getpid());
    if (mkdir(cg->dir, 0755)) {
        int e = errno;
        return errbuf_set(eb, -e, "cannot create cgroup %s: %s", cg->dir, strerror(e));
    }
    char pid[32];
    snprintf(pid, sizeof(pid), "%d", (int)getpid());
    snprintf(path, sizeof(path), "%s/cgroup.procs", cg->dir);
    err = write_file(path, pid); /* moves every thread of the process */
    if (err) {
        rmdir(cg->dir);
        return errbuf_set(eb, err, "cannot move into cgroup %s: %s", cg->dir, strerror(-err));
    }
    return 0;
}

int cgroup_set_cpu(struct cgroup *cg, unsigned weight, unsigned max_percent, struct errbuf *eb)
{
    char path[PATH_MAX + 32], val[64];
    int err;
    if (cg->version == 2) {
        snprintf(path, sizeof(path), "%s/cpu.weight", cg->dir);
        snprintf(val, sizeof(val), "%u", weight);
        err = write_file(path, val);
        if (!err) {
            snprintf(path, sizeof(path), "%s/cpu.max", cg->dir);
            if (max_percent)
                snprintf(val, sizeof(val), "%u %u", max_percent * (CPU_PERIOD_US / 100),
                         CPU_PERIOD_US);
            else
                snprintf(val, sizeof(val), "max %u", CPU_PERIOD_US);
            err = write_file(path, val);
        }
    } else {
        unsigned shares = weight * 1024 / 100;
        snprintf(path, sizeof(path), "%s/cpu.shares", cg->dir);
        snprintf(val, sizeof(val), "%u", shares < 2 ? 2 : shares); /* v1's minimum */
        err = write_file(path, val);
        if (!err) {
            snprintf(path, sizeof(path), "%s/cpu.cfs_period_us", cg->dir);
            snprintf(val, sizeof(val), "%u", CPU_PERIOD_US);
            err = write_file(path, val);
        }
        if (!err) {
            snprintf(path, sizeof(path), "%s/cpu.cfs_quota_us", cg->dir);
            if (max_percent)
                snprintf(val, sizeof(val), "%u", max_percent * (CPU_PERIOD_US / 100));
            else
                snprintf(val, sizeof(val), "-1");
            err = write_file(path, val);
        }
    }
    if (err)
        return errbuf_set(eb, err, "cannot write %s: %s", path, strerror(-err));
    return 0;
}

void cgroup_destroy(struct cgroup *cg)
{
    if (!cg->dir[0])
        return;
    char pid[32];
    snprintf(pid, sizeof(pid), "%d", (int)getpid());
    /* A cgroup with processes cannot be removed: go home first. */
    if (write_file(cg->home_procs, pid))
        log_warn("cannot leave cgroup %s", cg->dir);
    if (rmdir(cg->dir))
        log_warn("cannot remove cgroup %s: %s", cg->dir, strerror(errno));
    cg->dir[0] = '\0';
}
