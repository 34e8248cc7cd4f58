/* virtio-input (virtio 1.2, 5.8): a power button (EV_KEY with KEY_POWER only). */
#include "virtio/input.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#define INPUT_QUEUE_SIZE 64

struct input_event {
    uint16_t type, code;
    uint32_t value;
};

struct virtio_input {
    struct virtio_mmio *t;
    /* Under the transport lock: */
    uint8_t select, subsel; /* the driver's choice of configuration answer (5.8.4) */
    bool driver_ok;         /* DRIVER_OK set since the last reset */
    struct input_event pending[VIRTIO_INPUT_MAX_PENDING]; /* a ring: not yet in the eventq */
    unsigned head, count;
    struct virtq_elem elem; /* large (one iovec per possible descriptor): not on the stack */
};

/* --- configuration space (5.8.4) --- */

static void set_bit(uint8_t *bitmap, unsigned bit)
{
    bitmap[bit / 8] |= (uint8_t)(1u << (bit % 8));
}

/* The answer for (select, subsel): fills u (128 bytes, zeroed by the caller) and returns its size.
 * 5.8.5.2: the device MUST answer size 0 for a combination it does not support. */
static uint8_t config_answer(uint8_t select, uint8_t subsel, uint8_t *u)
{
    switch (select) {
    case VIRTIO_INPUT_CFG_ID_NAME:
        if (subsel)
            return 0;
        memcpy(u, VIRTIO_INPUT_POWER_NAME, strlen(VIRTIO_INPUT_POWER_NAME));
        return (uint8_t)strlen(VIRTIO_INPUT_POWER_NAME); /* no NUL: size gives the length */
    case VIRTIO_INPUT_CFG_ID_DEVIDS: {
        if (subsel)
            return 0;
        /* struct virtio_input_devids: le16 bustype, vendor, product, version. */
        const uint16_t ids[4] = { INPUT_BUS_VIRTUAL, 0, 0, 1 };
        memcpy(u, ids, sizeof(ids)); /* little-endian host */
        return sizeof(ids);
    }
    case VIRTIO_INPUT_CFG_EV_BITS:
        /* subsel is the event type; the bitmap holds the codes of that type (bit n = code n,
         * byte 0 = codes 0-7). */
        if (subsel == INPUT_EV_SYN) {
            set_bit(u, INPUT_SYN_REPORT);
            return 1;
        }
        if (subsel == INPUT_EV_KEY) {
            set_bit(u, INPUT_KEY_POWER);
            return INPUT_KEY_POWER / 8 + 1;
        }
        return 0;
    default:
        /* UNSET, ID_SERIAL (none), PROP_BITS (no properties), ABS_INFO (no axes), unknown. */
        return 0;
    }
}

/* vCPU thread, lock held; off + len <= VIRTIO_INPUT_CFG_LEN checked by the transport. */
static void input_config_read(void *opaque, uint32_t off, void *buf, unsigned len)
{
    struct virtio_input *d = opaque;
    uint8_t cfg[VIRTIO_INPUT_CFG_LEN] = { 0 };
    cfg[VIRTIO_INPUT_CFG_SELECT] = d->select;
    cfg[VIRTIO_INPUT_CFG_SUBSEL] = d->subsel;
    cfg[VIRTIO_INPUT_CFG_SIZE] = config_answer(d->select, d->subsel, cfg + VIRTIO_INPUT_CFG_U);
    memcpy(buf, cfg + off, len);
}

/* 5.8.4: the driver writes select and subsel; everything else is read-only (writes ignored).
 * Validation point: any value is accepted, unknown ones answer size 0. vCPU thread, lock held. */
static void input_config_write(void *opaque, uint32_t off, const void *buf, unsigned len)
{
    struct virtio_input *d = opaque;
    const uint8_t *b = buf;
    for (unsigned i = 0; i < len; i++) {
        if (off + i == VIRTIO_INPUT_CFG_SELECT)
            d->select = b[i];
        else if (off + i == VIRTIO_INPUT_CFG_SUBSEL)
            d->subsel = b[i];
    }
}

/* --- queues (5.8.6) --- */

/* eventq: move pending events into the driver's buffers, one event per buffer. Buffers are taken
 * only while events wait, so the driver's stay posted for later. Lock held. */
