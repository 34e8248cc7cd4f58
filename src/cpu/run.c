/* The interpreter: decoded blocks run by threaded dispatch.
 *
 * hart_run looks up the block at pc (fetch TLB -> host address -> block cache), then jumps from
 * handler to handler through the labels stored in the decoded instructions (GNU C labels as
 * values): one indirect branch per instruction, no switch, no per-instruction fetch or decode.
 * Interrupts, kicks from other threads, the Sstc timer and the budget are looked at between
 * blocks; a block ends at every instruction that can change what the next one means (block.c),
 * and a memory access that took the slow path (MMIO) ends its block early if a kick arrived.
 *
 * Loads and stores inline the software TLB (one per access type): a hit is a tag compare and an
 * add. Integer semantics follow the unprivileged spec (RV64I ch. 2/5, M ch. 7, Zba/Zbb/Zbs
 * ch. 28, Zicond); atomics, CSRs, FP computation and privileged instructions go through
 * exec_generic (exec.c) and fp_exec (fpu.c).
 *
 * Counters: instructions retire per block (counted in a local and added to mcycle/minstret
 * whenever the interpreter leaves the chained path); a block-ending CSR instruction first brings
 * mcycle/minstret up to date, and an exception retires exactly the instructions before it.
 *
 * Chaining: a block ending in a branch, JAL or the page end runs its linked successor directly
 * when the successor carries the same validation stamp (block.h) -- the predecessor was valid when
 * it started and a store to decoded code kicks the hart, so equal stamps mean the successor is
 * current too -- and every such handler has its own copy of that code, so the host's indirect
 * branch predictor tells the jumps apart. */
#include <string.h>

#include "cpu/alu.h"
#include "cpu/block.h"

#define PAGE_SHIFT 12
#define PAGE_SIZE  (1ull << PAGE_SHIFT)

/* The Sstc comparator is polled about this often (instructions). */
#define TIMER_CHECK_INTERVAL 4096

#define likely(x)   __builtin_expect(!!(x), 1)
#define unlikely(x) __builtin_expect(!!(x), 0)

static inline void retire(struct hart *h, uint64_t n)
{
    if (!(h->mcountinhibit & 1))
        h->mcycle += n;
    if (!(h->mcountinhibit & 4))
        h->minstret += n;
}

/* One instruction retires; one that wrote minstret does not count itself (privileged 3.1.11). */
static inline void retire_one(struct hart *h)
{
    if (!(h->mcountinhibit & 1))
        h->mcycle++;
    if (!(h->mcountinhibit & 4) && !h->minstret_written)
        h->minstret++;
    h->minstret_written = false;
}

/* Move the packed per-block counts (block.h STAT_*) into the hart's statistics. They are folded
 * at least every TIMER_CHECK_INTERVAL + BLOCK_MAX_INSNS instructions, so no 16-bit field can
 * overflow in between. */
static void stats_fold(struct hart *h)
{
    uint64_t p = h->stats_pending;
    h->stats_pending = 0;
    h->stats.blocks += p & 0xffff;
    h->stats.chained += (p >> 16) & 0xffff;
    h->stats.loads += (p >> 32) & 0xffff;
    h->stats.stores += p >> 48;
}

/* Refill the fetch TLB for pc through the slow path: true if it now maps pc's page. */
static bool fetch_tlb_fill(struct hart *h, uint64_t pc)
{
    uint32_t word;
    uint64_t tval;
    if (hart_fetch(h, pc, &word, &tval) != EXC_NONE)
        return false;
    return h->tlb_fetch[(pc >> PAGE_SHIFT) & (TLB_SIZE - 1)].vpage == TLB_PAGE(pc);
}

enum kick_result { KICK_NONE, KICK_STOP, KICK_TRAPPED };

/* Serve what other threads asked for: TLB/FENCE.I shootdowns, stop, new interrupts. */
static enum kick_result serve_kick(struct hart *h)
{
    atomic_store_explicit(&h->kick, 0, memory_order_relaxed);
    unsigned req = atomic_load(&h->flush_req);
    if (req != atomic_load_explicit(&h->flush_done, memory_order_relaxed)) {
        if (atomic_exchange(&h->icache_flush_req, false) && h->bc)
            bc_flush(h);
        tlb_flush_all(h);
        atomic_store(&h->flush_done, req);
    }
    if (atomic_exchange(&h->stop_requested, false))
        return KICK_STOP;
    return hart_check_interrupts(h) ? KICK_TRAPPED : KICK_NONE;
}

