/* Hart life cycle and the cross-thread interface (interrupt lines, kicks, time). */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "cpu/block.h"

/* misa: MXL = 2 (64-bit) and the extensions I M A F D C S U (privileged spec 3.1.1). */
#define MISA_EXT(c) (1ull << ((c) - 'A'))
#define MISA_RV64GC                                                                                \
    (2ull << 62 | MISA_EXT('I') | MISA_EXT('M') | MISA_EXT('A') | MISA_EXT('F') | MISA_EXT('D') |  \
     MISA_EXT('C') | MISA_EXT('S') | MISA_EXT('U'))

void hart_reset(struct hart *h, uint64_t reset_pc)
{
    const struct bus *bus = h->bus;
    uint64_t (*time_fn)(void *) = h->time_fn;
    void *time_opaque = h->time_opaque;
    uint64_t hartid = h->mhartid;
    bool sbi_in_host = h->sbi_in_host, native_off = h->native_off;
    struct bcache *bc = h->bc;
    struct hart_stats stats = h->stats;

    memset(h, 0, sizeof(*h));
    h->bc = bc;
    h->stats = stats;
    if (bc)
        bc_flush(h); /* memory may hold other code after a reset */
    h->bus = bus;
    h->time_fn = time_fn;
    h->time_opaque = time_opaque;
    h->mhartid = hartid;
    h->sbi_in_host = sbi_in_host;
    h->native_off = native_off;

    /* Reset state (privileged spec 3.4): M-mode, MIE = MPRV = 0, misa at its widest. */
    h->priv = PRV_M;
    h->pc = reset_pc;
    h->misa = MISA_RV64GC;
    h->mstatus = 2ull << 32 | 2ull << 34; /* UXL = SXL = 64 bits */
    h->stimecmp = UINT64_MAX;
    atomic_init(&h->mip, 0);
    atomic_init(&h->kick, 1);
    atomic_init(&h->stop_requested, false);
    h->tlb_live = (1u << TLB_CONTEXTS) - 1; /* the memset left valid-looking zero entries */
    tlb_flush_all(h);
}

void hart_init(struct hart *h, const struct bus *bus, uint64_t hartid, uint64_t reset_pc)
{
    memset(h, 0, sizeof(*h));
    h->bus = bus;
    h->mhartid = hartid;
    hart_reset(h, reset_pc);
}

void hart_fini(struct hart *h)
{
    bc_destroy(h);
}

void hart_kick(struct hart *h, bool stop)
{
    if (stop)
        atomic_store(&h->stop_requested, true);
    atomic_store_explicit(&h->kick, 1, memory_order_release);
}

void hart_set_pending(struct hart *h, uint64_t mip_bits, bool level)
{
    if (level)
        atomic_fetch_or(&h->mip, mip_bits);
    else
        atomic_fetch_and(&h->mip, ~mip_bits);
    hart_kick(h, false);
}

bool hart_wfi_wakeup(struct hart *h)
{
    return (atomic_load(&h->mip) & h->mie) != 0;
}

uint64_t hart_time(const struct hart *h)
{
    /* Without a platform timer, time follows the cycle counter (deterministic). */
    return h->time_fn ? h->time_fn(h->time_opaque) : h->mcycle;
}

void hart_update_sstc(struct hart *h)
{
    if (!(h->menvcfg & MENVCFG_STCE))
        return;
    bool fire = hart_time(h) >= h->stimecmp;
    bool now = (atomic_load_explicit(&h->mip, memory_order_relaxed) & MIP_STIP) != 0;
    if (fire != now)
        hart_set_pending(h, MIP_STIP, fire);
}

void hart_set_stimecmp(struct hart *h, uint64_t value)
{
    h->stimecmp = value;
    hart_update_sstc(h);
}

int hart_load_virt(struct hart *h, uint64_t va, unsigned size, uint64_t *val)
{
    uint64_t tval;
    return hart_load(h, va, size, val, &tval) == EXC_NONE ? 0 : -EFAULT;
}

void hart_request_tlb_flush(struct hart *h)
{
    atomic_fetch_add(&h->flush_req, 1);
    hart_kick(h, false);
}

void hart_request_icache_flush(struct hart *h)
{
    atomic_store(&h->icache_flush_req, true);
}

void hart_stats_add(struct hart_stats *sum, const struct hart *h)
{
    const struct hart_stats *s = &h->stats;
    sum->blocks += s->blocks;
    sum->chained += s->chained;
    sum->block_builds += s->block_builds;
    sum->block_flushes += s->block_flushes;
    sum->block_revalidations += s->block_revalidations;
    sum->code_writes += s->code_writes;
    sum->steps += s->steps;
    sum->loads += s->loads;
    sum->stores += s->stores;
    sum->native_runs += s->native_runs;
    sum->native_insns += s->native_insns;
    for (unsigned i = 0; i < 3; i++)
        sum->tlb_miss[i] += s->tlb_miss[i];
}

static double hit_percent(uint64_t total, uint64_t misses)
{
    return total ? 100.0 * (double)(total - (misses < total ? misses : total)) / (double)total
                 : 100.0;
}

void hart_stats_format(char *buf, size_t len, uint64_t instret, double seconds,
                       const struct hart_stats *s)
{
    /* Every block run that is not a single step came from the cache, by chaining or a lookup,
     * or was just decoded. */
    uint64_t lookups = s->blocks - (s->steps < s->blocks ? s->steps : s->blocks);
    snprintf(
        buf, len,
        "%llu instructions in %.2f s (%.1f MIPS)\n"
        "  block cache: %.2f%% hits (%llu blocks run, %llu chained, %llu decoded, %llu "
        "revalidated, "
        "%llu flushes, %llu code writes), %.1f instructions/block, %llu single steps\n"
        "  TLB hits: load %.2f%%, store %.2f%%, fetch %.2f%% (misses %llu / %llu / %llu)\n"
        "  native runs: %llu compiled, %.1f instructions each",
        (unsigned long long)instret, seconds, seconds > 0 ? (double)instret / seconds / 1e6 : 0.0,
        hit_percent(lookups, s->block_builds), (unsigned long long)lookups,
        (unsigned long long)s->chained, (unsigned long long)s->block_builds,
        (unsigned long long)s->block_revalidations, (unsigned long long)s->block_flushes,
        (unsigned long long)s->code_writes, s->blocks ? (double)instret / (double)s->blocks : 0.0,
        (unsigned long long)s->steps, hit_percent(s->loads, s->tlb_miss[0]),
        hit_percent(s->stores, s->tlb_miss[1]), hit_percent(s->blocks - s->chained, s->tlb_miss[2]),
        (unsigned long long)s->tlb_miss[0], (unsigned long long)s->tlb_miss[1],
        (unsigned long long)s->tlb_miss[2], (unsigned long long)s->native_runs,
        s->native_runs ? (double)s->native_insns / (double)s->native_runs : 0.0);
}

void hart_boot_supervisor(struct hart *h, uint64_t pc, uint64_t arg)
{
    h->x[10] = h->mhartid;
    h->x[11] = arg;
    h->pc = pc;
    h->satp = 0;
    h->mstatus &= ~(MSTATUS_SIE | MSTATUS_SPIE | MSTATUS_MPRV);
    hart_set_priv(h, PRV_S);
    tlb_flush_all(h);
    hart_kick(h, false);
}
