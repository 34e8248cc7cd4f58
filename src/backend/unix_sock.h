/* Listening Unix stream sockets for the VMM's control API and console. */
#ifndef CAPA_BACKEND_UNIX_SOCK_H
#define CAPA_BACKEND_UNIX_SOCK_H

#include "base/log.h"

/* Create, bind and listen on path (close-on-exec, blocking). A stale socket file (nobody
 * accepts on it) is replaced; a socket another process serves is -EADDRINUSE and anything else
 * at path is -EEXIST, each with a message. Returns the fd or -errno. */
int unix_listen(const char *path, struct errbuf *eb);

#endif
