/* Address translation (privileged spec 1.12, 4.3-4.6: Sv39, Sv48, Sv57) and physical memory
 * protection (3.7). This is the TLB-miss slow path: cpu/memory.c caches what mmu_translate
 * returns when whole_page allows it.
 *
 * PMP register layout in struct hart: on RV64 only the even-numbered pmpcfg CSRs exist (3.7.1),
 * and h->pmpcfg[N / 2] holds CSR pmpcfgN (N = 0, 2, ..., 14). So the configuration byte of PMP
 * entry i is byte i % 8 (bits 8*(i%8)+7 .. 8*(i%8)) of h->pmpcfg[i / 8]; h->pmpcfg[8..15] are
 * unused. h->pmpaddr[i] holds address bits 55:2 (bits 63:54 are ignored here). csr.c keeps the
 * registers legal (WARL: no R=0/W=1 combination, locked entries unchanged).
 *
 * A and D bits are updated by hardware (the second scheme of 4.3.1): atomically, with a
 * compare-and-swap on the PTE in host memory, restarting the walk if the PTE changed meanwhile. */
#include <stddef.h>

#include "cpu/cpu_internal.h"

#define PAGE_SHIFT    12
#define PAGE_SIZE     (1ull << PAGE_SHIFT)
#define VPN_BITS      9
#define PTE_SIZE      8
#define PTE_PPN_SHIFT 10
#define PTE_PPN_MASK  ((1ull << 44) - 1)
/* Bits 63:54 of a PTE: N (Svnapot, 63), PBMT (Svpbmt, 62:61) and reserved bits (60:54). Neither
 * extension is implemented, so all of them are reserved: a PTE with any set page-faults (4.3.2
 * step 3, 4.4.1). */
#define PTE_RESERVED (0x3ffull << 54)
/* For non-leaf PTEs, D, A and U are reserved for future standard use (4.3.1). */
#define PTE_NONLEAF_RESERVED (PTE_D | PTE_A | PTE_U)

#define PMP_ENTRIES   64
#define PMP_ADDR_MASK ((1ull << 54) - 1)    /* pmpaddr: physical address bits 55:2 (3.7.1) */
#define PMP_A_BYTES   0x1818181818181818ull /* the A field of all 8 entries of one pmpcfg word */

#define WALK_RESTART (-2) /* not an exception cause: the PTE changed under the walk */

static int page_fault(enum mem_access acc)
{
    return acc == ACCESS_LOAD    ? EXC_LOAD_PAGE_FAULT
           : acc == ACCESS_STORE ? EXC_STORE_PAGE_FAULT
                                 : EXC_INSN_PAGE_FAULT;
}

static int access_fault(enum mem_access acc)
{
    return acc == ACCESS_LOAD    ? EXC_LOAD_ACCESS
           : acc == ACCESS_STORE ? EXC_STORE_ACCESS
                                 : EXC_INSN_ACCESS;
}

/* ---------------------------------------------------------------------------------------------
 * PMP (3.7)
 * ------------------------------------------------------------------------------------------- */

static inline uint8_t pmp_cfg(const struct hart *h, unsigned i)
{
    return (uint8_t)(h->pmpcfg[i / 8] >> (8 * (i % 8)));
}

/* The bytes [*lo, *hi] (inclusive) that entry i with configuration cfg matches (3.7.1, "Address
 * Matching"). False when it matches nothing: A = OFF, or TOR with pmpaddr[i-1] >= pmpaddr[i]. */
static bool pmp_range(const struct hart *h, unsigned i, uint8_t cfg, uint64_t *lo, uint64_t *hi)
{
    uint64_t addr = h->pmpaddr[i] & PMP_ADDR_MASK;
    switch (cfg & PMP_A) {
    case PMP_A_TOR: {
        /* pmpaddr[i-1] <= y < pmpaddr[i]; entry 0 uses 0 as its lower bound. */
        uint64_t base = i ? (h->pmpaddr[i - 1] & PMP_ADDR_MASK) << 2 : 0;
        uint64_t top = addr << 2;
        if (base >= top)
            return false;
        *lo = base;
        *hi = top - 1;
        return true;
    }
    case PMP_A_NA4:
        *lo = addr << 2;
        *hi = *lo + 3;
        return true;
    case PMP_A_NAPOT: {
        /* yyyy...y0 followed by k ones: a 2^(k+3)-byte region at yyyy...y000...0 (table 3.10).
         * addr has at most 54 bits, so ~addr has a zero bit below 54 or k = 54 (2^57 bytes: the
         * whole physical address space). */
        unsigned k = (unsigned)__builtin_ctzll(~addr);
        uint64_t mask = (1ull << (k + 3)) - 1;
        *lo = (addr << 2) & ~mask;
        *hi = *lo | mask;
        return true;
    }
    default: return false;
    }
}

