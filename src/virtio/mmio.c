/* The virtio-mmio transport (virtio 1.2, 4.2): registers, feature negotiation, queue setup,
 * interrupts and reset. Device models plug in through struct virtio_device_ops (virtio.h). */
#include "virtio/mmio.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/log.h"

#define MAX_LOGGED_ERRORS 16

/* The status bits each bit needs already set: the order of 3.1.1 (ACKNOWLEDGE, DRIVER,
 * FEATURES_OK, DRIVER_OK). */
static uint32_t status_prereq(uint32_t bit)
{
    switch (bit) {
    case VIRTIO_STATUS_DRIVER: return VIRTIO_STATUS_ACKNOWLEDGE;
    case VIRTIO_STATUS_FEATURES_OK: return VIRTIO_STATUS_ACKNOWLEDGE | VIRTIO_STATUS_DRIVER;
    case VIRTIO_STATUS_DRIVER_OK:
        return VIRTIO_STATUS_ACKNOWLEDGE | VIRTIO_STATUS_DRIVER | VIRTIO_STATUS_FEATURES_OK;
    default: return 0;
    }
}

/* Guest mistakes are logged, a few per device (a hostile guest must not flood the host log). */
static void guest_error(struct virtio_mmio *t, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static void guest_error(struct virtio_mmio *t, const char *fmt, ...)
{
    if (t->errors_logged >= MAX_LOGGED_ERRORS)
        return;
    char msg[160];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof(msg), fmt, ap);
    va_end(ap);
    log_warn("virtio-%s: %s%s", t->ops ? t->ops->name : "empty", msg,
             ++t->errors_logged == MAX_LOGGED_ERRORS ? " (further errors not logged)" : "");
}

static void update_irq(struct virtio_mmio *t)
{
    /* 4.2.3.4: one level-triggered line, asserted while any InterruptStatus bit is set. */
    irq_set(&t->irq, t->isr != 0);
}

static void raise_irq(struct virtio_mmio *t, uint32_t bits)
{
    t->isr |= bits;
    update_irq(t);
}

/* --- device-facing calls (virtio.h) --- */

void virtio_lock(struct virtio_mmio *t)
{
    pthread_mutex_lock(&t->lock);
}

void virtio_unlock(struct virtio_mmio *t)
{
    pthread_mutex_unlock(&t->lock);
}

void virtio_notify_used(struct virtio_mmio *t, struct virtq *vq)
{
    /* 2.1.2: no used buffer notification before DRIVER_OK. */
    if ((t->status & VIRTIO_STATUS_DRIVER_OK) && virtq_should_notify(vq))
        raise_irq(t, VIRTIO_MMIO_INT_USED_BUFFER);
}

void virtio_config_changed(struct virtio_mmio *t)
{
    t->config_gen++;
    if (t->status & VIRTIO_STATUS_DRIVER_OK)
        raise_irq(t, VIRTIO_MMIO_INT_CONFIG);
}

void virtio_set_needs_reset(struct virtio_mmio *t, const char *why)
{
    guest_error(t, "device needs reset: %s", why);
    if (t->status & VIRTIO_STATUS_DEVICE_NEEDS_RESET)
        return;
    t->status |= VIRTIO_STATUS_DEVICE_NEEDS_RESET;
    /* 2.1.2: with DRIVER_OK set, NEEDS_RESET comes with a configuration change notification. */
    if (t->status & VIRTIO_STATUS_DRIVER_OK)
        raise_irq(t, VIRTIO_MMIO_INT_CONFIG);
}

struct virtq *virtio_queue(struct virtio_mmio *t, unsigned qidx)
{
    return qidx < t->nr_queues ? &t->queues[qidx].vq : NULL;
}

uint64_t virtio_features(const struct virtio_mmio *t)
{
    return t->driver_features;
}

/* --- queues --- */

/* A malformed ring (virtq_pop failed): the device stops using it until reset. Lock held. */
static void queue_error(void *opaque, struct virtq *q, int err, const char *why)
{
    (void)q, (void)err;
    virtio_set_needs_reset(opaque, why);
}

