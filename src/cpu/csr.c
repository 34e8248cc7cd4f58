/* The CSR file: one const table of every implemented CSR (number, name, access gate, read/write
 * behaviour), and csr_read/csr_write, which apply the access rules of the privileged spec 1.12
 * (section 2.1) and each register's WARL legalisation (chapters 3 and 4; Sstc 1.0; Zicbom/Zicboz
 * for the envcfg fields).
 *
 * The hart is RV64 with M, S and U modes and no H, so the hypervisor CSRs, the RV32-only upper
 * halves (cycleh, menvcfgh, ...) and the odd pmpcfg registers do not exist and are illegal.
 *
 * WARL choices (each documented again where it is made):
 *   mstatus.MPP = 2     the write leaves MPP unchanged (2 is the H encoding; 3.1.6.1)
 *   xtvec MODE >= 2     the write sets BASE but leaves MODE unchanged (3.1.7, 4.1.2)
 *   satp MODE reserved  the whole write is ignored, as the spec requires (4.1.11)
 *   xenvcfg.CBIE = 2    the write leaves CBIE unchanged (value 2 is reserved; 3.1.18)
 *   pmpcfg R=0, W=1     W is cleared (the combination is reserved; 3.7.1)
 *   mip.SEIP            one bit shared by software writes and the interrupt line (see wr_mip) */
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "cpu/cpu_internal.h"
#include "cpu/csr.h"

#define UNUSED __attribute__((unused))

/* Counter bits of mcounteren/scounteren/mcountinhibit (3.1.11, 3.1.12): bit n is CSR 0xc00+n. */
#define COUNTER_CY 0x1u
#define COUNTER_TM 0x2u
#define COUNTER_IR 0x4u

/* mstatus (3.1.6) and its sstatus view (4.1.1). UBE/SBE/MBE are 0 (little-endian only), VS and
 * XS are 0 (no V, no custom state), UXL = SXL = 2 (64-bit, read-only). */
#define MSTATUS_WRITABLE                                                                           \
    (MSTATUS_SIE | MSTATUS_MIE | MSTATUS_SPIE | MSTATUS_MPIE | MSTATUS_SPP | MSTATUS_MPP |         \
     MSTATUS_FS | MSTATUS_MPRV | MSTATUS_SUM | MSTATUS_MXR | MSTATUS_TVM | MSTATUS_TW |            \
     MSTATUS_TSR)
#define MSTATUS_FIXED (2ull << 32 | 2ull << 34) /* UXL = SXL = 2 */
#define SSTATUS_WRITABLE                                                                           \
    (MSTATUS_SIE | MSTATUS_SPIE | MSTATUS_SPP | MSTATUS_FS | MSTATUS_SUM | MSTATUS_MXR)
#define SSTATUS_VISIBLE                                                                            \
    (SSTATUS_WRITABLE | MSTATUS_UBE | MSTATUS_VS | MSTATUS_XS | MSTATUS_UXL | MSTATUS_SD)
/* Fields that change what the TLBs cached (effective privilege and permission checks). */
#define MSTATUS_CONTEXT_FIELDS (MSTATUS_MPRV | MSTATUS_MPP | MSTATUS_SUM)

/* medeleg (3.1.8): every exception cause of table 3.6 except ECALL from M (bit 11, read-only 0,
 * since it cannot happen below M) and the reserved codes 10 and 14. */
#define MEDELEG_WRITABLE                                                                           \
    (0x3ffull | 1ull << EXC_INSN_PAGE_FAULT | 1ull << EXC_LOAD_PAGE_FAULT |                        \
     1ull << EXC_STORE_PAGE_FAULT)
/* mideleg (3.1.8): only the S-level interrupts can be delegated to S. */
#define MIDELEG_WRITABLE (MIP_SSIP | MIP_STIP | MIP_SEIP)
/* mie (3.1.9): the six standard interrupts. */
#define MIE_WRITABLE (MIP_SSIP | MIP_MSIP | MIP_STIP | MIP_MTIP | MIP_SEIP | MIP_MEIP)

/* menvcfg (3.1.18) and senvcfg (4.1.10). PBMTE is read-only 0 (no Svpbmt). */
#define SENVCFG_WRITABLE     (ENVCFG_FIOM | ENVCFG_CBIE | ENVCFG_CBCFE | ENVCFG_CBZE)
#define MENVCFG_WRITABLE     (SENVCFG_WRITABLE | MENVCFG_STCE)
#define ENVCFG_CBIE_RESERVED (2ull << 4)

