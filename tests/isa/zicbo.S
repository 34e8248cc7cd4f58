/* zicbo.S - Zicbom (cbo.clean / cbo.flush / cbo.inval) and Zicboz (cbo.zero) (capa ISA test).
 *
 * Written from the RISC-V CMO specification v1.0.0 (as merged into the ISA manual, "CMO"
 * chapter) and the Privileged Architecture v1.12 (20211203) 3.1.18 menvcfg / 4.1.10 senvcfg:
 *   - cbo.zero stores zeros to every byte of the cache block containing rs1; rs1 need not be
 *     aligned and no address-misaligned exception is raised. capa's cache block is 64 bytes
 *     (the block size is implementation-specific; this test assumes 64).
 *   - cbo.clean / cbo.flush / cbo.inval leave memory holding the latest stored data (a clean
 *     before an inval makes the inval unable to expose older data).
 *   - x{envcfg} fields: CBIE [5:4] (00 illegal, 01 inval performs a flush, 10 reserved,
 *     11 inval), CBCFE [6] (clean/flush), CBZE [7] (zero). Below M, menvcfg gates S and U;
 *     in U, senvcfg must allow it too. M-mode is never gated.
 *   - traps: cbo.zero needs store permission (else store page fault); a management operation
 *     needs load or store permission (else store page fault); *tval = rs1, not the block base;
 *     cbo.zero checks A/D like a store (capa sets them in hardware).
 * QEMU 7.2 implements neither Zicbom nor Zicboz, so this test cannot pass there (the first cbo
 * instruction, case 1, raises illegal instruction); it is written for capa. */
#include "env.h"
#include "priv_macros.h"

#define U_ALIAS_OFF 0x40000000
#define PATTERN 0x5555aaaa5555aaaa
#define VA_RO 0xC0000000
#define VA_RW 0xC0001000
#define VA_INV 0xC0002000

/* Fill the three 64-byte blocks at `blocks` with PATTERN. Uses t0-t2. */
#define FILL_BLOCKS                                                                                \
    la t0, blocks;                                                                                 \
    li t1, PATTERN;                                                                                \
    li t2, 24;                                                                                     \
    87 : sd t1, 0(t0);                                                                             \
    addi t0, t0, 8;                                                                                \
    addi t2, t2, -1;                                                                               \
    bnez t2, 87b;

/* Case n: the 8 dwords at `addr` all equal `val`. Uses t0-t2, t6. */
#define CHECK_BLOCK(n, addr, val)                                                                  \
    li TESTNUM, n;                                                                                 \
    la t0, addr;                                                                                   \
    li t2, 8;                                                                                      \
    li t6, val;                                                                                    \
    86 : ld t1, 0(t0);                                                                             \
    bne t1, t6, fail;                                                                              \
    addi t0, t0, 8;                                                                                \
    addi t2, t2, -1;                                                                               \
    bnez t2, 86b;

/* Case n: `...` in `mode` raises illegal instruction. */
#define CBO_ILLEGAL(n, mode, ...) LOW_ILLEGAL(n, mode, __VA_ARGS__)
/* Case n: `...` in `mode` executes. */
#define CBO_OK(n, mode, ...) LOW_OK(n, mode, __VA_ARGS__)

RVTEST_BEGIN
    PRIV_INIT
    csrw CSR_MENVCFG, zero
    csrw CSR_SENVCFG, zero

    /* ---- cbo.zero in M: exactly the containing 64-byte block ---- */
    FILL_BLOCKS
    la a0, blocks + 64 + 0x28                  /* inside the middle block, not aligned */
    li TESTNUM, 1                              /* an illegal-instruction trap here fails case 1 */
    cbo.zero (a0)
    CHECK_BLOCK(1, blocks + 64, 0)
    CHECK_BLOCK(2, blocks, PATTERN)            /* neighbours untouched */
    CHECK_BLOCK(3, blocks + 128, PATTERN)
    FILL_BLOCKS
    la a0, blocks + 128                        /* block-aligned address */
    cbo.zero (a0)
    CHECK_BLOCK(4, blocks + 128, 0)
    CHECK_BLOCK(5, blocks + 64, PATTERN)
    la a0, blocks + 63                         /* last byte of the first block */
    cbo.zero (a0)
    CHECK_BLOCK(6, blocks, 0)
    CHECK_BLOCK(7, blocks + 64, PATTERN)

    /* ---- cbo.clean / flush / inval in M keep the data ---- */
    FILL_BLOCKS
    la a0, blocks + 8
    li a1, 0x1234
    sd a1, 0(a0)
    cbo.clean (a0)
    ld t0, 0(a0)
    CHECK_EQ(8, t0, 0x1234)
    cbo.flush (a0)
    ld t0, 0(a0)
    CHECK_EQ(9, t0, 0x1234)
    cbo.clean (a0)                             /* clean then inval: the inval cannot go back */
    cbo.inval (a0)                             /* past the cleaned value */
    ld t0, 0(a0)
    CHECK_EQ(10, t0, 0x1234)
    CHECK_BLOCK(11, blocks + 64, PATTERN)

    /* ---- enables (menvcfg / senvcfg) ---- */
    la a0, blocks
    CBO_ILLEGAL(12, PRV_S, cbo.zero (a0))
    CBO_ILLEGAL(13, PRV_S, cbo.clean (a0))
    CBO_ILLEGAL(14, PRV_S, cbo.flush (a0))
    CBO_ILLEGAL(15, PRV_S, cbo.inval (a0))
    CBO_ILLEGAL(16, PRV_U, cbo.zero (a0))
    ARM(1f)                                    /* M is never gated */
    cbo.zero (a0)
    cbo.clean (a0)
    cbo.flush (a0)
    cbo.inval (a0)
    ecall