static bool device_live(const struct virtio_mmio *t)
{
    uint32_t s = t->status;
    return (s & VIRTIO_STATUS_DRIVER_OK) &&
           !(s & (VIRTIO_STATUS_DEVICE_NEEDS_RESET | VIRTIO_STATUS_FAILED));
}

/* The queue's io_event fired: run the device's handler. I/O thread. */
static void queue_kick(void *opaque)
{
    struct virtio_mmio_queue *mq = opaque;
    struct virtio_mmio *t = mq->t;
    pthread_mutex_lock(&t->lock);
    /* 2.1.2 / 4.2.2: no buffers consumed before DRIVER_OK, none from a queue not ready. */
    if (device_live(t) && mq->ready && !mq->vq.broken)
        t->ops->queue_notify(t->dev, mq->idx, &mq->vq);
    pthread_mutex_unlock(&t->lock);
}

static void queue_reset(struct virtio_mmio *t, struct virtio_mmio_queue *mq)
{
    virtq_reset(&mq->vq);
    mq->ready = false;
    mq->num = t->ops->queue_max;
    mq->desc = mq->driver = mq->device = 0;
}

/* QueueReady = 0: the device stops using the queue; its registers keep their values. */
static void queue_disable(struct virtio_mmio_queue *mq)
{
    virtq_reset(&mq->vq);
    mq->ready = false;
}

/* QueueReady = 1: check and map the queue the driver described (4.2.3.2). Lock held. */
static void queue_enable(struct virtio_mmio *t, struct virtio_mmio_queue *mq)
{
    if (mq->ready)
        return;
    if (!(t->status & VIRTIO_STATUS_FEATURES_OK)) {
        /* The ring format depends on the negotiated features (3.1.1 step 7 follows step 5). */
        virtio_set_needs_reset(t, "QueueReady before FEATURES_OK");
        return;
    }
    /* Validation point: QueueNum (a power of two up to QueueNumMax, 4.2.2) and the three
     * addresses (virtq_enable: aligned, inside guest RAM). */
    int err = -EINVAL;
    if (mq->num >= 1 && mq->num <= t->ops->queue_max)
        err = virtq_enable(&mq->vq, (uint16_t)mq->num, mq->desc, mq->driver, mq->device,
                           t->driver_features & (1ull << VIRTIO_F_EVENT_IDX),
                           t->driver_features & (1ull << VIRTIO_F_INDIRECT_DESC));
    if (err) {
        virtio_set_needs_reset(t, err == -EFAULT ? "queue areas outside guest RAM"
                                                 : "bad queue size or misaligned queue area");
        return;
    }
    mq->ready = true;
}

/* --- status and features --- */

static uint64_t device_features(const struct virtio_mmio *t)
{
    return t->ops->features | VIRTIO_TRANSPORT_FEATURES;
}

/* FEATURES_OK: may the device work with what the driver accepted (2.2.2)? Lock held. */
static bool features_acceptable(struct virtio_mmio *t)
{
    uint64_t f = t->driver_features;
    /* Validation point: the guest's accepted feature set. */
    if (f & ~device_features(t)) {
        guest_error(t, "driver accepted features the device did not offer");
        return false;
    }
    if (!(f & (1ull << VIRTIO_F_VERSION_1))) {
        /* capa has no legacy interface (6.1: a device may refuse a driver without VERSION_1). */
        guest_error(t, "driver did not accept VIRTIO_F_VERSION_1");
        return false;
    }
    if (t->ops->features_ok && !t->ops->features_ok(t->dev, f)) {
        guest_error(t, "device refused the negotiated features");
        return false;
    }
    return true;
}

/* Writing 0 to Status (2.4, 4.2.2): back to the state at power-on. Lock held. */
static void device_reset(struct virtio_mmio *t)
{
    if (t->ops->reset)
        t->ops->reset(t->dev);
    for (unsigned i = 0; i < t->nr_queues; i++)
        queue_reset(t, &t->queues[i]);
    t->status = 0;
    t->isr = 0;
    t->driver_features = 0;
    t->dev_features_sel = t->drv_features_sel = t->queue_sel = 0;
    update_irq(t);
}