/* pmpaddr holds physical address bits 55:2 on RV64 (3.7.1); granularity G = 0. */
#define PMPADDR_WRITABLE ((1ull << 54) - 1)
#define PMP_ENTRIES      64
#define PMPCFG_WRITABLE  (PMP_L | PMP_A | PMP_X | PMP_W | PMP_R) /* bits 6:5 are WARL 0 */

/* One table row: a CSR, or a range of count CSRs numbered num, num + step, ... named name followed
 * by first, first + step, ... (e.g. "pmpcfg" 0, 2, 4, ...). */
struct csr_def {
    uint16_t num;
    uint8_t count, step, first;
    uint8_t flags;
    const char *name;
    /* Extra gate beyond the address privilege (counteren, FS, TVM, STCE); NULL: none. */
    bool (*allowed)(const struct hart *h, unsigned csr);
    /* idx is the position in the range (0 for single CSRs). NULL read: the field's value, or 0
     * without a field. NULL write: the field takes the bits in wmask (none without a field). */
    uint64_t (*read)(struct hart *h, unsigned idx);
    void (*write)(struct hart *h, unsigned idx, uint64_t val);
    size_t field; /* offsetof the uint64_t in struct hart; 0: no field */
    uint64_t wmask;
};

/* flags: side effects of any write. */
#define CSR_KICK  0x1 /* re-evaluate interrupts (hart_kick) */
#define CSR_FLUSH 0x2 /* drop the TLBs */

static inline uint64_t *csr_field(struct hart *h, const struct csr_def *d)
{
    return (uint64_t *)((char *)h + d->field);
}

/* ---------------------------------------------------------------------------------------------
 * Access gates
 * ------------------------------------------------------------------------------------------- */

/* fflags/frm/fcsr are inaccessible while mstatus.FS = Off (3.1.6.6). */
static bool allow_fp(const struct hart *h, UNUSED unsigned csr)
{
    return fp_enabled(h);
}

/* cycle, time, instret, hpmcounter3-31 (3.1.11, 4.1.5): S needs the mcounteren bit, U needs the
 * mcounteren and the scounteren bit; M is never gated. */
static bool allow_counter(const struct hart *h, unsigned csr)
{
    uint64_t bit = 1ull << (csr & 31);
    if (h->priv == PRV_M)
        return true;
    if (!(h->mcounteren & bit))
        return false;
    return h->priv == PRV_S || (h->scounteren & bit);
}

/* satp is illegal in S-mode while mstatus.TVM = 1 (3.1.6.5). */
static bool allow_satp(const struct hart *h, UNUSED unsigned csr)
{
    return h->priv != PRV_S || !(h->mstatus & MSTATUS_TVM);
}

/* stimecmp (Sstc 1.0): below M it needs menvcfg.STCE = 1 and mcounteren.TM = 1 (U never reaches
 * here: the address makes it an S-level CSR). */
static bool allow_stimecmp(const struct hart *h, UNUSED unsigned csr)
{
    return h->priv == PRV_M || ((h->menvcfg & MENVCFG_STCE) && (h->mcounteren & COUNTER_TM));
}

/* ---------------------------------------------------------------------------------------------
 * Floating-point CSRs (unprivileged spec, "F" chapter, fcsr = frm << 5 | fflags)
 * ------------------------------------------------------------------------------------------- */

static uint64_t rd_fflags(struct hart *h, UNUSED unsigned idx)
{
    return h->fflags & 0x1f;
}

static void wr_fflags(struct hart *h, UNUSED unsigned idx, uint64_t val)
{
    h->fflags = val & 0x1f;
    fp_set_dirty(h);
}

static uint64_t rd_frm(struct hart *h, UNUSED unsigned idx)
{
    return h->frm & 7;
}

static void wr_frm(struct hart *h, UNUSED unsigned idx, uint64_t val)
{
    h->frm = val & 7; /* invalid modes are held; using them is illegal (fpu.c) */
    fp_set_dirty(h);
}

