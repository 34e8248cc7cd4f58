/* priv_interrupts.S - interrupts that software can raise without a device (capa ISA test).
 *
 * Written from the RISC-V Privileged Architecture v1.12 (20211203) and Sstc v1.0:
 *   3.1.6.1 global enables: in mode x, interrupts for x are enabled iff xIE=1; interrupts for
 *           more-privileged modes are always enabled, for less-privileged modes never.
 *   3.1.7   mtvec / 4.1.2 stvec Vectored mode: interrupts go to BASE + 4*cause, exceptions to
 *           BASE.
 *   3.1.8   mideleg: a delegated interrupt traps to S and is masked in M.
 *   3.1.9   mip/mie: SSIP, STIP and SEIP are writable by M-mode; MSIP/MTIP/MEIP are read-only
 *           in mip; an interrupt traps to M iff (mode < M or MIE) and mip&mie and not delegated;
 *           it is evaluated immediately after a write to mip/mie/mstatus/mideleg; M-level
 *           interrupts beat S-level ones; fixed order MEI > MSI > MTI > SEI > SSI > STI.
 *   4.1.3   sip/sie: a restricted view (non-delegated bits read-only zero); SSIP writable.
 *   3.1.15  mcause: Interrupt bit (63) set for interrupts.
 *   3.3.3   WFI resumes when a locally enabled interrupt is pending, regardless of the global
 *           enables and of delegation.
 *   Sstc:   menvcfg.STCE (bit 63) enables stimecmp (CSR 0x14d); STIP is pending while
 *           time >= stimecmp (eventually, not necessarily immediately); stimecmp in S-mode needs
 *           STCE=1 and mcounteren.TM=1; with STCE=0, STIP is writable by M as usual.
 * Not covered: MEI, MSI and MTI need a platform device (PLIC/CLINT), so only their read-only-ness
 * in mip is checked, and the MEI > MSI > MTI part of the priority order is not exercised.
 * Trap recording and ENTER/ARM: see priv_macros.h. Build with -DQEMU72_QUIRKS to skip the
 * checks QEMU 7.2 gets wrong, and with -DNO_TIME_CSR on a platform without the time CSR (QEMU's
 * spike machine), which also removes Sstc. */
#include "env.h"
#include "priv_macros.h"

#define INTR(irq) (CAUSE_INTR | (irq))

/* Poll (bounded) until (mip & bit) == want; case n fails on time-out. Uses t0, t1, t6. */
#define WAIT_MIP(n, bit, want)                                                                     \
    li TESTNUM, n;                                                                                 \
    li t1, 1000000;                                                                                \
    88 : csrr t0, mip;                                                                             \
    andi t0, t0, bit;                                                                              \
    li t6, want;                                                                                   \
    beq t0, t6, 89f;                                                                               \
    addi t1, t1, -1;                                                                               \
    bnez t1, 88b;                                                                                  \
    j fail;                                                                                        \
    89:

