/* Unit tests for virtio/console.c (virtio 1.2, 5.3) through the virtio-mmio transport: a fake
 * driver sets the device up register by register, a fake host console supplies input and collects
 * output. Checks identity, features and configuration space (5.3.2-5.3.4), transmitq output,
 * receiveq input (with input held back while the guest has no buffers, and input that arrives
 * before DRIVER_OK), emergency writes, and that chains breaking 5.3.6.1 or the ring rules end in
 * DEVICE_NEEDS_RESET. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>

#include "base/io_loop.h"
#include "virtio/console.h"
#include "virtio/mmio.h"
#include "check.h"

#define RAM_BASE 0x80000000ull
#define RAM_SIZE (16ull << 20)
#define QNUM     8
#define BUF      (RAM_BASE + 0x10000)

#define S_ACK  VIRTIO_STATUS_ACKNOWLEDGE
#define S_DRV  (S_ACK | VIRTIO_STATUS_DRIVER)
#define S_FOK  (S_DRV | VIRTIO_STATUS_FEATURES_OK)
#define S_LIVE (S_FOK | VIRTIO_STATUS_DRIVER_OK)

#define F_VERSION_1 (1ull << VIRTIO_F_VERSION_1)
#define F_SIZE      (1ull << VIRTIO_CONSOLE_F_SIZE)
#define F_EMERG     (1ull << VIRTIO_CONSOLE_F_EMERG_WRITE)

static uint8_t *ram;
static struct bus bus;
static struct io_loop *loop;
static struct virtio_mmio slot;
static struct virtio_console *dev;
static atomic_int irq_level = -1;

/* --- the fake host console --- */

static pthread_mutex_t host_lock = PTHREAD_MUTEX_INITIALIZER;
static char host_in[8192], host_out[8192];
static unsigned in_head, in_count, out_len;
static atomic_int writes_off_thread;

static void host_write(void *opaque, const uint8_t *buf, unsigned len)
{
    (void)opaque;
    pthread_mutex_lock(&host_lock);
    if (out_len + len <= sizeof(host_out)) {
        memcpy(host_out + out_len, buf, len);
        out_len += len;
    }
    pthread_mutex_unlock(&host_lock);
}

static unsigned host_read(void *opaque, uint8_t *buf, unsigned len)
{
    (void)opaque;
    if (!io_loop_on_thread(loop))
        writes_off_thread++;
    pthread_mutex_lock(&host_lock);
    unsigned n = len < in_count ? len : in_count;
    memcpy(buf, host_in + in_head, n);
    in_head += n;
    in_count -= n;
    pthread_mutex_unlock(&host_lock);
    return n;
}

static unsigned host_pending(void *opaque)
{
    (void)opaque;
    pthread_mutex_lock(&host_lock);
    unsigned n = in_count;
    pthread_mutex_unlock(&host_lock);
    return n;
}

/* Type s at the host terminal (as the console input thread would) and tell the device. */
static void host_type(const char *s)
{
    pthread_mutex_lock(&host_lock);
    memmove(host_in, host_in + in_head, in_count);
    in_head = 0;
    memcpy(host_in + in_count, s, strlen(s));
    in_count += (unsigned)strlen(s);
    pthread_mutex_unlock(&host_lock);
    virtio_console_input(dev);
}

