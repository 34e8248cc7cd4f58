/* priv_csr.S - CSR access rules and machine/supervisor CSR behaviour (capa ISA test).
 *
 * Written from the RISC-V Privileged Architecture v1.12 (20211203):
 *   2.1   CSR address conventions: csr[11:10]=11 is read-only, csr[9:8] is the lowest privilege
 *         that may access it; accessing a missing CSR, a CSR above the current privilege, or
 *         writing a read-only CSR raises an illegal-instruction exception.
 *   Unprivileged ISA, Zicsr: CSRRS/CSRRC with rs1=x0 and CSRRSI/CSRRCI with uimm=0 do not
 *         write the CSR (so they are legal on read-only CSRs); CSRRW/CSRRWI always write.
 *   3.1.1 misa (MXL=2 for RV64, extension bits, E = !I)   3.1.5 mhartid
 *   3.1.6 mstatus: MPP WARL, UXL/SXL, sstatus is a restricted view (4.1.1)
 *   3.1.7 mtvec MODE (Direct/Vectored, >=2 reserved)      3.1.8 medeleg/mideleg
 *   3.1.11 mcounteren, 4.1.5 scounteren: gating of cycle/time/instret below M
 *   3.1.12 mcountinhibit (bit 1 is always 0)              3.1.13 mscratch, 4.1.6 sscratch
 *   3.1.14 mepc[0] is always 0                            3.1.18 menvcfg, 4.1.10 senvcfg
 *   3.7.1 pmpcfg/pmpaddr (odd pmpcfg illegal on RV64)      4.1.11 satp (unsupported MODE: no-op)
 * Trap recording and ENTER/ARM: see priv_macros.h. Build with -DQEMU72_QUIRKS to skip the checks
 * that QEMU 7.2 gets wrong (each is marked), and with -DNO_TIME_CSR on a platform without the time
 * CSR (QEMU's spike machine). */
#include "env.h"
#include "priv_macros.h"

/* Case n: `insn` executed in M-mode raises illegal instruction, mepc = its address. */
#define M_ILLEGAL(n, ...)                                                                          \
    ARM(82f)                                                                                       \
    81 : __VA_ARGS__;                                                                              \
    ecall;                                                                                         \
    82 : CHECK_EQ(n, s2, CAUSE_ILLEGAL_INSTRUCTION)                                                \
    la t0, 81b;                                                                                    \
    CHECK_REG(n, s3, t0)                                                                           \
    CHECK_TVAL_INSN(n, s4, s3)

/* Case n: `insn` executed in M-mode does not trap. */
#define M_OK(n, ...)                                                                               \
    ARM(82f)                                                                                       \
    __VA_ARGS__;                                                                                   \
    ecall;                                                                                         \
    82 : CHECK_EQ(n, s2, CAUSE_MACHINE_ECALL)

RVTEST_BEGIN
    PRIV_INIT

    /* ---- misa, ID registers (3.1.1-3.1.5) ---- */
    csrr a0, misa
    srli t0, a0, 62
    CHECK_EQ(1, t0, 2)                         /* MXL = 2: RV64 */
    li t1, 0x14112d                            /* A C D F I M S U */
    and t0, a0, t1
    CHECK_EQ(2, t0, 0x14112d)
    andi t0, a0, 0x10                          /* E is the complement of I */
    CHECK_EQ(3, t0, 0)
    csrr t0, mhartid
    CHECK_EQ(4, t0, 0)
    M_OK(5, csrr t0, mvendorid)
    M_OK(6, csrr t0, marchid)
    M_OK(7, csrr t0, mimpid)
    M_OK(8, csrr t0, CSR_MCONFIGPTR)

    /* ---- read-only CSRs: reads legal, writes illegal (2.1, Zicsr) ---- */
    M_OK(9, csrrs t0, mhartid, x0)
    M_OK(10, csrrc t0, mhartid, x0)
    M_OK(11, csrrsi t0, mhartid, 0)
    M_OK(12, csrrci t0, mhartid, 0)
    M_OK(13, csrrs t0, cycle, x0)
    li a1, 1
    M_ILLEGAL(14, csrw mhartid, a1)
    M_ILLEGAL(15, csrrs t0, mhartid, a1)
    M_ILLEGAL(16, csrrc t0, mhartid, a1)
    M_ILLEGAL(17, csrrsi t0, mhartid, 1)
    M_ILLEGAL(18, csrrwi t0, mhartid, 0)       /* CSRRWI writes even with uimm = 0 */
    M_ILLEGAL(19, csrrw x0, mvendorid, x0)     /* CSRRW writes even with rd = x0 */
    M_ILLEGAL(20, csrw cycle, a1)
