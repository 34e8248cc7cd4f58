/* Unit tests for cpu/csr.c: the CSR access rules and WARL legalisation of the privileged spec 1.12
 * (2.1 address conventions, chapter 3 machine CSRs, chapter 4 supervisor CSRs, Sstc 1.0), driven
 * through csr_read/csr_write as the Zicsr instructions use them. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cpu/cpu_internal.h"
#include "cpu/csr.h"
#include "check.h"

static struct hart *h;
static uint64_t now; /* the time CSR */

/* Value of csr, or a poison value (and a failure) when the read traps. */
#define RD(csr)            rd_at(csr, __LINE__)
#define WR(csr, v)         CHECK_EQ(csr_write(h, csr, v), EXC_NONE) /* a write that must be legal */
#define READ_ILLEGAL(csr)  CHECK_EQ(read_exc(csr), EXC_ILLEGAL_INSN)
#define READ_OK(csr)       CHECK_EQ(read_exc(csr), EXC_NONE)
#define WRITE_ILLEGAL(csr) CHECK_EQ(csr_write(h, csr, 0), EXC_ILLEGAL_INSN)

#define POISON 0xdeadbeefdeadbeefull

static uint64_t rd_at(unsigned csr, int line)
{
    uint64_t v = POISON;
    int exc = csr_read(h, csr, &v);
    if (exc != EXC_NONE) {
        failed++;
        fprintf(stderr, "%s:%d: csr_read(%#x) = %d\n", __FILE__, line, csr, exc);
        return POISON;
    }
    return v;
}

static int read_exc(unsigned csr)
{
    uint64_t v;
    return csr_read(h, csr, &v);
}

static uint64_t test_time(void *opaque)
{
    (void)opaque;
    return now;
}

static uint64_t mip(void)
{
    return atomic_load(&h->mip);
}

/* A fresh hart in M-mode with FS = Initial (hart_init leaves FS = Off). */
static void reset(void)
{
    hart_init(h, NULL, 3, 0x80000000);
    h->time_fn = test_time;
    now = 1000;
    h->mstatus |= (uint64_t)FS_INITIAL << MSTATUS_FS_SHIFT;
}

/* Poison one TLB entry; tlb_flushed() tells whether a flush dropped it since. */
static void tlb_poison(void)
{
    h->tlb_load[0].vpage = 0;
}

static bool tlb_flushed(void)
{
    return h->tlb_load[0].vpage == TLB_INVALID;
}

static void kick_clear(void)
{
    atomic_store(&h->kick, 0);
}

static bool kicked(void)
{
    return atomic_load(&h->kick) != 0;
}

/* --- the table: names, existence, binary search (2.2 tables) --- */

static const char *const all_names[] = {
    "fflags",     "frm",      "fcsr",          "sstatus",   "sie",     "stvec",  "scounteren",
    "senvcfg",    "sscratch", "sepc",          "scause",    "stval",   "sip",    "stimecmp",
    "satp",       "mstatus",  "misa",          "medeleg",   "mideleg", "mie",    "mtvec",
    "mcounteren", "menvcfg",  "mcountinhibit", "mscratch",  "mepc",    "mcause", "mtval",
    "mip",        "tselect",  "tdata1",        "tdata2",    "tdata3",  "mcycle", "minstret",
    "cycle",      "time",     "instret",       "mvendorid", "marchid", "mimpid", "mhartid",
    "mconfigptr",
};

static void test_names(void)
{
    char buf[CSR_NAME_MAX];
    unsigned count = 0;
    for (unsigned csr = 0; csr < 0x1000; csr++) {
        const char *name = csr_name(csr, buf);
        CHECK_EQ(name != NULL, csr_exists(csr));
        if (name == NULL)
            continue;
        count++;
        CHECK_EQ(csr_number(name), csr);
    }
    /* 43 single CSRs + 8 pmpcfg + 64 pmpaddr + 3 x 29 HPM registers. */
    CHECK_EQ(count, 43 + 8 + 64 + 3 * 29);
    /* Every row is found by the binary search (the table is sorted). */
    for (size_t i = 0; i < sizeof(all_names) / sizeof(all_names[0]); i++) {
        int n = csr_number(all_names[i]);
        CHECK(n >= 0);
        CHECK(n >= 0 && csr_exists((unsigned)n));
    }
    CHECK_EQ(csr_number("mstatus"), CSR_MSTATUS);
    CHECK_EQ(csr_number("pmpcfg14"), CSR_PMPCFG0 + 14);
    CHECK_EQ(csr_number("pmpcfg1"), -1); /* odd pmpcfg do not exist on RV64 (3.7.1) */
    CHECK_EQ(csr_number("pmpaddr63"), CSR_PMPADDR63);
    CHECK_EQ(csr_number("pmpaddr64"), -1);
    CHECK_EQ(csr_number("hpmcounter3"), CSR_HPMCOUNTER3);
    CHECK_EQ(csr_number("hpmcounter31"), CSR_HPMCOUNTER31);
    CHECK_EQ(csr_number("hpmcounter2"), -1);
    CHECK_EQ(csr_number("mhpmevent31"), CSR_MHPMEVENT31);
    CHECK_EQ(csr_number("mhpmcounter3"), CSR_MHPMCOUNTER3);
    CHECK_EQ(csr_number("cycleh"), -1); /* RV32 only */
    CHECK_EQ(csr_number("menvcfgh"), -1);
    CHECK_EQ(csr_number("hstatus"), -1); /* no H */
    CHECK_EQ(csr_number(""), -1);
    CHECK(strcmp(csr_name(CSR_PMPCFG0 + 2, buf), "pmpcfg2") == 0);
    CHECK(strcmp(csr_name(CSR_PMPADDR0 + 12, buf), "pmpaddr12") == 0);
    CHECK(strcmp(csr_name(CSR_MHPMCOUNTER31, buf), "mhpmcounter31") == 0);
    CHECK(strcmp(csr_name(CSR_SATP, buf), "satp") == 0);
    CHECK(csr_name(CSR_PMPCFG0 + 1, buf) == NULL);
    CHECK(csr_name(0x1000, buf) == NULL);
}