static uint64_t rd_fcsr(struct hart *h, UNUSED unsigned idx)
{
    return (uint64_t)(h->frm & 7) << 5 | (h->fflags & 0x1f);
}

static void wr_fcsr(struct hart *h, UNUSED unsigned idx, uint64_t val)
{
    h->fflags = val & 0x1f;
    h->frm = (val >> 5) & 7; /* bits 63:8 are reserved: written as given, read as 0 */
    fp_set_dirty(h);
}

/* ---------------------------------------------------------------------------------------------
 * mstatus / sstatus (3.1.6, 4.1.1)
 * ------------------------------------------------------------------------------------------- */

static uint64_t rd_mstatus(struct hart *h, UNUSED unsigned idx)
{
    uint64_t st = (h->mstatus & MSTATUS_WRITABLE) | MSTATUS_FIXED;
    /* SD summarises FS/VS/XS = Dirty (3.1.6.6); only FS can be Dirty here. */
    if ((st & MSTATUS_FS) == MSTATUS_FS)
        st |= MSTATUS_SD;
    return st;
}

/* Write the bits in mask of mstatus (mstatus: all writable fields; sstatus: the S view). */
static void mstatus_write(struct hart *h, uint64_t val, uint64_t mask)
{
    uint64_t old = h->mstatus;
    /* MPP is WARL and holds only M, S or U (3.1.6.1): 2 (the H encoding) keeps the old MPP. */
    if (((val & MSTATUS_MPP) >> MSTATUS_MPP_SHIFT) == 2)
        val = (val & ~MSTATUS_MPP) | (old & MSTATUS_MPP);
    uint64_t st = (((old & ~mask) | (val & mask)) & MSTATUS_WRITABLE) | MSTATUS_FIXED;
    if ((st & MSTATUS_FS) == MSTATUS_FS)
        st |= MSTATUS_SD;
    h->mstatus = st;
    /* MPRV/MPP change the effective privilege of loads and stores, SUM/MXR their permissions
     * (3.1.6.3). The first three select another context's TLBs (struct hart); MXR applies to
     * every context, so translations cached under the old value are stale. */
    if ((old ^ st) & MSTATUS_MXR)
        tlb_flush_all(h);
    else if ((old ^ st) & MSTATUS_CONTEXT_FIELDS)
        tlb_select(h);
}

static void wr_mstatus(struct hart *h, UNUSED unsigned idx, uint64_t val)
{
    mstatus_write(h, val, MSTATUS_WRITABLE);
}

static uint64_t rd_sstatus(struct hart *h, UNUSED unsigned idx)
{
    return rd_mstatus(h, 0) & SSTATUS_VISIBLE;
}

static void wr_sstatus(struct hart *h, UNUSED unsigned idx, uint64_t val)
{
    mstatus_write(h, val, SSTATUS_WRITABLE);
}

/* ---------------------------------------------------------------------------------------------
 * Interrupts: mie/mip (3.1.9), sie/sip (4.1.3), Sstc
 * ------------------------------------------------------------------------------------------- */

/* Replace the mip bits in mask atomically (device threads change other bits concurrently). */
static void mip_update(struct hart *h, uint64_t mask, uint64_t val)
{
    uint64_t cur = atomic_load(&h->mip);
    while (!atomic_compare_exchange_weak(&h->mip, &cur, (cur & ~mask) | (val & mask)))
        ;
}

static uint64_t rd_mip(struct hart *h, UNUSED unsigned idx)
{
    hart_update_sstc(h);
    return atomic_load(&h->mip);
}

/* M-mode may write SSIP, SEIP, and STIP unless Sstc drives it (3.1.9, Sstc 1.0); MSIP, MTIP and
 * MEIP are read-only (driven by the ACLINT and the PLIC). capa keeps one SEIP bit for both the
 * software-written value and the external line, so a write of SEIP overrides the line's level
 * until the line changes again (the spec ORs the two; M-mode software rarely writes SEIP). */
static void wr_mip(struct hart *h, UNUSED unsigned idx, uint64_t val)
{
    uint64_t mask = MIP_SSIP | MIP_SEIP;
    if (!(h->menvcfg & MENVCFG_STCE))
        mask |= MIP_STIP;
    mip_update(h, mask, val);
}

/* sie and sip show only the delegated interrupts; the others read as zero (4.1.3). */
static uint64_t rd_sie(struct hart *h, UNUSED unsigned idx)
{
    return h->mie & h->mideleg;
}