#ifndef QEMU72_QUIRKS /* QEMU 7.2 decides on the register's value, not on rs1 != x0 */
    li a2, 0
    M_ILLEGAL(21, csrrs t0, mhartid, a2)       /* rs1 != x0 is a write even if the value is 0 */
#endif
    M_ILLEGAL(22, csrw time, a1)

    /* ---- CSRs that do not exist ---- */
    M_ILLEGAL(23, csrr t0, 0x0ff)              /* unallocated standard user CSR */
    M_ILLEGAL(24, csrr t0, 0x7ff)              /* custom M-mode CSR, not implemented */
    M_ILLEGAL(25, csrr t0, pmpcfg1)            /* odd pmpcfg registers are illegal on RV64 */

    /* ---- privilege of the CSR address (csr[9:8]) ---- */
    LOW_ILLEGAL(26, PRV_S, csrr t0, mstatus)
    LOW_ILLEGAL(27, PRV_S, csrr t0, mscratch)
    LOW_ILLEGAL(28, PRV_S, csrr t0, mhartid)
    LOW_ILLEGAL(29, PRV_U, csrr t0, sstatus)
    LOW_ILLEGAL(30, PRV_U, csrr t0, sscratch)
    LOW_ILLEGAL(31, PRV_U, csrr t0, mstatus)
    LOW_OK(32, PRV_S, csrr t0, sstatus)
    LOW_ILLEGAL(33, PRV_S, csrw cycle, x0)     /* read-only even where readable */

    /* ---- mstatus WARL fields (3.1.6.1, 3.1.6.2) ---- */
    li t0, MSTATUS_MPP
    csrs mstatus, t0                           /* MPP = M holds */
    csrr t1, mstatus
    and t1, t1, t0
    CHECK_EQ(34, t1, MSTATUS_MPP_M)
    csrc mstatus, t0
    li t0, MSTATUS_MPP_S
    csrs mstatus, t0                           /* MPP = S holds (S implemented) */
    csrr t1, mstatus
    li t0, MSTATUS_MPP
    and t1, t1, t0
    CHECK_EQ(35, t1, MSTATUS_MPP_S)
    csrc mstatus, t0                           /* MPP = U holds */
    csrr t1, mstatus
    and t1, t1, t0
    CHECK_EQ(36, t1, 0)
#ifndef QEMU72_QUIRKS /* QEMU 7.2 stores MPP = 2 */
    li t0, 0x1000                              /* MPP = 2 is not a mode: must not read back */
    csrs mstatus, t0
    csrr t1, mstatus
    li t0, MSTATUS_MPP
    and t1, t1, t0
    li TESTNUM, 37
    li t2, 0x1000
    beq t1, t2, fail
    csrc mstatus, t0
