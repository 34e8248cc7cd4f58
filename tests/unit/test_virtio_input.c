/* Unit tests for virtio/input.c, the power button (virtio 1.2, 5.8), through the virtio-mmio
 * transport: a fake driver sets the device up register by register. Checks identity, every
 * configuration answer (each select/subsel pair, unknown ones size 0, 5.8.4 and 5.8.5.2), press
 * delivery into eventq buffers, presses made before the driver posts buffers or before
 * DRIVER_OK (delivered later, in order, bounded), the statusq being consumed, and that hostile
 * eventq buffers (too short, device-readable) are never written. */
#include <errno.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>

#include "base/io_loop.h"
#include "virtio/input.h"
#include "virtio/mmio.h"
#include "check.h"

#define RAM_BASE 0x80000000ull
#define RAM_SIZE (16ull << 20)
#define QNUM     64
#define BUF      (RAM_BASE + 0x10000) /* event buffers: 16 bytes apart */

#define S_ACK  VIRTIO_STATUS_ACKNOWLEDGE
#define S_DRV  (S_ACK | VIRTIO_STATUS_DRIVER)
#define S_FOK  (S_DRV | VIRTIO_STATUS_FEATURES_OK)
#define S_LIVE (S_FOK | VIRTIO_STATUS_DRIVER_OK)

static uint8_t *ram;
static struct bus bus;
static struct io_loop *loop;
static struct virtio_mmio slot;
static struct virtio_input *dev;
static atomic_int irq_level = -1;

/* --- the fake driver --- */

struct dq {
    unsigned idx;
    uint64_t desc, avail, used;
    uint16_t avail_idx, next_desc;
};
static struct dq evq = { 0, RAM_BASE + 0x0000, RAM_BASE + 0x1000, RAM_BASE + 0x2000, 0, 0 };
static struct dq stq = { 1, RAM_BASE + 0x4000, RAM_BASE + 0x5000, RAM_BASE + 0x6000, 0, 0 };

static void irq_sink(void *opaque, unsigned n, bool level)
{
    (void)opaque, (void)n;
    irq_level = level;
}

static void *gpa(uint64_t a)
{
    return ram + (a - RAM_BASE);
}

static uint32_t rd(uint64_t off)
{
    uint64_t v = 0xdeadbeef;
    CHECK(virtio_mmio_ops.read(&slot, off, 4, &v));
    return (uint32_t)v;
}

static void wr(uint64_t off, uint32_t val)
{
    CHECK(virtio_mmio_ops.write(&slot, off, 4, val));
}

static uint8_t cfg8(unsigned off)
{
    uint64_t v = 0xdeadbeef;
    CHECK(virtio_mmio_ops.read(&slot, VIRTIO_MMIO_CONFIG + off, 1, &v));
    return (uint8_t)v;
}

static void cfg_wr8(unsigned off, uint8_t val)
{
    CHECK(virtio_mmio_ops.write(&slot, VIRTIO_MMIO_CONFIG + off, 1, val));
}

static void set_desc(struct dq *q, unsigned i, uint64_t addr, uint32_t len, uint16_t flags,
                     uint16_t next)
{
    struct virtq_desc d = { addr, len, flags, next };
    memcpy(gpa(q->desc + 16 * i), &d, sizeof(d));
}

static void offer(struct dq *q, uint16_t head)
{
    uint16_t *ring = gpa(q->avail + 4);
    ring[q->avail_idx % QNUM] = head;
    q->avail_idx++;
    __atomic_store_n((uint16_t *)gpa(q->avail + 2), q->avail_idx, __ATOMIC_RELEASE);
}

static void notify(struct dq *q)
{
    wr(VIRTIO_MMIO_QUEUE_NOTIFY, q->idx);
}

/* Post n eventq buffers of len bytes (one descriptor each, device-writable) and notify. */
static void post_events(unsigned n, uint32_t len)
{
    for (unsigned i = 0; i < n; i++) {
        uint16_t d = evq.next_desc++ % QNUM;
        set_desc(&evq, d, BUF + 16ull * d, len, VIRTQ_DESC_F_WRITE, 0);
        offer(&evq, d);
    }
    notify(&evq);
}

static uint16_t used_idx(struct dq *q)
{
    return __atomic_load_n((uint16_t *)gpa(q->used + 2), __ATOMIC_ACQUIRE);
}

