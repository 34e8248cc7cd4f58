/* Split virtqueues, device side (virtio 1.2, 2.7). */
#include "virtio/virtq.h"

#include <errno.h>
#include <string.h>

_Static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__, "virtqueues are little-endian (2.7)");

/* Offsets inside the Driver Area (struct virtq_avail) and Device Area (struct virtq_used). */
#define AVAIL_FLAGS        0
#define AVAIL_IDX          2
#define AVAIL_RING(i)      (4 + 2 * (size_t)(i))
#define USED_EVENT(num)    AVAIL_RING(num)
#define USED_IDX           2
#define USED_RING(i)       (4 + 8 * (size_t)(i))
#define AVAIL_EVENT(num)   USED_RING(num)
#define VIRTQ_MAX_BUF_SIZE 0xffffffffull /* 2.7.5.2: a chain is shorter than 2^32 bytes */

_Static_assert(sizeof(struct virtq_desc) == 16, "2.7.5: descriptors are 16 bytes");
_Static_assert(sizeof(struct virtq_used_elem) == 8, "2.7.8: used elements are 8 bytes");

/* Ring fields are accessed atomically: the driver writes them concurrently from vCPU threads.
 * virtq_enable checked the alignment that makes these accesses naturally aligned. */
static uint16_t ring_load16(const uint8_t *p, int order)
{
    return __atomic_load_n((const uint16_t *)p, order);
}

static void ring_store16(uint8_t *p, uint16_t v, int order)
{
    __atomic_store_n((uint16_t *)p, v, order);
}

static int fail(struct virtq *q, int err, const char *why)
{
    if (!q->broken) {
        q->broken = err;
        if (q->error)
            q->error(q->error_opaque, q, err, why);
    }
    return err;
}

void virtq_init(struct virtq *q, const struct bus *bus, virtq_error_fn error, void *opaque)
{
    memset(q, 0, sizeof(*q));
    q->bus = bus;
    q->error = error;
    q->error_opaque = opaque;
}

void virtq_reset(struct virtq *q)
{
    const struct bus *bus = q->bus;
    virtq_error_fn error = q->error;
    void *opaque = q->error_opaque;
    virtq_init(q, bus, error, opaque);
}

int virtq_enable(struct virtq *q, uint16_t num, uint64_t desc, uint64_t avail, uint64_t used,
                 bool event_idx, bool indirect)
{
    virtq_reset(q);
    /* Validation point: guest-chosen queue size and area addresses (2.7: power of two, areas
     * aligned to 16/2/4 bytes and inside guest RAM). */
    if (num == 0 || num > VIRTQ_MAX_SIZE || (num & (num - 1)))
        return -EINVAL;
    if ((desc & 15) || (avail & 1) || (used & 3))
        return -EINVAL;
    uint8_t *d = bus_ram_ptr(q->bus, desc, VIRTQ_DESC_SIZE(num));
    uint8_t *a = bus_ram_ptr(q->bus, avail, VIRTQ_AVAIL_SIZE(num));
    uint8_t *u = bus_ram_ptr(q->bus, used, VIRTQ_USED_SIZE(num));
    if (!d || !a || !u)
        return -EFAULT;
    q->desc = d;
    q->avail = a;
    q->used = u;
    q->event_idx = event_idx;
    q->indirect = indirect;
    /* The driver zeroed the rings (4.2.3.2), so both indices start at 0. */
    q->num = num;
    return 0;
}

/* Copy a descriptor out of guest memory once: the checks and the use must see the same values
 * even if the guest rewrites it meanwhile. The barrier keeps the compiler from re-reading. */
static void read_desc(const uint8_t *p, struct virtq_desc *d)
{
    memcpy(d, p, sizeof(*d));
    __asm__ volatile("" ::: "memory");
}

struct chain {
    struct virtq_elem *elem;
    unsigned count, max; /* descriptors taken so far, and the limit (the queue size) */
    bool seen_write;
    bool in_indirect; /* walking an indirect table */
};

