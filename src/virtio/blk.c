/* virtio-blk (virtio 1.2, 5.2). Each request chain is parsed and validated here, then turned into
 * backend operations; the request completes (status byte, used ring) when all of them have. */
#include "virtio/blk.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "base/log.h"

struct virtio_blk;

/* One request in flight: what is needed to finish it once the chain's element is gone. */
struct blk_req {
    struct virtio_blk *b;
    uint16_t head;
    uint32_t in_len;
    uint8_t *status;  /* the last device-writable byte of the chain (5.2.6) */
    uint32_t written; /* used length to report: data read + the status byte */
    unsigned pending; /* backend operations not yet done, + 1 while submitting */
    uint8_t result;
    unsigned niov;
    struct iovec iov[]; /* data segments handed to the backend */
};

struct virtio_blk {
    struct virtio_mmio *t;
    struct virtio_device_ops ops; /* per device: the feature bits depend on read_only */
    struct virtio_blk_backend be;
    uint64_t sectors;
    uint8_t config[VIRTIO_BLK_CFG_SIZE];
    bool dsync;      /* VIRTIO_BLK_F_FLUSH not negotiated: every write durable on completion */
    bool draining;   /* reset/teardown: finished requests are dropped, not pushed */
    bool pushed;     /* something was pushed since the last notification */
    unsigned active; /* requests in flight */
    struct virtq_elem elem;      /* popped chain (large: not on the stack) */
    struct virtq_elem push_elem; /* head/in_len of a finished request, for virtq_push */
};

static void put_le(uint8_t *p, uint64_t v, unsigned n)
{
    for (unsigned i = 0; i < n; i++)
        p[i] = (uint8_t)(v >> (8 * i));
}

static uint64_t get_le(const uint8_t *p, unsigned n)
{
    uint64_t v = 0;
    for (unsigned i = 0; i < n; i++)
        v |= (uint64_t)p[i] << (8 * i);
    return v;
}

/* Copy into dst the iovecs covering bytes [skip, skip + len) of src; returns the count. */
static unsigned iov_slice(const struct iovec *src, unsigned n, uint64_t skip, uint64_t len,
                          struct iovec *dst)
{
    unsigned out = 0;
    for (unsigned i = 0; i < n && len; i++) {
        uint64_t l = src[i].iov_len;
        if (skip >= l) {
            skip -= l;
            continue;
        }
        uint64_t take = l - skip < len ? l - skip : len;
        dst[out].iov_base = (uint8_t *)src[i].iov_base + skip;
        dst[out++].iov_len = take;
        len -= take;
        skip = 0;
    }
    return out;
}

/* The request is finished: status byte, used ring. Lock held. */
static void req_put(struct blk_req *r)
{
    if (--r->pending)
        return;
    struct virtio_blk *b = r->b;
    struct virtq *vq = virtio_queue(b->t, 0);
    if (!b->draining && vq) {
        *r->status = r->result;
        b->push_elem.head = r->head;
        b->push_elem.in_len = r->in_len;
        virtq_push(vq, &b->push_elem, r->written);
        b->pushed = true;
    }
    b->active--;
    free(r);
}

/* A backend operation finished (from reap, lock held). */
static void blk_done(void *tag, int res)
{
    struct blk_req *r = tag;
    if (res < 0) {
        log_warn("virtio-blk: host I/O error: %s", strerror(-res));
        r->result = VIRTIO_BLK_S_IOERR;
    }
    req_put(r);
}

static void submit(struct virtio_blk *b, struct blk_req *r, unsigned type, uint64_t off,
                   uint64_t len, const struct iovec *iov, unsigned n)
{
    r->pending++;
    int err = b->be.submit(b->be.opaque, type, b->dsync, off, len, iov, n, r);
    if (err) {
        log_warn("virtio-blk: cannot queue host I/O: %s", strerror(-err));
        r->result = VIRTIO_BLK_S_IOERR;
        r->pending--;
    }
}

/* Sector range check: [sector, sector + bytes / 512) inside the disk, without overflow. */
static bool range_ok(const struct virtio_blk *b, uint64_t sector, uint64_t bytes)
{
    uint64_t n = bytes / VIRTIO_BLK_SECTOR_SIZE;
    return sector <= b->sectors && n <= b->sectors - sector;
}

