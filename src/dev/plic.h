/* The RISC-V Platform-Level Interrupt Controller (PLIC 1.0.0 memory map, SiFive-compatible as on
 * QEMU's virt board): level-triggered sources 1..PLIC_NR_SOURCES-1, two contexts per hart
 * (2h = M-mode, 2h+1 = S-mode). */
#ifndef CAPA_DEV_PLIC_H
#define CAPA_DEV_PLIC_H

#include <pthread.h>
#include <stdint.h>

#include "dev/irq.h"
#include "mem/bus.h"

#define PLIC_NR_SOURCES   96 /* source 0 does not exist: riscv,ndev = 95 */
#define PLIC_MAX_CONTEXTS 64
#define PLIC_SIZE         0x4000000
#define PLIC_WORDS        ((PLIC_NR_SOURCES + 31) / 32)

struct plic {
    pthread_mutex_t lock;
    unsigned nr_contexts;
    uint32_t priority[PLIC_NR_SOURCES];
    uint32_t level[PLIC_WORDS];   /* input line levels */
    uint32_t pending[PLIC_WORDS]; /* gateway output: waiting to be claimed */
    uint32_t claimed[PLIC_WORDS]; /* claimed and not yet completed */
    uint32_t enable[PLIC_MAX_CONTEXTS][PLIC_WORDS];
    uint32_t threshold[PLIC_MAX_CONTEXTS];
    bool out_level[PLIC_MAX_CONTEXTS];
    struct irq_line out[PLIC_MAX_CONTEXTS]; /* to the harts' MEIP/SEIP */
};

extern const struct mmio_ops plic_mmio_ops;

/* Set up with nr_contexts outputs (out[i] wired by the caller afterwards). Setup thread. */
int plic_init(struct plic *p, unsigned nr_contexts);
void plic_fini(struct plic *p);

/* Input line n changes level. Any thread (takes the PLIC lock). Matches irq_line.set. */
void plic_set_irq(void *opaque, unsigned n, bool level);

#endif
