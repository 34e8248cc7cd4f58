/* Unit tests for cpu/mmu.c: Sv39/Sv48/Sv57 translation (privileged spec 4.3-4.6) and PMP (3.7).
 * Page tables are built by hand in a malloc'd RAM region mapped at 0x80000000. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cpu/cpu_internal.h"
#include "check.h"

#define RAM_BASE 0x80000000ull
#define RAM_SIZE (8ull << 20)
#define PG       0x1000ull

static struct bus bus;
static uint8_t *ram;
static struct hart h;
static uint64_t next_page, root;

static uint64_t *host(uint64_t pa)
{
    return (uint64_t *)(ram + (pa - RAM_BASE));
}

static uint64_t alloc_page(void)
{
    uint64_t pa = next_page;
    next_page += PG;
    if (next_page > RAM_BASE + RAM_SIZE) {
        fprintf(stderr, "test RAM exhausted\n");
        exit(2);
    }
    memset(host(pa), 0, PG);
    return pa;
}

static unsigned mode_levels(unsigned mode)
{
    return mode == SATP_MODE_SV39 ? 3 : mode == SATP_MODE_SV48 ? 4 : 5;
}

/* A fresh hart in S-mode with satp.MODE = mode and an empty root table; PMP all off. */
static void reset(unsigned mode)
{
    memset(&h, 0, sizeof(h));
    h.bus = &bus;
    h.priv = PRV_S;
    next_page = RAM_BASE;
    root = alloc_page();
    h.satp = mode == SATP_MODE_BARE ? 0 : ((uint64_t)mode << SATP_MODE_SHIFT) | (root >> 12);
}

static uint64_t vpn(uint64_t va, int i)
{
    return (va >> (12 + 9 * i)) & 0x1ff;
}

static uint64_t pte_of(uint64_t pa, uint64_t flags)
{
    return ((pa >> 12) << 10) | flags;
}

/* Map va to pa with a leaf at level (0 = 4 KiB), creating tables on the way. Returns the leaf
 * PTE's physical address. */
static uint64_t map(uint64_t va, uint64_t pa, int level, uint64_t flags)
{
    int levels = (int)mode_levels((unsigned)(h.satp >> SATP_MODE_SHIFT));
    uint64_t table = root;
    for (int i = levels - 1; i > level; i--) {
        uint64_t *e = host(table + vpn(va, i) * 8);
        if (!(*e & PTE_V))
            *e = pte_of(alloc_page(), PTE_V);
        table = ((*e >> 10) & ((1ull << 44) - 1)) << 12;
    }
    uint64_t pte_pa = table + vpn(va, level) * 8;
    *host(pte_pa) = pte_of(pa, flags);
    return pte_pa;
}

static int xlate(uint64_t va, enum mem_access acc, uint64_t *pa)
{
    bool whole;
    return mmu_translate(&h, va, acc, pa, &whole);
}

/* Translate va for acc and expect success with pa == want. */
static void expect_pa(int line, uint64_t va, enum mem_access acc, uint64_t want)
{
    uint64_t pa = 0xdead;
    int exc = xlate(va, acc, &pa);
    if (exc == EXC_NONE && pa == want) {
        passed++;
        return;
    }
    failed++;
    fprintf(stderr, "%s:%d: va %#llx acc %d: exc %d pa %#llx, expected pa %#llx\n", __FILE__, line,
            (unsigned long long)va, acc, exc, (unsigned long long)pa, (unsigned long long)want);
}
#define EXPECT_PA(va, acc, want) expect_pa(__LINE__, va, acc, want)

static void expect_exc(int line, uint64_t va, enum mem_access acc, int want)
{
    uint64_t pa = 0;
    int exc = xlate(va, acc, &pa);
    if (exc == want) {
        passed++;
        return;
    }
    failed++;
    fprintf(stderr, "%s:%d: va %#llx acc %d: exc %d, expected %d\n", __FILE__, line,
            (unsigned long long)va, acc, exc, want);
}
#define EXPECT_EXC(va, acc, want) expect_exc(__LINE__, va, acc, want)

/* All three access types page-fault at va. */
#define EXPECT_PF_ALL(va)                                                                          \
    do {                                                                                           \
        EXPECT_EXC(va, ACCESS_FETCH, EXC_INSN_PAGE_FAULT);                                         \
        EXPECT_EXC(va, ACCESS_LOAD, EXC_LOAD_PAGE_FAULT);                                          \
        EXPECT_EXC(va, ACCESS_STORE, EXC_STORE_PAGE_FAULT);                                        \
    } while (0)

#define RWX  (PTE_R | PTE_W | PTE_X)
#define LEAF (PTE_V | PTE_A | PTE_D)
#define FULL (LEAF | RWX)

static void set_pmp(unsigned i, uint8_t cfg, uint64_t addr)
{
    h.pmpcfg[i / 8] &= ~(0xffull << (8 * (i % 8)));
    h.pmpcfg[i / 8] |= (uint64_t)cfg << (8 * (i % 8));
    h.pmpaddr[i] = addr;
}

static uint64_t napot(uint64_t base, uint64_t size)
{
    return (base >> 2) | ((size >> 3) - 1);
}

/* ------------------------------------------------------------------------------------------ */

