/* --net user: a user-mode TCP/IP stack (libslirp) on the VM's I/O thread.
 *
 * libslirp asks the application to poll its sockets (slirp_pollfds_fill / slirp_pollfds_poll)
 * and to run its timers. Here every cycle (a socket ready, the timer due, a frame sent by the
 * guest) runs: expired timers, a zero-timeout poll() over the sockets of the previous fill,
 * slirp_pollfds_poll, a new fill. The sockets of the new fill are mirrored, with the events
 * slirp asked for, into a private epoll instance that the I/O loop watches (nested epoll), and a
 * timerfd is armed for the earlier of slirp's poll timeout and its next timer. So nothing spins
 * and nothing blocks the loop. */
#include <errno.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/timerfd.h>
#include <time.h>
#include <unistd.h>

#include <libslirp.h>

#include "backend/netdev.h"

struct slirp_timer {
    SlirpTimerCb cb;
    void *cb_opaque;
    int64_t expire_ms; /* -1 = not armed */
    struct slirp_timer *next;
};

struct net_user {
    struct netdev nd;
    Slirp *slirp;
    struct io_loop *loop;
    int epfd, tfd;
    struct io_watch *ep_watch, *t_watch;
    struct io_event kick;
    bool kick_pending;
    struct pollfd *pfds; /* the last fill */
    unsigned npfd, cap;
    int *polled; /* fds in epfd */
    unsigned npolled, polled_cap;
    struct slirp_timer *timers;
    unsigned errors_logged;
};

static int64_t now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

/* --- callbacks from libslirp (I/O thread) --- */

static ssize_t cb_send_packet(const void *buf, size_t len, void *opaque)
{
    struct net_user *u = opaque;
    if (u->nd.rx)
        u->nd.rx(u->nd.rx_opaque, buf, len);
    return (ssize_t)len; /* a frame the guest had no room for is dropped: TCP retransmits */
}

static void cb_guest_error(const char *msg, void *opaque)
{
    struct net_user *u = opaque;
    if (u->errors_logged < 16) {
        u->errors_logged++;
        log_warn("net user: guest error: %s", msg);
    }
}

static int64_t cb_clock_get_ns(void *opaque)
{
    (void)opaque;
    return now_ns();
}

static void *cb_timer_new(SlirpTimerCb cb, void *cb_opaque, void *opaque)
{
    struct net_user *u = opaque;
    struct slirp_timer *t = calloc(1, sizeof(*t));
    if (!t)
        return NULL;
    t->cb = cb;
    t->cb_opaque = cb_opaque;
    t->expire_ms = -1;
    t->next = u->timers;
    u->timers = t;
    return t;
}

static void cb_timer_free(void *timer, void *opaque)
{
    struct net_user *u = opaque;
    for (struct slirp_timer **p = &u->timers; *p; p = &(*p)->next) {
        if (*p == timer) {
            *p = ((struct slirp_timer *)timer)->next;
            free(timer);
            return;
        }
    }
}

static void schedule(struct net_user *u);

static void cb_timer_mod(void *timer, int64_t expire_ms, void *opaque)
{
    ((struct slirp_timer *)timer)->expire_ms = expire_ms;
    schedule(opaque);
}

static void cb_poll_fd(int fd, void *opaque)
{
    (void)fd, (void)opaque; /* every socket is seen at each fill */
}

static void cb_notify(void *opaque)
{
    schedule(opaque);
}

static int cb_add_poll(int fd, int events, void *opaque)
{
    struct net_user *u = opaque;
    if (u->npfd == u->cap) {
        unsigned cap = u->cap ? 2 * u->cap : 16;
        struct pollfd *p = realloc(u->pfds, cap * sizeof(*p));
        if (!p)
            return -1; /* slirp then leaves this socket unpolled for one cycle */
        u->pfds = p;
        u->cap = cap;
    }
    short ev = 0;
    ev |= events & SLIRP_POLL_IN ? POLLIN : 0;
    ev |= events & SLIRP_POLL_OUT ? POLLOUT : 0;
    ev |= events & SLIRP_POLL_PRI ? POLLPRI : 0;
    u->pfds[u->npfd] = (struct pollfd){ .fd = fd, .events = ev };
    return (int)u->npfd++;
}