/* Instructions with an inline handler (L_<name> below), in mid-block position. */
// clang-format off
#define INLINE_OPS(H) \
    H(LUI) H(AUIPC) H(LB) H(LH) H(LW) H(LD) H(LBU) H(LHU) H(LWU) H(SB) H(SH) H(SW) H(SD) \
    H(ADDI) H(SLTI) H(SLTIU) H(XORI) H(ORI) H(ANDI) H(SLLI) H(SRLI) H(SRAI) H(ADD) H(SUB) \
    H(SLL) H(SLT) H(SLTU) H(XOR) H(SRL) H(SRA) H(OR) H(AND) H(ADDIW) H(SLLIW) H(SRLIW) \
    H(SRAIW) H(ADDW) H(SUBW) H(SLLW) H(SRLW) H(SRAW) H(MUL) H(MULH) H(MULHSU) H(MULHU) \
    H(DIV) H(DIVU) H(REM) H(REMU) H(MULW) H(DIVW) H(DIVUW) H(REMW) H(REMUW) H(ADD_UW) \
    H(SH1ADD) H(SH2ADD) H(SH3ADD) H(SH1ADD_UW) H(SH2ADD_UW) H(SH3ADD_UW) H(SLLI_UW) H(ANDN) \
    H(ORN) H(XNOR) H(CLZ) H(CTZ) H(CPOP) H(CLZW) H(CTZW) H(CPOPW) H(MAX) H(MAXU) H(MIN) \
    H(MINU) H(SEXT_B) H(SEXT_H) H(ZEXT_H) H(ROL) H(ROR) H(ROLW) H(RORW) H(RORI) H(RORIW) \
    H(ORC_B) H(REV8) H(BCLR) H(BEXT) H(BINV) H(BSET) H(BCLRI) H(BEXTI) H(BINVI) H(BSETI) \
    H(CZERO_EQZ) H(CZERO_NEZ) H(FLW) H(FLD) H(FSW) H(FSD)
// clang-format on

/* ALU ops that also run in pairs (superinstructions): two adjacent ones of these take one
 * handler and one dispatch, which halves the indirect branches of ALU-heavy code, and the 324
 * pair handlers give the host's branch predictor more distinct sites to learn. Kind I computes
 * from (a = rs1, imm), kind R from (a = rs1, b = rs2). block.c pairs them greedily. */
#define PAIR_OPS(X, ...)                                                                           \
    X(ADDI, I, a + imm, __VA_ARGS__)                                                               \
    X(ADDIW, I, sx32(a + imm), __VA_ARGS__)                                                        \
    X(SLLI, I, a << imm, __VA_ARGS__)                                                              \
    X(SRLI, I, a >> imm, __VA_ARGS__)                                                              \
    X(SRAI, I, (int64_t)a >> imm, __VA_ARGS__)                                                     \
    X(SLLIW, I, sx32((uint32_t)a << imm), __VA_ARGS__)                                             \
    X(SRLIW, I, sx32((uint32_t)a >> imm), __VA_ARGS__)                                             \
    X(ANDI, I, a &imm, __VA_ARGS__)                                                                \
    X(XORI, I, a ^ imm, __VA_ARGS__)                                                               \
    X(LUI, I, imm, __VA_ARGS__)                                                                    \
    X(ADD, R, a + b, __VA_ARGS__)                                                                  \
    X(ADDW, R, sx32(a + b), __VA_ARGS__)                                                           \
    X(SUB, R, a - b, __VA_ARGS__)                                                                  \
    X(SUBW, R, sx32(a - b), __VA_ARGS__)                                                           \
    X(AND, R, a &b, __VA_ARGS__)                                                                   \
    X(OR, R, a | b, __VA_ARGS__)                                                                   \
    X(XOR, R, a ^ b, __VA_ARGS__)                                                                  \
    X(SLL, R, a << (b & 63), __VA_ARGS__)

/* Ops that may follow a PAIR_OPS op as the second half of a pair that jumps straight to their
 * own handler (a direct jump, which the host always predicts): memory accesses and control flow.
 */