static void test_4k(void)
{
    static const struct {
        unsigned mode;
        uint64_t va;
    } cases[] = {
        { SATP_MODE_SV39, 0x12345000ull },
        { SATP_MODE_SV39, 0x3ffffff000ull },       /* top of the low half */
        { SATP_MODE_SV39, 0xffffffc000000000ull }, /* bottom of the high half */
        { SATP_MODE_SV48, 0x7f1234567000ull },
        { SATP_MODE_SV48, 0xffff800012345000ull },
        { SATP_MODE_SV57, 0x00a3456789abc000ull },
        { SATP_MODE_SV57, 0xff123456789ab000ull },
    };
    for (unsigned c = 0; c < sizeof(cases) / sizeof(cases[0]); c++) {
        reset(cases[c].mode);
        uint64_t va = cases[c].va, pa = 0x87654000ull + c * PG;
        map(va, pa, 0, FULL);
        EXPECT_PA(va + 0x567, ACCESS_LOAD, pa + 0x567);
        EXPECT_PA(va + 0xfff, ACCESS_STORE, pa + 0xfff);
        EXPECT_PA(va, ACCESS_FETCH, pa);
        /* The neighbouring page is not mapped. */
        EXPECT_EXC(va ^ PG, ACCESS_LOAD, EXC_LOAD_PAGE_FAULT);
    }
    /* A 56-bit physical address. */
    reset(SATP_MODE_SV39);
    map(0x5000, 0xfedcba9876543000ull & ((1ull << 56) - 1), 0, FULL);
    EXPECT_PA(0x5123, ACCESS_LOAD, 0x00dcba9876543123ull);
}

static void test_superpages(void)
{
    static const unsigned modes[] = { SATP_MODE_SV39, SATP_MODE_SV48, SATP_MODE_SV57 };
    for (unsigned m = 0; m < 3; m++) {
        unsigned levels = mode_levels(modes[m]);
        for (unsigned lvl = 1; lvl < levels; lvl++) {
            reset(modes[m]);
            uint64_t size = 1ull << (12 + 9 * lvl);
            uint64_t va = size * 5, pa = size * 3;
            map(va, pa, (int)lvl, FULL);
            uint64_t off = size - 8 - 0x10000 * lvl; /* exercises the vpn bits below lvl */
            EXPECT_PA(va + off, ACCESS_LOAD, pa + off);
            EXPECT_PA(va + 0x123, ACCESS_STORE, pa + 0x123);
            EXPECT_PA(va + size - 2, ACCESS_FETCH, pa + size - 2);
            EXPECT_EXC(va + size, ACCESS_LOAD, EXC_LOAD_PAGE_FAULT);
            EXPECT_EXC(va - 1, ACCESS_LOAD, EXC_LOAD_PAGE_FAULT);

            /* Misaligned superpage: any nonzero bit in pte.ppn[lvl-1:0]. */
            reset(modes[m]);
            map(va, pa + PG, (int)lvl, FULL);
            EXPECT_PF_ALL(va);
            reset(modes[m]);
            map(va, pa + (size >> 1), (int)lvl, FULL);
            EXPECT_PF_ALL(va + 0x10);
        }
    }
}

static void test_invalid_ptes(void)
{
    reset(SATP_MODE_SV39);
    uint64_t va = 0x40001000, pa = 0x90000000ull;
    uint64_t pte = map(va, pa, 0, FULL);
    EXPECT_PA(va, ACCESS_LOAD, pa);

    /* V = 0 at the leaf, and an unmapped region (V = 0 at a non-leaf level). */
    *host(pte) = pte_of(pa, FULL & ~PTE_V);
    EXPECT_PF_ALL(va);
    EXPECT_PF_ALL(0x12345000ull);

    /* W without R (and W|X without R) is reserved. */
    *host(pte) = pte_of(pa, LEAF | PTE_W);
    EXPECT_PF_ALL(va);
    *host(pte) = pte_of(pa, LEAF | PTE_W | PTE_X);
    EXPECT_PF_ALL(va);

    /* Reserved bits 63:54, PBMT (62:61) and N (63): none implemented. */
    static const uint64_t bad[] = { 1ull << 54, 1ull << 60, 1ull << 61, 1ull << 62, 1ull << 63 };
    for (unsigned b = 0; b < sizeof(bad) / sizeof(bad[0]); b++) {
        *host(pte) = pte_of(pa, FULL) | bad[b];
        EXPECT_PF_ALL(va);
    }
    /* RSW (9:8) and G are ignored. */
    *host(pte) = pte_of(pa, FULL | PTE_G | (3ull << 8));
    EXPECT_PA(va, ACCESS_LOAD, pa);

    /* A non-leaf PTE at level 0. */
    *host(pte) = pte_of(0x80100000ull, PTE_V);
    EXPECT_PF_ALL(va);

    /* A non-leaf PTE with D, A or U set (reserved for non-leaf PTEs in 1.12). */
    uint64_t *l2 = host(root + vpn(va, 2) * 8);
    uint64_t saved = *l2;
    *host(pte) = pte_of(pa, FULL);
    EXPECT_PA(va, ACCESS_LOAD, pa);
    static const uint64_t nl[] = { PTE_A, PTE_D, PTE_U };
    for (unsigned b = 0; b < 3; b++) {
        *l2 = saved | nl[b];
        EXPECT_PF_ALL(va);
    }
    *l2 = saved | PTE_G;
    EXPECT_PA(va, ACCESS_LOAD, pa);
    /* A reserved bit in a non-leaf PTE. */
    *l2 = saved | (1ull << 63);
    EXPECT_PF_ALL(va);
    *l2 = saved;
}

