/* The virtio-mmio transport (virtio 1.2, section 4.2), version 2 only (no legacy interface).
 * One struct virtio_mmio is one slot of the board: without a device model attached it reads
 * DeviceID 0 ("no device", 4.2.2), so the guest driver skips it.
 *
 * Threads: register accesses come from vCPU threads (under the transport lock, except
 * QueueNotify, which only signals the queue's io_event); queue processing happens on the VM's
 * I/O thread (struct io_loop), also under the lock. See virtio/virtio.h for the device side. */
#ifndef CAPA_VIRTIO_MMIO_H
#define CAPA_VIRTIO_MMIO_H

#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>

#include "base/io_loop.h"
#include "dev/irq.h"
#include "mem/bus.h"
#include "virtio/virtio.h"
#include "virtio/virtq.h"

#define VIRTIO_MMIO_MAGIC   0x74726976 /* "virt" */
#define VIRTIO_MMIO_VERSION 2
#define VIRTIO_MMIO_VENDOR  0x41504143 /* "CAPA" */

/* Register offsets (virtio 1.2, 4.2.2 table 4.1 "MMIO Device Register Layout"). */
#define VIRTIO_MMIO_MAGIC_VALUE         0x000
#define VIRTIO_MMIO_VERSION_REG         0x004
#define VIRTIO_MMIO_DEVICE_ID           0x008
#define VIRTIO_MMIO_VENDOR_ID           0x00c
#define VIRTIO_MMIO_DEVICE_FEATURES     0x010
#define VIRTIO_MMIO_DEVICE_FEATURES_SEL 0x014
#define VIRTIO_MMIO_DRIVER_FEATURES     0x020
#define VIRTIO_MMIO_DRIVER_FEATURES_SEL 0x024
#define VIRTIO_MMIO_QUEUE_SEL           0x030
#define VIRTIO_MMIO_QUEUE_NUM_MAX       0x034
#define VIRTIO_MMIO_QUEUE_NUM           0x038
#define VIRTIO_MMIO_QUEUE_READY         0x044
#define VIRTIO_MMIO_QUEUE_NOTIFY        0x050
#define VIRTIO_MMIO_INTERRUPT_STATUS    0x060
#define VIRTIO_MMIO_INTERRUPT_ACK       0x064
#define VIRTIO_MMIO_STATUS              0x070
#define VIRTIO_MMIO_QUEUE_DESC_LOW      0x080
#define VIRTIO_MMIO_QUEUE_DESC_HIGH     0x084
#define VIRTIO_MMIO_QUEUE_DRIVER_LOW    0x090
#define VIRTIO_MMIO_QUEUE_DRIVER_HIGH   0x094
#define VIRTIO_MMIO_QUEUE_DEVICE_LOW    0x0a0
#define VIRTIO_MMIO_QUEUE_DEVICE_HIGH   0x0a4
#define VIRTIO_MMIO_SHM_SEL             0x0ac
#define VIRTIO_MMIO_SHM_LEN_LOW         0x0b0
#define VIRTIO_MMIO_SHM_LEN_HIGH        0x0b4
#define VIRTIO_MMIO_SHM_BASE_LOW        0x0b8
#define VIRTIO_MMIO_SHM_BASE_HIGH       0x0bc
#define VIRTIO_MMIO_QUEUE_RESET         0x0c0
#define VIRTIO_MMIO_CONFIG_GENERATION   0x0fc
#define VIRTIO_MMIO_CONFIG              0x100

/* InterruptStatus bits (4.2.2). */
#define VIRTIO_MMIO_INT_USED_BUFFER 1
#define VIRTIO_MMIO_INT_CONFIG      2

struct virtio_mmio_queue {
    struct virtio_mmio *t;
    unsigned idx;
    struct io_event kick; /* QueueNotify -> queue_notify on the I/O thread */
    struct virtq vq;
    /* Guest-written registers, under the transport lock. */
    uint32_t num;
    bool ready;
    uint64_t desc, driver, device;
};

struct virtio_mmio {
    /* Fixed once attached (before vCPUs run): read without the lock. */
    const struct bus *bus;
    struct irq_line irq;
    const struct virtio_device_ops *ops; /* NULL = empty slot */
    void *dev;                           /* the device model (ops' opaque) */
    unsigned nr_queues;
    struct virtio_mmio_queue *queues;
    pthread_mutex_t lock;
    /* Guest-visible state, under lock. */
    uint32_t status, isr, config_gen;
    uint32_t dev_features_sel, drv_features_sel, queue_sel;
    uint64_t driver_features;
    unsigned errors_logged; /* guest errors logged so far (rate limit) */
};

/* Set up an empty slot wired to irq. Setup only. */
void virtio_mmio_init(struct virtio_mmio *t, const struct bus *bus, struct irq_line irq);

/* Plug a device model into an empty slot; its queues' notifications will run on loop. From now on
 * the transport owns dev (virtio_mmio_fini calls ops->destroy). Setup only (before vCPUs run).
 * 0, -EBUSY (slot taken), -EINVAL (bad ops) or -errno. */
int virtio_mmio_attach(struct virtio_mmio *t, const struct virtio_device_ops *ops, void *dev,
                       struct io_loop *loop);

/* Tear the slot down (destroying an attached device model). The I/O loop must be stopped or
 * this must run on it; no vCPU may access the slot any more. */
void virtio_mmio_fini(struct virtio_mmio *t);

/* Register access callbacks for a slot (opaque = struct virtio_mmio). vCPU threads. */
extern const struct mmio_ops virtio_mmio_ops;

#endif