/* --- access rules (2.1) --- */

static void test_access(void)
{
    reset();
    /* CSRs that do not exist: unallocated, custom, odd pmpcfg, RV32 halves, H, debug mode. */
    static const unsigned missing[] = { 0x0ff, 0x7ff, 0x3a1, 0x3af, 0xc80, 0xb80, 0x310, 0x31a,
                                        0x600, 0x680, 0x7b0, 0x7a4, 0x15d, 0xfff, 0x1000 };
    for (size_t i = 0; i < sizeof(missing) / sizeof(missing[0]); i++) {
        READ_ILLEGAL(missing[i]);
        CHECK_EQ(csr_write(h, missing[i], 0), EXC_ILLEGAL_INSN);
    }

    /* Read-only CSRs (csr[11:10] = 3): readable, writes illegal even from M. */
    static const unsigned ro[] = { CSR_MVENDORID,   CSR_MARCHID,     CSR_MIMPID, CSR_MHARTID,
                                   CSR_MCONFIGPTR,  CSR_CYCLE,       CSR_TIME,   CSR_INSTRET,
                                   CSR_HPMCOUNTER3, CSR_HPMCOUNTER31 };
    for (size_t i = 0; i < sizeof(ro) / sizeof(ro[0]); i++) {
        READ_OK(ro[i]);
        WRITE_ILLEGAL(ro[i]);
    }
    CHECK_EQ(RD(CSR_MVENDORID), 0);
    CHECK_EQ(RD(CSR_MARCHID), 0);
    CHECK_EQ(RD(CSR_MIMPID), 0);
    CHECK_EQ(RD(CSR_MCONFIGPTR), 0);
    CHECK_EQ(RD(CSR_MHARTID), 3);

    /* csr[9:8] is the lowest privilege that may access the CSR. */
    h->priv = PRV_S;
    READ_ILLEGAL(CSR_MSTATUS);
    WRITE_ILLEGAL(CSR_MSTATUS);
    READ_ILLEGAL(CSR_MSCRATCH);
    READ_ILLEGAL(CSR_MHARTID);
    READ_ILLEGAL(CSR_MCYCLE);
    READ_ILLEGAL(CSR_PMPCFG0);
    READ_ILLEGAL(CSR_PMPADDR0);
    READ_ILLEGAL(CSR_TSELECT);
    READ_ILLEGAL(CSR_TDATA1);
    READ_ILLEGAL(CSR_MENVCFG);
    READ_OK(CSR_SSTATUS);
    READ_OK(CSR_SSCRATCH);
    READ_OK(CSR_SENVCFG);
    READ_OK(CSR_SATP);
    READ_OK(CSR_FCSR);
    WR(CSR_SSCRATCH, 0x1234);
    CHECK_EQ(h->sscratch, 0x1234);
    h->priv = PRV_U;
    READ_ILLEGAL(CSR_SSTATUS);
    READ_ILLEGAL(CSR_SSCRATCH);
    READ_ILLEGAL(CSR_SATP);
    READ_ILLEGAL(CSR_SENVCFG);
    READ_ILLEGAL(CSR_STIMECMP);
    READ_ILLEGAL(CSR_MSTATUS);
    READ_OK(CSR_FFLAGS);
    READ_OK(CSR_FRM);
    WR(CSR_FCSR, 0);
    h->priv = PRV_M;

    /* misa: RV64 with I M A F D C S U, writes legal and ignored (3.1.1). */
    uint64_t misa = RD(CSR_MISA);
    CHECK_EQ(misa >> 62, 2);
    uint64_t letters = 0;
    for (const char *c = "IMAFDCSU"; *c; c++)
        letters |= 1ull << (*c - 'A');
    CHECK_EQ(misa & ((1ull << 26) - 1), letters);
    WR(CSR_MISA, 0);
    CHECK_EQ(RD(CSR_MISA), misa);

    /* Full-width scratch, cause and tval registers. */
    static const unsigned full[] = { CSR_MSCRATCH, CSR_SSCRATCH, CSR_MCAUSE,
                                     CSR_SCAUSE,   CSR_MTVAL,    CSR_STVAL };
    for (size_t i = 0; i < sizeof(full) / sizeof(full[0]); i++) {
        WR(full[i], 0xfedcba9876543210ull);
        CHECK_EQ(RD(full[i]), 0xfedcba9876543210ull);
    }
}

