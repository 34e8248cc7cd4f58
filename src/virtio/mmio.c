#include "virtio/mmio.h"

static bool vmmio_read(void *opaque, uint64_t off, unsigned size, uint64_t *val)
{
    const struct virtio_mmio *m = opaque;
    (void)size;
    switch (off) {
    case VIRTIO_MMIO_MAGIC_VALUE: *val = VIRTIO_MMIO_MAGIC; break;
    case VIRTIO_MMIO_VERSION_REG: *val = VIRTIO_MMIO_VERSION; break;
    case VIRTIO_MMIO_DEVICE_ID: *val = m->device_id; break;
    case VIRTIO_MMIO_VENDOR_ID: *val = VIRTIO_MMIO_VENDOR; break;
    default: *val = 0; break; /* an empty slot has no features, queues or config space */
    }
    return true;
}

static bool vmmio_write(void *opaque, uint64_t off, unsigned size, uint64_t val)
{
    (void)opaque, (void)off, (void)size, (void)val;
    return true; /* writes to an empty slot are ignored */
}

/* 32-bit registers only (4.2.2: the driver MUST use 32-bit accesses for the registers). */
const struct mmio_ops virtio_mmio_ops = {
    .read = vmmio_read,
    .write = vmmio_write,
    .min_access = 4,
    .max_access = 4,
};
