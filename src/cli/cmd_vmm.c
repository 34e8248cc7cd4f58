/* `capa vmm`: one VM in this process, controlled through its API socket (src/api). This is what
 * the manager commands (`capa create/start/...`) start for each VM. */
#include <errno.h>
#include <getopt.h>
#include <pthread.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "api/api.h"
#include "backend/cgroup.h"
#include "backend/console_server.h"
#include "cli/cli.h"

static void vmm_usage(FILE *f)
{
    fprintf(
        f,
        "usage: capa vmm --api-sock PATH [--id NAME] [--config-file FILE] [--no-start]\n"
        "                [--console-sock PATH] [--console-log PATH]\n"
        "\n"
        "Run one VM in this process, controlled over HTTP on the Unix socket PATH (Firecracker's\n"
        "resources: /machine-config, /boot-source, /drives/ID, /network-interfaces/ID, /actions,\n"
        "PATCH /vm, GET /, GET /metrics; see docs/architecture.md). Exits when the guest powers\n"
        "off (status 0; 1 when it reports failure) or on the Kill action (0), or on SIGTERM,\n"
        "SIGINT, SIGHUP (128 + signal); 2 for bad options or a configuration that cannot boot.\n"
        "  --id NAME           the VM's name (GET /, its cgroup; default vm-PID)\n"
        "  --config-file FILE  load this configuration (Firecracker's --config-file layout)\n"
        "                      and boot at once\n"
        "  --no-start          with --config-file: wait for PUT /actions InstanceStart\n"
        "  --console-sock PATH serve the guest console on this Unix socket (one client at a\n"
        "                      time; it gets the last 64 KiB of output on attaching)\n"
        "  --console-log PATH  append the console output to this file\n"
        "Without --console-sock and --console-log the console is this terminal (Ctrl-A x\n"
        "quits), as with `capa run`.\n");
}

struct vmm_opts {
    const char *api_sock, *id, *config_file, *console_sock, *console_log;
    bool no_start;
};

static int parse_opts(int argc, char **argv, struct vmm_opts *o)
{
    static const struct option opts[] = {
        { "api-sock", required_argument, NULL, 'a' },
        { "id", required_argument, NULL, 'i' },
        { "config-file", required_argument, NULL, 'c' },
        { "no-start", no_argument, NULL, 'n' },
        { "console-sock", required_argument, NULL, 's' },
        { "console-log", required_argument, NULL, 'l' },
        { "help", no_argument, NULL, 'h' },
        { NULL, 0, NULL, 0 },
    };
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
        switch (c) {
        case 'a': o->api_sock = optarg; break;
        case 'i': o->id = optarg; break;
        case 'c': o->config_file = optarg; break;
        case 'n': o->no_start = true; break;
        case 's': o->console_sock = optarg; break;
        case 'l': o->console_log = optarg; break;
        case 'h': vmm_usage(stdout); return 0;
        default: vmm_usage(stderr); return CLI_EXIT_USAGE;
        }
    }
    if (optind < argc) {
        fprintf(stderr, "capa: unexpected argument '%s'\n", argv[optind]);
        return CLI_EXIT_USAGE;
    }
    if (!o->api_sock) {
        fprintf(stderr, "capa: vmm needs --api-sock PATH\n");
        return CLI_EXIT_USAGE;
    }
    if (o->id && !cgroup_name_valid(o->id)) {
        fprintf(stderr, "capa: invalid --id '%s' (1-%d letters, digits, '_', '-', '.')\n", o->id,
                CGROUP_NAME_MAX);
        return CLI_EXIT_USAGE;
    }
    if (o->no_start && !o->config_file) {
        fprintf(stderr, "capa: --no-start goes with --config-file\n");
        return CLI_EXIT_USAGE;
    }
    return -1;
}

/* Termination signals are taken by one thread (sigwait) and turned into a Kill: the VM state
 * machine is not async-signal-safe. SIGUSR1 ends the thread. */