static void wr_sie(struct hart *h, UNUSED unsigned idx, uint64_t val)
{
    uint64_t mask = h->mideleg & MIE_WRITABLE;
    h->mie = (h->mie & ~mask) | (val & mask);
}

static uint64_t rd_sip(struct hart *h, UNUSED unsigned idx)
{
    return rd_mip(h, 0) & h->mideleg;
}

/* Only SSIP is writable through sip; STIP and SEIP are read-only there (4.1.3). */
static void wr_sip(struct hart *h, UNUSED unsigned idx, uint64_t val)
{
    mip_update(h, MIP_SSIP & h->mideleg, val);
}

static void wr_stimecmp(struct hart *h, UNUSED unsigned idx, uint64_t val)
{
    hart_set_stimecmp(h, val); /* updates STIP at once when STCE = 1 */
}

/* xenvcfg.CBIE is WARL with 2 reserved (3.1.18): such a write keeps the old CBIE. */
static uint64_t envcfg_legal(uint64_t old, uint64_t val, uint64_t mask)
{
    if ((val & ENVCFG_CBIE) == ENVCFG_CBIE_RESERVED)
        val = (val & ~ENVCFG_CBIE) | (old & ENVCFG_CBIE);
    return (old & ~mask) | (val & mask);
}

/* menvcfg.STCE hands mip.STIP to the Sstc comparator. When STCE goes back to 0, STIP becomes the
 * plain M-writable bit again; software could not write it meanwhile, so it starts out clear. */
static void wr_menvcfg(struct hart *h, UNUSED unsigned idx, uint64_t val)
{
    uint64_t old = h->menvcfg;
    h->menvcfg = envcfg_legal(old, val, MENVCFG_WRITABLE);
    if (h->menvcfg & MENVCFG_STCE)
        hart_update_sstc(h);
    else if (old & MENVCFG_STCE)
        hart_set_pending(h, MIP_STIP, false);
}

static void wr_senvcfg(struct hart *h, UNUSED unsigned idx, uint64_t val)
{
    h->senvcfg = envcfg_legal(h->senvcfg, val, SENVCFG_WRITABLE);
}

/* ---------------------------------------------------------------------------------------------
 * Trap setup, counters, time, address translation
 * ------------------------------------------------------------------------------------------- */

/* xtvec MODE (3.1.7, 4.1.2): 0 Direct, 1 Vectored, >= 2 reserved. A reserved MODE keeps the old
 * MODE (WARL) while BASE is still written; BASE is 4-byte aligned by construction. */
static uint64_t tvec_legal(uint64_t old, uint64_t val)
{
    return (val & 3) >= 2 ? (val & ~3ull) | (old & 3) : val;
}

static void wr_mtvec(struct hart *h, UNUSED unsigned idx, uint64_t val)
{
    h->mtvec = tvec_legal(h->mtvec, val);
}

static void wr_stvec(struct hart *h, UNUSED unsigned idx, uint64_t val)
{
    h->stvec = tvec_legal(h->stvec, val);
}

static uint64_t rd_time(struct hart *h, UNUSED unsigned idx)
{
    return hart_time(h);
}

/* A write of minstret replaces the increment of the writing instruction (unprivileged Zicsr:
 * "the write is done instead of the increment"): the run loop skips it when minstret_written. */
static void wr_minstret(struct hart *h, UNUSED unsigned idx, uint64_t val)
{
    h->minstret = val;
    h->minstret_written = true;
}

/* satp (4.1.11): MODE Bare, Sv39, Sv48 and Sv57 are supported; any other MODE makes the whole
 * write have no effect. ASIDLEN = 16 and the PPN is 44 bits, so every other bit is kept. */
static void wr_satp(struct hart *h, UNUSED unsigned idx, uint64_t val)
{
    unsigned mode = (unsigned)(val >> SATP_MODE_SHIFT);
    if (mode == SATP_MODE_BARE || mode == SATP_MODE_SV39 || mode == SATP_MODE_SV48 ||
        mode == SATP_MODE_SV57)
        h->satp = val;
}

/* ---------------------------------------------------------------------------------------------
 * PMP (3.7.1): 64 entries; h->pmpcfg[N / 2] holds CSR pmpcfgN (entries 4N .. 4N + 7)
 * ------------------------------------------------------------------------------------------- */