/* Append one buffer descriptor to the element. */
static int add_segment(struct virtq *q, struct chain *c, const struct virtq_desc *d)
{
    struct virtq_elem *e = c->elem;
    bool write = d->flags & VIRTQ_DESC_F_WRITE;
    /* 2.7.4.2: device-writable descriptors come after all device-readable ones. */
    if (write)
        c->seen_write = true;
    else if (c->seen_write)
        return fail(q, -EINVAL, "device-readable descriptor after a device-writable one");
    if ((uint64_t)e->out_len + e->in_len + d->len > VIRTQ_MAX_BUF_SIZE)
        return fail(q, -EINVAL, "descriptor chain of 2^32 bytes or more");
    if (d->len == 0)
        return 0; /* nothing to access: no segment */
    /* Validation point: a guest buffer address and length (all of it inside guest RAM). */
    void *p = bus_ram_ptr(q->bus, d->addr, d->len);
    if (!p)
        return fail(q, -EFAULT, "descriptor buffer outside guest RAM");
    struct iovec *iov = &e->iov[e->out_num + e->in_num];
    iov->iov_base = p;
    iov->iov_len = d->len;
    if (write) {
        e->in_num++;
        e->in_len += d->len;
    } else {
        e->out_num++;
        e->out_len += d->len;
    }
    return 0;
}

/* Switch the walk to the indirect table *d describes (2.7.5.3). */
static int enter_indirect(struct virtq *q, struct chain *c, const struct virtq_desc *d,
                          const uint8_t **table, unsigned *table_size)
{
    /* Validation point: an indirect table descriptor (2.7.5.3.1). */
    if (!q->indirect)
        return fail(q, -EINVAL, "indirect descriptor without VIRTIO_F_INDIRECT_DESC");
    if (c->in_indirect)
        return fail(q, -EINVAL, "nested indirect descriptor");
    if (d->flags & VIRTQ_DESC_F_NEXT)
        return fail(q, -EINVAL, "indirect descriptor with VIRTQ_DESC_F_NEXT");
    if (d->len == 0 || d->len % sizeof(struct virtq_desc))
        return fail(q, -EINVAL, "indirect table length not a non-zero multiple of 16");
    if (d->len / sizeof(struct virtq_desc) > c->max - c->count)
        return fail(q, -EINVAL, "indirect table makes the chain longer than the queue size");
    const uint8_t *t = bus_ram_ptr(q->bus, d->addr, d->len);
    if (!t)
        return fail(q, -EFAULT, "indirect table outside guest RAM");
    *table = t;
    *table_size = d->len / sizeof(struct virtq_desc);
    c->in_indirect = true;
    return 0;
}

/* Walk the chain starting at head into elem (2.7.5). Every index, address, length and flag is
 * checked; at most q->num descriptors are followed, so a loop ends in an error. */
static int walk_chain(struct virtq *q, uint16_t head, struct virtq_elem *elem)
{
    struct chain c = { .elem = elem, .max = q->num };
    const uint8_t *table = q->desc;
    unsigned table_size = q->num, i = head;
    elem->head = head;
    elem->out_num = elem->in_num = 0;
    elem->out_len = elem->in_len = 0;
    for (;;) {
        struct virtq_desc d;
        read_desc(table + i * sizeof(struct virtq_desc), &d);
        if (d.flags & VIRTQ_DESC_F_INDIRECT) {
            int err = enter_indirect(q, &c, &d, &table, &table_size);
            if (err)
                return err;
            i = 0;
            continue;
        }
        /* 2.7.5.3.1: no chain longer than the queue size; this also ends loops. */
        if (++c.count > c.max)
            return fail(q, -EINVAL, "descriptor chain longer than the queue size (a loop?)");
        int err = add_segment(q, &c, &d);
        if (err)
            return err;
        if (!(d.flags & VIRTQ_DESC_F_NEXT))
            return 0;
        /* Validation point: the guest's next index. */
        if (d.next >= table_size)
            return fail(q, -EINVAL, "descriptor next index out of range");
        i = d.next;
    }
}

static uint16_t avail_pending(struct virtq *q)
{
    /* Acquire: the ring entries and descriptors the driver wrote before idx are visible. */
    return (uint16_t)(ring_load16(q->avail + AVAIL_IDX, __ATOMIC_ACQUIRE) - q->last_avail);
}