static int cb_get_revents(int idx, void *opaque)
{
    struct net_user *u = opaque;
    if (idx < 0 || (unsigned)idx >= u->npfd)
        return 0;
    short r = u->pfds[idx].revents;
    return (r & POLLIN ? SLIRP_POLL_IN : 0) | (r & POLLOUT ? SLIRP_POLL_OUT : 0) |
           (r & POLLPRI ? SLIRP_POLL_PRI : 0) | (r & POLLERR ? SLIRP_POLL_ERR : 0) |
           (r & POLLHUP ? SLIRP_POLL_HUP : 0);
}

/* --- the cycle --- */

/* Mirror the fill into epfd: MOD (ADD when absent: a closed fd leaves epoll by itself, and its
 * number may be reused), and DEL what slirp no longer polls. */
static void sync_epoll(struct net_user *u)
{
    for (unsigned i = 0; i < u->npfd; i++) {
        struct epoll_event ev = { .events = (uint32_t)u->pfds[i].events, .data.fd = u->pfds[i].fd };
        if (epoll_ctl(u->epfd, EPOLL_CTL_MOD, u->pfds[i].fd, &ev) < 0 && errno == ENOENT)
            epoll_ctl(u->epfd, EPOLL_CTL_ADD, u->pfds[i].fd, &ev);
    }
    for (unsigned j = 0; j < u->npolled; j++) {
        bool still = false;
        for (unsigned i = 0; i < u->npfd && !still; i++)
            still = u->pfds[i].fd == u->polled[j];
        if (!still)
            epoll_ctl(u->epfd, EPOLL_CTL_DEL, u->polled[j], NULL);
    }
    if (u->npfd > u->polled_cap) {
        int *p = realloc(u->polled, u->cap * sizeof(*p));
        if (!p) {
            u->npolled = 0; /* forget: stale entries are only DELs that fail */
            return;
        }
        u->polled = p;
        u->polled_cap = u->cap;
    }
    for (unsigned i = 0; i < u->npfd; i++)
        u->polled[i] = u->pfds[i].fd;
    u->npolled = u->npfd;
}

static void run_timers(struct net_user *u)
{
    int64_t now = now_ns() / 1000000;
    bool again = true;
    while (again) { /* a callback may free or re-arm timers: restart the walk after each */
        again = false;
        for (struct slirp_timer *t = u->timers; t; t = t->next) {
            if (t->expire_ms >= 0 && t->expire_ms <= now) {
                t->expire_ms = -1;
                t->cb(t->cb_opaque);
                again = true;
                break;
            }
        }
    }
}

static void cycle(struct net_user *u)
{
    u->kick_pending = false;
    run_timers(u);
    if (u->npfd) {
        int r = poll(u->pfds, u->npfd, 0);
        slirp_pollfds_poll(u->slirp, r < 0, cb_get_revents, u);
    }
    run_timers(u);
    u->npfd = 0;
    uint32_t timeout_ms = UINT32_MAX;
    slirp_pollfds_fill(u->slirp, &timeout_ms, cb_add_poll, u);
    sync_epoll(u);
    int64_t deadline = now_ns() / 1000000 + (timeout_ms > 60000 ? 60000 : timeout_ms);
    for (struct slirp_timer *t = u->timers; t; t = t->next)
        if (t->expire_ms >= 0 && t->expire_ms < deadline)
            deadline = t->expire_ms;
    struct itimerspec its = { .it_value = { .tv_sec = deadline / 1000,
                                            .tv_nsec = (deadline % 1000) * 1000000 } };
    if (its.it_value.tv_sec == 0 && its.it_value.tv_nsec == 0)
        its.it_value.tv_nsec = 1; /* 0 would disarm */
    timerfd_settime(u->tfd, TFD_TIMER_ABSTIME, &its, NULL);
}

/* Run a cycle soon (after the current batch of work). */
static void schedule(struct net_user *u)
{
    if (!u->kick_pending) {
        u->kick_pending = true;
        io_event_signal(&u->kick);
    }
}

static void on_kick(void *opaque)
{
    cycle(opaque);
}

static void on_sockets(void *opaque, uint32_t events)
{
    (void)events;
    cycle(opaque);
}

static void on_timer(void *opaque, uint32_t events)
{
    struct net_user *u = opaque;
    uint64_t n;
    (void)events;
    if (read(u->tfd, &n, sizeof(n)) < 0 && errno != EAGAIN)
        log_warn("net user: timerfd: %s", strerror(errno));
    cycle(u);
}

/* --- the netdev --- */

