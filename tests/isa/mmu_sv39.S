/* mmu_sv39.S - Sv39 address translation and protection (capa ISA test).
 *
 * Written from the RISC-V Privileged Architecture v1.12 (20211203):
 *   4.1.11 satp (MODE=8 Sv39, PPN of the root table)      4.2.1 SFENCE.VMA
 *   4.3.1  PTE format and permissions: V=0 faults; W without R is reserved; a PTE with
 *          R=W=X=0 is a pointer, which faults at the last level; U pages are not accessible to
 *          S unless SUM (and never executable by S); S pages are not accessible to U; MXR makes
 *          X pages readable; AMOs on a read-only page raise store/AMO page faults.
 *   4.3.2  translation algorithm: misaligned superpages fault (step 6); reserved PTE bits fault.
 *   4.4    Sv39: VA bits 63:39 must equal bit 38 (else page fault); 4 KiB / 2 MiB / 1 GiB pages;
 *          PTE bits 60:54 are reserved.
 *   3.1.16 / 4.1.9 stval = the faulting virtual address; sepc = the faulting instruction
 *          (for a fetch fault, the target address).
 * Page faults are delegated to S (medeleg 12, 13, 15) so scause/stval/sepc are checked; see
 * priv_macros.h for S_FAULT / S_OK / U_FAULT / U_OK / FETCH_FAULT / FETCH_OK.
 *
 * Address map (all PTEs have A=1 and, where writable, D=1):
 *   root[1]   1 GiB  VA 0x40000000 -> PA 0x80000000  RWX U   (the U-mode view of the program)
 *   root[2]   1 GiB  VA 0x80000000 -> PA 0x80000000  RWX     (identity, S-mode code and data)
 *   root[3]   -> l1 table for VA 0xC0000000..0xFFFFFFFF
 *     l1[0]   -> l0 table, 4 KiB pages at VA 0xC0000000 + i * 0x1000:
 *       l0[0] page_a RW    l0[1] page_b V=0      l0[2] page_c R      l0[3] page_d X only
 *       l0[4] page_e RWX U l0[5] page_f RW       l0[6] V=1 pointer   l0[7] page_a RW + bit 54
 *     l1[1]   2 MiB  VA 0xC0200000 -> PA 0x80000000  RW
 *     l1[2]   2 MiB  VA 0xC0400000 -> PA 0x80001000  RW      (misaligned)
 *     l1[3]   2 MiB  VA 0xC0600000 -> PA 0x80000000  W only  (reserved)
 *   root[4]   1 GiB  VA 0x100000000 -> PA 0x80200000 RW      (misaligned)
 *   root[256] 1 GiB  VA 0xFFFFFFC000000000 -> PA 0x80000000 RW (upper half) */
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
#define VA_RSVD 0xC0007000
#define VA_MEGA 0xC0200000
#define VA_MEGA_MIS 0xC0400000
#define VA_WONLY 0xC0600000
#define VA_GIGA_MIS 0x100000000
#define VA_HIGH 0xFFFFFFC000000000

#define MAGIC_A 0xa5a5a5a500000001
#define MAGIC_C 0xc3c3c3c300000003
#define MAGIC_E 0xe1e1e1e100000005
#define MAGIC_F 0xf0f0f0f000000006

#define FL_RW (PTE_V | PTE_R | PTE_W | PTE_A | PTE_D)

