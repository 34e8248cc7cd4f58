/* The management subcommands: create, start, ls, pause, resume, stop, kill, console, inspect,
 * rm. Each parses its arguments, builds a vm_action (or asks for a view) and prints the result;
 * the work is in src/mgr. */
#include <errno.h>
#include <getopt.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/parse.h"
#include "cli/cli.h"
#include "mgr/mgr.h"

struct mgr_cmd {
    const char *name, *args, *help;
    int (*fn)(struct mgr *m, int argc, char **argv);
};

static const struct mgr_cmd *find_cmd(const char *name);

static void cmd_usage(FILE *f, const struct mgr_cmd *c)
{
    fprintf(f, "usage: capa %s %s\n  %s\n", c->name, c->args, c->help);
}

/* Options common to every subcommand: --help, plus the ones in extra. Returns the option
 * character, -1 at the end, or 0 after printing usage/help (*status set). */
static int next_opt(int argc, char **argv, const struct option *extra, int *status)
{
    static struct option opts[8];
    unsigned n = 0;
    for (; extra && extra[n].name; n++)
        opts[n] = extra[n];
    opts[n++] = (struct option){ "help", no_argument, NULL, 'h' };
    opts[n] = (struct option){ 0 };
    const struct mgr_cmd *c = find_cmd(argv[0]);
    int ch = getopt_long(argc, argv, "", opts, NULL);
    if (ch == 'h') {
        cmd_usage(stdout, c);
        *status = 0;
        return 0;
    }
    if (ch == '?') {
        cmd_usage(stderr, c);
        *status = CLI_EXIT_USAGE;
        return 0;
    }
    return ch;
}

/* Exactly one NAME operand after the options; checked for syntax (a bad name is a usage
 * error, exit 2). */
static const char *one_name(int argc, char **argv, int *status)
{
    const struct mgr_cmd *c = find_cmd(argv[0]);
    if (optind != argc - 1) {
        fprintf(stderr, "capa %s: expected one VM name\n", c->name);
        cmd_usage(stderr, c);
        *status = CLI_EXIT_USAGE;
        return NULL;
    }
    struct errbuf eb;
    if (mgr_check_name(argv[optind], &eb)) {
        fprintf(stderr, "capa %s: %s\n", c->name, eb.msg);
        *status = CLI_EXIT_USAGE;
        return NULL;
    }
    return argv[optind];
}

static int report(const char *cmd, int err, const struct errbuf *eb)
{
    if (!err)
        return 0;
    fprintf(stderr, "capa %s: %s\n", cmd, eb->msg);
    return CLI_EXIT_FAIL;
}

static int do_action(struct mgr *m, const struct vm_action *a, const char *cmd, struct vm_result *r)
{
    struct errbuf eb;
    return report(cmd, mgr_dispatch(m, a, r, &eb), &eb);
}

static int cmd_create(struct mgr *m, int argc, char **argv)
{
    static const struct option opts[] = { { "config", required_argument, NULL, 'c' }, { 0 } };
    struct vm_action a = { .type = VM_ACTION_CREATE };
    int ch, status = 0;
    while ((ch = next_opt(argc, argv, opts, &status)) > 0)
        a.config_path = optarg;
    if (ch == 0 || !(a.name = one_name(argc, argv, &status)))
        return status;
    if (!a.config_path) {
        fprintf(stderr, "capa create: --config FILE is required\n");
        return CLI_EXIT_USAGE;
    }
    struct vm_result r;
    int st = do_action(m, &a, "create", &r);
    if (!st)
        printf("%s: created (VMM pid %d; capa start %s boots it)\n", a.name, r.pid, a.name);
    return st;
}

/* The subcommands that take only a NAME: start, pause, resume, kill. */
static int simple_action(struct mgr *m, int argc, char **argv, enum vm_action_type type)
{
    struct vm_action a = { .type = type };
    int ch, status = 0;
    while ((ch = next_opt(argc, argv, NULL, &status)) > 0)
        ;
    if (ch == 0 || !(a.name = one_name(argc, argv, &status)))
        return status;
    struct vm_result r;
    int st = do_action(m, &a, argv[0], &r);
    if (!st)
        printf("%s: %s\n", a.name, type == VM_ACTION_KILL ? "killed" : mgr_state_name(r.state));
    return st;
}

static int cmd_start(struct mgr *m, int argc, char **argv)
{
    return simple_action(m, argc, argv, VM_ACTION_START);
}

static int cmd_pause(struct mgr *m, int argc, char **argv)
{
    return simple_action(m, argc, argv, VM_ACTION_PAUSE);
}

static int cmd_resume(struct mgr *m, int argc, char **argv)
{
    return simple_action(m, argc, argv, VM_ACTION_RESUME);
}

