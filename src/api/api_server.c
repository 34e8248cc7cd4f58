/* The HTTP side of the control API: libmicrohttpd on a Unix socket we create (so the stale/live
 * check and the file's removal are ours) and hand over with MHD_OPTION_LISTEN_SOCKET. One
 * internal polling thread serves every connection, so requests never run concurrently and the
 * routes need no lock of their own. */
#include <errno.h>
#include <microhttpd.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "api/api.h"
#include "backend/unix_sock.h"

struct api_server {
    struct MHD_Daemon *mhd;
    struct api_ctx *ctx;
    char *path;
    int fd;
};

/* One request's body as it arrives. */
struct request {
    char *body;
    size_t len;
    bool too_big;
};

static enum MHD_Result reply(struct MHD_Connection *conn, int status, json_t *j)
{
    char *text = j ? json_dumps(j, JSON_COMPACT) : NULL;
    size_t len = text ? strlen(text) : 0;
    struct MHD_Response *r =
        MHD_create_response_from_buffer(len, text ? text : (char *)"", MHD_RESPMEM_MUST_COPY);
    free(text);
    if (!r)
        return MHD_NO;
    if (j)
        MHD_add_response_header(r, MHD_HTTP_HEADER_CONTENT_TYPE, "application/json");
    enum MHD_Result ret = MHD_queue_response(conn, (unsigned)status, r);
    MHD_destroy_response(r);
    return ret;
}

static enum MHD_Result fault(struct MHD_Connection *conn, int status, const char *msg)
{
    json_t *j = json_pack("{s:s}", "fault_message", msg);
    enum MHD_Result ret = reply(conn, status, j);
    json_decref(j);
    return ret;
}

static enum MHD_Result handler(void *cls, struct MHD_Connection *conn, const char *url,
                               const char *method, const char *version, const char *upload,
                               size_t *upload_size, void **con_cls)
{
    struct api_server *s = cls;
    struct request *r = *con_cls;
    (void)version;
    if (!r) { /* the headers: set up for the body */
        r = calloc(1, sizeof(*r));
        if (!r)
            return MHD_NO;
        *con_cls = r;
        return MHD_YES;
    }
    if (*upload_size) {
        /* Collect up to API_BODY_MAX; the rest is read and dropped, then answered with 413. */
        if (!r->too_big && r->len + *upload_size <= API_BODY_MAX) {
            char *nb = realloc(r->body, r->len + *upload_size);
            if (!nb)
                return MHD_NO;
            memcpy(nb + r->len, upload, *upload_size);
            r->body = nb;
            r->len += *upload_size;
        } else {
            r->too_big = true;
        }
        *upload_size = 0;
        return MHD_YES;
    }
    if (r->too_big)
        return fault(conn, 413 /* Content Too Large */, "request body larger than 64 KiB");
    json_t *out = NULL;
    struct errbuf eb = { "" };
    int status = api_handle(s->ctx, method, url, r->body, r->len, &out, &eb);
    enum MHD_Result ret;
    if (status == 200)
        ret = out ? reply(conn, status, out) : fault(conn, 500, "out of memory");
    else if (status == 204)
        ret = reply(conn, status, NULL);
    else
        ret = fault(conn, status, eb.msg[0] ? eb.msg : "request failed");
    json_decref(out);
    return ret;
}

static void completed(void *cls, struct MHD_Connection *conn, void **con_cls,
                      enum MHD_RequestTerminationCode code)
{
    (void)cls, (void)conn, (void)code;
    struct request *r = *con_cls;
    if (r) {
        free(r->body);
        free(r);
        *con_cls = NULL;
    }
}

int api_server_start(const char *path, struct api_ctx *ctx, struct api_server **out,
                     struct errbuf *eb)
{
    struct api_server *s = calloc(1, sizeof(*s));
    if (!s)
        return errbuf_set(eb, -ENOMEM, "out of memory");
    s->ctx = ctx;
    s->fd = unix_listen(path, eb);
    if (s->fd < 0) {
        int err = s->fd;
        free(s);
        return err;
    }
    s->path = strdup(path);
    s->mhd =
        MHD_start_daemon(MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_POLL, 0, NULL, NULL, handler, s,
                         MHD_OPTION_LISTEN_SOCKET, s->fd, MHD_OPTION_NOTIFY_COMPLETED, completed,
                         NULL, MHD_OPTION_CONNECTION_TIMEOUT, 60u, MHD_OPTION_END);
    if (!s->mhd) {
        close(s->fd);
        unlink(path);
        free(s->path);
        free(s);
        return errbuf_set(eb, -EIO, "cannot start the HTTP server on %s", path);
    }
    *out = s;
    return 0;
}

void api_server_stop(struct api_server *s)
{
    /* Stop accepting, then give the answer to a Kill (still being sent) a moment to leave. */
    MHD_quiesce_daemon(s->mhd);
    for (int i = 0; i < 50; i++) {
        const union MHD_DaemonInfo *info =
            MHD_get_daemon_info(s->mhd, MHD_DAEMON_INFO_CURRENT_CONNECTIONS);
        if (!info || info->num_connections == 0)
            break;
        struct timespec ts = { 0, 10 * 1000 * 1000 };
        nanosleep(&ts, NULL);
    }
    MHD_stop_daemon(s->mhd);
    close(s->fd);
    unlink(s->path);
    free(s->path);
    free(s);
}
