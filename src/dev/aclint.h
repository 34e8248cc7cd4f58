/* ACLINT MTIMER + MSWI in the SiFive CLINT layout used by QEMU's virt board: MSIP at 0x0 + 4*hart,
 * MTIMECMP at 0x4000 + 8*hart, MTIME at 0xbff8 (RISC-V ACLINT spec 1.0, "Legacy" CLINT map). */
#ifndef CAPA_DEV_ACLINT_H
#define CAPA_DEV_ACLINT_H

#include <stdatomic.h>
#include <stdint.h>

#include "dev/irq.h"
#include "mem/bus.h"

#define ACLINT_MAX_HARTS 32
#define ACLINT_SIZE      0x10000

struct aclint {
    unsigned nr_harts;
    uint64_t (*time_fn)(void *opaque); /* mtime, in timebase ticks */
    void *time_opaque;
    _Atomic uint64_t mtimecmp[ACLINT_MAX_HARTS];
    atomic_bool msip[ACLINT_MAX_HARTS];
    struct irq_line mtip[ACLINT_MAX_HARTS];     /* to each hart's MTIP */
    struct irq_line msip_out[ACLINT_MAX_HARTS]; /* to each hart's MSIP */
};

extern const struct mmio_ops aclint_mmio_ops;

/* Set up for nr_harts harts with the given time source; lines wired by the caller. */
void aclint_init(struct aclint *a, unsigned nr_harts, uint64_t (*time_fn)(void *), void *opaque);

/* Drive hart's MTIP from mtime >= mtimecmp. The hart's thread calls this between slices. */
void aclint_update_timer(struct aclint *a, unsigned hart);

/* The hart's mtimecmp (for computing how long an idle hart may sleep). */
uint64_t aclint_mtimecmp(const struct aclint *a, unsigned hart);

#endif