static void test_permissions(void)
{
    reset(SATP_MODE_SV39);
    uint64_t r = 0x10000, rw = 0x11000, x = 0x12000, rx = 0x13000, pa = 0x88000000ull;
    map(r, pa, 0, LEAF | PTE_R);
    map(rw, pa, 0, LEAF | PTE_R | PTE_W);
    map(x, pa, 0, LEAF | PTE_X);
    map(rx, pa, 0, LEAF | PTE_R | PTE_X);

    EXPECT_PA(r, ACCESS_LOAD, pa);
    EXPECT_EXC(r, ACCESS_STORE, EXC_STORE_PAGE_FAULT);
    EXPECT_EXC(r, ACCESS_FETCH, EXC_INSN_PAGE_FAULT);
    EXPECT_PA(rw, ACCESS_STORE, pa);
    EXPECT_EXC(rw, ACCESS_FETCH, EXC_INSN_PAGE_FAULT);
    EXPECT_PA(x, ACCESS_FETCH, pa);
    EXPECT_EXC(x, ACCESS_LOAD, EXC_LOAD_PAGE_FAULT);
    EXPECT_EXC(x, ACCESS_STORE, EXC_STORE_PAGE_FAULT);
    EXPECT_PA(rx, ACCESS_LOAD, pa);
    EXPECT_PA(rx, ACCESS_FETCH, pa);

    /* MXR: loads from execute-only pages; stores still need W. */
    h.mstatus |= MSTATUS_MXR;
    EXPECT_PA(x, ACCESS_LOAD, pa);
    EXPECT_EXC(x, ACCESS_STORE, EXC_STORE_PAGE_FAULT);
    EXPECT_PA(r, ACCESS_LOAD, pa);
    h.mstatus &= ~MSTATUS_MXR;
}

static void test_user_supervisor(void)
{
    reset(SATP_MODE_SV48);
    uint64_t upage = 0x20000, spage = 0x21000, uxpage = 0x22000, pa = 0x88000000ull;
    map(upage, pa, 0, FULL | PTE_U);
    map(spage, pa + PG, 0, FULL);
    map(uxpage, pa + 2 * PG, 0, LEAF | PTE_X | PTE_U);

    /* U-mode: only U = 1 pages. */
    h.priv = PRV_U;
    EXPECT_PA(upage, ACCESS_LOAD, pa);
    EXPECT_PA(upage, ACCESS_STORE, pa);
    EXPECT_PA(upage, ACCESS_FETCH, pa);
    EXPECT_PF_ALL(spage);
    h.mstatus |= MSTATUS_SUM; /* SUM does not matter to U-mode */
    EXPECT_PF_ALL(spage);

    /* S-mode: U = 1 pages need SUM for loads/stores, and are never executable. */
    h.priv = PRV_S;
    h.mstatus &= ~MSTATUS_SUM;
    EXPECT_PF_ALL(upage);
    EXPECT_PA(spage, ACCESS_LOAD, pa + PG);
    EXPECT_PA(spage, ACCESS_FETCH, pa + PG);
    h.mstatus |= MSTATUS_SUM;
    EXPECT_PA(upage, ACCESS_LOAD, pa);
    EXPECT_PA(upage, ACCESS_STORE, pa);
    EXPECT_EXC(upage, ACCESS_FETCH, EXC_INSN_PAGE_FAULT);
    /* SUM + MXR: S may load a user execute-only page. */
    EXPECT_EXC(uxpage, ACCESS_LOAD, EXC_LOAD_PAGE_FAULT);
    h.mstatus |= MSTATUS_MXR;
    EXPECT_PA(uxpage, ACCESS_LOAD, pa + 2 * PG);
    h.mstatus &= ~MSTATUS_SUM;
    EXPECT_EXC(uxpage, ACCESS_LOAD, EXC_LOAD_PAGE_FAULT);
}

static void test_mprv_and_bare(void)
{
    reset(SATP_MODE_SV39);
    uint64_t va = 0x30000, upage = 0x31000, pa = 0x88000000ull;
    map(va, pa, 0, FULL);
    map(upage, pa + PG, 0, FULL | PTE_U);

    /* M-mode: never translated. */
    h.priv = PRV_M;
    EXPECT_PA(va, ACCESS_LOAD, va);
    EXPECT_PA(va, ACCESS_FETCH, va);

    /* MPRV with MPP = S: loads and stores translated as S, fetches not. */
    h.mstatus = MSTATUS_MPRV | ((uint64_t)PRV_S << MSTATUS_MPP_SHIFT);
    EXPECT_PA(va + 8, ACCESS_LOAD, pa + 8);
    EXPECT_PA(va + 8, ACCESS_STORE, pa + 8);
    EXPECT_PA(va + 8, ACCESS_FETCH, va + 8);
    EXPECT_EXC(upage, ACCESS_LOAD, EXC_LOAD_PAGE_FAULT); /* S without SUM */
    h.mstatus |= MSTATUS_SUM;
    EXPECT_PA(upage, ACCESS_LOAD, pa + PG);

    /* MPP = U: U rules. */
    h.mstatus = MSTATUS_MPRV | ((uint64_t)PRV_U << MSTATUS_MPP_SHIFT);
    EXPECT_EXC(va, ACCESS_LOAD, EXC_LOAD_PAGE_FAULT);
    EXPECT_EXC(va, ACCESS_STORE, EXC_STORE_PAGE_FAULT);
    EXPECT_PA(upage, ACCESS_STORE, pa + PG);

    /* MPP = M: no translation. */
    h.mstatus = MSTATUS_MPRV | ((uint64_t)PRV_M << MSTATUS_MPP_SHIFT);
    EXPECT_PA(va, ACCESS_LOAD, va);

    /* MPRV is ignored outside M-mode. */
    h.priv = PRV_S;
    h.mstatus = MSTATUS_MPRV | ((uint64_t)PRV_U << MSTATUS_MPP_SHIFT);
    EXPECT_PA(va, ACCESS_LOAD, pa);

    /* satp.MODE = Bare: pa = va in S and U. */
    reset(SATP_MODE_BARE);
    EXPECT_PA(0x80001234ull, ACCESS_LOAD, 0x80001234ull);
    h.priv = PRV_U;
    EXPECT_PA(0x123456789abcull, ACCESS_FETCH, 0x123456789abcull);
}

