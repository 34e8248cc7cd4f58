/* mmu_sv57.S - Sv57 address translation and protection (capa ISA test).
 *
 * Written from the RISC-V Privileged Architecture v1.12 (20211203):
 *   4.1.11 satp (MODE=10 Sv57)     4.2.1 SFENCE.VMA      4.3.1 PTE permissions (V, R/W/X, U,
 *          SUM, MXR; W without R reserved; a pointer PTE at level 0 faults)
 *   4.3.2  translation algorithm (misaligned superpages fault; stval = faulting VA)
 *   4.6    Sv57: five levels; VA bits 63:57 must equal bit 56 (else page fault); 4 KiB, 2 MiB,
 *          1 GiB, 512 GiB and 256 TiB pages.
 * Page faults are delegated to S; see priv_macros.h for the S_/U_/FETCH_ helpers.
 *
 * Address map (A=1 everywhere, D=1 where writable):
 *   root[0]   -> l3
 *     l3[0]   -> l2
 *       l2[1]   1 GiB  VA 0x40000000 -> PA 0x80000000  RWX U  (U-mode view of the program)
 *       l2[2]   1 GiB  VA 0x80000000 -> PA 0x80000000  RWX    (identity)
 *       l2[3]   -> l1 (l1[0] -> l0 4 KiB pages at 0xC0000000; l1[1] 2 MiB; l1[2] misaligned
 *                      2 MiB; l1[3] W-only 2 MiB) - the same layout as mmu_sv39.S
 *       l2[4]   1 GiB  VA 0x100000000 -> PA 0x80200000     (misaligned)
 *     l3[1]   512 GiB VA 0x8000000000 -> PA 0
 *     l3[2]   512 GiB VA 0x10000000000 -> PA 0x80000000   (misaligned)
 *     l3[256] 512 GiB VA 0x800000000000 -> PA 0           (canonical in Sv57, not in Sv48)
 *   root[1]   256 TiB VA 0x1000000000000 -> PA 0          (petapage)
 *   root[2]   256 TiB VA 0x2000000000000 -> PA 0x80000000 (misaligned petapage)
 *   root[256] 256 TiB VA 0xFF00000000000000 -> PA 0       (upper half) */
#include "env.h"
#include "priv_macros.h"

#define U_ALIAS_OFF 0x40000000
#define VA_A 0xC0000000
#define VA_B 0xC0001000
#define VA_C 0xC0002000
#define VA_D 0xC0003000
#define VA_E 0xC0004000
#define VA_F 0xC0005000
#define VA_PTR 0xC0006000
#define VA_MEGA 0xC0200000
#define VA_MEGA_MIS 0xC0400000
#define VA_WONLY 0xC0600000
#define VA_GIGA_MIS 0x100000000

#define MAGIC_A 0xa5a5a5a500000001
#define MAGIC_C 0xc3c3c3c300000003
#define MAGIC_E 0xe1e1e1e100000005
#define MAGIC_F 0xf0f0f0f000000006

#define FL_RW (PTE_V | PTE_R | PTE_W | PTE_A | PTE_D)
/* VA of page_f through a leaf of level >= 2 that maps PA 0 at virtual base `base`: base + PA */
#define VA_OF_PAGE_F(base)                                                                         \
    la a0, page_f;                                                                                 \
    li t0, base;                                                                                   \
    add a0, a0, t0;

