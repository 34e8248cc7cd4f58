/* `capa run`: run a machine in the foreground. */
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/parse.h"
#include "board/bare.h"
#include "cli/cli.h"
#include "vm/vm.h"
#include "vm/vm_net.h"

#define DEFAULT_APPEND "console=ttyS0"
/* hvc1: RISC-V kernels with CONFIG_HVC_RISCV_SBI (the project guest, distributions) give hvc0 to
 * the SBI console, so the virtio-console is the next hvc. */
#define DEFAULT_APPEND_VIRTIO "console=hvc1"

static void run_usage(FILE *f)
{
    fprintf(
        f, "usage: capa run [--kernel FILE [--initrd FILE] [--append ARGS] [--bios FILE]]\n"
           "                [--cpus N] [--mem SIZE] [--rng] [--timeout SEC] [--stats]\n"
           "                [--console serial|virtio] [--dump-dtb FILE] [--no-jit]\n"
           "                [--disk PATH[,ro][,direct][,serial=S]]...\n"
           "                [--net user[,hostfwd=tcp::HPORT-:GPORT]|tap=NAME[,mac=M]]...\n"
           "       capa run --bare FILE.elf [--mem SIZE] [--timeout SEC] [--stats] [--no-jit]\n"
           "\n"
           "With no --kernel, boots the default guest (guest/out/Image and initramfs, built by\n"
           "guest/build.sh). The serial console is this terminal; Ctrl-A x quits, Ctrl-A h helps.\n"
           "SIGTERM presses the guest's power button (a clean poweroff, exit 0); a second\n"
           "SIGTERM, or none handled within 30 s, stops the VM hard (exit 143).\n"
           "  --kernel FILE   RISC-V Linux Image, ELF vmlinux or raw binary, entered in S-mode\n"
           "                  (capa implements SBI) or by the firmware given with --bios\n"
           "  --initrd FILE   initial ramdisk\n"
           "  --append ARGS   kernel command line (default \"" DEFAULT_APPEND "\")\n"
           "  --bios FILE     M-mode firmware ELF (e.g. OpenSBI fw_jump.elf)\n"
           "  --cpus N        vCPUs, 1-32 (default 1)\n"
           "  --mem SIZE      guest RAM, e.g. 512M, 2G (default 256M; bare: 128M)\n"
           "  --console KIND  what this terminal drives: serial (the UART, default) or virtio\n"
           "                  (a virtio-console, hvc1 in a guest whose hvc0 is the SBI\n"
           "                  console; default --append\n"
           "                  \"" DEFAULT_APPEND_VIRTIO "\"; the UART stays present)\n"
           "  --rng           attach a virtio-rng entropy device (host getrandom; /dev/hwrng)\n"
           "  --disk PATH[,ro][,direct][,serial=S]\n"
           "                  attach a raw image as a virtio-blk disk (/dev/vda, vdb, ...);\n"
           "                  ro: read-only, direct: O_DIRECT (no host page cache), serial:\n"
           "                  the disk's ID (default: the file name); may be repeated\n"
           "  --net user[,hostfwd=tcp::HOSTPORT-:GUESTPORT]...[,mac=XX:XX:XX:XX:XX:XX]\n"
           "                  attach a virtio-net on user-mode networking (10.0.2.15 by DHCP,\n"
           "                  gateway 10.0.2.2 = host loopback, DNS 10.0.2.3), host ports\n"
           "                  forwarded from 127.0.0.1; or --net tap=NAME[,mac=..]: a host tap\n"
           "                  device; may be repeated\n"
           "  --timeout SEC   stop after SEC seconds (exit 124)\n"
           "  --stats         print instructions retired and MIPS at exit\n"
           "  --no-jit        interpret every instruction (no host code for straight-line\n"
           "                  runs): slower, for comparison and debugging\n"
           "  --dump-dtb FILE write the device tree and exit\n"
           "  --bare FILE     run a bare-metal ELF in M-mode; it ends through HTIF tohost\n"
           "                  (1 = pass, (n << 1) | 1 = test n failed: exit 1)\n");
}

struct run_opts {
    const char *bare, *dump_dtb;
    struct vm_config vm;
    bool mem_set;
};

