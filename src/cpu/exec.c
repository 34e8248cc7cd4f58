/* The instructions the threaded interpreter (run.c) leaves to a function call: atomics (A ch. 8),
 * Zicsr (ch. 9), Zifencei (ch. 3), Zicbo*, F/D computation, and the privileged ones (xRET, WFI,
 * SFENCE.VMA: privileged spec 3.3, 4.2). */
#include "cpu/alu.h"
#include "cpu/block.h"

/* --- Loads, stores, atomics --- */

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

int exec_generic(struct hart *h, const struct insn *in, uint64_t *tval)
{
    uint64_t pc = h->pc, npc = pc + in->len;
    int64_t imm = in->imm;
    int exc;

    switch (in->op) {
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
        break;
    case OP_FENCE_I:
        bc_flush(h); /* later fetches see every earlier store (Zifencei) */
        break;
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
        if (in->op == OP_MRET || in->op == OP_SRET || exc != EXC_NONE)
            return exc; /* xRET: pc already set */
        break;
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
        break;
    case OP_LR_W: exc = exec_lr(h, in, 4, tval); goto mem_done;
    case OP_LR_D: exc = exec_lr(h, in, 8, tval); goto mem_done;
    case OP_SC_W: exc = exec_sc(h, in, 4, tval); goto mem_done;
    case OP_SC_D: exc = exec_sc(h, in, 8, tval); goto mem_done;
    case OP_AMOSWAP_W ... OP_AMOMAXU_W: exc = exec_amo(h, in, 4, tval); goto mem_done;
    case OP_AMOSWAP_D ... OP_AMOMAXU_D: exc = exec_amo(h, in, 8, tval); goto mem_done;
    case OP_CBO_INVAL:
    case OP_CBO_CLEAN:
    case OP_CBO_FLUSH:
    case OP_CBO_ZERO:
        exc = exec_cbo(h, in, tval);
        if (exc == EXC_ILLEGAL_INSN)
            *tval = in->raw;
        goto mem_done;
    default:
        if (OP_IS_FP(in->op)) {
            exc = fp_exec(h, in);
            if (exc != EXC_NONE) {
                *tval = in->raw;
                return exc;
            }
            break;
        }
        *tval = in->raw;
        return EXC_ILLEGAL_INSN;
    }
    h->pc = npc;
    return EXC_NONE;
mem_done:
    if (exc != EXC_NONE)
        return exc;
    h->pc = npc;
    return EXC_NONE;
}