static void write_status(struct virtio_mmio *t, uint32_t val)
{
    val &= 0xff;
    if (val == 0) {
        device_reset(t);
        return;
    }
    uint32_t old = t->status;
    /* Validation point: the guest's status write. Bits only accumulate (2.1.1: the driver does
     * not clear them) and NEEDS_RESET is the device's; each new bit needs its predecessors. */
    uint32_t set = val & ~old & ~VIRTIO_STATUS_DEVICE_NEEDS_RESET;
    if (old & ~val & ~VIRTIO_STATUS_DEVICE_NEEDS_RESET)
        guest_error(t, "driver cleared status bits without a reset");
    for (uint32_t bit = 1; bit < 0x100; bit <<= 1) {
        if ((set & bit) && (status_prereq(bit) & ~(old | set)) != 0) {
            guest_error(t, "status bit set out of order (3.1.1)");
            set &= ~bit;
        }
    }
    if ((set & VIRTIO_STATUS_FEATURES_OK) && !features_acceptable(t))
        set &= ~(VIRTIO_STATUS_FEATURES_OK | VIRTIO_STATUS_DRIVER_OK);
    t->status = old | set;
    if (set & VIRTIO_STATUS_DRIVER_OK) {
        if (t->ops->driver_ok)
            t->ops->driver_ok(t->dev);
        /* Buffers made available before DRIVER_OK were not consumed: look at them now. */
        for (unsigned i = 0; i < t->nr_queues; i++)
            if (t->queues[i].ready)
                io_event_signal(&t->queues[i].kick);
    }
}

static void write_driver_features(struct virtio_mmio *t, uint32_t val)
{
    if (t->status & VIRTIO_STATUS_FEATURES_OK) {
        guest_error(t, "driver features written after FEATURES_OK");
        return;
    }
    if (t->drv_features_sel > 1)
        return; /* no feature bits above 63 */
    unsigned shift = 32 * t->drv_features_sel;
    t->driver_features =
        (t->driver_features & ~(0xffffffffull << shift)) | ((uint64_t)val << shift);
}

/* --- registers --- */

static struct virtio_mmio_queue *sel_queue(struct virtio_mmio *t)
{
    return t->queue_sel < t->nr_queues ? &t->queues[t->queue_sel] : NULL;
}

static uint32_t read_reg(struct virtio_mmio *t, uint64_t off)
{
    struct virtio_mmio_queue *mq = sel_queue(t);
    switch (off) {
    case VIRTIO_MMIO_DEVICE_FEATURES:
        return t->dev_features_sel > 1
                   ? 0
                   : (uint32_t)(device_features(t) >> (32 * t->dev_features_sel));
    case VIRTIO_MMIO_QUEUE_NUM_MAX: return mq ? t->ops->queue_max : 0;
    case VIRTIO_MMIO_QUEUE_READY: return mq ? mq->ready : 0;
    case VIRTIO_MMIO_INTERRUPT_STATUS: return t->isr;
    case VIRTIO_MMIO_STATUS: return t->status;
    case VIRTIO_MMIO_CONFIG_GENERATION: return t->config_gen;
    /* No shared memory regions: length and base read as -1 (4.2.2). */
    case VIRTIO_MMIO_SHM_LEN_LOW:
    case VIRTIO_MMIO_SHM_LEN_HIGH:
    case VIRTIO_MMIO_SHM_BASE_LOW:
    case VIRTIO_MMIO_SHM_BASE_HIGH: return 0xffffffff;
    default: return 0; /* write-only, reserved, QueueReset (no VIRTIO_F_RING_RESET) */
    }
}

/* A 64-bit queue address register half; ignored while the queue is ready (4.2.2). */
static void set_addr_half(struct virtio_mmio_queue *mq, uint64_t *addr, bool high, uint32_t val)
{
    if (!mq || mq->ready)
        return;
    unsigned shift = high ? 32 : 0;
    *addr = (*addr & ~(0xffffffffull << shift)) | ((uint64_t)val << shift);
}

