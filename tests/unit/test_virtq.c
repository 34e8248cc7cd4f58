/* Unit tests for virtio/virtq.c: split virtqueues (virtio 1.2, 2.7) driven by hand-written
 * descriptor tables and rings in a fake guest RAM: normal and indirect chains, index wrap-around,
 * notification suppression (flags and EVENT_IDX), and hostile rings that must be rejected with the
 * queue marked broken and nothing touched outside guest RAM. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "virtio/virtq.h"
#include "check.h"

/* 3 GiB of lazily backed "guest RAM" (large enough for a 4 GiB-long chain test); only the first
 * megabyte or so is ever touched. */
#define RAM_BASE 0x80000000ull
#define RAM_SIZE (3ull << 30)
#define NUM      8 /* queue size used by most tests */
#define DESC     (RAM_BASE + 0x0000)
#define AVAIL    (RAM_BASE + 0x1000)
#define USED     (RAM_BASE + 0x2000)
#define INDIR    (RAM_BASE + 0x3000) /* indirect tables */
#define BUF      (RAM_BASE + 0x10000)

static uint8_t *ram;
static struct bus bus;
static struct virtq q;
static struct virtq_elem elem;
static int errors_reported, last_error;
static const char *last_why = "";
static uint16_t avail_idx; /* the driver's shadow of avail->idx */

static void *gpa(uint64_t a)
{
    return ram + (a - RAM_BASE);
}

static void on_error(void *opaque, struct virtq *vq, int err, const char *why)
{
    (void)opaque, (void)vq;
    errors_reported++;
    last_error = err;
    last_why = why;
}

static void set_desc(uint64_t table, unsigned i, uint64_t addr, uint32_t len, uint16_t flags,
                     uint16_t next)
{
    struct virtq_desc d = { addr, len, flags, next };
    memcpy(gpa(table + 16 * i), &d, sizeof(d));
}

static void put16(uint64_t a, uint16_t v)
{
    memcpy(gpa(a), &v, 2);
}

static uint16_t get16(uint64_t a)
{
    uint16_t v;
    memcpy(&v, gpa(a), 2);
    return v;
}

static uint32_t get32(uint64_t a)
{
    uint32_t v;
    memcpy(&v, gpa(a), 4);
    return v;
}

/* The driver makes chain head available (2.7.13). */
static void offer(uint16_t head)
{
    put16(AVAIL + 4 + 2 * (avail_idx % NUM), head);
    avail_idx++;
    put16(AVAIL + 2, avail_idx);
}

/* A fresh queue of NUM entries with zeroed rings. */
static void setup(bool event_idx, bool indirect)
{
    memset(ram, 0, 0x20000);
    avail_idx = 0;
    errors_reported = last_error = 0;
    last_why = "";
    virtq_init(&q, &bus, on_error, NULL);
    if (virtq_enable(&q, NUM, DESC, AVAIL, USED, event_idx, indirect) != 0) {
        failed++;
        fprintf(stderr, "setup: virtq_enable failed\n");
    }
}

static void test_enable(void)
{
    virtq_init(&q, &bus, on_error, NULL);
    CHECK_EQ(virtq_enable(&q, 0, DESC, AVAIL, USED, false, false), -EINVAL);
    CHECK_EQ(virtq_enable(&q, 3, DESC, AVAIL, USED, false, false), -EINVAL);
    CHECK_EQ(virtq_enable(&q, 2 * VIRTQ_MAX_SIZE, DESC, AVAIL, USED, false, false), -EINVAL);
    CHECK_EQ(virtq_enable(&q, NUM, DESC + 8, AVAIL, USED, false, false), -EINVAL);
    CHECK_EQ(virtq_enable(&q, NUM, DESC, AVAIL + 1, USED, false, false), -EINVAL);
    CHECK_EQ(virtq_enable(&q, NUM, DESC, AVAIL, USED + 2, false, false), -EINVAL);
    CHECK_EQ(virtq_enable(&q, NUM, 0x1000, AVAIL, USED, false, false), -EFAULT);
    /* The used ring (6 + 8 * num bytes) would cross the end of RAM. */
    CHECK_EQ(virtq_enable(&q, NUM, DESC, AVAIL, RAM_BASE + RAM_SIZE - 64, false, false), -EFAULT);
    CHECK_EQ(q.num, 0);
    CHECK_EQ(virtq_pop(&q, &elem), 0); /* a disabled queue has nothing */
    CHECK_EQ(
        virtq_enable(&q, VIRTQ_MAX_SIZE, DESC, RAM_BASE + 0x8000, RAM_BASE + 0x9000, false, false),
        0);
    CHECK_EQ(q.num, VIRTQ_MAX_SIZE);
}

