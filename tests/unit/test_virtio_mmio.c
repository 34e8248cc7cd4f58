/* Unit tests for virtio/mmio.c (virtio 1.2, 4.2) and virtio/rng.c (5.4): a fake driver drives the
 * transport registers through virtio_mmio_ops as a guest would (reset, ACKNOWLEDGE, DRIVER,
 * feature negotiation, FEATURES_OK, queue setup, DRIVER_OK, notify, interrupt status/ack), checks
 * that queue handlers run on the I/O thread, and that illegal sequences and hostile rings are
 * refused or end in DEVICE_NEEDS_RESET. */
#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>

#include "base/io_loop.h"
#include "virtio/mmio.h"
#include "virtio/rng.h"
#include "check.h"

#define RAM_BASE 0x80000000ull
#define RAM_SIZE (16ull << 20)
#define QNUM     8
#define DESC     (RAM_BASE + 0x0000)
#define AVAIL    (RAM_BASE + 0x1000)
#define USED     (RAM_BASE + 0x2000)
#define INDIR    (RAM_BASE + 0x3000)
#define BUF      (RAM_BASE + 0x10000)

/* Status bits the way a driver accumulates them (3.1.1). */
#define S_ACK  VIRTIO_STATUS_ACKNOWLEDGE
#define S_DRV  (S_ACK | VIRTIO_STATUS_DRIVER)
#define S_FOK  (S_DRV | VIRTIO_STATUS_FEATURES_OK)
#define S_LIVE (S_FOK | VIRTIO_STATUS_DRIVER_OK)

#define F_EVENT_IDX (1ull << VIRTIO_F_EVENT_IDX)
#define F_INDIRECT  (1ull << VIRTIO_F_INDIRECT_DESC)
#define F_VERSION_1 (1ull << VIRTIO_F_VERSION_1)
#define F_DEV_A     (1ull << 0) /* the fake device's own features */
#define F_DEV_B     (1ull << 5) /* needs F_DEV_A (the device refuses B alone) */

static uint8_t *ram;
static struct bus bus;
static struct io_loop *loop;
static struct virtio_mmio slot;
static atomic_int irq_level = -1;
static uint16_t avail_idx;

/* --- the fake device --- */

struct fake_dev {
    uint8_t config[8];
    atomic_int notified, notified_off_thread, resets, driver_oks, destroyed;
    struct virtq_elem elem;
};
static struct fake_dev fake;

static bool fake_features_ok(void *opaque, uint64_t f)
{
    (void)opaque;
    return !(f & F_DEV_B) || (f & F_DEV_A);
}

static void fake_config_read(void *opaque, uint32_t off, void *buf, unsigned len)
{
    memcpy(buf, ((struct fake_dev *)opaque)->config + off, len);
}

static void fake_config_write(void *opaque, uint32_t off, const void *buf, unsigned len)
{
    memcpy(((struct fake_dev *)opaque)->config + off, buf, len);
}

static void fake_driver_ok(void *opaque)
{
    ((struct fake_dev *)opaque)->driver_oks++;
}

static void fake_reset(void *opaque)
{
    ((struct fake_dev *)opaque)->resets++;
}

/* Answers each request with its writable length, filled with 0x5a. */
static void fake_queue_notify(void *opaque, unsigned qidx, struct virtq *vq)
{
    struct fake_dev *d = opaque;
    (void)qidx;
    if (!io_loop_on_thread(loop))
        d->notified_off_thread++;
    bool pushed = false;
    while (virtq_pop(vq, &d->elem) > 0) {
        static uint8_t fill[4096];
        memset(fill, 0x5a, sizeof(fill));
        virtq_push(vq, &d->elem, virtq_elem_to_guest(&d->elem, fill, sizeof(fill)));
        pushed = true;
    }
    if (pushed)
        virtio_notify_used(&slot, vq);
    d->notified++;
}

static void fake_destroy(void *opaque)
{
    ((struct fake_dev *)opaque)->destroyed++;
}

static const struct virtio_device_ops fake_ops = {
    .name = "fake",
    .device_id = 0x1234,
    .features = F_DEV_A | F_DEV_B,
    .nr_queues = 2,
    .queue_max = 16,
    .config_size = sizeof(fake.config),
    .features_ok = fake_features_ok,
    .config_read = fake_config_read,
    .config_write = fake_config_write,
    .driver_ok = fake_driver_ok,
    .reset = fake_reset,
    .queue_notify = fake_queue_notify,
    .destroy = fake_destroy,
};