static void deliver(struct virtio_input *d, struct virtq *vq)
{
    bool pushed = false;
    while (d->count) {
        if (virtq_pop(vq, &d->elem) <= 0)
            break; /* no buffer (events wait for the next notification) or a broken ring */
        const struct virtq_elem *e = &d->elem;
        /* Validation point: 5.8.6.1, eventq buffers MUST be device-writable and at least the size
         * of struct virtio_input_event; nothing is written into one that is not. */
        if (e->out_num || e->in_len < VIRTIO_INPUT_EVENT_SIZE) {
            virtio_set_needs_reset(d->t, e->out_num ? "device-readable buffer in the eventq"
                                                    : "eventq buffer shorter than an event");
            break;
        }
        const struct input_event *ev = &d->pending[d->head];
        uint8_t raw[VIRTIO_INPUT_EVENT_SIZE]; /* le16 type, le16 code, le32 value */
        memcpy(raw, &ev->type, 2);            /* little-endian host */
        memcpy(raw + 2, &ev->code, 2);
        memcpy(raw + 4, &ev->value, 4);
        virtq_push(vq, e, virtq_elem_to_guest(e, raw, sizeof(raw)));
        d->head = (d->head + 1) % VIRTIO_INPUT_MAX_PENDING;
        d->count--;
        pushed = true;
    }
    if (pushed)
        virtio_notify_used(d->t, vq);
}

/* statusq: LED and similar feedback from the driver, which a power button has no use for:
 * consume every buffer (5.8.6: the device returns them) and ignore its contents. Lock held. */
static void consume_status(struct virtio_input *d, struct virtq *vq)
{
    bool pushed = false;
    while (virtq_pop(vq, &d->elem) > 0) {
        virtq_push(vq, &d->elem, 0);
        pushed = true;
    }
    if (pushed)
        virtio_notify_used(d->t, vq);
}

/* I/O thread, transport lock held. */
static void input_queue_notify(void *opaque, unsigned qidx, struct virtq *vq)
{
    struct virtio_input *d = opaque;
    if (qidx == VIRTIO_INPUT_EVENTQ)
        deliver(d, vq);
    else
        consume_status(d, vq);
}

static void input_driver_ok(void *opaque)
{
    ((struct virtio_input *)opaque)->driver_ok = true;
}

/* A reset forgets the configuration selection but keeps pending events: Linux resets the device
 * when it probes it, and a press made before that must still arrive. */
static void input_reset(void *opaque)
{
    struct virtio_input *d = opaque;
    d->select = d->subsel = 0;
    d->driver_ok = false;
}

static void input_destroy(void *opaque)
{
    free(opaque);
}

/* 5.8: device ID 18, eventq and statusq, no feature bits, struct virtio_input_config. */
static const struct virtio_device_ops input_ops = {
    .name = "input",
    .device_id = VIRTIO_ID_INPUT,
    .nr_queues = 2,
    .queue_max = INPUT_QUEUE_SIZE,
    .config_size = VIRTIO_INPUT_CFG_LEN,
    .config_read = input_config_read,
    .config_write = input_config_write,
    .driver_ok = input_driver_ok,
    .reset = input_reset,
    .queue_notify = input_queue_notify,
    .destroy = input_destroy,
};

int virtio_input_power_create(struct virtio_mmio *t, struct io_loop *loop,
                              struct virtio_input **out)
{
    struct virtio_input *d = calloc(1, sizeof(*d));
    if (!d)
        return -ENOMEM;
    d->t = t;
    int err = virtio_mmio_attach(t, &input_ops, d, loop);
    if (err) {
        free(d);
        return err;
    }
    if (out)
        *out = d;
    return 0;
}

int virtio_input_power_press(struct virtio_input *d)
{
    static const struct input_event press[] = {
        { INPUT_EV_KEY, INPUT_KEY_POWER, 1 },
        { INPUT_EV_SYN, INPUT_SYN_REPORT, 0 },
        { INPUT_EV_KEY, INPUT_KEY_POWER, 0 },
        { INPUT_EV_SYN, INPUT_SYN_REPORT, 0 },
    };
    const unsigned n = sizeof(press) / sizeof(press[0]);
    virtio_lock(d->t);
    if (d->count + n > VIRTIO_INPUT_MAX_PENDING) {
        virtio_unlock(d->t);
        return -ENOBUFS;
    }
    for (unsigned i = 0; i < n; i++)
        d->pending[(d->head + d->count++) % VIRTIO_INPUT_MAX_PENDING] = press[i];
    bool live = d->driver_ok;
    virtio_unlock(d->t);
    /* The transport's eventq kick runs deliver() on the I/O thread, only while the device is live
     * and the queue ready; at DRIVER_OK the transport kicks every ready queue itself. The queues
     * array and its events are fixed once attached. */
    io_event_signal(&d->t->queues[VIRTIO_INPUT_EVENTQ].kick);
    return live ? 0 : -ENODEV;
}