static void test_noncanonical(void)
{
    reset(SATP_MODE_SV39);
    map(0, 0xc0000000ull, 2, FULL); /* 1 GiB at 0 */
    EXPECT_PA(0x123, ACCESS_LOAD, 0xc0000123ull);
    EXPECT_PF_ALL(0x4000000000ull);       /* bit 38 set, 63:39 clear */
    EXPECT_PF_ALL(0x8000000123ull);       /* bit 39 set */
    EXPECT_PF_ALL(0x8000000000000123ull); /* bit 63 only */
    EXPECT_PF_ALL(0xffffffbffffff000ull); /* 63:39 set, 38 clear */
    EXPECT_EXC(0xffffffc000000000ull, ACCESS_LOAD, EXC_LOAD_PAGE_FAULT); /* canonical, unmapped */

    reset(SATP_MODE_SV48);
    map(0, 0xc0000000ull, 2, FULL);
    EXPECT_PA(0x456, ACCESS_STORE, 0xc0000456ull);
    EXPECT_PF_ALL(0x800000000000ull);
    EXPECT_PF_ALL(0x1000000000000ull);
    EXPECT_PF_ALL(0xffff7ffffffff000ull);

    reset(SATP_MODE_SV57);
    map(0, 0xc0000000ull, 2, FULL);
    EXPECT_PA(0x789, ACCESS_FETCH, 0xc0000789ull);
    EXPECT_PF_ALL(0x0100000000000000ull);
    EXPECT_PF_ALL(0x0200000000000000ull);
    EXPECT_PF_ALL(0xfefffffffffff000ull);
}

static void test_accessed_dirty(void)
{
    reset(SATP_MODE_SV39);
    uint64_t va = 0x50000, pa = 0x88000000ull;
    uint64_t pte = map(va, pa, 0, PTE_V | RWX);

    EXPECT_PA(va, ACCESS_LOAD, pa);
    CHECK_EQ(*host(pte) & (PTE_A | PTE_D), PTE_A); /* loads set A only */
    EXPECT_PA(va, ACCESS_STORE, pa);
    CHECK_EQ(*host(pte) & (PTE_A | PTE_D), PTE_A | PTE_D);
    CHECK_EQ(*host(pte), pte_of(pa, PTE_V | RWX | PTE_A | PTE_D)); /* nothing else changed */

    *host(pte) = pte_of(pa, PTE_V | RWX);
    EXPECT_PA(va, ACCESS_FETCH, pa);
    CHECK_EQ(*host(pte) & (PTE_A | PTE_D), PTE_A);

    *host(pte) = pte_of(pa, PTE_V | RWX);
    EXPECT_PA(va, ACCESS_STORE, pa); /* a store sets both */
    CHECK_EQ(*host(pte) & (PTE_A | PTE_D), PTE_A | PTE_D);

    /* A faulting access changes nothing. */
    *host(pte) = pte_of(pa, PTE_V | PTE_R);
    EXPECT_EXC(va, ACCESS_STORE, EXC_STORE_PAGE_FAULT);
    CHECK_EQ(*host(pte) & (PTE_A | PTE_D), 0);

    /* Superpage leaf; the non-leaf PTEs are left alone. */
    reset(SATP_MODE_SV48);
    pte = map(1ull << 30, 0x40000000ull, 2, PTE_V | PTE_R | PTE_W);
    uint64_t l3 = *host(root);
    EXPECT_PA((1ull << 30) + 0x1234, ACCESS_STORE, 0x40001234ull);
    CHECK_EQ(*host(pte) & (PTE_A | PTE_D), PTE_A | PTE_D);
    CHECK_EQ(*host(root), l3);
}

static void test_pte_outside_ram(void)
{
    /* Root table outside RAM. */
    reset(SATP_MODE_SV39);
    h.satp = ((uint64_t)SATP_MODE_SV39 << SATP_MODE_SHIFT) | (0x10000000ull >> 12);
    EXPECT_EXC(0x1000, ACCESS_FETCH, EXC_INSN_ACCESS);
    EXPECT_EXC(0x1000, ACCESS_LOAD, EXC_LOAD_ACCESS);
    EXPECT_EXC(0x1000, ACCESS_STORE, EXC_STORE_ACCESS);

    /* A non-leaf PTE pointing past the end of RAM. */
    reset(SATP_MODE_SV39);
    *host(root) = pte_of(RAM_BASE + RAM_SIZE, PTE_V);
    EXPECT_EXC(0x2000, ACCESS_FETCH, EXC_INSN_ACCESS);
    EXPECT_EXC(0x2000, ACCESS_LOAD, EXC_LOAD_ACCESS);
    EXPECT_EXC(0x2000, ACCESS_STORE, EXC_STORE_ACCESS);

    /* The leaf itself may point anywhere: translation does not touch the target. */
    reset(SATP_MODE_SV39);
    map(0x3000, 0x1000, 0, FULL);
    EXPECT_PA(0x3008, ACCESS_LOAD, 0x1008);
}

