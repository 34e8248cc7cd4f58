/* Detached VMM processes: spawning, waiting for their socket, asking their state. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "mgr/mgr_internal.h"
#include "mgr/vmm_client.h"

/* In the grandchild, between fork and exec: only async-signal-safe calls, then _exit. */
static void exec_vmm(char *const argv[], const char *cwd, const char *log)
{
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, NULL);
    signal(SIGPIPE, SIG_DFL);
    int null = open("/dev/null", O_RDONLY);
    int out = open(log, O_WRONLY | O_CREAT | O_APPEND, 0600);
    if (null < 0 || out < 0 || dup2(null, 0) < 0 || dup2(out, 1) < 0 || dup2(out, 2) < 0)
        _exit(127);
    if (cwd && chdir(cwd) < 0) {
        static const char msg[] = "capa: cannot enter the working directory of create\n";
        ssize_t r = write(2, msg, sizeof(msg) - 1);
        (void)r;
        _exit(127);
    }
    execv(argv[0], argv);
    static const char msg[] = "capa: cannot execute the capa binary\n";
    ssize_t r = write(2, msg, sizeof(msg) - 1);
    (void)r;
    _exit(127);
}

int vmm_spawn(const struct mgr *m, const char *name, const char *cwd, struct vmm_proc *p,
              struct errbuf *eb)
{
    char api[PATH_MAX], con[PATH_MAX], log[PATH_MAX], vlog[PATH_MAX], cfg[PATH_MAX];
    int err;
    if ((err = vm_path(m, name, "api.sock", api, sizeof(api), eb)) ||
        (err = vm_path(m, name, "console.sock", con, sizeof(con), eb)) ||
        (err = vm_path(m, name, "console.log", log, sizeof(log), eb)) ||
        (err = vm_path(m, name, "vmm.log", vlog, sizeof(vlog), eb)) ||
        (err = vm_path(m, name, "config.json", cfg, sizeof(cfg), eb)))
        return err;
    /* A dead VMM leaves its sockets behind; a fresh one must be able to bind. */
    unlink(api);
    unlink(con);
    char *argv[] = { (char *)m->vmm_exe,
                     "vmm",
                     "--api-sock",
                     api,
                     "--id",
                     (char *)name,
                     "--config-file",
                     cfg,
                     "--no-start",
                     "--console-sock",
                     con,
                     "--console-log",
                     log,
                     NULL };
    int pfd[2];
    if (pipe2(pfd, O_CLOEXEC) < 0)
        return errbuf_set(eb, -errno, "pipe: %s", strerror(errno));
    /* Double fork: the VMM is adopted by init (or a subreaper), outlives this command, and
     * setsid() takes it out of the terminal's session (no SIGHUP, no Ctrl-C). */
    pid_t child = fork();
    if (child < 0) {
        err = errbuf_set(eb, -errno, "fork: %s", strerror(errno));
        close(pfd[0]);
        close(pfd[1]);
        return err;
    }
    if (child == 0) {
        close(pfd[0]);
        setsid();
        pid_t vmm = fork();
        if (vmm == 0)
            exec_vmm(argv, cwd, vlog);
        ssize_t w = write(pfd[1], &vmm, sizeof(vmm));
        _exit(w == sizeof(vmm) && vmm > 0 ? 0 : 1);
    }
    close(pfd[1]);
    pid_t vmm = -1;
    ssize_t r;
    do
        r = read(pfd[0], &vmm, sizeof(vmm));
    while (r < 0 && errno == EINTR);
    close(pfd[0]);
    while (waitpid(child, NULL, 0) < 0 && errno == EINTR)
        ;
    if (r != sizeof(vmm) || vmm <= 0)
        return errbuf_set(eb, -EAGAIN, "cannot start the VMM process");
    p->pid = vmm;
    if (vmm_proc_identify(p)) /* exited already: vmm_wait_ready reports its log */
        p->start = 0;
    return 0;
}

/* The last non-empty line of vmm.log, which says why a VMM gave up. */
static void last_log_line(const struct mgr *m, const char *name, char *out, size_t len)
{
    char path[PATH_MAX], *data;
    snprintf(out, len, "(no message; see vmm.log)");
    if (vm_path(m, name, "vmm.log", path, sizeof(path), NULL) || read_file(path, &data, NULL))
        return;
    char *end = data + strlen(data);
    while (end > data && (end[-1] == '\n' || end[-1] == '\r' || end[-1] == ' '))
        *--end = '\0';
    char *line = strrchr(data, '\n');
    line = line ? line + 1 : data;
    if (*line)
        snprintf(out, len, "%s", line);
    free(data);
}

static double now_s(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + t.tv_nsec / 1e9;
}

int vmm_wait_ready(const struct mgr *m, const char *name, const struct vmm_proc *p,
                   struct errbuf *eb)
{
    char api[PATH_MAX];
    int err = vm_path(m, name, "api.sock", api, sizeof(api), eb);
    if (err)
        return err;
    double deadline = now_s() + m->start_timeout_s;
    struct timespec tick = { 0, 20 * 1000 * 1000 };
    for (;;) {
        if (!vmm_proc_alive(p)) {
            char line[200];
            last_log_line(m, name, line, sizeof(line));
            return errbuf_set(eb, -EINVAL, "the VMM exited: %s", line);
        }
        if (access(api, F_OK) == 0 && !vmm_call(api, "GET", "/", NULL, 2.0, NULL, NULL))
            return 0;
        if (now_s() > deadline)
            return errbuf_set(eb, -ETIMEDOUT, "the VMM did not answer on %s within %.0f s", api,
                              m->start_timeout_s);
        nanosleep(&tick, NULL);
    }
}

void vm_status_query(const struct mgr *m, const char *name, struct vm_status *st)
{
    *st = (struct vm_status){ .state = MGR_STATE_STOPPED };
    vmm_proc_load(m, name, &st->proc);
    if (!vmm_proc_alive(&st->proc)) {
        st->proc.pid = 0;
        return;
    }
    char api[PATH_MAX];
    json_t *j = NULL;
    if (vm_path(m, name, "api.sock", api, sizeof(api), NULL) ||
        vmm_call(api, "GET", "/", NULL, MGR_API_TIMEOUT_S, &j, NULL) || !json_is_object(j)) {
        json_decref(j);
        /* It may have exited between the two looks (a guest powering off). */
        st->state = vmm_proc_alive(&st->proc) ? MGR_STATE_UNRESPONSIVE : MGR_STATE_STOPPED;
        if (st->state == MGR_STATE_STOPPED)
            st->proc.pid = 0;
        return;
    }
    const char *s = json_string_value(json_object_get(j, "state"));
    if (s && !strcmp(s, "Running"))
        st->state = MGR_STATE_RUNNING;
    else if (s && !strcmp(s, "Paused"))
        st->state = MGR_STATE_PAUSED;
    else if (s && !strcmp(s, "Not started"))
        st->state = MGR_STATE_CREATED;
    else
        st->state = MGR_STATE_UNRESPONSIVE;
    st->vmm = j;
}

void vm_status_fini(struct vm_status *st)
{
    json_decref(st->vmm);
    st->vmm = NULL;
}