1:  CHECK_EQ(17, s2, CAUSE_MACHINE_ECALL)
    li t0, ENVCFG_CBCFE
    csrs CSR_MENVCFG, t0
    CBO_OK(18, PRV_S, cbo.clean (a0))
    CBO_OK(19, PRV_S, cbo.flush (a0))
    CBO_ILLEGAL(20, PRV_S, cbo.zero (a0))
    CBO_ILLEGAL(21, PRV_S, cbo.inval (a0))
    CBO_ILLEGAL(22, PRV_U, cbo.clean (a0))     /* U also needs senvcfg.CBCFE */
    li t0, ENVCFG_CBCFE
    csrs CSR_SENVCFG, t0
    CBO_OK(23, PRV_U, cbo.flush (a0))
    li t0, ENVCFG_CBZE
    csrs CSR_MENVCFG, t0
    FILL_BLOCKS
    la a0, blocks + 64
    CBO_OK(24, PRV_S, cbo.zero (a0))
    CHECK_BLOCK(25, blocks + 64, 0)
    CBO_ILLEGAL(26, PRV_U, cbo.zero (a0))
    li t0, ENVCFG_CBZE
    csrs CSR_SENVCFG, t0
    FILL_BLOCKS
    CBO_OK(27, PRV_U, cbo.zero (a0))
    CHECK_BLOCK(28, blocks + 64, 0)
    CHECK_BLOCK(29, blocks, PATTERN)
    li t0, ENVCFG_CBZE                         /* menvcfg off again: U is blocked too */
    csrc CSR_MENVCFG, t0
    CBO_ILLEGAL(30, PRV_U, cbo.zero (a0))
    csrsi CSR_MENVCFG, 0x10                    /* CBIE = 01: inval executes (as a flush) */
    CBO_OK(31, PRV_S, cbo.inval (a0))
    CBO_ILLEGAL(32, PRV_U, cbo.inval (a0))     /* senvcfg.CBIE = 00 */
    li t0, ENVCFG_CBIE
    csrs CSR_SENVCFG, t0
    CBO_OK(33, PRV_U, cbo.inval (a0))
    li t0, ENVCFG_CBIE                         /* CBIE = 11 */
    csrs CSR_MENVCFG, t0
    CBO_OK(34, PRV_S, cbo.inval (a0))
    csrci CSR_MENVCFG, 0x10                    /* CBIE = 10 is reserved: never read back */
    csrr t0, CSR_MENVCFG
    andi t0, t0, ENVCFG_CBIE
    li TESTNUM, 35
    li t1, 0x20
    beq t0, t1, fail
    li t0, (ENVCFG_CBIE | ENVCFG_CBCFE | ENVCFG_CBZE)
    csrs CSR_MENVCFG, t0
    csrs CSR_SENVCFG, t0

    /* ---- through Sv39: permissions, tval, D bit ---- */
    li t0, MEDELEG_PAGE_FAULTS
    csrw medeleg, t0
    PT_LEAF_PA(pt_root, 1, 0x80000000, PTE_V | PTE_RWX | PTE_U | PTE_A | PTE_D)
    PT_LEAF_PA(pt_root, 2, 0x80000000, PTE_V | PTE_RWX | PTE_A | PTE_D)
    PT_LINK(pt_root, 3, pt_l1)
    PT_LINK(pt_l1, 0, pt_l0)
    PT_LEAF_LABEL(pt_l0, 0, page_ro, PTE_V | PTE_R | PTE_A)
    PT_LEAF_LABEL(pt_l0, 1, page_rw, PTE_V | PTE_R | PTE_W | PTE_A)
    PT_LEAF_LABEL(pt_l0, 2, page_ro, PTE_R | PTE_W | PTE_A | PTE_D)   /* V=0 */
    SATP_SET(SATP_MODE_SV39, pt_root)
    li a0, VA_RO + 0x48                        /* read-only page, unaligned rs1 */
    S_FAULT(36, CAUSE_STORE_PAGE_FAULT, cbo.zero (a0))  /* stval = rs1, not the block base */
    la t0, page_ro + 0x48
    ld t0, 0(t0)
    CHECK_EQ(37, t0, PATTERN)                  /* nothing was written */
    S_OK(38, cbo.clean (a0))                   /* management ops need only read permission */
    S_OK(39, cbo.flush (a0))
    li a0, VA_INV + 0x10
    S_FAULT(40, CAUSE_STORE_PAGE_FAULT, cbo.clean (a0))
    S_FAULT(41, CAUSE_STORE_PAGE_FAULT, cbo.inval (a0))
    li a0, VA_RW + 0x90                        /* writable page with D=0 */
    S_OK(42, cbo.zero (a0))
    CHECK_BLOCK(43, page_rw + 0x80, 0)
    CHECK_BLOCK(44, page_rw + 0x40, PATTERN)
    CHECK_BLOCK(45, page_rw + 0xc0, PATTERN)
    la t3, pt_l0                               /* cbo.zero is a store: D is now set */
    ld a2, 8(t3)
    CHECK_FIELD(46, a2, PTE_D, PTE_D)
    li a0, VA_RO
    U_FAULT(47, CAUSE_STORE_PAGE_FAULT, cbo.zero (a0))  /* S-only page from U */

    csrw satp, zero
    sfence.vma
    csrw medeleg, zero
    RVTEST_PASS

    PRIV_TRAP_HANDLERS

RVTEST_END

    .data
    .align 6
blocks:
    .zero 192
    .align 12
pt_root:
    .zero 4096
pt_l1:
    .zero 4096
pt_l0:
    .zero 4096
page_ro:
    .rept 512
    .dword PATTERN
    .endr
page_rw:
    .rept 512
    .dword PATTERN
    .endr