/* 3.7.1 "Priority and Matching Logic": the lowest-numbered entry that matches any byte of the
 * access decides; it must match all bytes or the access fails, whatever L, R, W and X say. A
 * matching entry with L = 0 lets M-mode through; otherwise the R/W/X bit for acc decides. With no
 * matching entry, M-mode succeeds and S/U fail.
 *
 * Deliberate deviation: the spec fails an unmatched S/U access when at least one PMP entry is
 * *implemented*; capa lets it through while *no entry is active* (all A = OFF), so an S-mode
 * kernel started directly (SBI in the host, no M-mode firmware to program PMP) can run. As soon
 * as any entry is active, the spec rule applies. */
bool pmp_allows(const struct hart *h, uint64_t pa, unsigned len, enum mem_access acc, enum priv p)
{
    uint64_t last = pa + (len ? len - 1 : 0);
    if (last < pa)
        last = UINT64_MAX; /* a range wrapping past 2^64 cannot be matched in full */
    uint8_t need = acc == ACCESS_LOAD ? PMP_R : acc == ACCESS_STORE ? PMP_W : PMP_X;
    bool active = false;

    for (unsigned w = 0; w < PMP_ENTRIES / 8; w++) {
        uint64_t word = h->pmpcfg[w];
        if (!(word & PMP_A_BYTES))
            continue; /* all 8 entries OFF */
        active = true;
        for (unsigned j = 0; j < 8; j++) {
            uint8_t cfg = (uint8_t)(word >> (8 * j));
            uint64_t lo, hi;
            if (!pmp_range(h, w * 8 + j, cfg, &lo, &hi) || last < lo || pa > hi)
                continue;
            if (pa < lo || last > hi)
                return false; /* partial match */
            if (p == PRV_M && !(cfg & PMP_L))
                return true;
            return (cfg & need) != 0;
        }
    }
    return p == PRV_M || !active;
}

/* True if every byte of the 4 KiB page at page gets the same PMP decision: the lowest-numbered
 * active entry that overlaps the page covers it whole (or no active entry overlaps it). Entries
 * after the first covering one are shadowed by it and do not matter. */
static bool pmp_page_uniform(const struct hart *h, uint64_t page)
{
    uint64_t last = page + PAGE_SIZE - 1;
    for (unsigned w = 0; w < PMP_ENTRIES / 8; w++) {
        uint64_t word = h->pmpcfg[w];
        if (!(word & PMP_A_BYTES))
            continue;
        for (unsigned j = 0; j < 8; j++) {
            uint64_t lo, hi;
            if (!pmp_range(h, w * 8 + j, (uint8_t)(word >> (8 * j)), &lo, &hi) || last < lo ||
                page > hi)
                continue;
            return lo <= page && last <= hi;
        }
    }
    return true;
}

/* ---------------------------------------------------------------------------------------------
 * Page-based virtual memory (4.3-4.6)
 * ------------------------------------------------------------------------------------------- */

/* The privilege that translation and PMP use (3.1.6.3): loads and stores in M-mode with
 * MPRV = 1 use MPP (csr.c keeps MPP legal); instruction fetches always use the current mode. */
enum priv mmu_effective_priv(const struct hart *h, enum mem_access acc)
{
    if (acc != ACCESS_FETCH && h->priv == PRV_M && (h->mstatus & MSTATUS_MPRV))
        return (enum priv)((h->mstatus & MSTATUS_MPP) >> MSTATUS_MPP_SHIFT);
    return h->priv;
}

/* Host pointer to the PTE at physical address pte_pa, checked as an implicit load at S privilege
 * (3.7.1: page-table accesses have effective privilege S), or NULL when the PTE is not in RAM or
 * PMP denies the read (4.3.2 step 2: an access fault). */
static uint64_t *pte_ptr(const struct hart *h, uint64_t pte_pa)
{
    if (!pmp_allows(h, pte_pa, PTE_SIZE, ACCESS_LOAD, PRV_S))
        return NULL;
    return bus_ram_ptr(h->bus, pte_pa, PTE_SIZE);
}

/* 4.3.2 steps 5 and 6 for a leaf PTE found at level i: page-fault cause, or EXC_NONE. */
static int leaf_check(const struct hart *h, uint64_t pte, int i, enum mem_access acc, enum priv p)
{
    /* U bit (4.3.1, 4.1.1.2 SUM): U-mode needs U = 1; S-mode may load/store U = 1 pages only
     * with SUM = 1 and never executes them. */
    if (p == PRV_U ? !(pte & PTE_U)
                   : (pte & PTE_U) && (acc == ACCESS_FETCH || !(h->mstatus & MSTATUS_SUM)))
        return page_fault(acc);

    /* R/W/X, with MXR making executable pages readable (4.1.1.2). */
    bool ok;
    switch (acc) {
    case ACCESS_LOAD: ok = (pte & PTE_R) || ((pte & PTE_X) && (h->mstatus & MSTATUS_MXR)); break;
    case ACCESS_STORE: ok = (pte & PTE_W) != 0; break;
    default: ok = (pte & PTE_X) != 0; break;
    }
    if (!ok)
        return page_fault(acc);

    /* Misaligned superpage: pte.ppn[i-1:0] != 0. */
    uint64_t ppn = (pte >> PTE_PPN_SHIFT) & PTE_PPN_MASK;
    if (ppn & ((1ull << (VPN_BITS * i)) - 1))
        return page_fault(acc);
    return EXC_NONE;
}

