/* zba.S: the Zba address-generation extension on RV64 (unprivileged spec, chapter "B Extension
 * for Bit Manipulation", section "Zba: Address generation").
 *
 * Covers add.uw (rs1 zero-extended from 32 bits; zext.w alias), sh1add/sh2add/sh3add (bits shifted
 * out of bit 63 are lost), sh1add.uw/sh2add.uw/sh3add.uw (rs1 zero-extended before the shift) and
 * slli.uw with shamt 0..63, plus rd aliasing and rd = x0. */
#include "env.h"
#include "int_macros.h"

RVTEST_BEGIN

    /* ---------------- add.uw: rd = rs2 + zext32(rs1) ---------------- */
    TEST_RR(1, add.uw, 0x80000001, 0xffffffff80000000, 1)
    TEST_RR(2, add.uw, 0xffffffff, -1, 0)
    TEST_RR(3, add.uw, 0x19abcdef0, 0x123456789abcdef0, 0x100000000)
    TEST_RR(4, add.uw, -1, 1, -2)
    TEST_RR(5, add.uw, 0, 0xffffffff00000000, 0)
    TEST_RR(6, add.uw, 0x1fffffffe, 0xffffffff, 0xffffffff)
    TEST_RR(7, add.uw, 0x7fffffff, 0x7fffffff, 0)
    TEST_RR_SRC1(8, add.uw, 0x100000000, 0xffffffffffffffff, 1)
    TEST_RR_SRC2(9, add.uw, 0x100000000, 0xffffffffffffffff, 1)
    TEST_RR_SAME(10, add.uw, 0x1fffffffe, 0xffffffff)
    TEST_RR_X0(11, add.uw, 1, 2)
    li a1, 0x8765432112345678
    zext.w a0, a1 /* add.uw a0, a1, x0 */
    CHECK_EQ(12, a0, 0x12345678)

    /* ---------------- sh1add / sh2add / sh3add: rd = rs2 + (rs1 << n) ---------------- */
    TEST_RR(13, sh1add, 2, 0x8000000000000001, 0)
    TEST_RR(14, sh1add, 12, 1, 10)
    TEST_RR(15, sh1add, -2, -1, 0)
    TEST_RR(16, sh1add, 0x100000000, 0x80000000, 0)
    TEST_RR(17, sh1add, 0, 0x8000000000000000, 0)
    TEST_RR(18, sh1add, -1, 0x7fffffffffffffff, 1)
    TEST_RR_SRC1(19, sh1add, 7, 3, 1)
    TEST_RR_X0(20, sh1add, 1, 1)

    TEST_RR(21, sh2add, 4, 0x4000000000000001, 0)
    TEST_RR(22, sh2add, 112, 3, 100)
    TEST_RR(23, sh2add, 0, -1, 4)
    TEST_RR(24, sh2add, 0x200000000, 0x80000000, 0)
    TEST_RR(25, sh2add, 0xfffffffffffffffc, 0x3fffffffffffffff, 0)
    TEST_RR_SRC2(26, sh2add, 13, 3, 1)
    TEST_RR_X0(27, sh2add, 1, 1)

    TEST_RR(28, sh3add, 8, 0x2000000000000001, 0)
    TEST_RR(29, sh3add, 124, 3, 100)
    TEST_RR(30, sh3add, 0, -1, 8)
    TEST_RR(31, sh3add, 0x400000000, 0x80000000, 0)
    TEST_RR(32, sh3add, 0x8000000000000000, 0x1000000000000000, 0)
    TEST_RR_SAME(33, sh3add, 27, 3)
    TEST_RR_X0(34, sh3add, 1, 1)

    /* ---------------- shNadd.uw: rd = rs2 + (zext32(rs1) << n) ---------------- */
    TEST_RR(35, sh1add.uw, 0x1fffffffe, -1, 0)
    TEST_RR(36, sh1add.uw, 2, 0x100000001, 0)
    TEST_RR(37, sh1add.uw, 0x100000001, 0x80000000, 1)
    TEST_RR(38, sh1add.uw, 0x200000001, 0xdeadbeefffffffff, 3)
    TEST_RR(39, sh1add.uw, 0, 0, 0)
    TEST_RR_SRC1(40, sh1add.uw, 0x1fffffffe, 0xffffffffffffffff, 0)
    TEST_RR_X0(41, sh1add.uw, -1, 1)

    TEST_RR(42, sh2add.uw, 0x3fffffffc, -1, 0)
    TEST_RR(43, sh2add.uw, 0x200000000, 0x80000000, 0)
    TEST_RR(44, sh2add.uw, 0x108, 0xffffffff00000002, 0x100)
    TEST_RR(45, sh2add.uw, 0x3fffffffb, -1, -1)
    TEST_RR_SRC2(46, sh2add.uw, 0x400000000, 0xffffffff, 4)
    TEST_RR_X0(47, sh2add.uw, -1, 1)

    TEST_RR(48, sh3add.uw, 0x7fffffff8, -1, 0)
    TEST_RR(49, sh3add.uw, 0x400000000, 0x80000000, 0)
    TEST_RR(50, sh3add.uw, 0x110, 0xdeadbeef00000002, 0x100)
    TEST_RR(51, sh3add.uw, 0x800000000, 0xffffffff, 8)
    TEST_RR_SAME(52, sh3add.uw, 0x8fffffff7, 0xffffffff)
    TEST_RR_X0(53, sh3add.uw, -1, 1)

    /* ---------------- slli.uw: rd = zext32(rs1) << shamt (0..63) ---------------- */
    TEST_RI(54, slli.uw, 0xffffffff, -1, 0)
    TEST_RI(55, slli.uw, 0x1fffffffe, -1, 1)
    TEST_RI(56, slli.uw, 0x7fffffff80000000, -1, 31)
    TEST_RI(57, slli.uw, 0xffffffff00000000, -1, 32)
    TEST_RI(58, slli.uw, 0x8000000000000000, -1, 63)
    TEST_RI(59, slli.uw, 0x100000000, 0x180000000, 1)
    TEST_RI(60, slli.uw, 0x2468acf0, 0xfedcba9812345678, 1)
    TEST_RI(61, slli.uw, 0, 0xffffffff00000000, 5)
    TEST_RI(62, slli.uw, 0x8000000000000000, 0x80000001, 63)
    TEST_RI_SRC1(63, slli.uw, 0x1234567800000000, 0xabcdef0012345678, 32)
    TEST_RI_X0(64, slli.uw, -1, 3)

    RVTEST_PASS
RVTEST_END