static int cmd_kill(struct mgr *m, int argc, char **argv)
{
    return simple_action(m, argc, argv, VM_ACTION_KILL);
}

static int cmd_stop(struct mgr *m, int argc, char **argv)
{
    static const struct option opts[] = { { "timeout", required_argument, NULL, 't' }, { 0 } };
    struct vm_action a = { .type = VM_ACTION_STOP, .timeout_s = 30 };
    int ch, status = 0;
    while ((ch = next_opt(argc, argv, opts, &status)) > 0)
        if (parse_seconds(optarg, &a.timeout_s)) {
            fprintf(stderr, "capa stop: invalid --timeout '%s' (seconds)\n", optarg);
            return CLI_EXIT_USAGE;
        }
    if (ch == 0 || !(a.name = one_name(argc, argv, &status)))
        return status;
    struct vm_result r;
    int st = do_action(m, &a, "stop", &r);
    if (!st && r.stop == STOP_TIMED_OUT)
        printf("%s: stopped (killed: the guest did not power off within %g s)\n", a.name,
               a.timeout_s);
    else if (!st && r.stop == STOP_NOT_BOOTED)
        printf("%s: stopped (it was never booted)\n", a.name);
    else if (!st && r.stop == STOP_NO_ANSWER)
        printf("%s: stopped (killed: its VMM did not take the power button)\n", a.name);
    else if (!st)
        printf("%s: stopped (the guest powered off)\n", a.name);
    return st;
}

static int cmd_rm(struct mgr *m, int argc, char **argv)
{
    static const struct option opts[] = { { "force", no_argument, NULL, 'f' }, { 0 } };
    struct vm_action a = { .type = VM_ACTION_RM };
    int ch, status = 0;
    while ((ch = next_opt(argc, argv, opts, &status)) > 0)
        a.force = true;
    if (ch == 0 || !(a.name = one_name(argc, argv, &status)))
        return status;
    struct vm_result r;
    int st = do_action(m, &a, "rm", &r);
    if (!st)
        printf("%s: removed\n", a.name);
    return st;
}

static void fmt_uptime(char *b, size_t n, double s)
{
    unsigned long t = (unsigned long)s;
    if (s < 0)
        snprintf(b, n, "-");
    else if (t < 60)
        snprintf(b, n, "%lus", t);
    else if (t < 3600)
        snprintf(b, n, "%lum%02lus", t / 60, t % 60);
    else if (t < 86400)
        snprintf(b, n, "%luh%02lum", t / 3600, t / 60 % 60);
    else
        snprintf(b, n, "%lud%02luh", t / 86400, t / 3600 % 24);
}

static void fmt_kib(char *b, size_t n, uint64_t kib)
{
    if (!kib)
        snprintf(b, n, "-");
    else if (kib < 1024)
        snprintf(b, n, "%lluK", (unsigned long long)kib);
    else if (kib < 1024 * 1024)
        snprintf(b, n, "%.1fM", (double)kib / 1024);
    else
        snprintf(b, n, "%.2fG", (double)kib / (1024 * 1024));
}

static void print_json_list(const struct vm_info *v, size_t n)
{
    json_t *arr = json_array();
    for (size_t i = 0; i < n; i++)
        json_array_append_new(
            arr,
            json_pack("{s:s, s:s, s:i, s:i, s:I, s:o, s:o, s:I}", "name", v[i].name, "state",
                      mgr_state_name(v[i].state), "pid", v[i].pid, "vcpus", (int)v[i].vcpus,
                      "mem_size_mib", (json_int_t)v[i].mem_mib, "uptime_s",
                      v[i].uptime_s < 0 ? json_null() : json_real(v[i].uptime_s), "cpu_percent",
                      v[i].cpu_percent < 0 ? json_null() : json_real(v[i].cpu_percent), "rss_kib",
                      (json_int_t)v[i].rss_kib));
    char *s = json_dumps(arr, JSON_INDENT(2));
    if (s)
        puts(s);
    free(s);
    json_decref(arr);
}