/* --- the fake driver --- */

static void irq_sink(void *opaque, unsigned n, bool level)
{
    (void)opaque, (void)n;
    irq_level = level;
}

static void *gpa(uint64_t a)
{
    return ram + (a - RAM_BASE);
}

static uint32_t rd_at(struct virtio_mmio *t, uint64_t off)
{
    uint64_t v = 0xdeadbeef;
    if (!virtio_mmio_ops.read(t, off, 4, &v)) { /* not counted when it works: polled */
        failed++;
        fprintf(stderr, "read of register %#llx faulted\n", (unsigned long long)off);
    }
    return (uint32_t)v;
}

static void wr_at(struct virtio_mmio *t, uint64_t off, uint32_t val)
{
    CHECK(virtio_mmio_ops.write(t, off, 4, val));
}

#define rd(off)      rd_at(&slot, off)
#define wr(off, val) wr_at(&slot, off, val)

static void set_desc(uint64_t table, unsigned i, uint64_t addr, uint32_t len, uint16_t flags,
                     uint16_t next)
{
    struct virtq_desc d = { addr, len, flags, next };
    memcpy(gpa(table + 16 * i), &d, sizeof(d));
}

static void offer(uint16_t head)
{
    uint16_t *ring = gpa(AVAIL + 4);
    ring[avail_idx % QNUM] = head;
    avail_idx++;
    __atomic_store_n((uint16_t *)gpa(AVAIL + 2), avail_idx, __ATOMIC_RELEASE);
}

static uint16_t used_idx(void)
{
    return __atomic_load_n((uint16_t *)gpa(USED + 2), __ATOMIC_ACQUIRE);
}

static uint32_t used_len(unsigned i)
{
    uint32_t v;
    memcpy(&v, gpa(USED + 4 + 8 * (i % QNUM) + 4), 4);
    return v;
}

/* Wait up to 5 s for the I/O thread to make cond true. */
#define WAIT_FOR(cond)                                                                             \
    do {                                                                                           \
        for (int w_ = 0; w_ < 5000 && !(cond); w_++)                                               \
            nanosleep(&(struct timespec){ 0, 1000000 }, NULL);                                     \
        CHECK(cond);                                                                               \
    } while (0)

static void settle(void)
{
    nanosleep(&(struct timespec){ 0, 50000000 }, NULL); /* 50 ms for anything that would run */
}

static void set_features(struct virtio_mmio *t, uint64_t f)
{
    wr_at(t, VIRTIO_MMIO_DRIVER_FEATURES_SEL, 0);
    wr_at(t, VIRTIO_MMIO_DRIVER_FEATURES, (uint32_t)f);
    wr_at(t, VIRTIO_MMIO_DRIVER_FEATURES_SEL, 1);
    wr_at(t, VIRTIO_MMIO_DRIVER_FEATURES, (uint32_t)(f >> 32));
}

/* Reset, then negotiate features f up to FEATURES_OK (3.1.1 steps 1-6). */
static void negotiate(struct virtio_mmio *t, uint64_t f)
{
    wr_at(t, VIRTIO_MMIO_STATUS, 0);
    wr_at(t, VIRTIO_MMIO_STATUS, S_ACK);
    wr_at(t, VIRTIO_MMIO_STATUS, S_DRV);
    set_features(t, f);
    wr_at(t, VIRTIO_MMIO_STATUS, S_FOK);
}

/* Queue qidx of QNUM entries at DESC/AVAIL/USED, zeroed (4.2.3.2). */
static void setup_queue(struct virtio_mmio *t, unsigned qidx)
{
    memset(ram, 0, 0x20000);
    avail_idx = 0;
    wr_at(t, VIRTIO_MMIO_QUEUE_SEL, qidx);
    wr_at(t, VIRTIO_MMIO_QUEUE_NUM, QNUM);
    wr_at(t, VIRTIO_MMIO_QUEUE_DESC_LOW, (uint32_t)DESC);
    wr_at(t, VIRTIO_MMIO_QUEUE_DESC_HIGH, (uint32_t)(DESC >> 32));
    wr_at(t, VIRTIO_MMIO_QUEUE_DRIVER_LOW, (uint32_t)AVAIL);
    wr_at(t, VIRTIO_MMIO_QUEUE_DRIVER_HIGH, 0);
    wr_at(t, VIRTIO_MMIO_QUEUE_DEVICE_LOW, (uint32_t)USED);
    wr_at(t, VIRTIO_MMIO_QUEUE_DEVICE_HIGH, 0);
    wr_at(t, VIRTIO_MMIO_QUEUE_READY, 1);
}

