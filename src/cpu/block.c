/* The decoded-block cache.
 *
 * Instructions are decoded once into blocks: straight-line runs inside one 4 KiB guest-physical
 * page, ending at control flow, at instructions that change what later ones mean (CSRs, xRET,
 * SFENCE.VMA, FENCE.I, WFI, ECALL) or at the page end. A block is keyed by the host address of its
 * first instruction -- guest RAM is one host mapping, so that is the guest-physical address --
 * and so survives address-space switches and serves every virtual alias of the page.
 *
 * Invalidation (unprivileged spec 3.1, "Zifencei"): a hart sees its own instruction-memory writes
 * only after FENCE.I, other harts' after a remote FENCE.I (SBI RFENCE), and device DMA likewise.
 * FENCE.I therefore starts a new epoch (O(1)): a block from an older epoch is compared with
 * memory before it runs again, and kept if its instructions are unchanged (Linux issues FENCE.I
 * for every new executable page it maps, so dropping everything would mean decoding again).
 *
 * Stores from this hart to decoded code are caught too, so code that forgets FENCE.I still runs
 * what it wrote: each page records which 64-byte chunks hold decoded code, its store-TLB entries
 * carry TLB_CODE so the inline store path misses, and the store slow path bumps the page's
 * generation when the bytes written overlap code. Stores to data next to code (small programs
 * keep both in one page) only pay the slow path. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "cpu/block.h"

#define PAGE_SHIFT 12
#define PAGE_SIZE  (1ull << PAGE_SHIFT)

/* Room for blocks: about 40k blocks of typical length; a full arena starts over. */
#define ARENA_SIZE      (16u << 20)
#define BLOCK_BYTES_MAX (sizeof(struct block) + (BLOCK_MAX_INSNS + 1) * sizeof(struct dinsn))
/* Host code of native runs: about 12 bytes per instruction against 32 for its dinsn, so this
 * fills after the block arena does; virtual until written. */
#define NATIVE_ARENA_SIZE (8u << 20)

int bc_create(struct hart *h)
{
    struct bcache *bc = calloc(1, sizeof(*bc));
    if (!bc)
        return -ENOMEM;
    bc->arena_size = ARENA_SIZE;
    bc->arena = malloc(bc->arena_size);
    if (!bc->arena)
        goto err_free;
    /* Without native code (not an x86-64 host, or no executable memory) the interpreter runs
     * everything: slower, same results. */
    if (!h->native_off)
        bc->native = native_create(NATIVE_ARENA_SIZE);
    for (unsigned i = 0; i < h->bus->nr_regions && bc->nr_ram < 4; i++) {
        const struct bus_region *r = &h->bus->regions[i];
        if (!r->hva)
            continue;
        struct bc_ram *ram = &bc->ram[bc->nr_ram];
        ram->host = (uintptr_t)r->hva;
        ram->pages = (r->size + PAGE_SIZE - 1) >> PAGE_SHIFT;
        ram->gen = calloc(ram->pages, sizeof(uint32_t));
        ram->code = calloc(ram->pages, sizeof(uint64_t));
        bc->nr_ram++;
        if (!ram->gen || !ram->code)
            goto err_free;
    }
    h->bc = bc;
    return 0;
err_free:
    for (unsigned i = 0; i < bc->nr_ram; i++) {
        free(bc->ram[i].gen);
        free(bc->ram[i].code);
    }
    native_destroy(bc->native);
    free(bc->arena);
    free(bc);
    return -ENOMEM;
}

void bc_destroy(struct hart *h)
{
    struct bcache *bc = h->bc;
    if (!bc)
        return;
    for (unsigned i = 0; i < bc->nr_ram; i++) {
        free(bc->ram[i].gen);
        free(bc->ram[i].code);
    }
    native_destroy(bc->native);
    free(bc->arena);
    free(bc);
    h->bc = NULL;
}

/* The RAM region holding host address p, and p's page index in *page; NULL outside RAM. */
static struct bc_ram *ram_page(struct bcache *bc, uintptr_t p, uint64_t *page)
{
    for (unsigned i = 0; i < bc->nr_ram; i++) {
        struct bc_ram *r = &bc->ram[i];
        if (p >= r->host && ((p - r->host) >> PAGE_SHIFT) < r->pages) {
            *page = (p - r->host) >> PAGE_SHIFT;
            return r;
        }
    }
    return NULL;
}