#define TAIL_OPS(X, ...)                                                                           \
    X(LB, __VA_ARGS__)                                                                             \
    X(LH, __VA_ARGS__)                                                                             \
    X(LW, __VA_ARGS__)                                                                             \
    X(LD, __VA_ARGS__)                                                                             \
    X(LBU, __VA_ARGS__)                                                                            \
    X(LHU, __VA_ARGS__)                                                                            \
    X(LWU, __VA_ARGS__)                                                                            \
    X(SB, __VA_ARGS__)                                                                             \
    X(SH, __VA_ARGS__)                                                                             \
    X(SW, __VA_ARGS__)                                                                             \
    X(SD, __VA_ARGS__)                                                                             \
    X(BEQ, __VA_ARGS__)                                                                            \
    X(BNE, __VA_ARGS__)                                                                            \
    X(BLT, __VA_ARGS__)                                                                            \
    X(BGE, __VA_ARGS__)                                                                            \
    X(BLTU, __VA_ARGS__)                                                                           \
    X(BGEU, __VA_ARGS__)                                                                           \
    X(JAL, __VA_ARGS__)                                                                            \
    X(JALR, __VA_ARGS__)

#define TAIL_INDEX(name, ...) TAIL_##name,
enum { TAIL_OPS(TAIL_INDEX) N_TAIL_OPS };
#define TAIL_OF(name, ...) [OP_##name] = TAIL_##name,

#define PAIR_INDEX(name, ...) PAIR_##name,
enum { PAIR_OPS(PAIR_INDEX) N_PAIR_OPS };
#define PAIR_OF(name, ...) [OP_##name] = PAIR_##name,

/* The table of pair handlers nests PAIR_OPS in itself: DEFER hides the inner use from the
 * preprocessor's recursion guard until EXPAND rescans it, outside the outer expansion. */
#define EMPTY()
#define DEFER(m)         m EMPTY()
#define EXPAND(x)        x
#define PAIR_OPS_AGAIN() PAIR_OPS

/* Copies of the native-run handler (block_handlers.native). */
#define NATIVE_SITES(X)                                                                            \
    X(0)                                                                                           \
    X(1)                                                                                           \
    X(2)                                                                                           \
    X(3)                                                                                           \
    X(4)                                                                                           \
    X(5)                                                                                           \
    X(6)                                                                                           \
    X(7)                                                                                           \
    X(8)                                                                                           \
    X(9)                                                                                           \
    X(10)                                                                                          \
    X(11)                                                                                          \
    X(12)                                                                                          \
    X(13)                                                                                          \
    X(14)                                                                                          \
    X(15)
#define NATIVE_ADDR(i) &&L_NATIVE_##i,

/* Block-ending instructions with an inline handler. */
#define INLINE_LAST_OPS(H) H(JAL) H(JALR) H(BEQ) H(BNE) H(BLT) H(BGE) H(BLTU) H(BGEU)

enum hart_exit hart_run(struct hart *h, uint64_t budget)
{
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Woverride-init"
#define TAB(name) [OP_##name] = &&L_##name,
    static const void *op_tab[OP_COUNT] = { [0 ... OP_COUNT - 1] = &&L_GENERIC,
                                            [OP_FP_FIRST_ + 1 ... OP_COUNT - 1] = &&L_FP,
                                            INLINE_OPS(TAB) };
    static const void *last_tab[OP_COUNT] = { [0 ... OP_COUNT - 1] = &&L_GENERIC_END,
                                              INLINE_LAST_OPS(TAB) };
    static const uint8_t pair_of[OP_COUNT] = { [0 ... OP_COUNT - 1] = NO_PAIR, PAIR_OPS(PAIR_OF) };
    static const uint8_t tail_of[OP_COUNT] = { [0 ... OP_COUNT - 1] = NO_PAIR, TAIL_OPS(TAIL_OF) };
#undef TAB
#pragma GCC diagnostic pop
#define PAIR_ADDR(second, kind2, expr2, first) &&L_PAIR_##first##_##second,
#define PAIR_ROW(first, ...)                   DEFER(PAIR_OPS_AGAIN)()(PAIR_ADDR, first)
    static const void *pair_tab[N_PAIR_OPS * N_PAIR_OPS] = { EXPAND(PAIR_OPS(PAIR_ROW)) };
#define TAIL_ADDR(second, first) &&L_TAIL_##first##_##second,
#define TAIL_ROW(first, ...)     TAIL_OPS(TAIL_ADDR, first)
    static const void *tail_tab[N_PAIR_OPS * N_TAIL_OPS] = { PAIR_OPS(TAIL_ROW) };
    static struct block_handlers hd = { op_tab,    last_tab,       &&L_END,
                                        &&L_CROSS, &&L_CROSS_LAST, pair_tab,
                                        pair_of,   N_PAIR_OPS,     tail_tab,
                                        tail_of,   N_TAIL_OPS,     { NATIVE_SITES(NATIVE_ADDR) } };
    /* Opaque to the optimizer: with LTO, constant propagation would otherwise copy label
     * addresses into block.c, where they do not exist. */
    const struct block_handlers *hdp = &hd;
    __asm__("" : "+r"(hdp));

