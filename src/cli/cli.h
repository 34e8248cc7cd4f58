/* The capa subcommands. Each takes argv starting at its own name and returns the exit status. */
#ifndef CAPA_CLI_CLI_H
#define CAPA_CLI_CLI_H

/* Exit statuses: 0 success / guest passed, 1 guest reported failure, 2 usage or input error,
 * 124 timeout (as timeout(1)). */
#define CLI_EXIT_FAIL    1
#define CLI_EXIT_USAGE   2
#define CLI_EXIT_TIMEOUT 124

int cli_run(int argc, char **argv);
int cli_vmm(int argc, char **argv);

#endif