static uint8_t pmp_cfg(const struct hart *h, unsigned entry)
{
    return (uint8_t)(h->pmpcfg[entry / 8] >> (8 * (entry % 8)));
}

static uint64_t rd_pmpcfg(struct hart *h, unsigned idx)
{
    return h->pmpcfg[idx];
}

/* Locked entries (L = 1) ignore writes to their configuration; R = 0 with W = 1 is reserved, and
 * capa legalises it by clearing W. */
static void wr_pmpcfg(struct hart *h, unsigned idx, uint64_t val)
{
    uint64_t old = h->pmpcfg[idx], out = 0;
    for (unsigned b = 0; b < 8; b++) {
        uint8_t o = (uint8_t)(old >> (8 * b)), v = (uint8_t)(val >> (8 * b));
        if (o & PMP_L) {
            v = o;
        } else {
            v &= PMPCFG_WRITABLE;
            if ((v & (PMP_R | PMP_W)) == PMP_W)
                v &= (uint8_t)~PMP_W;
        }
        out |= (uint64_t)v << (8 * b);
    }
    h->pmpcfg[idx] = out;
}

static uint64_t rd_pmpaddr(struct hart *h, unsigned idx)
{
    return h->pmpaddr[idx] & PMPADDR_WRITABLE;
}

/* pmpaddr i ignores writes when entry i is locked, or when entry i + 1 is a locked TOR entry
 * (whose lower bound it is). */
static void wr_pmpaddr(struct hart *h, unsigned idx, uint64_t val)
{
    if (pmp_cfg(h, idx) & PMP_L)
        return;
    if (idx + 1 < PMP_ENTRIES) {
        uint8_t next = pmp_cfg(h, idx + 1);
        if ((next & PMP_L) && (next & PMP_A) == PMP_A_TOR)
            return;
    }
    h->pmpaddr[idx] = val & PMPADDR_WRITABLE;
}

/* ---------------------------------------------------------------------------------------------
 * The table, sorted by CSR number (csr_find does a binary search; test_csr checks that it
 * finds every row)
 * ------------------------------------------------------------------------------------------- */

#define ONE(n, nm) .num = (n), .count = 1, .step = 1, .name = (nm)
#define RANGE(n, cnt, stp, fst, nm)                                                                \
    .num = (n), .count = (cnt), .step = (stp), .first = (fst), .name = (nm)
#define FIELD(f, mask) .field = offsetof(struct hart, f), .wmask = (mask)
#define RW(f)          FIELD(f, ~0ull)
#define READS(f)       FIELD(f, 0)            /* read from f; written only by .write, if any */
#define HPM(n, nm)     RANGE(n, 29, 1, 3, nm) /* counters 3..31 */

