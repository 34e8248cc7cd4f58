/* Split virtqueues, device side (virtio 1.2, section 2.7). The guest is hostile: virtq_pop checks
 * every descriptor before any byte of a buffer is touched, and a malformed ring marks the queue
 * broken (the transport then sets DEVICE_NEEDS_RESET) instead of trusting it.
 *
 * Threads: a queue is used by one thread at a time (the transport lock serialises the I/O thread
 * and the vCPU thread that configures or resets it); the guest driver writes the same rings
 * concurrently from its vCPUs, hence the acquire/release accesses on the ring indices. */
#ifndef CAPA_VIRTIO_VIRTQ_H
#define CAPA_VIRTIO_VIRTQ_H

#include <stdbool.h>
#include <stdint.h>
#include <sys/uio.h>

#include "mem/bus.h"

/* Largest queue size any capa device offers (QueueNumMax); the spec allows up to 32768 (2.7).
 * It also bounds a descriptor chain, indirect tables included (2.7.5.3.1: no longer than the
 * queue size), and so the iovec array of an element. */
#define VIRTQ_MAX_SIZE 1024

/* struct virtq_desc flags (2.7.5). */
#define VIRTQ_DESC_F_NEXT     1
#define VIRTQ_DESC_F_WRITE    2
#define VIRTQ_DESC_F_INDIRECT 4

/* struct virtq_avail flags (2.7.6) and struct virtq_used flags (2.7.8). */
#define VIRTQ_AVAIL_F_NO_INTERRUPT 1
#define VIRTQ_USED_F_NO_NOTIFY     1

/* Guest memory layout (little-endian, 2.7; capa hosts are little-endian). */
struct virtq_desc {
    uint64_t addr;
    uint32_t len;
    uint16_t flags;
    uint16_t next;
};

struct virtq_used_elem {
    uint32_t id;
    uint32_t len;
};

/* Sizes of the three areas, event fields included (2.7 table "Virtqueue Part"). */
#define VIRTQ_DESC_SIZE(num)  (16ull * (num))
#define VIRTQ_AVAIL_SIZE(num) (6ull + 2ull * (num))
#define VIRTQ_USED_SIZE(num)  (6ull + 8ull * (num))

struct virtq;
typedef void (*virtq_error_fn)(void *opaque, struct virtq *q, int err, const char *why);

struct virtq {
    const struct bus *bus;
    uint16_t num; /* queue size, a power of two; 0 = not enabled */
    bool event_idx, indirect;
    int broken; /* 0, or the -errno of the malformed ring seen: nothing more until virtq_reset */
    /* Host views of the three areas, validated once by virtq_enable (the RAM map is fixed). */
    uint8_t *desc;           /* Descriptor Area: struct virtq_desc[num] */
    uint8_t *avail;          /* Driver Area: flags, idx, ring[num], used_event */
    uint8_t *used;           /* Device Area: flags, idx, ring[num] (8 bytes each), avail_event */
    uint16_t last_avail;     /* next available-ring slot to consume */
    uint16_t used_idx;       /* our copy of used->idx */
    uint16_t signalled_used; /* used_idx when virtq_should_notify last ran */
    virtq_error_fn error;    /* called once when the queue turns broken (may be NULL) */
    void *error_opaque;
};

/* One descriptor chain: out (device-readable) segments first, then in (device-writable) ones,
 * each a host view of guest RAM. */
struct virtq_elem {
    uint16_t head; /* descriptor index of the chain head, returned in the used ring */
    unsigned out_num, in_num;
    uint32_t out_len, in_len; /* total bytes of each kind (a chain is below 2^32 bytes, 2.7.5) */
    struct iovec iov[VIRTQ_MAX_SIZE];
};

/* Zero q and bind it to the guest address space. Any thread. */
void virtq_init(struct virtq *q, const struct bus *bus, virtq_error_fn error, void *opaque);

/* Validate and map the three areas for queue size num and the negotiated ring features. Returns 0,
 * or -EINVAL (num not a power of two in [1, VIRTQ_MAX_SIZE], misaligned area) or -EFAULT (an area
 * not in guest RAM); the queue stays disabled then. Guest-controlled: the validation point for
 * QueueNum and the QueueDesc/Driver/Device addresses. */
int virtq_enable(struct virtq *q, uint16_t num, uint64_t desc, uint64_t avail, uint64_t used,
                 bool event_idx, bool indirect);

/* Disable the queue and forget its state (device reset, QueueReady = 0). */
void virtq_reset(struct virtq *q);

/* Take the next available chain into *elem. Returns 1 when one was taken, 0 when the ring is empty
 * (or the queue disabled), -EINVAL/-EFAULT when the ring or chain is malformed: the queue is then
 * broken (q->error called once) and every later call fails the same way. The device must not touch
 * the element's buffers outside [out|in]_len. Thread: the queue's. */
int virtq_pop(struct virtq *q, struct virtq_elem *elem);

/* Return elem to the driver with written bytes stored into its device-writable part (clamped to
 * in_len). Publishes the used index (release). Thread: the queue's. */
void virtq_push(struct virtq *q, const struct virtq_elem *elem, uint32_t written);

/* Whether the driver wants a used buffer notification for what was pushed since the last call
 * (2.7.7: VIRTQ_AVAIL_F_NO_INTERRUPT, or used_event with VIRTIO_F_EVENT_IDX). Thread: the
 * queue's. */
bool virtq_should_notify(struct virtq *q);

/* Copy up to len bytes from buf into the device-writable part of elem; returns bytes copied. */
uint32_t virtq_elem_to_guest(const struct virtq_elem *elem, const void *buf, uint32_t len);

/* Copy up to len bytes of the device-readable part of elem into buf; returns bytes copied. */
uint32_t virtq_elem_from_guest(const struct virtq_elem *elem, void *buf, uint32_t len);

#endif
