/* Unit tests for virtio/blk.c (virtio 1.2, 5.2) with backend/disk.c on a real temporary image,
 * through the virtio-mmio transport and its I/O thread: a fake driver sets the device up register
 * by register and sends requests. Checks identity, features and configuration (5.2.3-5.2.4),
 * read/write/flush/get-id/discard/write-zeroes against the host file, and hostile requests
 * (out-of-range and overflowing sectors, partial sectors, writes to a read-only disk, missing
 * status byte, short header, bad segments, unknown types): each answered as 5.2.6 says. */
#include <errno.h>
#include <fcntl.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#include "backend/disk.h"
#include "base/io_loop.h"
#include "virtio/blk.h"
#include "virtio/mmio.h"
#include "check.h"

#define RAM_BASE 0x80000000ull
#define RAM_SIZE (16ull << 20)
#define QNUM     8
#define DESC     (RAM_BASE + 0x0000)
#define AVAIL    (RAM_BASE + 0x1000)
#define USED     (RAM_BASE + 0x2000)
#define HDR      (RAM_BASE + 0x10000)
#define DATA     (RAM_BASE + 0x20000)
#define STATUS   (RAM_BASE + 0x30000)
#define SECTORS  2048 /* 1 MiB image */

#define S_ACK  VIRTIO_STATUS_ACKNOWLEDGE
#define S_DRV  (S_ACK | VIRTIO_STATUS_DRIVER)
#define S_FOK  (S_DRV | VIRTIO_STATUS_FEATURES_OK)
#define S_LIVE (S_FOK | VIRTIO_STATUS_DRIVER_OK)
#define F(bit) (1ull << (bit))

static uint8_t *ram;
static struct bus bus;
static struct io_loop *loop;
static struct virtio_mmio *cur; /* the slot the fake driver talks to */
static uint16_t avail_idx;

static void irq_sink(void *opaque, unsigned n, bool level)
{
    (void)opaque, (void)n, (void)level;
}

static void *gpa(uint64_t a)
{
    return ram + (a - RAM_BASE);
}

static uint32_t rd(uint64_t off)
{
    uint64_t v = 0xdeadbeef;
    CHECK(virtio_mmio_ops.read(cur, off, 4, &v));
    return (uint32_t)v;
}

static void wr(uint64_t off, uint32_t val)
{
    CHECK(virtio_mmio_ops.write(cur, off, 4, val));
}

static void bring_up(uint64_t features)
{
    features |= F(VIRTIO_F_VERSION_1);
    wr(VIRTIO_MMIO_STATUS, 0);
    wr(VIRTIO_MMIO_STATUS, S_ACK);
    wr(VIRTIO_MMIO_STATUS, S_DRV);
    wr(VIRTIO_MMIO_DRIVER_FEATURES_SEL, 0);
    wr(VIRTIO_MMIO_DRIVER_FEATURES, (uint32_t)features);
    wr(VIRTIO_MMIO_DRIVER_FEATURES_SEL, 1);
    wr(VIRTIO_MMIO_DRIVER_FEATURES, (uint32_t)(features >> 32));
    wr(VIRTIO_MMIO_STATUS, S_FOK);
    CHECK_EQ(rd(VIRTIO_MMIO_STATUS), S_FOK);
    memset(gpa(DESC), 0, 0x3000);
    avail_idx = 0;
    wr(VIRTIO_MMIO_QUEUE_SEL, 0);
    wr(VIRTIO_MMIO_QUEUE_NUM, QNUM);
    wr(VIRTIO_MMIO_QUEUE_DESC_LOW, (uint32_t)DESC);
    wr(VIRTIO_MMIO_QUEUE_DESC_HIGH, (uint32_t)(DESC >> 32));
    wr(VIRTIO_MMIO_QUEUE_DRIVER_LOW, (uint32_t)AVAIL);
    wr(VIRTIO_MMIO_QUEUE_DRIVER_HIGH, (uint32_t)(AVAIL >> 32));
    wr(VIRTIO_MMIO_QUEUE_DEVICE_LOW, (uint32_t)USED);
    wr(VIRTIO_MMIO_QUEUE_DEVICE_HIGH, (uint32_t)(USED >> 32));
    wr(VIRTIO_MMIO_QUEUE_READY, 1);
    wr(VIRTIO_MMIO_STATUS, S_LIVE);
}

