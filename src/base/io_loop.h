/* An I/O event loop on one host thread (epoll): the per-VM I/O thread. Device models register
 * io_events (wake-ups another thread signals, such as virtqueue notifications) and backends
 * register host fds (io_uring completions, tap, sockets); the callbacks run on the loop thread.
 *
 * It lives in base, not vm, so that both virtio (events) and backend (fds) can use it without an
 * upward arrow; the vm owns each instance and its thread (docs/architecture.md). */
#ifndef CAPA_BASE_IO_LOOP_H
#define CAPA_BASE_IO_LOOP_H

#include <stdbool.h>
#include <stdint.h>

struct io_loop;
struct io_watch;

/* Called on the loop thread with the epoll events (EPOLLIN, ...) that fired. */
typedef void (*io_fd_fn)(void *opaque, uint32_t events);
/* Called on the loop thread after io_event_signal (several signals may coalesce into one call). */
typedef void (*io_event_fn)(void *opaque);

/* Create a stopped loop. 0 or -errno. Any thread. */
int io_loop_create(struct io_loop **out);

/* Free the loop. It must be stopped and every fd and event removed first. */
void io_loop_destroy(struct io_loop *loop);

/* Start the loop thread. 0 or -errno. Not while running. */
int io_loop_start(struct io_loop *loop);

/* Stop the loop thread and join it: no callback runs once this returns. Any thread but the loop's
 * own; does nothing when the loop is not running. The loop can be started again. */
void io_loop_stop(struct io_loop *loop);

/* Watch fd for events (EPOLLIN, EPOLLOUT, ...; level-triggered unless EPOLLET is given). The loop
 * does not own fd. Any thread, running or not. 0 or -errno. */
int io_loop_add_fd(struct io_loop *loop, int fd, uint32_t events, io_fd_fn fn, void *opaque,
                   struct io_watch **out);

/* Stop watching and free w. On the loop thread (from a callback: w's callback is not called
 * again, even for events already collected) or while the loop is stopped. */
void io_loop_del_fd(struct io_loop *loop, struct io_watch *w);

/* A wake-up from any thread to a callback on the loop thread (an eventfd underneath). */
struct io_event {
    struct io_loop *loop;
    struct io_watch *watch;
    int fd;
    io_event_fn fn;
    void *opaque;
};

/* Register ev with the loop. 0 or -errno. Same contexts as io_loop_add_fd. */
int io_event_init(struct io_event *ev, struct io_loop *loop, io_event_fn fn, void *opaque);

/* Unregister and close ev (no-op for a zeroed or already finished one). Same contexts as
 * io_loop_del_fd. */
void io_event_fini(struct io_event *ev);

/* Make ev's callback run soon on the loop thread. Any thread, lock-free, async-signal-safe. */
void io_event_signal(struct io_event *ev);

/* True on the loop's own thread (for assertions and deferred frees). */
bool io_loop_on_thread(const struct io_loop *loop);

#endif
