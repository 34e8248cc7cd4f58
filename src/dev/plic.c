/* PLIC (RISC-V PLIC specification 1.0.0): priorities at 0x0 + 4*src, pending bits at 0x1000,
 * per-context enables at 0x2000 + 0x80*ctx, per-context threshold and claim/complete at
 * 0x200000 + 0x1000*ctx (+0 threshold, +4 claim/complete). Registers are 32-bit. */
#include "dev/plic.h"

#include <errno.h>
#include <string.h>

#define PRIORITY_MAX 7 /* priority registers are WARL 0..7 (3 bits, as on QEMU virt) */

int plic_init(struct plic *p, unsigned nr_contexts)
{
    if (nr_contexts == 0 || nr_contexts > PLIC_MAX_CONTEXTS)
        return -EINVAL;
    memset(p, 0, sizeof(*p));
    p->nr_contexts = nr_contexts;
    pthread_mutex_init(&p->lock, NULL);
    return 0;
}

void plic_fini(struct plic *p)
{
    pthread_mutex_destroy(&p->lock);
}

static bool test_bit(const uint32_t *words, unsigned n)
{
    return (words[n / 32] >> (n % 32)) & 1;
}

static void assign_bit(uint32_t *words, unsigned n, bool v)
{
    if (v)
        words[n / 32] |= 1u << (n % 32);
    else
        words[n / 32] &= ~(1u << (n % 32));
}

/* The best claimable source for ctx: pending, enabled, priority above the threshold; highest
 * priority wins, ties go to the lowest ID (PLIC spec, "Interrupt Priorities"). 0 if none. */
static unsigned best_source(const struct plic *p, unsigned ctx)
{
    unsigned best = 0;
    uint32_t best_prio = p->threshold[ctx];
    for (unsigned w = 0; w < PLIC_WORDS; w++) {
        uint32_t bits = p->pending[w] & p->enable[ctx][w];
        while (bits) {
            unsigned src = w * 32 + __builtin_ctz(bits);
            bits &= bits - 1;
            if (p->priority[src] > best_prio) {
                best_prio = p->priority[src];
                best = src;
            }
        }
    }
    return best;
}

/* Recompute every context's output line; called with the lock held. */
static void update_outputs(struct plic *p)
{
    for (unsigned ctx = 0; ctx < p->nr_contexts; ctx++) {
        bool level = best_source(p, ctx) != 0;
        if (level != p->out_level[ctx]) {
            p->out_level[ctx] = level;
            irq_set(&p->out[ctx], level);
        }
    }
}

/* Gateway: a level-triggered source becomes pending while its line is high and it is not in
 * service (claimed but not completed). */
static void gateway(struct plic *p, unsigned src)
{
    if (test_bit(p->level, src) && !test_bit(p->claimed, src))
        assign_bit(p->pending, src, true);
}

void plic_set_irq(void *opaque, unsigned n, bool level)
{
    struct plic *p = opaque;
    if (n == 0 || n >= PLIC_NR_SOURCES)
        return;
    pthread_mutex_lock(&p->lock);
    assign_bit(p->level, n, level);
    if (!level)
        assign_bit(p->pending, n, false);
    gateway(p, n);
    update_outputs(p);
    pthread_mutex_unlock(&p->lock);
}

static uint32_t claim(struct plic *p, unsigned ctx)
{
    unsigned src = best_source(p, ctx);
    if (src) {
        assign_bit(p->pending, src, false);
        assign_bit(p->claimed, src, true);
    }
    return src;
}

static void complete(struct plic *p, unsigned ctx, uint32_t src)
{
    /* Completion of a source not enabled for the context is ignored (PLIC spec). */
    if (src == 0 || src >= PLIC_NR_SOURCES || !test_bit(p->enable[ctx], src))
        return;
    assign_bit(p->claimed, src, false);
    gateway(p, src);
}

static bool plic_read(void *opaque, uint64_t off, unsigned size, uint64_t *val)
{
    struct plic *p = opaque;
    (void)size;
    *val = 0;
    pthread_mutex_lock(&p->lock);
    if (off < 4 * PLIC_NR_SOURCES) {
        *val = p->priority[off / 4];
    } else if (off >= 0x1000 && off < 0x1000 + 4 * PLIC_WORDS) {
        *val = p->pending[(off - 0x1000) / 4];
    } else if (off >= 0x2000 && off < 0x2000 + 0x80ull * p->nr_contexts) {
        unsigned ctx = (off - 0x2000) / 0x80, w = (off - 0x2000) % 0x80 / 4;
        if (w < PLIC_WORDS)
            *val = p->enable[ctx][w];
    } else if (off >= 0x200000 && off < 0x200000 + 0x1000ull * p->nr_contexts) {
        unsigned ctx = (off - 0x200000) / 0x1000, reg = (off - 0x200000) % 0x1000;
        if (reg == 0)
            *val = p->threshold[ctx];
        else if (reg == 4) {
            *val = claim(p, ctx);
            update_outputs(p);
        }
    }
    pthread_mutex_unlock(&p->lock);
    return true; /* unimplemented registers read as zero */
}

static bool plic_write(void *opaque, uint64_t off, unsigned size, uint64_t val)
{
    struct plic *p = opaque;
    uint32_t v = (uint32_t)val;
    (void)size;
    pthread_mutex_lock(&p->lock);
    if (off < 4 * PLIC_NR_SOURCES) {
        if (off >= 4) /* source 0 does not exist */
            p->priority[off / 4] = v > PRIORITY_MAX ? PRIORITY_MAX : v;
    } else if (off >= 0x2000 && off < 0x2000 + 0x80ull * p->nr_contexts) {
        unsigned ctx = (off - 0x2000) / 0x80, w = (off - 0x2000) % 0x80 / 4;
        if (w < PLIC_WORDS)
            p->enable[ctx][w] = w == 0 ? v & ~1u : v; /* source 0 is never enabled */
    } else if (off >= 0x200000 && off < 0x200000 + 0x1000ull * p->nr_contexts) {
        unsigned ctx = (off - 0x200000) / 0x1000, reg = (off - 0x200000) % 0x1000;
        if (reg == 0)
            p->threshold[ctx] = v > PRIORITY_MAX ? PRIORITY_MAX : v;
        else if (reg == 4)
            complete(p, ctx, v);
    }
    update_outputs(p);
    pthread_mutex_unlock(&p->lock);
    return true; /* writes to read-only or unimplemented registers are ignored */
}

const struct mmio_ops plic_mmio_ops = {
    .read = plic_read,
    .write = plic_write,
    .min_access = 4,
    .max_access = 4,
};