/* The 64-byte chunks of a page that [off, off + len) touches (len >= 1, inside the page). */
static uint64_t chunk_mask(unsigned off, unsigned len)
{
    unsigned first = off >> 6, last = (off + len - 1) >> 6;
    uint64_t upto_last = last == 63 ? UINT64_MAX : (2ull << last) - 1;
    return upto_last & ~((1ull << first) - 1);
}

void bc_flush(struct hart *h)
{
    h->bc->epoch++;
    h->stats.block_flushes++;
}

/* Start over with an empty arena (all blocks go; nothing may be running one). Pages keep their
 * generations (no block can match an old one by accident) but lose their code chunks. */
static void bc_reset(struct bcache *bc)
{
    memset(bc->table, 0, sizeof(bc->table));
    for (unsigned i = 0; i < bc->nr_ram; i++)
        memset(bc->ram[i].code, 0, bc->ram[i].pages * sizeof(uint64_t));
    bc->arena_used = 0;
    if (bc->native)
        native_reset(bc->native);
    bc->epoch++;
    bc->resets++;
}

bool bc_note_store(struct hart *h, uintptr_t p, unsigned size)
{
    uint64_t page;
    struct bc_ram *r = h->bc ? ram_page(h->bc, p, &page) : NULL;
    if (!r || !r->code[page])
        return false;
    unsigned off = (unsigned)(p & (PAGE_SIZE - 1));
    if (size > PAGE_SIZE - off)
        size = (unsigned)(PAGE_SIZE - off);
    if (r->code[page] & chunk_mask(off, size)) {
        r->gen[page]++; /* every block of the page is checked before it runs again */
        r->code[page] = 0;
        h->stats.code_writes++;
        /* End the running block: chaining trusts that no stamp went stale since it started. */
        atomic_store_explicit(&h->kick, 1, memory_order_relaxed);
        return false;
    }
    return true;
}

/* The bytes [off, off + len) of the page at page_host hold decoded code. When the page had none,
 * tag its store-TLB entries (any virtual alias) so stores take the slow path (bc_note_store). */
static void mark_code(struct hart *h, struct bc_ram *r, uint64_t page, uintptr_t page_host,
                      unsigned off, unsigned len)
{
    if (!r->code[page]) {
        for (unsigned c = 0; c < TLB_CONTEXTS; c++) {
            if (!(h->tlb_live & (1u << c)))
                continue;
            /* Both ways: a second-way entry moves back into its slot on a hit. */
            for (unsigned i = 0; i < 2 * TLB_SIZE; i++) {
                struct tlb_entry *e = i < TLB_SIZE ? &h->tlb_sets[c].store[i]
                                                   : &h->tlb_sets[c].store[i - TLB_SIZE] + TLB_WAY2;
                if (e->vpage != TLB_INVALID && TLB_PAGE(e->vpage) + e->addend == page_host)
                    e->vpage |= TLB_CODE;
            }
        }
    }
    r->code[page] |= chunk_mask(off, len);
}

/* The bytes of b in its own page (a last instruction may end in the next one). */
static unsigned bytes_in_page(const struct block *b)
{
    unsigned start = (unsigned)(b->key & (PAGE_SIZE - 1));
    return b->bytes < PAGE_SIZE - start ? b->bytes : (unsigned)(PAGE_SIZE - start);
}

struct block *bc_revalidate(struct hart *h, struct block *b)
{
    const char *base = (const char *)b->key;
    unsigned in_page = bytes_in_page(b);
    for (unsigned i = 0; i < b->n; i++) {
        const struct dinsn *d = &b->insns[i];
        /* The half of a page-crossing instruction in the next page is checked when it runs. */
        unsigned len = d->pc_off + d->in.len <= in_page ? d->in.len : 2;
        uint32_t now = 0, was = len == 2 ? d->in.raw & 0xffff : d->in.raw;
        memcpy(&now, base + d->pc_off, len); /* little-endian host */
        if (now != was)
            return NULL;
    }
    uint64_t page;
    struct bc_ram *r = ram_page(h->bc, b->key, &page);
    uintptr_t page_host = b->key & ~(uintptr_t)(PAGE_SIZE - 1);
    mark_code(h, r, page, page_host, (unsigned)(b->key - page_host), in_page);
    b->gen = r->gen[page];
    b->epoch = h->bc->epoch;
    h->stats.block_revalidations++;
    return b;
}