static int cmd_ls(struct mgr *m, int argc, char **argv)
{
    static const struct option opts[] = { { "json", no_argument, NULL, 'j' }, { 0 } };
    bool json = false;
    int ch, status = 0;
    while ((ch = next_opt(argc, argv, opts, &status)) > 0)
        json = true;
    if (ch == 0)
        return status;
    if (optind != argc) {
        cmd_usage(stderr, find_cmd("ls"));
        return CLI_EXIT_USAGE;
    }
    struct vm_info *v;
    size_t n;
    struct errbuf eb;
    if (mgr_list(m, 0.2, &v, &n, &eb))
        return report("ls", -1, &eb);
    if (json) {
        print_json_list(v, n);
        free(v);
        return 0;
    }
    int w = 4;
    for (size_t i = 0; i < n; i++)
        if ((int)strlen(v[i].name) > w)
            w = (int)strlen(v[i].name);
    printf("%-*s  %-12s %5s %7s %8s %6s %8s\n", w, "NAME", "STATE", "VCPUS", "MEM", "UPTIME",
           "CPU%", "RSS");
    for (size_t i = 0; i < n; i++) {
        char mem[24] = "-", up[24], cpu[24] = "-", rss[24];
        if (v[i].mem_mib)
            snprintf(mem, sizeof(mem), "%lluM", (unsigned long long)v[i].mem_mib);
        if (v[i].cpu_percent >= 0)
            snprintf(cpu, sizeof(cpu), "%.1f", v[i].cpu_percent);
        fmt_uptime(up, sizeof(up), v[i].uptime_s);
        fmt_kib(rss, sizeof(rss), v[i].rss_kib);
        printf("%-*s  %-12s %5u %7s %8s %6s %8s\n", w, v[i].name, mgr_state_name(v[i].state),
               v[i].vcpus, mem, up, cpu, rss);
    }
    free(v);
    return 0;
}

static int cmd_inspect(struct mgr *m, int argc, char **argv)
{
    int ch, status = 0;
    while ((ch = next_opt(argc, argv, NULL, &status)) > 0)
        ;
    const char *name;
    if (ch == 0 || !(name = one_name(argc, argv, &status)))
        return status;
    char *text;
    struct errbuf eb;
    int err = mgr_inspect(m, name, &text, &eb);
    if (err)
        return report("inspect", err, &eb);
    puts(text);
    free(text);
    return 0;
}

static int cmd_console(struct mgr *m, int argc, char **argv)
{
    int ch, status = 0;
    while ((ch = next_opt(argc, argv, NULL, &status)) > 0)
        ;
    const char *name;
    if (ch == 0 || !(name = one_name(argc, argv, &status)))
        return status;
    return cli_console(m, name);
}

static const struct mgr_cmd cmds[] = {
    { "create", "NAME --config FILE",
      "create a VM from a Firecracker-style JSON config; its VMM starts, the guest does not",
      cmd_create },
    { "start", "NAME", "boot a created VM, or restart a stopped one", cmd_start },
    { "ls", "[--json]", "list VMs: name, state, vCPUs, memory, uptime, host CPU% and RSS", cmd_ls },
    { "pause", "NAME", "pause a running VM (its vCPUs stop; no host CPU used)", cmd_pause },
    { "resume", "NAME", "resume a paused VM", cmd_resume },
    { "stop", "NAME [--timeout SEC]",
      "press the guest's power button; kill it if it is still up after SEC s (default 30)",
      cmd_stop },
    { "kill", "NAME", "stop a VM at once (no guest shutdown)", cmd_kill },
    { "console", "NAME", "attach to the serial console (Ctrl-A d detaches, the VM keeps running)",
      cmd_console },
    { "inspect", "NAME", "print a VM's configuration, state and metrics as JSON", cmd_inspect },
    { "rm", "NAME [--force]", "remove a stopped VM (--force: kill it first)", cmd_rm },
};

static const struct mgr_cmd *find_cmd(const char *name)
{
    for (size_t i = 0; i < sizeof(cmds) / sizeof(cmds[0]); i++)
        if (!strcmp(cmds[i].name, name))
            return &cmds[i];
    return NULL;
}

bool cli_mgr_has(const char *cmd)
{
    return find_cmd(cmd) != NULL;
}

void cli_mgr_usage(FILE *f)
{
    for (size_t i = 0; i < sizeof(cmds) / sizeof(cmds[0]); i++) {
        char head[64];
        snprintf(head, sizeof(head), "%s %s", cmds[i].name, cmds[i].args);
        fprintf(f, "  %-28s%s\n", head, cmds[i].help);
    }
}

int cli_mgr(int argc, char **argv)
{
    const struct mgr_cmd *c = find_cmd(argv[0]);
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
    if (n <= 0) {
        fprintf(stderr, "capa: cannot find the capa binary: %s\n", strerror(errno));
        return CLI_EXIT_FAIL;
    }
    exe[n] = '\0';
    struct mgr m;
    struct errbuf eb;
    optind = 1;
    /* --help works without a state directory. */
    for (int i = 1; i < argc; i++)
        if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
            cmd_usage(stdout, c);
            return 0;
        }
    if (mgr_init(&m, exe, &eb)) {
        fprintf(stderr, "capa %s: %s\n", c->name, eb.msg);
        return CLI_EXIT_FAIL;
    }
    return c->fn(&m, argc, argv);
}