int virtq_pop(struct virtq *q, struct virtq_elem *elem)
{
    if (q->broken)
        return q->broken;
    if (!q->num)
        return 0;
    uint16_t pending = avail_pending(q);
    if (pending == 0 && q->event_idx) {
        /* 2.7.10: ask for a notification when the next buffer arrives, then look again in case
         * it arrived before the driver could see avail_event (store-load order: full fence). */
        ring_store16(q->used + AVAIL_EVENT(q->num), q->last_avail, __ATOMIC_RELAXED);
        __atomic_thread_fence(__ATOMIC_SEQ_CST);
        pending = avail_pending(q);
    }
    if (pending == 0)
        return 0;
    /* Validation point: the guest's available index (at most a full ring ahead, 2.7.6). */
    if (pending > q->num)
        return fail(q, -EINVAL, "available index more than the queue size ahead");
    uint16_t head =
        ring_load16(q->avail + AVAIL_RING(q->last_avail & (q->num - 1)), __ATOMIC_RELAXED);
    /* Validation point: the guest's chain head index. */
    if (head >= q->num)
        return fail(q, -EINVAL, "available ring entry out of range");
    q->last_avail++;
    if (q->event_idx)
        ring_store16(q->used + AVAIL_EVENT(q->num), q->last_avail, __ATOMIC_RELAXED);
    int err = walk_chain(q, head, elem);
    return err ? err : 1;
}

void virtq_push(struct virtq *q, const struct virtq_elem *elem, uint32_t written)
{
    if (!q->num || q->broken)
        return;
    if (written > elem->in_len)
        written = elem->in_len;
    uint8_t *slot = q->used + USED_RING(q->used_idx & (q->num - 1));
    __atomic_store_n((uint32_t *)slot, (uint32_t)elem->head, __ATOMIC_RELAXED);
    __atomic_store_n((uint32_t *)(slot + 4), written, __ATOMIC_RELAXED);
    q->used_idx++;
    /* 2.7.8.2: len is set (and the buffer written) before the used idx update: release. */
    ring_store16(q->used + USED_IDX, q->used_idx, __ATOMIC_RELEASE);
}

bool virtq_should_notify(struct virtq *q)
{
    if (!q->num || q->broken)
        return false;
    uint16_t old = q->signalled_used, now = q->used_idx;
    q->signalled_used = now;
    if (old == now)
        return false;
    /* The used idx store must be visible before the driver's suppression state is read, or a
     * driver re-enabling notifications concurrently could be missed (store-load: full fence). */
    __atomic_thread_fence(__ATOMIC_SEQ_CST);
    if (!q->event_idx)
        return !(ring_load16(q->avail + AVAIL_FLAGS, __ATOMIC_RELAXED) &
                 VIRTQ_AVAIL_F_NO_INTERRUPT);
    /* 2.7.7.2: notify when one of the entries written since the last check, at indices
     * old .. now-1, was the one at used_event. */
    uint16_t used_event = ring_load16(q->avail + USED_EVENT(q->num), __ATOMIC_RELAXED);
    return (uint16_t)(used_event - old) < (uint16_t)(now - old);
}

uint32_t virtq_elem_to_guest(const struct virtq_elem *elem, const void *buf, uint32_t len)
{
    const uint8_t *src = buf;
    uint32_t done = 0;
    for (unsigned i = elem->out_num; i < elem->out_num + elem->in_num && done < len; i++) {
        size_t n = elem->iov[i].iov_len;
        if (n > len - done)
            n = len - done;
        memcpy(elem->iov[i].iov_base, src + done, n);
        done += (uint32_t)n;
    }
    return done;
}

uint32_t virtq_elem_from_guest(const struct virtq_elem *elem, void *buf, uint32_t len)
{
    uint8_t *dst = buf;
    uint32_t done = 0;
    for (unsigned i = 0; i < elem->out_num && done < len; i++) {
        size_t n = elem->iov[i].iov_len;
        if (n > len - done)
            n = len - done;
        memcpy(dst + done, elem->iov[i].iov_base, n);
        done += (uint32_t)n;
    }
    return done;
}
