/* Guest virtual memory access: software TLBs in front of mmu_translate() and the bus.
 *
 * A TLB entry maps one 4 KiB virtual page straight to host memory (guest RAM only), so a hit is a
 * tag compare and an add. Entries are filled only when the whole page has one translation and one
 * permission (mmu_translate's whole_page); MMIO is never cached and always takes the slow path.
 * Misaligned accesses are performed byte by byte (the privileged spec allows hardware support of
 * misaligned accesses; Linux user space relies on it). */
#include <stddef.h>
#include <string.h>

#include "cpu/block.h"

#define PAGE_SHIFT 12
#define PAGE_SIZE  (1ull << PAGE_SHIFT)

static unsigned context_of(const struct hart *h, enum priv p)
{
    switch (p) {
    case PRV_U: return TLB_CTX_U;
    case PRV_S: return (h->mstatus & MSTATUS_SUM) ? TLB_CTX_S_SUM : TLB_CTX_S;
    default: return TLB_CTX_M;
    }
}

void tlb_select(struct hart *h)
{
    /* Fetches ignore MPRV and SUM (3.1.6.3, 4.3.1): S-mode fetches always use the TLB_CTX_S set. */
    unsigned data = context_of(h, mmu_effective_priv(h, ACCESS_LOAD));
    unsigned fetch = h->priv == PRV_S ? TLB_CTX_S : context_of(h, h->priv);
    h->tlb_load = h->tlb_sets[data].load;
    h->tlb_store = h->tlb_sets[data].store;
    h->tlb_fetch = h->tlb_sets[fetch].fetch;
    h->tlb_live |= 1u << data | 1u << fetch;
}

void tlb_flush_all(struct hart *h)
{
    /* TLB_INVALID is all ones, so memset can fill it. Sets never selected since the last flush
     * hold nothing. */
    for (unsigned c = 0; c < TLB_CONTEXTS; c++) {
        if (h->tlb_live & (1u << c))
            memset(&h->tlb_sets[c], 0xff, sizeof(h->tlb_sets[c]));
    }
    h->tlb_live = 0;
    tlb_select(h);
}

/* Fixed-size host accesses (a memcpy with a variable size is a library call on the hot path).
 * Guest RAM may be misaligned for the access; memcpy of a constant size compiles to one move. */
static inline uint64_t host_read(const void *p, unsigned size)
{
    switch (size) {
    case 1: return *(const uint8_t *)p;
    case 2: {
        uint16_t v;
        memcpy(&v, p, 2);
        return v;
    }
    case 4: {
        uint32_t v;
        memcpy(&v, p, 4);
        return v;
    }
    default: {
        uint64_t v;
        memcpy(&v, p, 8);
        return v;
    }
    }
}

static inline void host_write(void *p, unsigned size, uint64_t v)
{
    switch (size) {
    case 1: *(uint8_t *)p = (uint8_t)v; break;
    case 2: memcpy(p, &(uint16_t){ (uint16_t)v }, 2); break;
    case 4: memcpy(p, &(uint32_t){ (uint32_t)v }, 4); break;
    default: memcpy(p, &v, 8); break;
    }
}

static struct tlb_entry *tlb_for(struct hart *h, enum mem_access acc)
{
    return acc == ACCESS_LOAD ? h->tlb_load : acc == ACCESS_STORE ? h->tlb_store : h->tlb_fetch;
}

_Static_assert(offsetof(struct tlb_set, victim) == TLB_WAY2 * sizeof(struct tlb_entry),
               "an entry's second way is TLB_WAY2 entries on");

/* The slow path's TLB lookup: the slot, then its second way (struct tlb_set), whose entry
 * moves into the slot on a hit so that the inline path finds it next time. */
static inline void *tlb_hit(struct tlb_entry *tlb, uint64_t va)
{
    struct tlb_entry *e = &tlb[(va >> PAGE_SHIFT) & (TLB_SIZE - 1)];
    if (e->vpage == TLB_PAGE(va))
        return (void *)(uintptr_t)(va + e->addend);
    struct tlb_entry *v = e + TLB_WAY2;
    if (v->vpage == TLB_PAGE(va)) {
        struct tlb_entry t = *e;
        *e = *v;
        *v = t;
        return (void *)(uintptr_t)(va + e->addend);
    }
    return NULL;
}

