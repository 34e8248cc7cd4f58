#include "dev/aclint.h"

#include <string.h>

#define MSIP_BASE     0x0000
#define MTIMECMP_BASE 0x4000
#define MTIME_OFF     0xbff8

void aclint_init(struct aclint *a, unsigned nr_harts, uint64_t (*time_fn)(void *), void *opaque)
{
    memset(a, 0, sizeof(*a));
    a->nr_harts = nr_harts;
    a->time_fn = time_fn;
    a->time_opaque = opaque;
    for (unsigned i = 0; i < ACLINT_MAX_HARTS; i++)
        atomic_init(&a->mtimecmp[i], UINT64_MAX);
}

void aclint_update_timer(struct aclint *a, unsigned hart)
{
    uint64_t cmp = atomic_load_explicit(&a->mtimecmp[hart], memory_order_relaxed);
    irq_set(&a->mtip[hart], a->time_fn(a->time_opaque) >= cmp);
}

uint64_t aclint_mtimecmp(const struct aclint *a, unsigned hart)
{
    return atomic_load_explicit(&a->mtimecmp[hart], memory_order_relaxed);
}

/* 32-bit halves of the 64-bit registers are accessible on their own (RV32 software). */
static uint64_t merge(uint64_t old, uint64_t off, unsigned size, uint64_t val)
{
    if (size == 8)
        return val;
    unsigned shift = (off & 4) * 8;
    uint64_t mask = 0xffffffffull << shift;
    return (old & ~mask) | ((val & 0xffffffffull) << shift);
}

static bool aclint_read(void *opaque, uint64_t off, unsigned size, uint64_t *val)
{
    struct aclint *a = opaque;
    uint64_t v = 0;
    if (off < MSIP_BASE + 4ull * a->nr_harts) {
        v = atomic_load(&a->msip[off / 4]);
    } else if (off >= MTIMECMP_BASE && off < MTIMECMP_BASE + 8ull * a->nr_harts) {
        v = atomic_load(&a->mtimecmp[(off - MTIMECMP_BASE) / 8]);
    } else if (off >= MTIME_OFF && off < MTIME_OFF + 8) {
        v = a->time_fn(a->time_opaque);
    }
    if (size == 4 && (off & 4) && off >= MTIMECMP_BASE)
        v >>= 32;
    *val = size == 4 ? (uint32_t)v : v;
    return true;
}

static bool aclint_write(void *opaque, uint64_t off, unsigned size, uint64_t val)
{
    struct aclint *a = opaque;
    if (off < MSIP_BASE + 4ull * a->nr_harts) {
        unsigned hart = off / 4;
        atomic_store(&a->msip[hart], val & 1);
        irq_set(&a->msip_out[hart], val & 1);
    } else if (off >= MTIMECMP_BASE && off < MTIMECMP_BASE + 8ull * a->nr_harts) {
        unsigned hart = (off - MTIMECMP_BASE) / 8;
        uint64_t old = atomic_load(&a->mtimecmp[hart]);
        atomic_store(&a->mtimecmp[hart], merge(old, off, size, val));
        aclint_update_timer(a, hart);
    }
    /* mtime is read-only here: the host clock drives it. */
    return true;
}

const struct mmio_ops aclint_mmio_ops = {
    .read = aclint_read,
    .write = aclint_write,
    .min_access = 4,
    .max_access = 8,
};
