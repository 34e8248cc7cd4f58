/* Shared test-case macros for capa's F/D ISA tests (rv64f_*.S, rv64d_*.S, fp_*.S), written for
 * this project from the RISC-V unprivileged spec, chapters "F" Extension for Single-Precision
 * Floating-Point (v2.2) and "D" Extension for Double-Precision Floating-Point (v2.2), and from
 * IEEE 754-2008. Include after env.h.
 *
 * Conventions
 * -----------
 * Every operand and every expected result is given as a bit pattern (never as a decimal float),
 * so the tests do not depend on the assembler's float parsing. Operands are materialised in
 * integer registers with `li` and moved into f registers with FMV.D.X, which transfers all 64
 * bits unchanged. The single-precision wrappers (TEST_S_*) NaN-box their operands
 * (upper 32 bits all ones) and expect a NaN-boxed result; the raw macros (FP_*) take full 64-bit
 * register patterns, so a test can feed improperly boxed values to single-precision instructions.
 *
 * Each case: clears fflags (FSFLAGS x0, frm is left alone), executes exactly one instruction,
 * reads fflags and compares both the full 64-bit result and the fflags value
 * (NV DZ OF UF NX = bits 4..0) with the expected ones; a mismatch jumps to `fail` with
 * TESTNUM = n.
 *
 * Scratch registers: a0 (result), a1..a3 (operands), a4 (fflags), fa0 (result), fa1..fa3
 * (operands), t6 (CHECK_EQ).
 *
 *   FP_RRR_RM(n, insn, rm, exp, fl, a, b, c)  insn fa0, fa1, fa2, fa3, rm   (fused multiply-add)
 *   FP_RR_RM(n, insn, rm, exp, fl, a, b)      insn fa0, fa1, fa2, rm        (fadd/fsub/fmul/fdiv)
 *   FP_RR(n, insn, exp, fl, a, b)             insn fa0, fa1, fa2            (fmin/fmax/fsgnj*)
 *   FP_R_RM(n, insn, rm, exp, fl, a)          insn fa0, fa1, rm             (fsqrt, fcvt.s.d)
 *   FP_R(n, insn, exp, fl, a)                 insn fa0, fa1                 (fcvt.d.s)
 *   FP_X_R_RM(n, insn, rm, exp, fl, a)        insn a0, fa1, rm              (fcvt.int.fmt)
 *   FP_X_R(n, insn, exp, fl, a)               insn a0, fa1                  (fclass, fmv.x.*)
 *   FP_X_RR(n, insn, exp, fl, a, b)           insn a0, fa1, fa2             (feq/flt/fle)
 *   FP_F_X_RM(n, insn, rm, exp, fl, x)        insn fa0, a1, rm              (fcvt.fmt.int)
 *   FP_F_X(n, insn, exp, fl, x)               insn fa0, a1                  (fmv.*.x, fcvt.d.w)
 *
 * Width wrappers: TEST_S_xxx box single operands/results (BOXS), TEST_D_xxx pass them through;
 * results that land in an integer register are never boxed. The *_DYN forms first set frm
 * (FSRMI) and then execute the instruction with rm = dyn (111).
 *
 * Illegal-instruction tests: FP_TRAP_HANDLER emits `fp_trap_handler` (place it after
 * RVTEST_PASS); FP_TRAP_INSTALL points mtvec at it. The handler requires mcause = 2 (illegal
 * instruction; anything else fails the current case), counts the trap in s11, records mtval in
 * s10 and resumes after the trapping instruction (2 or 4 bytes, from its low bits).
 * TEST_ILLEGAL(n, insn...) expects exactly one such trap from `insn`; TEST_ILLEGAL_FP(n, insn...)
 * additionally checks that fa0, a0 and fflags were left unchanged. */
#ifndef CAPA_FP_MACROS_H
#define CAPA_FP_MACROS_H

/* fflags bits (F chapter, "Accrued exception flag encoding") */
#define FF_NX 0x01
#define FF_UF 0x02
#define FF_OF 0x04
#define FF_DZ 0x08
#define FF_NV 0x10