/* Ops that end a block: they jump, trap by design, or change state later instructions depend
 * on (privilege, translation, interrupt enables, counters, rounding mode). */
static bool op_ends_block(unsigned op)
{
    switch (op) {
    case OP_ILLEGAL:
    case OP_JAL:
    case OP_JALR:
    case OP_BEQ:
    case OP_BNE:
    case OP_BLT:
    case OP_BGE:
    case OP_BLTU:
    case OP_BGEU:
    case OP_ECALL:
    case OP_EBREAK:
    case OP_MRET:
    case OP_SRET:
    case OP_WFI:
    case OP_SFENCE_VMA:
    case OP_FENCE_I:
    case OP_CSRRW:
    case OP_CSRRS:
    case OP_CSRRC:
    case OP_CSRRWI:
    case OP_CSRRSI:
    case OP_CSRRCI: return true;
    default: return false;
    }
}

static bool op_is_load(unsigned op)
{
    return (op >= OP_LB && op <= OP_LWU) || op == OP_FLW || op == OP_FLD;
}

static bool op_is_store(unsigned op)
{
    return (op >= OP_SB && op <= OP_SD) || op == OP_FSW || op == OP_FSD;
}

void bc_decode_one(uint32_t word, struct dinsn *d, const struct block_handlers *hd, bool *ends)
{
    if ((word & 3) == 3)
        insn_decode(word, &d->in);
    else
        insn_decode_rvc((uint16_t)word, &d->in);
    unsigned op = d->in.op;
    *ends = op_ends_block(op);
    d->handler = *ends ? hd->last[op] : hd->op[op];
    d->native_n = 0; /* not the start of a native run (compile_native_runs sets it) */
    /* Integer results of x0 go to the sink register x[32]; FP and generic ops keep rd. */
    if (d->in.rd == 0 && !OP_IS_FP(op) && op != OP_FLW && op != OP_FLD &&
        d->handler != hd->op[OP_ILLEGAL] && d->handler != hd->last[OP_ILLEGAL])
        d->in.rd = 32;
}

/* Compile every run of at least NATIVE_MIN_RUN native_supported instructions among the n of a
 * block being built: the first dinsn of a run gets a native handler (one of the copies, in
 * turn, so that runs of one loop tend to use different host call sites). */
static void compile_native_runs(struct hart *h, struct dinsn *d, unsigned n,
                                const struct block_handlers *hd)
{
    for (unsigned i = 0; i < n;) {
        unsigned j = i;
        while (j < n && d[j].handler == hd->op[d[j].in.op] && native_supported(&d[j].in))
            j++;
        if (j == n - 1 && d[j].handler == hd->last[d[j].in.op] && native_ends_run(&d[j].in))
            j++; /* the block's branch, compared at the end of the run */
        if (j - i >= NATIVE_MIN_RUN) {
            long off = native_compile(h->bc->native, &d[i], j - i);
            if (off < 0)
                return; /* arena full (bc_build resets it before the next block) */
            d[i].handler = hd->native[h->stats.native_runs % BC_NATIVE_SITES];
            d[i].native_n = (uint8_t)(j - i);
            d[i].native_off = (uint32_t)off;
            h->stats.native_runs++;
            h->stats.native_insns += j - i;
        }
        i = j > i ? j : i + 1;
    }
}