static void test_simple_chain(void)
{
    setup(false, false);
    CHECK_EQ(virtq_pop(&q, &elem), 0); /* empty */
    /* head 5: 16 readable bytes -> 32 writable -> 8 writable */
    set_desc(DESC, 5, BUF, 16, VIRTQ_DESC_F_NEXT, 2);
    set_desc(DESC, 2, BUF + 0x100, 32, VIRTQ_DESC_F_NEXT | VIRTQ_DESC_F_WRITE, 7);
    set_desc(DESC, 7, BUF + 0x200, 8, VIRTQ_DESC_F_WRITE, 0);
    memcpy(gpa(BUF), "request-header!", 16);
    offer(5);
    CHECK_EQ(virtq_pop(&q, &elem), 1);
    CHECK_EQ(elem.head, 5);
    CHECK_EQ(elem.out_num, 1);
    CHECK_EQ(elem.in_num, 2);
    CHECK_EQ(elem.out_len, 16);
    CHECK_EQ(elem.in_len, 40);
    CHECK(elem.iov[0].iov_base == gpa(BUF));
    CHECK(elem.iov[1].iov_base == gpa(BUF + 0x100));
    CHECK(elem.iov[2].iov_base == gpa(BUF + 0x200) && elem.iov[2].iov_len == 8);
    char hdr[32] = "";
    CHECK_EQ(virtq_elem_from_guest(&elem, hdr, sizeof(hdr)), 16);
    CHECK(strcmp(hdr, "request-header!") == 0);
    char reply[36];
    memset(reply, 'x', sizeof(reply));
    CHECK_EQ(virtq_elem_to_guest(&elem, reply, sizeof(reply)), 36);
    CHECK(((uint8_t *)gpa(BUF + 0x11f))[0] == 'x' && ((uint8_t *)gpa(BUF + 0x203))[0] == 'x');
    CHECK(((uint8_t *)gpa(BUF + 0x204))[0] == 0);
    CHECK_EQ(virtq_pop(&q, &elem), 0);
    virtq_push(&q, &elem, 1000); /* more than the writable part: clamped */
    CHECK_EQ(get16(USED + 2), 1);
    CHECK_EQ(get32(USED + 4), 5);
    CHECK_EQ(get32(USED + 8), 40);
    CHECK_EQ(errors_reported, 0);
    /* A zero-length descriptor is allowed and yields no segment. */
    set_desc(DESC, 0, 0, 0, VIRTQ_DESC_F_NEXT, 1);
    set_desc(DESC, 1, BUF, 4, VIRTQ_DESC_F_WRITE, 0);
    offer(0);
    CHECK_EQ(virtq_pop(&q, &elem), 1);
    CHECK_EQ(elem.out_num + elem.in_num, 1);
    CHECK_EQ(elem.in_len, 4);
}