/* --- mstatus and sstatus (3.1.6, 4.1.1) --- */

#define MSTATUS_ALL                                                                                \
    (MSTATUS_SIE | MSTATUS_MIE | MSTATUS_SPIE | MSTATUS_MPIE | MSTATUS_SPP | MSTATUS_MPP |         \
     MSTATUS_FS | MSTATUS_MPRV | MSTATUS_SUM | MSTATUS_MXR | MSTATUS_TVM | MSTATUS_TW |            \
     MSTATUS_TSR)
#define XL64   (2ull << 32 | 2ull << 34)
#define MPP(m) ((uint64_t)(m) << MSTATUS_MPP_SHIFT)

static void test_mstatus(void)
{
    reset();
    WR(CSR_MSTATUS, ~0ull);
    CHECK_EQ(RD(CSR_MSTATUS), MSTATUS_ALL | XL64 | MSTATUS_SD);
    WR(CSR_MSTATUS, 0); /* UXL/SXL are read-only 2 */
    CHECK_EQ(RD(CSR_MSTATUS), XL64);

    /* MPP holds M, S and U; 2 is not a mode and leaves MPP unchanged (WARL, 3.1.6.1). */
    WR(CSR_MSTATUS, MPP(PRV_S));
    CHECK_EQ(RD(CSR_MSTATUS) & MSTATUS_MPP, MPP(PRV_S));
    WR(CSR_MSTATUS, MPP(2) | MSTATUS_MIE);
    CHECK_EQ(RD(CSR_MSTATUS) & MSTATUS_MPP, MPP(PRV_S));
    CHECK(RD(CSR_MSTATUS) & MSTATUS_MIE); /* the rest of the write happens */
    WR(CSR_MSTATUS, MPP(PRV_M));
    CHECK_EQ(RD(CSR_MSTATUS) & MSTATUS_MPP, MPP(PRV_M));
    WR(CSR_MSTATUS, MPP(PRV_U));
    CHECK_EQ(RD(CSR_MSTATUS) & MSTATUS_MPP, 0);

    /* SD = (FS == Dirty) (3.1.6.6). */
    static const uint64_t fs_sd[4] = { 0, 0, 0, MSTATUS_SD };
    for (unsigned fs = 0; fs < 4; fs++) {
        WR(CSR_MSTATUS, (uint64_t)fs << MSTATUS_FS_SHIFT);
        CHECK_EQ(RD(CSR_MSTATUS), ((uint64_t)fs << MSTATUS_FS_SHIFT) | XL64 | fs_sd[fs]);
    }

    /* MXR changes every context's permissions: all TLBs are flushed. */
    WR(CSR_MSTATUS, 0);
    tlb_poison();
    WR(CSR_MSTATUS, MSTATUS_MXR);
    CHECK(tlb_flushed());

    /* MPRV with MPP selects the context of M-mode loads and stores; SUM that of S-mode ones. A
     * translation cached in one context is not used in another, and survives a visit there. */
    WR(CSR_MSTATUS, 0);
    tlb_poison();
    struct tlb_entry *m_loads = h->tlb_load;
    WR(CSR_MSTATUS, MSTATUS_MPRV | MPP(PRV_S));
    CHECK(h->tlb_load == h->tlb_sets[TLB_CTX_S].load && h->tlb_load != m_loads);
    CHECK(h->tlb_fetch == h->tlb_sets[TLB_CTX_M].fetch); /* MPRV never applies to fetches */
    WR(CSR_MSTATUS, MSTATUS_MPRV | MPP(PRV_S) | MSTATUS_SUM);
    CHECK(h->tlb_load == h->tlb_sets[TLB_CTX_S_SUM].load);
    WR(CSR_MSTATUS, MSTATUS_MPRV | MPP(PRV_U) | MSTATUS_SUM);
    CHECK(h->tlb_load == h->tlb_sets[TLB_CTX_U].load);
    WR(CSR_MSTATUS, MPP(PRV_U)); /* MPRV = 0: M-mode's own context again */
    CHECK(h->tlb_load == m_loads && !tlb_flushed());
    WR(CSR_MSTATUS, 0);
    tlb_poison();
    WR(CSR_MSTATUS, MSTATUS_TW | MSTATUS_MIE | MSTATUS_TSR | MSTATUS_TVM | MSTATUS_SIE);
    CHECK(!tlb_flushed());

    /* Interrupt re-evaluation after a write. */
    kick_clear();
    WR(CSR_MSTATUS, MSTATUS_MIE);
    CHECK(kicked());

    /* sstatus: the S view of the same register. */
    WR(CSR_MSTATUS, MSTATUS_ALL);
    CHECK_EQ(RD(CSR_SSTATUS), MSTATUS_SIE | MSTATUS_SPIE | MSTATUS_SPP | MSTATUS_FS | MSTATUS_SUM |
                                  MSTATUS_MXR | MSTATUS_SD | 2ull << 32);
    WR(CSR_SSTATUS, 0); /* clears the S fields only */
    CHECK_EQ(RD(CSR_MSTATUS), (MSTATUS_ALL & ~(MSTATUS_SIE | MSTATUS_SPIE | MSTATUS_SPP |
                                               MSTATUS_FS | MSTATUS_SUM | MSTATUS_MXR)) |
                                  XL64);
    WR(CSR_MSTATUS, 0);
    WR(CSR_SSTATUS, ~0ull); /* M fields are out of reach */
    CHECK_EQ(RD(CSR_MSTATUS), MSTATUS_SIE | MSTATUS_SPIE | MSTATUS_SPP | MSTATUS_FS | MSTATUS_SUM |
                                  MSTATUS_MXR | MSTATUS_SD | XL64);
    tlb_poison();
    kick_clear();
    h->priv = PRV_S;
    WR(CSR_SSTATUS, 0);
    h->priv = PRV_M;
    CHECK(tlb_flushed()); /* MXR changed */
    CHECK(kicked());
}

