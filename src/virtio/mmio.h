/* The virtio-mmio transport (virtio 1.2, section 4.2), version 2 only. A slot without a device
 * reads DeviceID 0 ("no device", 4.2.2), so the guest driver skips it. Device models attach in
 * the virtio issue. */
#ifndef CAPA_VIRTIO_MMIO_H
#define CAPA_VIRTIO_MMIO_H

#include <stdint.h>

#include "mem/bus.h"

#define VIRTIO_MMIO_MAGIC   0x74726976 /* "virt" */
#define VIRTIO_MMIO_VERSION 2
#define VIRTIO_MMIO_VENDOR  0x41504143 /* "CAPA" */

/* Register offsets (virtio 1.2, table 4.1). */
#define VIRTIO_MMIO_MAGIC_VALUE 0x000
#define VIRTIO_MMIO_VERSION_REG 0x004
#define VIRTIO_MMIO_DEVICE_ID   0x008
#define VIRTIO_MMIO_VENDOR_ID   0x00c

struct virtio_mmio {
    uint32_t device_id; /* 0 = empty slot */
};

extern const struct mmio_ops virtio_mmio_ops;

#endif