static struct virtq_used_elem used_elem(struct dq *q, unsigned i)
{
    struct virtq_used_elem e;
    memcpy(&e, gpa(q->used + 4 + 8 * (i % QNUM)), sizeof(e));
    return e;
}

/* The event the device wrote into the buffer of used entry i. */
static void used_event(unsigned i, uint16_t *type, uint16_t *code, uint32_t *value)
{
    struct virtq_used_elem e = used_elem(&evq, i);
    const uint8_t *p = gpa(BUF + 16ull * e.id);
    memcpy(type, p, 2);
    memcpy(code, p + 2, 2);
    memcpy(value, p + 4, 4);
}

#define WAIT_FOR(cond)                                                                             \
    do {                                                                                           \
        for (int w_ = 0; w_ < 5000 && !(cond); w_++)                                               \
            nanosleep(&(struct timespec){ 0, 1000000 }, NULL);                                     \
        CHECK(cond);                                                                               \
    } while (0)

static void settle(void)
{
    nanosleep(&(struct timespec){ 0, 50000000 }, NULL);
}

static void setup_queue(struct dq *q)
{
    memset(gpa(q->desc), 0, 0x3000);
    q->avail_idx = q->next_desc = 0;
    wr(VIRTIO_MMIO_QUEUE_SEL, q->idx);
    wr(VIRTIO_MMIO_QUEUE_NUM, QNUM);
    wr(VIRTIO_MMIO_QUEUE_DESC_LOW, (uint32_t)q->desc);
    wr(VIRTIO_MMIO_QUEUE_DESC_HIGH, (uint32_t)(q->desc >> 32));
    wr(VIRTIO_MMIO_QUEUE_DRIVER_LOW, (uint32_t)q->avail);
    wr(VIRTIO_MMIO_QUEUE_DRIVER_HIGH, 0);
    wr(VIRTIO_MMIO_QUEUE_DEVICE_LOW, (uint32_t)q->used);
    wr(VIRTIO_MMIO_QUEUE_DEVICE_HIGH, 0);
    wr(VIRTIO_MMIO_QUEUE_READY, 1);
}

/* Reset and bring the device up to FEATURES_OK with both queues ready; live = DRIVER_OK too. */
static void bring_up(bool live)
{
    wr(VIRTIO_MMIO_STATUS, 0);
    wr(VIRTIO_MMIO_STATUS, S_ACK);
    wr(VIRTIO_MMIO_STATUS, S_DRV);
    wr(VIRTIO_MMIO_DRIVER_FEATURES_SEL, 0);
    wr(VIRTIO_MMIO_DRIVER_FEATURES, 0);
    wr(VIRTIO_MMIO_DRIVER_FEATURES_SEL, 1);
    wr(VIRTIO_MMIO_DRIVER_FEATURES, (uint32_t)((1ull << VIRTIO_F_VERSION_1) >> 32));
    wr(VIRTIO_MMIO_STATUS, S_FOK);
    CHECK_EQ(rd(VIRTIO_MMIO_STATUS), S_FOK);
    setup_queue(&evq);
    setup_queue(&stq);
    memset(gpa(BUF), 0, 0x10000);
    if (live)
        wr(VIRTIO_MMIO_STATUS, S_LIVE);
}

static bool needs_reset(void)
{
    return rd(VIRTIO_MMIO_STATUS) & VIRTIO_STATUS_DEVICE_NEEDS_RESET;
}

/* Check that used entries [from, from + 4 * presses) hold whole presses, in order. */
static void check_presses(unsigned from, unsigned presses)
{
    static const uint16_t want_type[4] = { INPUT_EV_KEY, INPUT_EV_SYN, INPUT_EV_KEY, INPUT_EV_SYN };
    static const uint16_t want_code[4] = { INPUT_KEY_POWER, INPUT_SYN_REPORT, INPUT_KEY_POWER,
                                           INPUT_SYN_REPORT };
    static const uint32_t want_value[4] = { 1, 0, 0, 0 };
    for (unsigned i = 0; i < 4 * presses; i++) {
        uint16_t type, code;
        uint32_t value;
        used_event(from + i, &type, &code, &value);
        CHECK_EQ(type, want_type[i % 4]);
        CHECK_EQ(code, want_code[i % 4]);
        CHECK_EQ(value, want_value[i % 4]);
        CHECK_EQ(used_elem(&evq, from + i).len, VIRTIO_INPUT_EVENT_SIZE);
    }
}

/* --- tests --- */

