/* `capa run`: run a machine in the foreground. */
#include <getopt.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "base/parse.h"
#include "board/bare.h"
#include "cli/cli.h"

static void run_usage(FILE *f)
{
    fprintf(f, "usage: capa run --bare FILE.elf [--mem SIZE] [--timeout SEC] [--stats]\n"
               "  --bare FILE   load ELF FILE at its physical addresses (RAM at 0x80000000) and\n"
               "                run hart 0 in M-mode from its entry; the program ends by writing\n"
               "                the HTIF `tohost` word (1 = pass, (n << 1) | 1 = test n failed)\n"
               "  --mem SIZE    guest RAM, e.g. 64M, 1G (default 128M)\n"
               "  --timeout SEC stop a runaway program after SEC seconds (exit 124)\n"
               "  --stats       print instructions retired and MIPS at exit\n");
}

int cli_run(int argc, char **argv)
{
    static const struct option opts[] = {
        { "bare", required_argument, NULL, 'b' },    { "mem", required_argument, NULL, 'm' },
        { "timeout", required_argument, NULL, 't' }, { "stats", no_argument, NULL, 's' },
        { "help", no_argument, NULL, 'h' },          { NULL, 0, NULL, 0 },
    };
    struct bare_config cfg = { .mem_size = 128ull << 20 };
    bool stats = false;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
        switch (c) {
        case 'b': cfg.elf_path = optarg; break;
        case 'm':
            if (parse_size(optarg, &cfg.mem_size) || cfg.mem_size == 0) {
                fprintf(stderr, "capa: invalid --mem '%s' (e.g. 128M, 1G)\n", optarg);
                return CLI_EXIT_USAGE;
            }
            break;
        case 't':
            if (parse_seconds(optarg, &cfg.timeout_sec)) {
                fprintf(stderr, "capa: invalid --timeout '%s' (seconds)\n", optarg);
                return CLI_EXIT_USAGE;
            }
            break;
        case 's': stats = true; break;
        case 'h': run_usage(stdout); return 0;
        default: run_usage(stderr); return CLI_EXIT_USAGE;
        }
    }
    if (optind < argc) {
        fprintf(stderr, "capa: unexpected argument '%s'\n", argv[optind]);
        return CLI_EXIT_USAGE;
    }
    if (!cfg.elf_path) {
        fprintf(stderr, "capa: run needs --bare FILE.elf (Linux guests arrive with the virt "
                        "board)\n");
        return CLI_EXIT_USAGE;
    }
    struct bare_outcome out;
    struct errbuf eb = { "" };
    if (bare_run(&cfg, &out, &eb)) {
        fprintf(stderr, "capa: %s\n", eb.msg);
        return CLI_EXIT_USAGE;
    }
    if (stats)
        fprintf(stderr, "capa: %llu instructions in %.3f s (%.1f MIPS)\n",
                (unsigned long long)out.instret, out.seconds,
                out.seconds > 0 ? out.instret / out.seconds / 1e6 : 0.0);
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
