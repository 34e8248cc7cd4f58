#define _GNU_SOURCE /* accept4, pipe2 */
#include "backend/console_server.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include "backend/unix_sock.h"

#define CLIENT_STALL_MS 1000
#define INPUT_CHUNK     4096

struct console_server {
    char *sock_path, *log_path;
    int listen_fd, client_fd, log_fd;
    off_t log_size;     /* of the current log file */
    int out_rd, out_wr; /* guest output: the console writes out_wr, we read out_rd */
    int in_rd, in_wr;   /* guest input: we write in_wr (non-blocking), the console reads in_rd */
    int stop_rd, stop_wr;
    pthread_t thread;
    bool thread_started;
    uint8_t history[CONSOLE_HISTORY]; /* the last output, oldest at hist_head once full */
    size_t hist_head, hist_len;
    uint8_t input[INPUT_CHUNK]; /* client bytes the input pipe had no room for yet */
    size_t input_len;
};

static void history_add(struct console_server *cs, const uint8_t *buf, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        size_t at = (cs->hist_head + cs->hist_len) % CONSOLE_HISTORY;
        cs->history[at] = buf[i];
        if (cs->hist_len < CONSOLE_HISTORY)
            cs->hist_len++;
        else
            cs->hist_head = (cs->hist_head + 1) % CONSOLE_HISTORY;
    }
}

static void drop_client(struct console_server *cs)
{
    if (cs->client_fd >= 0)
        close(cs->client_fd);
    cs->client_fd = -1;
    cs->input_len = 0;
}

/* Send everything to the client, waiting at most CLIENT_STALL_MS for room each time; a client
 * that stalls longer is detached so that guest output never waits on it. */
static void client_send(struct console_server *cs, const uint8_t *buf, size_t len)
{
    while (len && cs->client_fd >= 0) {
        ssize_t n = send(cs->client_fd, buf, len, MSG_NOSIGNAL | MSG_DONTWAIT);
        if (n > 0) {
            buf += n;
            len -= (size_t)n;
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            struct pollfd p = { .fd = cs->client_fd, .events = POLLOUT };
            if (poll(&p, 1, CLIENT_STALL_MS) > 0)
                continue;
            log_warn("console client takes no output: detached");
        }
        drop_client(cs);
    }
}

static int log_open(struct console_server *cs)
{
    cs->log_fd = open(cs->log_path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
    struct stat st;
    cs->log_size = cs->log_fd >= 0 && !fstat(cs->log_fd, &st) ? st.st_size : 0;
    return cs->log_fd < 0 ? -errno : 0;
}

/* A guest that prints without end must not fill the host's disk (the state directory is often a
 * tmpfs): past CONSOLE_LOG_MAX the log becomes LOG.1 (replacing the previous one) and a new LOG
 * starts, so at most twice that is kept. */
static void log_rotate(struct console_server *cs)
{
    char old[PATH_MAX];
    close(cs->log_fd);
    cs->log_fd = -1;
    int err = -ENAMETOOLONG;
    if (snprintf(old, sizeof(old), "%s.1", cs->log_path) < (int)sizeof(old))
        err = rename(cs->log_path, old) ? -errno : log_open(cs);
    if (err)
        log_warn("console log %s: %s; no longer written", cs->log_path, strerror(-err));
}

static void log_write(struct console_server *cs, const uint8_t *buf, size_t len)
{
    if (cs->log_fd >= 0 && cs->log_size >= CONSOLE_LOG_MAX)
        log_rotate(cs);
    while (cs->log_fd >= 0 && len) {
        ssize_t n = write(cs->log_fd, buf, len);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            log_warn("console log: %s; no longer written", strerror(errno));
            close(cs->log_fd);
            cs->log_fd = -1;
            return;
        }
        buf += n;
        len -= (size_t)n;
        cs->log_size += n;
    }
}

/* Guest output waiting in the pipe: returns false at EOF. */
static bool pump_output(struct console_server *cs)
{
    uint8_t buf[4096];
    ssize_t n = read(cs->out_rd, buf, sizeof(buf));
    if (n < 0)
        return errno == EINTR || errno == EAGAIN;
    if (n == 0)
        return false;
    history_add(cs, buf, (size_t)n);
    log_write(cs, buf, (size_t)n);
    client_send(cs, buf, (size_t)n);
    return true;
}

static void accept_client(struct console_server *cs)
{
    int fd = accept4(cs->listen_fd, NULL, NULL, SOCK_CLOEXEC);
    if (fd < 0)
        return;
    if (cs->client_fd >= 0) {
        ssize_t r =
            send(fd, CONSOLE_BUSY_MSG, strlen(CONSOLE_BUSY_MSG), MSG_NOSIGNAL | MSG_DONTWAIT);
        (void)r;
        close(fd);
        return;
    }
    cs->client_fd = fd;
    /* Replay the history (in two pieces when the ring has wrapped). */
    size_t first = cs->hist_len;
    if (cs->hist_head + first > CONSOLE_HISTORY)
        first = CONSOLE_HISTORY - cs->hist_head;
    client_send(cs, cs->history + cs->hist_head, first);
    client_send(cs, cs->history, cs->hist_len - first);
}

