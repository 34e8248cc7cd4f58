/* Shared definitions for capa's privileged-architecture and MMU tests (priv_*.S, mmu_*.S,
 * zicbo.S). Written from the RISC-V Privileged Architecture, version 1.12 (20211203):
 *   3.1.6  mstatus layout (RV64)          3.1.9  mip/mie bit positions
 *   3.1.15 mcause values                  4.1.11 satp MODE encodings
 *   4.3.1  Sv32/Sv39/Sv48/Sv57 PTE bits (V R W X U G A D)
 * CSRs that the assembler may not know for the selected -march (Sstc, 1.12 additions) are
 * accessed by number so that no "unknown CSR for this ISA" warning is raised.
 *
 * Trap-recording convention used by every file that includes this header
 * ---------------------------------------------------------------------
 *   m_trap (mtvec, Direct):   s2 = mcause, s3 = mepc, s4 = mtval, s5 = mstatus, then it jumps to
 *                             the M-mode resume address held in s6 (staying in M-mode: no MRET)
 *                             and re-arms s6 to `m_trap_unexpected`, so a second, unplanned trap
 *                             fails the current test case instead of looping.  Clobbers t5.
 *   s_trap (stvec, Direct):   s7 = scause, s8 = sepc, s9 = stval, s10 = sstatus, then ECALL,
 *                             which (medeleg[9] clear) lands in m_trap with s2 = 9.
 *   A test "enters" a mode with ENTER(mode, target, resume): the code at `target` runs in `mode`
 *   and normally finishes with ECALL; the trap brings the hart back to `resume` in M-mode.
 *   s2 / s7 are preset to -1 so "no trap happened" is detectable. */
#ifndef CAPA_PRIV_MACROS_H
#define CAPA_PRIV_MACROS_H

#define PRV_U 0
#define PRV_S 1
#define PRV_M 3

/* CSR numbers (privileged spec table 2.2-2.6; Sstc; Zicbo*) */
#define CSR_SENVCFG       0x10a
#define CSR_STIMECMP      0x14d
#define CSR_MENVCFG       0x30a
#define CSR_MCOUNTINHIBIT 0x320
#define CSR_MCONFIGPTR    0xf15

/* mstatus / sstatus fields, RV64 (section 3.1.6) */
#define MSTATUS_SIE   0x2
#define MSTATUS_MIE   0x8
#define MSTATUS_SPIE  0x20
#define MSTATUS_UBE   0x40
#define MSTATUS_MPIE  0x80
#define MSTATUS_SPP   0x100
#define MSTATUS_VS    0x600
#define MSTATUS_MPP   0x1800
#define MSTATUS_MPP_S 0x800
#define MSTATUS_MPP_M 0x1800
#define MSTATUS_FS    0x6000
#define MSTATUS_XS    0x18000
#define MSTATUS_MPRV  0x20000
#define MSTATUS_SUM   0x40000
#define MSTATUS_MXR   0x80000
#define MSTATUS_TVM   0x100000
#define MSTATUS_TW    0x200000
#define MSTATUS_TSR   0x400000
#define MSTATUS_UXL   0x300000000
#define MSTATUS_SXL   0xc00000000
#define MSTATUS_SBE   0x1000000000
#define MSTATUS_MBE   0x2000000000
#define MSTATUS_SD    0x8000000000000000
/* The bits that sstatus exposes when SXLEN=64 (section 4.1.1, figure 4.2) */
#define SSTATUS_MASK 0x80000003000de762

/* Interrupt numbers and mip/mie bits (section 3.1.9) */
#define IRQ_S_SOFT  1
#define IRQ_M_SOFT  3
#define IRQ_S_TIMER 5
#define IRQ_M_TIMER 7
#define IRQ_S_EXT   9
#define IRQ_M_EXT   11
#define MIP_SSIP    0x2
#define MIP_MSIP    0x8
#define MIP_STIP    0x20
#define MIP_MTIP    0x80
#define MIP_SEIP    0x200
#define MIP_MEIP    0x800
#define CAUSE_INTR  0x8000000000000000

