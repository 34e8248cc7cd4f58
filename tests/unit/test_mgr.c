/* Unit tests for src/mgr without a VMM: name rules, config errors that leave nothing behind, a
 * VMM that exits at once (create fails and cleans up), and a stale VM directory whose process is
 * gone (reads as stopped, refuses pause, can be removed). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check.h"
#include "mgr/mgr.h"

static char dir[] = "/tmp/capa-test-mgr-XXXXXX";

static void write_text(const char *path, const char *text)
{
    FILE *f = fopen(path, "w");
    if (f) {
        fputs(text, f);
        fclose(f);
    }
}

static int entries(void)
{
    char cmd[128];
    snprintf(cmd, sizeof(cmd), "test -z \"$(ls -A %s)\"", dir);
    return system(cmd) == 0 ? 0 : 1;
}

static void names(void)
{
    static const char *const good[] = { "a", "vm-1", "A.b_c", "9",
                                        "x123456789012345678901234567890123456789012345678901234"
                                        "567890123" };
    static const char *const bad[] = { "",
                                       "a/b",
                                       "..",
                                       "a..b",
                                       ".x",
                                       "-x",
                                       "_x",
                                       "a b",
                                       "é",
                                       "x1234567890123456789012345678901234567890123456789012345"
                                       "678901234" };
    for (unsigned i = 0; i < sizeof(good) / sizeof(good[0]); i++)
        CHECK_MSG(mgr_check_name(good[i], NULL) == 0, "good name '%s'", good[i]);
    for (unsigned i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
        CHECK_MSG(mgr_check_name(bad[i], NULL) == -EINVAL, "bad name '%s'", bad[i]);
}

static void create_errors(struct mgr *m)
{
    struct errbuf eb;
    struct vm_result r;
    char cfg[256];
    struct vm_action a = { .type = VM_ACTION_CREATE, .name = "vm", .config_path = "/nonexist" };
    CHECK_EQ(mgr_dispatch(m, &a, &r, &eb), -ENOENT);
    CHECK(strstr(eb.msg, "cannot read config"));
    snprintf(cfg, sizeof(cfg), "%s.json", dir);
    a.config_path = cfg;
    write_text(cfg, "{\"a\": [1,");
    CHECK_EQ(mgr_dispatch(m, &a, &r, &eb), -EINVAL);
    CHECK(strstr(eb.msg, "malformed JSON at line 1"));
    write_text(cfg, "\"str\"");
    CHECK_EQ(mgr_dispatch(m, &a, &r, &eb), -EINVAL);
    CHECK_EQ(entries(), 0);
    /* A VMM that exits at once (here: one that cannot run): the error names why, and the
     * directory is gone again. */
    write_text(cfg, "{}");
    snprintf(m->vmm_exe, sizeof(m->vmm_exe), "/nonexistent/capa");
    CHECK_EQ(mgr_dispatch(m, &a, &r, &eb), -EINVAL);
    CHECK_MSG(strstr(eb.msg, "VMM exited"), "msg: %s", eb.msg);
    CHECK_EQ(entries(), 0);
    a.name = "a/b";
    CHECK_EQ(mgr_dispatch(m, &a, &r, &eb), -EINVAL);
    unlink(cfg);
}

static void stale_vm(struct mgr *m)
{
    char path[4200];
    snprintf(path, sizeof(path), "%s/old", dir);
    CHECK_EQ(mkdir(path, 0700), 0);
    snprintf(path, sizeof(path), "%s/old/config.json", dir);
    write_text(path, "{\"machine-config\": {\"vcpu_count\": 2, \"mem_size_mib\": 96}}");
    /* Our own pid with a wrong start time: a reused pid must not count as the VMM. */
    snprintf(path, sizeof(path), "%s/old/vmm.pid", dir);
    char pid[64];
    snprintf(pid, sizeof(pid), "%d 1\n", (int)getpid());
    write_text(path, pid);
    struct vm_info info;
    struct errbuf eb;
    CHECK_EQ(mgr_info(m, "old", &info, &eb), 0);
    CHECK_EQ(info.state, MGR_STATE_STOPPED);
    CHECK_EQ(info.pid, 0);
    CHECK_EQ(info.vcpus, 2);
    CHECK_EQ(info.mem_mib, 96);
    struct vm_info *list;
    size_t n;
    CHECK_EQ(mgr_list(m, 0, &list, &n, &eb), 0);
    CHECK_EQ(n, 1);
    if (n == 1)
        CHECK(!strcmp(list[0].name, "old"));
    free(list);
    struct vm_result r;
    struct vm_action a = { .type = VM_ACTION_PAUSE, .name = "old" };
    CHECK_EQ(mgr_dispatch(m, &a, &r, &eb), -EBUSY);
    CHECK(strstr(eb.msg, "stopped"));
    a.type = VM_ACTION_KILL;
    CHECK_EQ(mgr_dispatch(m, &a, &r, &eb), -EBUSY);
    char *json;
    CHECK_EQ(mgr_inspect(m, "old", &json, &eb), 0);
    CHECK(strstr(json, "\"stopped\""));
    free(json);
    a.type = VM_ACTION_RM;
    CHECK_EQ(mgr_dispatch(m, &a, &r, &eb), 0);
    CHECK_EQ(entries(), 0);
    CHECK_EQ(mgr_dispatch(m, &a, &r, &eb), -ENOENT);
    CHECK(strstr(eb.msg, "no such VM 'old'"));
}

int main(void)
{
    if (!mkdtemp(dir))
        return 1;
    setenv("CAPA_STATE_DIR", dir, 1);
    unsetenv("CAPA_VMM");
    struct mgr m;
    struct errbuf eb;
    CHECK_EQ(mgr_init(&m, "/proc/self/exe", &eb), 0);
    names();
    create_errors(&m);
    stale_vm(&m);
    rmdir(dir);
    return check_report("mgr");
}