struct block *bc_build(struct hart *h, uint64_t pc, uintptr_t key, const struct block_handlers *hd)
{
    struct bcache *bc = h->bc;
    uint64_t pg;
    struct bc_ram *r = ram_page(bc, key, &pg);
    if (!r)
        return NULL;
    if (bc->arena_size - bc->arena_used < BLOCK_BYTES_MAX ||
        (bc->native && bc->native->size - bc->native->used < NATIVE_MAX_BYTES)) {
        bc_reset(bc);
        h->stats.block_flushes++;
    }
    struct block *b = (struct block *)(bc->arena + bc->arena_used);
    uintptr_t page = key & ~(uintptr_t)(PAGE_SIZE - 1);
    unsigned start = (unsigned)(pc & (PAGE_SIZE - 1)), off = start, n = 0;
    bool ends = false;
    b->stat_inc = STAT_BLOCK;
    while (n < BLOCK_MAX_INSNS && !ends && off <= PAGE_SIZE - 2) {
        uint16_t lo, hi;
        memcpy(&lo, (const void *)(page + off), 2);
        uint32_t word = lo;
        bool cross = false;
        if ((lo & 3) == 3) {
            if (off > PAGE_SIZE - 4) {
                /* Its upper half is at the start of the next virtual page, which may map
                 * anywhere: decode it with that half as it is now; the cross handler compares
                 * it each time (a single step runs it when the next page faults or is MMIO). */
                uint32_t next;
                uint64_t tval;
                if (hart_fetch(h, pc + (off - start) + 2, &next, &tval) != EXC_NONE)
                    break;
                hi = (uint16_t)next;
                cross = true;
            } else {
                memcpy(&hi, (const void *)(page + off + 2), 2);
            }
            word |= (uint32_t)hi << 16;
        }
        struct dinsn *d = &b->insns[n];
        bc_decode_one(word, d, hd, &ends);
        if (cross)
            d->handler = ends ? hd->cross_last : hd->cross;
        d->pc_off = (uint16_t)(off - start);
        if (op_is_load(d->in.op))
            b->stat_inc += STAT_LOAD;
        if (op_is_store(d->in.op) || (d->in.op >= OP_LR_W && d->in.op <= OP_AMOMAXU_D))
            b->stat_inc += STAT_STORE;
        off += d->in.len;
        n++;
    }
    if (n == 0)
        return NULL;
    if (bc->native && !h->native_off)
        compile_native_runs(h, b->insns, n, hd);
    /* Pair adjacent ALU instructions (run.c PAIR_OPS), greedily from the start. */
    for (unsigned i = 0; i + 1 < n; i++) {
        const struct dinsn *p = &b->insns[i], *q = p + 1;
        if (p->native_n) {
            i += p->native_n - 1u; /* its instructions run natively */
            continue;
        }
        unsigned first = hd->pair_of[p->in.op], second = hd->pair_of[q->in.op];
        unsigned tail = hd->tail_of[q->in.op];
        if (first == NO_PAIR || p->handler != hd->op[p->in.op])
            continue;
        if (second != NO_PAIR && q->handler == hd->op[q->in.op]) {
            b->insns[i].handler = hd->pair[first * hd->n_pair + second];
            i++;
        } else if (tail != NO_PAIR && q->handler != hd->cross && q->handler != hd->cross_last) {
            b->insns[i].handler = hd->tail[first * hd->n_tail + tail];
            i++;
        }
    }
    b->next[0] = b->next[1] = NULL;
    b->next_key[0] = b->next_key[1] = 0;
    if (!ends) {
        struct dinsn *d = &b->insns[n];
        memset(d, 0, sizeof(*d));
        d->handler = hd->end;
        d->pc_off = (uint16_t)(off - start);
        if (off < PAGE_SIZE)
            b->next_key[1] = page + off;
    } else {
        const struct insn *last = &b->insns[n - 1].in;
        bool branch = last->op >= OP_BEQ && last->op <= OP_BGEU;
        int64_t taken = (int64_t)(off - last->len) + last->imm;
        if ((branch || last->op == OP_JAL) && taken >= 0 && taken < (int64_t)PAGE_SIZE)
            b->next_key[0] = page + (uintptr_t)taken;
        if (branch && off < PAGE_SIZE)
            b->next_key[1] = page + off;
    }
    b->key = key;
    b->n = (uint16_t)n;
    b->bytes = (uint16_t)(off - start);
    b->page_gen = &r->gen[pg];
    mark_code(h, r, pg, page, start, bytes_in_page(b));
    b->gen = r->gen[pg];
    b->epoch = bc->epoch;
    bc->arena_used += (sizeof(struct block) + (n + 1) * sizeof(struct dinsn) + 15) & ~(size_t)15;
    bc->table[bc_hash(key)] = b;
    h->stats.block_builds++;
    return b;
}