/* frm values (F chapter, "Rounding mode encoding") */
#define FRM_RNE 0
#define FRM_RTZ 1
#define FRM_RDN 2
#define FRM_RUP 3
#define FRM_RMM 4

/* mstatus.FS (privileged spec, mstatus) */
#define MSTATUS_FS_MASK 0x6000
#define MSTATUS_FS_INITIAL 0x2000
#define MSTATUS_FS_CLEAN 0x4000
#define MSTATUS_FS_DIRTY 0x6000
#define MSTATUS_SD_BIT 0x8000000000000000

#define CAUSE_ILLEGAL_INSN 2

/* Canonical NaNs (F chapter, "NaN Generation and Propagation"; D chapter) */
#define S_CNAN 0x7fc00000
#define D_CNAN 0x7ff8000000000000

/* NaN-box a 32-bit pattern (D chapter, "NaN Boxing of Narrower Values") */
#define BOXS(x) (0xffffffff00000000 | (x))

/* ---------------- raw 64-bit macros ---------------- */

#define FP_LOAD1(a)                                                                                \
    li a1, a;                                                                                      \
    fmv.d.x fa1, a1;

#define FP_LOAD2(a, b)                                                                             \
    FP_LOAD1(a)                                                                                    \
    li a2, b;                                                                                      \
    fmv.d.x fa2, a2;

#define FP_LOAD3(a, b, c)                                                                          \
    FP_LOAD2(a, b)                                                                                 \
    li a3, c;                                                                                      \
    fmv.d.x fa3, a3;

/* compare f result (all 64 bits) and fflags */
#define FP_CHECK_F(n, exp, fl)                                                                     \
    frflags a4;                                                                                    \
    fmv.x.d a0, fa0;                                                                               \
    CHECK_EQ(n, a0, exp)                                                                           \
    CHECK_EQ(n, a4, fl)

/* compare integer result and fflags */
#define FP_CHECK_X(n, exp, fl)                                                                     \
    frflags a4;                                                                                    \
    CHECK_EQ(n, a0, exp)                                                                           \
    CHECK_EQ(n, a4, fl)

#define FP_RRR_RM(n, insn, rm, exp, fl, a, b, c)                                                   \
    FP_LOAD3(a, b, c)                                                                              \
    fsflags x0;                                                                                    \
    insn fa0, fa1, fa2, fa3, rm;                                                                   \
    FP_CHECK_F(n, exp, fl)

#define FP_RR_RM(n, insn, rm, exp, fl, a, b)                                                       \
    FP_LOAD2(a, b)                                                                                 \
    fsflags x0;                                                                                    \
    insn fa0, fa1, fa2, rm;                                                                        \
    FP_CHECK_F(n, exp, fl)

#define FP_RR(n, insn, exp, fl, a, b)                                                              \
    FP_LOAD2(a, b)                                                                                 \
    fsflags x0;                                                                                    \
    insn fa0, fa1, fa2;                                                                            \
    FP_CHECK_F(n, exp, fl)

#define FP_R_RM(n, insn, rm, exp, fl, a)                                                           \
    FP_LOAD1(a)                                                                                    \
    fsflags x0;                                                                                    \
    insn fa0, fa1, rm;                                                                             \
    FP_CHECK_F(n, exp, fl)

#define FP_R(n, insn, exp, fl, a)                                                                  \
    FP_LOAD1(a)                                                                                    \
    fsflags x0;                                                                                    \
    insn fa0, fa1;                                                                                 \
    FP_CHECK_F(n, exp, fl)

#define FP_X_R_RM(n, insn, rm, exp, fl, a)                                                         \
    FP_LOAD1(a)                                                                                    \
    fsflags x0;                                                                                    \
    insn a0, fa1, rm;                                                                              \
    FP_CHECK_X(n, exp, fl)

#define FP_X_R(n, insn, exp, fl, a)                                                                \
    FP_LOAD1(a)                                                                                    \
    fsflags x0;                                                                                    \
    insn a0, fa1;                                                                                  \
    FP_CHECK_X(n, exp, fl)