/* --disk PATH[,ro][,direct][,serial=S]: 0, or -1 after printing why. */
static int parse_disk(char *arg, struct vm_config *cfg)
{
    if (cfg->nr_disks == VM_MAX_DISKS) {
        fprintf(stderr, "capa: at most %d --disk options\n", VM_MAX_DISKS);
        return -1;
    }
    char *s = arg; /* split in place: argv outlives the run, and the config points into it */
    struct vm_disk *d = &cfg->disks[cfg->nr_disks];
    *d = (struct vm_disk){ .path = strsep(&s, ",") };
    for (char *opt; (opt = strsep(&s, ","));) {
        if (!strcmp(opt, "ro")) {
            d->read_only = true;
        } else if (!strcmp(opt, "direct")) {
            d->direct = true;
        } else if (!strncmp(opt, "serial=", 7) && strlen(opt + 7) <= 20) {
            d->serial = opt + 7;
        } else {
            fprintf(stderr,
                    "capa: invalid --disk option '%s' (ro, direct, serial=ID of up to 20 "
                    "characters)\n",
                    opt);
            return -1;
        }
    }
    if (!*d->path) {
        fprintf(stderr, "capa: --disk needs a path\n");
        return -1;
    }
    if (access(d->path, F_OK)) {
        fprintf(stderr, "capa: disk %s: %s\n", d->path, strerror(errno));
        return -1;
    }
    cfg->nr_disks++;
    return 0;
}

static int parse_opts(int argc, char **argv, struct run_opts *o)
{
    static const struct option opts[] = {
        { "bare", required_argument, NULL, 'b' },
        { "mem", required_argument, NULL, 'm' },
        { "timeout", required_argument, NULL, 't' },
        { "stats", no_argument, NULL, 's' },
        { "no-jit", no_argument, NULL, 'J' }, /* interpreter only */
        { "kernel", required_argument, NULL, 'k' },
        { "initrd", required_argument, NULL, 'i' },
        { "append", required_argument, NULL, 'a' },
        { "bios", required_argument, NULL, 'B' },
        { "cpus", required_argument, NULL, 'c' },
        { "dump-dtb", required_argument, NULL, 'd' },
        { "rng", no_argument, NULL, 'r' },
        { "disk", required_argument, NULL, 'D' },    /* PATH[,ro][,direct][,serial=S] */
        { "console", required_argument, NULL, 'C' }, /* serial | virtio */
        { "net", required_argument, NULL, 'N' },     /* user[,...] | tap=NAME[,...] */
        { "help", no_argument, NULL, 'h' },
        { NULL, 0, NULL, 0 },
    };
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
        char *end;
        switch (c) {
        case 'b': o->bare = optarg; break;
        case 'm':
            if (parse_size(optarg, &o->vm.mem_size) || o->vm.mem_size == 0) {
                fprintf(stderr, "capa: invalid --mem '%s' (e.g. 256M, 1G)\n", optarg);
                return CLI_EXIT_USAGE;
            }
            o->mem_set = true;
            break;
        case 't':
            if (parse_seconds(optarg, &o->vm.timeout_sec)) {
                fprintf(stderr, "capa: invalid --timeout '%s' (seconds)\n", optarg);
                return CLI_EXIT_USAGE;
            }
            break;
        case 's': o->vm.stats = true; break;
        case 'J': o->vm.no_jit = true; break;
        case 'r': o->vm.rng = true; break;
        case 'D':
            if (parse_disk(optarg, &o->vm))
                return CLI_EXIT_USAGE;
            break;
        case 'N': {
            struct errbuf eb = { 0 };
            if (o->vm.nr_nics == VM_MAX_NICS) {
                fprintf(stderr, "capa: at most %d --net options\n", VM_MAX_NICS);
                return CLI_EXIT_USAGE;
            }
            if (vm_net_parse(optarg, o->vm.nr_nics, &o->vm.nics[o->vm.nr_nics], &eb)) {
                fprintf(stderr, "capa: %s\n", eb.msg);
                return CLI_EXIT_USAGE;
            }
            o->vm.nr_nics++;
            break;
        }
        case 'C':
            if (strcmp(optarg, "serial") && strcmp(optarg, "virtio")) {
                fprintf(stderr, "capa: invalid --console '%s' (serial or virtio)\n", optarg);
                return CLI_EXIT_USAGE;
            }
            o->vm.virtio_console = !strcmp(optarg, "virtio");
            break;
        case 'k': o->vm.images.kernel = optarg; break;
        case 'i': o->vm.images.initrd = optarg; break;
        case 'a': o->vm.images.append = optarg; break;
        case 'B': o->vm.images.bios = optarg; break;
        case 'd': o->dump_dtb = optarg; break;
        case 'c': {
            long n = strtol(optarg, &end, 10);
            if (*optarg == '\0' || *end || n < 1 || n > VIRT_MAX_HARTS) {
                fprintf(stderr, "capa: invalid --cpus '%s' (1-%d)\n", optarg, VIRT_MAX_HARTS);
                return CLI_EXIT_USAGE;
            }
            o->vm.nr_cpus = (unsigned)n;
            break;
        }
        case 'h': run_usage(stdout); return 0;
        default: run_usage(stderr); return CLI_EXIT_USAGE;
        }
    }
    if (optind < argc) {
        fprintf(stderr, "capa: unexpected argument '%s'\n", argv[optind]);
        return CLI_EXIT_USAGE;
    }
    return -1; /* parsed: go on */
}

