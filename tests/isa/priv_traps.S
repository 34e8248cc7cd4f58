/* priv_traps.S - synchronous traps, trap return, delegation and the mstatus trap controls
 * (capa ISA test).
 *
 * Written from the RISC-V Privileged Architecture v1.12 (20211203):
 *   3.1.6.1 privilege/interrupt-enable stack: a trap from y into x sets xPIE=xIE, xIE=0, xPP=y;
 *           xRET sets xIE=xPIE, xPIE=1, xPP=least-privileged mode (U), and clears MPRV when it
 *           returns to a mode other than M.
 *   3.1.6.3 MPRV (loads/stores translated as if in mode MPP; fetch unaffected), SUM.
 *   3.1.6.5 TVM (satp / SFENCE.VMA in S trap), TW (WFI below M traps when it would not
 *           complete; with S-mode present, WFI in U-mode traps), TSR (SRET in S traps).
 *   3.1.8   medeleg: delegated traps go to S (scause, sepc, stval, SPP, SPIE, SIE); traps never
 *           go from a more- to a less-privileged mode (an exception in M is taken in M).
 *   3.1.14-3.1.16 mepc = address of the trapping instruction, mcause codes, mtval rules
 *           (illegal instruction: 0 or the instruction bits; ECALL: 0; breakpoint: 0 or pc).
 *   3.3.1   ECALL (causes 8/9/11) and EBREAK (cause 3); 3.3.2 MRET/SRET availability
 *           (xRET is illegal below mode x; SRET may be executed in M).
 *   4.3/4.4 Sv39 page tables, used for the MPRV cases.
 * Trap recording and ENTER/ARM: see priv_macros.h. Build with -DQEMU72_QUIRKS to skip the
 * checks that QEMU 7.2 gets wrong (each is marked). */
#include "env.h"
#include "priv_macros.h"

/* The program seen through the U=1 alias gigapage: VA = PA - U_ALIAS_OFF. */
#define U_ALIAS_OFF 0x40000000

RVTEST_BEGIN
    PRIV_INIT

    /* ---- ECALL from each mode (3.3.1) ---- */
    ARM(1f)
2:  ecall
1:  CHECK_EQ(1, s2, CAUSE_MACHINE_ECALL)
    la t0, 2b
    CHECK_REG(2, s3, t0)                       /* mepc = the ECALL itself */
    CHECK_EQ(3, s4, 0)                         /* mtval = 0 */
    ENTER(PRV_S, 2f, 1f)
2:  ecall
1:  CHECK_EQ(4, s2, CAUSE_SUPERVISOR_ECALL)
    la t0, 2b
    CHECK_REG(5, s3, t0)
    CHECK_FIELD(6, s5, MSTATUS_MPP, MSTATUS_MPP_S)
    ENTER(PRV_U, 2f, 1f)
2:  ecall
1:  CHECK_EQ(7, s2, CAUSE_USER_ECALL)
    la t0, 2b
    CHECK_REG(8, s3, t0)
    CHECK_FIELD(9, s5, MSTATUS_MPP, 0)
    CHECK_EQ(10, s4, 0)

    /* ---- EBREAK (3.3.1): cause 3, mtval 0 or the pc ---- */
    ARM(1f)
2:  ebreak
1:  CHECK_EQ(11, s2, CAUSE_BREAKPOINT)
    la t0, 2b
    CHECK_REG(12, s3, t0)
    li TESTNUM, 13
    beqz s4, 3f
    bne s4, t0, fail
3:  ENTER(PRV_S, 2f, 1f)
2:  c.ebreak
1:  CHECK_EQ(14, s2, CAUSE_BREAKPOINT)
    la t0, 2b
    CHECK_REG(15, s3, t0)

    /* ---- illegal instruction (3.1.16): mtval is 0 or the instruction ---- */
    ARM(1f)
2:  .word 0x00007003                           /* LOAD with funct3 = 7: reserved on RV64 */
1:  CHECK_EQ(16, s2, CAUSE_ILLEGAL_INSTRUCTION)
    la t0, 2b
    CHECK_REG(17, s3, t0)
    CHECK_TVAL_INSN(18, s4, s3)

    /* ---- xRET is illegal below its mode; SRET is legal in M (3.3.2) ---- */
    LOW_ILLEGAL(19, PRV_S, mret)
    LOW_ILLEGAL(20, PRV_U, mret)
    LOW_ILLEGAL(21, PRV_U, sret)

    /* ---- MRET pops the M stack (3.1.6.1) ---- */
    li t0, (MSTATUS_MPP | MSTATUS_MPIE)        /* MPP = M, MPIE = 1, MIE = 0 */
    csrs mstatus, t0
    csrci mstatus, MSTATUS_MIE
    la t0, 1f
    csrw mepc, t0
    mret