/* ------------------------------------------------------------------------------------------ */

static void test_pmp_tor(void)
{
    reset(SATP_MODE_BARE);
    /* Entry 0: TOR [0, 0x80001000) R; entry 1: TOR [0x80001000, 0x80002000) RW. */
    set_pmp(0, PMP_A_TOR | PMP_R, 0x80001000ull >> 2);
    set_pmp(1, PMP_A_TOR | PMP_R | PMP_W, 0x80002000ull >> 2);

    CHECK(pmp_allows(&h, 0, 8, ACCESS_LOAD, PRV_S));
    CHECK(pmp_allows(&h, 0x80000ff8ull, 8, ACCESS_LOAD, PRV_S));
    CHECK(!pmp_allows(&h, 0x80000ff8ull, 8, ACCESS_STORE, PRV_S));
    CHECK(!pmp_allows(&h, 0x80000ff8ull, 8, ACCESS_FETCH, PRV_U));
    CHECK(pmp_allows(&h, 0x80001000ull, 8, ACCESS_STORE, PRV_S));
    CHECK(pmp_allows(&h, 0x80001ffcull, 4, ACCESS_STORE, PRV_U));
    /* Above both: no match, so S/U fail and M succeeds. */
    CHECK(!pmp_allows(&h, 0x80002000ull, 1, ACCESS_LOAD, PRV_S));
    CHECK(!pmp_allows(&h, 0x80002000ull, 1, ACCESS_LOAD, PRV_U));
    CHECK(pmp_allows(&h, 0x80002000ull, 1, ACCESS_STORE, PRV_M));
    /* M-mode is not restricted by unlocked entries. */
    CHECK(pmp_allows(&h, 0x80000000ull, 8, ACCESS_STORE, PRV_M));
    CHECK(pmp_allows(&h, 0x80000000ull, 8, ACCESS_FETCH, PRV_M));

    /* Through mmu_translate: access faults of the access type. */
    h.priv = PRV_S;
    EXPECT_PA(0x80000010ull, ACCESS_LOAD, 0x80000010ull);
    EXPECT_EXC(0x80000010ull, ACCESS_STORE, EXC_STORE_ACCESS);
    EXPECT_EXC(0x80000010ull, ACCESS_FETCH, EXC_INSN_ACCESS);
    EXPECT_EXC(0x80002000ull, ACCESS_LOAD, EXC_LOAD_ACCESS);

    /* TOR with pmpaddr[i-1] >= pmpaddr[i] matches nothing. */
    reset(SATP_MODE_BARE);
    set_pmp(0, PMP_A_OFF, 0x80002000ull >> 2); /* an OFF entry still supplies the base */
    set_pmp(1, PMP_A_TOR | PMP_R | PMP_W | PMP_X, 0x80001000ull >> 2);
    set_pmp(2, PMP_A_TOR | PMP_R, 0x80003000ull >> 2); /* [0x80001000, 0x80003000) */
    CHECK(!pmp_allows(&h, 0x80001800ull, 4, ACCESS_STORE, PRV_S));
    CHECK(pmp_allows(&h, 0x80001800ull, 4, ACCESS_LOAD, PRV_S));
    CHECK(!pmp_allows(&h, 0x80000800ull, 4, ACCESS_LOAD, PRV_S));
    set_pmp(0, PMP_A_OFF, 0x80000000ull >> 2); /* now entry 1 is [0x80000000, 0x80001000) */
    CHECK(pmp_allows(&h, 0x80000800ull, 4, ACCESS_STORE, PRV_S));
    /* TOR entry 0 with pmpaddr0 = 0 is the empty range [0, 0). */
    reset(SATP_MODE_BARE);
    set_pmp(0, PMP_A_TOR | PMP_R | PMP_W | PMP_X, 0);
    CHECK(!pmp_allows(&h, 0, 4, ACCESS_LOAD, PRV_S));
    CHECK(!pmp_allows(&h, 0x80000000ull, 4, ACCESS_LOAD, PRV_S));
    CHECK(!pmp_allows(&h, ~0ull - 3, 4, ACCESS_LOAD, PRV_S));
}

