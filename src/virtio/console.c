/* virtio-console (virtio 1.2, 5.3), single port: receiveq0 and transmitq0 only. */
#include "virtio/console.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#define CONSOLE_QUEUE_SIZE 256

struct virtio_console {
    struct virtio_mmio *t;
    struct virtio_console_backend be;
    bool size_announced;    /* the config change that makes Linux read cols/rows was raised */
    struct virtq_elem elem; /* large (one iovec per possible descriptor): not on the stack */
};

/* transmitq0: every chain is guest output (5.3.6). Lock held. */
static void transmit(struct virtio_console *d, struct virtq *vq)
{
    bool pushed = false;
    /* virtq_pop < 0: a malformed ring; the transport has set DEVICE_NEEDS_RESET. */
    while (virtq_pop(vq, &d->elem) > 0) {
        const struct virtq_elem *e = &d->elem;
        /* Validation point: 5.3.6.1, the driver MUST NOT put a device-writable buffer in a
         * transmitq. */
        if (e->in_num) {
            virtio_set_needs_reset(d->t, "device-writable buffer in the transmitq (5.3.6.1)");
            break;
        }
        /* virtq_pop bounded every segment inside guest RAM and the chain below 2^32 bytes. */
        for (unsigned i = 0; i < e->out_num; i++)
            if (e->iov[i].iov_len)
                d->be.write(d->be.opaque, e->iov[i].iov_base, (unsigned)e->iov[i].iov_len);
        virtq_push(vq, e, 0);
        pushed = true;
    }
    /* Linux reads cols/rows only on a configuration change notification (4.2.3.4); raised once
     * the port is surely set up (it writes), not at DRIVER_OK, when port 0 may not exist yet. */
    if (pushed && !d->size_announced && (virtio_features(d->t) & (1ull << VIRTIO_CONSOLE_F_SIZE))) {
        d->size_announced = true;
        virtio_config_changed(d->t);
    }
    if (pushed)
        virtio_notify_used(d->t, vq);
}

/* receiveq0: fill the guest's receive buffers from buffered host input (5.3.6). A buffer is taken
 * only while input is waiting, so none is held back; input stays in the backend while the guest
 * has no buffers. Lock held. */
static void receive(struct virtio_console *d, struct virtq *vq)
{
    bool pushed = false;
    while (d->be.pending(d->be.opaque)) {
        if (virtq_pop(vq, &d->elem) <= 0)
            break; /* no buffer (the input waits for the next notification) or a broken ring */
        const struct virtq_elem *e = &d->elem;
        /* Validation point: 5.3.6.1, the driver MUST NOT put a device-readable buffer in a
         * receiveq; a chain with no room at all could never carry input either. */
        if (e->out_num || !e->in_len) {
            virtio_set_needs_reset(d->t, e->out_num
                                             ? "device-readable buffer in the receiveq (5.3.6.1)"
                                             : "empty receive buffer");
            break;
        }
        uint32_t done = 0;
        for (unsigned i = e->out_num; i < e->out_num + e->in_num; i++) {
            unsigned want = (unsigned)e->iov[i].iov_len;
            unsigned got = d->be.read(d->be.opaque, e->iov[i].iov_base, want);
            done += got;
            if (got < want)
                break;
        }
        /* done may be 0 if another reader (SBI getchar) took the input meanwhile: a used buffer
         * of length 0 is still well-formed. */
        virtq_push(vq, e, done);
        pushed = true;
    }
    if (pushed)
        virtio_notify_used(d->t, vq);
}

/* I/O thread, transport lock held. */
static void console_queue_notify(void *opaque, unsigned qidx, struct virtq *vq)
{
    struct virtio_console *d = opaque;
    if (qidx == VIRTIO_CONSOLE_TRANSMITQ)
        transmit(d, vq);
    else
        receive(d, vq);
}

/* 5.3.4: cols/rows are valid only with VIRTIO_CONSOLE_F_SIZE, max_nr_ports only with MULTIPORT
 * (we report 1 anyway), emerg_wr is write-only (reads as 0). */
static void console_config_read(void *opaque, uint32_t off, void *buf, unsigned len)
{
    struct virtio_console *d = opaque;
    uint8_t cfg[VIRTIO_CONSOLE_CFG_SIZE] = { 0 };
    uint32_t ports = 1;
    memcpy(cfg + VIRTIO_CONSOLE_CFG_COLS, &d->be.cols, 2);
    memcpy(cfg + VIRTIO_CONSOLE_CFG_ROWS, &d->be.rows, 2);
    memcpy(cfg + VIRTIO_CONSOLE_CFG_MAX_NR_PORTS, &ports, 4);
    memcpy(buf, cfg + off, len);
}

/* 5.3.4, VIRTIO_CONSOLE_F_EMERG_WRITE: a write to emerg_wr outputs its low byte, even before the
 * driver is live (early debugging). Other fields are read-only. vCPU thread, lock held. */
static void console_config_write(void *opaque, uint32_t off, const void *buf, unsigned len)
{
    struct virtio_console *d = opaque;
    (void)len;
    if (off == VIRTIO_CONSOLE_CFG_EMERG_WR)
        d->be.write(d->be.opaque, buf, 1); /* little-endian: the first byte is the low one */
}

static void console_reset(void *opaque)
{
    ((struct virtio_console *)opaque)->size_announced = false;
}

static void console_destroy(void *opaque)
{
    free(opaque);
}

/* 5.3: device ID 3; queues receiveq0 and transmitq0 (no control queues without MULTIPORT). Two
 * variants differing only in VIRTIO_CONSOLE_F_SIZE (offered when the host knows its size). */
#define CONSOLE_OPS(extra_features)                                                                \
    {                                                                                              \
        .name = "console", .device_id = VIRTIO_ID_CONSOLE,                                         \
        .features = (1ull << VIRTIO_CONSOLE_F_EMERG_WRITE) | (extra_features), .nr_queues = 2,     \
        .queue_max = CONSOLE_QUEUE_SIZE, .config_size = VIRTIO_CONSOLE_CFG_SIZE,                   \
        .config_read = console_config_read, .config_write = console_config_write,                  \
        .reset = console_reset, .queue_notify = console_queue_notify, .destroy = console_destroy,  \
    }

static const struct virtio_device_ops console_ops = CONSOLE_OPS(0);
static const struct virtio_device_ops console_size_ops = CONSOLE_OPS(1ull << VIRTIO_CONSOLE_F_SIZE);

int virtio_console_create(struct virtio_mmio *t, struct io_loop *loop,
                          const struct virtio_console_backend *be, struct virtio_console **out)
{
    if (!be->write || !be->read || !be->pending)
        return -EINVAL;
    struct virtio_console *d = calloc(1, sizeof(*d));
    if (!d)
        return -ENOMEM;
    d->t = t;
    d->be = *be;
    bool size = be->cols && be->rows;
    if (!size)
        d->be.cols = d->be.rows = 0;
    int err = virtio_mmio_attach(t, size ? &console_size_ops : &console_ops, d, loop);
    if (err) {
        free(d);
        return err;
    }
    if (out)
        *out = d;
    return 0;
}

void virtio_console_input(struct virtio_console *d)
{
    /* The transport's own receiveq kick: it runs console_queue_notify on the I/O thread under
     * the lock, and only while the device is live and the queue ready (4.2.2, 2.1.2). The
     * queues array and its events are fixed once attached. */
    io_event_signal(&d->t->queues[VIRTIO_CONSOLE_RECEIVEQ].kick);
}