static int run_bare(const struct run_opts *o)
{
    struct bare_config cfg = { .elf_path = o->bare,
                               .mem_size = o->mem_set ? o->vm.mem_size : 128ull << 20,
                               .timeout_sec = o->vm.timeout_sec,
                               .no_jit = o->vm.no_jit };
    struct bare_outcome out;
    struct errbuf eb = { "" };
    if (bare_run(&cfg, &out, &eb)) {
        fprintf(stderr, "capa: %s\n", eb.msg);
        return CLI_EXIT_USAGE;
    }
    if (o->vm.stats) {
        char line[1024];
        hart_stats_format(line, sizeof(line), out.instret, out.seconds, &out.stats);
        fprintf(stderr, "capa: %s\n", line);
    }
    switch (out.result) {
    case BARE_PASS: return 0;
    case BARE_FAIL:
        fprintf(stderr, "capa: %s: test %llu failed\n", cfg.elf_path,
                (unsigned long long)out.test_num);
        return CLI_EXIT_FAIL;
    default:
        fprintf(stderr, "capa: %s: timed out after %g s\n", cfg.elf_path, cfg.timeout_sec);
        return CLI_EXIT_TIMEOUT;
    }
}

/* The default guest lives in guest/out of the source tree: found next to the binary
 * (build/capa -> guest/out) or through $CAPA_GUEST_DIR. */
static bool default_guest(char *kernel, char *initrd, size_t len)
{
    char dir[PATH_MAX] = "";
    const char *env = getenv("CAPA_GUEST_DIR");
    if (env) {
        snprintf(dir, sizeof(dir), "%s", env);
    } else {
        char exe[PATH_MAX];
        ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
        if (n <= 0)
            return false;
        exe[n] = '\0';
        char *slash = strrchr(exe, '/');
        if (slash)
            *slash = '\0';
        snprintf(dir, sizeof(dir), "%.*s/../guest/out", (int)(sizeof(dir) - 16), exe);
    }
    snprintf(kernel, len, "%.*s/Image", (int)(len - 8), dir);
    snprintf(initrd, len, "%.*s/initramfs.cpio.gz", (int)(len - 24), dir);
    return access(kernel, R_OK) == 0 && access(initrd, R_OK) == 0;
}

/* How long the guest has to power off after SIGTERM pressed its power button. */
#define SIGTERM_GRACE_SEC 30

/* SIGTERM, the way a container runtime or init stops a VM: the first presses the guest's power
 * button, a second one or SIGTERM_GRACE_SEC without poweroff stop it hard. SIGTERM is blocked in
 * every thread (the mask is inherited) and taken here with sigwait, so the VM is only touched
 * through its thread-safe calls. SIGINT is not used: the terminal is raw and Ctrl-C is the
 * guest's. */
struct sigterm_watch {
    struct vm *vm;
    pthread_t thread;
    atomic_bool done; /* vm_main returned: ignore what comes (the VM is being freed) */
};

static bool wait_sigterm(const struct timespec *timeout)
{
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGTERM);
    for (;;) {
        int r = timeout ? sigtimedwait(&set, NULL, timeout) : sigwaitinfo(&set, NULL);
        if (r == SIGTERM)
            return true;
        if (errno != EINTR)
            return false; /* EAGAIN: timed out */
    }
}

