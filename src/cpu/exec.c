/* The interpreter: fetch, decode (through a cache keyed by the instruction bits), execute.
 * Semantics from the unprivileged ISA (RV64I ch. 2/5, M ch. 7, A ch. 8, Zicsr ch. 9, Zifencei
 * ch. 3, B ch. 28, Zicond, Zicbo*) and the privileged spec (xRET, WFI, SFENCE.VMA: 3.3, 4.2). */
#include "cpu/cpu_internal.h"

/* Special results of exec_insn besides EXC_NONE and exception causes. */
#define EXEC_WFI   (-2) /* WFI with nothing pending: hart_run returns HART_EXIT_WFI */
#define EXEC_ECALL (-3) /* ECALL for the host's SBI: hart_run returns HART_EXIT_ECALL */

static inline int64_t sx32(uint64_t v)
{
    return (int32_t)v;
}

static uint64_t mulh(int64_t a, int64_t b)
{
    return (uint64_t)(((__int128)a * b) >> 64);
}

static uint64_t mulhsu(int64_t a, uint64_t b)
{
    return (uint64_t)(((__int128)a * (unsigned __int128)b) >> 64);
}

static uint64_t mulhu(uint64_t a, uint64_t b)
{
    return (uint64_t)(((unsigned __int128)a * b) >> 64);
}

/* Division by zero and signed overflow have defined results (unprivileged 7.2, table 7.1). */
static uint64_t div64(int64_t a, int64_t b)
{
    if (b == 0)
        return UINT64_MAX;
    if (a == INT64_MIN && b == -1)
        return (uint64_t)a;
    return (uint64_t)(a / b);
}

static uint64_t rem64(int64_t a, int64_t b)
{
    if (b == 0)
        return (uint64_t)a;
    if (a == INT64_MIN && b == -1)
        return 0;
    return (uint64_t)(a % b);
}

static uint64_t div32(int32_t a, int32_t b)
{
    if (b == 0)
        return UINT64_MAX;
    if (a == INT32_MIN && b == -1)
        return (uint64_t)(int64_t)a;
    return (uint64_t)(int64_t)(a / b);
}

static uint64_t rem32(int32_t a, int32_t b)
{
    if (b == 0)
        return (uint64_t)(int64_t)a;
    if (a == INT32_MIN && b == -1)
        return 0;
    return (uint64_t)(int64_t)(a % b);
}

static uint64_t rol64(uint64_t v, unsigned s)
{
    s &= 63;
    return s ? (v << s) | (v >> (64 - s)) : v;
}

static uint64_t ror64(uint64_t v, unsigned s)
{
    s &= 63;
    return s ? (v >> s) | (v << (64 - s)) : v;
}

static uint32_t ror32(uint32_t v, unsigned s)
{
    s &= 31;
    return s ? (v >> s) | (v << (32 - s)) : v;
}

static uint64_t orc_b(uint64_t v)
{
    uint64_t r = 0;
    for (unsigned i = 0; i < 64; i += 8)
        if ((v >> i) & 0xff)
            r |= 0xffull << i;
    return r;
}

/* --- Loads, stores, atomics --- */

static int exec_load(struct hart *h, const struct insn *in, unsigned size, bool sign,
                     uint64_t *tval)
{
    uint64_t v;
    int exc = hart_load(h, h->x[in->rs1] + in->imm, size, &v, tval);
    if (exc != EXC_NONE)
        return exc;
    if (sign && size < 8)
        v = (uint64_t)((int64_t)(v << (64 - 8 * size)) >> (64 - 8 * size));
    if (in->rd)
        h->x[in->rd] = v;
    return EXC_NONE;
}

static int exec_fp_load(struct hart *h, const struct insn *in, unsigned size, uint64_t *tval)
{
    if (!fp_enabled(h))
        return EXC_ILLEGAL_INSN;
    uint64_t v;
    int exc = hart_load(h, h->x[in->rs1] + in->imm, size, &v, tval);
    if (exc != EXC_NONE)
        return exc;
    h->f[in->rd] = size == 4 ? fp_box32((uint32_t)v) : v;
    fp_set_dirty(h);
    return EXC_NONE;
}