static void test_indirect(void)
{
    setup(false, true);
    /* An indirect table of three: readable, writable, writable (2.7.5.3). */
    set_desc(INDIR, 0, BUF, 12, VIRTQ_DESC_F_NEXT, 2);
    set_desc(INDIR, 2, BUF + 0x100, 100, VIRTQ_DESC_F_WRITE | VIRTQ_DESC_F_NEXT, 1);
    set_desc(INDIR, 1, BUF + 0x200, 1, VIRTQ_DESC_F_WRITE, 0);
    /* The WRITE flag on the descriptor naming the table is ignored (2.7.5.3.2). */
    set_desc(DESC, 3, INDIR, 48, VIRTQ_DESC_F_INDIRECT | VIRTQ_DESC_F_WRITE, 0);
    offer(3);
    CHECK_EQ(virtq_pop(&q, &elem), 1);
    CHECK_EQ(elem.head, 3);
    CHECK_EQ(elem.out_num, 1);
    CHECK_EQ(elem.in_num, 2);
    CHECK_EQ(elem.in_len, 101);
    CHECK(elem.iov[2].iov_base == gpa(BUF + 0x200));
    virtq_push(&q, &elem, 50);
    CHECK_EQ(get32(USED + 4), 3);
    CHECK_EQ(get32(USED + 8), 50);
    /* Normal descriptors followed by one indirect (2.7.5.3.2: the device MUST handle it). */
    set_desc(DESC, 0, BUF + 0x300, 8, VIRTQ_DESC_F_NEXT, 1);
    set_desc(DESC, 1, INDIR + 0x100, 16, VIRTQ_DESC_F_INDIRECT, 0);
    set_desc(INDIR + 0x100, 0, BUF + 0x400, 64, VIRTQ_DESC_F_WRITE, 0);
    offer(0);
    CHECK_EQ(virtq_pop(&q, &elem), 1);
    CHECK_EQ(elem.out_len, 8);
    CHECK_EQ(elem.in_len, 64);
    /* A table of exactly the queue size is fine. */
    for (unsigned i = 0; i < NUM; i++)
        set_desc(INDIR + 0x200, i, BUF + 16 * i, 16, VIRTQ_DESC_F_WRITE | VIRTQ_DESC_F_NEXT,
                 (uint16_t)(i + 1));
    set_desc(INDIR + 0x200, NUM - 1, BUF, 16, VIRTQ_DESC_F_WRITE, 0);
    set_desc(DESC, 4, INDIR + 0x200, 16 * NUM, VIRTQ_DESC_F_INDIRECT, 0);
    offer(4);
    CHECK_EQ(virtq_pop(&q, &elem), 1);
    CHECK_EQ(elem.in_num, NUM);
    CHECK_EQ(errors_reported, 0);
}

/* Indices are free-running 16-bit counters (2.7.6, 2.7.8): run past 65535. */
static void test_wraparound(void)
{
    setup(false, false);
    set_desc(DESC, 0, BUF, 4, VIRTQ_DESC_F_WRITE, 0);
    int ok = 1;
    for (unsigned n = 0; n < 70000 && ok; n++) {
        offer(0);
        ok = virtq_pop(&q, &elem) == 1 && elem.head == 0;
        virtq_push(&q, &elem, 4);
        ok = ok && get16(USED + 2) == (uint16_t)(n + 1);
    }
    CHECK(ok);
    CHECK_EQ(virtq_pop(&q, &elem), 0);
    /* A full ring at once (queue size entries ahead) is legal. */
    for (unsigned n = 0; n < NUM; n++)
        offer(0);
    for (unsigned n = 0; n < NUM; n++)
        CHECK_EQ(virtq_pop(&q, &elem), 1);
    CHECK_EQ(virtq_pop(&q, &elem), 0);
    CHECK_EQ(errors_reported, 0);
}