static void test_pmp_na4_napot(void)
{
    reset(SATP_MODE_BARE);
    set_pmp(0, PMP_A_NA4 | PMP_R, 0x80003000ull >> 2);
    CHECK(pmp_allows(&h, 0x80003000ull, 4, ACCESS_LOAD, PRV_S));
    CHECK(pmp_allows(&h, 0x80003003ull, 1, ACCESS_LOAD, PRV_S));
    CHECK(!pmp_allows(&h, 0x80003004ull, 1, ACCESS_LOAD, PRV_S));
    CHECK(!pmp_allows(&h, 0x80002ffcull, 4, ACCESS_LOAD, PRV_S));
    CHECK(!pmp_allows(&h, 0x80003000ull, 4, ACCESS_STORE, PRV_S));

    /* NAPOT 64 KiB at 0x80010000, 8 bytes at 0x80020008. */
    set_pmp(1, PMP_A_NAPOT | PMP_R | PMP_W, napot(0x80010000ull, 0x10000));
    set_pmp(2, PMP_A_NAPOT | PMP_X, napot(0x80020008ull, 8));
    CHECK(pmp_allows(&h, 0x80010000ull, 8, ACCESS_STORE, PRV_U));
    CHECK(pmp_allows(&h, 0x8001fff8ull, 8, ACCESS_LOAD, PRV_S));
    CHECK(!pmp_allows(&h, 0x8001fff8ull, 8, ACCESS_FETCH, PRV_S));
    CHECK(!pmp_allows(&h, 0x80020000ull, 4, ACCESS_LOAD, PRV_S));
    CHECK(!pmp_allows(&h, 0x8000fffcull, 4, ACCESS_LOAD, PRV_S));
    CHECK(pmp_allows(&h, 0x80020008ull, 8, ACCESS_FETCH, PRV_S));
    CHECK(pmp_allows(&h, 0x8002000cull, 4, ACCESS_FETCH, PRV_U));
    CHECK(!pmp_allows(&h, 0x80020004ull, 4, ACCESS_FETCH, PRV_S));
    CHECK(!pmp_allows(&h, 0x80020010ull, 4, ACCESS_FETCH, PRV_S));

    /* NAPOT with all pmpaddr bits set covers the whole physical address space. */
    reset(SATP_MODE_BARE);
    set_pmp(0, PMP_A_NAPOT | PMP_R, (1ull << 54) - 1);
    CHECK(pmp_allows(&h, 0, 8, ACCESS_LOAD, PRV_S));
    CHECK(pmp_allows(&h, (1ull << 56) - 8, 8, ACCESS_LOAD, PRV_S));
    CHECK(!pmp_allows(&h, 0x80000000ull, 8, ACCESS_STORE, PRV_S));
    /* ... and so does the usual firmware value (bits above 53 ignored). */
    set_pmp(0, PMP_A_NAPOT | PMP_R | PMP_W | PMP_X, ~0ull);
    CHECK(pmp_allows(&h, 0x80000000ull, 8, ACCESS_STORE, PRV_U));
    CHECK(pmp_allows(&h, (1ull << 56) - 1, 1, ACCESS_FETCH, PRV_U));
    /* 2^56 bytes at 0 (53 trailing ones). */
    set_pmp(0, PMP_A_NAPOT | PMP_R, napot(0, 1ull << 56));
    CHECK(pmp_allows(&h, (1ull << 56) - 4, 4, ACCESS_LOAD, PRV_S));
}

static void test_pmp_lock_priority_partial(void)
{
    reset(SATP_MODE_BARE);
    /* L applies the permissions to M-mode too. */
    set_pmp(0, PMP_A_NAPOT | PMP_L | PMP_R, napot(0x80000000ull, 0x1000));
    CHECK(pmp_allows(&h, 0x80000100ull, 8, ACCESS_LOAD, PRV_M));
    CHECK(!pmp_allows(&h, 0x80000100ull, 8, ACCESS_STORE, PRV_M));
    CHECK(!pmp_allows(&h, 0x80000100ull, 8, ACCESS_FETCH, PRV_M));
    CHECK(pmp_allows(&h, 0x80001000ull, 8, ACCESS_STORE, PRV_M)); /* no match */
    h.priv = PRV_M;
    EXPECT_EXC(0x80000100ull, ACCESS_STORE, EXC_STORE_ACCESS);
    EXPECT_EXC(0x80000100ull, ACCESS_FETCH, EXC_INSN_ACCESS);
    EXPECT_PA(0x80000100ull, ACCESS_LOAD, 0x80000100ull);
    set_pmp(0, PMP_A_NAPOT | PMP_R, napot(0x80000000ull, 0x1000));
    CHECK(pmp_allows(&h, 0x80000100ull, 8, ACCESS_STORE, PRV_M));

    /* The lowest-numbered match wins. */
    reset(SATP_MODE_BARE);
    set_pmp(0, PMP_A_NAPOT, napot(0x80004000ull, 0x1000)); /* no access */
    set_pmp(1, PMP_A_NAPOT | PMP_R | PMP_W | PMP_X, napot(0x80000000ull, 1ull << 20)); /* all */
    CHECK(!pmp_allows(&h, 0x80004800ull, 4, ACCESS_LOAD, PRV_S));
    CHECK(pmp_allows(&h, 0x80005000ull, 4, ACCESS_LOAD, PRV_S));
    CHECK(pmp_allows(&h, 0x80003ffcull, 4, ACCESS_LOAD, PRV_S));
    set_pmp(0, PMP_A_OFF, 0);
    set_pmp(2, PMP_A_NAPOT, napot(0x80004000ull, 0x1000)); /* shadowed by entry 1 */
    CHECK(pmp_allows(&h, 0x80004800ull, 4, ACCESS_LOAD, PRV_S));
    /* Entries beyond the first pmpcfg word work too. */
    set_pmp(1, PMP_A_OFF, 0);
    set_pmp(63, PMP_A_NAPOT | PMP_X, napot(0x80008000ull, 0x1000));
    CHECK(pmp_allows(&h, 0x80008000ull, 4, ACCESS_FETCH, PRV_U));
    CHECK(!pmp_allows(&h, 0x80008000ull, 4, ACCESS_LOAD, PRV_U));
    CHECK(!pmp_allows(&h, 0x80004800ull, 4, ACCESS_LOAD, PRV_S)); /* entry 2, no access */

    /* A partial match fails, whatever the permissions and even in M-mode. */
    reset(SATP_MODE_BARE);
    set_pmp(0, PMP_A_NA4 | PMP_R | PMP_W | PMP_X, 0x80001000ull >> 2);
    set_pmp(1, PMP_A_NAPOT | PMP_R | PMP_W | PMP_X, ~0ull);
    CHECK(pmp_allows(&h, 0x80001000ull, 4, ACCESS_LOAD, PRV_S));
    CHECK(!pmp_allows(&h, 0x80001000ull, 8, ACCESS_LOAD, PRV_S));
    CHECK(!pmp_allows(&h, 0x80000ffcull, 8, ACCESS_LOAD, PRV_S));
    CHECK(!pmp_allows(&h, 0x80001000ull, 8, ACCESS_LOAD, PRV_M));
    CHECK(pmp_allows(&h, 0x80001008ull, 8, ACCESS_LOAD, PRV_S));
    /* A TOR region ending in the middle of an access. */
    reset(SATP_MODE_BARE);
    set_pmp(0, PMP_A_TOR | PMP_R | PMP_W, 0x80001004ull >> 2);
    CHECK(pmp_allows(&h, 0x80001000ull, 4, ACCESS_LOAD, PRV_S));
    CHECK(!pmp_allows(&h, 0x80001000ull, 8, ACCESS_LOAD, PRV_S));
    CHECK(!pmp_allows(&h, 0x80001000ull, 8, ACCESS_LOAD, PRV_M));
}

