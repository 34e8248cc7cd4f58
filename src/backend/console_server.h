/* The guest console of `capa vmm`, served away from any terminal: guest output is kept in a
 * 64 KiB history ring, appended to a log file (optional; past CONSOLE_LOG_MAX it moves to LOG.1
 * and a new one starts, so a guest cannot fill the disk) and sent to the attached client of a
 * Unix stream socket (optional); the client's bytes are the guest's console input. One client at a
 * time: a second one is told CONSOLE_BUSY_MSG and closed. A client that
 * attaches first gets the history, so it sees the current screen; detaching leaves the guest
 * running. A client that takes no output for a second is detached (the guest never waits on it).
 *
 * The console (backend/console.c) talks to it through two pipes, as it would to a terminal, so
 * the VM side does not change. One thread polls the pipes, the socket and the client. */
#ifndef CAPA_BACKEND_CONSOLE_SERVER_H
#define CAPA_BACKEND_CONSOLE_SERVER_H

#include "base/log.h"

#define CONSOLE_HISTORY (64 * 1024)
#define CONSOLE_LOG_MAX (4 * 1024 * 1024)
/* All that a client gets when another one is attached (capa console recognises it). */
#define CONSOLE_BUSY_MSG "capa: console already attached\r\n"

struct console_server;

/* Start serving: sock_path and log_path may each be NULL. *in_fd and *out_fd are what the
 * console reads guest input from and writes guest output to (owned by the server). 0 or -errno
 * with a message. Main thread. */
int console_server_create(const char *sock_path, const char *log_path, int *in_fd, int *out_fd,
                          struct console_server **out, struct errbuf *eb);

/* Flush the output that is still in the pipe, stop the thread, close everything and remove the
 * socket file. After the console stopped writing. Main thread. */
void console_server_destroy(struct console_server *cs);

#endif
