/* rv64i_branch_jump.S: RV64I control transfer instructions (unprivileged spec, chapter "RV32I Base
 * Integer Instruction Set" section "Control Transfer Instructions": "Unconditional Jumps" and
 * "Conditional Branches").
 *
 * Covers BEQ/BNE/BLT/BGE/BLTU/BGEU taken and not taken, forward and backward, with full 64-bit
 * operands (signed vs unsigned order, equal operands, values equal in the low 32 bits only),
 * JAL link value (pc + 4), JAL with rd = x0, JALR link value, JALR positive/negative offsets,
 * JALR clearing bit 0 of the target, and JALR with rd == rs1 (target uses the old rs1). */
#include "env.h"

/* Branch must be taken: forward target. */
#define TEST_BR_T(n, insn, a, b)                                                                   \
    li TESTNUM, n;                                                                                 \
    li a1, a;                                                                                      \
    li a2, b;                                                                                      \
    insn a1, a2, 1f;                                                                               \
    j fail;                                                                                        \
1:

/* Branch must be taken: backward target. */
#define TEST_BR_T_BACK(n, insn, a, b)                                                              \
    li TESTNUM, n;                                                                                 \
    li a1, a;                                                                                      \
    li a2, b;                                                                                      \
    j 2f;                                                                                          \
1:  j 3f;                                                                                          \
2:  insn a1, a2, 1b;                                                                               \
    j fail;                                                                                        \
3:

/* Branch must not be taken (forward and backward targets both checked). */
#define TEST_BR_NT(n, insn, a, b)                                                                  \
    li TESTNUM, n;                                                                                 \
    li a1, a;                                                                                      \
    li a2, b;                                                                                      \
    insn a1, a2, 1f;                                                                               \
    j 2f;                                                                                          \
1:  j fail;                                                                                        \
2:  insn a1, a2, 1b;

/* Both directions of one comparison in one macro: insn(a, b) taken, insn(b, a) not taken. */
#define TEST_BR_PAIR(n, insn, a, b)                                                                \
    TEST_BR_T(n, insn, a, b)                                                                       \
    TEST_BR_NT(n, insn, b, a)

RVTEST_BEGIN

    /* ---------------- BEQ ---------------- */
    TEST_BR_T(1, beq, 0, 0)
    TEST_BR_T(2, beq, -1, -1)
    TEST_BR_T(3, beq, 0x8000000000000000, 0x8000000000000000)
    TEST_BR_T_BACK(4, beq, 0x123456789, 0x123456789)
    TEST_BR_NT(5, beq, 0, 1)
    TEST_BR_NT(6, beq, 1, 0)
    TEST_BR_NT(7, beq, 0x100000001, 0x000000001) /* equal low 32 bits only */
    TEST_BR_NT(8, beq, 0x8000000000000000, 0)
    TEST_BR_NT(9, beq, -1, 0xffffffff)

    /* ---------------- BNE ---------------- */
    TEST_BR_T(10, bne, 0, 1)
    TEST_BR_T(11, bne, 1, 0)
    TEST_BR_T(12, bne, 0x100000001, 0x000000001)
    TEST_BR_T(13, bne, 0x8000000000000000, 0)
    TEST_BR_T_BACK(14, bne, -1, 0xffffffff)
    TEST_BR_NT(15, bne, 0, 0)
    TEST_BR_NT(16, bne, -1, -1)
    TEST_BR_NT(17, bne, 0x8000000000000000, 0x8000000000000000)

    /* ---------------- BLT (signed) ---------------- */
    TEST_BR_PAIR(18, blt, 0, 1)
    TEST_BR_PAIR(19, blt, -1, 0)
    TEST_BR_PAIR(20, blt, -2, -1)
    TEST_BR_PAIR(21, blt, 0x8000000000000000, 0x7fffffffffffffff)
    TEST_BR_PAIR(22, blt, 0x8000000000000000, -1)
    TEST_BR_PAIR(23, blt, 0x7fffffff, 0x80000000) /* both positive in 64 bits */
    TEST_BR_PAIR(24, blt, 0xffffffff80000000, 0x7fffffff)
    TEST_BR_PAIR(25, blt, 0x0000000100000000, 0x0000000200000000)
    TEST_BR_T_BACK(26, blt, -5, 5)
    TEST_BR_NT(27, blt, 0, 0)
    TEST_BR_NT(28, blt, -1, -1)
    TEST_BR_NT(29, blt, 0x8000000000000000, 0x8000000000000000)

    /* ---------------- BGE (signed; taken when equal) ---------------- */
    TEST_BR_PAIR(30, bge, 1, 0)
    TEST_BR_PAIR(31, bge, 0, -1)
    TEST_BR_PAIR(32, bge, -1, -2)
    TEST_BR_PAIR(33, bge, 0x7fffffffffffffff, 0x8000000000000000)
    TEST_BR_PAIR(34, bge, -1, 0x8000000000000000)
    TEST_BR_PAIR(35, bge, 0x80000000, 0x7fffffff)
    TEST_BR_PAIR(36, bge, 0x7fffffff, 0xffffffff80000000)
    TEST_BR_T(37, bge, 0, 0)
    TEST_BR_T(38, bge, -1, -1)
    TEST_BR_T(39, bge, 0x8000000000000000, 0x8000000000000000)
    TEST_BR_T_BACK(40, bge, 5, -5)
    TEST_BR_T_BACK(41, bge, 7, 7)

    /* ---------------- BLTU (unsigned) ---------------- */
    TEST_BR_PAIR(42, bltu, 0, 1)
    TEST_BR_PAIR(43, bltu, 0, -1)
    TEST_BR_PAIR(44, bltu, -2, -1)
    TEST_BR_PAIR(45, bltu, 0x7fffffffffffffff, 0x8000000000000000)
    TEST_BR_PAIR(46, bltu, 0x7fffffff, 0xffffffff80000000)
    TEST_BR_PAIR(47, bltu, 0xffffffff, 0x100000000)
    TEST_BR_T_BACK(48, bltu, 5, -5)
    TEST_BR_NT(49, bltu, 0, 0)
    TEST_BR_NT(50, bltu, -1, -1)

    /* ---------------- BGEU (unsigned; taken when equal) ---------------- */
    TEST_BR_PAIR(51, bgeu, 1, 0)
    TEST_BR_PAIR(52, bgeu, -1, 0)
    TEST_BR_PAIR(53, bgeu, -1, -2)
    TEST_BR_PAIR(54, bgeu, 0x8000000000000000, 0x7fffffffffffffff)
    TEST_BR_PAIR(55, bgeu, 0xffffffff80000000, 0x7fffffff)
    TEST_BR_PAIR(56, bgeu, 0x100000000, 0xffffffff)
    TEST_BR_T(57, bgeu, 0, 0)
    TEST_BR_T(58, bgeu, -1, -1)
    TEST_BR_T_BACK(59, bgeu, -5, 5)
    TEST_BR_T_BACK(60, bgeu, 9, 9)

    /* ---------------- branches with x0 operands ---------------- */
    li TESTNUM, 61
    li a1, -1
    bltz a1, 1f /* blt a1, x0 */
    j fail