/* --- floating-point CSRs (unprivileged "F" chapter; FS gating 3.1.6.6) --- */

static void test_fcsr(void)
{
    reset();
    WR(CSR_MSTATUS, (uint64_t)FS_OFF << MSTATUS_FS_SHIFT);
    static const unsigned fp[] = { CSR_FFLAGS, CSR_FRM, CSR_FCSR };
    for (unsigned p = 0; p < 2; p++) {
        h->priv = p ? PRV_M : PRV_U;
        for (size_t i = 0; i < 3; i++) {
            READ_ILLEGAL(fp[i]);
            WRITE_ILLEGAL(fp[i]);
        }
    }
    h->priv = PRV_M;

    WR(CSR_MSTATUS, (uint64_t)FS_CLEAN << MSTATUS_FS_SHIFT);
    WR(CSR_FCSR, ~0ull);
    CHECK_EQ(RD(CSR_FCSR), 0xff); /* bits 63:8 read as zero */
    CHECK_EQ(RD(CSR_FRM), 7);
    CHECK_EQ(RD(CSR_FFLAGS), 0x1f);
    CHECK_EQ(RD(CSR_MSTATUS) & (MSTATUS_FS | MSTATUS_SD), MSTATUS_FS | MSTATUS_SD);

    for (size_t i = 0; i < 3; i++) {
        WR(CSR_MSTATUS, (uint64_t)FS_INITIAL << MSTATUS_FS_SHIFT);
        WR(fp[i], 0);
        CHECK_EQ((RD(CSR_MSTATUS) & MSTATUS_FS) >> MSTATUS_FS_SHIFT, FS_DIRTY);
    }
    CHECK_EQ(RD(CSR_FCSR), 0);
    WR(CSR_FRM, 0x1fd); /* 3 bits */
    CHECK_EQ(RD(CSR_FRM), 5);
    WR(CSR_FFLAGS, FFLAG_NV | FFLAG_NX | 0x60);
    CHECK_EQ(RD(CSR_FFLAGS), FFLAG_NV | FFLAG_NX);
    CHECK_EQ(RD(CSR_FCSR), 5 << 5 | FFLAG_NV | FFLAG_NX);
    CHECK_EQ(h->frm, 5);
    CHECK_EQ(h->fflags, FFLAG_NV | FFLAG_NX);
    WR(CSR_FCSR, 0x21);
    CHECK_EQ(h->frm, 1);
    CHECK_EQ(h->fflags, 1);
}

/* --- delegation, interrupt enables and pending bits (3.1.8, 3.1.9, 4.1.3) --- */

#define S_IRQS (MIP_SSIP | MIP_STIP | MIP_SEIP)
#define M_IRQS (MIP_MSIP | MIP_MTIP | MIP_MEIP)