struct seg {
    uint64_t addr;
    uint32_t len;
    bool writable;
};

static void put_hdr(uint32_t type, uint64_t sector)
{
    uint8_t *h = gpa(HDR);
    memset(h, 0, 16);
    memcpy(h, &type, 4);
    memcpy(h + 8, &sector, 8);
}

/* Send one chain and wait for it to be used; returns the used length (-1: not answered). */
static long send_chain(const struct seg *s, unsigned n)
{
    for (unsigned i = 0; i < n; i++) {
        struct virtq_desc d = { s[i].addr, s[i].len,
                                (uint16_t)((i + 1 < n ? VIRTQ_DESC_F_NEXT : 0) |
                                           (s[i].writable ? VIRTQ_DESC_F_WRITE : 0)),
                                (uint16_t)(i + 1) };
        memcpy(gpa(DESC + 16 * i), &d, sizeof(d));
    }
    uint16_t *ring = gpa(AVAIL + 4);
    ring[avail_idx % QNUM] = 0;
    avail_idx++;
    __atomic_store_n((uint16_t *)gpa(AVAIL + 2), avail_idx, __ATOMIC_RELEASE);
    *(uint8_t *)gpa(STATUS) = 0xee;
    wr(VIRTIO_MMIO_QUEUE_NOTIFY, 0);
    for (int w = 0; w < 5000; w++) {
        if (__atomic_load_n((uint16_t *)gpa(USED + 2), __ATOMIC_ACQUIRE) == avail_idx) {
            uint32_t len;
            memcpy(&len, gpa(USED + 4 + 8 * ((avail_idx - 1) % QNUM) + 4), 4);
            return len;
        }
        nanosleep(&(struct timespec){ 0, 1000000 }, NULL);
    }
    return -1;
}

/* A standard request: header, data (len bytes at DATA, device-writable if in), status. Returns
 * the status byte; *used gets the used length. */
static int request(uint32_t type, uint64_t sector, uint32_t len, bool in, long *used)
{
    put_hdr(type, sector);
    struct seg s[3] = { { HDR, 16, false }, { DATA, len, in }, { STATUS, 1, true } };
    struct seg nodata[2] = { { HDR, 16, false }, { STATUS, 1, true } };
    long u = len ? send_chain(s, 3) : send_chain(nodata, 2);
    if (used)
        *used = u;
    return u < 0 ? -1 : *(uint8_t *)gpa(STATUS);
}

static void put_seg(unsigned i, uint64_t sector, uint32_t num, uint32_t flags)
{
    uint8_t *p = gpa(DATA + 16 * i);
    memcpy(p, &sector, 8);
    memcpy(p + 8, &num, 4);
    memcpy(p + 12, &flags, 4);
}

static int fd_image;

static void file_read(uint64_t off, void *buf, size_t len)
{
    CHECK_EQ(pread(fd_image, buf, len, (off_t)off), (ssize_t)len);
}

static struct virtio_mmio *make_disk(struct virtio_mmio *t, const char *path, bool ro, unsigned irq)
{
    struct errbuf eb = { "" };
    struct disk *d;
    struct disk_options o = { .read_only = ro, .serial = ro ? NULL : "blk-test-serial" };
    virtio_mmio_init(t, &bus, (struct irq_line){ irq_sink, NULL, irq });
    CHECK_EQ(disk_open(path, &o, loop, &d, &eb), 0);
    struct virtio_blk_backend be = { .size = disk_size(d),
                                     .read_only = ro,
                                     .opaque = d,
                                     .submit = disk_submit,
                                     .commit = disk_commit,
                                     .reap = disk_reap,
                                     .set_ready = disk_set_ready,
                                     .destroy = disk_close };
    memcpy(be.serial, disk_serial(d), sizeof(be.serial));
    CHECK_EQ(virtio_blk_create(t, loop, &be), 0);
    return t;
}