/* Exception codes (section 3.1.15, table 3.6) */
#define CAUSE_MISALIGNED_FETCH    0
#define CAUSE_FETCH_ACCESS        1
#define CAUSE_ILLEGAL_INSTRUCTION 2
#define CAUSE_BREAKPOINT          3
#define CAUSE_MISALIGNED_LOAD     4
#define CAUSE_LOAD_ACCESS         5
#define CAUSE_MISALIGNED_STORE    6
#define CAUSE_STORE_ACCESS        7
#define CAUSE_USER_ECALL          8
#define CAUSE_SUPERVISOR_ECALL    9
#define CAUSE_MACHINE_ECALL       11
#define CAUSE_FETCH_PAGE_FAULT    12
#define CAUSE_LOAD_PAGE_FAULT     13
#define CAUSE_STORE_PAGE_FAULT    15
/* medeleg bits for the three page faults */
#define MEDELEG_PAGE_FAULTS ((1 << 12) | (1 << 13) | (1 << 15))

/* menvcfg / senvcfg fields (section 3.1.18; Zicbom/Zicboz; Sstc) */
#define ENVCFG_FIOM  0x1
#define ENVCFG_CBIE  0x30
#define ENVCFG_CBCFE 0x40
#define ENVCFG_CBZE  0x80
#define MENVCFG_STCE 0x8000000000000000

/* PTE bits (section 4.3.1) */
#define PTE_V   0x01
#define PTE_R   0x02
#define PTE_W   0x04
#define PTE_X   0x08
#define PTE_U   0x10
#define PTE_G   0x20
#define PTE_A   0x40
#define PTE_D   0x80
#define PTE_RWX (PTE_R | PTE_W | PTE_X)

/* satp.MODE (section 4.1.11, table 4.4), already shifted into bits 63:60 */
#define SATP_MODE_SV39 0x8000000000000000
#define SATP_MODE_SV48 0x9000000000000000
#define SATP_MODE_SV57 0xa000000000000000

/* Give S and U mode access to all of physical memory: PMP entry 0 = NAPOT over the whole
 * address space with R, W, X (section 3.7). Harmless if PMP is not implemented. */
#define PMP_ALLOW_ALL                                                                              \
    li t0, -1;                                                                                     \
    csrw pmpaddr0, t0;                                                                             \
    li t0, 0x1f;                                                                                   \
    csrw pmpcfg0, t0;

/* Install m_trap / s_trap and open PMP. Call once at the start of the test body. */
#define PRIV_INIT                                                                                  \
    la t0, m_trap;                                                                                 \
    csrw mtvec, t0;                                                                                \
    la t0, s_trap;                                                                                 \
    csrw stvec, t0;                                                                                \
    la s6, m_trap_unexpected;                                                                      \
    csrw medeleg, zero;                                                                            \
    csrw mideleg, zero;                                                                            \
    csrw mie, zero;                                                                                \
    PMP_ALLOW_ALL

/* The two recording trap handlers (see the header comment). Emit once per file, in .text. */
#define PRIV_TRAP_HANDLERS                                                                         \
    .align 2;                                                                                      \
    m_trap:                                                                                        \
    csrr s2, mcause;                                                                               \
    csrr s3, mepc;                                                                                 \
    csrr s4, mtval;                                                                                \
    csrr s5, mstatus;                                                                              \
    mv t5, s6;                                                                                     \
    la s6, m_trap_unexpected;                                                                      \
    jr t5;                                                                                         \
    m_trap_unexpected:                                                                             \
    j fail;                                                                                        \
    .align 2;                                                                                      \
    s_trap:                                                                                        \
    csrr s7, scause;                                                                               \
    csrr s8, sepc;                                                                                 \
    csrr s9, stval;                                                                                \
    csrr s10, sstatus;                                                                             \
    ecall;

/* Arm the M-mode recording handler: the next trap into M resumes at `resume`. */
#define ARM(resume)                                                                                \
    la s6, resume;                                                                                 \
    li s2, -1;                                                                                     \
    li s7, -1;

/* Run the code at `target` in privilege `mode` (via MRET, MPP = mode); the next trap into M
 * resumes at `resume`. Uses t0. The MPIE/MIE stack is left as the caller set it. */