static void test_pmp_no_entries_and_mprv(void)
{
    /* No active entry at all: everything is allowed (capa's choice, see mmu.c). */
    reset(SATP_MODE_BARE);
    h.pmpaddr[0] = 0x12345; /* an address alone does not activate an entry */
    CHECK(pmp_allows(&h, 0x80000000ull, 8, ACCESS_STORE, PRV_U));
    CHECK(pmp_allows(&h, 0x80000000ull, 8, ACCESS_FETCH, PRV_S));
    CHECK(pmp_allows(&h, 0x80000000ull, 8, ACCESS_STORE, PRV_M));
    /* One active entry anywhere: unmatched S/U accesses fail. */
    set_pmp(40, PMP_A_NA4, 0x10);
    CHECK(!pmp_allows(&h, 0x80000000ull, 8, ACCESS_LOAD, PRV_U));
    CHECK(!pmp_allows(&h, 0x80000000ull, 8, ACCESS_LOAD, PRV_S));
    CHECK(pmp_allows(&h, 0x80000000ull, 8, ACCESS_LOAD, PRV_M));

    /* MPRV: loads and stores are PMP-checked at MPP, fetches at M. */
    reset(SATP_MODE_BARE);
    set_pmp(0, PMP_A_NAPOT | PMP_R, napot(0x80000000ull, 0x10000));
    h.priv = PRV_M;
    h.mstatus = MSTATUS_MPRV | ((uint64_t)PRV_U << MSTATUS_MPP_SHIFT);
    EXPECT_PA(0x80000000ull, ACCESS_LOAD, 0x80000000ull);
    EXPECT_EXC(0x80000000ull, ACCESS_STORE, EXC_STORE_ACCESS);
    EXPECT_EXC(0x90000000ull, ACCESS_LOAD, EXC_LOAD_ACCESS);
    EXPECT_PA(0x90000000ull, ACCESS_FETCH, 0x90000000ull);
    EXPECT_PA(0x80000000ull, ACCESS_FETCH, 0x80000000ull);
    h.mstatus = 0;
    EXPECT_PA(0x80000000ull, ACCESS_STORE, 0x80000000ull);
}

static void test_pmp_with_translation(void)
{
    /* PMP on the final physical address: an access fault, not a page fault. */
    reset(SATP_MODE_SV39);
    uint64_t va = 0x60000, pa = 0x80400000ull;
    map(va, pa, 0, FULL);
    set_pmp(0, PMP_A_NAPOT | PMP_R | PMP_W | PMP_X, napot(RAM_BASE, 0x100000)); /* tables */
    set_pmp(1, PMP_A_NAPOT | PMP_R, napot(pa, PG));
    EXPECT_PA(va + 4, ACCESS_LOAD, pa + 4);
    EXPECT_EXC(va + 4, ACCESS_STORE, EXC_STORE_ACCESS);
    EXPECT_EXC(va + 4, ACCESS_FETCH, EXC_INSN_ACCESS);
    EXPECT_EXC(0x70000, ACCESS_STORE, EXC_STORE_PAGE_FAULT); /* the walk comes first */

    /* Page-table reads are checked as S-mode loads: denied → access fault of the access type. */
    reset(SATP_MODE_SV39);
    map(va, pa, 0, FULL);
    set_pmp(0, PMP_A_NAPOT, napot(root, PG)); /* root table: no access for S */
    set_pmp(1, PMP_A_NAPOT | PMP_R | PMP_W | PMP_X, ~0ull);
    EXPECT_EXC(va, ACCESS_FETCH, EXC_INSN_ACCESS);
    EXPECT_EXC(va, ACCESS_LOAD, EXC_LOAD_ACCESS);
    EXPECT_EXC(va, ACCESS_STORE, EXC_STORE_ACCESS);
    /* ... even when the access itself is in M-mode with MPRV. */
    h.priv = PRV_M;
    h.mstatus = MSTATUS_MPRV | ((uint64_t)PRV_S << MSTATUS_MPP_SHIFT);
    EXPECT_EXC(va, ACCESS_LOAD, EXC_LOAD_ACCESS);
    EXPECT_PA(va, ACCESS_FETCH, va);
    /* Read-only page tables are fine for the walk itself. */
    h.priv = PRV_S;
    h.mstatus = 0;
    set_pmp(0, PMP_A_NAPOT | PMP_R, napot(root, PG));
    EXPECT_PA(va, ACCESS_STORE, pa);

    /* Setting A/D writes the PTE: PMP must allow an S-mode store to it. */
    reset(SATP_MODE_SV39);
    uint64_t pte = map(va, pa, 0, PTE_V | RWX);
    set_pmp(0, PMP_A_NAPOT | PMP_R, napot(pte & ~(PG - 1), PG)); /* leaf table read-only */
    set_pmp(1, PMP_A_NAPOT | PMP_R | PMP_W | PMP_X, ~0ull);
    EXPECT_EXC(va, ACCESS_LOAD, EXC_LOAD_ACCESS);
    EXPECT_EXC(va, ACCESS_FETCH, EXC_INSN_ACCESS);
    EXPECT_EXC(va, ACCESS_STORE, EXC_STORE_ACCESS);
    CHECK_EQ(*host(pte) & (PTE_A | PTE_D), 0);
    *host(pte) |= PTE_A;
    EXPECT_PA(va, ACCESS_LOAD, pa);
    EXPECT_EXC(va, ACCESS_STORE, EXC_STORE_ACCESS); /* D still needs a write */
    *host(pte) |= PTE_D;
    EXPECT_PA(va, ACCESS_STORE, pa);
}