static void test_identity(void)
{
    CHECK_EQ(rd(VIRTIO_MMIO_DEVICE_ID), VIRTIO_ID_INPUT);
    wr(VIRTIO_MMIO_DEVICE_FEATURES_SEL, 0);
    CHECK_EQ(rd(VIRTIO_MMIO_DEVICE_FEATURES) & 0xffffff, 0); /* 5.8.3: no feature bits */
    for (unsigned q = 0; q < 3; q++) {
        wr(VIRTIO_MMIO_QUEUE_SEL, q);
        CHECK_EQ(rd(VIRTIO_MMIO_QUEUE_NUM_MAX), q < 2 ? QNUM : 0);
    }
}

/* The answer the device should give for (select, subsel): its size, and its bytes in want. */
static unsigned expected(unsigned sel, unsigned sub, uint8_t *want)
{
    memset(want, 0, VIRTIO_INPUT_CFG_U_SIZE);
    if (sel == VIRTIO_INPUT_CFG_ID_NAME && sub == 0) {
        memcpy(want, "capa power button", 17);
        return 17;
    }
    if (sel == VIRTIO_INPUT_CFG_ID_DEVIDS && sub == 0) {
        want[0] = INPUT_BUS_VIRTUAL; /* le16 bustype, vendor 0, product 0, version 1 */
        want[6] = 1;
        return 8;
    }
    if (sel == VIRTIO_INPUT_CFG_EV_BITS && sub == INPUT_EV_SYN) {
        want[0] = 1; /* SYN_REPORT */
        return 1;
    }
    if (sel == VIRTIO_INPUT_CFG_EV_BITS && sub == INPUT_EV_KEY) {
        want[116 / 8] = 1 << (116 % 8); /* KEY_POWER only */
        return 116 / 8 + 1;
    }
    return 0;
}

/* 5.8.4: every select/subsel pair, the known ones with their contents, all others size 0 with a
 * zero union. */
static void test_config(void)
{
    uint8_t want[VIRTIO_INPUT_CFG_U_SIZE];
    unsigned bad = 0, known = 0;
    for (unsigned sel = 0; sel < 256; sel++) {
        for (unsigned sub = 0; sub < 256; sub++) {
            cfg_wr8(VIRTIO_INPUT_CFG_SELECT, (uint8_t)sel);
            cfg_wr8(VIRTIO_INPUT_CFG_SUBSEL, (uint8_t)sub);
            unsigned size = expected(sel, sub, want);
            known += size != 0;
            if (cfg8(VIRTIO_INPUT_CFG_SIZE) != size || cfg8(VIRTIO_INPUT_CFG_SELECT) != sel ||
                cfg8(VIRTIO_INPUT_CFG_SUBSEL) != sub) {
                bad++;
                continue;
            }
            /* The union, read 4 bytes at a time only where it may be non-zero (speed). */
            unsigned span = size ? VIRTIO_INPUT_CFG_U_SIZE : 4;
            for (unsigned off = 0; off < span; off += 4) {
                uint32_t v = rd(VIRTIO_MMIO_CONFIG + VIRTIO_INPUT_CFG_U + off), w;
                memcpy(&w, want + off, 4);
                bad += v != w;
            }
        }
    }
    CHECK_EQ(bad, 0);
    CHECK_EQ(known, 4);
    /* select and subsel in one 16-bit write; the reserved bytes and size are read-only. */
    CHECK(
        virtio_mmio_ops.write(&slot, VIRTIO_MMIO_CONFIG, 2, VIRTIO_INPUT_CFG_ID_NAME | (0u << 8)));
    CHECK_EQ(cfg8(VIRTIO_INPUT_CFG_SIZE), 17);
    cfg_wr8(VIRTIO_INPUT_CFG_SIZE, 99);
    CHECK(virtio_mmio_ops.write(&slot, VIRTIO_MMIO_CONFIG + 4, 4, 0xffffffff));
    CHECK(virtio_mmio_ops.write(&slot, VIRTIO_MMIO_CONFIG + VIRTIO_INPUT_CFG_U, 4, 0xffffffff));
    CHECK_EQ(cfg8(VIRTIO_INPUT_CFG_SIZE), 17);
    CHECK_EQ(rd(VIRTIO_MMIO_CONFIG + 4), 0);
    CHECK_EQ(rd(VIRTIO_MMIO_CONFIG + VIRTIO_INPUT_CFG_U), 0x61706163); /* "capa" */
    /* Past the end of the structure: zero (the transport's rule). */
    CHECK_EQ(rd(VIRTIO_MMIO_CONFIG + VIRTIO_INPUT_CFG_LEN), 0);
    /* A device reset forgets the selection. */
    wr(VIRTIO_MMIO_STATUS, 0);
    CHECK_EQ(cfg8(VIRTIO_INPUT_CFG_SELECT), 0);
    CHECK_EQ(cfg8(VIRTIO_INPUT_CFG_SIZE), 0);
    CHECK(!needs_reset());
}