RVTEST_BEGIN
    PRIV_INIT
    li t0, MENVCFG_STCE                        /* start with Sstc off: STIP is a plain bit */
    csrc CSR_MENVCFG, t0

    /* ---- which mip bits M can write (3.1.9) ---- */
    csrsi mip, MIP_SSIP
    csrr t0, mip
    andi t0, t0, MIP_SSIP
    CHECK_EQ(1, t0, MIP_SSIP)
    csrci mip, MIP_SSIP
    csrr t0, mip
    andi t0, t0, MIP_SSIP
    CHECK_EQ(2, t0, 0)
    li a0, MIP_STIP
    csrs mip, a0
    csrr t0, mip
    and t0, t0, a0
    CHECK_REG(3, t0, a0)
    csrc mip, a0
    csrr t0, mip
    and t0, t0, a0
    CHECK_EQ(4, t0, 0)
    li a0, MIP_SEIP
    csrs mip, a0
    csrr t0, mip
    and t0, t0, a0
    CHECK_REG(5, t0, a0)
    csrc mip, a0
    csrr t0, mip
    and t0, t0, a0
    CHECK_EQ(6, t0, 0)
    li a0, (MIP_MSIP | MIP_MTIP | MIP_MEIP)    /* read-only in mip: writes change nothing */
    csrr a1, mip
    csrs mip, a0
    csrr t0, mip
    and t0, t0, a0
    and t1, a1, a0
    CHECK_REG(7, t0, t1)
    csrc mip, a0
    csrr t0, mip
    and t0, t0, a0
    CHECK_REG(8, t0, t1)

    /* ---- sip / sie are views through mideleg (4.1.3) ---- */
    csrsi mip, MIP_SSIP
    csrr t0, sip
    andi t0, t0, MIP_SSIP
    CHECK_EQ(9, t0, 0)                         /* not delegated: invisible in sip */
    li t0, (MIP_SSIP | MIP_STIP | MIP_SEIP)
    csrw sie, t0
    csrr t0, sie
    CHECK_EQ(10, t0, 0)                        /* ... and not enableable through sie */
    csrr t0, mie
    CHECK_EQ(11, t0, 0)
    csrwi mideleg, MIP_SSIP
    csrr t0, sip
    andi t0, t0, MIP_SSIP
    CHECK_EQ(12, t0, MIP_SSIP)
    csrci mip, MIP_SSIP
    ENTER(PRV_S, 2f, 1f)                       /* S sets SSIP through sip */
2:  csrsi sip, MIP_SSIP
    ecall
1:  CHECK_EQ(13, s2, CAUSE_SUPERVISOR_ECALL)
    csrr t0, mip
    andi t0, t0, MIP_SSIP
    CHECK_EQ(14, t0, MIP_SSIP)
    csrci mip, MIP_SSIP
    csrwi sie, MIP_SSIP                        /* delegated: sie reaches mie */
    csrr t0, mie
    CHECK_EQ(15, t0, MIP_SSIP)
    csrw mie, zero
    csrw mideleg, zero

    /* ---- interrupts to M: enables (3.1.6.1, 3.1.9) ---- */
    csrwi mie, MIP_SSIP
    csrsi mip, MIP_SSIP
    ARM(1f)
    nop                                        /* MIE=0 in M: not taken */
    nop
1:  CHECK_EQ(16, s2, -1)
    ARM(1f)
    csrsi mstatus, MSTATUS_MIE
2:  nop
    nop
1:  csrci mstatus, MSTATUS_MIE
    CHECK_EQ(17, s2, INTR(IRQ_S_SOFT))         /* bit 63 set, cause 1 */
    la t0, 2b
    CHECK_REG(18, s3, t0)                      /* taken right after the enabling write */
    CHECK_FIELD(19, s5, MSTATUS_MPIE, MSTATUS_MPIE)
    CHECK_FIELD(20, s5, MSTATUS_MIE, 0)
    CHECK_FIELD(21, s5, MSTATUS_MPP, MSTATUS_MPP_M)
    csrw mie, zero                             /* mie bit clear: not taken even with MIE=1 */
    ARM(1f)
    csrsi mstatus, MSTATUS_MIE
    nop
    nop
1:  csrci mstatus, MSTATUS_MIE
    CHECK_EQ(22, s2, -1)
    csrwi mie, MIP_SSIP                        /* below M, M interrupts ignore MIE */
    ENTER(PRV_S, 2f, 1f)
2:  nop
    ecall
1:  CHECK_EQ(23, s2, INTR(IRQ_S_SOFT))
    la t0, 2b
    CHECK_REG(24, s3, t0)
    CHECK_FIELD(25, s5, MSTATUS_MPP, MSTATUS_MPP_S)
    ENTER(PRV_U, 2f, 1f)
2:  nop
    ecall
1:  CHECK_EQ(26, s2, INTR(IRQ_S_SOFT))
    CHECK_FIELD(27, s5, MSTATUS_MPP, 0)

    /* ---- interrupts delegated to S (3.1.8, 4.1.3) ---- */
    csrwi mideleg, MIP_SSIP                    /* SSIP still pending, SSIE still set */
    ARM(1f)
    csrsi mstatus, MSTATUS_MIE                 /* delegated: masked in M even with MIE=1 */
    nop
    nop