static const uint64_t GOOD_FEATURES = F_DEV_A | F_DEV_B | F_EVENT_IDX | F_INDIRECT | F_VERSION_1;

/* --- tests --- */

static void test_identity(void)
{
    struct virtio_mmio empty;
    virtio_mmio_init(&empty, &bus, (struct irq_line){ irq_sink, NULL, 9 });
    CHECK_EQ(rd_at(&empty, VIRTIO_MMIO_MAGIC_VALUE), 0x74726976);
    CHECK_EQ(rd_at(&empty, VIRTIO_MMIO_VERSION_REG), 2);
    CHECK_EQ(rd_at(&empty, VIRTIO_MMIO_DEVICE_ID), 0); /* empty slot */
    CHECK_EQ(rd_at(&empty, VIRTIO_MMIO_QUEUE_NUM_MAX), 0);
    wr_at(&empty, VIRTIO_MMIO_STATUS, S_ACK);
    CHECK_EQ(rd_at(&empty, VIRTIO_MMIO_STATUS), 0);
    virtio_mmio_fini(&empty);

    CHECK_EQ(rd(VIRTIO_MMIO_MAGIC_VALUE), VIRTIO_MMIO_MAGIC);
    CHECK_EQ(rd(VIRTIO_MMIO_VERSION_REG), 2);
    CHECK_EQ(rd(VIRTIO_MMIO_DEVICE_ID), 0x1234);
    CHECK_EQ(rd(VIRTIO_MMIO_VENDOR_ID), VIRTIO_MMIO_VENDOR);
    uint64_t v;
    CHECK(!virtio_mmio_ops.read(&slot, VIRTIO_MMIO_STATUS, 2, &v)); /* registers: 32-bit only */
    CHECK(!virtio_mmio_ops.read(&slot, VIRTIO_MMIO_STATUS + 1, 4, &v));
    CHECK(!virtio_mmio_ops.write(&slot, VIRTIO_MMIO_STATUS, 1, 0));
    CHECK_EQ(rd(VIRTIO_MMIO_SHM_LEN_LOW), 0xffffffff); /* no shared memory regions */
    CHECK_EQ(rd(VIRTIO_MMIO_SHM_BASE_HIGH), 0xffffffff);
}