/* A press with buffers posted: four events, one per buffer, and an interrupt. */
static void test_press(void)
{
    bring_up(true);
    post_events(8, VIRTIO_INPUT_EVENT_SIZE);
    settle();
    CHECK_EQ(used_idx(&evq), 0); /* buffers are kept until there is something to report */
    irq_level = 0;
    CHECK_EQ(virtio_input_power_press(dev), 0);
    WAIT_FOR(used_idx(&evq) == 4);
    check_presses(0, 1);
    CHECK_EQ(irq_level, 1);
    CHECK(rd(VIRTIO_MMIO_INTERRUPT_STATUS) & VIRTIO_MMIO_INT_USED_BUFFER);
    wr(VIRTIO_MMIO_INTERRUPT_ACK, VIRTIO_MMIO_INT_USED_BUFFER);
    /* Four buffers left for the next two presses (eight events): the rest waits for more. */
    CHECK_EQ(virtio_input_power_press(dev), 0);
    CHECK_EQ(virtio_input_power_press(dev), 0);
    WAIT_FOR(used_idx(&evq) == 8);
    settle();
    CHECK_EQ(used_idx(&evq), 8);
    post_events(6, VIRTIO_INPUT_EVENT_SIZE);
    WAIT_FOR(used_idx(&evq) == 12);
    check_presses(0, 3);
    CHECK(!needs_reset());
}

/* Presses made before the driver posted buffers, or before DRIVER_OK at all (-ENODEV, still
 * queued), arrive once it does; a device reset in between (Linux resets at probe) keeps them. */
static void test_press_before_driver(void)
{
    bring_up(true);
    CHECK_EQ(virtio_input_power_press(dev), 0);
    settle();
    CHECK_EQ(used_idx(&evq), 0);
    post_events(4, VIRTIO_INPUT_EVENT_SIZE);
    WAIT_FOR(used_idx(&evq) == 4);
    check_presses(0, 1);

    wr(VIRTIO_MMIO_STATUS, 0);
    CHECK_EQ(virtio_input_power_press(dev), -ENODEV);
    bring_up(false);
    CHECK_EQ(virtio_input_power_press(dev), -ENODEV);
    post_events(8, VIRTIO_INPUT_EVENT_SIZE); /* not consumed before DRIVER_OK (2.1.2) */
    settle();
    CHECK_EQ(used_idx(&evq), 0);
    wr(VIRTIO_MMIO_STATUS, S_LIVE);
    WAIT_FOR(used_idx(&evq) == 8);
    check_presses(0, 2);
    CHECK(!needs_reset());
}

/* At most VIRTIO_INPUT_MAX_PENDING events wait; a press that does not fit is refused whole. */
static void test_bounded(void)
{
    bring_up(true);
    unsigned fit = VIRTIO_INPUT_MAX_PENDING / 4;
    for (unsigned i = 0; i < fit; i++)
        CHECK_EQ(virtio_input_power_press(dev), 0);
    CHECK_EQ(virtio_input_power_press(dev), -ENOBUFS);
    post_events(QNUM, VIRTIO_INPUT_EVENT_SIZE);
    WAIT_FOR(used_idx(&evq) == 4 * fit);
    settle();
    CHECK_EQ(used_idx(&evq), 4 * fit);
    check_presses(0, fit);
    CHECK_EQ(virtio_input_power_press(dev), 0); /* room again */
    WAIT_FOR(used_idx(&evq) == 4 * fit + 4);
}

/* The statusq (LEDs from the driver) is consumed and ignored. */
static void test_statusq(void)
{
    bring_up(true);
    uint8_t led[8] = { 0x11, 0, 0, 0, 1, 0, 0, 0 }; /* EV_LED, LED_NUML, 1 */
    for (unsigned i = 0; i < 3; i++) {
        memcpy(gpa(BUF + 0x8000 + 16 * i), led, sizeof(led));
        set_desc(&stq, i, BUF + 0x8000 + 16 * i, sizeof(led), 0, 0);
        offer(&stq, (uint16_t)i);
    }
    notify(&stq);
    WAIT_FOR(used_idx(&stq) == 3);
    for (unsigned i = 0; i < 3; i++)
        CHECK_EQ(used_elem(&stq, i).len, 0);
    CHECK(!memcmp(gpa(BUF + 0x8000), led, sizeof(led)));
    CHECK(!needs_reset());
}

