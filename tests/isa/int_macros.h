/* Shared test-case macros for capa's integer ISA tests (written for this project; include after
 * env.h). Every macro takes the test-case number `n` first; a failing case jumps to `fail` with
 * TESTNUM = n. Operands are materialised with `li`, so any 64-bit constant may be used. The macros
 * use a0..a3 and t6 (via CHECK_EQ) as scratch. TESTNUM is set before the instruction under test, so
 * an unexpected trap (e.g. an unimplemented instruction) is reported as this case.
 *
 *   TEST_RR(n, insn, exp, a, b)        insn a0, a1=a, a2=b              ; a0 == exp
 *   TEST_RR_SRC1(n, insn, exp, a, b)   insn a1, a1=a, a2=b  (rd == rs1) ; a1 == exp
 *   TEST_RR_SRC2(n, insn, exp, a, b)   insn a2, a1=a, a2=b  (rd == rs2) ; a2 == exp
 *   TEST_RR_SAME(n, insn, exp, a)      insn a1, a1=a, a1    (all same)  ; a1 == exp
 *   TEST_RR_X0(n, insn, a, b)          insn x0, a1=a, a2=b              ; x0 == 0
 *   TEST_RR_RS0(n, insn, exp, b)       insn a0, x0, a2=b                ; a0 == exp
 *   TEST_RI(n, insn, exp, a, imm)      insn a0, a1=a, imm               ; a0 == exp
 *   TEST_RI_SRC1(n, insn, exp, a, imm) insn a1, a1=a, imm  (rd == rs1)  ; a1 == exp
 *   TEST_RI_X0(n, insn, a, imm)        insn x0, a1=a, imm               ; x0 == 0
 *   TEST_R(n, insn, exp, a)            insn a0, a1=a                    ; a0 == exp
 *   TEST_R_SRC1(n, insn, exp, a)       insn a1, a1=a       (rd == rs1)  ; a1 == exp
 */
#ifndef CAPA_ISA_INT_MACROS_H
#define CAPA_ISA_INT_MACROS_H

#define TEST_RR(n, insn, exp, a, b)                                                                \
    li TESTNUM, n;                                                                                 \
    li a1, a;                                                                                      \
    li a2, b;                                                                                      \
    insn a0, a1, a2;                                                                               \
    CHECK_EQ(n, a0, exp)

#define TEST_RR_SRC1(n, insn, exp, a, b)                                                           \
    li TESTNUM, n;                                                                                 \
    li a1, a;                                                                                      \
    li a2, b;                                                                                      \
    insn a1, a1, a2;                                                                               \
    CHECK_EQ(n, a1, exp)

#define TEST_RR_SRC2(n, insn, exp, a, b)                                                           \
    li TESTNUM, n;                                                                                 \
    li a1, a;                                                                                      \
    li a2, b;                                                                                      \
    insn a2, a1, a2;                                                                               \
    CHECK_EQ(n, a2, exp)

#define TEST_RR_SAME(n, insn, exp, a)                                                              \
    li TESTNUM, n;                                                                                 \
    li a1, a;                                                                                      \
    insn a1, a1, a1;                                                                               \
    CHECK_EQ(n, a1, exp)

#define TEST_RR_X0(n, insn, a, b)                                                                  \
    li TESTNUM, n;                                                                                 \
    li a1, a;                                                                                      \
    li a2, b;                                                                                      \
    insn x0, a1, a2;                                                                               \
    CHECK_EQ(n, x0, 0)

#define TEST_RR_RS0(n, insn, exp, b)                                                               \
    li TESTNUM, n;                                                                                 \
    li a2, b;                                                                                      \
    insn a0, x0, a2;                                                                               \
    CHECK_EQ(n, a0, exp)

#define TEST_RI(n, insn, exp, a, imm)                                                              \
    li TESTNUM, n;                                                                                 \
    li a1, a;                                                                                      \
    insn a0, a1, imm;                                                                              \
    CHECK_EQ(n, a0, exp)

#define TEST_RI_SRC1(n, insn, exp, a, imm)                                                         \
    li TESTNUM, n;                                                                                 \
    li a1, a;                                                                                      \
    insn a1, a1, imm;                                                                              \
    CHECK_EQ(n, a1, exp)

#define TEST_RI_X0(n, insn, a, imm)                                                                \
    li TESTNUM, n;                                                                                 \
    li a1, a;                                                                                      \
    insn x0, a1, imm;                                                                              \
    CHECK_EQ(n, x0, 0)

#define TEST_R(n, insn, exp, a)                                                                    \
    li TESTNUM, n;                                                                                 \
    li a1, a;                                                                                      \
    insn a0, a1;                                                                                   \
    CHECK_EQ(n, a0, exp)

#define TEST_R_SRC1(n, insn, exp, a)                                                               \
    li TESTNUM, n;                                                                                 \
    li a1, a;                                                                                      \
    insn a1, a1;                                                                                   \
    CHECK_EQ(n, a1, exp)

#endif