/* DISCARD / WRITE_ZEROES (5.2.6): an array of 16-byte segments after the header. */
static void do_segments(struct virtio_blk *b, struct blk_req *r, uint32_t type)
{
    uint8_t seg[VIRTIO_BLK_REQ_HDR + VIRTIO_BLK_MAX_SEG * 16];
    uint32_t feature =
        type == VIRTIO_BLK_T_DISCARD ? VIRTIO_BLK_F_DISCARD : VIRTIO_BLK_F_WRITE_ZEROES;
    const struct virtq_elem *e = &b->elem;
    uint32_t bytes = e->out_len - VIRTIO_BLK_REQ_HDR;
    if (!(virtio_features(b->t) & (1ull << feature))) {
        r->result = VIRTIO_BLK_S_UNSUPP;
        return;
    }
    if (b->be.read_only) {
        r->result = VIRTIO_BLK_S_IOERR;
        return;
    }
    /* Guest input: the segment array is 1..VIRTIO_BLK_MAX_SEG whole segments. */
    if (bytes == 0 || bytes % 16 || bytes / 16 > VIRTIO_BLK_MAX_SEG) {
        r->result = VIRTIO_BLK_S_IOERR;
        return;
    }
    virtq_elem_from_guest(e, seg, VIRTIO_BLK_REQ_HDR + bytes);
    /* Validate every segment before doing any, so a bad request changes nothing. */
    for (uint32_t i = 0; i < bytes / 16; i++) {
        const uint8_t *s = seg + VIRTIO_BLK_REQ_HDR + 16 * i;
        uint64_t sector = get_le(s, 8);
        uint32_t num = (uint32_t)get_le(s + 8, 4), flags = (uint32_t)get_le(s + 12, 4);
        /* Guest input: unknown flags, or unmap on a discard -> UNSUPP (5.2.6.2). */
        if (flags & ~(uint32_t)VIRTIO_BLK_WZ_F_UNMAP || (type == VIRTIO_BLK_T_DISCARD && flags)) {
            r->result = VIRTIO_BLK_S_UNSUPP;
            return;
        }
        /* Guest input: segment size limit and sector range. */
        if (num > VIRTIO_BLK_MAX_SECTORS ||
            !range_ok(b, sector, (uint64_t)num * VIRTIO_BLK_SECTOR_SIZE)) {
            r->result = VIRTIO_BLK_S_IOERR;
            return;
        }
    }
    for (uint32_t i = 0; i < bytes / 16; i++) {
        const uint8_t *s = seg + VIRTIO_BLK_REQ_HDR + 16 * i;
        uint64_t num = get_le(s + 8, 4);
        if (num) /* both punch holes: a hole reads as zeroes (write_zeroes_may_unmap = 1) */
            submit(b, r, type, get_le(s, 8) * VIRTIO_BLK_SECTOR_SIZE, num * VIRTIO_BLK_SECTOR_SIZE,
                   NULL, 0);
    }
}

/* GET_ID (5.2.6): the serial into the data part, at most 20 bytes. */
static void do_get_id(struct virtio_blk *b, struct blk_req *r, uint32_t data_len)
{
    uint32_t n = data_len < VIRTIO_BLK_ID_BYTES ? data_len : VIRTIO_BLK_ID_BYTES;
    const struct virtq_elem *e = &b->elem;
    struct iovec *iov = r->iov;
    unsigned cnt = iov_slice(e->iov + e->out_num, e->in_num, 0, n, iov);
    const char *src = b->be.serial;
    for (unsigned i = 0; i < cnt; i++) {
        memcpy(iov[i].iov_base, src, iov[i].iov_len);
        src += iov[i].iov_len;
    }
    r->written = n + 1;
}

/* Parse the chain in b->elem and start it. Returns the request, or NULL when the chain cannot
 * even carry a status byte (then the device needs a reset). Lock held. */
