/* zbs.S: the Zbs single-bit extension on RV64 (unprivileged spec, chapter "B Extension for Bit
 * Manipulation", section "Zbs: Single-bit instructions").
 *
 * Covers bclr/bext/binv/bset (bit index = rs2[5:0], so 64 wraps to 0 and bits 31/32 are not
 * special) and bclri/bexti/binvi/bseti with indices 0, 31, 32 and 63, plus rd aliasing and
 * rd = x0. */
#include "env.h"
#include "int_macros.h"

#define MIN64 0x8000000000000000
#define MAX64 0x7fffffffffffffff

RVTEST_BEGIN

    /* ---------------- bset / bseti ---------------- */
    TEST_RR(1, bset, 1, 0, 0)
    TEST_RR(2, bset, MIN64, 0, 63)
    TEST_RR(3, bset, 1, 0, 64)
    TEST_RR(4, bset, 0x100000000, 0, 32)
    TEST_RR(5, bset, 0x80000000, 0, 31) /* not sign-extended */
    TEST_RR(6, bset, -1, -1, 5)
    TEST_RR(7, bset, 0x8000000000000001, 1, -1) /* rs2[5:0] = 63 */
    TEST_RR_SRC1(8, bset, 0x1010, 0x1000, 4)
    TEST_RR_SRC2(9, bset, 0x1010, 0x1000, 4)
    TEST_RR_SAME(10, bset, 0x14, 4) /* 4 | (1 << 4) */
    TEST_RR_X0(11, bset, 0, 1)

    TEST_RI(12, bseti, 1, 0, 0)
    TEST_RI(13, bseti, 0x80000000, 0, 31)
    TEST_RI(14, bseti, 0x100000000, 0, 32)
    TEST_RI(15, bseti, MIN64, 0, 63)
    TEST_RI(16, bseti, -1, MAX64, 63)
    TEST_RI_SRC1(17, bseti, 0x8000000000001234, 0x1234, 63)
    TEST_RI_X0(18, bseti, 0, 1)

    /* ---------------- bclr / bclri ---------------- */
    TEST_RR(19, bclr, MAX64, -1, 63)
    TEST_RR(20, bclr, -2, -1, 0)
    TEST_RR(21, bclr, -2, -1, 64)
    TEST_RR(22, bclr, 0xffffffff7fffffff, -1, 31)
    TEST_RR(23, bclr, 0xfffffffeffffffff, -1, 32)
    TEST_RR(24, bclr, 0, 0, 5)
    TEST_RR(25, bclr, 1, 0x8000000000000001, -1)
    TEST_RR_SRC1(26, bclr, 0x1000, 0x1010, 4)
    TEST_RR_SRC2(27, bclr, 0x1000, 0x1010, 4)
    TEST_RR_X0(28, bclr, -1, 1)

    TEST_RI(29, bclri, -2, -1, 0)
    TEST_RI(30, bclri, 0xffffffff7fffffff, -1, 31)
    TEST_RI(31, bclri, 0xfffffffeffffffff, -1, 32)
    TEST_RI(32, bclri, MAX64, -1, 63)
    TEST_RI(33, bclri, 0, MIN64, 63)
    TEST_RI_SRC1(34, bclri, 0x1234, 0x8000000000001234, 63)
    TEST_RI_X0(35, bclri, -1, 1)

    /* ---------------- binv / binvi ---------------- */
    TEST_RR(36, binv, MIN64, 0, 63)
    TEST_RR(37, binv, 0, MIN64, 63)
    TEST_RR(38, binv, 0x80000000, 0, 31)
    TEST_RR(39, binv, 0xffffffff7fffffff, -1, 31)
    TEST_RR(40, binv, 0x100000001, 1, 32)
    TEST_RR(41, binv, 0, 1, 64)
    TEST_RR(42, binv, 0x8000000000000005, 5, -1)
    TEST_RR_SRC1(43, binv, 0x1000, 0x1010, 4)
    TEST_RR_SRC2(44, binv, 0x1010, 0x1000, 4)
    TEST_RR_X0(45, binv, -1, 1)

    TEST_RI(46, binvi, 0, 1, 0)
    TEST_RI(47, binvi, 0x80000000, 0, 31)
    TEST_RI(48, binvi, 0xfffffffeffffffff, -1, 32)
    TEST_RI(49, binvi, MIN64, 0, 63)
    TEST_RI(50, binvi, MAX64, -1, 63)
    TEST_RI_SRC1(51, binvi, 0x8000000000001234, 0x1234, 63)
    TEST_RI_X0(52, binvi, -1, 1)

    /* ---------------- bext / bexti ---------------- */
    TEST_RR(53, bext, 1, MIN64, 63)
    TEST_RR(54, bext, 0, MIN64, 62)
    TEST_RR(55, bext, 1, 1, 64)
    TEST_RR(56, bext, 0, 0xfffffffffffffffe, 64)
    TEST_RR(57, bext, 1, 0x100000000, 32)
    TEST_RR(58, bext, 0, 0x100000000, 31)
    TEST_RR(59, bext, 1, 0x80000000, 31)
    TEST_RR(60, bext, 1, MIN64, -1)
    TEST_RR(61, bext, 0, MAX64, 63)
    TEST_RR_SRC1(62, bext, 1, 0x1010, 4)
    TEST_RR_SRC2(63, bext, 0, 0x1010, 5)
    TEST_RR_X0(64, bext, -1, 1)

    TEST_RI(65, bexti, 1, 1, 0)
    TEST_RI(66, bexti, 0, -2, 0)
    TEST_RI(67, bexti, 1, 0x80000000, 31)
    TEST_RI(68, bexti, 1, 0x100000000, 32)
    TEST_RI(69, bexti, 0, 0xfffffffeffffffff, 32)
    TEST_RI(70, bexti, 1, MIN64, 63)
    TEST_RI(71, bexti, 0, MAX64, 63)
    TEST_RI_SRC1(72, bexti, 1, 0x8000000000001234, 63)
    TEST_RI_X0(73, bexti, -1, 1)

    RVTEST_PASS
RVTEST_END