static void test_interrupt_csrs(void)
{
    reset();
    WR(CSR_MEDELEG, ~0ull);
    CHECK_EQ(RD(CSR_MEDELEG), 0xb3ff); /* causes 0-9, 12, 13, 15; not ECALL from M (11) */
    WR(CSR_MEDELEG, 0);
    CHECK_EQ(RD(CSR_MEDELEG), 0);
    kick_clear();
    WR(CSR_MIDELEG, ~0ull);
    CHECK_EQ(RD(CSR_MIDELEG), S_IRQS);
    CHECK(kicked());
    WR(CSR_MIDELEG, 0);
    CHECK_EQ(RD(CSR_MIDELEG), 0);
    kick_clear();
    WR(CSR_MIE, ~0ull);
    CHECK_EQ(RD(CSR_MIE), S_IRQS | M_IRQS);
    CHECK(kicked());

    /* mip: M writes SSIP, STIP (STCE = 0) and SEIP; MSIP, MTIP, MEIP belong to devices. */
    kick_clear();
    WR(CSR_MIP, ~0ull);
    CHECK_EQ(mip(), S_IRQS);
    CHECK(kicked());
    hart_set_pending(h, M_IRQS, true);
    WR(CSR_MIP, 0);
    CHECK_EQ(mip(), M_IRQS);
    CHECK_EQ(RD(CSR_MIP), M_IRQS);
    hart_set_pending(h, M_IRQS, false);

    /* sie/sip show delegated interrupts only; sip can write SSIP alone. */
    WR(CSR_MIE, MIP_SSIP | MIP_STIP | MIP_MTIP);
    WR(CSR_MIP, MIP_STIP | MIP_SEIP);
    CHECK_EQ(RD(CSR_SIE), 0);
    CHECK_EQ(RD(CSR_SIP), 0);
    WR(CSR_SIE, ~0ull); /* nothing delegated: nothing writable */
    CHECK_EQ(RD(CSR_MIE), MIP_SSIP | MIP_STIP | MIP_MTIP);
    WR(CSR_SIP, ~0ull);
    CHECK_EQ(mip(), MIP_STIP | MIP_SEIP);

    WR(CSR_MIDELEG, MIP_SSIP | MIP_STIP);
    CHECK_EQ(RD(CSR_SIE), MIP_SSIP | MIP_STIP);
    CHECK_EQ(RD(CSR_SIP), MIP_STIP);
    h->priv = PRV_S;
    kick_clear();
    WR(CSR_SIE, 0);
    CHECK(kicked());
    CHECK_EQ(h->mie, MIP_MTIP);
    WR(CSR_SIE, ~0ull);
    CHECK_EQ(h->mie, MIP_SSIP | MIP_STIP | MIP_MTIP);
    kick_clear();
    WR(CSR_SIP, ~0ull); /* SSIP only: STIP and SEIP are read-only in sip */
    CHECK(kicked());
    CHECK_EQ(mip(), MIP_SSIP | MIP_STIP | MIP_SEIP);
    WR(CSR_SIP, 0);
    CHECK_EQ(mip(), MIP_STIP | MIP_SEIP);
    CHECK_EQ(RD(CSR_SIP), MIP_STIP);
    h->priv = PRV_M;

    /* xtvec MODE: Direct and Vectored hold; reserved modes keep the old MODE (3.1.7). */
    static const unsigned tvec[] = { CSR_MTVEC, CSR_STVEC };
    for (size_t i = 0; i < 2; i++) {
        WR(tvec[i], 0x80001001);
        CHECK_EQ(RD(tvec[i]), 0x80001001);
        WR(tvec[i], 0x80002002);
        CHECK_EQ(RD(tvec[i]), 0x80002001);
        WR(tvec[i], 0x80003000);
        CHECK_EQ(RD(tvec[i]), 0x80003000);
        WR(tvec[i], 0x80004003);
        CHECK_EQ(RD(tvec[i]), 0x80004000);
    }

    /* xepc: bit 0 is always 0, bit 1 is kept (IALIGN = 16; 3.1.14, 4.1.7). */
    WR(CSR_MEPC, 0x80001237);
    CHECK_EQ(RD(CSR_MEPC), 0x80001236);
    WR(CSR_SEPC, ~0ull);
    CHECK_EQ(RD(CSR_SEPC), ~1ull);
}

/* --- Sstc (Sstc 1.0; menvcfg.STCE 3.1.18) --- */