static void test_negotiation(void)
{
    int resets = fake.resets;
    wr(VIRTIO_MMIO_STATUS, 0);
    CHECK_EQ(fake.resets, resets + 1);
    CHECK_EQ(rd(VIRTIO_MMIO_STATUS), 0);
    wr(VIRTIO_MMIO_STATUS, S_ACK);
    wr(VIRTIO_MMIO_STATUS, S_DRV);
    CHECK_EQ(rd(VIRTIO_MMIO_STATUS), S_DRV);
    wr(VIRTIO_MMIO_DEVICE_FEATURES_SEL, 0);
    CHECK_EQ(rd(VIRTIO_MMIO_DEVICE_FEATURES),
             (uint32_t)(F_DEV_A | F_DEV_B | F_EVENT_IDX | F_INDIRECT));
    wr(VIRTIO_MMIO_DEVICE_FEATURES_SEL, 1);
    CHECK_EQ(rd(VIRTIO_MMIO_DEVICE_FEATURES), 1); /* VIRTIO_F_VERSION_1 = bit 32 */
    wr(VIRTIO_MMIO_DEVICE_FEATURES_SEL, 2);
    CHECK_EQ(rd(VIRTIO_MMIO_DEVICE_FEATURES), 0);

    /* FEATURES_OK is refused (2.2.2) without VERSION_1 (no legacy interface), for a feature the
     * device did not offer, and for a combination the device model rejects. */
    set_features(&slot, F_DEV_A);
    wr(VIRTIO_MMIO_STATUS, S_FOK);
    CHECK_EQ(rd(VIRTIO_MMIO_STATUS), S_DRV);
    set_features(&slot, F_VERSION_1 | (1ull << 7));
    wr(VIRTIO_MMIO_STATUS, S_FOK);
    CHECK_EQ(rd(VIRTIO_MMIO_STATUS), S_DRV);
    set_features(&slot, F_VERSION_1 | F_DEV_B);
    wr(VIRTIO_MMIO_STATUS, S_FOK);
    CHECK_EQ(rd(VIRTIO_MMIO_STATUS), S_DRV);
    /* DRIVER_OK without FEATURES_OK is ignored. */
    wr(VIRTIO_MMIO_STATUS, S_DRV | VIRTIO_STATUS_DRIVER_OK);
    CHECK_EQ(rd(VIRTIO_MMIO_STATUS), S_DRV);
    CHECK_EQ(fake.driver_oks, 0);

    set_features(&slot, GOOD_FEATURES);
    wr(VIRTIO_MMIO_STATUS, S_FOK);
    CHECK_EQ(rd(VIRTIO_MMIO_STATUS), S_FOK);
    CHECK_EQ(virtio_features(&slot), GOOD_FEATURES);
    set_features(&slot, F_VERSION_1); /* too late: ignored */
    CHECK_EQ(virtio_features(&slot), GOOD_FEATURES);
    wr(VIRTIO_MMIO_STATUS, S_ACK); /* the driver must not clear bits: ignored */
    CHECK_EQ(rd(VIRTIO_MMIO_STATUS), S_FOK);
    wr(VIRTIO_MMIO_STATUS, S_FOK | VIRTIO_STATUS_DEVICE_NEEDS_RESET); /* the device's bit */
    CHECK_EQ(rd(VIRTIO_MMIO_STATUS), S_FOK);

    /* Out-of-order bits: FEATURES_OK straight after reset. */
    wr(VIRTIO_MMIO_STATUS, 0);
    set_features(&slot, GOOD_FEATURES);
    wr(VIRTIO_MMIO_STATUS, VIRTIO_STATUS_FEATURES_OK);
    CHECK_EQ(rd(VIRTIO_MMIO_STATUS), 0);
}

static void test_queue_setup_errors(void)
{
    /* QueueReady before FEATURES_OK. */
    wr(VIRTIO_MMIO_STATUS, 0);
    wr(VIRTIO_MMIO_STATUS, S_DRV);
    setup_queue(&slot, 0);
    CHECK_EQ(rd(VIRTIO_MMIO_QUEUE_READY), 0);
    CHECK(rd(VIRTIO_MMIO_STATUS) & VIRTIO_STATUS_DEVICE_NEEDS_RESET);

    /* QueueReady before the queue addresses were written. */
    negotiate(&slot, GOOD_FEATURES);
    CHECK_EQ(rd(VIRTIO_MMIO_STATUS), S_FOK); /* the reset cleared NEEDS_RESET */
    wr(VIRTIO_MMIO_QUEUE_SEL, 0);
    CHECK_EQ(rd(VIRTIO_MMIO_QUEUE_READY), 0);
    CHECK_EQ(rd(VIRTIO_MMIO_QUEUE_NUM_MAX), 16);
    wr(VIRTIO_MMIO_QUEUE_NUM, QNUM);
    wr(VIRTIO_MMIO_QUEUE_READY, 1);
    CHECK_EQ(rd(VIRTIO_MMIO_QUEUE_READY), 0);
    CHECK(rd(VIRTIO_MMIO_STATUS) & VIRTIO_STATUS_DEVICE_NEEDS_RESET);

    /* Bad sizes: not a power of two, above QueueNumMax. */
    static const uint32_t bad_num[] = { 3, 32, 0, 0x10008 };
    for (unsigned i = 0; i < sizeof(bad_num) / sizeof(bad_num[0]); i++) {
        negotiate(&slot, GOOD_FEATURES);
        setup_queue(&slot, 0);
        wr(VIRTIO_MMIO_QUEUE_READY, 0);
        wr(VIRTIO_MMIO_QUEUE_NUM, bad_num[i]);
        wr(VIRTIO_MMIO_QUEUE_READY, 1);
        CHECK_EQ(rd(VIRTIO_MMIO_QUEUE_READY), 0);
        CHECK(rd(VIRTIO_MMIO_STATUS) & VIRTIO_STATUS_DEVICE_NEEDS_RESET);
    }

    /* Areas outside RAM or misaligned. */
    negotiate(&slot, GOOD_FEATURES);
    setup_queue(&slot, 0);
    wr(VIRTIO_MMIO_QUEUE_READY, 0);
    wr(VIRTIO_MMIO_QUEUE_DEVICE_HIGH, 0x100); /* used ring above RAM */
    wr(VIRTIO_MMIO_QUEUE_READY, 1);
    CHECK_EQ(rd(VIRTIO_MMIO_QUEUE_READY), 0);
    negotiate(&slot, GOOD_FEATURES);
    setup_queue(&slot, 0);
    wr(VIRTIO_MMIO_QUEUE_READY, 0);
    wr(VIRTIO_MMIO_QUEUE_DESC_LOW, (uint32_t)DESC + 4);
    wr(VIRTIO_MMIO_QUEUE_READY, 1);
    CHECK_EQ(rd(VIRTIO_MMIO_QUEUE_READY), 0);

    /* A queue that does not exist. */
    negotiate(&slot, GOOD_FEATURES);
    wr(VIRTIO_MMIO_QUEUE_SEL, 2);
    CHECK_EQ(rd(VIRTIO_MMIO_QUEUE_NUM_MAX), 0);
    wr(VIRTIO_MMIO_QUEUE_READY, 1);
    CHECK_EQ(rd(VIRTIO_MMIO_QUEUE_READY), 0);
    CHECK_EQ(rd(VIRTIO_MMIO_STATUS), S_FOK);
}