static void test_notify_flags(void)
{
    setup(false, false);
    set_desc(DESC, 0, BUF, 4, VIRTQ_DESC_F_WRITE, 0);
    CHECK(!virtq_should_notify(&q)); /* nothing used yet */
    offer(0);
    CHECK_EQ(virtq_pop(&q, &elem), 1);
    virtq_push(&q, &elem, 4);
    CHECK(virtq_should_notify(&q));
    CHECK(!virtq_should_notify(&q)); /* nothing new since */
    put16(AVAIL, VIRTQ_AVAIL_F_NO_INTERRUPT);
    offer(0);
    CHECK_EQ(virtq_pop(&q, &elem), 1);
    virtq_push(&q, &elem, 4);
    CHECK(!virtq_should_notify(&q));
    /* Without EVENT_IDX the device leaves avail_event alone. */
    CHECK_EQ(get16(USED + 4 + 8 * NUM), 0);
}

static void test_event_idx(void)
{
    setup(true, false);
    set_desc(DESC, 0, BUF, 4, VIRTQ_DESC_F_WRITE, 0);
    put16(AVAIL, VIRTQ_AVAIL_F_NO_INTERRUPT); /* ignored with EVENT_IDX (2.7.7.2) */
    uint64_t used_event = AVAIL + 4 + 2 * NUM, avail_event = USED + 4 + 8 * NUM;
    CHECK_EQ(virtq_pop(&q, &elem), 0);
    CHECK_EQ(get16(avail_event), 0); /* "notify me when entry 0 is made available" */
    offer(0);
    CHECK_EQ(virtq_pop(&q, &elem), 1);
    CHECK_EQ(get16(avail_event), 1);
    put16(used_event, 0); /* notify once entry 0 is used */
    virtq_push(&q, &elem, 4);
    CHECK(virtq_should_notify(&q));
    offer(0);
    CHECK_EQ(virtq_pop(&q, &elem), 1);
    virtq_push(&q, &elem, 4);
    CHECK(!virtq_should_notify(&q)); /* entry 1 is past used_event 0 */
    put16(used_event, 3);
    for (int i = 0; i < 2; i++) {
        offer(0);
        CHECK_EQ(virtq_pop(&q, &elem), 1);
        virtq_push(&q, &elem, 4);
    }
    /* Entries 2 and 3 were used since the last check: 3 is among them. */
    CHECK(virtq_should_notify(&q));
    put16(used_event, 10);
    offer(0);
    CHECK_EQ(virtq_pop(&q, &elem), 1);
    virtq_push(&q, &elem, 4);
    CHECK(!virtq_should_notify(&q));
    CHECK_EQ(get16(avail_event), 5);
    CHECK_EQ(errors_reported, 0);
}

/* Each hostile ring: the pop fails with err, the queue is broken and reported once, later pops
 * fail the same way, and pushes write nothing. */
static void expect_broken(int err, const char *why, int line)
{
    int r = virtq_pop(&q, &elem);
    uint16_t used_before = get16(USED + 2);
    if (r != err || q.broken != err || errors_reported != 1 || virtq_pop(&q, &elem) != err ||
        errors_reported != 1 || !strstr(last_why, why)) {
        failed++;
        fprintf(stderr, "%s:%d: hostile ring: pop %d (want %d), broken %d, reported %d: %s\n",
                __FILE__, line, r, err, q.broken, errors_reported, last_why);
        return;
    }
    elem.in_len = 4;
    virtq_push(&q, &elem, 4);
    CHECK_EQ(get16(USED + 2), used_before);
    CHECK(!virtq_should_notify(&q));
    passed++;
}

#define EXPECT_BROKEN(err, why) expect_broken(err, why, __LINE__)