static const struct csr_def csr_table[] = {
    /* Unprivileged floating-point CSRs. */
    { ONE(CSR_FFLAGS, "fflags"), .allowed = allow_fp, .read = rd_fflags, .write = wr_fflags },
    { ONE(CSR_FRM, "frm"), .allowed = allow_fp, .read = rd_frm, .write = wr_frm },
    { ONE(CSR_FCSR, "fcsr"), .allowed = allow_fp, .read = rd_fcsr, .write = wr_fcsr },
    /* Supervisor CSRs (4.1). */
    { ONE(CSR_SSTATUS, "sstatus"), .flags = CSR_KICK, .read = rd_sstatus, .write = wr_sstatus },
    { ONE(CSR_SIE, "sie"), .flags = CSR_KICK, .read = rd_sie, .write = wr_sie },
    { ONE(CSR_STVEC, "stvec"), READS(stvec), .write = wr_stvec },
    { ONE(CSR_SCOUNTEREN, "scounteren"), FIELD(scounteren, 0xffffffff) },
    { ONE(CSR_SENVCFG, "senvcfg"), READS(senvcfg), .write = wr_senvcfg },
    { ONE(CSR_SSCRATCH, "sscratch"), RW(sscratch) },
    { ONE(CSR_SEPC, "sepc"), FIELD(sepc, ~1ull) }, /* bit 0 is always 0 (4.1.7) */
    { ONE(CSR_SCAUSE, "scause"), RW(scause) },
    { ONE(CSR_STVAL, "stval"), RW(stval) },
    { ONE(CSR_SIP, "sip"), .flags = CSR_KICK, .read = rd_sip, .write = wr_sip },
    { ONE(CSR_STIMECMP, "stimecmp"), .flags = CSR_KICK, .allowed = allow_stimecmp, READS(stimecmp),
      .write = wr_stimecmp },
    { ONE(CSR_SATP, "satp"), .flags = CSR_FLUSH, .allowed = allow_satp, READS(satp),
      .write = wr_satp },
    /* Machine trap setup and handling (3.1). misa is read-only in effect: writes are ignored. */
    { ONE(CSR_MSTATUS, "mstatus"), .flags = CSR_KICK, .read = rd_mstatus, .write = wr_mstatus },
    { ONE(CSR_MISA, "misa"), READS(misa) },
    { ONE(CSR_MEDELEG, "medeleg"), FIELD(medeleg, MEDELEG_WRITABLE) },
    { ONE(CSR_MIDELEG, "mideleg"), .flags = CSR_KICK, FIELD(mideleg, MIDELEG_WRITABLE) },
    { ONE(CSR_MIE, "mie"), .flags = CSR_KICK, FIELD(mie, MIE_WRITABLE) },
    { ONE(CSR_MTVEC, "mtvec"), READS(mtvec), .write = wr_mtvec },
    { ONE(CSR_MCOUNTEREN, "mcounteren"), FIELD(mcounteren, 0xffffffff) },
    { ONE(CSR_MENVCFG, "menvcfg"), .flags = CSR_KICK, READS(menvcfg), .write = wr_menvcfg },
    /* mcountinhibit: CY and IR; TM (bit 1) does not exist, the HPM counters are hardwired. */
    { ONE(CSR_MCOUNTINHIBIT, "mcountinhibit"), FIELD(mcountinhibit, COUNTER_CY | COUNTER_IR) },
    { HPM(CSR_MHPMEVENT3, "mhpmevent") }, /* read-only zero (3.1.10) */
    { ONE(CSR_MSCRATCH, "mscratch"), RW(mscratch) },
    { ONE(CSR_MEPC, "mepc"), FIELD(mepc, ~1ull) }, /* bit 0 is always 0 (IALIGN = 16; 3.1.14) */
    { ONE(CSR_MCAUSE, "mcause"), RW(mcause) },
    { ONE(CSR_MTVAL, "mtval"), RW(mtval) },
    { ONE(CSR_MIP, "mip"), .flags = CSR_KICK, .read = rd_mip, .write = wr_mip },
    /* Physical memory protection (3.7): pmpcfg0, 2, ..., 14 and pmpaddr0..63. */
    { RANGE(CSR_PMPCFG0, 8, 2, 0, "pmpcfg"), .flags = CSR_FLUSH, .read = rd_pmpcfg,
      .write = wr_pmpcfg },
    { RANGE(CSR_PMPADDR0, 64, 1, 0, "pmpaddr"), .flags = CSR_FLUSH, .read = rd_pmpaddr,
      .write = wr_pmpaddr },
    /* Debug triggers (Sdtrig) without any trigger: tselect reads 0 and tdata1 reads type 0 ("no
     * trigger at this tselect"), so software that probes for triggers finds none. */
    { ONE(CSR_TSELECT, "tselect") },
    { ONE(CSR_TDATA1, "tdata1") },
    { ONE(CSR_TDATA2, "tdata2") },
    { ONE(CSR_TDATA3, "tdata3") },
    /* Machine counters (3.1.10): mhpmcounter3-31 are read-only zero. */
    { ONE(CSR_MCYCLE, "mcycle"), RW(mcycle) },
    { ONE(CSR_MINSTRET, "minstret"), READS(minstret), .write = wr_minstret },
    { HPM(CSR_MHPMCOUNTER3, "mhpmcounter") },
    /* Unprivileged counters (Zicntr, Zihpm): read-only shadows, gated by the counter enables. */
    { ONE(CSR_CYCLE, "cycle"), .allowed = allow_counter, READS(mcycle) },
    { ONE(CSR_TIME, "time"), .allowed = allow_counter, .read = rd_time },
    { ONE(CSR_INSTRET, "instret"), .allowed = allow_counter, READS(minstret) },
    { HPM(CSR_HPMCOUNTER3, "hpmcounter"), .allowed = allow_counter },
    /* Machine information registers (3.1.2-3.1.5, 3.1.17): read-only by address. */
    { ONE(CSR_MVENDORID, "mvendorid") },
    { ONE(CSR_MARCHID, "marchid") },
    { ONE(CSR_MIMPID, "mimpid") },
    { ONE(CSR_MHARTID, "mhartid"), READS(mhartid) },
    { ONE(CSR_MCONFIGPTR, "mconfigptr") },
};

