/* Unit tests for virtio/net.c (virtio 1.2, 5.1) through the virtio-mmio transport: a fake driver
 * sets the device up register by register, a fake backend collects transmitted frames and sends
 * frames back, from the I/O thread as a real backend does (both from inside its send callback,
 * as libslirp answers ARP at once, and from its own wake-ups). Checks identity, features and
 * configuration space (5.1.3, 5.1.4), transmit (header stripped), receive (header with
 * num_buffers = 1, frame whole), drops with no receive buffer or one too small, hostile transmit
 * chains (header only, too short, too long), and a device-readable receive buffer. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>

#include "base/io_loop.h"
#include "virtio/mmio.h"
#include "virtio/net.h"
#include "check.h"

#define RAM_BASE 0x80000000ull
#define RAM_SIZE (16ull << 20)
#define QNUM     8
#define BUF      (RAM_BASE + 0x10000)
#define BIG      (RAM_BASE + 0x100000) /* room for a 70 KiB chain */

#define S_ACK  VIRTIO_STATUS_ACKNOWLEDGE
#define S_DRV  (S_ACK | VIRTIO_STATUS_DRIVER)
#define S_FOK  (S_DRV | VIRTIO_STATUS_FEATURES_OK)
#define S_LIVE (S_FOK | VIRTIO_STATUS_DRIVER_OK)

#define F_VERSION_1  (1ull << VIRTIO_F_VERSION_1)
#define F_MAC        (1ull << VIRTIO_NET_F_MAC)
#define F_STATUS     (1ull << VIRTIO_NET_F_STATUS)
#define F_CSUM       (1ull << VIRTIO_NET_F_CSUM)
#define F_GUEST_CSUM (1ull << VIRTIO_NET_F_GUEST_CSUM)
#define F_TSO4       (1ull << VIRTIO_NET_F_HOST_TSO4)

static uint8_t *ram;
static struct bus bus;
static struct io_loop *loop;
static struct virtio_mmio slot;
static struct virtio_net *dev;
static const uint8_t mac[6] = { 0x52, 0x54, 0x00, 0x12, 0x34, 0x57 };

/* --- the fake backend (I/O thread only, except where the test waits for it) --- */

static uint8_t sent[70000];
static size_t sent_len;
static atomic_int sent_count, off_thread;
static bool destroyed;

static void be_send(void *opaque, const uint8_t *frame, size_t len)
{
    (void)opaque;
    if (!io_loop_on_thread(loop))
        off_thread++;
    memcpy(sent, frame, len);
    sent_len = len;
    /* A frame starting "ECHO" is answered at once, from inside send (transport lock held). */
    if (len >= 18 && !memcmp(frame + 14, "ECHO", 4))
        virtio_net_receive(dev, frame, len);
    sent_count++;
}

static void be_destroy(void *opaque)
{
    (void)opaque;
    destroyed = true;
}

/* Work the test hands to the I/O thread: deliver a frame and/or snapshot the counters. */
static struct io_event host_ev;
static uint8_t host_frame[70000];
static size_t host_len;
static atomic_bool host_done;
static bool host_ok;
static struct virtio_net_stats stats;

static void host_run(void *opaque)
{
    (void)opaque;
    if (host_len)
        host_ok = virtio_net_receive(dev, host_frame, host_len);
    virtio_net_get_stats(dev, &stats);
    host_len = 0;
    atomic_store(&host_done, true);
}

static void on_io_thread(void)
{
    atomic_store(&host_done, false);
    io_event_signal(&host_ev);
    for (int i = 0; i < 5000 && !atomic_load(&host_done); i++)
        nanosleep(&(struct timespec){ 0, 1000000 }, NULL);
    CHECK(atomic_load(&host_done));
}

static bool host_deliver(const void *frame, size_t len)
{
    memcpy(host_frame, frame, len);
    host_len = len;
    on_io_thread();
    return host_ok;
}

static void get_stats(void)
{
    on_io_thread();
}

/* --- the fake driver --- */

struct dq {
    unsigned idx;
    uint64_t desc, avail, used;
    uint16_t avail_idx;
};
static struct dq rxq = { 0, RAM_BASE + 0x0000, RAM_BASE + 0x1000, RAM_BASE + 0x2000, 0 };
static struct dq txq = { 1, RAM_BASE + 0x4000, RAM_BASE + 0x5000, RAM_BASE + 0x6000, 0 };