/* Hostile eventq buffers: nothing is written outside them (or into them at all), and the device
 * asks for a reset (5.8.6.1). A writable event split over two descriptors is fine. */
static void test_hostile(void)
{
    uint8_t canary[32];
    memset(canary, 0xa5, sizeof(canary));

    /* Too short: 4 writable bytes, canary right behind. */
    bring_up(true);
    memset(gpa(BUF), 0xa5, 32);
    set_desc(&evq, 0, BUF, 4, VIRTQ_DESC_F_WRITE, 0);
    offer(&evq, 0);
    notify(&evq);
    CHECK_EQ(virtio_input_power_press(dev), 0);
    WAIT_FOR(needs_reset());
    settle();
    CHECK(!memcmp(gpa(BUF), canary, 32));
    CHECK_EQ(used_idx(&evq), 0);

    /* Device-readable (the pending press is still waiting). */
    bring_up(true);
    memset(gpa(BUF), 0xa5, 32);
    set_desc(&evq, 0, BUF, 16, 0, 0);
    offer(&evq, 0);
    notify(&evq);
    WAIT_FOR(needs_reset());
    settle();
    CHECK(!memcmp(gpa(BUF), canary, 32));
    CHECK_EQ(used_idx(&evq), 0);

    /* Readable then writable: still not an eventq buffer. */
    bring_up(true);
    memset(gpa(BUF), 0xa5, 32);
    set_desc(&evq, 0, BUF, 8, VIRTQ_DESC_F_NEXT, 1);
    set_desc(&evq, 1, BUF + 8, 8, VIRTQ_DESC_F_WRITE, 0);
    offer(&evq, 0);
    notify(&evq);
    WAIT_FOR(needs_reset());
    settle();
    CHECK(!memcmp(gpa(BUF), canary, 32));

    /* A descriptor outside guest RAM: the ring is broken, nothing written anywhere. */
    bring_up(true);
    set_desc(&evq, 0, RAM_BASE + RAM_SIZE - 4, 8, VIRTQ_DESC_F_WRITE, 0);
    offer(&evq, 0);
    notify(&evq);
    WAIT_FOR(needs_reset());
    CHECK_EQ(used_idx(&evq), 0);

    /* 4 + 4 writable bytes over two descriptors: one whole event (the press still pending). */
    bring_up(true);
    memset(gpa(BUF), 0xa5, 32);
    set_desc(&evq, 0, BUF, 4, VIRTQ_DESC_F_WRITE | VIRTQ_DESC_F_NEXT, 1);
    set_desc(&evq, 1, BUF + 16, 4, VIRTQ_DESC_F_WRITE, 0);
    offer(&evq, 0);
    notify(&evq);
    WAIT_FOR(used_idx(&evq) == 1);
    uint16_t type, code;
    memcpy(&type, gpa(BUF), 2);
    memcpy(&code, gpa(BUF + 2), 2);
    CHECK_EQ(type, INPUT_EV_KEY);
    CHECK_EQ(code, INPUT_KEY_POWER);
    CHECK_EQ(*(uint32_t *)gpa(BUF + 16), 1);
    CHECK(!memcmp(gpa(BUF + 4), canary, 12));
    CHECK(!memcmp(gpa(BUF + 20), canary, 12));
    CHECK_EQ(used_elem(&evq, 0).len, 8);
    CHECK(!needs_reset());
    /* Drain the rest of that press for the next test. */
    post_events(3, VIRTIO_INPUT_EVENT_SIZE);
    WAIT_FOR(used_idx(&evq) == 4);
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
    CHECK_EQ(virtio_input_power_create(&slot, loop, &dev), 0);
    CHECK_EQ(io_loop_start(loop), 0);
    test_identity();
    test_config();
    test_press();
    test_press_before_driver();
    test_bounded();
    test_statusq();
    test_hostile();
    io_loop_stop(loop);
    virtio_mmio_fini(&slot);
    io_loop_destroy(loop);
    munmap(ram, RAM_SIZE);
    return check_report("virtio_input");
}