    uint64_t *const x = h->x;
    struct bcache *bc = h->bc;
    _Alignas(16) char scratch_buf[sizeof(struct block) + 2 * sizeof(struct dinsn)];
    struct block *const scratch = (struct block *)scratch_buf;
    const struct block *blk;
    const struct dinsn *in;
    uint64_t bpc, tval;
    /* Instructions left in this chunk of the budget: the Sstc comparator is polled and the budget
     * checked whenever a chunk runs out. Blocks may overrun a chunk (left < 0, by less than a
     * block), so the chained path tests one counter; the budget is a time slice, not exact. */
    int64_t left = 0;
    uint64_t budget_rest = budget;
    unsigned done, cnt;
    uint64_t unretired = 0;          /* instructions completed but not yet in mcycle/minstret */
    struct block *chain_from = NULL; /* link its next[chain_slot] to the block found next */
    unsigned chain_slot = 0;
    uint32_t chain_resets = 0;
    int exc;

    if (!bc && bc_create(h) == 0)
        bc = h->bc; /* without memory for it, every instruction is a single step */
    const struct native_code *const native = bc ? bc->native : NULL;

#define NEXT                                                                                       \
    do {                                                                                           \
        in++;                                                                                      \
        goto * in->handler;                                                                        \
    } while (0)
#define RD  x[in->in.rd]
#define RS1 x[in->in.rs1]
#define RS2 x[in->in.rs2]
#define IMM ((int64_t)in->in.imm)
#define PC  (bpc + in->pc_off)
#define IDX ((unsigned)(in - blk->insns))

/* The end of a block whose last instruction jumps to npc (all blk->n instructions completed):
 * run the successor linked in next[slot] if it is current and the chunk is not used up, else
 * look npc up (and link the block found there when next_key[slot] names it). */
#define CHAIN(slot, npc)                                                                           \
    do {                                                                                           \
        unretired += blk->n;                                                                       \
        left -= blk->n;                                                                            \
        const struct block *succ_ = blk->next[slot];                                               \
        if (likely(succ_ && succ_->stamp == blk->stamp && left > 0 &&                              \
                   !atomic_load_explicit(&h->kick, memory_order_relaxed))) {                       \
            h->stats_pending += blk->stat_inc + STAT_CHAINED;                                      \
            blk = succ_;                                                                           \
            bpc = (npc);                                                                           \
            in = blk->insns;                                                                       \
            goto * in->handler;                                                                    \
        }                                                                                          \
        h->stats_pending += blk->stat_inc;                                                         \
        h->pc = (npc);                                                                             \
        if (blk->next_key[slot]) {                                                                 \
            chain_from = (struct block *)blk;                                                      \
            chain_slot = slot;                                                                     \
            chain_resets = bc->resets;                                                             \
        }                                                                                          \
        goto next_block;                                                                           \
    } while (0)

next_block:
    retire(h, unretired);
    unretired = 0;
    if (unlikely(left <= 0)) {
        stats_fold(h);
        uint64_t over = (uint64_t)-left; /* the last block's overrun comes out of the rest */
        budget_rest -= over < budget_rest ? over : budget_rest;
        if (budget_rest == 0)
            return HART_EXIT_BUDGET;
        left = (int64_t)(budget_rest < TIMER_CHECK_INTERVAL ? budget_rest : TIMER_CHECK_INTERVAL);
        budget_rest -= (uint64_t)left;
        hart_update_sstc(h);
    }
    if (unlikely(atomic_load_explicit(&h->kick, memory_order_acquire))) {
        enum kick_result k = serve_kick(h);
        if (k == KICK_STOP) {
            stats_fold(h);
            return HART_EXIT_STOP;
        }
        if (k == KICK_TRAPPED)
            goto next_block;
    }
    if (likely(bc)) {
        uint64_t pc = h->pc;
        const struct tlb_entry *e = &h->tlb_fetch[(pc >> PAGE_SHIFT) & (TLB_SIZE - 1)];
        if (likely(e->vpage == TLB_PAGE(pc)) || fetch_tlb_fill(h, pc)) {
            uintptr_t key = (uintptr_t)(pc + e->addend);
            blk = bc_lookup(h, key);
            if (unlikely(blk == NULL))
                blk = bc_build(h, pc, key, hdp);
            if (chain_from) {
                if (blk && chain_resets == bc->resets &&
                    blk->key == chain_from->next_key[chain_slot])
                    chain_from->next[chain_slot] = (struct block *)blk;
                chain_from = NULL;
            }
            if (likely(blk != NULL))
                goto run_block;
        }
    }
    chain_from = NULL;
single_step:
    /* One instruction on its own: it is fetched from a page the TLB cannot hold (MMIO, PMP
     * granules), faults on fetch, or crosses into a page that does not map now. */
    {
        uint32_t word;
        tval = 0;
        exc = hart_fetch(h, h->pc, &word, &tval);
        if (exc != EXC_NONE) {
            if (!(h->mcountinhibit & 1))
                h->mcycle++;
            left--;
            hart_trap(h, (uint64_t)exc, tval);
            goto next_block;
        }
        bool ends;
        struct dinsn *d = scratch->insns;
        bc_decode_one(word, d, hdp, &ends);
        d->pc_off = 0;
        if (!ends) {
            d[1].handler = hd.end;
            d[1].pc_off = d->in.len;
        }
        scratch->n = 1;
        scratch->stat_inc = STAT_BLOCK;
        scratch->next[0] = scratch->next[1] = NULL;
        scratch->next_key[0] = scratch->next_key[1] = 0;
        blk = scratch;
        h->stats.steps++;
    }
run_block:
    bpc = h->pc;
    done = 0;
    in = blk->insns;
    goto * in->handler;

block_done: /* h->pc is set; cnt instructions of the block completed */
    unretired += cnt - done;
    left -= cnt;
    h->stats_pending += blk->stat_inc;
    goto next_block;

end_after: /* end the block after the current instruction (a kick arrived during it) */
    h->pc = PC + in->in.len;
    cnt = IDX + 1;
    goto block_done;

illegal:
    exc = EXC_ILLEGAL_INSN;
    tval = in->in.raw;
    /* fall through */
exception:
    h->pc = PC;
    retire(h, unretired + IDX - done);
    unretired = 0;
    h->minstret_written = false;
    if (!(h->mcountinhibit & 1))
        h->mcycle++;
    left -= IDX + 1;
    hart_trap(h, (uint64_t)exc, tval);
    goto next_block;

L_END:
    CHAIN(1, PC);