RVTEST_BEGIN
    PRIV_INIT
    li t0, MEDELEG_PAGE_FAULTS
    csrw medeleg, t0

    PT_LINK(pt_root, 0, pt_l3)
    PT_LEAF_PA(pt_root, 1, 0, FL_RW)
    PT_LEAF_PA(pt_root, 2, 0x80000000, FL_RW)
    PT_LEAF_PA(pt_root, 256, 0, FL_RW)
    PT_LINK(pt_l3, 0, pt_l2)
    PT_LEAF_PA(pt_l3, 1, 0, FL_RW)
    PT_LEAF_PA(pt_l3, 2, 0x80000000, FL_RW)
    PT_LEAF_PA(pt_l3, 256, 0, FL_RW)
    PT_LINK(pt_l2, 3, pt_l1)
    PT_LEAF_PA(pt_l2, 1, 0x80000000, PTE_V | PTE_RWX | PTE_U | PTE_A | PTE_D)
    PT_LEAF_PA(pt_l2, 2, 0x80000000, PTE_V | PTE_RWX | PTE_A | PTE_D)
    PT_LEAF_PA(pt_l2, 4, 0x80200000, FL_RW)
    PT_LINK(pt_l1, 0, pt_l0)
    PT_LEAF_PA(pt_l1, 1, 0x80000000, FL_RW)
    PT_LEAF_PA(pt_l1, 2, 0x80001000, FL_RW)
    PT_LEAF_PA(pt_l1, 3, 0x80000000, PTE_V | PTE_W | PTE_A | PTE_D)
    PT_LEAF_LABEL(pt_l0, 0, page_a, FL_RW)
    PT_LEAF_LABEL(pt_l0, 1, page_b, PTE_R | PTE_W | PTE_A | PTE_D)
    PT_LEAF_LABEL(pt_l0, 2, page_c, PTE_V | PTE_R | PTE_A)
    PT_LEAF_LABEL(pt_l0, 3, page_d, PTE_V | PTE_X | PTE_A)
    PT_LEAF_LABEL(pt_l0, 4, page_e, PTE_V | PTE_RWX | PTE_U | PTE_A | PTE_D)
    PT_LEAF_LABEL(pt_l0, 5, page_f, FL_RW)
    PT_LEAF_LABEL(pt_l0, 6, page_a, PTE_V)
    SATP_SET(SATP_MODE_SV57, pt_root)
    la t0, pt_root
    srli t0, t0, 12
    li t1, SATP_MODE_SV57
    or t0, t0, t1
    csrr t1, satp
    CHECK_REG(1, t1, t0)

    /* ---- 4 KiB pages (4.3.1) ---- */
    li a0, VA_A
    S_OK(2, ld a1, 0(a0))
    li t0, MAGIC_A
    CHECK_REG(3, a1, t0)
    li a0, VA_B                                /* V=0 */
    S_FAULT(4, CAUSE_LOAD_PAGE_FAULT, ld a1, 0(a0))
    S_FAULT(5, CAUSE_STORE_PAGE_FAULT, sd a1, 0(a0))
    FETCH_FAULT(6, PRV_S)
    li a0, VA_C                                /* read-only */
    S_OK(7, ld a1, 0(a0))
    li t0, MAGIC_C
    CHECK_REG(8, a1, t0)
    S_FAULT(9, CAUSE_STORE_PAGE_FAULT, sd a1, 0(a0))
    S_FAULT(10, CAUSE_STORE_PAGE_FAULT, amoswap.d a1, a1, (a0))
    li a0, VA_A                                /* not executable */
    FETCH_FAULT(11, PRV_S)
    li a0, VA_D                                /* execute-only */
    S_FAULT(12, CAUSE_LOAD_PAGE_FAULT, lwu a1, 0(a0))
    li t0, MSTATUS_MXR
    csrs sstatus, t0
    S_OK(13, lwu a1, 0(a0))
    CHECK_EQ(14, a1, 0x00000073)
    li t0, MSTATUS_MXR
    csrc sstatus, t0
    FETCH_OK(15, PRV_S)
    li a0, VA_E                                /* U page */
    S_FAULT(16, CAUSE_LOAD_PAGE_FAULT, ld a1, 0(a0))
    li t0, MSTATUS_SUM
    csrs sstatus, t0
    S_OK(17, ld a1, 8(a0))
    li t0, MAGIC_E
    CHECK_REG(18, a1, t0)
    FETCH_FAULT(19, PRV_S)
    li t0, MSTATUS_SUM
    csrc sstatus, t0
    U_OK(20, ld a1, 8(a0))
    li t0, MAGIC_E
    CHECK_REG(21, a1, t0)
    FETCH_OK(22, PRV_U)
    li a0, VA_A                                /* S page from U */
    U_FAULT(23, CAUSE_LOAD_PAGE_FAULT, ld a1, 0(a0))
    U_FAULT(24, CAUSE_STORE_PAGE_FAULT, sd a1, 0(a0))
    la a0, s_only_code
    FETCH_FAULT(25, PRV_U)
    li a0, VA_PTR                              /* pointer PTE at level 0 */
    S_FAULT(26, CAUSE_LOAD_PAGE_FAULT, ld a1, 0(a0))
    li a0, VA_WONLY                            /* W without R */
    S_FAULT(27, CAUSE_STORE_PAGE_FAULT, sd a1, 0(a0))

    /* ---- 2 MiB and 1 GiB pages (4.3.2 step 6, 8) ---- */
    la t0, page_f
    li t1, 0x80000000
    sub t0, t0, t1
    li a0, VA_MEGA
    add a0, a0, t0
    S_OK(28, ld a1, 0(a0))
    li t0, MAGIC_F
    CHECK_REG(29, a1, t0)
    li a0, VA_MEGA_MIS
    S_FAULT(30, CAUSE_LOAD_PAGE_FAULT, ld a1, 0(a0))
    li a0, VA_GIGA_MIS
    S_FAULT(31, CAUSE_LOAD_PAGE_FAULT, ld a1, 0(a0))
    FETCH_FAULT(32, PRV_S)
    la a0, page_f                              /* the 1 GiB U alias of the program */
    li t0, U_ALIAS_OFF
    sub a0, a0, t0
    U_OK(33, ld a1, 0(a0))
    li t0, MAGIC_F
    CHECK_REG(34, a1, t0)

    /* ---- 512 GiB and 256 TiB pages, Sv57-only addresses (4.6) ---- */
    VA_OF_PAGE_F(0x8000000000)                 /* terapage */
    S_OK(35, ld a1, 0(a0))
    li t0, MAGIC_F
    CHECK_REG(36, a1, t0)
    li a0, 0x10000000000                       /* misaligned terapage */
    S_FAULT(37, CAUSE_LOAD_PAGE_FAULT, ld a1, 0(a0))
    VA_OF_PAGE_F(0x800000000000)               /* bit 47 set: canonical only in Sv57 */
    S_OK(38, ld a1, 0(a0))
    li t0, MAGIC_F
    CHECK_REG(39, a1, t0)
    VA_OF_PAGE_F(0x1000000000000)              /* petapage */
    S_OK(40, ld a1, 0(a0))
    li t0, MAGIC_F
    CHECK_REG(41, a1, t0)
    li a0, 0x2000000000000                     /* misaligned petapage */
    S_FAULT(42, CAUSE_LOAD_PAGE_FAULT, ld a1, 0(a0))
    S_FAULT(43, CAUSE_STORE_PAGE_FAULT, sd a1, 0(a0))
    FETCH_FAULT(44, PRV_S)
    VA_OF_PAGE_F(0xFF00000000000000)           /* upper-half petapage */
    S_OK(45, ld a1, 0(a0))
    li t0, MAGIC_F
    CHECK_REG(46, a1, t0)

    /* ---- non-canonical: bits 63:57 must equal bit 56 ---- */
    li a0, 0x0100000000000000
    S_FAULT(47, CAUSE_LOAD_PAGE_FAULT, ld a1, 0(a0))
    S_FAULT(48, CAUSE_STORE_PAGE_FAULT, sd a1, 0(a0))
    FETCH_FAULT(49, PRV_S)
    U_FAULT(50, CAUSE_LOAD_PAGE_FAULT, ld a1, 0(a0))
    li a0, 0xFE00000080000000
    S_FAULT(51, CAUSE_LOAD_PAGE_FAULT, ld a1, 0(a0))

    /* ---- SFENCE.VMA makes a changed leaf PTE visible (4.2.1) ---- */
    li a0, VA_F
    S_OK(52, ld a1, 0(a0))
    li t0, MAGIC_F
    CHECK_REG(53, a1, t0)
    PT_LEAF_LABEL(pt_l0, 5, page_c, FL_RW)
    S_OK(54, sfence.vma a0; ld a1, 0(a0))
    li t0, MAGIC_C
    CHECK_REG(55, a1, t0)
    PT_STORE(pt_l0, 5, zero)
    ENTER(PRV_S, 2f, 1f)
2:  sfence.vma
3:  ld a1, 0(a0)
    ecall
1:  CHECK_SCAUSE(56, CAUSE_LOAD_PAGE_FAULT)
    CHECK_REG(57, s9, a0)
    la t0, 3b
    CHECK_REG(58, s8, t0)

    csrw satp, zero
    sfence.vma
    RVTEST_PASS

    PRIV_TRAP_HANDLERS
s_only_code:
    ecall

RVTEST_END

    .data
    .align 12
pt_root:
    .zero 4096
pt_l3:
    .zero 4096
pt_l2:
    .zero 4096
pt_l1:
    .zero 4096
pt_l0:
    .zero 4096
page_a:
    .dword MAGIC_A
    .zero 4088
page_b:
    .zero 4096
page_c:
    .dword MAGIC_C
    .zero 4088
page_d:
    .word 0x00000073                           /* ecall */
    .zero 4092
page_e:
    .word 0x00000073                           /* ecall */
    .word 0
    .dword MAGIC_E
    .zero 4080
page_f:
    .dword MAGIC_F
    .zero 4088