#define ENTER(mode, target, resume)                                                                \
    ARM(resume)                                                                                    \
    li t0, MSTATUS_MPP;                                                                            \
    csrc mstatus, t0;                                                                              \
    li t0, ((mode) << 11);                                                                         \
    csrs mstatus, t0;                                                                              \
    la t0, target;                                                                                 \
    csrw mepc, t0;                                                                                 \
    mret;

/* Like ENTER, but the target's address has `off` subtracted (to run code through an alias
 * mapping, e.g. a U=1 view of the program). Uses t0, t1. */
#define ENTER_AT(mode, target, off, resume)                                                        \
    ARM(resume)                                                                                    \
    li t0, MSTATUS_MPP;                                                                            \
    csrc mstatus, t0;                                                                              \
    li t0, ((mode) << 11);                                                                         \
    csrs mstatus, t0;                                                                              \
    la t0, target;                                                                                 \
    li t1, off;                                                                                    \
    sub t0, t0, t1;                                                                                \
    csrw mepc, t0;                                                                                 \
    mret;

/* Case n fails unless registers a and b are equal. */
#define CHECK_REG(n, a, b)                                                                         \
    li TESTNUM, n;                                                                                 \
    bne a, b, fail;

/* Case n fails unless (reg & mask) == val. Uses t1, t6. */
#define CHECK_FIELD(n, reg, mask, val)                                                             \
    li t1, mask;                                                                                   \
    and t1, reg, t1;                                                                               \
    CHECK_EQ(n, t1, val)

/* Case `n` passes if the last trap into M had cause `cause`. */
#define CHECK_MCAUSE(n, cause) CHECK_EQ(n, s2, cause)
/* Case `n` passes if the last trap into S had cause `cause` (and reached M through s_trap). */
#define CHECK_SCAUSE(n, cause)                                                                     \
    CHECK_EQ(n, s2, CAUSE_SUPERVISOR_ECALL)                                                        \
    CHECK_EQ(n, s7, cause)

/* Page-table construction (all at run time; tables live in zero-initialised .data pages).
 * PTE_FOR(dst, pa, flags): dst = PTE mapping the physical address held in register pa. */
#define PTE_FOR(dst, pa, flags)                                                                    \
    srli dst, pa, 12;                                                                              \
    slli dst, dst, 10;                                                                             \
    ori dst, dst, (flags);

/* table[idx] = pte (register). Uses t3, t4. */
#define PT_STORE(table, idx, pte)                                                                  \
    la t3, table;                                                                                  \
    li t4, ((idx)*8);                                                                              \
    add t3, t3, t4;                                                                                \
    sd pte, 0(t3);

/* table[idx] = non-leaf PTE pointing at table `next`. Uses t1, t2, t3, t4. */
#define PT_LINK(table, idx, next)                                                                  \
    la t1, next;                                                                                   \
    PTE_FOR(t2, t1, PTE_V)                                                                         \
    PT_STORE(table, idx, t2)

/* table[idx] = leaf PTE for the physical address of `label` (page aligned). Uses t1-t4. */
#define PT_LEAF_LABEL(table, idx, label, flags)                                                    \
    la t1, label;                                                                                  \
    PTE_FOR(t2, t1, flags)                                                                         \
    PT_STORE(table, idx, t2)

/* table[idx] = leaf PTE for the constant physical address `pa`. Uses t1-t4. */
#define PT_LEAF_PA(table, idx, pa, flags)                                                          \
    li t1, pa;                                                                                     \
    PTE_FOR(t2, t1, flags)                                                                         \
    PT_STORE(table, idx, t2)

/* satp = mode | PPN(root); then a full SFENCE.VMA. Uses t0, t1. */
#define SATP_SET(mode, root)                                                                       \
    la t0, root;                                                                                   \
    srli t0, t0, 12;                                                                               \
    li t1, mode;                                                                                   \
    or t0, t0, t1;                                                                                 \
    csrw satp, t0;                                                                                 \
    sfence.vma;

/* tval must be 0 or the 32-bit instruction at epc. Uses t1, t2. */
#define CHECK_TVAL_INSN(n, tv, epc)                                                                \
    li TESTNUM, n;                                                                                 \
    beqz tv, 89f;                                                                                  \
    lhu t1, 0(epc);                                                                                \
    lhu t2, 2(epc);                                                                                \
    slli t2, t2, 16;                                                                               \
    or t1, t1, t2;                                                                                 \
    bne tv, t1, fail;                                                                              \
    89:

/* Case n: `...` run in `mode` (S or U) raises illegal instruction, taken in M at that address. */
#define LOW_ILLEGAL(n, mode, ...)                                                                  \
    ENTER(mode, 81f, 82f)                                                                          \
    81 : __VA_ARGS__;                                                                              \
    ecall;                                                                                         \
    82 : CHECK_EQ(n, s2, CAUSE_ILLEGAL_INSTRUCTION) la t0, 81b;                                    \
    CHECK_REG(n, s3, t0)

/* Case n: `...` run in `mode` (S or U) completes (the ECALL after it traps). */
#define LOW_OK(n, mode, ...)                                                                       \
    ENTER(mode, 81f, 82f)                                                                          \
    81 : __VA_ARGS__;                                                                              \
    ecall;                                                                                         \
    82 : CHECK_EQ(n, s2, (8 + (mode)))

/* ---- MMU access helpers (page faults delegated to S through medeleg) ----
 * The virtual address is in a0 (set in M-mode before the call); `...` is the access, e.g.
 * `ld a1, 0(a0)`. U-mode code runs through an alias mapping: the file defines U_ALIAS_OFF. */

/* Case n: the access in S-mode takes page fault `cause` in S, stval = a0, sepc = the access. */
#define S_FAULT(n, cause, ...)                                                                     \
    ENTER(PRV_S, 81f, 82f)                                                                         \
    81 : __VA_ARGS__;                                                                              \
    ecall;                                                                                         \
    82 : CHECK_SCAUSE(n, cause) CHECK_REG(n, s9, a0) la t0, 81b;                                   \
    CHECK_REG(n, s8, t0)

/* Case n: the access in S-mode completes without a trap. */
#define S_OK(n, ...)                                                                               \
    ENTER(PRV_S, 81f, 82f)                                                                         \
    81 : __VA_ARGS__;                                                                              \
    ecall;                                                                                         \
    82 : CHECK_EQ(n, s2, CAUSE_SUPERVISOR_ECALL) CHECK_EQ(n, s7, -1)

/* Case n: the access in U-mode takes page fault `cause` in S, stval = a0. */
#define U_FAULT(n, cause, ...)                                                                     \
    ENTER_AT(PRV_U, 81f, U_ALIAS_OFF, 82f)                                                         \
    81 : __VA_ARGS__;                                                                              \
    ecall;                                                                                         \
    82 : CHECK_SCAUSE(n, cause) CHECK_REG(n, s9, a0) la t0, 81b;                                   \
    li t1, U_ALIAS_OFF;                                                                            \
    sub t0, t0, t1;                                                                                \
    CHECK_REG(n, s8, t0)

/* Case n: the access in U-mode completes without a trap. */
#define U_OK(n, ...)                                                                               \
    ENTER_AT(PRV_U, 81f, U_ALIAS_OFF, 82f)                                                         \
    81 : __VA_ARGS__;                                                                              \
    ecall;                                                                                         \
    82 : CHECK_EQ(n, s2, CAUSE_USER_ECALL) CHECK_EQ(n, s7, -1)

/* Case n: jumping to a0 in `mode` (PRV_S, or PRV_U through the alias) takes an instruction page
 * fault in S with sepc = stval = a0. */
#define FETCH_FAULT(n, mode)                                                                       \
    ENTER_AT(mode, 81f, (U_ALIAS_OFF * (1 - (mode))), 82f)                                         \
    81 : jr a0;                                                                                    \
    82 : CHECK_SCAUSE(n, CAUSE_FETCH_PAGE_FAULT) CHECK_REG(n, s8, a0) CHECK_REG(n, s9, a0)

/* Case n: jumping to a0 in `mode` executes the ECALL found there (mepc = a0). */
#define FETCH_OK(n, mode)                                                                          \
    ENTER_AT(mode, 81f, (U_ALIAS_OFF * (1 - (mode))), 82f)                                         \
    81 : jr a0;                                                                                    \
    82 : CHECK_EQ(n, s2, (8 + (mode))) CHECK_REG(n, s3, a0)

#endif