static int access_fault(enum mem_access acc)
{
    return acc == ACCESS_LOAD    ? EXC_LOAD_ACCESS
           : acc == ACCESS_STORE ? EXC_STORE_ACCESS
                                 : EXC_INSN_ACCESS;
}

/* The slow path: translate va; return a host pointer for RAM (filling the TLB when allowed) or
 * NULL with *pa set for MMIO. */
static int translate_slow(struct hart *h, uint64_t va, unsigned size, enum mem_access acc,
                          void **host, uint64_t *pa)
{
    bool whole_page;
    h->stats.tlb_miss[acc]++;
    int exc = mmu_translate(h, va, acc, pa, &whole_page);
    if (exc != EXC_NONE)
        return exc;
    /* mmu_translate checks PMP for the 4-byte granule at pa; where PMP varies inside the page, an
     * access spanning granules must be checked whole (privileged spec 3.7.1). */
    if (!whole_page && size > 1 && !pmp_allows(h, *pa, size, acc, mmu_effective_priv(h, acc)))
        return access_fault(acc);
    uint64_t page_pa = *pa & ~(PAGE_SIZE - 1);
    char *page = bus_ram_ptr(h->bus, page_pa, PAGE_SIZE);
    if (!page) {
        *host = NULL;
        return EXC_NONE;
    }
    bool code = acc == ACCESS_STORE && bc_note_store(h, (uintptr_t)page + (*pa - page_pa), size);
    if (whole_page) {
        struct tlb_entry *e = &tlb_for(h, acc)[(va >> PAGE_SHIFT) & (TLB_SIZE - 1)];
        if (e->vpage != TLB_INVALID)
            e[TLB_WAY2] = *e; /* the old page keeps a second chance */
        e->vpage = TLB_PAGE(va) | (code ? TLB_CODE : 0);
        e->addend = (uintptr_t)page - (va & ~(PAGE_SIZE - 1));
    }
    *host = page + (*pa - page_pa);
    return EXC_NONE;
}

/* A store through a store-TLB entry tagged TLB_CODE (its page holds decoded code): the host
 * address without a page walk, after telling the block cache about the write. NULL if the entry
 * does not map va. */
static void *store_code_hit(struct hart *h, uint64_t va, unsigned size)
{
    struct tlb_entry *e = &h->tlb_store[(va >> PAGE_SHIFT) & (TLB_SIZE - 1)];
    if (e->vpage != (TLB_PAGE(va) | TLB_CODE))
        return NULL;
    void *p = (void *)(uintptr_t)(va + e->addend);
    if (!bc_note_store(h, (uintptr_t)p, size))
        e->vpage = TLB_PAGE(va); /* no code left on the page: the fast path may have it */
    return p;
}

/* One access that stays inside a page. */
static int access_in_page(struct hart *h, uint64_t va, unsigned size, uint64_t *val,
                          enum mem_access acc)
{
    void *p = tlb_hit(tlb_for(h, acc), va);
    if (!p && acc == ACCESS_STORE)
        p = store_code_hit(h, va, size);
    uint64_t pa = 0;
    if (!p) {
        int exc = translate_slow(h, va, size, acc, &p, &pa);
        if (exc != EXC_NONE)
            return exc;
    }
    if (p) {
        if (acc == ACCESS_STORE)
            host_write(p, size, *val);
        else
            *val = host_read(p, size);
        return EXC_NONE;
    }
    /* MMIO: devices see naturally aligned accesses only (misaligned I/O is an access fault). */
    if (pa & (size - 1))
        return access_fault(acc);
    bool ok =
        acc == ACCESS_STORE ? bus_write(h->bus, pa, size, *val) : bus_read(h->bus, pa, size, val);
    return ok ? EXC_NONE : access_fault(acc);
}

/* A misaligned access crossing a page: byte by byte, so each byte faults (and reports its own
 * address) on its own page. Stores check both pages before writing anything. */
