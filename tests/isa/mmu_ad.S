/* mmu_ad.S - hardware update of the PTE Accessed and Dirty bits under Sv39 (capa ISA test).
 *
 * Written from the RISC-V Privileged Architecture v1.12 (20211203):
 *   4.3.1 "Each leaf PTE contains an accessed (A) and dirty (D) bit ... Two schemes to manage
 *         the A and D bits are permitted": raise a page fault, or have the implementation set
 *         the bits (atomically, and visibly before the access). D updates must be exact (never
 *         speculative); A and D are never cleared by the implementation. For non-leaf PTEs the
 *         D, A and U bits are reserved (software keeps them 0; translation does not set them).
 *   4.3.2 step 5 (permission check) precedes step 7 (A/D update), so a store that faults on
 *         permissions does not set D.
 * capa implements the hardware-update scheme (as QEMU does), so this test asserts it: an
 * implementation that chose the page-fault scheme would fail cases 1, 4, ... with a page fault.
 *   - a load sets A and leaves D clear; a store sets A and D; a store to an A=1/D=0 page sets D;
 *   - an instruction fetch sets A; an AMO sets A and D;
 *   - a 2 MiB leaf at level 1 gets A; the non-leaf PTEs on the path are left unchanged;
 *   - a store that faults (read-only page) does not set D.
 * Map: root[2] 1 GiB identity (A=D=1); root[3] -> l1; l1[0] -> l0 (4 KiB pages at 0xC0000000);
 * l1[1] 2 MiB at VA 0xC0200000 -> PA 0x80000000 with A=D=0. */
#include "env.h"
#include "priv_macros.h"

#define U_ALIAS_OFF 0x40000000
#define VA(i) (0xC0000000 + (i) * 0x1000)
#define VA_MEGA 0xC0200000
#define FL_RW (PTE_V | PTE_R | PTE_W)

/* a2 = the PTE at table[idx]. Uses t3, t4. */
#define PT_LOAD(table, idx)                                                                        \
    la t3, table;                                                                                  \
    li t4, ((idx) * 8);                                                                            \
    add t3, t3, t4;                                                                                \
    ld a2, 0(t3);

/* Case n: (table[idx] & (A|D)) == want. */
#define CHECK_AD(n, table, idx, want)                                                              \
    PT_LOAD(table, idx)                                                                            \
    CHECK_FIELD(n, a2, PTE_A | PTE_D, want)

RVTEST_BEGIN
    PRIV_INIT
    li t0, MEDELEG_PAGE_FAULTS
    csrw medeleg, t0

    PT_LEAF_PA(pt_root, 2, 0x80000000, PTE_V | PTE_RWX | PTE_A | PTE_D)
    PT_LINK(pt_root, 3, pt_l1)
    PT_LINK(pt_l1, 0, pt_l0)
    PT_LEAF_PA(pt_l1, 1, 0x80000000, FL_RW)
    PT_LEAF_LABEL(pt_l0, 0, page_a, FL_RW)
    PT_LEAF_LABEL(pt_l0, 1, page_b, FL_RW)
    PT_LEAF_LABEL(pt_l0, 2, page_c, FL_RW | PTE_A)
    PT_LEAF_LABEL(pt_l0, 3, page_d, PTE_V | PTE_X)
    PT_LEAF_LABEL(pt_l0, 4, page_e, FL_RW)
    PT_LEAF_LABEL(pt_l0, 5, page_f, PTE_V | PTE_R)
    SATP_SET(SATP_MODE_SV39, pt_root)

    /* load: A only */
    li a0, VA(0)
    S_OK(1, ld a1, 0(a0))
    CHECK_AD(2, pt_l0, 0, PTE_A)
    li t0, 0x5a5a
    CHECK_REG(3, a1, t0)
    S_OK(4, ld a1, 8(a0))                      /* stays A only */
    CHECK_AD(5, pt_l0, 0, PTE_A)

    /* store to A=0, D=0: both */
    li a0, VA(1)
    li a1, 0x77
    S_OK(6, sd a1, 0(a0))
    CHECK_AD(7, pt_l0, 1, PTE_A | PTE_D)
    la t0, page_b
    ld t0, 0(t0)
    CHECK_EQ(8, t0, 0x77)

    /* store to A=1, D=0: D */
    li a0, VA(2)
    S_OK(9, sd a1, 0(a0))
    CHECK_AD(10, pt_l0, 2, PTE_A | PTE_D)

    /* instruction fetch: A only */
    li a0, VA(3)
    FETCH_OK(11, PRV_S)
    CHECK_AD(12, pt_l0, 3, PTE_A)

    /* AMO: A and D */
    li a0, VA(4)
    li a1, 5
    S_OK(13, amoadd.d a1, a1, (a0))
    CHECK_AD(14, pt_l0, 4, PTE_A | PTE_D)
    la t0, page_e
    ld t0, 0(t0)
    CHECK_EQ(15, t0, 0x1005)

    /* read-only page: the load sets A; a store faults and must not set D */
    li a0, VA(5)
    S_OK(16, ld a1, 0(a0))
    CHECK_AD(17, pt_l0, 5, PTE_A)
    S_FAULT(18, CAUSE_STORE_PAGE_FAULT, sd a1, 0(a0))
    CHECK_AD(19, pt_l0, 5, PTE_A)

    /* a 2 MiB leaf gets A and D; the non-leaf PTEs above stay as software wrote them */
    la t0, page_a
    li t1, 0x80000000
    sub t0, t0, t1
    li a0, VA_MEGA
    add a0, a0, t0
    S_OK(20, ld a1, 0(a0))
    CHECK_AD(21, pt_l1, 1, PTE_A)
    S_OK(22, sd a1, 16(a0))
    CHECK_AD(23, pt_l1, 1, PTE_A | PTE_D)
    la t1, pt_l1
    PTE_FOR(t2, t1, PTE_V)
    PT_LOAD(pt_root, 3)
    CHECK_REG(24, a2, t2)
    la t1, pt_l0
    PTE_FOR(t2, t1, PTE_V)
    PT_LOAD(pt_l1, 0)
    CHECK_REG(25, a2, t2)

    /* the accessed bits are never cleared by the implementation: a later access keeps them */
    li a0, VA(1)
    S_OK(26, ld a1, 0(a0))
    CHECK_AD(27, pt_l0, 1, PTE_A | PTE_D)

    csrw satp, zero
    sfence.vma
    RVTEST_PASS

    PRIV_TRAP_HANDLERS

RVTEST_END

    .data
    .align 12
pt_root:
    .zero 4096
pt_l1:
    .zero 4096
pt_l0:
    .zero 4096
page_a:
    .dword 0x5a5a
    .zero 4088
page_b:
    .zero 4096
page_c:
    .zero 4096
page_d:
    .word 0x00000073                           /* ecall */
    .zero 4092
page_e:
    .dword 0x1000
    .zero 4088
page_f:
    .zero 4096
