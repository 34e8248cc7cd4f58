/* capa: the command-line entry point. Subcommands are git-style: `capa run ...`. */
#include <stdio.h>
#include <string.h>

#include "base/version.h"
#include "cli/cli.h"

static void usage(FILE *f)
{
    fprintf(f, "usage: capa <command> [options]\n"
               "\n"
               "commands:\n"
               "  run [--kernel FILE ...]   boot a Linux guest (default: the project's guest)\n"
               "  run --bare FILE.elf       run a bare-metal RISC-V program (HTIF tohost)\n"
               "  (capa run --help lists the options)\n"
               "\n"
               "managing VMs in the background (capa COMMAND --help for details):\n");
    cli_mgr_usage(f);
    fprintf(f, "  vmm --api-sock PATH ...   run one VM controlled through an HTTP API socket\n"
               "                            (what create/start run for each VM)\n"
               "\n"
               "  help  show this help\n"
               "  version\n"
               "\n"
               "exit status: 0 ok, 1 refused or failed, 2 usage error\n");
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        usage(stderr);
        return CLI_EXIT_USAGE;
    }
    const char *cmd = argv[1];
    if (strcmp(cmd, "run") == 0)
        return cli_run(argc - 1, argv + 1);
    if (strcmp(cmd, "vmm") == 0)
        return cli_vmm(argc - 1, argv + 1);
    if (cli_mgr_has(cmd))
        return cli_mgr(argc - 1, argv + 1);
    if (strcmp(cmd, "help") == 0 || strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0) {
        usage(stdout);
        return 0;
    }
    if (strcmp(cmd, "version") == 0 || strcmp(cmd, "--version") == 0) {
        printf("capa %s\n", CAPA_VERSION);
        return 0;
    }
    fprintf(stderr, "capa: unknown command '%s' (try 'capa help')\n", cmd);
    return CLI_EXIT_USAGE;
}