struct sig_ctx {
    struct vm *vm;
    sigset_t set;
};

static void *signal_thread(void *arg)
{
    struct sig_ctx *s = arg;
    for (;;) {
        int sig;
        if (sigwait(&s->set, &sig))
            continue;
        if (sig == SIGUSR1)
            return NULL;
        vm_kill(s->vm, 128 + sig);
    }
}

/* The console: stdio, or the console server when a socket or log is asked for. */
static int console_open(const struct vmm_opts *o, struct vm_config *cfg, struct console_server **cs)
{
    cfg->console_in = STDIN_FILENO;
    cfg->console_out = STDOUT_FILENO;
    if (!o->console_sock && !o->console_log)
        return 0;
    struct errbuf eb = { "" };
    if (console_server_create(o->console_sock, o->console_log, &cfg->console_in, &cfg->console_out,
                              cs, &eb)) {
        fprintf(stderr, "capa: %s\n", eb.msg);
        return -1;
    }
    cfg->no_console_escapes = true; /* Ctrl-A belongs to the guest; clients detach by closing */
    return 0;
}

static int vmm_run(const struct vmm_opts *o)
{
    static char id[32];
    struct api_config cfg;
    struct console_server *cs = NULL;
    struct api_server *server = NULL;
    struct vm *vm = NULL;
    struct errbuf eb = { "" };
    int status = CLI_EXIT_USAGE;
    if (api_config_init(&cfg)) {
        fprintf(stderr, "capa: out of memory\n");
        return CLI_EXIT_USAGE;
    }
    snprintf(id, sizeof(id), "vm-%d", (int)getpid());
    cfg.vm.id = o->id ? o->id : id;
    if (o->config_file && api_config_load_file(&cfg, o->config_file, &eb)) {
        fprintf(stderr, "capa: %s\n", eb.msg);
        goto out;
    }
    struct sig_ctx sig = { 0 };
    sigemptyset(&sig.set);
    sigaddset(&sig.set, SIGTERM);
    sigaddset(&sig.set, SIGINT);
    sigaddset(&sig.set, SIGHUP);
    sigaddset(&sig.set, SIGUSR1);
    /* Blocked before any thread starts, so every thread inherits the mask. */
    pthread_sigmask(SIG_BLOCK, &sig.set, NULL);
    signal(SIGPIPE, SIG_IGN);
    if (console_open(o, &cfg.vm, &cs))
        goto out;
    if (vm_create(&cfg.vm, &vm, &eb)) {
        fprintf(stderr, "capa: %s\n", eb.msg);
        goto out;
    }
    struct api_ctx ctx = { vm, &cfg, cfg.vm.id };
    if (api_server_start(o->api_sock, &ctx, &server, &eb)) {
        fprintf(stderr, "capa: %s\n", eb.msg);
        goto out;
    }
    sig.vm = vm;
    pthread_t sig_thread;
    bool sig_started = pthread_create(&sig_thread, NULL, signal_thread, &sig) == 0;
    if (o->config_file && !o->no_start && vm_start(vm, &eb)) {
        fprintf(stderr, "capa: %s\n", eb.msg);
        vm_kill(vm, CLI_EXIT_USAGE);
    }
    status = vm_wait(vm, &eb);
    if (status < 0) {
        fprintf(stderr, "capa: %s\n", eb.msg);
        status = CLI_EXIT_USAGE;
    }
    if (sig_started) {
        pthread_kill(sig_thread, SIGUSR1);
        pthread_join(sig_thread, NULL);
    }
out:
    if (server)
        api_server_stop(server);
    if (vm)
        vm_destroy(vm);
    if (cs)
        console_server_destroy(cs);
    api_config_fini(&cfg);
    return status;
}

int cli_vmm(int argc, char **argv)
{
    struct vmm_opts o = { 0 };
    int ret = parse_opts(argc, argv, &o);
    if (ret >= 0)
        return ret;
    return vmm_run(&o);
}