static void test_io(void)
{
    negotiate(&slot, GOOD_FEATURES);
    setup_queue(&slot, 1);
    CHECK_EQ(rd(VIRTIO_MMIO_QUEUE_READY), 1);
    CHECK_EQ(rd(VIRTIO_MMIO_STATUS), S_FOK);
    wr(VIRTIO_MMIO_QUEUE_NUM, 2); /* ignored while ready (4.2.2) */
    CHECK_EQ(slot.queues[1].vq.num, QNUM);

    /* 2.1.2: nothing is consumed before DRIVER_OK. */
    set_desc(DESC, 0, BUF, 100, VIRTQ_DESC_F_WRITE, 0);
    offer(0);
    int notified = fake.notified;
    wr(VIRTIO_MMIO_QUEUE_NOTIFY, 1);
    settle();
    CHECK_EQ(fake.notified, notified);
    CHECK_EQ(used_idx(), 0);

    /* DRIVER_OK: the buffer made available earlier is processed, on the I/O thread. */
    wr(VIRTIO_MMIO_STATUS, S_LIVE);
    CHECK_EQ(fake.driver_oks, 1);
    WAIT_FOR(used_idx() == 1);
    CHECK_EQ(used_len(0), 100);
    CHECK(((uint8_t *)gpa(BUF))[99] == 0x5a && ((uint8_t *)gpa(BUF))[100] == 0);
    WAIT_FOR(rd(VIRTIO_MMIO_INTERRUPT_STATUS) == VIRTIO_MMIO_INT_USED_BUFFER);
    CHECK_EQ(irq_level, 1);
    wr(VIRTIO_MMIO_INTERRUPT_ACK, VIRTIO_MMIO_INT_USED_BUFFER);
    CHECK_EQ(rd(VIRTIO_MMIO_INTERRUPT_STATUS), 0);
    CHECK_EQ(irq_level, 0);

    /* QueueNotify -> handler on the I/O thread, via an indirect chain. */
    set_desc(INDIR, 0, BUF + 0x1000, 7, VIRTQ_DESC_F_WRITE | VIRTQ_DESC_F_NEXT, 1);
    set_desc(INDIR, 1, BUF + 0x2000, 9, VIRTQ_DESC_F_WRITE, 0);
    set_desc(DESC, 1, INDIR, 32, VIRTQ_DESC_F_INDIRECT, 0);
    offer(1);
    /* EVENT_IDX: the driver asks for an interrupt at used entry 1 (the next one). */
    *(uint16_t *)gpa(AVAIL + 4 + 2 * QNUM) = 1;
    wr(VIRTIO_MMIO_QUEUE_NOTIFY, 1);
    WAIT_FOR(used_idx() == 2);
    CHECK_EQ(used_len(1), 16);
    WAIT_FOR(irq_level == 1);
    CHECK_EQ(rd(VIRTIO_MMIO_INTERRUPT_STATUS), VIRTIO_MMIO_INT_USED_BUFFER);
    wr(VIRTIO_MMIO_INTERRUPT_ACK, 0xffffffff);
    CHECK_EQ(irq_level, 0);
    /* avail_event tells the driver to notify for the next entry (2.7.10). */
    CHECK_EQ(*(uint16_t *)gpa(USED + 4 + 8 * QNUM), 2);

    /* used_event in the past: the device suppresses the interrupt. */
    offer(0);
    wr(VIRTIO_MMIO_QUEUE_NOTIFY, 1);
    WAIT_FOR(used_idx() == 3);
    settle();
    CHECK_EQ(rd(VIRTIO_MMIO_INTERRUPT_STATUS), 0);
    CHECK_EQ(irq_level, 0);

    /* A notify for a queue that does not exist, or one not set up, does nothing. */
    notified = fake.notified;
    wr(VIRTIO_MMIO_QUEUE_NOTIFY, 99);
    wr(VIRTIO_MMIO_QUEUE_NOTIFY, 0);
    settle();
    CHECK_EQ(fake.notified, notified);
    CHECK_EQ(fake.notified_off_thread, 0);
}