static void test_identity(void)
{
    CHECK_EQ(rd(VIRTIO_MMIO_DEVICE_ID), VIRTIO_ID_BLOCK);
    wr(VIRTIO_MMIO_DEVICE_FEATURES_SEL, 0);
    uint32_t f = rd(VIRTIO_MMIO_DEVICE_FEATURES);
    CHECK(f & F(VIRTIO_BLK_F_FLUSH));
    CHECK(f & F(VIRTIO_BLK_F_DISCARD));
    CHECK(f & F(VIRTIO_BLK_F_WRITE_ZEROES));
    CHECK(!(f & F(VIRTIO_BLK_F_RO)));
    CHECK_EQ(rd(VIRTIO_MMIO_CONFIG + VIRTIO_BLK_CFG_CAPACITY), SECTORS);
    CHECK_EQ(rd(VIRTIO_MMIO_CONFIG + VIRTIO_BLK_CFG_CAPACITY + 4), 0);
    CHECK_EQ(rd(VIRTIO_MMIO_CONFIG + VIRTIO_BLK_CFG_SEG_MAX), 254);
    CHECK_EQ(rd(VIRTIO_MMIO_CONFIG + VIRTIO_BLK_CFG_BLK_SIZE), 512);
    CHECK_EQ(rd(VIRTIO_MMIO_CONFIG + VIRTIO_BLK_CFG_MAX_DISCARD_SEG), VIRTIO_BLK_MAX_SEG);
}

static void test_io(void)
{
    uint8_t buf[1024], want[1024];
    long used;
    bring_up(F(VIRTIO_BLK_F_FLUSH) | F(VIRTIO_BLK_F_DISCARD) | F(VIRTIO_BLK_F_WRITE_ZEROES));
    /* Read sectors 1-2 and compare with the file. */
    CHECK_EQ(request(VIRTIO_BLK_T_IN, 1, 1024, true, &used), VIRTIO_BLK_S_OK);
    CHECK_EQ(used, 1025);
    file_read(512, want, 1024);
    CHECK(memcmp(gpa(DATA), want, 1024) == 0);
    /* Write sector 3. */
    memset(gpa(DATA), 0x5a, 512);
    CHECK_EQ(request(VIRTIO_BLK_T_OUT, 3, 512, false, &used), VIRTIO_BLK_S_OK);
    CHECK_EQ(used, 1);
    file_read(3 * 512, buf, 512);
    memset(want, 0x5a, 512);
    CHECK(memcmp(buf, want, 512) == 0);
    /* The last sector of the disk is in range. */
    CHECK_EQ(request(VIRTIO_BLK_T_OUT, SECTORS - 1, 512, false, NULL), VIRTIO_BLK_S_OK);
    CHECK_EQ(request(VIRTIO_BLK_T_FLUSH, 0, 0, false, NULL), VIRTIO_BLK_S_OK);
    /* GET_ID: 20 bytes of serial, NUL-padded. */
    memset(gpa(DATA), 0xff, 20);
    CHECK_EQ(request(VIRTIO_BLK_T_GET_ID, 0, 20, true, &used), VIRTIO_BLK_S_OK);
    CHECK_EQ(used, 21);
    CHECK(memcmp(gpa(DATA), "blk-test-serial\0\0\0\0\0", 20) == 0);
    /* DISCARD sectors 8-15 and WRITE_ZEROES (with unmap) 16-23: read back as zeroes. */
    put_seg(0, 8, 8, 0);
    CHECK_EQ(request(VIRTIO_BLK_T_DISCARD, 0, 16, false, NULL), VIRTIO_BLK_S_OK);
    put_seg(0, 16, 4, VIRTIO_BLK_WZ_F_UNMAP);
    put_seg(1, 20, 4, 0);
    CHECK_EQ(request(VIRTIO_BLK_T_WRITE_ZEROES, 0, 32, false, NULL), VIRTIO_BLK_S_OK);
    uint8_t big[16 * 512], zero[16 * 512] = { 0 };
    file_read(8 * 512, big, sizeof(big));
    CHECK(memcmp(big, zero, sizeof(big)) == 0);
    file_read(24 * 512, buf, 512);
    CHECK(buf[0] != 0 || buf[1] != 0); /* next sector untouched (pattern is never 0, 0) */
    CHECK(!(rd(VIRTIO_MMIO_STATUS) & VIRTIO_STATUS_DEVICE_NEEDS_RESET));
}

