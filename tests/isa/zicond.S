/* zicond.S: the Zicond integer conditional-zero extension on RV64 (unprivileged spec, chapter
 * "Zicond Extension for Integer Conditional Operations").
 *
 * Covers czero.eqz (rd = rs2 == 0 ? 0 : rs1) and czero.nez (rd = rs2 != 0 ? 0 : rs1) with the
 * full 64-bit condition (nonzero only in the upper half, only bit 63), register aliasing,
 * x0 operands, rd = x0, and the spec's two-instruction conditional-add and three-instruction
 * conditional-select idioms.
 *
 * binutils 2.40 has no Zicond mnemonics, so the instructions are emitted with .insn as R-type
 * OP (opcode 0x33) with funct7 = 0000111 and funct3 = 101 (czero.eqz) / 111 (czero.nez).
 * NOTE: QEMU 7.2 does not implement Zicond; there this test stops at its first case with an
 * illegal-instruction trap. It is meant for capa (and newer QEMU). */
#include "env.h"
#include "int_macros.h"

    .macro czero_eqz rd, rs1, rs2
    .insn r 0x33, 5, 7, \rd, \rs1, \rs2
    .endm
    .macro czero_nez rd, rs1, rs2
    .insn r 0x33, 7, 7, \rd, \rs1, \rs2
    .endm

RVTEST_BEGIN

    /* encoding sanity: the words emitted for czero.eqz/nez a0, a1, a2 */
    la a1, enc_eqz
    lwu a0, 0(a1)
    CHECK_EQ(1, a0, 0x0ec5d533)
    la a1, enc_nez
    lwu a0, 0(a1)
    CHECK_EQ(2, a0, 0x0ec5f533)

    /* ---------------- czero.eqz ---------------- */
    TEST_RR(3, czero_eqz, 0, 0x123456789abcdef0, 0)
    TEST_RR(4, czero_eqz, 0x123456789abcdef0, 0x123456789abcdef0, 1)
    TEST_RR(5, czero_eqz, 0x123456789abcdef0, 0x123456789abcdef0, 0x100000000)
    TEST_RR(6, czero_eqz, -1, -1, 0x8000000000000000)
    TEST_RR(7, czero_eqz, -1, -1, -1)
    TEST_RR(8, czero_eqz, 0, -1, 0)
    TEST_RR(9, czero_eqz, 0, 0, 5)
    TEST_RR_SRC1(10, czero_eqz, 0, 77, 0)
    TEST_RR_SRC1(11, czero_eqz, 77, 77, 2)
    TEST_RR_SRC2(12, czero_eqz, 0, 77, 0)
    TEST_RR_SRC2(13, czero_eqz, 77, 77, 0x8000000000000000)
    TEST_RR_SAME(14, czero_eqz, 0x8000000000000000, 0x8000000000000000)
    TEST_RR_SAME(15, czero_eqz, 0, 0)
    TEST_RR_X0(16, czero_eqz, 5, 5)
    TEST_RR_RS0(17, czero_eqz, 0, 5)
    li a1, 0x55
    czero_eqz a0, a1, x0 /* condition x0: always zero */
    CHECK_EQ(18, a0, 0)

    /* ---------------- czero.nez ---------------- */
    TEST_RR(19, czero_nez, 0x123456789abcdef0, 0x123456789abcdef0, 0)
    TEST_RR(20, czero_nez, 0, 0x123456789abcdef0, 1)
    TEST_RR(21, czero_nez, 0, 0x123456789abcdef0, 0x100000000)
    TEST_RR(22, czero_nez, 0, -1, 0x8000000000000000)
    TEST_RR(23, czero_nez, 0, -1, -1)
    TEST_RR(24, czero_nez, -1, -1, 0)
    TEST_RR(25, czero_nez, 0, 0, 0)
    TEST_RR_SRC1(26, czero_nez, 77, 77, 0)
    TEST_RR_SRC1(27, czero_nez, 0, 77, 2)
    TEST_RR_SRC2(28, czero_nez, 77, 77, 0)
    TEST_RR_SRC2(29, czero_nez, 0, 77, 0x100000000)
    TEST_RR_SAME(30, czero_nez, 0, 0x8000000000000000)
    TEST_RR_SAME(31, czero_nez, 0, 0)
    TEST_RR_X0(32, czero_nez, 5, 0)
    TEST_RR_RS0(33, czero_nez, 0, 0)
    li a1, 0x55
    czero_nez a0, a1, x0 /* condition x0: always keeps rs1 */
    CHECK_EQ(34, a0, 0x55)

    /* ---------------- idioms ---------------- */
    /* conditional add if nonzero: rd = (rc != 0) ? a + b : a */
    li a1, 100
    li a2, 23
    li a3, 0x100000000
    czero_eqz a0, a2, a3
    add a0, a1, a0
    CHECK_EQ(35, a0, 123)
    li a3, 0
    czero_eqz a0, a2, a3
    add a0, a1, a0
    CHECK_EQ(36, a0, 100)

    /* conditional select: rd = (rc == 0) ? a : b */
    li a1, 0x1111111111111111
    li a2, 0x2222222222222222
    li a3, 0
    czero_nez a0, a1, a3
    czero_eqz a4, a2, a3
    or a0, a0, a4
    CHECK_EQ(37, a0, 0x1111111111111111)
    li a3, 0x8000000000000000
    czero_nez a0, a1, a3
    czero_eqz a4, a2, a3
    or a0, a0, a4
    CHECK_EQ(38, a0, 0x2222222222222222)

    RVTEST_PASS

    /* never executed: the encodings checked above */
    .balign 4
enc_eqz:
    czero_eqz a0, a1, a2
enc_nez:
    czero_nez a0, a1, a2

RVTEST_END