    /* A 32-bit instruction whose upper half is on the next virtual page (block.c): run it when
     * that half, read through the fetch TLB now, is the one it was decoded with; else end the
     * block before it and single-step it (the slow path translates, faults or decodes afresh). */
#define CROSS(name, tab)                                                                           \
    L_##name:                                                                                      \
    {                                                                                              \
        const uint64_t va = PC + 2;                                                                \
        const struct tlb_entry *e = &h->tlb_fetch[(va >> PAGE_SHIFT) & (TLB_SIZE - 1)];            \
        uint16_t hi;                                                                               \
        if (likely(e->vpage == TLB_PAGE(va))) {                                                    \
            memcpy(&hi, (const void *)(uintptr_t)(va + e->addend), 2);                             \
            if (likely(hi == in->in.raw >> 16))                                                    \
                goto *tab[in->in.op];                                                              \
        }                                                                                          \
        h->pc = PC;                                                                                \
        cnt = IDX;                                                                                 \
        unretired += cnt - done;                                                                   \
        left -= cnt;                                                                               \
        h->stats_pending += blk->stat_inc;                                                         \
        goto single_step;                                                                          \
    }
    CROSS(CROSS, op_tab)
    CROSS(CROSS_LAST, last_tab)

L_GENERIC:
    h->pc = PC;
    tval = 0;
    exc = exec_generic(h, &in->in, &tval);
    if (unlikely(exc != EXC_NONE))
        goto exception;
    if (unlikely(atomic_load_explicit(&h->kick, memory_order_relaxed)))
        goto end_after;
    NEXT;

L_GENERIC_END:
    h->pc = PC;
    tval = 0;
    retire(h, unretired + IDX - done); /* CSR reads of the counters see every earlier one */
    unretired = 0;
    done = IDX;
    exc = exec_generic(h, &in->in, &tval);
    if (exc == EXC_NONE || exc == EXEC_WFI || exc == EXEC_ECALL) {
        retire_one(h);
        cnt = done = IDX + 1;
        if (exc == EXEC_WFI || exc == EXEC_ECALL) {
            h->stats_pending += blk->stat_inc;
            stats_fold(h);
            return exc == EXEC_WFI ? HART_EXIT_WFI : HART_EXIT_ECALL;
        }
        goto block_done;
    }
    goto exception;

L_FP:
    exc = fp_exec(h, &in->in);
    if (unlikely(exc != EXC_NONE)) {
        tval = in->in.raw;
        goto exception;
    }
    NEXT;

