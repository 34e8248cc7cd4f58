/* The guest-physical address space: RAM regions backed by host memory and MMIO regions dispatched
 * to device callbacks. Regions never overlap. The map is built before any vCPU runs and is
 * read-only afterwards, so lookups take no lock. */
#ifndef CAPA_MEM_BUS_H
#define CAPA_MEM_BUS_H

#include <stdbool.h>
#include <stdint.h>

typedef uint64_t gpa_t;

/* Device callbacks. The bus checks that size is a power of two within [min_access, max_access] and
 * that off + size lies inside the region before calling; returning false makes the access an
 * access fault for the guest. */
struct mmio_ops {
    bool (*read)(void *opaque, uint64_t off, unsigned size, uint64_t *val);
    bool (*write)(void *opaque, uint64_t off, unsigned size, uint64_t val);
    uint8_t min_access, max_access;
};

#define BUS_MAX_REGIONS 64

struct bus_region {
    const char *name;
    gpa_t base;
    uint64_t size;
    void *hva;                  /* RAM: host address of base; NULL for MMIO */
    const struct mmio_ops *ops; /* MMIO only */
    void *opaque;
};

struct bus {
    unsigned nr_regions;
    struct bus_region regions[BUS_MAX_REGIONS];
};

/* Set up an empty address space. */
void bus_init(struct bus *bus);

/* Map host memory hva at [base, base + size). -EEXIST on overlap, -ENOSPC when full. Setup only. */
int bus_map_ram(struct bus *bus, const char *name, gpa_t base, uint64_t size, void *hva);

/* Map a device at [base, base + size). -EEXIST on overlap, -ENOSPC when full. Setup only. */
int bus_map_mmio(struct bus *bus, const char *name, gpa_t base, uint64_t size,
                 const struct mmio_ops *ops, void *opaque);

/* The region containing gpa, or NULL. Any thread. */
const struct bus_region *bus_find(const struct bus *bus, gpa_t gpa);

/* Host pointer for [gpa, gpa + len) when the whole range is inside one RAM region, else NULL.
 * Any thread. Validation point for guest-supplied physical ranges. */
void *bus_ram_ptr(const struct bus *bus, gpa_t gpa, uint64_t len);

/* Access size bytes (1, 2, 4 or 8) at gpa, RAM or MMIO; false = access fault. Any thread; MMIO
 * runs on the caller's thread. */
bool bus_read(const struct bus *bus, gpa_t gpa, unsigned size, uint64_t *val);
bool bus_write(const struct bus *bus, gpa_t gpa, unsigned size, uint64_t val);

#endif
