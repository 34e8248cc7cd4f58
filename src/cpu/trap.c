/* Traps: exception and interrupt entry, delegation and priorities (privileged spec 3.1.6.1,
 * 3.1.8, 3.1.9, 3.3.1, 4.1.1). */
#include "cpu/cpu_internal.h"

void hart_set_priv(struct hart *h, enum priv p)
{
    /* The TLBs cache permission checks made in one context (struct hart); callers have already
     * updated mstatus (MPRV, MPP), so the data context may change even when p does not. */
    h->priv = p;
    tlb_select(h);
}

/* Trap to a handler at privilege target (PRV_S or PRV_M). */
static void trap_enter(struct hart *h, enum priv target, uint64_t cause, uint64_t tval)
{
    bool interrupt = cause & CAUSE_INTERRUPT;
    uint64_t code = cause & ~CAUSE_INTERRUPT;
    uint64_t st = h->mstatus;
    uint64_t tvec;
    if (target == PRV_S) {
        h->scause = cause;
        h->sepc = h->pc;
        h->stval = tval;
        st = (st & ~MSTATUS_SPP) | (h->priv == PRV_S ? MSTATUS_SPP : 0);
        st = (st & ~MSTATUS_SPIE) | ((st & MSTATUS_SIE) ? MSTATUS_SPIE : 0);
        st &= ~MSTATUS_SIE;
        tvec = h->stvec;
    } else {
        h->mcause = cause;
        h->mepc = h->pc;
        h->mtval = tval;
        st = (st & ~MSTATUS_MPP) | ((uint64_t)h->priv << MSTATUS_MPP_SHIFT);
        st = (st & ~MSTATUS_MPIE) | ((st & MSTATUS_MIE) ? MSTATUS_MPIE : 0);
        st &= ~MSTATUS_MIE;
        tvec = h->mtvec;
    }
    h->mstatus = st;
    /* xtvec MODE 1 (vectored): interrupts go to BASE + 4 * cause (3.1.7). */
    h->pc = (tvec & ~3ull) + ((tvec & 3) == 1 && interrupt ? 4 * code : 0);
    hart_set_priv(h, target);
    atomic_store_explicit(&h->kick, 1, memory_order_relaxed);
}

void hart_trap(struct hart *h, uint64_t cause, uint64_t tval)
{
    /* Exceptions taken in M-mode are never delegated (3.1.8). */
    bool to_s = h->priv != PRV_M && ((h->medeleg >> cause) & 1);
    trap_enter(h, to_s ? PRV_S : PRV_M, cause, tval);
}

/* Interrupt priority among simultaneously pending ones: MEI, MSI, MTI, SEI, SSI, STI (3.1.9). */
static const uint8_t irq_priority[] = { IRQ_M_EXT, IRQ_M_SOFT, IRQ_M_TIMER,
                                        IRQ_S_EXT, IRQ_S_SOFT, IRQ_S_TIMER };

static int highest_irq(uint64_t pending)
{
    for (unsigned i = 0; i < sizeof(irq_priority); i++)
        if (pending & (1ull << irq_priority[i]))
            return irq_priority[i];
    return -1;
}

bool hart_check_interrupts(struct hart *h)
{
    uint64_t pending = atomic_load_explicit(&h->mip, memory_order_acquire) & h->mie;
    if (!pending)
        return false;
    /* Interrupts for a higher privilege are always enabled; for the current one only if its
     * xIE bit is set; for a lower one never (3.1.6.1). */
    uint64_t m_pend = pending & ~h->mideleg;
    bool m_on = h->priv < PRV_M || (h->mstatus & MSTATUS_MIE);
    int irq = m_on ? highest_irq(m_pend) : -1;
    enum priv target = PRV_M;
    if (irq < 0) {
        uint64_t s_pend = pending & h->mideleg;
        bool s_on = h->priv < PRV_S || (h->priv == PRV_S && (h->mstatus & MSTATUS_SIE));
        irq = s_on ? highest_irq(s_pend) : -1;
        target = PRV_S;
    }
    if (irq < 0)
        return false;
    trap_enter(h, target, CAUSE_INTERRUPT | (uint64_t)irq, 0);
    return true;
}