#define FP_X_RR(n, insn, exp, fl, a, b)                                                            \
    FP_LOAD2(a, b)                                                                                 \
    fsflags x0;                                                                                    \
    insn a0, fa1, fa2;                                                                             \
    FP_CHECK_X(n, exp, fl)

#define FP_F_X_RM(n, insn, rm, exp, fl, x)                                                         \
    li a1, x;                                                                                      \
    fsflags x0;                                                                                    \
    insn fa0, a1, rm;                                                                              \
    FP_CHECK_F(n, exp, fl)

#define FP_F_X(n, insn, exp, fl, x)                                                                \
    li a1, x;                                                                                      \
    fsflags x0;                                                                                    \
    insn fa0, a1;                                                                                  \
    FP_CHECK_F(n, exp, fl)

/* ---------------- single precision (operands and f results NaN-boxed) ---------------- */

#define TEST_S_RRR(n, insn, rm, exp, fl, a, b, c)                                                  \
    FP_RRR_RM(n, insn, rm, BOXS(exp), fl, BOXS(a), BOXS(b), BOXS(c))
#define TEST_S_RR_RM(n, insn, rm, exp, fl, a, b)                                                   \
    FP_RR_RM(n, insn, rm, BOXS(exp), fl, BOXS(a), BOXS(b))
#define TEST_S_RR(n, insn, exp, fl, a, b) FP_RR(n, insn, BOXS(exp), fl, BOXS(a), BOXS(b))
#define TEST_S_R_RM(n, insn, rm, exp, fl, a) FP_R_RM(n, insn, rm, BOXS(exp), fl, BOXS(a))
#define TEST_S_X_R_RM(n, insn, rm, exp, fl, a) FP_X_R_RM(n, insn, rm, exp, fl, BOXS(a))
#define TEST_S_X_R(n, insn, exp, fl, a) FP_X_R(n, insn, exp, fl, BOXS(a))
#define TEST_S_X_RR(n, insn, exp, fl, a, b) FP_X_RR(n, insn, exp, fl, BOXS(a), BOXS(b))
#define TEST_S_F_X_RM(n, insn, rm, exp, fl, x) FP_F_X_RM(n, insn, rm, BOXS(exp), fl, x)

/* ---------------- double precision ---------------- */

#define TEST_D_RRR(n, insn, rm, exp, fl, a, b, c) FP_RRR_RM(n, insn, rm, exp, fl, a, b, c)
#define TEST_D_RR_RM(n, insn, rm, exp, fl, a, b) FP_RR_RM(n, insn, rm, exp, fl, a, b)
#define TEST_D_RR(n, insn, exp, fl, a, b) FP_RR(n, insn, exp, fl, a, b)
#define TEST_D_R_RM(n, insn, rm, exp, fl, a) FP_R_RM(n, insn, rm, exp, fl, a)
#define TEST_D_X_R_RM(n, insn, rm, exp, fl, a) FP_X_R_RM(n, insn, rm, exp, fl, a)
#define TEST_D_X_R(n, insn, exp, fl, a) FP_X_R(n, insn, exp, fl, a)
#define TEST_D_X_RR(n, insn, exp, fl, a, b) FP_X_RR(n, insn, exp, fl, a, b)
#define TEST_D_F_X_RM(n, insn, rm, exp, fl, x) FP_F_X_RM(n, insn, rm, exp, fl, x)

/* ---------------- dynamic rounding mode (rm = 111, frm = f) ---------------- */

#define TEST_S_RRR_DYN(n, insn, f, exp, fl, a, b, c)                                               \
    fsrmi f;                                                                                       \
    TEST_S_RRR(n, insn, dyn, exp, fl, a, b, c)
#define TEST_S_RR_DYN(n, insn, f, exp, fl, a, b)                                                   \
    fsrmi f;                                                                                       \
    TEST_S_RR_RM(n, insn, dyn, exp, fl, a, b)