static void test_hostile_buffers(void)
{
    setup(false, true);
    set_desc(DESC, 0, 0x1000, 16, VIRTQ_DESC_F_WRITE, 0); /* below RAM */
    offer(0);
    EXPECT_BROKEN(-EFAULT, "outside guest RAM");

    setup(false, true);
    set_desc(DESC, 0, 0xfffffffffffffff0ull, 0x20, 0, 0); /* address + len wraps past 2^64 */
    offer(0);
    EXPECT_BROKEN(-EFAULT, "outside guest RAM");

    setup(false, true);
    set_desc(DESC, 0, RAM_BASE + RAM_SIZE - 8, 16, VIRTQ_DESC_F_WRITE, 0); /* crosses RAM end */
    offer(0);
    EXPECT_BROKEN(-EFAULT, "outside guest RAM");

    setup(false, true);
    set_desc(DESC, 0, RAM_BASE + RAM_SIZE, 1, 0, 0); /* just past RAM */
    offer(0);
    EXPECT_BROKEN(-EFAULT, "outside guest RAM");

    setup(false, true);
    /* 3 GiB + 1 GiB: a chain of 2^32 bytes (2.7.5.2), each part inside RAM. */
    set_desc(DESC, 0, RAM_BASE, 0xc0000000u, VIRTQ_DESC_F_NEXT, 1);
    set_desc(DESC, 1, RAM_BASE, 0x40000000u, VIRTQ_DESC_F_WRITE, 0);
    offer(0);
    EXPECT_BROKEN(-EINVAL, "2^32");

    setup(false, true);
    set_desc(DESC, 0, BUF, 16, VIRTQ_DESC_F_WRITE | VIRTQ_DESC_F_NEXT, 1);
    set_desc(DESC, 1, BUF, 16, 0, 0); /* readable after writable (2.7.4.2) */
    offer(0);
    EXPECT_BROKEN(-EINVAL, "readable descriptor after");
}

static void test_hostile_chains(void)
{
    setup(false, true);
    set_desc(DESC, 0, BUF, 16, VIRTQ_DESC_F_NEXT, NUM); /* next out of range */
    offer(0);
    EXPECT_BROKEN(-EINVAL, "next index");

    setup(false, true);
    set_desc(DESC, 0, BUF, 16, VIRTQ_DESC_F_NEXT, 1); /* a -> b -> a */
    set_desc(DESC, 1, BUF, 16, VIRTQ_DESC_F_NEXT, 0);
    offer(0);
    EXPECT_BROKEN(-EINVAL, "longer than the queue");

    setup(false, true);
    set_desc(DESC, 6, BUF, 16, VIRTQ_DESC_F_NEXT, 6); /* a -> a */
    offer(6);
    EXPECT_BROKEN(-EINVAL, "longer than the queue");

    setup(false, true);
    offer(NUM); /* head index out of range */
    EXPECT_BROKEN(-EINVAL, "ring entry out of range");

    setup(false, true);
    set_desc(DESC, 0, BUF, 16, VIRTQ_DESC_F_WRITE, 0);
    avail_idx = NUM + 1; /* the driver claims more than a full ring */
    put16(AVAIL + 2, avail_idx);
    EXPECT_BROKEN(-EINVAL, "more than the queue size ahead");

    setup(false, true);
    avail_idx = 0x8000; /* far ahead (and "behind" modulo 2^16) */
    put16(AVAIL + 2, avail_idx);
    EXPECT_BROKEN(-EINVAL, "more than the queue size ahead");
}

