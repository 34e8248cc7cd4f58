/* The capa subcommands. Each takes argv starting at its own name and returns the exit status. */
#ifndef CAPA_CLI_CLI_H
#define CAPA_CLI_CLI_H

/* Exit statuses: 0 success / guest passed, 1 guest reported failure, 2 usage or input error,
 * 124 timeout (as timeout(1)). */
#define CLI_EXIT_FAIL    1
#define CLI_EXIT_USAGE   2
#define CLI_EXIT_TIMEOUT 124

#include <stdbool.h>
#include <stdio.h>

struct mgr;

int cli_run(int argc, char **argv);
int cli_vmm(int argc, char **argv);

/* The VM management subcommands (cmd_mgr.c): is cmd one of them, run one (argv[0] = its
 * name), list them for `capa help`. */
bool cli_mgr_has(const char *cmd);
int cli_mgr(int argc, char **argv);
void cli_mgr_usage(FILE *f);

/* `capa console NAME` (cmd_console.c): relay this terminal to the VM's console socket. */
int cli_console(struct mgr *m, const char *name);

#endif