static void test_sstc(void)
{
    reset();
    /* STCE = 0: stimecmp is M-only, STIP is a plain M-writable bit. */
    WR(CSR_STIMECMP, 5);
    CHECK_EQ(RD(CSR_STIMECMP), 5);
    CHECK_EQ(mip() & MIP_STIP, 0); /* no comparator without STCE */
    h->mcounteren = ~0ull;
    h->priv = PRV_S;
    READ_ILLEGAL(CSR_STIMECMP);
    WRITE_ILLEGAL(CSR_STIMECMP);
    h->priv = PRV_M;
    WR(CSR_MIP, MIP_STIP);
    CHECK_EQ(mip() & MIP_STIP, MIP_STIP);

    /* STCE = 1: STIP = time >= stimecmp, read-only. */
    kick_clear();
    WR(CSR_MENVCFG, MENVCFG_STCE); /* time 1000 >= 5 */
    CHECK(kicked());
    CHECK_EQ(mip() & MIP_STIP, MIP_STIP);
    kick_clear();
    WR(CSR_STIMECMP, 2000);
    CHECK(kicked());
    CHECK_EQ(mip() & MIP_STIP, 0);
    WR(CSR_MIP, MIP_STIP); /* read-only now */
    CHECK_EQ(mip() & MIP_STIP, 0);
    now = 2000; /* reads see the comparator at once */
    CHECK_EQ(RD(CSR_MIP) & MIP_STIP, MIP_STIP);
    WR(CSR_MIP, 0);
    CHECK_EQ(mip() & MIP_STIP, MIP_STIP);
    now = 1999;
    WR(CSR_MIDELEG, MIP_STIP);
    CHECK_EQ(RD(CSR_SIP), 0);
    now = 3000;
    CHECK_EQ(RD(CSR_SIP), MIP_STIP);

    /* Below M: S needs STCE and mcounteren.TM; U never (S-level address). */
    h->mcounteren = 0x2;
    h->priv = PRV_S;
    WR(CSR_STIMECMP, 4000);
    CHECK_EQ(RD(CSR_STIMECMP), 4000);
    CHECK_EQ(mip() & MIP_STIP, 0);
    h->mcounteren = 0x5;
    READ_ILLEGAL(CSR_STIMECMP);
    WRITE_ILLEGAL(CSR_STIMECMP);
    h->mcounteren = ~0ull;
    h->scounteren = ~0ull;
    h->priv = PRV_U;
    READ_ILLEGAL(CSR_STIMECMP);
    h->priv = PRV_M;

    /* STCE back to 0: STIP is the plain bit again, starting clear. */
    WR(CSR_STIMECMP, 0);
    CHECK_EQ(mip() & MIP_STIP, MIP_STIP);
    WR(CSR_MENVCFG, 0);
    CHECK_EQ(mip() & MIP_STIP, 0);
    WR(CSR_MIP, MIP_STIP);
    CHECK_EQ(mip() & MIP_STIP, MIP_STIP);
    WR(CSR_MENVCFG, MENVCFG_STCE); /* and back under the comparator: 3000 >= 0 */
    CHECK_EQ(mip() & MIP_STIP, MIP_STIP);
    WR(CSR_STIMECMP, UINT64_MAX);
    CHECK_EQ(mip() & MIP_STIP, 0);
}

/* --- envcfg (3.1.18, 4.1.10) --- */

#define ENVCFG_S (ENVCFG_FIOM | ENVCFG_CBIE | ENVCFG_CBCFE | ENVCFG_CBZE)

static void test_envcfg(void)
{
    reset();
    WR(CSR_MENVCFG, ~0ull);
    CHECK_EQ(RD(CSR_MENVCFG), ENVCFG_S | MENVCFG_STCE); /* no PBMTE (no Svpbmt) */
    WR(CSR_MENVCFG, 1ull << 4);
    CHECK_EQ(RD(CSR_MENVCFG), 1ull << 4);
    WR(CSR_MENVCFG, 2ull << 4 | ENVCFG_CBZE); /* CBIE = 2 is reserved: CBIE unchanged */
    CHECK_EQ(RD(CSR_MENVCFG), 1ull << 4 | ENVCFG_CBZE);
    WR(CSR_SENVCFG, ~0ull);
    CHECK_EQ(RD(CSR_SENVCFG), ENVCFG_S);
    WR(CSR_SENVCFG, 2ull << 4);
    CHECK_EQ(RD(CSR_SENVCFG), ENVCFG_CBIE);
    WR(CSR_SENVCFG, 0);
    CHECK_EQ(RD(CSR_SENVCFG), 0);
    h->priv = PRV_S;
    WR(CSR_SENVCFG, ENVCFG_FIOM);
    CHECK_EQ(h->senvcfg, ENVCFG_FIOM);
    READ_ILLEGAL(CSR_MENVCFG);
    h->priv = PRV_M;
}

/* --- counters (3.1.10-3.1.12, 4.1.5; Zicntr, Zihpm) --- */