static struct blk_req *start_request(struct virtio_blk *b)
{
    const struct virtq_elem *e = &b->elem;
    unsigned n = e->out_num + e->in_num;
    /* Guest input: the status byte is the last device-writable byte (5.2.6); none -> bad chain. */
    int last = -1;
    for (int i = (int)n - 1; i >= (int)e->out_num && last < 0; i--)
        if (e->iov[i].iov_len)
            last = i;
    if (last < 0)
        return NULL;
    struct blk_req *r = calloc(1, sizeof(*r) + n * sizeof(struct iovec));
    if (!r)
        return NULL;
    r->b = b;
    r->head = e->head;
    r->in_len = e->in_len;
    r->status = (uint8_t *)e->iov[last].iov_base + e->iov[last].iov_len - 1;
    r->written = 1;
    r->pending = 1;
    b->active++;
    uint8_t hdr[VIRTIO_BLK_REQ_HDR];
    /* Guest input: a whole 16-byte header in the device-readable part, else IOERR. */
    if (virtq_elem_from_guest(e, hdr, sizeof(hdr)) < sizeof(hdr)) {
        r->result = VIRTIO_BLK_S_IOERR;
        return r;
    }
    uint32_t type = (uint32_t)get_le(hdr, 4);
    uint64_t sector = get_le(hdr + 8, 8);
    uint32_t in_data = e->in_len - 1, out_data = e->out_len - VIRTIO_BLK_REQ_HDR;
    switch (type) {
    case VIRTIO_BLK_T_IN:
        /* Guest input: whole sectors inside the disk (5.2.6.1). */
        if (in_data % VIRTIO_BLK_SECTOR_SIZE || !range_ok(b, sector, in_data)) {
            r->result = VIRTIO_BLK_S_IOERR;
            break;
        }
        r->niov = iov_slice(e->iov + e->out_num, e->in_num, 0, in_data, r->iov);
        r->written = in_data + 1;
        if (in_data)
            submit(b, r, type, sector * VIRTIO_BLK_SECTOR_SIZE, in_data, r->iov, r->niov);
        break;
    case VIRTIO_BLK_T_OUT:
        /* Guest input: writable disk, whole sectors inside it. */
        if (b->be.read_only || out_data % VIRTIO_BLK_SECTOR_SIZE ||
            !range_ok(b, sector, out_data)) {
            r->result = VIRTIO_BLK_S_IOERR;
            break;
        }
        r->niov = iov_slice(e->iov, e->out_num, VIRTIO_BLK_REQ_HDR, out_data, r->iov);
        if (out_data)
            submit(b, r, type, sector * VIRTIO_BLK_SECTOR_SIZE, out_data, r->iov, r->niov);
        break;
    case VIRTIO_BLK_T_FLUSH:
        if (!b->be.read_only)
            submit(b, r, type, 0, 0, NULL, 0);
        break;
    case VIRTIO_BLK_T_GET_ID: do_get_id(b, r, in_data); break;
    case VIRTIO_BLK_T_DISCARD:
    case VIRTIO_BLK_T_WRITE_ZEROES: do_segments(b, r, type); break;
    default: r->result = VIRTIO_BLK_S_UNSUPP; /* Guest input: unknown type (5.2.6.1) */
    }
    return r;
}

/* The requestq was notified. I/O thread, transport lock held. */
static void blk_queue_notify(void *opaque, unsigned qidx, struct virtq *vq)
{
    struct virtio_blk *b = opaque;
    (void)qidx;
    /* virtq_pop returns < 0 for a malformed ring: the transport has flagged NEEDS_RESET. */
    while (virtq_pop(vq, &b->elem) > 0) {
        struct blk_req *r = start_request(b);
        if (!r) {
            virtq_push(vq, &b->elem, 0);
            b->pushed = true;
            virtio_set_needs_reset(b->t, "virtio-blk request without a status byte");
            break;
        }
        req_put(r); /* drop the submission reference: completes now if nothing was queued */
    }
    b->be.commit(b->be.opaque);
    if (b->pushed) {
        b->pushed = false;
        virtio_notify_used(b->t, vq);
    }
}

/* The backend has completions. I/O thread, no lock held. */
static void blk_ready(void *arg)
{
    struct virtio_blk *b = arg;
    virtio_lock(b->t);
    b->be.reap(b->be.opaque, false, blk_done);
    if (b->pushed) {
        b->pushed = false;
        struct virtq *vq = virtio_queue(b->t, 0);
        if (vq)
            virtio_notify_used(b->t, vq);
    }
    virtio_unlock(b->t);
}

/* Wait for every request in flight (the host may still be writing guest memory), drop them. */
static void drain(struct virtio_blk *b)
{
    b->draining = true;
    while (b->active)
        if (!b->be.reap(b->be.opaque, true, blk_done))
            break;
    b->draining = false;
    b->pushed = false;
}