static void test_config(void)
{
    memcpy(fake.config, "\x11\x22\x33\x44\x55\x66\x77\x88", 8);
    uint64_t v = 0;
    CHECK(virtio_mmio_ops.read(&slot, VIRTIO_MMIO_CONFIG + 1, 1, &v));
    CHECK_EQ(v, 0x22);
    CHECK(virtio_mmio_ops.read(&slot, VIRTIO_MMIO_CONFIG + 2, 2, &v));
    CHECK_EQ(v, 0x4433);
    CHECK(virtio_mmio_ops.read(&slot, VIRTIO_MMIO_CONFIG + 4, 4, &v));
    CHECK_EQ(v, 0x88776655);
    CHECK(virtio_mmio_ops.read(&slot, VIRTIO_MMIO_CONFIG + 6, 4, &v)); /* crosses the end */
    CHECK_EQ(v, 0);
    CHECK(virtio_mmio_ops.read(&slot, VIRTIO_MMIO_CONFIG + 0x800, 4, &v));
    CHECK_EQ(v, 0);
    CHECK(virtio_mmio_ops.write(&slot, VIRTIO_MMIO_CONFIG + 0, 2, 0xbeef));
    CHECK_EQ(fake.config[0], 0xef);
    CHECK_EQ(fake.config[1], 0xbe);
    CHECK(virtio_mmio_ops.write(&slot, VIRTIO_MMIO_CONFIG + 7, 2, 0xffff)); /* ignored */
    CHECK_EQ(fake.config[7], 0x88);
    uint32_t gen = rd(VIRTIO_MMIO_CONFIG_GENERATION);
    virtio_lock(&slot);
    virtio_config_changed(&slot);
    virtio_unlock(&slot);
    CHECK(rd(VIRTIO_MMIO_CONFIG_GENERATION) != gen);
    CHECK_EQ(rd(VIRTIO_MMIO_INTERRUPT_STATUS), VIRTIO_MMIO_INT_CONFIG);
    CHECK_EQ(irq_level, 1);
    wr(VIRTIO_MMIO_INTERRUPT_ACK, VIRTIO_MMIO_INT_CONFIG);
    CHECK_EQ(irq_level, 0);
}