1:  csrci mstatus, MSTATUS_MIE
    CHECK_EQ(28, s2, -1)
    csrci sstatus, MSTATUS_SIE
    ENTER(PRV_S, 2f, 1f)                       /* S with SIE=0: not taken */
2:  nop
    ecall
1:  CHECK_EQ(29, s2, CAUSE_SUPERVISOR_ECALL)
    CHECK_EQ(30, s7, -1)
    csrsi sstatus, MSTATUS_SIE
    ENTER(PRV_S, 2f, 1f)                       /* S with SIE=1: taken in S */
2:  nop
    ecall
1:  CHECK_SCAUSE(31, INTR(IRQ_S_SOFT))
    la t0, 2b
    CHECK_REG(32, s8, t0)
    CHECK_FIELD(33, s10, MSTATUS_SPP, MSTATUS_SPP)
    CHECK_FIELD(34, s10, MSTATUS_SPIE, MSTATUS_SPIE)
    csrci sstatus, MSTATUS_SIE
    ENTER(PRV_U, 2f, 1f)                       /* U: S interrupts ignore SIE */
2:  nop
    ecall
1:  CHECK_SCAUSE(35, INTR(IRQ_S_SOFT))
    CHECK_FIELD(36, s10, MSTATUS_SPP, 0)
    csrci mip, MIP_SSIP
    csrw mie, zero
    csrw mideleg, zero

    /* ---- priority (3.1.9): SEI > SSI > STI, and M-level before S-level ----
     * (QEMU 7.2 takes SSI and STI before SEI, so the SEI steps are skipped with the quirks.) */
#ifndef QEMU72_QUIRKS
    li a0, (MIP_SSIP | MIP_STIP | MIP_SEIP)
#else
    li a0, (MIP_SSIP | MIP_STIP)
#endif
    li t0, (MIP_SSIP | MIP_STIP | MIP_SEIP)
    csrw mie, t0
    csrs mip, a0
#ifndef QEMU72_QUIRKS /* QEMU 7.2 takes SSI and STI before SEI */
    ARM(1f)
    csrsi mstatus, MSTATUS_MIE
1:  CHECK_EQ(37, s2, INTR(IRQ_S_EXT))
    li t0, MIP_SEIP
    csrc mip, t0
#endif
    ARM(1f)
    csrsi mstatus, MSTATUS_MIE
1:  CHECK_EQ(38, s2, INTR(IRQ_S_SOFT))
    csrci mip, MIP_SSIP
    ARM(1f)
    csrsi mstatus, MSTATUS_MIE
1:  CHECK_EQ(39, s2, INTR(IRQ_S_TIMER))
    li t0, MIP_STIP
    csrc mip, t0
    li t0, (MIP_SSIP | MIP_STIP | MIP_SEIP)    /* the same, delegated, taken in S */
    csrw mideleg, t0
    csrs mip, a0
#ifndef QEMU72_QUIRKS
    csrsi sstatus, MSTATUS_SIE
    ENTER(PRV_S, 2f, 1f)
2:  ecall
1:  CHECK_SCAUSE(40, INTR(IRQ_S_EXT))
    li t0, MIP_SEIP
    csrc mip, t0
#endif
    csrsi sstatus, MSTATUS_SIE
    ENTER(PRV_S, 2f, 1f)
2:  ecall
1:  CHECK_SCAUSE(41, INTR(IRQ_S_SOFT))
    csrci mip, MIP_SSIP
    csrsi sstatus, MSTATUS_SIE
    ENTER(PRV_S, 2b, 1f)
1:  CHECK_SCAUSE(42, INTR(IRQ_S_TIMER))
    csrwi mideleg, MIP_SSIP                    /* SSI to S, STI to M: M wins despite SSI > STI */
    csrs mip, a0
#ifndef QEMU72_QUIRKS
    ENTER(PRV_U, 2b, 1f)