1:  csrr a0, mstatus
    csrci mstatus, MSTATUS_MIE
    CHECK_FIELD(22, a0, MSTATUS_MIE, MSTATUS_MIE)   /* MIE = old MPIE */
    CHECK_FIELD(23, a0, MSTATUS_MPIE, MSTATUS_MPIE) /* MPIE = 1 */
    CHECK_FIELD(24, a0, MSTATUS_MPP, 0)             /* MPP = U, the least-privileged mode */
    li t0, MSTATUS_MPP                              /* again with MPIE = 0 */
    csrs mstatus, t0
    li t0, MSTATUS_MPIE
    csrc mstatus, t0
    la t0, 1f
    csrw mepc, t0
    mret
1:  csrr a0, mstatus
    CHECK_FIELD(25, a0, MSTATUS_MIE, 0)
    CHECK_FIELD(26, a0, MSTATUS_MPIE, MSTATUS_MPIE)
    li t0, (MSTATUS_MPP | MSTATUS_MPRV)        /* MRET to M keeps MPRV */
    csrs mstatus, t0
    la t0, 1f
    csrw mepc, t0
    mret
1:  csrr a0, mstatus
    li t0, MSTATUS_MPRV
    csrc mstatus, t0
    CHECK_FIELD(27, a0, MSTATUS_MPRV, MSTATUS_MPRV)
    li t0, MSTATUS_MPRV                        /* MRET to S clears MPRV */
    csrs mstatus, t0
    ENTER(PRV_S, 2f, 1f)
2:  ecall
1:  CHECK_EQ(28, s2, CAUSE_SUPERVISOR_ECALL)
#ifndef QEMU72_QUIRKS /* QEMU 7.2's MRET does not clear MPRV */
    CHECK_FIELD(29, s5, MSTATUS_MPRV, 0)
#endif
    li t0, MSTATUS_MPRV                        /* MRET to U clears MPRV */
    csrs mstatus, t0
    ENTER(PRV_U, 2f, 1f)
2:  ecall
1:  CHECK_EQ(30, s2, CAUSE_USER_ECALL)
#ifndef QEMU72_QUIRKS /* QEMU 7.2's MRET does not clear MPRV */
    CHECK_FIELD(31, s5, MSTATUS_MPRV, 0)
#endif

    /* ---- SRET pops the S stack; legal in M (3.1.6.1, 3.3.2) ---- */
    li t0, (MSTATUS_SPP | MSTATUS_SPIE)        /* from M: SPP = S, SPIE = 1, SIE = 0 */
    csrs mstatus, t0
    csrci mstatus, MSTATUS_SIE
    ARM(1f)
    la t0, 2f
    csrw sepc, t0
    sret
2:  ecall
1:  CHECK_EQ(32, s2, CAUSE_SUPERVISOR_ECALL)   /* SRET went to S */
    la t0, 2b
    CHECK_REG(33, s3, t0)                      /* ... at sepc */
    CHECK_FIELD(34, s5, MSTATUS_SIE, MSTATUS_SIE)
    CHECK_FIELD(35, s5, MSTATUS_SPIE, MSTATUS_SPIE)
    CHECK_FIELD(36, s5, MSTATUS_SPP, 0)
    csrci mstatus, MSTATUS_SIE
    li t0, MSTATUS_SPP                         /* in S: SPP = S, SPIE = 0, SIE = 1 */
    csrs mstatus, t0
    li t0, MSTATUS_SPIE
    csrc mstatus, t0
    csrsi mstatus, MSTATUS_SIE
    la t0, 3f
    csrw sepc, t0
    ENTER(PRV_S, 2f, 1f)
2:  sret
    ecall