#define CSR_TABLE_SIZE (sizeof(csr_table) / sizeof(csr_table[0]))

/* The row for CSR number csr and its index in the row's range, or NULL. */
static const struct csr_def *csr_find(unsigned csr, unsigned *idx)
{
    size_t lo = 0, hi = CSR_TABLE_SIZE;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const struct csr_def *d = &csr_table[mid];
        if (csr < d->num) {
            hi = mid;
        } else if (csr >= (unsigned)d->num + (unsigned)d->count * d->step) {
            lo = mid + 1;
        } else {
            unsigned off = csr - d->num;
            if (off % d->step)
                return NULL;
            *idx = off / d->step;
            return d;
        }
    }
    return NULL;
}

/* The row for csr if the current privilege may access it (2.1: csr[9:8] is the lowest privilege
 * that may; then the CSR's own gate), else NULL. */
static const struct csr_def *csr_access(const struct hart *h, unsigned csr, unsigned *idx)
{
    if (csr > 0xfff || (unsigned)h->priv < ((csr >> 8) & 3))
        return NULL;
    const struct csr_def *d = csr_find(csr, idx);
    if (d == NULL || (d->allowed && !d->allowed(h, csr)))
        return NULL;
    return d;
}

int csr_read(struct hart *h, unsigned csr, uint64_t *val)
{
    unsigned idx = 0;
    const struct csr_def *d = csr_access(h, csr, &idx);
    if (d == NULL)
        return EXC_ILLEGAL_INSN;
    if (d->read)
        *val = d->read(h, idx);
    else
        *val = d->field ? *csr_field(h, d) : 0;
    return EXC_NONE;
}

int csr_write(struct hart *h, unsigned csr, uint64_t val)
{
    unsigned idx = 0;
    const struct csr_def *d = csr_access(h, csr, &idx);
    /* csr[11:10] = 3 marks a read-only CSR: writing it is illegal (2.1). */
    if (d == NULL || ((csr >> 10) & 3) == 3)
        return EXC_ILLEGAL_INSN;
    if (d->write) {
        d->write(h, idx, val);
    } else if (d->field) {
        uint64_t *f = csr_field(h, d);
        *f = (*f & ~d->wmask) | (val & d->wmask);
    }
    if (d->flags & CSR_FLUSH)
        tlb_flush_all(h);
    if (d->flags & CSR_KICK)
        hart_kick(h, false);
    return EXC_NONE;
}

/* ---------------------------------------------------------------------------------------------
 * Names
 * ------------------------------------------------------------------------------------------- */

static const char *def_name(const struct csr_def *d, unsigned idx, char buf[CSR_NAME_MAX])
{
    if (d->count == 1)
        snprintf(buf, CSR_NAME_MAX, "%s", d->name);
    else
        snprintf(buf, CSR_NAME_MAX, "%s%u", d->name, d->first + idx * d->step);
    return buf;
}

const char *csr_name(unsigned csr, char buf[CSR_NAME_MAX])
{
    unsigned idx = 0;
    const struct csr_def *d = csr_find(csr, &idx);
    return d ? def_name(d, idx, buf) : NULL;
}

int csr_number(const char *name)
{
    char buf[CSR_NAME_MAX];
    for (size_t i = 0; i < CSR_TABLE_SIZE; i++) {
        const struct csr_def *d = &csr_table[i];
        if (strncmp(name, d->name, strlen(d->name)) != 0)
            continue;
        for (unsigned idx = 0; idx < d->count; idx++)
            if (strcmp(name, def_name(d, idx, buf)) == 0)
                return (int)(d->num + idx * d->step);
    }
    return -1;
}

bool csr_exists(unsigned csr)
{
    unsigned idx;
    return csr_find(csr, &idx) != NULL;
}