    /* --- Control flow (ends the block) --- */
L_JAL:
    RD = PC + in->in.len;
    CHAIN(0, PC + IMM);
L_JALR : {
    uint64_t target = (RS1 + IMM) & ~1ull;
    RD = PC + in->in.len;
    h->pc = target;
    cnt = IDX + 1;
    goto block_done;
}
#define BRANCH(name, cond)                                                                         \
    L_##name:                                                                                      \
    {                                                                                              \
        const uint64_t a = RS1, b = RS2;                                                           \
        if (cond)                                                                                  \
            CHAIN(0, PC + IMM);                                                                    \
        CHAIN(1, PC + in->in.len);                                                                 \
    }
    BRANCH(BEQ, a == b)
    BRANCH(BNE, a != b)
    BRANCH(BLT, (int64_t)a < (int64_t)b)
    BRANCH(BGE, (int64_t)a >= (int64_t)b)
    BRANCH(BLTU, a < b)
    BRANCH(BGEU, a >= b)

    /* --- Loads and stores: the TLB hit inline, everything else in memory.c --- */
/* A hit needs the page in the slot and an access that stays in it. Words and doublewords must
 * also be aligned: the tag compare then includes the low address bits, which is cheaper than a
 * page-crossing check (their misaligned accesses are rare). Halfwords keep the crossing check:
 * gzip's deflate loads unaligned 16-bit values all the time. */
#define TLB_HIT(tlb, va, size)                                                                     \
    ((size) <= 2 ? tlb[((va) >> PAGE_SHIFT) & (TLB_SIZE - 1)].vpage == TLB_PAGE(va) &&             \
                       ((va) & (PAGE_SIZE - 1)) <= PAGE_SIZE - (size)                              \
                 : tlb[((va) >> PAGE_SHIFT) & (TLB_SIZE - 1)].vpage ==                             \
                       ((va) & ~(uint64_t)(0xfff & ~((size)-1))))
#define HOST(tlb, va)                                                                              \
    ((void *)(uintptr_t)((va) + tlb[((va) >> PAGE_SHIFT) & (TLB_SIZE - 1)].addend))
#define LOAD(name, type)                                                                           \
    L_##name:                                                                                      \
    {                                                                                              \
        const uint64_t va = RS1 + IMM;                                                             \
        type v;                                                                                    \
        if (likely(TLB_HIT(h->tlb_load, va, sizeof(type)))) {                                      \
            memcpy(&v, HOST(h->tlb_load, va), sizeof(type));                                       \
            RD = (uint64_t)v; /* signed types sign-extend */                                       \
            NEXT;                                                                                  \
        }                                                                                          \
        uint64_t v64;                                                                              \
        exc = hart_load(h, va, sizeof(type), &v64, &tval);                                         \
        if (exc != EXC_NONE)                                                                       \
            goto exception;                                                                        \
        RD = (uint64_t)(type)v64;                                                                  \
        if (unlikely(atomic_load_explicit(&h->kick, memory_order_relaxed)))                        \
            goto end_after;                                                                        \
        NEXT;                                                                                      \
    }
    LOAD(LB, int8_t)
    LOAD(LH, int16_t)
    LOAD(LW, int32_t)
    LOAD(LD, uint64_t)
    LOAD(LBU, uint8_t)
    LOAD(LHU, uint16_t)
    LOAD(LWU, uint32_t)
#define STORE(name, type, value)                                                                   \
    L_##name:                                                                                      \
    {                                                                                              \
        const uint64_t va = RS1 + IMM;                                                             \
        const type v = (type)(value);                                                              \
        if (likely(TLB_HIT(h->tlb_store, va, sizeof(type)))) {                                     \
            memcpy(HOST(h->tlb_store, va), &v, sizeof(type));                                      \
            NEXT;                                                                                  \
        }                                                                                          \
        exc = hart_store(h, va, sizeof(type), v, &tval);                                           \
        if (exc != EXC_NONE)                                                                       \
            goto exception;                                                                        \
        if (unlikely(atomic_load_explicit(&h->kick, memory_order_relaxed)))                        \
            goto end_after;                                                                        \
        NEXT;                                                                                      \
    }
    STORE(SB, uint8_t, RS2)
    STORE(SH, uint16_t, RS2)
    STORE(SW, uint32_t, RS2)
    STORE(SD, uint64_t, RS2)