1:  CHECK_EQ(43, s2, INTR(IRQ_S_EXT))          /* SEI (not delegated) first */
    CHECK_EQ(44, s7, -1)
    li t0, MIP_SEIP
    csrc mip, t0
#endif
    ENTER(PRV_U, 2b, 1f)
1:  CHECK_EQ(45, s2, INTR(IRQ_S_TIMER))
    CHECK_EQ(46, s7, -1)
    li t0, MIP_STIP
    csrc mip, t0
    ENTER(PRV_U, 2b, 1f)                       /* only the delegated SSI is left */
1:  CHECK_SCAUSE(47, INTR(IRQ_S_SOFT))
    csrw mip, zero
    csrw mie, zero
    csrw mideleg, zero

    /* ---- Vectored mtvec / stvec (3.1.7, 4.1.2) ---- */
    la t0, vec_m
    ori t0, t0, 1
    csrw mtvec, t0
    csrwi mie, MIP_SSIP
    csrsi mip, MIP_SSIP
    ARM(1f)
    li a7, -1
    csrsi mstatus, MSTATUS_MIE
1:  CHECK_EQ(48, s2, INTR(IRQ_S_SOFT))
    CHECK_EQ(49, a7, IRQ_S_SOFT)               /* entered at BASE + 4*1 */
    csrci mip, MIP_SSIP
    li a0, MIP_STIP
    csrw mie, a0
    csrs mip, a0
    ARM(1f)
    csrsi mstatus, MSTATUS_MIE
1:  CHECK_EQ(50, a7, IRQ_S_TIMER)
    csrc mip, a0
    li a0, MIP_SEIP
    csrw mie, a0
    csrs mip, a0
    ARM(1f)
    csrsi mstatus, MSTATUS_MIE
1:  CHECK_EQ(51, a7, IRQ_S_EXT)
    csrc mip, a0
    csrw mie, zero
    ARM(1f)
    ecall                                      /* exceptions use BASE */
1:  CHECK_EQ(52, s2, CAUSE_MACHINE_ECALL)
    CHECK_EQ(53, a7, 0)
    la t0, m_trap
    csrw mtvec, t0
    la t0, vec_s
    ori t0, t0, 1
    csrw stvec, t0
    li a0, (MIP_SSIP | MIP_STIP)
    csrw mideleg, a0
    csrw mie, a0
    csrsi mip, MIP_SSIP
    li a7, -1
    ENTER(PRV_U, 2f, 1f)
2:  ecall
1:  CHECK_SCAUSE(54, INTR(IRQ_S_SOFT))
    CHECK_EQ(55, a7, IRQ_S_SOFT)
    csrci mip, MIP_SSIP
    li t0, MIP_STIP
    csrs mip, t0
    ENTER(PRV_U, 2b, 1f)
1:  CHECK_SCAUSE(56, INTR(IRQ_S_TIMER))
    CHECK_EQ(57, a7, IRQ_S_TIMER)
    li t0, MIP_STIP
    csrc mip, t0
    li t0, (1 << CAUSE_USER_ECALL)
    csrw medeleg, t0
    ENTER(PRV_U, 2b, 1f)
1:  CHECK_SCAUSE(58, CAUSE_USER_ECALL)
    CHECK_EQ(59, a7, 0)
    csrw medeleg, zero
    csrw mie, zero
    csrw mideleg, zero
    la t0, s_trap
    csrw stvec, t0

    /* ---- WFI wakes on a locally enabled interrupt whatever MIE and mideleg say (3.3.3) ---- */
    csrwi mie, MIP_SSIP
    csrsi mip, MIP_SSIP
    ARM(1f)
    wfi
    nop
1:  CHECK_EQ(60, s2, -1)
    csrwi mideleg, MIP_SSIP
    ARM(1f)
    wfi
    nop
1:  CHECK_EQ(61, s2, -1)
    csrci mip, MIP_SSIP
    csrw mie, zero
    csrw mideleg, zero