1:  bgez a1, fail /* bge a1, x0 */
    bgtz a1, fail /* blt x0, a1 */
    blez a1, 1f /* bge x0, a1 */
    j fail
1:  beqz x0, 1f
    j fail
1:  bnez x0, fail
    bltu x0, x0, fail

    /* ---------------- JAL ---------------- */
    li TESTNUM, 62
    li ra, 0
    jal ra, 1f
2:  j fail
1:  la a0, 2b
    bne ra, a0, fail

    /* JAL backward */
    li TESTNUM, 63
    j 2f
1:  la a0, 3f
    bne t0, a0, fail
    j 4f
2:  jal t0, 1b
3:  j fail
4:
    /* JAL with rd = x0 (plain jump) must not write anything */
    li TESTNUM, 64
    jal x0, 1f
    j fail
1:  CHECK_EQ(65, x0, 0)

    /* JAL link register distinct from ra: the link is the address after the jal */
    li TESTNUM, 66
    li s1, -1
    jal s1, 1f
2:  j fail
1:  la a0, 2b
    bne s1, a0, fail

    /* ---------------- JALR ---------------- */
    /* basic: jalr ra, 0(t0) */
    li TESTNUM, 67
    la t0, 1f
    jalr ra, 0(t0)
2:  j fail
1:  la a0, 2b
    bne ra, a0, fail

    /* positive offset */
    li TESTNUM, 68
    la t0, 1f
    addi t0, t0, -100
    jalr ra, 100(t0)
2:  j fail
1:  la a0, 2b
    bne ra, a0, fail

    /* negative offset (-2048) */
    li TESTNUM, 69
    la t0, 1f
    addi t0, t0, 2047
    addi t0, t0, 1
    jalr ra, -2048(t0)
2:  j fail
1:  la a0, 2b
    bne ra, a0, fail

    /* maximal positive offset (2047) with an odd base: target = (base + 2047) & ~1 */
    li TESTNUM, 70
    la t0, 1f
    addi t0, t0, -2047
    jalr ra, 2047(t0)
2:  j fail
1:  la a0, 2b
    bne ra, a0, fail

    /* bit 0 of the computed target is cleared: base + 1 */
    li TESTNUM, 71
    la t0, 1f
    addi t0, t0, 1
    jalr ra, 0(t0)
2:  j fail
1:  la a0, 2b
    bne ra, a0, fail

    /* bit 0 cleared when it comes from the immediate */
    li TESTNUM, 72
    la t0, 1f
    jalr ra, 1(t0)
2:  j fail
1:  la a0, 2b
    bne ra, a0, fail

    /* odd sum of an even base and an odd offset: (base - 4 + 5) & ~1 = label */
    li TESTNUM, 73
    la t0, 1f
    addi t0, t0, -4
    jalr ra, 5(t0)
2:  j fail
1:  la a0, 2b
    bne ra, a0, fail

    /* rd == rs1: the target is computed from the old rs1 value */
    li TESTNUM, 74
    la t0, 1f
    jalr t0, 0(t0)
2:  j fail
1:  la a0, 2b
    bne t0, a0, fail

    /* rd = x0 (jr / ret) must not write anything */
    li TESTNUM, 75
    la t0, 1f
    jalr x0, 0(t0)
    j fail
1:  CHECK_EQ(76, x0, 0)

    /* call/ret round trip through a subroutine using the link register */
    li TESTNUM, 77
    li a0, 0
    jal ra, sub_add5
    jal ra, sub_add5
    CHECK_EQ(78, a0, 10)

    /* JALR to a target far away (different 4 KiB page) and back via the link */
    li TESTNUM, 79
    la t1, far_target
    jalr ra, 0(t1)
    CHECK_EQ(80, a0, 0x5a)

    RVTEST_PASS

sub_add5:
    addi a0, a0, 5
    ret

RVTEST_END

    .balign 4096 /* still in .text.init, on another page */
far_target:
    li a0, 0x5a
    jalr x0, 0(ra)