static void test_hostile(void)
{
    long used;
    bring_up(F(VIRTIO_BLK_F_FLUSH) | F(VIRTIO_BLK_F_DISCARD));
    /* Out of range, straddling the end, overflowing sector * 512 and sector + n. */
    CHECK_EQ(request(VIRTIO_BLK_T_IN, SECTORS, 512, true, NULL), VIRTIO_BLK_S_IOERR);
    CHECK_EQ(request(VIRTIO_BLK_T_IN, SECTORS - 1, 1024, true, NULL), VIRTIO_BLK_S_IOERR);
    CHECK_EQ(request(VIRTIO_BLK_T_OUT, UINT64_MAX, 512, false, NULL), VIRTIO_BLK_S_IOERR);
    CHECK_EQ(request(VIRTIO_BLK_T_IN, UINT64_MAX / 512 + 1, 512, true, NULL), VIRTIO_BLK_S_IOERR);
    /* Partial sectors. */
    CHECK_EQ(request(VIRTIO_BLK_T_IN, 0, 100, true, NULL), VIRTIO_BLK_S_IOERR);
    CHECK_EQ(request(VIRTIO_BLK_T_OUT, 0, 513, false, NULL), VIRTIO_BLK_S_IOERR);
    /* Unknown type; WRITE_ZEROES not negotiated. */
    CHECK_EQ(request(99, 0, 0, false, &used), VIRTIO_BLK_S_UNSUPP);
    CHECK_EQ(used, 1);
    put_seg(0, 0, 1, 0);
    CHECK_EQ(request(VIRTIO_BLK_T_WRITE_ZEROES, 0, 16, false, NULL), VIRTIO_BLK_S_UNSUPP);
    /* Discard: unmap flag, unknown flag, too many segments, partial segment, out of range. */
    put_seg(0, 0, 1, VIRTIO_BLK_WZ_F_UNMAP);
    CHECK_EQ(request(VIRTIO_BLK_T_DISCARD, 0, 16, false, NULL), VIRTIO_BLK_S_UNSUPP);
    put_seg(0, 0, 1, 0x80);
    CHECK_EQ(request(VIRTIO_BLK_T_DISCARD, 0, 16, false, NULL), VIRTIO_BLK_S_UNSUPP);
    for (unsigned i = 0; i <= VIRTIO_BLK_MAX_SEG; i++)
        put_seg(i, 0, 1, 0);
    CHECK_EQ(request(VIRTIO_BLK_T_DISCARD, 0, 16 * (VIRTIO_BLK_MAX_SEG + 1), false, NULL),
             VIRTIO_BLK_S_IOERR);
    CHECK_EQ(request(VIRTIO_BLK_T_DISCARD, 0, 20, false, NULL), VIRTIO_BLK_S_IOERR);
    put_seg(0, SECTORS - 1, 2, 0);
    CHECK_EQ(request(VIRTIO_BLK_T_DISCARD, 0, 16, false, NULL), VIRTIO_BLK_S_IOERR);
    put_seg(0, UINT64_MAX - 1, 4, 0);
    CHECK_EQ(request(VIRTIO_BLK_T_DISCARD, 0, 16, false, NULL), VIRTIO_BLK_S_IOERR);
    /* A header shorter than 16 bytes. */
    put_hdr(VIRTIO_BLK_T_IN, 0);
    struct seg tiny[2] = { { HDR, 8, false }, { STATUS, 1, true } };
    CHECK_EQ(send_chain(tiny, 2), 1);
    CHECK_EQ(*(uint8_t *)gpa(STATUS), VIRTIO_BLK_S_IOERR);
    CHECK(!(rd(VIRTIO_MMIO_STATUS) & VIRTIO_STATUS_DEVICE_NEEDS_RESET));
    /* No device-writable byte at all: no status byte to answer in -> NEEDS_RESET. */
    put_hdr(VIRTIO_BLK_T_OUT, 0);
    struct seg nostatus[2] = { { HDR, 16, false }, { DATA, 512, false } };
    CHECK_EQ(send_chain(nostatus, 2), 0);
    CHECK(rd(VIRTIO_MMIO_STATUS) & VIRTIO_STATUS_DEVICE_NEEDS_RESET);
}