static int exec_lr(struct hart *h, const struct insn *in, unsigned size, uint64_t *tval)
{
    int exc;
    uint64_t va = h->x[in->rs1];
    void *p = hart_ram_ptr(h, va, size, ACCESS_LOAD, &exc, tval);
    if (!p)
        return exc;
    uint64_t v = size == 4 ? (uint64_t)sx32(__atomic_load_n((uint32_t *)p, __ATOMIC_SEQ_CST))
                           : __atomic_load_n((uint64_t *)p, __ATOMIC_SEQ_CST);
    h->resv_valid = true;
    h->resv_addr = va;
    h->resv_value = v;
    if (in->rd)
        h->x[in->rd] = v;
    return EXC_NONE;
}

static int exec_sc(struct hart *h, const struct insn *in, unsigned size, uint64_t *tval)
{
    int exc;
    uint64_t va = h->x[in->rs1];
    void *p = hart_ram_ptr(h, va, size, ACCESS_STORE, &exc, tval);
    if (!p)
        return exc;
    bool ok = false;
    if (h->resv_valid && h->resv_addr == va) {
        /* Succeeds only if memory still holds what LR read: atomic across harts. */
        if (size == 4) {
            uint32_t expect = (uint32_t)h->resv_value;
            ok = __atomic_compare_exchange_n((uint32_t *)p, &expect, (uint32_t)h->x[in->rs2], false,
                                             __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
        } else {
            uint64_t expect = h->resv_value;
            ok = __atomic_compare_exchange_n((uint64_t *)p, &expect, h->x[in->rs2], false,
                                             __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
        }
    }
    h->resv_valid = false; /* SC always clears the reservation (unprivileged 8.2) */
    if (in->rd)
        h->x[in->rd] = ok ? 0 : 1;
    return EXC_NONE;
}

/* AMOs: read-modify-write with a compare-and-swap loop so min/max stay atomic across harts. */
static int exec_amo(struct hart *h, const struct insn *in, unsigned size, uint64_t *tval)
{
    int exc;
    void *p = hart_ram_ptr(h, h->x[in->rs1], size, ACCESS_STORE, &exc, tval);
    if (!p)
        return exc;
    uint64_t src = h->x[in->rs2];
    uint64_t old, new;
    bool w = size == 4;
    old = w ? (uint64_t)sx32(__atomic_load_n((uint32_t *)p, __ATOMIC_RELAXED))
            : __atomic_load_n((uint64_t *)p, __ATOMIC_RELAXED);
    for (;;) {
        int64_t so = w ? sx32(old) : (int64_t)old, ss = w ? sx32(src) : (int64_t)src;
        uint64_t uo = w ? (uint32_t)old : old, us = w ? (uint32_t)src : src;
        switch (in->op) {
        case OP_AMOSWAP_W:
        case OP_AMOSWAP_D: new = src; break;
        case OP_AMOADD_W:
        case OP_AMOADD_D: new = old + src; break;
        case OP_AMOXOR_W:
        case OP_AMOXOR_D: new = old ^ src; break;
        case OP_AMOAND_W:
        case OP_AMOAND_D: new = old &src; break;
        case OP_AMOOR_W:
        case OP_AMOOR_D: new = old | src; break;
        case OP_AMOMIN_W:
        case OP_AMOMIN_D: new = so < ss ? old : src; break;
        case OP_AMOMAX_W:
        case OP_AMOMAX_D: new = so > ss ? old : src; break;
        case OP_AMOMINU_W:
        case OP_AMOMINU_D: new = uo < us ? old : src; break;
        default: new = uo > us ? old : src; break; /* AMOMAXU */
        }
        bool done;
        if (w) {
            uint32_t expect = (uint32_t)old;
            done = __atomic_compare_exchange_n((uint32_t *)p, &expect, (uint32_t) new, false,
                                               __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
            if (!done)
                old = (uint64_t)sx32(expect);
        } else {
            uint64_t expect = old;
            done = __atomic_compare_exchange_n((uint64_t *)p, &expect, new, false, __ATOMIC_SEQ_CST,
                                               __ATOMIC_SEQ_CST);
            if (!done)
                old = expect;
        }
        if (done)
            break;
    }
    if (in->rd)
        h->x[in->rd] = old;
    return EXC_NONE;
}

/* --- System instructions --- */

static int exec_csr(struct hart *h, const struct insn *in)
{
    unsigned csr = (unsigned)in->imm;
    uint64_t src = (in->op >= OP_CSRRWI) ? in->rs1 : h->x[in->rs1];
    bool is_rw = in->op == OP_CSRRW || in->op == OP_CSRRWI;
    bool writes = is_rw || in->rs1 != 0; /* csrrs/csrrc with x0 or uimm 0 do not write */
    uint64_t old;
    int exc = csr_read(h, csr, &old);
    if (exc != EXC_NONE)
        return exc;
    if (writes) {
        uint64_t new = is_rw                                         ? src
                       : (in->op == OP_CSRRS || in->op == OP_CSRRSI) ? old | src
                                                                     : old & ~src;
        exc = csr_write(h, csr, new);
        if (exc != EXC_NONE)
            return exc;
    }
    if (in->rd)
        h->x[in->rd] = old;
    return EXC_NONE;
}

static int exec_mret(struct hart *h)
{
    if (h->priv != PRV_M)
        return EXC_ILLEGAL_INSN;
    uint64_t st = h->mstatus;
    enum priv mpp = (enum priv)((st & MSTATUS_MPP) >> MSTATUS_MPP_SHIFT);
    st = (st & ~MSTATUS_MIE) | ((st & MSTATUS_MPIE) ? MSTATUS_MIE : 0);
    st |= MSTATUS_MPIE;
    st &= ~MSTATUS_MPP; /* MPP = U, the least-privileged mode (3.1.6.1) */
    if (mpp != PRV_M)
        st &= ~MSTATUS_MPRV;
    h->mstatus = st;
    h->pc = h->mepc;
    hart_set_priv(h, mpp); /* MPRV only clears when leaving M, and that flushes the TLBs */
    atomic_store_explicit(&h->kick, 1, memory_order_relaxed);
    return EXC_NONE;
}

static int exec_sret(struct hart *h)
{
    if (h->priv == PRV_U || (h->priv == PRV_S && (h->mstatus & MSTATUS_TSR)))
        return EXC_ILLEGAL_INSN;
    uint64_t st = h->mstatus;
    enum priv spp = (st & MSTATUS_SPP) ? PRV_S : PRV_U;
    st = (st & ~MSTATUS_SIE) | ((st & MSTATUS_SPIE) ? MSTATUS_SIE : 0);
    st |= MSTATUS_SPIE;
    st &= ~MSTATUS_SPP;
    st &= ~MSTATUS_MPRV; /* xRET to a mode below M clears MPRV (3.1.6.3) */
    h->mstatus = st;
    h->pc = h->sepc;
    hart_set_priv(h, spp); /* from M this flushes; S to S keeps the context (MPRV acts in M) */
    atomic_store_explicit(&h->kick, 1, memory_order_relaxed);
    return EXC_NONE;
}

static int exec_wfi(struct hart *h)
{
    /* WFI is illegal in U-mode, and in S-mode when TW = 1 (3.1.6.5). */
    if (h->priv == PRV_U || (h->priv == PRV_S && (h->mstatus & MSTATUS_TW)))
        return EXC_ILLEGAL_INSN;
    return hart_wfi_wakeup(h) ? EXC_NONE : EXEC_WFI;
}

/* Zicbom/Zicboz enables: M always; S needs menvcfg; U needs menvcfg and senvcfg (3.1.18). */
static bool cbo_enabled(const struct hart *h, uint64_t bits)
{
    if (h->priv == PRV_M)
        return true;
    if ((h->menvcfg & bits) == 0)
        return false;
    return h->priv == PRV_S || (h->senvcfg & bits) != 0;
}

#define CACHE_BLOCK 64

static int exec_cbo(struct hart *h, const struct insn *in, uint64_t *tval)
{
    uint64_t va = h->x[in->rs1];
    uint64_t block = va & ~(uint64_t)(CACHE_BLOCK - 1);
    if (in->op == OP_CBO_ZERO) {
        if (!cbo_enabled(h, ENVCFG_CBZE))
            return EXC_ILLEGAL_INSN;
        for (unsigned i = 0; i < CACHE_BLOCK; i += 8) {
            int exc = hart_store(h, block + i, 8, 0, tval);
            if (exc != EXC_NONE) {
                *tval = va;
                return exc;
            }
        }
        return EXC_NONE;
    }
    bool ok = in->op == OP_CBO_INVAL ? cbo_enabled(h, ENVCFG_CBIE) : cbo_enabled(h, ENVCFG_CBCFE);
    if (!ok)
        return EXC_ILLEGAL_INSN;
    /* Memory is coherent here, so the operation itself is a no-op; it still checks that the
     * block is accessible, and faults are reported as store/AMO faults (Zicbom 2.5.2). */
    uint64_t v;
    int exc = hart_load(h, block, 1, &v, tval);
    *tval = va;
    if (exc == EXC_LOAD_PAGE_FAULT)
        return EXC_STORE_PAGE_FAULT;
    if (exc == EXC_LOAD_ACCESS)
        return EXC_STORE_ACCESS;
    return exc;
}

static int exec_system(struct hart *h, const struct insn *in)
{
    switch (in->op) {
    case OP_ECALL:
        if (h->priv == PRV_S && h->sbi_in_host)
            return EXEC_ECALL;
        return h->priv == PRV_U ? EXC_ECALL_U : h->priv == PRV_S ? EXC_ECALL_S : EXC_ECALL_M;
    case OP_EBREAK: return EXC_BREAKPOINT;
    case OP_MRET: return exec_mret(h);
    case OP_SRET: return exec_sret(h);
    case OP_WFI: return exec_wfi(h);
    default: /* SFENCE_VMA: illegal in U-mode, and in S-mode when TVM = 1 (3.1.6.5) */
        if (h->priv == PRV_U || (h->priv == PRV_S && (h->mstatus & MSTATUS_TVM)))
            return EXC_ILLEGAL_INSN;
        tlb_flush_all(h);
        return EXC_NONE;
    }
}

/* Execute one decoded instruction at h->pc. On success h->pc moves to the next instruction.
 * Returns EXC_NONE, an exception cause (with *tval), EXEC_WFI or EXEC_ECALL. */
static int exec_insn(struct hart *h, const struct insn *in, uint64_t *tval)
{
    uint64_t *x = h->x;
    uint64_t a = x[in->rs1], b = x[in->rs2];
    int64_t imm = in->imm;
    uint64_t pc = h->pc, npc = pc + in->len;
    uint64_t r; /* result for rd */
    int exc;

    switch (in->op) {
    case OP_LUI: r = (uint64_t)imm; break;
    case OP_AUIPC: r = pc + imm; break;
    case OP_JAL:
        r = npc;
        npc = pc + imm;
        break;
    case OP_JALR:
        r = npc;
        npc = (a + imm) & ~1ull;
        break;
    case OP_BEQ:
        if (a == b)
            npc = pc + imm;
        goto no_rd;
    case OP_BNE:
        if (a != b)
            npc = pc + imm;
        goto no_rd;
    case OP_BLT:
        if ((int64_t)a < (int64_t)b)
            npc = pc + imm;
        goto no_rd;
    case OP_BGE:
        if ((int64_t)a >= (int64_t)b)
            npc = pc + imm;
        goto no_rd;
    case OP_BLTU:
        if (a < b)
            npc = pc + imm;
        goto no_rd;
    case OP_BGEU:
        if (a >= b)
            npc = pc + imm;
        goto no_rd;
    case OP_LB: exc = exec_load(h, in, 1, true, tval); goto mem_done;
    case OP_LH: exc = exec_load(h, in, 2, true, tval); goto mem_done;
    case OP_LW: exc = exec_load(h, in, 4, true, tval); goto mem_done;
    case OP_LD: exc = exec_load(h, in, 8, false, tval); goto mem_done;
    case OP_LBU: exc = exec_load(h, in, 1, false, tval); goto mem_done;
    case OP_LHU: exc = exec_load(h, in, 2, false, tval); goto mem_done;
    case OP_LWU: exc = exec_load(h, in, 4, false, tval); goto mem_done;
    case OP_SB: exc = hart_store(h, a + imm, 1, b, tval); goto mem_done;
    case OP_SH: exc = hart_store(h, a + imm, 2, b, tval); goto mem_done;
    case OP_SW: exc = hart_store(h, a + imm, 4, b, tval); goto mem_done;
    case OP_SD: exc = hart_store(h, a + imm, 8, b, tval); goto mem_done;
    case OP_ADDI: r = a + imm; break;
    case OP_SLTI: r = (int64_t)a < imm; break;
    case OP_SLTIU: r = a < (uint64_t)imm; break;
    case OP_XORI: r = a ^ imm; break;
    case OP_ORI: r = a | imm; break;
    case OP_ANDI: r = a & imm; break;
    case OP_SLLI: r = a << imm; break;
    case OP_SRLI: r = a >> imm; break;
    case OP_SRAI: r = (uint64_t)((int64_t)a >> imm); break;
    case OP_ADD: r = a + b; break;
    case OP_SUB: r = a - b; break;
    case OP_SLL: r = a << (b & 63); break;
    case OP_SLT: r = (int64_t)a < (int64_t)b; break;
    case OP_SLTU: r = a < b; break;
    case OP_XOR: r = a ^ b; break;
    case OP_SRL: r = a >> (b & 63); break;
    case OP_SRA: r = (uint64_t)((int64_t)a >> (b & 63)); break;
    case OP_OR: r = a | b; break;
    case OP_AND: r = a & b; break;
    case OP_ADDIW: r = sx32(a + imm); break;
    case OP_SLLIW: r = sx32((uint32_t)a << imm); break;
    case OP_SRLIW: r = sx32((uint32_t)a >> imm); break;
    case OP_SRAIW: r = (uint64_t)(int64_t)((int32_t)a >> imm); break;
    case OP_ADDW: r = sx32(a + b); break;
    case OP_SUBW: r = sx32(a - b); break;
    case OP_SLLW: r = sx32((uint32_t)a << (b & 31)); break;
    case OP_SRLW: r = sx32((uint32_t)a >> (b & 31)); break;
    case OP_SRAW: r = (uint64_t)(int64_t)((int32_t)a >> (b & 31)); break;
    case OP_FENCE:
        /* Other harts and the I/O thread (virtqueues: 2.7.13 / 2.7.10 of virtio 1.2) are host
         * threads. x86-TSO keeps every order except store->load, so only a fence ordering earlier
         * writes before later reads (pred W, succ R; not fence.tso, fm = 8) needs a host fence;
         * the others only keep the compiler from moving accesses across (RVWMO). */
#if defined(__x86_64__) || defined(__i386__)
        if (((imm >> 8) & 0xf) != 8 && (imm & 0x10) && (imm & 0x2))
            __atomic_thread_fence(__ATOMIC_SEQ_CST);
        else
            __atomic_signal_fence(__ATOMIC_SEQ_CST);
#else
        __atomic_thread_fence(__ATOMIC_SEQ_CST);
#endif
        goto no_rd;
    case OP_FENCE_I: goto no_rd; /* coherent memory, bit-keyed decode cache */
    case OP_ECALL:
    case OP_EBREAK:
    case OP_MRET:
    case OP_SRET:
    case OP_WFI:
    case OP_SFENCE_VMA:
        exc = exec_system(h, in);
        if (exc == EXC_BREAKPOINT)
            *tval = pc;
        else if (exc == EXC_ILLEGAL_INSN)
            *tval = in->raw;
        else if (exc == EXEC_WFI || exc == EXEC_ECALL)
            h->pc = npc;
        if (in->op == OP_MRET || in->op == OP_SRET)
            return exc; /* pc already set */
        if (exc != EXC_NONE)
            return exc;
        goto no_rd;
    case OP_CSRRW:
    case OP_CSRRS:
    case OP_CSRRC:
    case OP_CSRRWI:
    case OP_CSRRSI:
    case OP_CSRRCI:
        exc = exec_csr(h, in);
        if (exc != EXC_NONE) {
            *tval = in->raw;
            return exc;
        }
        goto no_rd;
    case OP_MUL: r = a * b; break;
    case OP_MULH: r = mulh((int64_t)a, (int64_t)b); break;
    case OP_MULHSU: r = mulhsu((int64_t)a, b); break;
    case OP_MULHU: r = mulhu(a, b); break;
    case OP_DIV: r = div64((int64_t)a, (int64_t)b); break;
    case OP_DIVU: r = b ? a / b : UINT64_MAX; break;
    case OP_REM: r = rem64((int64_t)a, (int64_t)b); break;
    case OP_REMU: r = b ? a % b : a; break;
    case OP_MULW: r = sx32(a * b); break;
    case OP_DIVW: r = div32((int32_t)a, (int32_t)b); break;
    case OP_DIVUW: r = (uint32_t)b ? (uint64_t)sx32((uint32_t)a / (uint32_t)b) : UINT64_MAX; break;
    case OP_REMW: r = rem32((int32_t)a, (int32_t)b); break;
    case OP_REMUW: r = (uint32_t)b ? sx32((uint32_t)a % (uint32_t)b) : sx32(a); break;
    case OP_LR_W: exc = exec_lr(h, in, 4, tval); goto mem_done;
    case OP_LR_D: exc = exec_lr(h, in, 8, tval); goto mem_done;
    case OP_SC_W: exc = exec_sc(h, in, 4, tval); goto mem_done;
    case OP_SC_D: exc = exec_sc(h, in, 8, tval); goto mem_done;
    case OP_AMOSWAP_W ... OP_AMOMAXU_W: exc = exec_amo(h, in, 4, tval); goto mem_done;
    case OP_AMOSWAP_D ... OP_AMOMAXU_D: exc = exec_amo(h, in, 8, tval); goto mem_done;
    case OP_ADD_UW: r = (uint32_t)a + b; break;
    case OP_SH1ADD: r = (a << 1) + b; break;
    case OP_SH2ADD: r = (a << 2) + b; break;
    case OP_SH3ADD: r = (a << 3) + b; break;
    case OP_SH1ADD_UW: r = ((uint64_t)(uint32_t)a << 1) + b; break;
    case OP_SH2ADD_UW: r = ((uint64_t)(uint32_t)a << 2) + b; break;
    case OP_SH3ADD_UW: r = ((uint64_t)(uint32_t)a << 3) + b; break;
    case OP_SLLI_UW: r = (uint64_t)(uint32_t)a << imm; break;
    case OP_ANDN: r = a & ~b; break;
    case OP_ORN: r = a | ~b; break;
    case OP_XNOR: r = ~(a ^ b); break;
    case OP_CLZ: r = a ? __builtin_clzll(a) : 64; break;
    case OP_CTZ: r = a ? __builtin_ctzll(a) : 64; break;
    case OP_CPOP: r = __builtin_popcountll(a); break;
    case OP_CLZW: r = (uint32_t)a ? __builtin_clz((uint32_t)a) : 32; break;
    case OP_CTZW: r = (uint32_t)a ? __builtin_ctz((uint32_t)a) : 32; break;
    case OP_CPOPW: r = __builtin_popcount((uint32_t)a); break;
    case OP_MAX: r = (int64_t)a > (int64_t)b ? a : b; break;
    case OP_MAXU: r = a > b ? a : b; break;
    case OP_MIN: r = (int64_t)a < (int64_t)b ? a : b; break;
    case OP_MINU: r = a < b ? a : b; break;
    case OP_SEXT_B: r = (uint64_t)(int64_t)(int8_t)a; break;
    case OP_SEXT_H: r = (uint64_t)(int64_t)(int16_t)a; break;
    case OP_ZEXT_H: r = (uint16_t)a; break;
    case OP_ROL: r = rol64(a, b); break;
    case OP_ROR: r = ror64(a, b); break;
    case OP_ROLW: r = sx32(ror32((uint32_t)a, 32 - (b & 31))); break;
    case OP_RORW: r = sx32(ror32((uint32_t)a, b)); break;
    case OP_RORI: r = ror64(a, imm); break;
    case OP_RORIW: r = sx32(ror32((uint32_t)a, imm)); break;
    case OP_ORC_B: r = orc_b(a); break;
    case OP_REV8: r = __builtin_bswap64(a); break;
    case OP_BCLR: r = a & ~(1ull << (b & 63)); break;
    case OP_BEXT: r = (a >> (b & 63)) & 1; break;
    case OP_BINV: r = a ^ (1ull << (b & 63)); break;
    case OP_BSET: r = a | (1ull << (b & 63)); break;
    case OP_BCLRI: r = a & ~(1ull << imm); break;
    case OP_BEXTI: r = (a >> imm) & 1; break;
    case OP_BINVI: r = a ^ (1ull << imm); break;
    case OP_BSETI: r = a | (1ull << imm); break;
    case OP_CZERO_EQZ: r = b ? a : 0; break;
    case OP_CZERO_NEZ: r = b ? 0 : a; break;
    case OP_CBO_INVAL:
    case OP_CBO_CLEAN:
    case OP_CBO_FLUSH:
    case OP_CBO_ZERO:
        exc = exec_cbo(h, in, tval);
        if (exc == EXC_ILLEGAL_INSN)
            *tval = in->raw;
        goto mem_done;
    case OP_FLW: exc = exec_fp_load(h, in, 4, tval); goto fp_mem_done;
    case OP_FLD: exc = exec_fp_load(h, in, 8, tval); goto fp_mem_done;
    case OP_FSW:
    case OP_FSD:
        if (!fp_enabled(h)) {
            exc = EXC_ILLEGAL_INSN;
            goto fp_mem_done;
        }
        exc = hart_store(h, a + imm, in->op == OP_FSW ? 4 : 8, h->f[in->rs2], tval);
        goto fp_mem_done;
    default:
        if (OP_IS_FP(in->op)) {
            exc = fp_exec(h, in);
            if (exc != EXC_NONE) {
                *tval = in->raw;
                return exc;
            }
            goto no_rd;
        }
        *tval = in->raw;
        return EXC_ILLEGAL_INSN;
    }
    if (in->rd)
        x[in->rd] = r;
no_rd:
    h->pc = npc;
    return EXC_NONE;
fp_mem_done:
    if (exc == EXC_ILLEGAL_INSN)
        *tval = in->raw;
mem_done:
    if (exc != EXC_NONE)
        return exc;
    h->pc = npc;
    return EXC_NONE;
}

#define TIMER_CHECK_INTERVAL 1024

enum hart_exit hart_run(struct hart *h, uint64_t budget)
{
    uint64_t until_timer = 0;

    while (budget--) {
        if (until_timer-- == 0) {
            hart_update_sstc(h);
            until_timer = TIMER_CHECK_INTERVAL;
        }
        if (atomic_load_explicit(&h->kick, memory_order_acquire)) {
            atomic_store_explicit(&h->kick, 0, memory_order_relaxed);
            unsigned req = atomic_load(&h->flush_req);
            if (req != atomic_load_explicit(&h->flush_done, memory_order_relaxed)) {
                tlb_flush_all(h);
                atomic_store(&h->flush_done, req);
            }
            if (atomic_exchange(&h->stop_requested, false))
                return HART_EXIT_STOP;
            if (hart_check_interrupts(h))
                continue;
        }
        uint32_t word;
        uint64_t tval = 0;
        int exc = hart_fetch(h, h->pc, &word, &tval);
        if (exc == EXC_NONE) {
            /* A zeroed entry (raw 0) is the decoding of the illegal all-zero instruction, except
             * for len, which only matters for instructions that retire. */
            struct insn *in = &h->decode_cache[(word ^ (word >> HART_DECODE_CACHE_BITS)) &
                                               (HART_DECODE_CACHE_SIZE - 1)];
            if (in->raw != word) {
                if ((word & 3) == 3)
                    insn_decode(word, in);
                else
                    insn_decode_rvc((uint16_t)word, in);
            }
            exc = exec_insn(h, in, &tval);
        }
        if (exc == EXC_NONE || exc == EXEC_WFI || exc == EXEC_ECALL) {
            /* The instruction retired (counters: privileged 3.1.11, mcountinhibit 3.1.12). */
            if (!(h->mcountinhibit & 1))
                h->mcycle++;
            if (!(h->mcountinhibit & 4) && !h->minstret_written)
                h->minstret++;
            h->minstret_written = false;
            if (exc == EXEC_WFI)
                return HART_EXIT_WFI;
            if (exc == EXEC_ECALL)
                return HART_EXIT_ECALL;
            continue;
        }
        h->minstret_written = false;
        if (!(h->mcountinhibit & 1))
            h->mcycle++;
        hart_trap(h, (uint64_t)exc, tval);
    }
    return HART_EXIT_BUDGET;
}
