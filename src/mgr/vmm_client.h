/* The manager's HTTP client for one VMM's API socket (libcurl over a Unix socket). Caller's
 * thread; each call is one short-lived connection, so there is no shared client state. */
#ifndef CAPA_MGR_VMM_CLIENT_H
#define CAPA_MGR_VMM_CLIENT_H

#include <jansson.h>

#include "base/log.h"

/* Send `method path` with an optional JSON body to the VMM listening on sock, waiting at most
 * timeout_s. Returns 0 for a 2xx answer (*reply = its parsed JSON body or NULL when empty;
 * reply may be NULL), -EINVAL for a 4xx answer (the VMM's fault_message in eb), -EIO for
 * other answers, and -ECONNREFUSED / -ETIMEDOUT when the VMM cannot be reached. */
int vmm_call(const char *sock, const char *method, const char *path, const char *body,
             double timeout_s, json_t **reply, struct errbuf *eb);

#endif