#ifndef NO_TIME_CSR /* QEMU's spike machine has no time CSR (and so no Sstc) */
    /* ---- Sstc ---- */
    li a0, MENVCFG_STCE
    csrs CSR_MENVCFG, a0
    csrr t0, CSR_MENVCFG
    and t0, t0, a0
    CHECK_REG(62, t0, a0)
    li a1, 0x123456789
    csrw CSR_STIMECMP, a1
    csrr t0, CSR_STIMECMP
    CHECK_REG(63, t0, a1)
    csrw CSR_STIMECMP, zero                    /* time >= 0: STIP becomes pending */
    WAIT_MIP(64, MIP_STIP, MIP_STIP)
    li t0, -1
    csrw CSR_STIMECMP, t0                      /* far future: STIP clears */
    WAIT_MIP(65, MIP_STIP, 0)
    rdtime t0                                  /* a deadline just ahead also fires */
    addi t0, t0, 100
    csrw CSR_STIMECMP, t0
    WAIT_MIP(66, MIP_STIP, MIP_STIP)
    li t0, -1
    csrw CSR_STIMECMP, t0
    WAIT_MIP(67, MIP_STIP, 0)
    csrw mcounteren, zero                      /* S needs mcounteren.TM ... */
    ENTER(PRV_S, 2f, 1f)
2:  csrr t0, CSR_STIMECMP
    ecall
1:  CHECK_EQ(68, s2, CAUSE_ILLEGAL_INSTRUCTION)
    csrwi mcounteren, 2
    ENTER(PRV_S, 2b, 1f)
1:  CHECK_EQ(69, s2, CAUSE_SUPERVISOR_ECALL)
    csrc CSR_MENVCFG, a0                       /* ... and menvcfg.STCE */
    ENTER(PRV_S, 2b, 1f)
1:  CHECK_EQ(70, s2, CAUSE_ILLEGAL_INSTRUCTION)
    csrs CSR_MENVCFG, a0
    li t0, 2
    csrw scounteren, t0
    ENTER(PRV_U, 2b, 1f)                       /* U never: stimecmp is an S-level CSR */
1:  CHECK_EQ(71, s2, CAUSE_ILLEGAL_INSTRUCTION)
    csrw scounteren, zero
    li t0, MIP_STIP                            /* S schedules its own timer interrupt */
    csrw mideleg, t0
    csrw mie, t0
    csrsi sstatus, MSTATUS_SIE
    ENTER(PRV_S, 2f, 1f)
2:  csrw CSR_STIMECMP, zero
    li t0, 1000000                             /* wait (bounded) for the interrupt */
3:  addi t0, t0, -1
    bnez t0, 3b
    ecall
1:  CHECK_SCAUSE(72, INTR(IRQ_S_TIMER))
    li t0, -1
    csrw CSR_STIMECMP, t0
    WAIT_MIP(73, MIP_STIP, 0)
    csrw mie, zero
    csrw mideleg, zero
    csrw mcounteren, zero
    li t0, MENVCFG_STCE
    csrc CSR_MENVCFG, t0
#endif

    RVTEST_PASS

    PRIV_TRAP_HANDLERS

/* Vectored handlers: slot i of each table records a7 = i, then behaves like m_trap / s_trap. */
    .align 8
vec_m:
    .option push
    .option norvc
    j vm0
    j vm1
    j fail
    j fail
    j fail
    j vm5
    j fail
    j fail
    j fail
    j vm9
    j fail
    j fail
    .option pop
vm0: li a7, 0
    j vm_common
vm1: li a7, 1
    j vm_common
vm5: li a7, 5
    j vm_common
vm9: li a7, 9
vm_common:
    csrr s2, mcause
    csrr s3, mepc
    mv t5, s6
    la s6, m_trap_unexpected
    jr t5

    .align 8
vec_s:
    .option push
    .option norvc
    j vs0
    j vs1
    j fail
    j fail
    j fail
    j vs5
    j fail
    j fail
    j fail
    j fail
    .option pop
vs0: li a7, 0
    j s_trap
vs1: li a7, 1
    j s_trap
vs5: li a7, 5
    j s_trap

RVTEST_END