static void write_queue_reg(struct virtio_mmio *t, uint64_t off, uint32_t val)
{
    struct virtio_mmio_queue *mq = sel_queue(t);
    switch (off) {
    case VIRTIO_MMIO_QUEUE_NUM:
        if (mq && !mq->ready)
            mq->num = val; /* checked at QueueReady */
        break;
    case VIRTIO_MMIO_QUEUE_READY:
        if (!mq)
            break;
        if (val)
            queue_enable(t, mq);
        else
            queue_disable(mq);
        break;
    case VIRTIO_MMIO_QUEUE_DESC_LOW: set_addr_half(mq, mq ? &mq->desc : NULL, false, val); break;
    case VIRTIO_MMIO_QUEUE_DESC_HIGH: set_addr_half(mq, mq ? &mq->desc : NULL, true, val); break;
    case VIRTIO_MMIO_QUEUE_DRIVER_LOW:
        set_addr_half(mq, mq ? &mq->driver : NULL, false, val);
        break;
    case VIRTIO_MMIO_QUEUE_DRIVER_HIGH:
        set_addr_half(mq, mq ? &mq->driver : NULL, true, val);
        break;
    case VIRTIO_MMIO_QUEUE_DEVICE_LOW:
        set_addr_half(mq, mq ? &mq->device : NULL, false, val);
        break;
    case VIRTIO_MMIO_QUEUE_DEVICE_HIGH:
        set_addr_half(mq, mq ? &mq->device : NULL, true, val);
        break;
    default: break;
    }
}

static void write_reg(struct virtio_mmio *t, uint64_t off, uint32_t val)
{
    switch (off) {
    case VIRTIO_MMIO_DEVICE_FEATURES_SEL: t->dev_features_sel = val; break;
    case VIRTIO_MMIO_DRIVER_FEATURES: write_driver_features(t, val); break;
    case VIRTIO_MMIO_DRIVER_FEATURES_SEL: t->drv_features_sel = val; break;
    case VIRTIO_MMIO_QUEUE_SEL: t->queue_sel = val; break;
    case VIRTIO_MMIO_INTERRUPT_ACK:
        t->isr &= ~val;
        update_irq(t);
        break;
    case VIRTIO_MMIO_STATUS: write_status(t, val); break;
    default: write_queue_reg(t, off, val); break; /* read-only and reserved ones: ignored */
    }
}

static bool config_access(struct virtio_mmio *t, uint64_t off, unsigned size, uint64_t *val,
                          bool write)
{
    uint64_t coff = off - VIRTIO_MMIO_CONFIG;
    /* Validation point: a guest config space access (inside config_size). */
    if (coff + size > t->ops->config_size) {
        if (!write)
            *val = 0;
        return true;
    }
    uint8_t buf[4] = { 0 };
    if (write) {
        memcpy(buf, val, size); /* little-endian host and register layout (4.2.2) */
        if (t->ops->config_write)
            t->ops->config_write(t->dev, (uint32_t)coff, buf, size);
    } else {
        if (t->ops->config_read)
            t->ops->config_read(t->dev, (uint32_t)coff, buf, size);
        uint32_t v = 0;
        memcpy(&v, buf, size);
        *val = v;
    }
    return true;
}

/* Identification registers, the same for empty slots. */
static bool ident_read(const struct virtio_mmio *t, uint64_t off, uint64_t *val)
{
    switch (off) {
    case VIRTIO_MMIO_MAGIC_VALUE: *val = VIRTIO_MMIO_MAGIC; return true;
    case VIRTIO_MMIO_VERSION_REG: *val = VIRTIO_MMIO_VERSION; return true;
    case VIRTIO_MMIO_DEVICE_ID: *val = t->ops ? t->ops->device_id : 0; return true;
    case VIRTIO_MMIO_VENDOR_ID: *val = VIRTIO_MMIO_VENDOR; return true;
    default: return false;
    }
}