static void test_read_only(struct virtio_mmio *ro)
{
    struct virtio_mmio *saved = cur;
    cur = ro;
    wr(VIRTIO_MMIO_DEVICE_FEATURES_SEL, 0);
    uint32_t f = rd(VIRTIO_MMIO_DEVICE_FEATURES);
    CHECK(f & F(VIRTIO_BLK_F_RO));
    CHECK(!(f & F(VIRTIO_BLK_F_DISCARD)));
    bring_up(F(VIRTIO_BLK_F_RO) | F(VIRTIO_BLK_F_FLUSH));
    memset(gpa(DATA), 0x11, 512);
    CHECK_EQ(request(VIRTIO_BLK_T_OUT, 0, 512, false, NULL), VIRTIO_BLK_S_IOERR);
    CHECK_EQ(request(VIRTIO_BLK_T_IN, 0, 512, true, NULL), VIRTIO_BLK_S_OK);
    CHECK(((uint8_t *)gpa(DATA))[0] != 0x11 || ((uint8_t *)gpa(DATA))[1] != 0x11);
    CHECK_EQ(request(VIRTIO_BLK_T_FLUSH, 0, 0, false, NULL), VIRTIO_BLK_S_OK);
    put_seg(0, 0, 1, 0);
    CHECK_EQ(request(VIRTIO_BLK_T_DISCARD, 0, 16, false, NULL), VIRTIO_BLK_S_UNSUPP);
    cur = saved;
}

int main(void)
{
    char path[] = "/tmp/capa-blk-XXXXXX";
    fd_image = mkstemp(path);
    ram = mmap(NULL, RAM_SIZE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (fd_image < 0 || ram == MAP_FAILED)
        return 1;
    static uint8_t pattern[SECTORS * 512 / 4];
    for (unsigned part = 0; part < 4; part++) {
        for (unsigned i = 0; i < sizeof(pattern); i++)
            pattern[i] = (uint8_t)(i * 7 + part + 1 + (i >> 9)) | 1; /* never zero */
        if (write(fd_image, pattern, sizeof(pattern)) != (ssize_t)sizeof(pattern))
            return 1;
    }
    bus_init(&bus);
    if (bus_map_ram(&bus, "ram", RAM_BASE, RAM_SIZE, ram) || io_loop_create(&loop))
        return 1;
    static struct virtio_mmio rw_slot, ro_slot;
    cur = make_disk(&rw_slot, path, false, 1);
    /* The image is locked by the writer: a second user is refused. */
    struct disk *d2;
    struct errbuf eb = { "" };
    CHECK_EQ(disk_open(path, &(struct disk_options){ .read_only = true }, loop, &d2, &eb), -EBUSY);
    CHECK_EQ(io_loop_start(loop), 0);
    test_identity();
    test_io();
    test_hostile();
    io_loop_stop(loop);
    virtio_mmio_fini(&rw_slot);
    /* The writer is gone: a read-only disk can open it now. */
    make_disk(&ro_slot, path, true, 2);
    CHECK_EQ(io_loop_start(loop), 0);
    test_read_only(&ro_slot);
    io_loop_stop(loop);
    virtio_mmio_fini(&ro_slot);
    io_loop_destroy(loop);
    munmap(ram, RAM_SIZE);
    close(fd_image);
    unlink(path);
    return check_report("virtio_blk");
}