static void test_counters(void)
{
    reset();
    h->mcycle = 111;
    h->minstret = 222;
    now = 333;
    CHECK_EQ(RD(CSR_CYCLE), 111);
    CHECK_EQ(RD(CSR_INSTRET), 222);
    CHECK_EQ(RD(CSR_TIME), 333);
    CHECK_EQ(RD(CSR_HPMCOUNTER3 + 2), 0);

    /* Gating: S needs mcounteren; U needs mcounteren and scounteren. */
    static const unsigned ctr[] = { CSR_CYCLE, CSR_TIME, CSR_INSTRET, CSR_HPMCOUNTER3 + 2,
                                    CSR_HPMCOUNTER31 };
    for (size_t i = 0; i < 5; i++) {
        unsigned bit = ctr[i] & 31;
        h->mcounteren = 0;
        h->scounteren = ~0ull;
        h->priv = PRV_S;
        READ_ILLEGAL(ctr[i]);
        h->priv = PRV_U;
        READ_ILLEGAL(ctr[i]);
        h->mcounteren = ~(1ull << bit) & 0xffffffff;
        READ_ILLEGAL(ctr[i]);
        h->mcounteren = 1ull << bit;
        READ_OK(ctr[i]);
        h->scounteren = 0;
        READ_ILLEGAL(ctr[i]);
        h->priv = PRV_S;
        READ_OK(ctr[i]);
        WRITE_ILLEGAL(ctr[i]);
        h->priv = PRV_M;
        h->mcounteren = 0;
        READ_OK(ctr[i]); /* M is never gated */
    }
    WR(CSR_MCOUNTEREN, ~0ull);
    CHECK_EQ(RD(CSR_MCOUNTEREN), 0xffffffff);
    WR(CSR_SCOUNTEREN, ~0ull);
    CHECK_EQ(RD(CSR_SCOUNTEREN), 0xffffffff);

    /* mcountinhibit: CY and IR only (TM does not exist, HPM counters are hardwired). */
    WR(CSR_MCOUNTINHIBIT, ~0ull);
    CHECK_EQ(RD(CSR_MCOUNTINHIBIT), 0x5);
    WR(CSR_MCOUNTINHIBIT, 0);
    CHECK_EQ(RD(CSR_MCOUNTINHIBIT), 0);

    /* mcycle and minstret are writable; a minstret write replaces that instruction's count. */
    WR(CSR_MCYCLE, 0x123456789ull);
    CHECK_EQ(h->mcycle, 0x123456789ull);
    CHECK_EQ(RD(CSR_CYCLE), 0x123456789ull);
    CHECK(!h->minstret_written);
    WR(CSR_MINSTRET, 0xabcdefull);
    CHECK_EQ(h->minstret, 0xabcdefull);
    CHECK(h->minstret_written);
    CHECK_EQ(RD(CSR_INSTRET), 0xabcdefull);

    /* mhpmcounter3-31 and mhpmevent3-31: read-only zero, writes legal and ignored. */
    for (unsigned n = 0; n < 29; n++) {
        WR(CSR_MHPMCOUNTER3 + n, ~0ull);
        CHECK_EQ(RD(CSR_MHPMCOUNTER3 + n), 0);
        WR(CSR_MHPMEVENT3 + n, ~0ull);
        CHECK_EQ(RD(CSR_MHPMEVENT3 + n), 0);
        CHECK_EQ(RD(CSR_HPMCOUNTER3 + n), 0);
    }
}

/* --- satp (4.1.11) --- */

#define SATP(mode, asid, ppn)                                                                      \
    ((uint64_t)(mode) << SATP_MODE_SHIFT | (uint64_t)(asid) << SATP_ASID_SHIFT | (ppn))

static void test_satp(void)
{
    reset();
    static const unsigned modes[] = { SATP_MODE_SV39, SATP_MODE_SV48, SATP_MODE_SV57,
                                      SATP_MODE_BARE };
    for (size_t i = 0; i < 4; i++) {
        uint64_t v = modes[i] == SATP_MODE_BARE ? 0 : SATP(modes[i], 0xffff, SATP_PPN_MASK);
        tlb_poison();
        WR(CSR_SATP, v);
        CHECK_EQ(RD(CSR_SATP), v); /* ASIDLEN = 16, 44-bit PPN */
        CHECK(tlb_flushed());
    }
    WR(CSR_SATP, SATP(SATP_MODE_SV39, 7, 0x80000));
    for (unsigned mode = 1; mode < 16; mode++) {
        if (mode >= SATP_MODE_SV39 && mode <= SATP_MODE_SV57)
            continue;
        WR(CSR_SATP, SATP(mode, 1, 0x90000)); /* unsupported MODE: no field changes */
        CHECK_EQ(RD(CSR_SATP), SATP(SATP_MODE_SV39, 7, 0x80000));
    }
    /* TVM = 1 traps satp accesses in S-mode, not in M-mode. */
    h->priv = PRV_S;
    WR(CSR_SATP, SATP(SATP_MODE_SV48, 1, 0x1234));
    h->priv = PRV_M;
    WR(CSR_MSTATUS, MSTATUS_TVM);
    h->priv = PRV_S;
    READ_ILLEGAL(CSR_SATP);
    WRITE_ILLEGAL(CSR_SATP);
    h->priv = PRV_M;
    CHECK_EQ(RD(CSR_SATP), SATP(SATP_MODE_SV48, 1, 0x1234));
    WR(CSR_SATP, 0);
}

/* --- PMP (3.7.1) --- */

static uint8_t cfg_byte(unsigned entry)
{
    return (uint8_t)(h->pmpcfg[entry / 8] >> (8 * (entry % 8)));
}