static void blk_reset(void *opaque)
{
    struct virtio_blk *b = opaque;
    drain(b);
    b->dsync = true;
}

/* 5.2.5: without VIRTIO_BLK_F_FLUSH the driver never flushes, so the device must not keep a
 * volatile write cache: writes are made durable before they complete. */
static void blk_driver_ok(void *opaque)
{
    struct virtio_blk *b = opaque;
    b->dsync = !(virtio_features(b->t) & (1ull << VIRTIO_BLK_F_FLUSH));
}

static void blk_config_read(void *opaque, uint32_t off, void *buf, unsigned len)
{
    struct virtio_blk *b = opaque;
    memcpy(buf, b->config + off, len);
}

static void blk_destroy(void *opaque)
{
    struct virtio_blk *b = opaque;
    drain(b);
    b->be.destroy(b->be.opaque);
    free(b);
}

/* Configuration space (5.2.4); read-only for the driver (no CONFIG_WCE). */
static void fill_config(struct virtio_blk *b)
{
    uint8_t *c = b->config;
    put_le(c + VIRTIO_BLK_CFG_CAPACITY, b->sectors, 8);
    /* Two descriptors go to the header and the status byte (5.2.4: seg_max). */
    put_le(c + VIRTIO_BLK_CFG_SEG_MAX, VIRTIO_BLK_QUEUE_SIZE - 2, 4);
    put_le(c + VIRTIO_BLK_CFG_BLK_SIZE, VIRTIO_BLK_SECTOR_SIZE, 4);
    put_le(c + VIRTIO_BLK_CFG_NUM_QUEUES, 1, 2);
    put_le(c + VIRTIO_BLK_CFG_MAX_DISCARD_SECTORS, VIRTIO_BLK_MAX_SECTORS, 4);
    put_le(c + VIRTIO_BLK_CFG_MAX_DISCARD_SEG, VIRTIO_BLK_MAX_SEG, 4);
    put_le(c + VIRTIO_BLK_CFG_DISCARD_SECTOR_ALIGNMENT, 4096 / VIRTIO_BLK_SECTOR_SIZE, 4);
    put_le(c + VIRTIO_BLK_CFG_MAX_WRITE_ZEROES_SECTORS, VIRTIO_BLK_MAX_SECTORS, 4);
    put_le(c + VIRTIO_BLK_CFG_MAX_WRITE_ZEROES_SEG, VIRTIO_BLK_MAX_SEG, 4);
    c[VIRTIO_BLK_CFG_WRITE_ZEROES_MAY_UNMAP] = 1;
}

int virtio_blk_create(struct virtio_mmio *t, struct io_loop *loop,
                      const struct virtio_blk_backend *be)
{
    if (!be->size || be->size % VIRTIO_BLK_SECTOR_SIZE || !be->submit || !be->commit || !be->reap ||
        !be->set_ready || !be->destroy)
        return -EINVAL;
    struct virtio_blk *b = calloc(1, sizeof(*b));
    if (!b)
        return -ENOMEM;
    b->t = t;
    b->be = *be;
    b->sectors = be->size / VIRTIO_BLK_SECTOR_SIZE;
    b->dsync = true;
    fill_config(b);
    uint64_t f = (1ull << VIRTIO_BLK_F_SEG_MAX) | (1ull << VIRTIO_BLK_F_BLK_SIZE) |
                 (1ull << VIRTIO_BLK_F_FLUSH);
    f |= be->read_only ? 1ull << VIRTIO_BLK_F_RO
                       : (1ull << VIRTIO_BLK_F_DISCARD) | (1ull << VIRTIO_BLK_F_WRITE_ZEROES);
    b->ops = (struct virtio_device_ops){
        .name = "blk",
        .device_id = VIRTIO_ID_BLOCK,
        .features = f,
        .nr_queues = 1,
        .queue_max = VIRTIO_BLK_QUEUE_SIZE,
        .config_size = VIRTIO_BLK_CFG_SIZE,
        .config_read = blk_config_read,
        .driver_ok = blk_driver_ok,
        .reset = blk_reset,
        .queue_notify = blk_queue_notify,
        .destroy = blk_destroy,
    };
    int err = virtio_mmio_attach(t, &b->ops, b, loop);
    if (err) {
        free(b);
        return err;
    }
    be->set_ready(be->opaque, blk_ready, b);
    return 0;
}