/* A hostile ring on a live device: NEEDS_RESET plus a config interrupt; reset recovers. */
static void test_broken_ring(void)
{
    offer(QNUM + 3); /* head out of range */
    int notified = fake.notified;
    wr(VIRTIO_MMIO_QUEUE_NOTIFY, 1);
    WAIT_FOR(rd(VIRTIO_MMIO_STATUS) & VIRTIO_STATUS_DEVICE_NEEDS_RESET);
    WAIT_FOR(irq_level == 1);
    CHECK_EQ(rd(VIRTIO_MMIO_INTERRUPT_STATUS), VIRTIO_MMIO_INT_CONFIG);
    WAIT_FOR(fake.notified == notified + 1);
    /* Further notifications are not handed to the device. */
    set_desc(DESC, 0, BUF, 4, VIRTQ_DESC_F_WRITE, 0);
    offer(0);
    wr(VIRTIO_MMIO_QUEUE_NOTIFY, 1);
    settle();
    CHECK_EQ(fake.notified, notified + 1);

    int resets = fake.resets;
    wr(VIRTIO_MMIO_STATUS, 0);
    CHECK_EQ(fake.resets, resets + 1);
    CHECK_EQ(rd(VIRTIO_MMIO_STATUS), 0);
    CHECK_EQ(rd(VIRTIO_MMIO_INTERRUPT_STATUS), 0);
    CHECK_EQ(irq_level, 0);
    wr(VIRTIO_MMIO_QUEUE_SEL, 1);
    CHECK_EQ(rd(VIRTIO_MMIO_QUEUE_READY), 0);

    /* Set up again: works. */
    negotiate(&slot, GOOD_FEATURES);
    setup_queue(&slot, 1);
    wr(VIRTIO_MMIO_STATUS, S_LIVE);
    set_desc(DESC, 0, BUF, 4, VIRTQ_DESC_F_WRITE, 0);
    offer(0);
    wr(VIRTIO_MMIO_QUEUE_NOTIFY, 1);
    WAIT_FOR(used_idx() == 1);
    WAIT_FOR(irq_level == 1);
    wr(VIRTIO_MMIO_INTERRUPT_ACK, 1);

    /* QueueReady = 0 stops the queue; FAILED stops the device. */
    wr(VIRTIO_MMIO_QUEUE_READY, 0);
    CHECK_EQ(rd(VIRTIO_MMIO_QUEUE_READY), 0);
    offer(0);
    wr(VIRTIO_MMIO_QUEUE_NOTIFY, 1);
    settle();
    CHECK_EQ(used_idx(), 1);
    wr(VIRTIO_MMIO_QUEUE_DESC_LOW, (uint32_t)DESC); /* allowed again while not ready */
    wr(VIRTIO_MMIO_QUEUE_READY, 1);
    CHECK_EQ(rd(VIRTIO_MMIO_QUEUE_READY), 1);
    wr(VIRTIO_MMIO_STATUS, S_LIVE | VIRTIO_STATUS_FAILED);
    avail_idx = 0; /* the re-enabled queue starts from 0 again */
    offer(0);
    wr(VIRTIO_MMIO_QUEUE_NOTIFY, 1);
    settle();
    CHECK_EQ(used_idx(), 1);
    wr(VIRTIO_MMIO_STATUS, 0);
}

/* --- virtio-rng through the transport --- */

static atomic_int rng_calls;

static ssize_t fake_entropy(void *opaque, void *buf, size_t len)
{
    (void)opaque;
    rng_calls++;
    if (len > 100)
        len = 100; /* short reads must be handled */
    for (size_t i = 0; i < len; i++)
        ((uint8_t *)buf)[i] = (uint8_t)(0xa0 + i % 7);
    return (ssize_t)len;
}

