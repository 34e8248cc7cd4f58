/* The I/O event loop: one epoll instance and one thread. */
#include "base/io_loop.h"

#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include "base/log.h"

#define IO_LOOP_BATCH 32

struct io_watch {
    int fd;
    io_fd_fn fn;
    void *opaque;
    bool dead;             /* removed while its events may still be in the current batch */
    struct io_watch *next; /* loop->watches, or loop->zombies once removed */
};

struct io_loop {
    int epfd;
    int stop_fd; /* eventfd registered with data.ptr == NULL: wakes epoll_wait to stop */
    pthread_t thread;
    bool running; /* the thread exists (start/stop are called by one controlling thread) */
    atomic_bool stop;
    pthread_mutex_t lock; /* watches (registration may come from any thread) */
    struct io_watch *watches;
    struct io_watch *zombies; /* removed from a callback: freed after the batch */
};

int io_loop_create(struct io_loop **out)
{
    struct io_loop *loop = calloc(1, sizeof(*loop));
    if (!loop)
        return -ENOMEM;
    int err;
    loop->epfd = epoll_create1(EPOLL_CLOEXEC);
    if (loop->epfd < 0) {
        err = -errno;
        goto err_free;
    }
    loop->stop_fd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    if (loop->stop_fd < 0) {
        err = -errno;
        goto err_epoll;
    }
    struct epoll_event ev = { .events = EPOLLIN, .data.ptr = NULL };
    if (epoll_ctl(loop->epfd, EPOLL_CTL_ADD, loop->stop_fd, &ev) < 0) {
        err = -errno;
        goto err_stop_fd;
    }
    pthread_mutex_init(&loop->lock, NULL);
    *out = loop;
    return 0;
err_stop_fd:
    close(loop->stop_fd);
err_epoll:
    close(loop->epfd);
err_free:
    free(loop);
    return err;
}

static void free_list(struct io_watch *w)
{
    while (w) {
        struct io_watch *next = w->next;
        free(w);
        w = next;
    }
}

void io_loop_destroy(struct io_loop *loop)
{
    if (!loop)
        return;
    io_loop_stop(loop);
    if (loop->watches)
        log_warn("io loop destroyed with fds still registered");
    free_list(loop->watches);
    free_list(loop->zombies);
    close(loop->stop_fd);
    close(loop->epfd);
    pthread_mutex_destroy(&loop->lock);
    free(loop);
}

/* The loop whose thread this is (NULL on other threads). */
static __thread const struct io_loop *current_loop;

bool io_loop_on_thread(const struct io_loop *loop)
{
    return current_loop == loop;
}

static void dispatch(struct io_loop *loop, const struct epoll_event *evs, int n)
{
    for (int i = 0; i < n; i++) {
        struct io_watch *w = evs[i].data.ptr;
        if (w && !w->dead)
            w->fn(w->opaque, evs[i].events);
    }
    pthread_mutex_lock(&loop->lock);
    struct io_watch *z = loop->zombies;
    loop->zombies = NULL;
    pthread_mutex_unlock(&loop->lock);
    free_list(z);
}

static void *loop_thread(void *arg)
{
    struct io_loop *loop = arg;
    struct epoll_event evs[IO_LOOP_BATCH];
    current_loop = loop;
    while (!atomic_load(&loop->stop)) {
        int n = epoll_wait(loop->epfd, evs, IO_LOOP_BATCH, -1);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            log_error("io loop: epoll_wait: %s", strerror(errno));
            break;
        }
        dispatch(loop, evs, n);
    }
    return NULL;
}

int io_loop_start(struct io_loop *loop)
{
    if (loop->running)
        return -EBUSY;
    atomic_store(&loop->stop, false);
    uint64_t v;
    while (read(loop->stop_fd, &v, sizeof(v)) > 0) /* drain a previous stop */
        ;
    int err = pthread_create(&loop->thread, NULL, loop_thread, loop);
    if (err)
        return -err;
    loop->running = true;
    return 0;
}

void io_loop_stop(struct io_loop *loop)
{
    if (!loop->running)
        return;
    atomic_store(&loop->stop, true);
    uint64_t one = 1;
    if (write(loop->stop_fd, &one, sizeof(one)) < 0 && errno != EAGAIN)
        log_error("io loop: cannot wake the loop thread: %s", strerror(errno));
    pthread_join(loop->thread, NULL);
    loop->running = false;
}

int io_loop_add_fd(struct io_loop *loop, int fd, uint32_t events, io_fd_fn fn, void *opaque,
                   struct io_watch **out)
{
    struct io_watch *w = calloc(1, sizeof(*w));
    if (!w)
        return -ENOMEM;
    w->fd = fd;
    w->fn = fn;
    w->opaque = opaque;
    pthread_mutex_lock(&loop->lock);
    w->next = loop->watches;
    loop->watches = w;
    pthread_mutex_unlock(&loop->lock);
    struct epoll_event ev = { .events = events, .data.ptr = w };
    if (epoll_ctl(loop->epfd, EPOLL_CTL_ADD, fd, &ev) < 0) {
        int err = -errno;
        w->dead = true;
        io_loop_del_fd(loop, w);
        return err;
    }
    *out = w;
    return 0;
}

void io_loop_del_fd(struct io_loop *loop, struct io_watch *w)
{
    if (!w)
        return;
    if (!w->dead)
        epoll_ctl(loop->epfd, EPOLL_CTL_DEL, w->fd, NULL);
    w->dead = true;
    pthread_mutex_lock(&loop->lock);
    struct io_watch **p = &loop->watches;
    while (*p && *p != w)
        p = &(*p)->next;
    if (*p)
        *p = w->next;
    bool defer = io_loop_on_thread(loop);
    if (defer) { /* its events may still be in the batch being dispatched */
        w->next = loop->zombies;
        loop->zombies = w;
    }
    pthread_mutex_unlock(&loop->lock);
    if (!defer)
        free(w);
}

/* --- events --- */

static void event_ready(void *opaque, uint32_t events)
{
    struct io_event *ev = opaque;
    uint64_t v;
    (void)events;
    /* Drain first, then call: a signal arriving during the callback re-arms the fd. */
    if (read(ev->fd, &v, sizeof(v)) < 0 && errno != EAGAIN)
        log_error("io event: read: %s", strerror(errno));
    ev->fn(ev->opaque);
}

int io_event_init(struct io_event *ev, struct io_loop *loop, io_event_fn fn, void *opaque)
{
    memset(ev, 0, sizeof(*ev));
    ev->fd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    if (ev->fd < 0) {
        int err = -errno;
        ev->fd = -1;
        return err;
    }
    ev->loop = loop;
    ev->fn = fn;
    ev->opaque = opaque;
    int err = io_loop_add_fd(loop, ev->fd, EPOLLIN, event_ready, ev, &ev->watch);
    if (err) {
        close(ev->fd);
        memset(ev, 0, sizeof(*ev));
        ev->fd = -1;
    }
    return err;
}

void io_event_fini(struct io_event *ev)
{
    if (!ev->loop)
        return;
    io_loop_del_fd(ev->loop, ev->watch);
    close(ev->fd);
    memset(ev, 0, sizeof(*ev));
    ev->fd = -1;
}

void io_event_signal(struct io_event *ev)
{
    uint64_t one = 1;
    /* EAGAIN means the counter is saturated: a wake-up is already pending. */
    if (write(ev->fd, &one, sizeof(one)) < 0 && errno != EAGAIN)
        log_error("io event: write: %s", strerror(errno));
}