static void test_pmp(void)
{
    reset();
    tlb_poison();
    WR(CSR_PMPADDR0 + 9, ~0ull);
    CHECK(tlb_flushed());
    CHECK_EQ(RD(CSR_PMPADDR0 + 9), (1ull << 54) - 1); /* address bits 55:2 */
    CHECK_EQ(h->pmpaddr[9], (1ull << 54) - 1);

    /* Layout: pmpcfgN is h->pmpcfg[N / 2], entries 4N .. 4N + 7, one byte each. */
    tlb_poison();
    WR(CSR_PMPCFG0 + 2, 0x1f);
    CHECK(tlb_flushed());
    CHECK_EQ(cfg_byte(8), 0x1f);
    CHECK_EQ(h->pmpcfg[1], 0x1f);
    WR(CSR_PMPCFG0 + 14, 0x1full << 56);
    CHECK_EQ(cfg_byte(63), 0x1f);
    CHECK_EQ(RD(CSR_PMPCFG0 + 14), 0x1full << 56);

    /* Reserved bits 6:5 read 0; R = 0, W = 1 is legalised by clearing W. */
    WR(CSR_PMPCFG0, 0x7f | 0x02ull << 8 | 0x06ull << 16 | 0x03ull << 24 | 0x0aull << 32);
    CHECK_EQ(RD(CSR_PMPCFG0), 0x1f | 0x00ull << 8 | 0x04ull << 16 | 0x03ull << 24 | 0x08ull << 32);

    /* A locked entry ignores writes to its cfg byte and its pmpaddr; the other bytes change. */
    WR(CSR_PMPCFG0, (uint64_t)(PMP_L | PMP_A_NAPOT | PMP_R) << 16);
    WR(CSR_PMPCFG0, 0x0f0f0f0f0f0f0f0full);
    CHECK_EQ(RD(CSR_PMPCFG0), (0x0f0f0f0f0f0f0f0full & ~(0xffull << 16)) |
                                  (uint64_t)(PMP_L | PMP_A_NAPOT | PMP_R) << 16);
    CHECK_EQ(cfg_byte(2), PMP_L | PMP_A_NAPOT | PMP_R);
    WR(CSR_PMPCFG0, 0);
    CHECK_EQ(RD(CSR_PMPCFG0), (uint64_t)(PMP_L | PMP_A_NAPOT | PMP_R) << 16);
    WR(CSR_PMPADDR0 + 1, 0x111);
    WR(CSR_PMPADDR0 + 2, 0x222); /* locked */
    WR(CSR_PMPADDR0 + 3, 0x333);
    CHECK_EQ(RD(CSR_PMPADDR0 + 1), 0x111);
    CHECK_EQ(RD(CSR_PMPADDR0 + 2), 0);
    CHECK_EQ(RD(CSR_PMPADDR0 + 3), 0x333);

    /* A locked TOR entry also locks the previous pmpaddr (its lower bound); a locked entry with
     * another mode does not. */
    WR(CSR_PMPADDR0 + 4, 0x444);
    WR(CSR_PMPCFG0, (uint64_t)(PMP_L | PMP_A_TOR | PMP_X) << 40);
    WR(CSR_PMPADDR0 + 4, 0x4444);
    WR(CSR_PMPADDR0 + 5, 0x5555);
    CHECK_EQ(RD(CSR_PMPADDR0 + 4), 0x444);
    CHECK_EQ(RD(CSR_PMPADDR0 + 5), 0);
    WR(CSR_PMPADDR0 + 1, 0x1111); /* entry 2 is locked NAPOT: pmpaddr1 stays writable */
    CHECK_EQ(RD(CSR_PMPADDR0 + 1), 0x1111);
    /* The lock holds until reset, for M-mode too. */
    reset();
    CHECK_EQ(RD(CSR_PMPCFG0), 0);
    /* Entry 63 has no successor; a locked TOR entry 8 locks pmpaddr7 across pmpcfg words. */
    WR(CSR_PMPCFG0 + 2, PMP_L | PMP_A_TOR);
    WR(CSR_PMPADDR0 + 7, 0x777);
    CHECK_EQ(RD(CSR_PMPADDR0 + 7), 0);
    WR(CSR_PMPADDR63, 0x63);
    CHECK_EQ(RD(CSR_PMPADDR63), 0x63);
}

/* --- debug triggers: none (Sdtrig) --- */

static void test_triggers(void)
{
    reset();
    WR(CSR_TSELECT, 0);
    CHECK_EQ(RD(CSR_TSELECT), 0);
    WR(CSR_TSELECT, 5);
    CHECK_EQ(RD(CSR_TSELECT), 0);
    CHECK_EQ(RD(CSR_TDATA1) >> 60, 0); /* type 0: no trigger */
    WR(CSR_TDATA1, ~0ull);
    CHECK_EQ(RD(CSR_TDATA1), 0);
    WR(CSR_TDATA2, ~0ull);
    CHECK_EQ(RD(CSR_TDATA2), 0);
    WR(CSR_TDATA3, ~0ull);
    CHECK_EQ(RD(CSR_TDATA3), 0);
}

int main(void)
{
    h = calloc(1, sizeof(*h));
    if (h == NULL)
        return 2;
    test_names();
    test_access();
    test_mstatus();
    test_fcsr();
    test_interrupt_csrs();
    test_sstc();
    test_envcfg();
    test_counters();
    test_satp();
    test_pmp();
    test_triggers();
    free(h);
    return check_report("csr");
}
