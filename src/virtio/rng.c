/* virtio-rng (virtio 1.2, 5.4). */
#include "virtio/rng.h"

#include <errno.h>
#include <stdlib.h>

#include "base/log.h"

#define RNG_QUEUE_SIZE 256

struct virtio_rng {
    struct virtio_mmio *t;
    virtio_rng_fill_fn fill;
    void *fill_opaque;
    struct virtq_elem elem; /* large (one iovec per possible descriptor): not on the stack */
};

/* Fill the device-writable part of elem; returns the bytes written. Device-readable buffers are
 * ignored (5.4.6.1: the driver must not place any). */
static uint32_t fill_elem(struct virtio_rng *r, const struct virtq_elem *e)
{
    uint32_t done = 0;
    for (unsigned i = e->out_num; i < e->out_num + e->in_num; i++) {
        uint8_t *p = e->iov[i].iov_base;
        size_t left = e->iov[i].iov_len;
        while (left && done < VIRTIO_RNG_MAX_REQUEST) {
            size_t want =
                left < VIRTIO_RNG_MAX_REQUEST - done ? left : VIRTIO_RNG_MAX_REQUEST - done;
            ssize_t n = r->fill(r->fill_opaque, p, want);
            if (n <= 0) {
                log_warn("virtio-rng: entropy source failed (%zd)", n);
                return done;
            }
            p += n;
            left -= (size_t)n;
            done += (uint32_t)n;
        }
    }
    return done;
}

/* The requestq was notified. I/O thread, transport lock held. */
static void rng_queue_notify(void *opaque, unsigned qidx, struct virtq *vq)
{
    struct virtio_rng *r = opaque;
    bool pushed = false;
    (void)qidx;
    /* virtq_pop returns < 0 for a malformed ring: the transport has flagged NEEDS_RESET. */
    while (virtq_pop(vq, &r->elem) > 0) {
        virtq_push(vq, &r->elem, fill_elem(r, &r->elem));
        pushed = true;
    }
    if (pushed)
        virtio_notify_used(r->t, vq);
}

static void rng_destroy(void *opaque)
{
    free(opaque);
}

/* 5.4: device ID 4, one queue (requestq), no feature bits, no configuration space. */
static const struct virtio_device_ops rng_ops = {
    .name = "rng",
    .device_id = VIRTIO_ID_ENTROPY,
    .nr_queues = 1,
    .queue_max = RNG_QUEUE_SIZE,
    .queue_notify = rng_queue_notify,
    .destroy = rng_destroy,
};

int virtio_rng_create(struct virtio_mmio *t, struct io_loop *loop, virtio_rng_fill_fn fill,
                      void *fill_opaque)
{
    struct virtio_rng *r = calloc(1, sizeof(*r));
    if (!r)
        return -ENOMEM;
    r->t = t;
    r->fill = fill;
    r->fill_opaque = fill_opaque;
    int err = virtio_mmio_attach(t, &rng_ops, r, loop);
    if (err)
        free(r);
    return err;
}