#endif
    csrr t1, mstatus
    srli t1, t1, 32
    andi t1, t1, 0xf
    CHECK_EQ(38, t1, 0xa)                      /* UXL = SXL = 2 (64-bit) */

    /* ---- sstatus is a view of mstatus (4.1.1) ---- */
    li t0, (MSTATUS_MPIE | MSTATUS_MPP | MSTATUS_TVM | MSTATUS_TW | MSTATUS_TSR)
    csrs mstatus, t0
    li t0, (MSTATUS_SIE | MSTATUS_SPIE | MSTATUS_SUM | MSTATUS_MXR | MSTATUS_SPP)
    csrs mstatus, t0
    csrr a0, sstatus
    li t1, ~SSTATUS_MASK
    and t1, a0, t1
    CHECK_EQ(39, t1, 0)                        /* no M-only field is visible */
    li t1, (MSTATUS_SIE | MSTATUS_SPIE | MSTATUS_SUM | MSTATUS_MXR | MSTATUS_SPP)
    and t2, a0, t1
    CHECK_REG(40, t2, t1)                      /* S fields are */
    srli t1, a0, 32
    andi t1, t1, 3
    CHECK_EQ(41, t1, 2)                        /* sstatus.UXL = 2 */
    csrw sstatus, zero                         /* clears S fields only */
    csrr a0, mstatus
    li t1, (MSTATUS_SIE | MSTATUS_SPIE | MSTATUS_SUM | MSTATUS_MXR | MSTATUS_SPP)
    and t2, a0, t1
    CHECK_EQ(42, t2, 0)
    li t1, (MSTATUS_MPIE | MSTATUS_MPP | MSTATUS_TVM | MSTATUS_TW | MSTATUS_TSR)
    and t2, a0, t1
    CHECK_REG(43, t2, t1)
    csrc mstatus, t1
    csrr a0, mstatus
    csrr a1, sstatus
    li t1, MSTATUS_FS
    and t2, a0, t1
    and t3, a1, t1
    CHECK_REG(44, t2, t3)                      /* FS is shared */
    li t0, MSTATUS_SUM
    csrs sstatus, t0                           /* a write through sstatus reaches mstatus */
    csrr t1, mstatus
    and t1, t1, t0
    CHECK_EQ(45, t1, MSTATUS_SUM)
    csrc sstatus, t0

    /* ---- medeleg / mideleg (3.1.8) ---- */
    li t0, -1
    csrw medeleg, t0
    csrr a0, medeleg
#ifndef QEMU72_QUIRKS /* QEMU 7.2 lets medeleg[11] be set */
    li t1, (1 << 11)
    and t2, a0, t1
    CHECK_EQ(46, t2, 0)                        /* ECALL from M is never delegable */
#endif
    li t1, ((1 << 2) | (1 << 8) | (1 << 12) | (1 << 13) | (1 << 15))
    and t2, a0, t1
    CHECK_REG(47, t2, t1)
    csrw medeleg, zero
    csrr t0, medeleg
    CHECK_EQ(48, t0, 0)                        /* no bit of medeleg is read-only one */
    li t0, -1
    csrw mideleg, t0
    csrr a0, mideleg
    andi t2, a0, (MIP_SSIP | MIP_STIP | MIP_SEIP)
    CHECK_EQ(49, t2, (MIP_SSIP | MIP_STIP | MIP_SEIP))
    csrw mideleg, zero
    csrr a0, mideleg
    li t1, (MIP_MSIP | MIP_MTIP | MIP_MEIP)
    and t2, a0, t1
    CHECK_EQ(50, t2, 0)                        /* M-level bits are never read-only one */

    /* ---- mtvec / stvec MODE (3.1.7, 4.1.2) ---- */
    la a0, vec_base
    ori t0, a0, 1
    csrw mtvec, t0
    csrr t1, mtvec
    CHECK_REG(51, t1, t0)                      /* Vectored */
    csrw mtvec, a0
    csrr t1, mtvec
    CHECK_REG(52, t1, a0)                      /* Direct */
    ori t0, a0, 2
    csrw mtvec, t0
    csrr t1, mtvec
    andi t1, t1, 3
    li TESTNUM, 53
    li t2, 2
    bgeu t1, t2, fail                          /* reserved MODE never reads back */
    la t0, m_trap
    csrw mtvec, t0
    ori t0, a0, 1
    csrw stvec, t0
    csrr t1, stvec
    CHECK_REG(54, t1, t0)
    la t0, s_trap
    csrw stvec, t0

    /* ---- scratch registers, mepc alignment (3.1.13, 3.1.14, 4.1.6) ---- */
    li a0, 0x0123456789abcdef
    csrw mscratch, a0
    li a1, 0x7edcba9876543210
    csrrw t0, mscratch, a1
    CHECK_REG(55, t0, a0)
    csrr t0, mscratch
    CHECK_REG(56, t0, a1)
    csrw sscratch, a0
    csrr t0, sscratch
    CHECK_REG(57, t0, a0)
    LOW_OK(58, PRV_S, csrrw t0, sscratch, a1)
    csrr t0, sscratch
    CHECK_REG(59, t0, a1)