static bool whole_at(uint64_t va, enum mem_access acc)
{
    uint64_t pa;
    bool whole = false;
    int exc = mmu_translate(&h, va, acc, &pa, &whole);
    return exc == EXC_NONE && whole;
}

static void test_whole_page(void)
{
    reset(SATP_MODE_BARE);
    h.priv = PRV_M;
    CHECK(whole_at(0x80005123ull, ACCESS_LOAD)); /* no PMP */

    /* A region covering the page exactly, or more. */
    set_pmp(0, PMP_A_NAPOT | PMP_R | PMP_W | PMP_X, napot(0x80005000ull, PG));
    CHECK(whole_at(0x80005123ull, ACCESS_LOAD));
    CHECK(whole_at(0x80006000ull, ACCESS_LOAD)); /* a page no region touches */
    set_pmp(0, PMP_A_NAPOT | PMP_R | PMP_W | PMP_X, napot(0x80000000ull, 0x100000));
    CHECK(whole_at(0x80005123ull, ACCESS_STORE));

    /* NA4 inside the page: not whole, even for bytes outside the NA4 region. */
    set_pmp(0, PMP_A_NA4 | PMP_R | PMP_W | PMP_X, 0x80005100ull >> 2);
    CHECK(!whole_at(0x80005100ull, ACCESS_LOAD));
    CHECK(!whole_at(0x80005ff0ull, ACCESS_LOAD));
    CHECK(whole_at(0x80004ff0ull, ACCESS_LOAD));

    /* A TOR boundary in the middle of a page; TOR ends on page boundaries are fine. */
    reset(SATP_MODE_BARE);
    h.priv = PRV_S;
    set_pmp(0, PMP_A_TOR | PMP_R, 0x80005800ull >> 2);
    set_pmp(1, PMP_A_TOR | PMP_R | PMP_W, 0x80007000ull >> 2);
    CHECK(!whole_at(0x80005000ull, ACCESS_LOAD));
    CHECK(!whole_at(0x80005900ull, ACCESS_STORE));
    CHECK(whole_at(0x80004000ull, ACCESS_LOAD));
    CHECK(whole_at(0x80006000ull, ACCESS_STORE));

    /* A split region shadowed by a higher-priority one covering the page does not matter. */
    reset(SATP_MODE_BARE);
    h.priv = PRV_S;
    set_pmp(0, PMP_A_NAPOT | PMP_R, napot(0x80000000ull, 0x10000));
    set_pmp(1, PMP_A_NA4, 0x80005100ull >> 2);
    CHECK(whole_at(0x80005100ull, ACCESS_LOAD));
    /* But a lower-numbered one partly overlapping does. */
    set_pmp(0, PMP_A_NA4, 0x80005100ull >> 2);
    set_pmp(1, PMP_A_NAPOT | PMP_R, napot(0x80000000ull, 0x10000));
    CHECK(!whole_at(0x80005200ull, ACCESS_LOAD));

    /* With translation: the physical page decides, superpages included. */
    reset(SATP_MODE_SV39);
    map(0x200000, 0x80200000ull, 1, FULL); /* 2 MiB */
    set_pmp(0, PMP_A_NAPOT | PMP_R | PMP_W | PMP_X, napot(0x80000000ull, 0x200000));
    set_pmp(1, PMP_A_NAPOT | PMP_R | PMP_W | PMP_X, napot(0x80200000ull, 0x800));
    set_pmp(2, PMP_A_NAPOT | PMP_R | PMP_W | PMP_X, napot(0x80200000ull, 0x200000));
    CHECK(!whole_at(0x200010, ACCESS_LOAD));
    CHECK(whole_at(0x201010, ACCESS_LOAD));
    CHECK(whole_at(0x3ff000, ACCESS_STORE));
}

int main(void)
{
    ram = aligned_alloc(PG, RAM_SIZE);
    if (!ram)
        return 2;
    bus_init(&bus);
    if (bus_map_ram(&bus, "ram", RAM_BASE, RAM_SIZE, ram) != 0)
        return 2;

    test_4k();
    test_superpages();
    test_invalid_ptes();
    test_permissions();
    test_user_supervisor();
    test_mprv_and_bare();
    test_noncanonical();
    test_accessed_dirty();
    test_pte_outside_ram();
    test_pmp_tor();
    test_pmp_na4_napot();
    test_pmp_lock_priority_partial();
    test_pmp_no_entries_and_mprv();
    test_pmp_with_translation();
    test_whole_page();

    free(ram);
    return check_report("mmu");
}
