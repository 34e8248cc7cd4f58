/* The decoded-block cache (internal to src/cpu; see block.c for the design). Owning thread only. */
#ifndef CAPA_CPU_BLOCK_H
#define CAPA_CPU_BLOCK_H

#include <stdbool.h>
#include <stdint.h>

#include "cpu/cpu_internal.h"
#include "cpu/native.h"

/* Longest block; blocks also end at control flow, system/CSR instructions and page ends. */
#define BLOCK_MAX_INSNS 128

/* One decoded instruction as the threaded interpreter runs it. */
struct dinsn {
    const void *handler; /* label in hart_run's interpreter (block_handlers) */
    struct insn in;      /* rd of integer-result instructions is 32 for x0 (see struct hart) */
    uint16_t pc_off;     /* byte offset from the block's first instruction */
    /* The first instruction of a native run (handler block_handlers.native): how many
     * instructions the run covers (0 for every other dinsn) and its code's offset in the arena
     * (cpu/native.h). */
    uint8_t native_n;
    uint32_t native_off;
};

/* A straight-line run of instructions inside one guest-physical page. */
struct block {
    uintptr_t key;            /* host address of the first instruction */
    const uint32_t *page_gen; /* the page's generation counter */
    /* When the block was (re)validated: the page's generation then and the cache's epoch
     * (FENCE.I starts a new one), one word so that chaining compares both at once. */
    union {
        struct {
            uint32_t gen, epoch;
        };
        uint64_t stamp;
    };
    uint64_t stat_inc; /* added to hart.stats_pending per run: STAT_BLOCK + loads and stores */
    uint16_t n;        /* instructions (the end marker, if any, is not one) */
    uint16_t bytes;    /* guest bytes covered */
    /* Chaining: the block that runs next when the last instruction jumps (0) or falls through
     * (1) to a statically known address in the same page, and that block's key (0 when the
     * successor is not static or not in the page). hart_run checks the key before using one. */
    struct block *next[2];
    uintptr_t next_key[2];
    struct dinsn insns[]; /* n instructions, then an end marker unless the last one jumps */
};

/* Packed per-block statistics (hart.stats_pending, folded into hart.stats by hart_run): 16-bit
 * counts of blocks run, blocks reached by chaining, loads and stores. */
#define STAT_BLOCK   1ull
#define STAT_CHAINED (1ull << 16)
#define STAT_LOAD    (1ull << 32)
#define STAT_STORE   (1ull << 48)

#define BC_NATIVE_SITES 16

/* Handler addresses, indexed by enum insn_op, plus the special ones. */
struct block_handlers {
    const void *const *op;   /* [OP_COUNT]: handler for an instruction in mid-block */
    const void *const *last; /* [OP_COUNT]: non-NULL for ops that end a block, its handler */
    const void *end;         /* end marker: continue at the next pc */
    /* A 32-bit instruction that crosses into the next virtual page, in mid-block or ending it:
     * checks that page's half before running the op's handler (run.c). */
    const void *cross, *cross_last;
    /* Superinstructions (run.c PAIR_OPS): pair[i * n_pair + j] runs an op of pair index i and
     * the next instruction, of pair index j; pair_of maps an op to its index or NO_PAIR. */
    const void *const *pair;
    const uint8_t *pair_of;
    unsigned n_pair;
    /* tail[i * n_tail + k]: an op of pair index i, then a memory access or control transfer of
     * tail index k (tail_of) run by its own handler. */
    const void *const *tail;
    const uint8_t *tail_of;
    unsigned n_tail;
    /* A native run (cpu/native.h), any of BC_NATIVE_SITES copies (dinsn.native_n/_off). The
     * dinsns of its instructions keep their own handlers: the interpreter resumes at one of them
     * when the run stops early (a memory access the inline TLB check cannot serve). */
    const void *native[BC_NATIVE_SITES];
};
#define NO_PAIR 0xff

#define BC_TABLE_BITS 15
#define BC_TABLE_SIZE (1u << BC_TABLE_BITS)

struct bcache {
    struct block *table[BC_TABLE_SIZE]; /* direct-mapped by hash of key */
    uint32_t epoch;
    uint32_t resets;            /* full-arena drops: chain links made across one would dangle */
    struct native_code *native; /* host code of native ALU runs; NULL: interpreter only */
    char *arena;                /* blocks, bump-allocated; a full arena drops everything */
    size_t arena_used, arena_size;
    unsigned nr_ram;
    struct bc_ram {
        uintptr_t host; /* host address of the region */
        uint64_t pages; /* 4 KiB pages */
        uint32_t *gen;  /* per page: bumped when a store hits decoded code */
        uint64_t *code; /* per page: which 64-byte chunks hold decoded code */
    } ram[4];
};

static inline uint32_t bc_hash(uintptr_t key)
{
    return (uint32_t)(((uint64_t)key * 0x9e3779b97f4a7c15ull) >> (64 - BC_TABLE_BITS));
}

/* Check a block from before a FENCE.I or a store to its page against memory: the block if its
 * instructions are unchanged (it is current again), else NULL. */
struct block *bc_revalidate(struct hart *h, struct block *b);

/* The cached block starting at host address key, if still valid. */
static inline struct block *bc_lookup(struct hart *h, uintptr_t key)
{
    struct block *b = h->bc->table[bc_hash(key)];
    if (__builtin_expect(b && b->key == key, 1)) {
        if (__builtin_expect(b->epoch == h->bc->epoch && *b->page_gen == b->gen, 1))
            return b;
        return bc_revalidate(h, b);
    }
    return NULL;
}

/* Allocate h->bc for h's bus (0 or -ENOMEM). */
int bc_create(struct hart *h);
void bc_destroy(struct hart *h);

/* Decode the block at virtual pc (host address key, which the fetch TLB maps) and enter it.
 * NULL when not even one instruction fits in the page (a 32-bit instruction crossing it). */
struct block *bc_build(struct hart *h, uint64_t pc, uintptr_t key, const struct block_handlers *hd);

/* FENCE.I: every block must be checked against memory before it runs again. O(1): a new epoch. */
void bc_flush(struct hart *h);

/* A store is about to write size bytes at host address p. Called on slow paths only: store-TLB
 * entries of pages with decoded code carry TLB_CODE, so the inline path misses them. If the bytes
 * overlap decoded code, the page's blocks become invalid. Returns whether the page still holds
 * decoded code (its store-TLB entries then keep TLB_CODE). */
bool bc_note_store(struct hart *h, uintptr_t p, unsigned size);

/* Fill one decoded instruction from its bits (used by the block builder and single steps). */
void bc_decode_one(uint32_t word, struct dinsn *d, const struct block_handlers *hd, bool *ends);

#endif