RVTEST_BEGIN
    PRIV_INIT
    li t0, MEDELEG_PAGE_FAULTS
    csrw medeleg, t0

    PT_LEAF_PA(pt_root, 1, 0x80000000, PTE_V | PTE_RWX | PTE_U | PTE_A | PTE_D)
    PT_LEAF_PA(pt_root, 2, 0x80000000, PTE_V | PTE_RWX | PTE_A | PTE_D)
    PT_LINK(pt_root, 3, pt_l1)
    PT_LEAF_PA(pt_root, 4, 0x80200000, FL_RW)
    PT_LEAF_PA(pt_root, 256, 0x80000000, FL_RW)
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
    la t1, page_a
    PTE_FOR(t2, t1, FL_RW)
    li t0, (1 << 54)
    or t2, t2, t0
    PT_STORE(pt_l0, 7, t2)
    SATP_SET(SATP_MODE_SV39, pt_root)
    la t0, pt_root
    srli t0, t0, 12
    li t1, SATP_MODE_SV39
    or t0, t0, t1
    csrr t1, satp
    CHECK_REG(1, t1, t0)

    /* ---- 4 KiB pages: valid, invalid, read-only, execute-only ---- */
    li a0, VA_A
    S_OK(2, ld a1, 0(a0))
    li t0, MAGIC_A
    CHECK_REG(3, a1, t0)
    li a2, 0x0123456789abcdef
    S_OK(4, sd a2, 8(a0))
    la t0, page_a                              /* the store reached the physical page */
    ld t0, 8(t0)
    CHECK_REG(5, t0, a2)
    li a0, VA_B
    S_FAULT(6, CAUSE_LOAD_PAGE_FAULT, ld a1, 0(a0))
    S_FAULT(7, CAUSE_STORE_PAGE_FAULT, sd a1, 0(a0))
    FETCH_FAULT(8, PRV_S)
    li a0, VA_C
    S_OK(9, ld a1, 0(a0))
    li t0, MAGIC_C
    CHECK_REG(10, a1, t0)
    S_FAULT(11, CAUSE_STORE_PAGE_FAULT, sd a1, 0(a0))
    S_FAULT(12, CAUSE_STORE_PAGE_FAULT, amoadd.d a1, a1, (a0))
    S_FAULT(13, CAUSE_STORE_PAGE_FAULT, amoor.w a1, a1, (a0))
    FETCH_FAULT(14, PRV_S)                     /* not executable */
    li a0, VA_A
    FETCH_FAULT(15, PRV_S)
    li a0, VA_D
    S_FAULT(16, CAUSE_LOAD_PAGE_FAULT, lwu a1, 0(a0))
    li t0, MSTATUS_MXR                         /* MXR: X pages become readable */
    csrs sstatus, t0
    S_OK(17, lwu a1, 0(a0))
    CHECK_EQ(18, a1, 0x00000073)
    S_FAULT(19, CAUSE_STORE_PAGE_FAULT, sw a1, 0(a0))
    li t0, MSTATUS_MXR
    csrc sstatus, t0
    FETCH_OK(20, PRV_S)                        /* page_d starts with an ECALL */

    /* ---- U pages and SUM ---- */
    li a0, VA_E
    S_FAULT(21, CAUSE_LOAD_PAGE_FAULT, ld a1, 0(a0))
    S_FAULT(22, CAUSE_STORE_PAGE_FAULT, sd a1, 0(a0))
    li t0, MSTATUS_SUM
    csrs sstatus, t0
    S_OK(23, ld a1, 8(a0))
    li t0, MAGIC_E
    CHECK_REG(24, a1, t0)
    S_OK(25, sd a1, 16(a0))
    FETCH_FAULT(26, PRV_S)                     /* S never executes U pages, even with SUM */
    li t0, MSTATUS_SUM
    csrc sstatus, t0
    U_OK(27, ld a1, 8(a0))
    li t0, MAGIC_E
    CHECK_REG(28, a1, t0)
    U_OK(29, sd a1, 24(a0))
    FETCH_OK(30, PRV_U)                        /* page_e starts with an ECALL */
    li a0, VA_A                                /* S pages are closed to U */
    U_FAULT(31, CAUSE_LOAD_PAGE_FAULT, ld a1, 0(a0))
    U_FAULT(32, CAUSE_STORE_PAGE_FAULT, sd a1, 0(a0))
    la a0, s_only_code                         /* identity VA of S-only code */
    FETCH_FAULT(33, PRV_U)
    la a0, page_f                              /* the 1 GiB U alias of the program */
    li t0, U_ALIAS_OFF
    sub a0, a0, t0
    U_OK(34, ld a1, 0(a0))
    li t0, MAGIC_F
    CHECK_REG(35, a1, t0)

    /* ---- reserved and malformed PTEs ---- */
    li a0, VA_WONLY                            /* W without R */
    S_FAULT(36, CAUSE_LOAD_PAGE_FAULT, ld a1, 0(a0))
    S_FAULT(37, CAUSE_STORE_PAGE_FAULT, sd a1, 0(a0))
    li a0, VA_PTR                              /* pointer PTE at level 0 */
    S_FAULT(38, CAUSE_LOAD_PAGE_FAULT, ld a1, 0(a0))
    li a0, VA_RSVD                             /* reserved bit 54 set */
    S_FAULT(39, CAUSE_LOAD_PAGE_FAULT, ld a1, 0(a0))

    /* ---- superpages ---- */
    la t0, page_f                              /* 2 MiB: VA_MEGA + (pa - 0x80000000) */
    li t1, 0x80000000
    sub t0, t0, t1
    li a0, VA_MEGA
    add a0, a0, t0
    S_OK(40, ld a1, 0(a0))
    li t0, MAGIC_F
    CHECK_REG(41, a1, t0)
    li a0, VA_MEGA_MIS                         /* PPN[0] != 0 in a level-1 leaf */
    S_FAULT(42, CAUSE_LOAD_PAGE_FAULT, ld a1, 0(a0))
    FETCH_FAULT(43, PRV_S)
    la t0, page_f                              /* 1 GiB in the upper half */
    li t1, 0x80000000
    sub t0, t0, t1
    li a0, VA_HIGH
    add a0, a0, t0
    S_OK(44, ld a1, 0(a0))
    li t0, MAGIC_F
    CHECK_REG(45, a1, t0)
    li a0, VA_GIGA_MIS                         /* PPN[1:0] != 0 in a level-2 leaf */
    S_FAULT(46, CAUSE_STORE_PAGE_FAULT, sd a1, 0(a0))

    /* ---- non-canonical addresses: bits 63:39 must equal bit 38 ---- */
    li a0, 0x0000004000000000
    S_FAULT(47, CAUSE_LOAD_PAGE_FAULT, ld a1, 0(a0))
    S_FAULT(48, CAUSE_STORE_PAGE_FAULT, sd a1, 0(a0))
    FETCH_FAULT(49, PRV_S)
    li a0, 0xFFFFFF8000000000
    S_FAULT(50, CAUSE_LOAD_PAGE_FAULT, ld a1, 0(a0))
    li a0, 0x8000000080000000                  /* would be the identity page if truncated */
    S_FAULT(51, CAUSE_LOAD_PAGE_FAULT, ld a1, 0(a0))
    U_FAULT(52, CAUSE_LOAD_PAGE_FAULT, ld a1, 0(a0))

    /* ---- SFENCE.VMA makes a changed PTE visible (4.2.1) ---- */
    li a0, VA_F
    S_OK(53, ld a1, 0(a0))
    li t0, MAGIC_F
    CHECK_REG(54, a1, t0)
    PT_LEAF_LABEL(pt_l0, 5, page_c, FL_RW)     /* remap VA_F to page_c */
    S_OK(55, sfence.vma a0; ld a1, 0(a0))
    li t0, MAGIC_C
    CHECK_REG(56, a1, t0)
    PT_STORE(pt_l0, 5, zero)                   /* unmap it */
    ENTER(PRV_S, 2f, 1f)
2:  sfence.vma
3:  ld a1, 0(a0)
    ecall
1:  CHECK_SCAUSE(57, CAUSE_LOAD_PAGE_FAULT)
    CHECK_REG(58, s9, a0)
    la t0, 3b
    CHECK_REG(59, s8, t0)

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