static void test_rng(void)
{
    struct virtio_mmio rng;
    virtio_mmio_init(&rng, &bus, (struct irq_line){ irq_sink, NULL, 2 });
    CHECK_EQ(virtio_rng_create(&rng, loop, fake_entropy, NULL), 0);
    CHECK_EQ(virtio_rng_create(&rng, loop, fake_entropy, NULL), -EBUSY);
    CHECK_EQ(rd_at(&rng, VIRTIO_MMIO_DEVICE_ID), VIRTIO_ID_ENTROPY);
    wr_at(&rng, VIRTIO_MMIO_DEVICE_FEATURES_SEL, 0);
    CHECK_EQ(rd_at(&rng, VIRTIO_MMIO_DEVICE_FEATURES), (uint32_t)(F_EVENT_IDX | F_INDIRECT));
    wr_at(&rng, VIRTIO_MMIO_QUEUE_SEL, 1);
    CHECK_EQ(rd_at(&rng, VIRTIO_MMIO_QUEUE_NUM_MAX), 0); /* one queue only (5.4.2) */
    negotiate(&rng, F_VERSION_1 | F_INDIRECT);           /* no EVENT_IDX this time */
    CHECK_EQ(rd_at(&rng, VIRTIO_MMIO_STATUS), S_FOK);
    setup_queue(&rng, 0);
    wr_at(&rng, VIRTIO_MMIO_STATUS, S_LIVE);

    set_desc(DESC, 0, BUF, 64, VIRTQ_DESC_F_WRITE, 0);
    set_desc(DESC, 1, BUF + 0x100, 250, VIRTQ_DESC_F_WRITE | VIRTQ_DESC_F_NEXT, 2);
    set_desc(DESC, 2, BUF + 0x300, 10, VIRTQ_DESC_F_WRITE, 0);
    offer(0);
    offer(1);
    wr_at(&rng, VIRTIO_MMIO_QUEUE_NOTIFY, 0);
    WAIT_FOR(used_idx() == 2);
    CHECK_EQ(used_len(0), 64);
    CHECK_EQ(used_len(1), 260);
    const uint8_t *b = gpa(BUF);
    CHECK(b[0] == 0xa0 && b[6] == 0xa6 && b[63] == 0xa0 + 63 % 7 && b[64] == 0);
    CHECK(b[0x100 + 249] != 0 && b[0x300 + 9] != 0 && b[0x300 + 10] == 0);
    CHECK(rng_calls >= 4);
    WAIT_FOR(irq_level == 1);
    CHECK_EQ(rd_at(&rng, VIRTIO_MMIO_INTERRUPT_STATUS), VIRTIO_MMIO_INT_USED_BUFFER);
    wr_at(&rng, VIRTIO_MMIO_INTERRUPT_ACK, 1);
    CHECK_EQ(irq_level, 0);

    /* VIRTQ_AVAIL_F_NO_INTERRUPT: served, no interrupt. */
    *(uint16_t *)gpa(AVAIL) = VIRTQ_AVAIL_F_NO_INTERRUPT;
    offer(0);
    wr_at(&rng, VIRTIO_MMIO_QUEUE_NOTIFY, 0);
    WAIT_FOR(used_idx() == 3);
    settle();
    CHECK_EQ(irq_level, 0);

    /* A device-readable-only request (5.4.6.1 forbids it): answered with 0 bytes, no crash. */
    set_desc(DESC, 3, BUF, 16, 0, 0);
    offer(3);
    wr_at(&rng, VIRTIO_MMIO_QUEUE_NOTIFY, 0);
    WAIT_FOR(used_idx() == 4);
    CHECK_EQ(used_len(3), 0);

    /* Hostile: a buffer outside RAM -> NEEDS_RESET. */
    set_desc(DESC, 4, 0x1000, 16, VIRTQ_DESC_F_WRITE, 0);
    offer(4);
    wr_at(&rng, VIRTIO_MMIO_QUEUE_NOTIFY, 0);
    WAIT_FOR(rd_at(&rng, VIRTIO_MMIO_STATUS) & VIRTIO_STATUS_DEVICE_NEEDS_RESET);
    CHECK_EQ(used_idx(), 4);
    wr_at(&rng, VIRTIO_MMIO_STATUS, 0);
    io_loop_stop(loop);
    virtio_mmio_fini(&rng); /* frees the device model */
    CHECK_EQ(io_loop_start(loop), 0);
}

int main(void)
{
    ram = mmap(NULL, RAM_SIZE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (ram == MAP_FAILED)
        return 1;
    bus_init(&bus);
    if (bus_map_ram(&bus, "ram", RAM_BASE, RAM_SIZE, ram) || io_loop_create(&loop))
        return 1;
    virtio_mmio_init(&slot, &bus, (struct irq_line){ irq_sink, NULL, 1 });
    CHECK_EQ(virtio_mmio_attach(&slot, &fake_ops, &fake, loop), 0);
    CHECK_EQ(io_loop_start(loop), 0);
    test_identity();
    test_negotiation();
    test_queue_setup_errors();
    test_io();
    test_config();
    test_broken_ring();
    test_rng();
    io_loop_stop(loop);
    virtio_mmio_fini(&slot);
    CHECK_EQ(fake.destroyed, 1);
    io_loop_destroy(loop);
    munmap(ram, RAM_SIZE);
    return check_report("virtio_mmio");
}