/* Set A (and D for stores) in the leaf PTE at ptep, which held pte (4.3.2 step 7). Returns
 * EXC_NONE, an access fault when PMP denies the PTE write (checked as a store at S), or
 * WALK_RESTART when the PTE changed since it was read (the caller walks again, so the update
 * stays atomic with the checks made on the value read). */
static int update_ad(const struct hart *h, uint64_t *ptep, uint64_t pte_pa, uint64_t pte,
                     enum mem_access acc)
{
    uint64_t want = pte | PTE_A | (acc == ACCESS_STORE ? PTE_D : 0);
    if (want == pte)
        return EXC_NONE;
    if (!pmp_allows(h, pte_pa, PTE_SIZE, ACCESS_STORE, PRV_S))
        return access_fault(acc);
    if (!__atomic_compare_exchange_n(ptep, &pte, want, false, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE))
        return WALK_RESTART;
    return EXC_NONE;
}

/* The page walk of 4.3.2 with LEVELS = levels (3, 4, 5 for Sv39, Sv48, Sv57: 4.4-4.6) and
 * PTESIZE = 8, at effective privilege p. On success *pa is the physical address of va. */
static int page_walk(const struct hart *h, uint64_t va, enum mem_access acc, enum priv p,
                     int levels, uint64_t *pa)
{
    /* Bits 63:VABITS of va must all equal bit VABITS-1 (4.4.1, 4.5.1, 4.6.1). */
    unsigned unused = 64 - (PAGE_SHIFT + VPN_BITS * (unsigned)levels);
    if ((uint64_t)((int64_t)(va << unused) >> unused) != va)
        return page_fault(acc);

restart:;
    uint64_t a = (h->satp & SATP_PPN_MASK) << PAGE_SHIFT;
    for (int i = levels - 1; i >= 0; i--) {
        unsigned shift = PAGE_SHIFT + VPN_BITS * (unsigned)i;
        uint64_t pte_pa = a + ((va >> shift) & ((1u << VPN_BITS) - 1)) * PTE_SIZE;
        uint64_t *ptep = pte_ptr(h, pte_pa);
        if (!ptep)
            return access_fault(acc);
        uint64_t pte = __atomic_load_n(ptep, __ATOMIC_ACQUIRE);

        if (!(pte & PTE_V) || ((pte & (PTE_R | PTE_W)) == PTE_W) || (pte & PTE_RESERVED))
            return page_fault(acc);
        uint64_t ppn = (pte >> PTE_PPN_SHIFT) & PTE_PPN_MASK;
        if (!(pte & (PTE_R | PTE_X))) {
            /* Pointer to the next level (step 4); i = 0 falls out of the loop. */
            if (pte & PTE_NONLEAF_RESERVED)
                return page_fault(acc);
            a = ppn << PAGE_SHIFT;
            continue;
        }

        int exc = leaf_check(h, pte, i, acc, p);
        if (exc == EXC_NONE)
            exc = update_ad(h, ptep, pte_pa, pte, acc);
        if (exc == WALK_RESTART)
            goto restart;
        if (exc != EXC_NONE)
            return exc;

        /* Step 8: a superpage passes va.vpn[i-1:0] and the page offset through. */
        uint64_t offset_mask = (1ull << shift) - 1;
        *pa = ((ppn << PAGE_SHIFT) & ~offset_mask) | (va & offset_mask);
        return EXC_NONE;
    }
    return page_fault(acc); /* non-leaf PTE at level 0 */
}

/* Translation is active for effective privilege S or U with satp.MODE = Sv39/48/57 (4.1.11);
 * otherwise pa = va. Either way the final physical address is PMP-checked at the effective
 * privilege. The PMP check here covers the 4-byte PMP granule holding pa (PMP granularity is 4
 * bytes, so that decides any aligned access of up to 4 bytes); when *whole_page is false, a
 * caller accessing more bytes must check pmp_allows(pa, size) itself (an 8-byte access may
 * straddle two granules with different entries). */
int mmu_translate(struct hart *h, uint64_t va, enum mem_access acc, uint64_t *pa, bool *whole_page)
{
    enum priv p = mmu_effective_priv(h, acc);
    unsigned mode = (unsigned)(h->satp >> SATP_MODE_SHIFT);
    uint64_t phys = va;

    *whole_page = false;
    if (p != PRV_M && mode >= SATP_MODE_SV39 && mode <= SATP_MODE_SV57) {
        int exc = page_walk(h, va, acc, p, (int)(mode - SATP_MODE_SV39) + 3, &phys);
        if (exc != EXC_NONE)
            return exc;
    }
    if (!pmp_allows(h, phys, 1, acc, p))
        return access_fault(acc);
    *pa = phys;
    /* The 4 KiB page around va maps to one 4 KiB physical page (superpages included), so only
     * PMP can make permissions vary inside it. */
    *whole_page = pmp_page_uniform(h, phys & ~(PAGE_SIZE - 1));
    return EXC_NONE;
}