static void user_send(struct netdev *nd, const uint8_t *frame, size_t len)
{
    struct net_user *u = (struct net_user *)nd;
    slirp_input(u->slirp, frame, (int)len); /* may answer at once through cb_send_packet */
    schedule(u);                            /* new sockets, timers or data to poll */
}

static void user_close(struct netdev *nd)
{
    struct net_user *u = (struct net_user *)nd;
    io_loop_del_fd(u->loop, u->ep_watch);
    io_loop_del_fd(u->loop, u->t_watch);
    io_event_fini(&u->kick);
    if (u->slirp)
        slirp_cleanup(u->slirp);
    while (u->timers)
        cb_timer_free(u->timers, u);
    if (u->epfd >= 0)
        close(u->epfd);
    if (u->tfd >= 0)
        close(u->tfd);
    free(u->pfds);
    free(u->polled);
    free(u);
}

static const struct netdev_ops user_ops = { .send = user_send, .close = user_close };

static const SlirpCb slirp_cbs = {
    .send_packet = cb_send_packet,
    .guest_error = cb_guest_error,
    .clock_get_ns = cb_clock_get_ns,
    .timer_new = cb_timer_new,
    .timer_free = cb_timer_free,
    .timer_mod = cb_timer_mod,
    .register_poll_fd = cb_poll_fd,
    .unregister_poll_fd = cb_poll_fd,
    .notify = cb_notify,
};

/* The stack with QEMU's user-net addresses; IPv4 only. */
static Slirp *new_stack(struct net_user *u)
{
    SlirpConfig cfg = { .version = 3, .in_enabled = true };
    inet_pton(AF_INET, "10.0.2.0", &cfg.vnetwork);
    inet_pton(AF_INET, "255.255.255.0", &cfg.vnetmask);
    inet_pton(AF_INET, "10.0.2.2", &cfg.vhost); /* the gateway; host loopback behind it */
    inet_pton(AF_INET, "10.0.2.15", &cfg.vdhcp_start);
    inet_pton(AF_INET, "10.0.2.3", &cfg.vnameserver);
    cfg.vhostname = "capa";
    return slirp_new(&cfg, &slirp_cbs, u);
}

int netdev_user_open(const struct netdev_user_options *o, struct io_loop *loop, struct netdev **out,
                     struct errbuf *eb)
{
    struct net_user *u = calloc(1, sizeof(*u));
    if (!u)
        return errbuf_set(eb, -ENOMEM, "net user: out of memory");
    u->nd.ops = &user_ops;
    u->nd.offloads = true; /* slirp_input parses IP packets of any size, checksums verified */
    u->loop = loop;
    u->tfd = -1;
    u->kick.fd = -1;
    int err;
    u->epfd = epoll_create1(EPOLL_CLOEXEC);
    u->tfd = timerfd_create(CLOCK_MONOTONIC, TFD_CLOEXEC | TFD_NONBLOCK);
    if (u->epfd < 0 || u->tfd < 0) {
        err = errbuf_set(eb, -errno, "net user: %s", strerror(errno));
        goto err;
    }
    if ((err = io_event_init(&u->kick, loop, on_kick, u)) ||
        (err = io_loop_add_fd(loop, u->epfd, EPOLLIN, on_sockets, u, &u->ep_watch)) ||
        (err = io_loop_add_fd(loop, u->tfd, EPOLLIN, on_timer, u, &u->t_watch))) {
        errbuf_set(eb, err, "net user: %s", strerror(-err));
        goto err;
    }
    u->slirp = new_stack(u);
    if (!u->slirp) {
        err = errbuf_set(eb, -ENOMEM, "net user: cannot create the slirp stack");
        goto err;
    }
    struct in_addr lo, guest;
    inet_pton(AF_INET, "127.0.0.1", &lo); /* forwarded ports listen on loopback only */
    inet_pton(AF_INET, "10.0.2.15", &guest);
    for (unsigned i = 0; i < o->nr_hostfwd; i++) {
        if (slirp_add_hostfwd(u->slirp, o->hostfwd[i].udp, lo, o->hostfwd[i].host_port, guest,
                              o->hostfwd[i].guest_port) < 0) {
            err = errbuf_set(eb, -EADDRINUSE, "net user: cannot forward %s 127.0.0.1:%u",
                             o->hostfwd[i].udp ? "udp" : "tcp", o->hostfwd[i].host_port);
            goto err;
        }
    }
    schedule(u); /* the first fill, once the loop runs */
    *out = &u->nd;
    return 0;
err:
    user_close(&u->nd);
    return err;
}