static bool vmmio_read(void *opaque, uint64_t off, unsigned size, uint64_t *val)
{
    struct virtio_mmio *t = opaque;
    if (off >= VIRTIO_MMIO_CONFIG && t->ops) {
        pthread_mutex_lock(&t->lock);
        bool ok = config_access(t, off, size, val, false);
        pthread_mutex_unlock(&t->lock);
        return ok;
    }
    /* 4.2.2: the control registers are 32 bits wide and aligned; anything else faults. */
    if (size != 4 || (off & 3))
        return false;
    if (ident_read(t, off, val))
        return true;
    if (!t->ops) {
        *val = 0; /* an empty slot has no features, queues or config space */
        return true;
    }
    pthread_mutex_lock(&t->lock);
    *val = read_reg(t, off);
    pthread_mutex_unlock(&t->lock);
    return true;
}

static bool vmmio_write(void *opaque, uint64_t off, unsigned size, uint64_t val)
{
    struct virtio_mmio *t = opaque;
    if (off >= VIRTIO_MMIO_CONFIG && t->ops) {
        pthread_mutex_lock(&t->lock);
        bool ok = config_access(t, off, size, &val, true);
        pthread_mutex_unlock(&t->lock);
        return ok;
    }
    if (size != 4 || (off & 3))
        return false;
    if (!t->ops)
        return true; /* writes to an empty slot are ignored */
    if (off == VIRTIO_MMIO_QUEUE_NOTIFY) {
        /* Not processed here: wake the I/O thread, which checks the device state under the
         * lock. Validation point: the queue index (without VIRTIO_F_NOTIFICATION_DATA, 4.2.3.3). */
        if (val < t->nr_queues)
            io_event_signal(&t->queues[val].kick);
        return true;
    }
    pthread_mutex_lock(&t->lock);
    write_reg(t, off, (uint32_t)val);
    pthread_mutex_unlock(&t->lock);
    return true;
}

/* Control registers are 32-bit only (checked above); config space also takes 8/16-bit accesses
 * (4.2.2 driver requirements). */
const struct mmio_ops virtio_mmio_ops = {
    .read = vmmio_read,
    .write = vmmio_write,
    .min_access = 1,
    .max_access = 4,
};

/* --- life cycle --- */

void virtio_mmio_init(struct virtio_mmio *t, const struct bus *bus, struct irq_line irq)
{
    memset(t, 0, sizeof(*t));
    t->bus = bus;
    t->irq = irq;
    pthread_mutex_init(&t->lock, NULL);
}

static void free_queues(struct virtio_mmio *t)
{
    for (unsigned i = 0; i < t->nr_queues; i++)
        io_event_fini(&t->queues[i].kick);
    free(t->queues);
    t->queues = NULL;
    t->nr_queues = 0;
}

int virtio_mmio_attach(struct virtio_mmio *t, const struct virtio_device_ops *ops, void *dev,
                       struct io_loop *loop)
{
    if (t->ops)
        return -EBUSY;
    uint16_t qmax = ops->queue_max;
    if (!ops->queue_notify || ops->nr_queues == 0 || qmax == 0 || qmax > VIRTQ_MAX_SIZE ||
        (qmax & (qmax - 1)))
        return -EINVAL;
    t->queues = calloc(ops->nr_queues, sizeof(*t->queues));
    if (!t->queues)
        return -ENOMEM;
    t->ops = ops;
    t->dev = dev;
    for (unsigned i = 0; i < ops->nr_queues; i++) {
        struct virtio_mmio_queue *mq = &t->queues[i];
        mq->t = t;
        mq->idx = i;
        virtq_init(&mq->vq, t->bus, queue_error, t);
        queue_reset(t, mq);
        int err = io_event_init(&mq->kick, loop, queue_kick, mq);
        if (err) {
            t->nr_queues = i;
            free_queues(t);
            t->ops = NULL; /* the caller keeps dev */
            t->dev = NULL;
            return err;
        }
        t->nr_queues = i + 1;
    }
    return 0;
}

void virtio_mmio_fini(struct virtio_mmio *t)
{
    free_queues(t);
    if (t->ops && t->ops->destroy)
        t->ops->destroy(t->dev);
    pthread_mutex_destroy(&t->lock);
    memset(t, 0, sizeof(*t));
}
