/* What a virtio device model sees (virtio 1.2): the constants every device shares, the ops a device
 * model implements, and the calls it makes back into its transport.
 *
 * A device model (rng.c, later blk/net/console) is plugged into a transport slot with
 * virtio_mmio_attach(); from then on the transport owns it. The transport handles the common
 * registers (status, feature negotiation, queue setup, interrupts, reset) and calls the ops below.
 *
 * Locking: every op runs with the transport lock held (config/reset/driver_ok on the vCPU thread
 * that made the register access, queue_notify on the VM's I/O thread), so ops never race each
 * other. Code running outside an op (a backend completion on the I/O thread) takes the lock with
 * virtio_lock() before touching queues. Ops must not call virtio_lock() themselves. */
#ifndef CAPA_VIRTIO_VIRTIO_H
#define CAPA_VIRTIO_VIRTIO_H

#include <stdbool.h>
#include <stdint.h>

#include "virtio/virtq.h"

/* Device status bits (2.1). */
#define VIRTIO_STATUS_ACKNOWLEDGE        1
#define VIRTIO_STATUS_DRIVER             2
#define VIRTIO_STATUS_DRIVER_OK          4
#define VIRTIO_STATUS_FEATURES_OK        8
#define VIRTIO_STATUS_DEVICE_NEEDS_RESET 64
#define VIRTIO_STATUS_FAILED             128

/* Reserved feature bits (6). Device-type bits are 0-23. */
#define VIRTIO_F_INDIRECT_DESC 28
#define VIRTIO_F_EVENT_IDX     29
#define VIRTIO_F_VERSION_1     32

/* Features every capa device offers on top of its own (the transport adds them). */
#define VIRTIO_TRANSPORT_FEATURES                                                                  \
    ((1ull << VIRTIO_F_INDIRECT_DESC) | (1ull << VIRTIO_F_EVENT_IDX) | (1ull << VIRTIO_F_VERSION_1))

/* Device IDs (5). */
#define VIRTIO_ID_NET     1
#define VIRTIO_ID_BLOCK   2
#define VIRTIO_ID_CONSOLE 3
#define VIRTIO_ID_ENTROPY 4
#define VIRTIO_ID_BALLOON 5
#define VIRTIO_ID_INPUT   18
#define VIRTIO_ID_VSOCK   19

struct virtio_mmio; /* the transport a device model is attached to */

struct virtio_device_ops {
    const char *name;   /* for logs: "rng", "blk", ... */
    uint32_t device_id; /* VIRTIO_ID_* */
    uint64_t features;  /* device-type feature bits offered (VIRTIO_TRANSPORT_FEATURES added) */
    unsigned nr_queues;
    uint16_t queue_max;   /* QueueNumMax of every queue: a power of two <= VIRTQ_MAX_SIZE */
    uint32_t config_size; /* bytes of device configuration space (0x100+ in MMIO) */

    /* Optional: may the driver use this negotiated feature set? false refuses FEATURES_OK
     * (2.2.2). Called when the driver sets FEATURES_OK; features includes the transport bits. */
    bool (*features_ok)(void *opaque, uint64_t features);
    /* Optional: read/write len bytes (1, 2 or 4) at off of the config space, off + len <=
     * config_size already checked. Unset = reads as zero / writes ignored. */
    void (*config_read)(void *opaque, uint32_t off, void *buf, unsigned len);
    void (*config_write)(void *opaque, uint32_t off, const void *buf, unsigned len);
    /* Optional: the driver set DRIVER_OK (the device is live; queues may already be kicked). */
    void (*driver_ok)(void *opaque);
    /* Optional: device reset (the driver wrote 0 to Status). The transport resets queues and
     * registers itself; this resets device state. It must not return before the device has
     * stopped touching guest memory (wait for in-flight requests here; the I/O thread cannot run
     * ops meanwhile: it would need the lock). */
    void (*reset)(void *opaque);
    /* Required: the driver notified queue qidx (QueueNotify, or the transport after DRIVER_OK).
     * Runs on the I/O thread, only while DRIVER_OK is set, the queue is ready and not broken.
     * Pop with virtq_pop until it returns <= 0, push, then call virtio_notify_used. */
    void (*queue_notify)(void *opaque, unsigned qidx, struct virtq *vq);
    /* Optional: free the device model (the transport is being torn down; no op runs after). */
    void (*destroy)(void *opaque);
};

/* Take / release the transport lock (outside ops only, e.g. backend completions). */
void virtio_lock(struct virtio_mmio *t);
void virtio_unlock(struct virtio_mmio *t);

/* Raise a used buffer notification for vq if the driver wants one (virtq_should_notify). Call
 * after a batch of virtq_push. Lock held. */
void virtio_notify_used(struct virtio_mmio *t, struct virtq *vq);

/* The device configuration changed: bump ConfigGeneration and notify the driver. Lock held. */
void virtio_config_changed(struct virtio_mmio *t);

/* The device hit an error it cannot recover from: set DEVICE_NEEDS_RESET and notify the driver
 * (2.1.2). why is logged (rate-limited). Lock held. */
void virtio_set_needs_reset(struct virtio_mmio *t, const char *why);

/* Queue qidx of the device (NULL when out of range). Lock held for its contents. */
struct virtq *virtio_queue(struct virtio_mmio *t, unsigned qidx);

/* The features the driver accepted (valid once FEATURES_OK is set). Lock held. */
uint64_t virtio_features(const struct virtio_mmio *t);

#endif
