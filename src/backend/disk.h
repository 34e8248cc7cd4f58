/* The host side of virtio-blk: a raw disk image (regular file or block device) served with
 * io_uring. Operations are queued by the device model (under its lock), started in batches, and
 * their completions signalled through an eventfd watched by the VM's I/O thread, which then reaps
 * them: asynchronous disk I/O without a thread pool.
 *
 * The functions taking void *opaque match struct virtio_blk_backend's callbacks (virtio/blk.h);
 * the operation types are numbered as virtio-blk request types so they pass through unchanged. */
#ifndef CAPA_BACKEND_DISK_H
#define CAPA_BACKEND_DISK_H

#include <stdbool.h>
#include <stdint.h>
#include <sys/uio.h>

#include "base/io_loop.h"
#include "base/log.h"

#define DISK_OP_READ         0
#define DISK_OP_WRITE        1
#define DISK_OP_FLUSH        4  /* fdatasync */
#define DISK_OP_DISCARD      11 /* punch a hole (the range reads as zeroes) */
#define DISK_OP_WRITE_ZEROES 13 /* the same */

#define DISK_SERIAL_MAX 20

struct disk;

struct disk_options {
    bool read_only;
    bool direct;        /* O_DIRECT: bypass the host page cache */
    const char *serial; /* NULL: the image's basename */
};

/* Open the image at path and register its completions with loop. Errors carry a one-line
 * message naming the path. Setup only. 0 or -errno. */
int disk_open(const char *path, const struct disk_options *o, struct io_loop *loop,
              struct disk **out, struct errbuf *eb);

/* Size in bytes (a multiple of 512) and the serial (NUL-padded, DISK_SERIAL_MAX bytes). */
uint64_t disk_size(const struct disk *d);
const char *disk_serial(const struct disk *d);

/* Queue an operation (see struct virtio_blk_backend.submit). Caller-serialised. */
int disk_submit(void *opaque, unsigned type, bool dsync, uint64_t off, uint64_t len,
                const struct iovec *iov, unsigned iovcnt, void *tag);
/* Start queued operations. Caller-serialised. */
void disk_commit(void *opaque);
/* Run done(tag, res) for finished operations; wait = until none is in flight. Caller-serialised
 * (the device model's lock): never concurrently with submit. */
unsigned disk_reap(void *opaque, bool wait, void (*done)(void *tag, int res));
/* The I/O-thread callback for "completions are waiting". Setup only. */
void disk_set_ready(void *opaque, void (*fn)(void *arg), void *arg);
/* Wait for everything in flight, unregister from the loop (stopped, or from its thread), close. */
void disk_close(void *opaque);

#endif
