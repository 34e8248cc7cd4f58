#include "mem/bus.h"

#include <errno.h>
#include <string.h>

void bus_init(struct bus *bus)
{
    memset(bus, 0, sizeof(*bus));
}

static int bus_add(struct bus *bus, const struct bus_region *r)
{
    if (r->size == 0 || r->base + r->size < r->base)
        return -EINVAL;
    if (bus->nr_regions == BUS_MAX_REGIONS)
        return -ENOSPC;
    for (unsigned i = 0; i < bus->nr_regions; i++) {
        const struct bus_region *o = &bus->regions[i];
        if (r->base < o->base + o->size && o->base < r->base + r->size)
            return -EEXIST;
    }
    bus->regions[bus->nr_regions++] = *r;
    return 0;
}

int bus_map_ram(struct bus *bus, const char *name, gpa_t base, uint64_t size, void *hva)
{
    struct bus_region r = { .name = name, .base = base, .size = size, .hva = hva };
    return bus_add(bus, &r);
}

int bus_map_mmio(struct bus *bus, const char *name, gpa_t base, uint64_t size,
                 const struct mmio_ops *ops, void *opaque)
{
    struct bus_region r = {
        .name = name, .base = base, .size = size, .ops = ops, .opaque = opaque
    };
    return bus_add(bus, &r);
}

const struct bus_region *bus_find(const struct bus *bus, gpa_t gpa)
{
    for (unsigned i = 0; i < bus->nr_regions; i++) {
        const struct bus_region *r = &bus->regions[i];
        if (gpa - r->base < r->size)
            return r;
    }
    return NULL;
}

void *bus_ram_ptr(const struct bus *bus, gpa_t gpa, uint64_t len)
{
    const struct bus_region *r = bus_find(bus, gpa);
    if (!r || !r->hva || len > r->size - (gpa - r->base))
        return NULL;
    return (char *)r->hva + (gpa - r->base);
}

/* The MMIO checks of struct mmio_ops: size within the device's limits, access inside the region. */
static const struct bus_region *mmio_check(const struct bus *bus, gpa_t gpa, unsigned size)
{
    const struct bus_region *r = bus_find(bus, gpa);
    if (!r || !r->ops)
        return NULL;
    if (size < r->ops->min_access || size > r->ops->max_access)
        return NULL;
    if (size > r->size - (gpa - r->base))
        return NULL;
    return r;
}

bool bus_read(const struct bus *bus, gpa_t gpa, unsigned size, uint64_t *val)
{
    void *p = bus_ram_ptr(bus, gpa, size);
    if (p) {
        uint64_t v = 0;
        memcpy(&v, p, size); /* little-endian host */
        *val = v;
        return true;
    }
    const struct bus_region *r = mmio_check(bus, gpa, size);
    if (!r || !r->ops->read)
        return false;
    return r->ops->read(r->opaque, gpa - r->base, size, val);
}

bool bus_write(const struct bus *bus, gpa_t gpa, unsigned size, uint64_t val)
{
    void *p = bus_ram_ptr(bus, gpa, size);
    if (p) {
        memcpy(p, &val, size);
        return true;
    }
    const struct bus_region *r = mmio_check(bus, gpa, size);
    if (!r || !r->ops->write)
        return false;
    return r->ops->write(r->opaque, gpa - r->base, size, val);
}