    /* FP loads/stores: FS must not be Off (unprivileged 11.1; privileged 3.1.6.6). */
L_FLW:
L_FLD : {
    if (unlikely(!fp_enabled(h)))
        goto illegal;
    const uint64_t va = RS1 + IMM;
    const unsigned size = in->in.op == OP_FLW ? 4 : 8;
    uint64_t v = 0;
    if (likely(TLB_HIT(h->tlb_load, va, size))) {
        memcpy(&v, HOST(h->tlb_load, va), size); /* little-endian host */
    } else {
        exc = hart_load(h, va, size, &v, &tval);
        if (exc != EXC_NONE)
            goto exception;
    }
    h->f[in->in.rd] = size == 4 ? fp_box32((uint32_t)v) : v;
    fp_set_dirty(h);
    NEXT;
}
L_FSW:
L_FSD : {
    if (unlikely(!fp_enabled(h)))
        goto illegal;
    const uint64_t va = RS1 + IMM;
    const unsigned size = in->in.op == OP_FSW ? 4 : 8;
    const uint64_t v = h->f[in->in.rs2];
    if (likely(TLB_HIT(h->tlb_store, va, size))) {
        memcpy(HOST(h->tlb_store, va), &v, size);
        NEXT;
    }
    exc = hart_store(h, va, size, v, &tval);
    if (exc != EXC_NONE)
        goto exception;
    if (unlikely(atomic_load_explicit(&h->kick, memory_order_relaxed)))
        goto end_after;
    NEXT;
}

/* --- Integer computation --- */
#define ALU(name, expr)                                                                            \
    L_##name:                                                                                      \
    {                                                                                              \
        const uint64_t a = RS1, b = RS2;                                                           \
        (void)b;                                                                                   \
        RD = (uint64_t)(expr);                                                                     \
        NEXT;                                                                                      \
    }
#define ALUI(name, expr)                                                                           \
    L_##name:                                                                                      \
    {                                                                                              \
        const uint64_t a = RS1;                                                                    \
        const int64_t imm = IMM;                                                                   \
        (void)a;                                                                                   \
        RD = (uint64_t)(expr);                                                                     \
        NEXT;                                                                                      \
    }
#define STEP_I(expr)                                                                               \
    {                                                                                              \
        const uint64_t a = RS1;                                                                    \
        const int64_t imm = IMM;                                                                   \
        (void)a;                                                                                   \
        RD = (uint64_t)(expr);                                                                     \
    }
#define STEP_R(expr)                                                                               \
    {                                                                                              \
        const uint64_t a = RS1, b = RS2;                                                           \
        RD = (uint64_t)(expr);                                                                     \
    }
#define SINGLE(name, kind, expr, ...) L_##name : STEP_##kind(expr) NEXT;
    PAIR_OPS(SINGLE)
#define PAIR(second, kind2, expr2, first, kind1, expr1)                                            \
    L_PAIR_##first##_##second : STEP_##kind1(expr1) in++;                                          \
    STEP_##kind2(expr2) NEXT;
#define PAIR_FIRST(first, kind1, expr1, ...) DEFER(PAIR_OPS_AGAIN)()(PAIR, first, kind1, expr1)
    EXPAND(PAIR_OPS(PAIR_FIRST))
#define TAIL(second, first, kind1, expr1)                                                          \
    L_TAIL_##first##_##second : STEP_##kind1(expr1) in++;                                          \
    goto L_##second;
#define TAIL_FIRST(first, kind1, expr1, ...) TAIL_OPS(TAIL, first, kind1, expr1)
    PAIR_OPS(TAIL_FIRST)
    /* A run compiled to host code (cpu/native.h), from one of several copies of this handler:
     * every copy is a call site and a dispatch site of its own for the host's indirect-branch
     * predictor. The run returns how many instructions it completed; when it stopped at a memory
     * access, the interpreter runs that one on its own handler (the first one, too). */
#define NATIVE_HANDLER(i)                                                                          \
    L_NATIVE_##i:                                                                                  \
    {                                                                                              \
        const unsigned ran_ = native_at(native, in->native_off)(h, PC);                            \
        if (ran_ & NATIVE_BRANCH) { /* the block's branch was compared: in, at it, ends here */    \
            in += ran_ & NATIVE_INDEX;                                                             \
            if (ran_ & NATIVE_TAKEN)                                                               \
                CHAIN(0, PC + IMM);                                                                \
            CHAIN(1, PC + in->in.len);                                                             \
        }                                                                                          \
        if (likely(ran_)) {                                                                        \
            in += ran_;                                                                            \
            goto * in->handler;                                                                    \
        }                                                                                          \
        goto *op_tab[in->in.op];                                                                   \
    }
    NATIVE_SITES(NATIVE_HANDLER)
L_AUIPC:
    RD = PC + IMM;
    NEXT;
    ALUI(SLTI, (int64_t)a < imm)
    ALUI(SLTIU, a < (uint64_t)imm)
    ALUI(ORI, a | imm)
    ALU(SLT, (int64_t)a < (int64_t)b)
    ALU(SLTU, a < b)
    ALU(SRL, a >> (b & 63))
    ALU(SRA, (int64_t)a >> (b & 63))
    ALUI(SRAIW, (int64_t)((int32_t)a >> imm))
    ALU(SLLW, sx32((uint32_t)a << (b & 31)))
    ALU(SRLW, sx32((uint32_t)a >> (b & 31)))
    ALU(SRAW, (int64_t)((int32_t)a >> (b & 31)))
    ALU(MUL, a * b)
    ALU(MULH, mulh((int64_t)a, (int64_t)b))
    ALU(MULHSU, mulhsu((int64_t)a, b))
    ALU(MULHU, mulhu(a, b))
    ALU(DIV, div64((int64_t)a, (int64_t)b))
    ALU(DIVU, b ? a / b : UINT64_MAX)
    ALU(REM, rem64((int64_t)a, (int64_t)b))
    ALU(REMU, b ? a % b : a)
    ALU(MULW, sx32(a * b))
    ALU(DIVW, div32((int32_t)a, (int32_t)b))
    ALU(DIVUW, (uint32_t)b ? (uint64_t)sx32((uint32_t)a / (uint32_t)b) : UINT64_MAX)
    ALU(REMW, rem32((int32_t)a, (int32_t)b))
    ALU(REMUW, (uint32_t)b ? (uint64_t)sx32((uint32_t)a % (uint32_t)b) : (uint64_t)sx32(a))
    ALU(ADD_UW, (uint32_t)a + b)
    ALU(SH1ADD, (a << 1) + b)
    ALU(SH2ADD, (a << 2) + b)
    ALU(SH3ADD, (a << 3) + b)
    ALU(SH1ADD_UW, ((uint64_t)(uint32_t)a << 1) + b)
    ALU(SH2ADD_UW, ((uint64_t)(uint32_t)a << 2) + b)
    ALU(SH3ADD_UW, ((uint64_t)(uint32_t)a << 3) + b)
    ALUI(SLLI_UW, (uint64_t)(uint32_t)a << imm)
    ALU(ANDN, a & ~b)
    ALU(ORN, a | ~b)
    ALU(XNOR, ~(a ^ b))
    ALU(CLZ, a ? __builtin_clzll(a) : 64)
    ALU(CTZ, a ? __builtin_ctzll(a) : 64)
    ALU(CPOP, __builtin_popcountll(a))
    ALU(CLZW, (uint32_t)a ? __builtin_clz((uint32_t)a) : 32)
    ALU(CTZW, (uint32_t)a ? __builtin_ctz((uint32_t)a) : 32)
    ALU(CPOPW, __builtin_popcount((uint32_t)a))
    ALU(MAX, (int64_t)a > (int64_t)b ? a : b)
    ALU(MAXU, a > b ? a : b)
    ALU(MIN, (int64_t)a < (int64_t)b ? a : b)
    ALU(MINU, a < b ? a : b)
    ALU(SEXT_B, (int64_t)(int8_t)a)
    ALU(SEXT_H, (int64_t)(int16_t)a)
    ALU(ZEXT_H, (uint16_t)a)
    ALU(ROL, rol64(a, (unsigned)b))
    ALU(ROR, ror64(a, (unsigned)b))
    ALU(ROLW, sx32(ror32((uint32_t)a, 32 - (b & 31))))
    ALU(RORW, sx32(ror32((uint32_t)a, (unsigned)b)))
    ALUI(RORI, ror64(a, (unsigned)imm))
    ALUI(RORIW, sx32(ror32((uint32_t)a, (unsigned)imm)))
    ALU(ORC_B, orc_b(a))
    ALU(REV8, __builtin_bswap64(a))
    ALU(BCLR, a & ~(1ull << (b & 63)))
    ALU(BEXT, (a >> (b & 63)) & 1)
    ALU(BINV, a ^ (1ull << (b & 63)))
    ALU(BSET, a | (1ull << (b & 63)))
    ALUI(BCLRI, a & ~(1ull << imm))
    ALUI(BEXTI, (a >> imm) & 1)
    ALUI(BINVI, a ^ (1ull << imm))
    ALUI(BSETI, a | (1ull << imm))
    ALU(CZERO_EQZ, b ? a : 0)
    ALU(CZERO_NEZ, b ? 0 : a)
}