static void *sigterm_thread(void *arg)
{
    struct sigterm_watch *w = arg;
    wait_sigterm(NULL);
    if (atomic_load(&w->done))
        return NULL;
    int err = vm_power_button(w->vm);
    fprintf(stderr,
            "\r\ncapa: SIGTERM: power button pressed%s; SIGTERM again or %d s to stop hard\r\n",
            err ? " (guest driver not ready yet)" : "", SIGTERM_GRACE_SEC);
    bool again = wait_sigterm(&(struct timespec){ SIGTERM_GRACE_SEC, 0 });
    if (atomic_load(&w->done))
        return NULL;
    fprintf(stderr, "\r\ncapa: %s: stopping the VM\r\n",
            again ? "second SIGTERM" : "the guest did not power off");
    vm_kill(w->vm, VM_EXIT_STOPPED);
    return NULL;
}

/* vm_run with the SIGTERM watch. Returns the exit status or -errno with a message in eb. */
static int run_watched(const struct vm_config *cfg, struct errbuf *eb)
{
    struct sigterm_watch w = { 0 };
    /* Block SIGTERM before any VM thread exists (vm_create starts the console's); it stays
     * blocked until exit (unblocking would deliver a late one with its default action instead of
     * the VM's exit status). */
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &set, NULL);
    int err = vm_create(cfg, &w.vm, eb);
    if (err)
        return err;
    bool watching = pthread_create(&w.thread, NULL, sigterm_thread, &w) == 0;
    int status = vm_main(w.vm, eb);
    if (watching) {
        atomic_store(&w.done, true);
        pthread_kill(w.thread, SIGTERM); /* wakes its sigwait; it sees done */
        pthread_join(w.thread, NULL);
    }
    vm_destroy(w.vm);
    return status;
}

static int run_vm(struct run_opts *o)
{
    static char kernel[PATH_MAX], initrd[PATH_MAX];
    struct vm_config *cfg = &o->vm;
    if (!cfg->nr_cpus)
        cfg->nr_cpus = 1;
    if (!o->mem_set)
        cfg->mem_size = 256ull << 20;
    if (!cfg->images.append)
        cfg->images.append = cfg->virtio_console ? DEFAULT_APPEND_VIRTIO : DEFAULT_APPEND;
    if (!cfg->images.kernel && !o->dump_dtb) {
        if (!default_guest(kernel, initrd, sizeof(kernel))) {
            fprintf(stderr, "capa: no --kernel given and the default guest is not built "
                            "(run guest/build.sh, or set CAPA_GUEST_DIR)\n");
            return CLI_EXIT_USAGE;
        }
        cfg->images.kernel = kernel;
        if (!cfg->images.initrd)
            cfg->images.initrd = initrd;
    }
    cfg->console_in = STDIN_FILENO;
    cfg->console_out = STDOUT_FILENO;
    struct errbuf eb = { "" };
    int status = o->dump_dtb ? vm_dump_dtb(cfg, o->dump_dtb, &eb) : run_watched(cfg, &eb);
    if (status < 0) {
        fprintf(stderr, "capa: %s\n", eb.msg);
        return CLI_EXIT_USAGE;
    }
    if (status == VM_EXIT_TIMEOUT)
        fprintf(stderr, "capa: guest timed out after %g s\n", cfg->timeout_sec);
    if (status == VM_EXIT_STOPPED)
        fprintf(stderr, "capa: stopped\n");
    return status;
}

int cli_run(int argc, char **argv)
{
    struct run_opts o = { 0 };
    int ret = parse_opts(argc, argv, &o);
    if (ret >= 0)
        return ret;
    if (o.bare) {
        if (o.vm.images.kernel || o.vm.images.initrd || o.vm.images.bios || o.vm.nr_cpus ||
            o.vm.rng || o.vm.virtio_console || o.vm.nr_disks || o.vm.nr_nics) {
            fprintf(stderr, "capa: --bare runs one hart without a kernel, initrd, firmware or "
                            "devices\n");
            return CLI_EXIT_USAGE;
        }
        return run_bare(&o);
    }
    return run_vm(&o);
}