/* Move client input into the guest's input pipe; what does not fit waits in cs->input (and the
 * client is not read while it does: its bytes wait in the socket). */
static void pump_input(struct console_server *cs, bool read_client)
{
    if (read_client && cs->input_len == 0) {
        ssize_t n = read(cs->client_fd, cs->input, sizeof(cs->input));
        if (n == 0 || (n < 0 && errno != EINTR && errno != EAGAIN)) {
            drop_client(cs); /* detached: the guest runs on */
            return;
        }
        if (n > 0)
            cs->input_len = (size_t)n;
    }
    if (cs->input_len) {
        ssize_t n = write(cs->in_wr, cs->input, cs->input_len);
        if (n > 0) {
            memmove(cs->input, cs->input + n, cs->input_len - (size_t)n);
            cs->input_len -= (size_t)n;
        }
    }
}

static void *server_thread(void *arg)
{
    struct console_server *cs = arg;
    bool out_open = true;
    for (;;) {
        struct pollfd p[5];
        unsigned n = 0;
        p[n++] = (struct pollfd){ .fd = cs->stop_rd, .events = POLLIN };
        p[n++] = (struct pollfd){ .fd = out_open ? cs->out_rd : -1, .events = POLLIN };
        p[n++] = (struct pollfd){ .fd = cs->listen_fd, .events = POLLIN };
        p[n++] = (struct pollfd){ .fd = cs->input_len ? -1 : cs->client_fd, .events = POLLIN };
        p[n++] = (struct pollfd){ .fd = cs->input_len ? cs->in_wr : -1, .events = POLLOUT };
        if (poll(p, n, -1) < 0) {
            if (errno == EINTR)
                continue;
            break;
        }
        if (p[1].revents)
            out_open = pump_output(cs);
        if (p[0].revents) {
            while (out_open && pump_output(cs)) /* the last output, up to EOF */
                ;
            break;
        }
        if (p[2].revents & POLLIN)
            accept_client(cs);
        if (cs->client_fd >= 0 && (p[3].revents || p[4].revents))
            pump_input(cs, p[3].revents != 0);
    }
    return NULL;
}

static int make_pipe(int fds[2], bool nonblock_write, struct errbuf *eb)
{
    if (pipe2(fds, O_CLOEXEC))
        return errbuf_set(eb, -errno, "pipe: %s", strerror(errno));
    if (nonblock_write)
        fcntl(fds[1], F_SETFL, O_NONBLOCK);
    return 0;
}

int console_server_create(const char *sock_path, const char *log_path, int *in_fd, int *out_fd,
                          struct console_server **out, struct errbuf *eb)
{
    struct console_server *cs = calloc(1, sizeof(*cs));
    if (!cs)
        return errbuf_set(eb, -ENOMEM, "out of memory");
    cs->listen_fd = cs->client_fd = cs->log_fd = -1;
    cs->out_rd = cs->out_wr = cs->in_rd = cs->in_wr = cs->stop_rd = cs->stop_wr = -1;
    int err, fds[2];
    if ((err = make_pipe(fds, false, eb)))
        goto err;
    cs->out_rd = fds[0], cs->out_wr = fds[1];
    if ((err = make_pipe(fds, true, eb)))
        goto err;
    cs->in_rd = fds[0], cs->in_wr = fds[1];
    if ((err = make_pipe(fds, false, eb)))
        goto err;
    cs->stop_rd = fds[0], cs->stop_wr = fds[1];
    if (log_path) {
        cs->log_path = strdup(log_path);
        if (!cs->log_path) {
            err = errbuf_set(eb, -ENOMEM, "out of memory");
            goto err;
        }
        if ((err = log_open(cs))) {
            errbuf_set(eb, err, "console log %s: %s", log_path, strerror(-err));
            goto err;
        }
    }
    if (sock_path) {
        cs->listen_fd = unix_listen(sock_path, eb);
        if (cs->listen_fd < 0) {
            err = cs->listen_fd;
            goto err;
        }
        cs->sock_path = strdup(sock_path);
    }
    if (pthread_create(&cs->thread, NULL, server_thread, cs)) {
        err = errbuf_set(eb, -EAGAIN, "cannot start the console thread");
        goto err;
    }
    cs->thread_started = true;
    *in_fd = cs->in_rd;
    *out_fd = cs->out_wr;
    *out = cs;
    return 0;
err:
    console_server_destroy(cs);
    return err;
}

void console_server_destroy(struct console_server *cs)
{
    if (cs->thread_started) {
        /* Close the output pipe's write end, so the thread reads what is left up to EOF. */
        close(cs->out_wr);
        cs->out_wr = -1;
        ssize_t r = write(cs->stop_wr, "x", 1);
        (void)r;
        pthread_join(cs->thread, NULL);
    }
    int fds[] = { cs->listen_fd, cs->client_fd, cs->log_fd,  cs->out_rd, cs->out_wr,
                  cs->in_rd,     cs->in_wr,     cs->stop_rd, cs->stop_wr };
    for (unsigned i = 0; i < sizeof(fds) / sizeof(fds[0]); i++)
        if (fds[i] >= 0)
            close(fds[i]);
    if (cs->sock_path) {
        unlink(cs->sock_path);
        free(cs->sock_path);
    }
    free(cs->log_path);
    free(cs);
}