static int access_split(struct hart *h, uint64_t va, unsigned size, uint64_t *val,
                        enum mem_access acc, uint64_t *tval)
{
    if (acc == ACCESS_STORE) {
        uint64_t pa;
        bool whole;
        for (unsigned i = 0; i < size; i++) {
            int exc = mmu_translate(h, va + i, acc, &pa, &whole);
            if (exc != EXC_NONE) {
                *tval = va + i;
                return exc;
            }
        }
    }
    uint64_t result = 0;
    for (unsigned i = 0; i < size; i++) {
        uint64_t byte = (*val >> (8 * i)) & 0xff;
        int exc = access_in_page(h, va + i, 1, &byte, acc);
        if (exc != EXC_NONE) {
            *tval = va + i;
            return exc;
        }
        result |= (byte & 0xff) << (8 * i);
    }
    if (acc == ACCESS_LOAD)
        *val = result;
    return EXC_NONE;
}

int hart_load(struct hart *h, uint64_t va, unsigned size, uint64_t *val, uint64_t *tval)
{
    if ((va & (PAGE_SIZE - 1)) + size <= PAGE_SIZE) {
        void *p = tlb_hit(h->tlb_load, va);
        if (p) {
            *val = host_read(p, size);
            return EXC_NONE;
        }
        int exc = access_in_page(h, va, size, val, ACCESS_LOAD);
        if (exc != EXC_NONE)
            *tval = va;
        return exc;
    }
    return access_split(h, va, size, val, ACCESS_LOAD, tval);
}

int hart_store(struct hart *h, uint64_t va, unsigned size, uint64_t val, uint64_t *tval)
{
    if ((va & (PAGE_SIZE - 1)) + size <= PAGE_SIZE) {
        void *p = tlb_hit(h->tlb_store, va);
        if (p) {
            host_write(p, size, val);
            return EXC_NONE;
        }
        int exc = access_in_page(h, va, size, &val, ACCESS_STORE);
        if (exc != EXC_NONE)
            *tval = va;
        return exc;
    }
    return access_split(h, va, size, &val, ACCESS_STORE, tval);
}

void *hart_ram_ptr(struct hart *h, uint64_t va, unsigned size, enum mem_access acc, int *exc,
                   uint64_t *tval)
{
    *tval = va;
    if (va & (size - 1)) {
        /* AMOs and LR/SC must be naturally aligned (unprivileged 8.2, 8.4). */
        *exc = acc == ACCESS_LOAD ? EXC_LOAD_MISALIGNED : EXC_STORE_MISALIGNED;
        return NULL;
    }
    void *p = tlb_hit(tlb_for(h, acc), va);
    if (!p && acc == ACCESS_STORE)
        p = store_code_hit(h, va, size);
    if (p)
        return p;
    uint64_t pa;
    *exc = translate_slow(h, va, size, acc, &p, &pa);
    if (*exc == EXC_NONE && !p)
        *exc = access_fault(acc); /* atomics on MMIO are not supported */
    return *exc == EXC_NONE ? p : NULL;
}

static int fetch16(struct hart *h, uint64_t va, uint32_t *half)
{
    void *p = tlb_hit(h->tlb_fetch, va);
    if (p) {
        uint16_t v;
        memcpy(&v, p, 2);
        *half = v;
        return EXC_NONE;
    }
    uint64_t v = 0;
    int exc = access_in_page(h, va, 2, &v, ACCESS_FETCH);
    *half = (uint32_t)v;
    return exc;
}

int hart_fetch(struct hart *h, uint64_t va, uint32_t *word, uint64_t *tval)
{
    void *p = tlb_hit(h->tlb_fetch, va);
    if (p && (va & (PAGE_SIZE - 1)) <= PAGE_SIZE - 4) {
        memcpy(word, p, 4);
        if ((*word & 3) != 3)
            *word &= 0xffff;
        return EXC_NONE;
    }
    uint32_t lo, hi;
    int exc = fetch16(h, va, &lo);
    if (exc != EXC_NONE) {
        *tval = va;
        return exc;
    }
    if ((lo & 3) != 3) {
        *word = lo;
        return EXC_NONE;
    }
    /* A 32-bit instruction whose upper half may be on the next page: a fault there reports the
     * address of that half (privileged spec 3.1.16). */
    exc = fetch16(h, va + 2, &hi);
    if (exc != EXC_NONE) {
        *tval = va + 2;
        return exc;
    }
    *word = lo | hi << 16;
    return EXC_NONE;
}