static void host_output(char *buf, size_t len)
{
    pthread_mutex_lock(&host_lock);
    snprintf(buf, len, "%.*s", (int)out_len, host_out);
    out_len = 0;
    pthread_mutex_unlock(&host_lock);
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

static void settle(void)
{
    nanosleep(&(struct timespec){ 0, 50000000 }, NULL);
}

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

/* Reset and bring the device up to FEATURES_OK with both queues ready; live = DRIVER_OK too. */
static void bring_up(bool live)
{
    wr(VIRTIO_MMIO_STATUS, 0);
    wr(VIRTIO_MMIO_STATUS, S_ACK);
    wr(VIRTIO_MMIO_STATUS, S_DRV);
    wr(VIRTIO_MMIO_DRIVER_FEATURES_SEL, 0);
    wr(VIRTIO_MMIO_DRIVER_FEATURES, (uint32_t)(F_SIZE | F_EMERG));
    wr(VIRTIO_MMIO_DRIVER_FEATURES_SEL, 1);
    wr(VIRTIO_MMIO_DRIVER_FEATURES, (uint32_t)(F_VERSION_1 >> 32));
    wr(VIRTIO_MMIO_STATUS, S_FOK);
    CHECK_EQ(rd(VIRTIO_MMIO_STATUS), S_FOK);
    setup_queue(&rxq);
    setup_queue(&txq);
    memset(gpa(BUF), 0, 0x10000);
    if (live)
        wr(VIRTIO_MMIO_STATUS, S_LIVE);
}

static bool needs_reset(void)
{
    return rd(VIRTIO_MMIO_STATUS) & VIRTIO_STATUS_DEVICE_NEEDS_RESET;
}

/* --- tests --- */

static void test_identity(void)
{
    CHECK_EQ(rd(VIRTIO_MMIO_DEVICE_ID), VIRTIO_ID_CONSOLE);
    wr(VIRTIO_MMIO_DEVICE_FEATURES_SEL, 0);
    uint32_t f = rd(VIRTIO_MMIO_DEVICE_FEATURES);
    CHECK(f & F_SIZE);
    CHECK(f & F_EMERG);
    CHECK(!(f & (1u << VIRTIO_CONSOLE_F_MULTIPORT))); /* one port: no control queues */
    for (unsigned q = 0; q < 3; q++) {
        wr(VIRTIO_MMIO_QUEUE_SEL, q);
        CHECK_EQ(rd(VIRTIO_MMIO_QUEUE_NUM_MAX), q < 2 ? 256 : 0);
    }
    /* 5.3.4: cols, rows, max_nr_ports; 16-bit accesses to the 16-bit fields. */
    uint64_t v = 0;
    CHECK(virtio_mmio_ops.read(&slot, VIRTIO_MMIO_CONFIG + 0, 2, &v));
    CHECK_EQ(v, 100);
    CHECK(virtio_mmio_ops.read(&slot, VIRTIO_MMIO_CONFIG + 2, 2, &v));
    CHECK_EQ(v, 40);
    CHECK_EQ(rd(VIRTIO_MMIO_CONFIG + 4), 1);
    CHECK_EQ(rd(VIRTIO_MMIO_CONFIG + 8), 0);
    CHECK(virtio_mmio_ops.read(&slot, VIRTIO_MMIO_CONFIG + 12, 4, &v)); /* past the end: 0 */
    CHECK_EQ(v, 0);
}

static void test_emerg_write(void)
{
    char out[64];
    host_output(out, sizeof(out));
    wr(VIRTIO_MMIO_CONFIG + VIRTIO_CONSOLE_CFG_EMERG_WR, 'E');
    wr(VIRTIO_MMIO_CONFIG + VIRTIO_CONSOLE_CFG_COLS, 0x12345678); /* read-only: ignored */
    host_output(out, sizeof(out));
    CHECK(strcmp(out, "E") == 0);
    CHECK_EQ(rd(VIRTIO_MMIO_CONFIG), (40u << 16) | 100);
}

static void test_transmit(void)
{
    char out[256];
    bring_up(true);
    uint32_t gen = rd(VIRTIO_MMIO_CONFIG_GENERATION);
    memcpy(gpa(BUF), "hello, ", 7);
    memcpy(gpa(BUF + 0x100), "world\n", 6);
    set_desc(&txq, 0, BUF, 7, VIRTQ_DESC_F_NEXT, 1);
    set_desc(&txq, 1, BUF + 0x100, 6, 0, 0);
    set_desc(&txq, 2, BUF + 0x200, 0, 0, 0); /* an empty chain: nothing written, still used */
    offer(&txq, 0);
    offer(&txq, 2);
    notify(&txq);
    WAIT_FOR(used_idx(&txq) == 2);
    CHECK_EQ(used_len(&txq, 0), 0);
    host_output(out, sizeof(out));
    CHECK(strcmp(out, "hello, world\n") == 0);
    /* The first output also announces the size (F_SIZE negotiated): a configuration change
     * interrupt with a new ConfigGeneration, once per reset. */
    WAIT_FOR(irq_level == 1);
    CHECK_EQ(rd(VIRTIO_MMIO_INTERRUPT_STATUS),
             VIRTIO_MMIO_INT_USED_BUFFER | VIRTIO_MMIO_INT_CONFIG);
    CHECK_EQ(rd(VIRTIO_MMIO_CONFIG_GENERATION), gen + 1);
    wr(VIRTIO_MMIO_INTERRUPT_ACK, VIRTIO_MMIO_INT_USED_BUFFER | VIRTIO_MMIO_INT_CONFIG);
    CHECK_EQ(irq_level, 0);
    offer(&txq, 2);
    notify(&txq);
    WAIT_FOR(used_idx(&txq) == 3);
    WAIT_FOR(irq_level == 1);
    CHECK_EQ(rd(VIRTIO_MMIO_INTERRUPT_STATUS), VIRTIO_MMIO_INT_USED_BUFFER);
    CHECK_EQ(rd(VIRTIO_MMIO_CONFIG_GENERATION), gen + 1);
    wr(VIRTIO_MMIO_INTERRUPT_ACK, VIRTIO_MMIO_INT_USED_BUFFER);
    CHECK(!needs_reset());
}

static void test_receive(void)
{
    bring_up(true);
    /* Input with no receive buffers: kept (in the host console), nothing used. */
    host_type("abc");
    settle();
    CHECK_EQ(used_idx(&rxq), 0);
    CHECK_EQ(host_pending(NULL), 3);
    /* A 2-byte buffer takes "ab" at the receiveq notification; "c" waits for the next one. */
    set_desc(&rxq, 0, BUF, 2, VIRTQ_DESC_F_WRITE, 0);
    offer(&rxq, 0);
    notify(&rxq);
    WAIT_FOR(used_idx(&rxq) == 1);
    CHECK_EQ(used_len(&rxq, 0), 2);
    CHECK(memcmp(gpa(BUF), "ab", 2) == 0);
    CHECK_EQ(host_pending(NULL), 1);
    /* A two-descriptor chain: "c" goes into its first part. */
    set_desc(&rxq, 1, BUF + 0x100, 4, VIRTQ_DESC_F_WRITE | VIRTQ_DESC_F_NEXT, 2);
    set_desc(&rxq, 2, BUF + 0x200, 4, VIRTQ_DESC_F_WRITE, 0);
    offer(&rxq, 1);
    notify(&rxq);
    WAIT_FOR(used_idx(&rxq) == 2);
    CHECK_EQ(used_len(&rxq, 1), 1);
    CHECK_EQ(*(char *)gpa(BUF + 0x100), 'c');
    /* Buffers waiting, no input: none is taken (used stays), then typing fills them at once,
     * across both parts of the chain. */
    offer(&rxq, 1);
    notify(&rxq);
    settle();
    CHECK_EQ(used_idx(&rxq), 2);
    host_type("0123456");
    WAIT_FOR(used_idx(&rxq) == 3);
    CHECK_EQ(used_len(&rxq, 2), 7);
    CHECK(memcmp(gpa(BUF + 0x100), "0123", 4) == 0 && memcmp(gpa(BUF + 0x200), "456", 3) == 0);
    CHECK_EQ(host_pending(NULL), 0);
    CHECK_EQ(writes_off_thread, 0); /* input is read on the I/O thread only */
    CHECK(!needs_reset());
}

/* Input typed before DRIVER_OK is delivered once the driver is live (the transport's kick). */
static void test_input_before_driver_ok(void)
{
    bring_up(false);
    set_desc(&rxq, 0, BUF, 64, VIRTQ_DESC_F_WRITE, 0);
    offer(&rxq, 0);
    host_type("early");
    notify(&rxq);
    settle();
    CHECK_EQ(used_idx(&rxq), 0);
    wr(VIRTIO_MMIO_STATUS, S_LIVE);
    WAIT_FOR(used_idx(&rxq) == 1);
    CHECK_EQ(used_len(&rxq, 0), 5);
    CHECK(memcmp(gpa(BUF), "early", 5) == 0);
}

/* Hostile chains: each leaves the device in DEVICE_NEEDS_RESET without using the chain. */
static void test_hostile(void)
{
    char out[64];
    /* 5.3.6.1: a device-writable buffer in the transmitq. */
    bring_up(true);
    host_output(out, sizeof(out));
    set_desc(&txq, 0, BUF, 4, VIRTQ_DESC_F_WRITE, 0);
    offer(&txq, 0);
    notify(&txq);
    WAIT_FOR(needs_reset());
    CHECK_EQ(used_idx(&txq), 0);
    /* 5.3.6.1: a device-readable buffer in the receiveq (input waiting). */
    bring_up(true);
    host_type("x");
    set_desc(&rxq, 0, BUF, 4, 0, 0);
    offer(&rxq, 0);
    notify(&rxq);
    WAIT_FOR(needs_reset());
    CHECK_EQ(used_idx(&rxq), 0);
    /* Queue work stops while NEEDS_RESET is set: more input and notifications do nothing. */
    host_type("y");
    notify(&rxq);
    settle();
    CHECK_EQ(used_idx(&rxq), 0);
    /* A zero-length receive buffer. */
    bring_up(true);
    set_desc(&rxq, 0, BUF, 0, VIRTQ_DESC_F_WRITE, 0);
    offer(&rxq, 0);
    notify(&rxq);
    WAIT_FOR(needs_reset());
    /* A receive buffer outside guest RAM (the virtqueue's checks). */
    bring_up(true);
    set_desc(&rxq, 0, 0x1000, 16, VIRTQ_DESC_F_WRITE, 0);
    offer(&rxq, 0);
    notify(&rxq);
    WAIT_FOR(needs_reset());
    /* A transmit chain that loops (2.7.5.3.1: longer than the queue). */
    bring_up(true);
    set_desc(&txq, 0, BUF, 4, VIRTQ_DESC_F_NEXT, 1);
    set_desc(&txq, 1, BUF, 4, VIRTQ_DESC_F_NEXT, 0);
    offer(&txq, 0);
    notify(&txq);
    WAIT_FOR(needs_reset());
    CHECK_EQ(used_idx(&txq), 0);
    host_output(out, sizeof(out));
    CHECK_EQ(out[0], 0); /* nothing of the bad chains reached the host */
    /* A reset brings it back: the input still waiting ("xy") arrives. */
    bring_up(true);
    set_desc(&rxq, 0, BUF, 16, VIRTQ_DESC_F_WRITE, 0);
    offer(&rxq, 0);
    notify(&rxq);
    WAIT_FOR(used_idx(&rxq) == 1);
    CHECK_EQ(used_len(&rxq, 0), 2);
    CHECK(memcmp(gpa(BUF), "xy", 2) == 0);
    CHECK(!needs_reset());
}

/* Without a terminal size, VIRTIO_CONSOLE_F_SIZE is not offered. */
static void test_no_size(void)
{
    struct virtio_mmio t;
    struct virtio_console_backend be = { .write = host_write,
                                         .read = host_read,
                                         .pending = host_pending };
    virtio_mmio_init(&t, &bus, (struct irq_line){ irq_sink, NULL, 2 });
    CHECK_EQ(virtio_console_create(&t, loop, &be, NULL), 0);
    uint64_t v = 0;
    CHECK(virtio_mmio_ops.read(&t, VIRTIO_MMIO_DEVICE_FEATURES, 4, &v));
    CHECK_EQ(v & F_SIZE, 0);
    CHECK(v & F_EMERG);
    CHECK(virtio_mmio_ops.read(&t, VIRTIO_MMIO_CONFIG, 4, &v));
    CHECK_EQ(v, 0);
    struct virtio_console_backend bad = { .write = host_write };
    struct virtio_mmio t2;
    virtio_mmio_init(&t2, &bus, (struct irq_line){ irq_sink, NULL, 3 });
    CHECK(virtio_console_create(&t2, loop, &bad, NULL) < 0);
    io_loop_stop(loop);
    virtio_mmio_fini(&t);
    virtio_mmio_fini(&t2);
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
    struct virtio_console_backend be = {
        .write = host_write, .read = host_read, .pending = host_pending, .cols = 100, .rows = 40
    };
    CHECK_EQ(virtio_console_create(&slot, loop, &be, &dev), 0);
    CHECK_EQ(io_loop_start(loop), 0);
    test_identity();
    test_emerg_write();
    test_transmit();
    test_receive();
    test_input_before_driver_ok();
    test_hostile();
    test_no_size();
    io_loop_stop(loop);
    virtio_mmio_fini(&slot);
    io_loop_destroy(loop);
    munmap(ram, RAM_SIZE);
    return check_report("virtio_console");
}