#define TEST_S_R_DYN(n, insn, f, exp, fl, a)                                                       \
    fsrmi f;                                                                                       \
    TEST_S_R_RM(n, insn, dyn, exp, fl, a)
#define TEST_S_X_R_DYN(n, insn, f, exp, fl, a)                                                     \
    fsrmi f;                                                                                       \
    TEST_S_X_R_RM(n, insn, dyn, exp, fl, a)
#define TEST_S_F_X_DYN(n, insn, f, exp, fl, x)                                                     \
    fsrmi f;                                                                                       \
    TEST_S_F_X_RM(n, insn, dyn, exp, fl, x)
#define TEST_D_RRR_DYN(n, insn, f, exp, fl, a, b, c)                                               \
    fsrmi f;                                                                                       \
    TEST_D_RRR(n, insn, dyn, exp, fl, a, b, c)
#define TEST_D_RR_DYN(n, insn, f, exp, fl, a, b)                                                   \
    fsrmi f;                                                                                       \
    TEST_D_RR_RM(n, insn, dyn, exp, fl, a, b)
#define TEST_D_R_DYN(n, insn, f, exp, fl, a)                                                       \
    fsrmi f;                                                                                       \
    TEST_D_R_RM(n, insn, dyn, exp, fl, a)
#define TEST_D_X_R_DYN(n, insn, f, exp, fl, a)                                                     \
    fsrmi f;                                                                                       \
    TEST_D_X_R_RM(n, insn, dyn, exp, fl, a)
#define TEST_D_F_X_DYN(n, insn, f, exp, fl, x)                                                     \
    fsrmi f;                                                                                       \
    TEST_D_F_X_RM(n, insn, dyn, exp, fl, x)

/* ---------------- illegal-instruction traps ---------------- */

#define FP_TRAP_INSTALL                                                                            \
    la t0, fp_trap_handler;                                                                        \
    csrw mtvec, t0;

#define FP_TRAP_HANDLER                                                                            \
    .align 2;                                                                                      \
    fp_trap_handler:                                                                               \
    csrr t5, mcause;                                                                               \
    li t4, CAUSE_ILLEGAL_INSN;                                                                     \
    bne t5, t4, fail;                                                                              \
    addi s11, s11, 1;                                                                              \
    csrr s10, mtval;                                                                               \
    csrr t5, mepc;                                                                                 \
    lhu t4, 0(t5);                                                                                 \
    andi t4, t4, 3;                                                                                \
    li t3, 3;                                                                                      \
    addi t5, t5, 2;                                                                                \
    bne t4, t3, 1f;                                                                                \
    addi t5, t5, 2;                                                                                \
    1 : csrw mepc, t5;                                                                             \
    mret;

/* `insn` (any instruction text, may contain commas) must raise exactly one illegal-instruction
 * exception */
#define TEST_ILLEGAL(n, ...)                                                                       \
    li TESTNUM, n;                                                                                 \
    li s11, 0;                                                                                     \
    __VA_ARGS__;                                                                                   \
    li t6, 1;                                                                                      \
    bne s11, t6, fail;

/* Like TEST_ILLEGAL for an instruction whose destination is fa0 or a0: also checks that the
 * trapping instruction changed neither fa0, a0 nor fflags (preset to a sentinel and to 0x0a). */
#define FP_SENTINEL 0x5a5a5a5a5a5a5a5a
#define TEST_ILLEGAL_FP(n, ...)                                                                    \
    li a0, FP_SENTINEL;                                                                            \
    fmv.d.x fa0, a0;                                                                               \
    fsflagsi 0x0a;                                                                                 \
    TEST_ILLEGAL(n, __VA_ARGS__)                                                                   \
    CHECK_EQ(n, a0, FP_SENTINEL)                                                                   \
    fmv.x.d a0, fa0;                                                                               \
    CHECK_EQ(n, a0, FP_SENTINEL)                                                                   \
    frflags a0;                                                                                    \
    CHECK_EQ(n, a0, 0x0a)

#endif