static void test_hostile_indirect(void)
{
    setup(false, true);
    set_desc(INDIR, 0, INDIR + 0x100, 16, VIRTQ_DESC_F_INDIRECT, 0); /* nested */
    set_desc(INDIR + 0x100, 0, BUF, 16, VIRTQ_DESC_F_WRITE, 0);
    set_desc(DESC, 0, INDIR, 16, VIRTQ_DESC_F_INDIRECT, 0);
    offer(0);
    EXPECT_BROKEN(-EINVAL, "nested");

    setup(false, true);
    set_desc(INDIR, 0, BUF, 16, VIRTQ_DESC_F_WRITE, 0);
    set_desc(DESC, 0, INDIR, 16, VIRTQ_DESC_F_INDIRECT | VIRTQ_DESC_F_NEXT, 1); /* +NEXT */
    set_desc(DESC, 1, BUF, 16, VIRTQ_DESC_F_WRITE, 0);
    offer(0);
    EXPECT_BROKEN(-EINVAL, "VIRTQ_DESC_F_NEXT");

    setup(false, true);
    set_desc(DESC, 0, INDIR, 24, VIRTQ_DESC_F_INDIRECT, 0); /* not a multiple of 16 */
    offer(0);
    EXPECT_BROKEN(-EINVAL, "multiple of 16");

    setup(false, true);
    set_desc(DESC, 0, INDIR, 0, VIRTQ_DESC_F_INDIRECT, 0); /* empty table */
    offer(0);
    EXPECT_BROKEN(-EINVAL, "multiple of 16");

    setup(false, true);
    set_desc(DESC, 0, RAM_BASE + RAM_SIZE - 16, 32, VIRTQ_DESC_F_INDIRECT, 0); /* off RAM end */
    offer(0);
    EXPECT_BROKEN(-EFAULT, "indirect table outside");

    setup(false, true);
    set_desc(DESC, 0, INDIR, 16 * (NUM + 1), VIRTQ_DESC_F_INDIRECT, 0); /* > queue size */
    offer(0);
    EXPECT_BROKEN(-EINVAL, "longer than the queue size");

    setup(false, true);
    /* 3 direct descriptors + a 6-entry table: a 9-descriptor chain in a queue of 8. */
    set_desc(DESC, 0, BUF, 1, VIRTQ_DESC_F_NEXT, 1);
    set_desc(DESC, 1, BUF, 1, VIRTQ_DESC_F_NEXT, 2);
    set_desc(DESC, 2, BUF, 1, VIRTQ_DESC_F_NEXT, 3);
    set_desc(DESC, 3, INDIR, 16 * 6, VIRTQ_DESC_F_INDIRECT, 0);
    offer(0);
    EXPECT_BROKEN(-EINVAL, "longer than the queue size");

    setup(false, true);
    set_desc(INDIR, 0, BUF, 16, VIRTQ_DESC_F_NEXT, 1); /* a loop inside the table */
    set_desc(INDIR, 1, BUF, 16, VIRTQ_DESC_F_NEXT, 0);
    set_desc(DESC, 0, INDIR, 32, VIRTQ_DESC_F_INDIRECT, 0);
    offer(0);
    EXPECT_BROKEN(-EINVAL, "longer than the queue");

    setup(false, true);
    set_desc(INDIR, 0, BUF, 16, VIRTQ_DESC_F_NEXT, 2); /* next beyond the table */
    set_desc(DESC, 0, INDIR, 32, VIRTQ_DESC_F_INDIRECT, 0);
    offer(0);
    EXPECT_BROKEN(-EINVAL, "next index");

    setup(false, true);
    set_desc(INDIR, 0, 0x1000, 16, VIRTQ_DESC_F_WRITE, 0); /* a buffer outside RAM */
    set_desc(DESC, 0, INDIR, 16, VIRTQ_DESC_F_INDIRECT, 0);
    offer(0);
    EXPECT_BROKEN(-EFAULT, "buffer outside");

    setup(false, false); /* VIRTIO_F_INDIRECT_DESC not negotiated */
    set_desc(INDIR, 0, BUF, 16, VIRTQ_DESC_F_WRITE, 0);
    set_desc(DESC, 0, INDIR, 16, VIRTQ_DESC_F_INDIRECT, 0);
    offer(0);
    EXPECT_BROKEN(-EINVAL, "without VIRTIO_F_INDIRECT_DESC");

    /* The indirect table is the descriptor table itself: still "nested" when it recurses. */
    setup(false, true);
    set_desc(DESC, 0, DESC, 16 * 2, VIRTQ_DESC_F_INDIRECT, 0);
    offer(0);
    EXPECT_BROKEN(-EINVAL, "nested");
}

static uint64_t rng_state = 0x9e3779b97f4a7c15ull;

static uint64_t rnd(void)
{
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return rng_state;
}