3:  ecall
1:  CHECK_EQ(37, s2, CAUSE_SUPERVISOR_ECALL)
    la t0, 3b
    CHECK_REG(38, s3, t0)
    CHECK_FIELD(39, s5, MSTATUS_SIE, 0)
    CHECK_FIELD(40, s5, MSTATUS_SPIE, MSTATUS_SPIE)
    li t0, (MSTATUS_MPRV | MSTATUS_MPP)        /* SRET from M to U clears MPRV */
    csrs mstatus, t0
    li t0, MSTATUS_SPP
    csrc mstatus, t0
    ARM(1f)
    la t0, 2f
    csrw sepc, t0
    sret
2:  ecall
1:  CHECK_EQ(41, s2, CAUSE_USER_ECALL)
#ifndef QEMU72_QUIRKS /* QEMU 7.2's SRET does not clear MPRV */
    CHECK_FIELD(42, s5, MSTATUS_MPRV, 0)
#endif
    li t0, MSTATUS_MPRV
    csrc mstatus, t0

    /* ---- delegation with medeleg (3.1.8) ---- */
    li t0, (1 << CAUSE_USER_ECALL) | (1 << CAUSE_ILLEGAL_INSTRUCTION)
    csrw medeleg, t0
    csrsi sstatus, MSTATUS_SIE
    ENTER(PRV_U, 2f, 1f)
2:  ecall
1:  CHECK_SCAUSE(43, CAUSE_USER_ECALL)         /* taken in S, then s_trap's ECALL reached M */
    la t0, 2b
    CHECK_REG(44, s8, t0)                      /* sepc */
    CHECK_EQ(45, s9, 0)                        /* stval = 0 for ECALL */
    CHECK_FIELD(46, s10, MSTATUS_SPP, 0)       /* from U */
    CHECK_FIELD(47, s10, MSTATUS_SPIE, MSTATUS_SPIE)
    CHECK_FIELD(48, s10, MSTATUS_SIE, 0)
    ENTER(PRV_S, 2f, 1f)                       /* horizontal: illegal in S stays in S */
2:  .word 0x00007003
1:  CHECK_SCAUSE(49, CAUSE_ILLEGAL_INSTRUCTION)
    la t0, 2b
    CHECK_REG(50, s8, t0)
    CHECK_FIELD(51, s10, MSTATUS_SPP, MSTATUS_SPP)
    CHECK_TVAL_INSN(52, s9, s8)
    li t0, -1                                  /* everything except ECALL-from-S (s_trap's exit) */
    csrw medeleg, t0
    li t0, (1 << CAUSE_SUPERVISOR_ECALL)
    csrc medeleg, t0
    ARM(1f)                                    /* never from M down to S */
2:  .word 0x00007003
1:  CHECK_EQ(53, s2, CAUSE_ILLEGAL_INSTRUCTION)
    CHECK_EQ(54, s7, -1)
    ARM(1f)
    ebreak
1:  CHECK_EQ(55, s2, CAUSE_BREAKPOINT)
    CHECK_EQ(56, s7, -1)
    ARM(1f)
    ecall
1:  CHECK_EQ(57, s2, CAUSE_MACHINE_ECALL)
    CHECK_EQ(58, s7, -1)
    csrw medeleg, zero

    /* ---- TVM (3.1.6.5) ---- */
    li t0, MSTATUS_TVM
    csrs mstatus, t0
    LOW_ILLEGAL(59, PRV_S, csrr t0, satp)
    LOW_ILLEGAL(60, PRV_S, csrw satp, zero)
    LOW_ILLEGAL(61, PRV_S, sfence.vma)
    ARM(1f)
    csrr t0, satp                              /* M is not affected */
    sfence.vma
    ecall
1:  CHECK_EQ(62, s2, CAUSE_MACHINE_ECALL)
    li t0, MSTATUS_TVM
    csrc mstatus, t0
    LOW_OK(63, PRV_S, csrr t0, satp)
    LOW_OK(64, PRV_S, sfence.vma)

    /* ---- TW and WFI below M (3.1.6.5, 3.3.3) ----
     * With nothing enabled in mie the WFI can never complete, so the bounded time limit expires
     * and it must trap (an implementation that treats WFI as a NOP here would be legal in
     * principle; capa, like QEMU, uses a zero time limit). */
    li t0, MSTATUS_TW
    csrs mstatus, t0
    LOW_ILLEGAL(65, PRV_S, wfi)
    LOW_ILLEGAL(66, PRV_U, wfi)
    li t0, MSTATUS_TW
    csrc mstatus, t0
    LOW_ILLEGAL(67, PRV_U, wfi)                /* S-mode exists, so U-mode WFI traps even if TW=0 */
    li t0, MIP_SSIP                            /* TW=0: WFI in S completes when an interrupt is */
    csrw mideleg, t0                           /* pending and locally enabled, even though SIE=0 */
    csrw mie, t0
    csrs mip, t0
    csrci sstatus, MSTATUS_SIE
    LOW_OK(68, PRV_S, wfi)
    csrw mie, zero
    csrc mip, t0
    csrw mideleg, zero

    /* ---- TSR (3.1.6.5) ---- */
    li t0, MSTATUS_TSR
    csrs mstatus, t0
    la t0, 3f
    csrw sepc, t0
    LOW_ILLEGAL(69, PRV_S, sret)
    li t0, MSTATUS_SPP                         /* SRET in M is not affected by TSR */
    csrs mstatus, t0
    ARM(1f)
    sret
