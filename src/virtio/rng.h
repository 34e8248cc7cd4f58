/* virtio-rng, the entropy device (virtio 1.2, 5.4): one request queue whose device-writable
 * buffers the device fills with random bytes from a host source (a backend callback, so the
 * device model itself makes no host calls). */
#ifndef CAPA_VIRTIO_RNG_H
#define CAPA_VIRTIO_RNG_H

#include <stddef.h>
#include <sys/types.h>

#include "base/io_loop.h"
#include "virtio/mmio.h"

/* Fill up to len bytes of buf with random bytes; returns how many (> 0) or -errno. Called on the
 * I/O thread. */
typedef ssize_t (*virtio_rng_fill_fn)(void *opaque, void *buf, size_t len);

/* The most bytes one request gets (5.4.6.2: the device MAY use less than the whole buffer): bounds
 * the time the I/O thread spends on a guest's request. */
#define VIRTIO_RNG_MAX_REQUEST 65536

/* Create a virtio-rng and attach it to the empty slot t, its queue served on loop. On success the
 * transport owns it (freed by virtio_mmio_fini). Setup only. 0 or -errno. */
int virtio_rng_create(struct virtio_mmio *t, struct io_loop *loop, virtio_rng_fill_fn fill,
                      void *fill_opaque);

#endif
