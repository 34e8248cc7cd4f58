/* The per-VM control API of `capa vmm`: HTTP/1.1 + JSON over a Unix socket, REST resources
 * modeled on Firecracker's (docs/architecture.md lists them). api_routes.c maps a request to the
 * VM's life cycle (vm/vm.h) and configuration (api_config.h); api_server.c is the HTTP side
 * (libmicrohttpd). Errors are {"fault_message": "..."}: 400 for bad requests and illegal
 * transitions, 404 for unknown resources, 405 for a wrong method, 413 for a body over 64 KiB. */
#ifndef CAPA_API_API_H
#define CAPA_API_API_H

#include <jansson.h>
#include <stddef.h>

#include "api/api_config.h"
#include "vm/vm.h"

#define API_BODY_MAX (64 * 1024)

/* What the routes act on. All requests run on the server's one thread. */
struct api_ctx {
    struct vm *vm;
    struct api_config *cfg;
    const char *id;
};

/* Handle one request (body: len bytes, not terminated; NULL when empty). Returns the HTTP
 * status: 200 with *out (a new reference), 204 with nothing, or an error status with the
 * message in eb. API thread. */
int api_handle(struct api_ctx *ctx, const char *method, const char *url, const char *body,
               size_t len, json_t **out, struct errbuf *eb);

struct api_server;

/* Serve ctx on the Unix socket path (a stale socket is replaced; a live one refused). 0 or
 * -errno with a message. Main thread. */
int api_server_start(const char *path, struct api_ctx *ctx, struct api_server **out,
                     struct errbuf *eb);

/* Let requests in flight finish (briefly), stop serving, remove the socket. Main thread. */
void api_server_stop(struct api_server *s);

#endif