#ifndef QEMU72_QUIRKS /* QEMU 7.2 keeps mepc[0] / sepc[0] */
    li t0, 0x80001235
    csrw mepc, t0
    csrr t1, mepc
    CHECK_EQ(60, t1, 0x80001234)               /* mepc[0] is always 0 */
    csrw sepc, t0
    csrr t1, sepc
    CHECK_EQ(61, t1, 0x80001234)
#endif

    /* ---- counter enables (3.1.11, 4.1.5) ---- */
    csrw mcounteren, zero
    csrw scounteren, zero
    M_OK(62, rdcycle t0)                       /* M-mode is never gated */
#ifndef NO_TIME_CSR /* QEMU's spike machine has no time CSR */
    M_OK(63, rdtime t0)
#endif
    M_OK(64, rdinstret t0)
    LOW_ILLEGAL(65, PRV_S, rdcycle t0)
    LOW_ILLEGAL(66, PRV_S, rdtime t0)
    LOW_ILLEGAL(67, PRV_S, rdinstret t0)
    li t0, 7
    csrw mcounteren, t0
    LOW_OK(68, PRV_S, rdcycle t0)
#ifndef NO_TIME_CSR /* QEMU's spike machine has no time CSR */
    LOW_OK(69, PRV_S, rdtime t0)
#endif
    LOW_OK(70, PRV_S, rdinstret t0)
    LOW_ILLEGAL(71, PRV_U, rdcycle t0)         /* U needs scounteren too */
    LOW_ILLEGAL(72, PRV_U, rdtime t0)
    LOW_ILLEGAL(73, PRV_U, rdinstret t0)
    li t0, 7
    csrw scounteren, t0
    LOW_OK(74, PRV_U, rdcycle t0)
#ifndef NO_TIME_CSR /* QEMU's spike machine has no time CSR */
    LOW_OK(75, PRV_U, rdtime t0)
#endif
    LOW_OK(76, PRV_U, rdinstret t0)
    csrw mcounteren, zero                      /* ... and mcounteren */
    LOW_ILLEGAL(77, PRV_U, rdcycle t0)
    LOW_ILLEGAL(78, PRV_U, rdtime t0)
    li t0, 5                                   /* CY and IR only */
    csrw mcounteren, t0
    LOW_OK(79, PRV_U, rdinstret t0)
    LOW_ILLEGAL(80, PRV_U, rdtime t0)
    csrw mcounteren, zero
    csrw scounteren, zero

    /* ---- mcountinhibit (3.1.12) ---- */
#ifndef QEMU72_QUIRKS /* QEMU 7.2 lets mcountinhibit[1] be set */
    li t0, -1
    csrw CSR_MCOUNTINHIBIT, t0
    csrr t0, CSR_MCOUNTINHIBIT
    andi t1, t0, 2
    CHECK_EQ(81, t1, 0)                        /* time cannot be inhibited: bit 1 is 0 */