static void irq_sink(void *opaque, unsigned n, bool level)
{
    (void)opaque, (void)n, (void)level;
}

static void *gpa(uint64_t a)
{
    return ram + (a - RAM_BASE);
}

static uint32_t rd(uint64_t off, unsigned size)
{
    uint64_t v = 0xdeadbeef;
    CHECK(virtio_mmio_ops.read(&slot, off, size, &v));
    return (uint32_t)v;
}

static void wr(uint64_t off, uint32_t val)
{
    CHECK(virtio_mmio_ops.write(&slot, off, 4, val));
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

static uint16_t used_idx(struct dq *q)
{
    return __atomic_load_n((uint16_t *)gpa(q->used + 2), __ATOMIC_ACQUIRE);
}

static uint32_t used_len(struct dq *q, unsigned i)
{
    uint32_t v;
    memcpy(&v, gpa(q->used + 4 + 8 * (i % QNUM) + 4), 4);
    return v;
}

#define WAIT_FOR(cond)                                                                             \
    do {                                                                                           \
        for (int w_ = 0; w_ < 5000 && !(cond); w_++)                                               \
            nanosleep(&(struct timespec){ 0, 1000000 }, NULL);                                     \
        CHECK(cond);                                                                               \
    } while (0)

static void setup_queue(struct dq *q)
{
    memset(gpa(q->desc), 0, 0x3000);
    q->avail_idx = 0;
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

static void bring_up_with(uint64_t features)
{
    wr(VIRTIO_MMIO_STATUS, 0);
    wr(VIRTIO_MMIO_STATUS, S_ACK);
    wr(VIRTIO_MMIO_STATUS, S_DRV);
    wr(VIRTIO_MMIO_DRIVER_FEATURES_SEL, 0);
    wr(VIRTIO_MMIO_DRIVER_FEATURES, (uint32_t)features);
    wr(VIRTIO_MMIO_DRIVER_FEATURES_SEL, 1);
    wr(VIRTIO_MMIO_DRIVER_FEATURES, (uint32_t)(F_VERSION_1 >> 32));
    wr(VIRTIO_MMIO_STATUS, S_FOK);
    CHECK_EQ(rd(VIRTIO_MMIO_STATUS, 4), S_FOK);
    setup_queue(&rxq);
    setup_queue(&txq);
    memset(gpa(BUF), 0, 0x10000);
    wr(VIRTIO_MMIO_STATUS, S_LIVE);
}

static void bring_up(void)
{
    bring_up_with(F_MAC | F_STATUS);
}

static bool needs_reset(void)
{
    return rd(VIRTIO_MMIO_STATUS, 4) & VIRTIO_STATUS_DEVICE_NEEDS_RESET;
}

/* A frame: broadcast destination, our MAC as source, type 0x88b5 (local experimental), payload. */
static size_t make_frame(uint8_t *f, const char *payload, size_t pad)
{
    memset(f, 0xff, 6);
    memcpy(f + 6, mac, 6);
    f[12] = 0x88, f[13] = 0xb5;
    size_t n = strlen(payload);
    memcpy(f + 14, payload, n);
    memset(f + 14 + n, 0xab, pad);
    return 14 + n + pad;
}

/* Transmit header + frame as two descriptors (Linux's layout), head 0. */
static void transmit(const uint8_t *frame, size_t len)
{
    memset(gpa(BUF), 0, VIRTIO_NET_HDR_SIZE);
    memcpy(gpa(BUF + 0x100), frame, len);
    set_desc(&txq, 0, BUF, VIRTIO_NET_HDR_SIZE, VIRTQ_DESC_F_NEXT, 1);
    set_desc(&txq, 1, BUF + 0x100, (uint32_t)len, 0, 0);
    offer(&txq, 0);
    wr(VIRTIO_MMIO_QUEUE_NOTIFY, 1);
}

static void give_rx_buffer(uint64_t addr, uint32_t len)
{
    set_desc(&rxq, rxq.avail_idx % QNUM, addr, len, VIRTQ_DESC_F_WRITE, 0);
    offer(&rxq, rxq.avail_idx % QNUM);
    wr(VIRTIO_MMIO_QUEUE_NOTIFY, 0);
}

static void test_identity(void)
{
    CHECK_EQ(rd(VIRTIO_MMIO_DEVICE_ID, 4), VIRTIO_ID_NET);
    wr(VIRTIO_MMIO_DEVICE_FEATURES_SEL, 0);
    CHECK_EQ(rd(VIRTIO_MMIO_DEVICE_FEATURES, 4) & (F_MAC | F_STATUS), F_MAC | F_STATUS);
    for (unsigned i = 0; i < 6; i++)
        CHECK_EQ(rd(VIRTIO_MMIO_CONFIG + i, 1), mac[i]);
    CHECK_EQ(rd(VIRTIO_MMIO_CONFIG + VIRTIO_NET_CFG_STATUS, 2), VIRTIO_NET_S_LINK_UP);
}

static void test_transmit(void)
{
    bring_up();
    uint8_t f[200];
    size_t len = make_frame(f, "hello", 40);
    transmit(f, len);
    WAIT_FOR(used_idx(&txq) == 1);
    CHECK_EQ(sent_count, 1);
    CHECK_EQ(sent_len, len);
    CHECK(!memcmp(sent, f, len));
    CHECK_EQ(used_len(&txq, 0), 0);
    CHECK_EQ(off_thread, 0);
    /* One descriptor carrying header and frame together. */
    memset(gpa(BUF), 0, VIRTIO_NET_HDR_SIZE);
    memcpy(gpa(BUF + VIRTIO_NET_HDR_SIZE), f, len);
    set_desc(&txq, 2, BUF, (uint32_t)(VIRTIO_NET_HDR_SIZE + len), 0, 0);
    offer(&txq, 2);
    wr(VIRTIO_MMIO_QUEUE_NOTIFY, 1);
    WAIT_FOR(used_idx(&txq) == 2);
    CHECK_EQ(sent_count, 2);
    CHECK_EQ(sent_len, len);
    CHECK(!needs_reset());
}

static void test_receive(void)
{
    bring_up();
    uint8_t f[200];
    size_t len = make_frame(f, "to the guest", 10);
    /* No buffer yet: dropped and counted, nothing blocks. */
    CHECK(!host_deliver(f, len));
    get_stats();
    CHECK_EQ(stats.rx_dropped, 1);
    give_rx_buffer(BUF + 0x1000, 1526);
    CHECK(host_deliver(f, len));
    CHECK_EQ(used_idx(&rxq), 1);
    CHECK_EQ(used_len(&rxq, 0), VIRTIO_NET_HDR_SIZE + len);
    struct virtio_net_hdr h;
    memcpy(&h, gpa(BUF + 0x1000), sizeof(h));
    CHECK_EQ(h.num_buffers, 1);
    CHECK_EQ(h.flags | h.gso_type, 0);
    CHECK(!memcmp(gpa(BUF + 0x1000 + VIRTIO_NET_HDR_SIZE), f, len));
    /* A buffer too small for header + frame comes back empty, the frame dropped. */
    give_rx_buffer(BUF + 0x2000, (uint32_t)len);
    CHECK(!host_deliver(f, len));
    CHECK_EQ(used_idx(&rxq), 2);
    CHECK_EQ(used_len(&rxq, 1), 0);
    /* Frames below an Ethernet header or above 65535 bytes never reach the guest. */
    give_rx_buffer(BUF + 0x3000, 1526);
    CHECK(!host_deliver(f, 13));
    CHECK(!host_deliver(host_frame, VIRTIO_NET_FRAME_MAX + 1));
    CHECK_EQ(used_idx(&rxq), 2);
    /* An answer from inside the backend's send (lock already held): no deadlock. */
    len = make_frame(f, "ECHO", 0);
    transmit(f, len);
    WAIT_FOR(used_idx(&rxq) == 3);
    CHECK_EQ(used_len(&rxq, 2), VIRTIO_NET_HDR_SIZE + len);
    CHECK(!memcmp(gpa(BUF + 0x3000 + VIRTIO_NET_HDR_SIZE), f, len));
    get_stats();
    CHECK_EQ(stats.rx_frames, 2);
    CHECK(!needs_reset());
}

static void test_hostile_tx(void)
{
    bring_up();
    int before = sent_count;
    get_stats();
    uint64_t errors = stats.tx_errors;
    /* Header only. */
    set_desc(&txq, 0, BUF, VIRTIO_NET_HDR_SIZE, 0, 0);
    offer(&txq, 0);
    /* Header + 13 bytes: no room for an Ethernet header. */
    set_desc(&txq, 1, BUF, VIRTIO_NET_HDR_SIZE + 13, 0, 0);
    offer(&txq, 1);
    /* Empty. */
    set_desc(&txq, 2, BUF, 0, 0, 0);
    offer(&txq, 2);
    /* One byte too long. */
    memset(gpa(BIG), 0, VIRTIO_NET_HDR_SIZE);
    set_desc(&txq, 3, BIG, VIRTIO_NET_HDR_SIZE + VIRTIO_NET_FRAME_MAX + 1, 0, 0);
    offer(&txq, 3);
    /* The largest frame (an Ethernet header and a 65535-byte IP packet), accepted. */
    set_desc(&txq, 4, BIG, VIRTIO_NET_HDR_SIZE + VIRTIO_NET_FRAME_MAX, 0, 0);
    offer(&txq, 4);
    /* A device-writable buffer after the frame: ignored, the frame still goes out. */
    set_desc(&txq, 5, BUF, VIRTIO_NET_HDR_SIZE + 60, VIRTQ_DESC_F_NEXT, 6);
    set_desc(&txq, 6, BUF + 0x1000, 100, VIRTQ_DESC_F_WRITE, 0);
    offer(&txq, 5);
    wr(VIRTIO_MMIO_QUEUE_NOTIFY, 1);
    WAIT_FOR(used_idx(&txq) == 6);
    CHECK_EQ(sent_count - before, 2);
    get_stats();
    CHECK_EQ(stats.tx_errors - errors, 4);
    CHECK(!needs_reset());
    /* A device-readable buffer in the receiveq breaks 5.1.6.3.1: NEEDS_RESET. */
    set_desc(&rxq, 0, BUF, 1526, 0, 0);
    offer(&rxq, 0);
    uint8_t f[64];
    CHECK(!host_deliver(f, make_frame(f, "x", 0)));
    CHECK(needs_reset());
    /* After the reset everything works again; frames while not live are dropped. */
    wr(VIRTIO_MMIO_STATUS, 0);
    CHECK(!host_deliver(f, make_frame(f, "x", 0)));
    bring_up();
    give_rx_buffer(BUF + 0x1000, 1526);
    CHECK(host_deliver(f, make_frame(f, "x", 0)));
}

/* A partial-checksum TX header: checksum at csum_start + csum_offset, seeded by the driver. */
static void transmit_hdr(const struct virtio_net_hdr *h, const uint8_t *frame, size_t len)
{
    memcpy(gpa(BUF), h, VIRTIO_NET_HDR_SIZE);
    memcpy(gpa(BUF + 0x100), frame, len);
    set_desc(&txq, txq.avail_idx % QNUM, BUF, VIRTIO_NET_HDR_SIZE, VIRTQ_DESC_F_NEXT,
             (uint16_t)((txq.avail_idx + 1) % QNUM));
    set_desc(&txq, (txq.avail_idx + 1) % QNUM, BUF + 0x100, (uint32_t)len, 0, 0);
    offer(&txq, txq.avail_idx % QNUM);
    wr(VIRTIO_MMIO_QUEUE_NOTIFY, 1);
}

static void test_offloads(void)
{
    wr(VIRTIO_MMIO_DEVICE_FEATURES_SEL, 0);
    CHECK_EQ(rd(VIRTIO_MMIO_DEVICE_FEATURES, 4) & 0xffffff,
             F_MAC | F_STATUS | F_CSUM | F_GUEST_CSUM | F_TSO4);
    /* 5.1.3.1: TSO4 without CSUM is refused. */
    wr(VIRTIO_MMIO_STATUS, 0);
    wr(VIRTIO_MMIO_STATUS, S_ACK);
    wr(VIRTIO_MMIO_STATUS, S_DRV);
    wr(VIRTIO_MMIO_DRIVER_FEATURES_SEL, 0);
    wr(VIRTIO_MMIO_DRIVER_FEATURES, (uint32_t)(F_MAC | F_TSO4));
    wr(VIRTIO_MMIO_DRIVER_FEATURES_SEL, 1);
    wr(VIRTIO_MMIO_DRIVER_FEATURES, (uint32_t)(F_VERSION_1 >> 32));
    wr(VIRTIO_MMIO_STATUS, S_FOK);
    CHECK(!(rd(VIRTIO_MMIO_STATUS, 4) & VIRTIO_STATUS_FEATURES_OK));

    /* Without CSUM negotiated, NEEDS_CSUM is refused. */
    bring_up();
    get_stats();
    uint64_t errors = stats.tx_errors;
    int before = sent_count;
    uint8_t f[200];
    size_t len = make_frame(f, "checksum me please", 0); /* 32 bytes */
    struct virtio_net_hdr h = { .flags = VIRTIO_NET_HDR_F_NEEDS_CSUM,
                                .csum_start = 14,
                                .csum_offset = 4 };
    transmit_hdr(&h, f, len);
    WAIT_FOR(used_idx(&txq) == 1);
    get_stats();
    CHECK_EQ(stats.tx_errors - errors, 1);

    bring_up_with(F_MAC | F_STATUS | F_CSUM | F_GUEST_CSUM | F_TSO4);
    /* Checksum from byte 14 to the end, stored at 14 + 4 over the seed 0x1234 already there. */
    f[18] = 0x12, f[19] = 0x34;
    uint32_t acc = 0;
    for (size_t i = 14; i < len; i += 2)
        acc += (uint32_t)f[i] << 8 | (i + 1 < len ? f[i + 1] : 0);
    while (acc >> 16)
        acc = (acc & 0xffff) + (acc >> 16);
    uint16_t want = (uint16_t)~acc;
    transmit_hdr(&h, f, len);
    WAIT_FOR(used_idx(&txq) == 1);
    CHECK_EQ(sent_count - before, 1);
    CHECK_EQ(sent[18] << 8 | sent[19], want);
    /* Checksum field beyond the frame; GSO without NEEDS_CSUM; an unknown GSO type. */
    get_stats();
    errors = stats.tx_errors;
    struct virtio_net_hdr bad1 = { .flags = 1, .csum_start = 14, .csum_offset = 17 };
    struct virtio_net_hdr bad2 = { .gso_type = VIRTIO_NET_HDR_GSO_TCPV4, .gso_size = 100 };
    struct virtio_net_hdr bad3 = { .flags = 1, .gso_type = 3, .csum_start = 14 };
    transmit_hdr(&bad1, f, len);
    WAIT_FOR(used_idx(&txq) == 2);
    transmit_hdr(&bad2, f, len);
    WAIT_FOR(used_idx(&txq) == 3);
    transmit_hdr(&bad3, f, len);
    WAIT_FOR(used_idx(&txq) == 4);
    get_stats();
    CHECK_EQ(stats.tx_errors - errors, 3);
    /* A TSO4 segment goes on whole. */
    struct virtio_net_hdr tso = { .flags = 1,
                                  .gso_type = VIRTIO_NET_HDR_GSO_TCPV4,
                                  .gso_size = 10,
                                  .csum_start = 14,
                                  .csum_offset = 4 };
    transmit_hdr(&tso, f, len);
    WAIT_FOR(used_idx(&txq) == 5);
    CHECK_EQ(sent_count - before, 2);
    CHECK_EQ(sent_len, len);
    /* GUEST_CSUM: received frames are marked DATA_VALID. */
    give_rx_buffer(BUF + 0x1000, 1526);
    CHECK(host_deliver(f, len));
    struct virtio_net_hdr rh;
    memcpy(&rh, gpa(BUF + 0x1000), sizeof(rh));
    CHECK_EQ(rh.flags, VIRTIO_NET_HDR_F_DATA_VALID);
    CHECK(!needs_reset());
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
    struct virtio_net_backend be = { .send = be_send, .destroy = be_destroy, .offloads = true };
    CHECK_EQ(virtio_net_create(&slot, loop, mac, &be, &dev), 0);
    CHECK_EQ(io_event_init(&host_ev, loop, host_run, NULL), 0);
    CHECK_EQ(io_loop_start(loop), 0);
    test_identity();
    test_transmit();
    test_receive();
    test_hostile_tx();
    test_offloads();
    io_loop_stop(loop);
    io_event_fini(&host_ev);
    virtio_mmio_fini(&slot);
    CHECK(destroyed);
    io_loop_destroy(loop);
    munmap(ram, RAM_SIZE);
    return check_report("virtio_net");
}