3:  ecall
1:  CHECK_EQ(70, s2, CAUSE_SUPERVISOR_ECALL)
    li t0, MSTATUS_TSR
    csrc mstatus, t0

    /* ---- MPRV with an Sv39 page table (3.1.6.3) ----
     * root[2]: 1 GiB identity page at 0x80000000, S-only (U=0).
     * root[1]: 1 GiB page at VA 0x40000000 -> PA 0x80000000, U=1 (the "user alias"). */
    PT_LEAF_PA(pt_root, 2, 0x80000000, PTE_V | PTE_RWX | PTE_A | PTE_D)
    PT_LEAF_PA(pt_root, 1, 0x80000000, PTE_V | PTE_R | PTE_W | PTE_U | PTE_A | PTE_D)
    SATP_SET(SATP_MODE_SV39, pt_root)
    la a0, tdata                               /* identity VA, U=0 */
    li t0, U_ALIAS_OFF
    sub a1, a0, t0                             /* alias VA, U=1 */
    li a2, 0x1122334455667788
    li t0, (MSTATUS_MPRV | MSTATUS_MPP)        /* MPRV=1, MPP=U */
    csrc mstatus, t0
    li t0, MSTATUS_MPRV
    csrs mstatus, t0
    ARM(1f)
    ld t2, 0(a1)                               /* U-mode view: the U page is readable */
    ecall
1:  CHECK_EQ(71, s2, CAUSE_MACHINE_ECALL)
    CHECK_REG(72, t2, a2)
    li t0, MSTATUS_MPP                         /* the trap set MPP = M: back to U */
    csrc mstatus, t0
    ARM(1f)
2:  ld t2, 0(a0)                               /* the S-only page faults */
    ecall
1:  CHECK_EQ(73, s2, CAUSE_LOAD_PAGE_FAULT)
    CHECK_REG(74, s4, a0)                      /* mtval = the virtual address */
    la t0, 2b
    CHECK_REG(75, s3, t0)
    li t0, MSTATUS_MPP
    csrc mstatus, t0
    ARM(1f)
    sd a2, 0(a0)
    ecall
1:  CHECK_EQ(76, s2, CAUSE_STORE_PAGE_FAULT)
    CHECK_REG(77, s4, a0)
    li t0, MSTATUS_MPP                         /* MPP=S, SUM=0: the U page faults */
    csrc mstatus, t0
    li t0, MSTATUS_MPP_S
    csrs mstatus, t0
    ARM(1f)
    ld t2, 0(a1)
    ecall
1:  CHECK_EQ(78, s2, CAUSE_LOAD_PAGE_FAULT)
    CHECK_REG(79, s4, a1)
    li t0, MSTATUS_MPP
    csrc mstatus, t0
    li t0, (MSTATUS_MPP_S | MSTATUS_SUM)       /* MPP=S, SUM=1: both pages are readable */
    csrs mstatus, t0
    ARM(1f)
    ld t2, 0(a1)
    ld t3, 0(a0)
    ecall
1:  CHECK_EQ(80, s2, CAUSE_MACHINE_ECALL)
    CHECK_REG(81, t2, a2)
    CHECK_REG(82, t3, a2)
    li t0, (MSTATUS_MPRV | MSTATUS_MPP | MSTATUS_SUM)
    csrc mstatus, t0
    csrw satp, zero
    sfence.vma

    RVTEST_PASS

    PRIV_TRAP_HANDLERS

RVTEST_END

    .data
    .align 12
pt_root:
    .zero 4096
    .align 3
tdata:
    .dword 0x1122334455667788