#endif
    li t0, 5
    csrw CSR_MCOUNTINHIBIT, t0                 /* stop mcycle and minstret */
    li a0, 0x12345
    csrw mcycle, a0
    csrw minstret, a0
    nop
    nop
    csrr t1, mcycle
    CHECK_REG(82, t1, a0)
    csrr t1, minstret
    CHECK_REG(83, t1, a0)
    rdcycle t1                                 /* cycle is mcycle's read-only shadow */
    CHECK_REG(84, t1, a0)
    csrw CSR_MCOUNTINHIBIT, zero
    li t2, 100
1:  addi t2, t2, -1
    bnez t2, 1b
    csrr t1, minstret
    li TESTNUM, 85
    bgeu a0, t1, fail                          /* counting again */

    /* ---- menvcfg / senvcfg (3.1.18, 4.1.10) ---- */
    M_OK(86, csrr t0, CSR_MENVCFG)
    M_OK(87, csrr t0, CSR_SENVCFG)
    csrsi CSR_MENVCFG, ENVCFG_FIOM
    csrr t0, CSR_MENVCFG
    andi t0, t0, ENVCFG_FIOM
    CHECK_EQ(88, t0, ENVCFG_FIOM)
    csrci CSR_MENVCFG, ENVCFG_FIOM
    csrsi CSR_SENVCFG, ENVCFG_FIOM
    csrr t0, CSR_SENVCFG
    andi t0, t0, ENVCFG_FIOM
    CHECK_EQ(89, t0, ENVCFG_FIOM)
    csrci CSR_SENVCFG, ENVCFG_FIOM
    LOW_ILLEGAL(90, PRV_S, csrr t0, CSR_MENVCFG)
    LOW_OK(91, PRV_S, csrr t0, CSR_SENVCFG)
    LOW_ILLEGAL(92, PRV_U, csrr t0, CSR_SENVCFG)

    /* ---- PMP registers (3.7.1): zero entries is legal (then every PMP CSR reads 0) ---- */
    li a0, 0x20000fff                          /* NAPOT 32 KiB at 0x80000000 */
    csrw pmpaddr0, a0
    csrr t0, pmpaddr0
    bnez t0, 1f
    csrr t0, pmpcfg0                           /* no PMP: pmpcfg0 is read-only zero too */
    CHECK_EQ(93, t0, 0)
    j 2f
1:  CHECK_REG(93, t0, a0)
    csrr t0, pmpcfg0
    andi t0, t0, 0xff
    CHECK_EQ(94, t0, 0x1f)
    li t0, 0x19                                /* NAPOT, R only */
    csrw pmpcfg0, t0
    csrr t0, pmpcfg0
    andi t0, t0, 0xff
    CHECK_EQ(95, t0, 0x19)
#ifndef QEMU72_QUIRKS /* QEMU 7.2 stores the reserved R=0/W=1 pmpcfg encoding */
    li t0, 0x1a                                /* NAPOT, W without R: reserved */
    csrw pmpcfg0, t0
    csrr t0, pmpcfg0
    andi t0, t0, 3
    li TESTNUM, 96
    li t1, 2
    beq t0, t1, fail                           /* R=0, W=1 is never held */
#endif
2:  PMP_ALLOW_ALL
    LOW_ILLEGAL(97, PRV_S, csrr t0, pmpcfg0)

    /* ---- satp (4.1.11) ---- */
    la t0, vec_base
    srli t0, t0, 12
    li t1, SATP_MODE_SV39
    or a0, t0, t1
    csrw satp, a0
    csrr t1, satp
    CHECK_REG(98, t1, a0)                      /* Sv39 is supported */
    li t1, 0x1000000000000000                  /* MODE 1: reserved, so the write is ignored */
    or t1, t0, t1
    csrw satp, t1
    csrr t1, satp
    CHECK_REG(99, t1, a0)
    csrw satp, zero
    LOW_ILLEGAL(100, PRV_U, csrr t0, satp)

    RVTEST_PASS

    PRIV_TRAP_HANDLERS

    .align 8
vec_base:
    j fail

RVTEST_END