/* Plausible-or-hostile values: mostly near the test buffers, sometimes anywhere. */
static uint64_t rnd_addr(void)
{
    switch (rnd() % 4) {
    case 0: return rnd();
    case 1: return RAM_BASE + RAM_SIZE - rnd() % 64;
    case 2: return INDIR + 16 * (rnd() % 8);
    default: return BUF + rnd() % 0x1000;
    }
}

static void random_desc(uint64_t table, unsigned i)
{
    uint32_t len = rnd() % 3 == 0 ? (uint32_t)rnd() : (uint32_t)(rnd() % 256);
    set_desc(table, i, rnd_addr(), len, (uint16_t)(rnd() % 8), (uint16_t)(rnd() % (NUM + 2)));
}

/* Whatever a random ring holds, a successful pop only yields segments inside guest RAM, at most
 * a queue size of them, with consistent totals. */
static bool elem_sane(void)
{
    if (elem.out_num + elem.in_num > NUM)
        return false;
    uint64_t out = 0, in = 0;
    for (unsigned i = 0; i < elem.out_num + elem.in_num; i++) {
        uint8_t *p = elem.iov[i].iov_base;
        if (p < ram || p + elem.iov[i].iov_len > ram + RAM_SIZE || elem.iov[i].iov_len == 0)
            return false;
        *(i < elem.out_num ? &out : &in) += elem.iov[i].iov_len;
    }
    return out == elem.out_len && in == elem.in_len && elem.head < NUM;
}

static void test_random_rings(void)
{
    int insane = 0, popped = 0, rejected = 0;
    for (int iter = 0; iter < 20000; iter++) {
        setup(rnd() & 1, rnd() & 1);
        for (unsigned i = 0; i < NUM; i++) {
            random_desc(DESC, i);
            random_desc(INDIR, i);
        }
        unsigned offers = 1 + rnd() % 3;
        for (unsigned i = 0; i < offers; i++)
            offer((uint16_t)(rnd() % (NUM + 1)));
        if (rnd() % 16 == 0)
            put16(AVAIL + 2, (uint16_t)rnd());
        for (unsigned i = 0; i < offers + 1; i++) {
            int r = virtq_pop(&q, &elem);
            if (r < 0) {
                rejected++;
                break;
            }
            if (r == 0)
                break;
            popped++;
            insane += !elem_sane();
            virtq_push(&q, &elem, (uint32_t)rnd());
        }
    }
    CHECK_EQ(insane, 0);
    CHECK(popped > 1000 && rejected > 1000); /* both paths were exercised */
    printf("random rings: %d chains taken, %d rings rejected\n", popped, rejected);
}

static void test_reset_recovers(void)
{
    setup(false, true);
    offer(NUM);
    CHECK(virtq_pop(&q, &elem) < 0);
    CHECK(q.broken);
    virtq_reset(&q);
    CHECK(!q.broken);
    CHECK_EQ(q.num, 0);
    CHECK_EQ(virtq_pop(&q, &elem), 0);
    setup(false, true); /* the driver sets the queue up again */
    set_desc(DESC, 0, BUF, 4, VIRTQ_DESC_F_WRITE, 0);
    offer(0);
    CHECK_EQ(virtq_pop(&q, &elem), 1);
}

int main(void)
{
    ram = mmap(NULL, RAM_SIZE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE,
               -1, 0);
    if (ram == MAP_FAILED) {
        perror("mmap");
        return 1;
    }
    bus_init(&bus);
    if (bus_map_ram(&bus, "ram", RAM_BASE, RAM_SIZE, ram)) {
        fprintf(stderr, "bus_map_ram failed\n");
        return 1;
    }
    test_enable();
    test_simple_chain();
    test_indirect();
    test_wraparound();
    test_notify_flags();
    test_event_idx();
    test_hostile_buffers();
    test_hostile_chains();
    test_hostile_indirect();
    test_random_rings();
    test_reset_recovers();
    munmap(ram, RAM_SIZE);
    return check_report("virtq");
}
