/* rv64d_minmax_sgnj.S: Double-precision FMIN/FMAX.D and FSGNJ/FSGNJN/FSGNJX.D.
 *
 * Written from the RISC-V unprivileged spec (20191213), chapter "F" Standard Extension (v2.2),
 * 11.6 (FMIN/FMAX are IEEE 754-201x minimumNumber/maximumNumber: -0 < +0; one NaN input returns
 * the other operand; both NaN -> canonical NaN; any sNaN input sets NV even when the result is not
 * NaN) and 11.7 (sign injection takes all bits but the sign from rs1, sets no flags and does not
 * canonicalize NaNs); chapter "D" (v2.2), 12.4 and 12.5.
 * Double-precision sign injection treats a NaN-boxed single as an ordinary double NaN.
 * Every case checks the full 64-bit result register and the exact fflags. */
#include "env.h"
#include "fp_macros.h"

RVTEST_BEGIN

    /* ---- FMIN.D ---- */
    /* 1, 2 -> 1 */
    TEST_D_RR(1, fmin.d, 0x3ff0000000000000, 0, 0x3ff0000000000000, 0x4000000000000000)
    /* 2, 1 -> 1 */
    TEST_D_RR(2, fmin.d, 0x3ff0000000000000, 0, 0x4000000000000000, 0x3ff0000000000000)
    /* -1, 1 -> -1 */
    TEST_D_RR(3, fmin.d, 0xbff0000000000000, 0, 0xbff0000000000000, 0x3ff0000000000000)
    /* -2, -3 -> -3 */
    TEST_D_RR(4, fmin.d, 0xc008000000000000, 0, 0xc000000000000000, 0xc008000000000000)
    /* -0 < +0 for FMIN/FMAX */
    TEST_D_RR(5, fmin.d, 0x8000000000000000, 0, 0x8000000000000000, 0x0)
    TEST_D_RR(6, fmin.d, 0x8000000000000000, 0, 0x0, 0x8000000000000000)  /* +0, -0 -> -0 */
    /* -0, -0 -> -0 */
    TEST_D_RR(7, fmin.d, 0x8000000000000000, 0, 0x8000000000000000, 0x8000000000000000)
    /* inf, 1.7976931348623157e+308 -> 1.7976931348623157e+308 */
    TEST_D_RR(8, fmin.d, 0x7fefffffffffffff, 0, 0x7ff0000000000000, 0x7fefffffffffffff)
    /* -inf, -1.7976931348623157e+308 -> -inf */
    TEST_D_RR(9, fmin.d, 0xfff0000000000000, 0, 0xfff0000000000000, 0xffefffffffffffff)
    /* 2^-1074, -2^-1074 -> -2^-1074 */
    TEST_D_RR(10, fmin.d, 0x8000000000000001, 0, 0x1, 0x8000000000000001)
    /* one qNaN: the other operand, no flags */
    TEST_D_RR(11, fmin.d, 0x3ff0000000000000, 0, 0x7ff8000000000000, 0x3ff0000000000000)
    /* 1, qNaN -> 1 */
    TEST_D_RR(12, fmin.d, 0x3ff0000000000000, 0, 0x3ff0000000000000, 0x7ff8000000000000)
    /* -qNaN(0xfff8000000000000), -1 -> -1 */
    TEST_D_RR(13, fmin.d, 0xbff0000000000000, 0, 0xfff8000000000000, 0xbff0000000000000)
    /* qNaN, -inf -> -inf */
    TEST_D_RR(14, fmin.d, 0xfff0000000000000, 0, 0x7ff8000000000000, 0xfff0000000000000)
    /* qNaN(0x7ff80000deadbeef), -0 -> -0 */
    TEST_D_RR(15, fmin.d, 0x8000000000000000, 0, 0x7ff80000deadbeef, 0x8000000000000000)
    /* one sNaN: the other operand, but NV */
    TEST_D_RR(16, fmin.d, 0x3ff0000000000000, FF_NV, 0x7ff0000000000001, 0x3ff0000000000000)
    /* 1, sNaN -> 1 */
    TEST_D_RR(17, fmin.d, 0x3ff0000000000000, FF_NV, 0x3ff0000000000000, 0x7ff7ffffffffffff)
    /* -sNaN, inf -> inf */
    TEST_D_RR(18, fmin.d, 0x7ff0000000000000, FF_NV, 0xfff0000000000001, 0x7ff0000000000000)
    /* both NaN: canonical NaN */
    TEST_D_RR(19, fmin.d, 0x7ff8000000000000, 0, 0x7ff8000000000000, 0x7ff8000000000000)
    /* qNaN(0x7ff80000deadbeef), -qNaN(0xfff8000000000000) -> qNaN */
    TEST_D_RR(20, fmin.d, 0x7ff8000000000000, 0, 0x7ff80000deadbeef, 0xfff8000000000000)
    /* sNaN, qNaN -> qNaN */
    TEST_D_RR(21, fmin.d, 0x7ff8000000000000, FF_NV, 0x7ff0000000000001, 0x7ff8000000000000)
    /* qNaN, -sNaN -> qNaN */
    TEST_D_RR(22, fmin.d, 0x7ff8000000000000, FF_NV, 0x7ff8000000000000, 0xfff0000000000001)
    /* sNaN, sNaN -> qNaN */
    TEST_D_RR(23, fmin.d, 0x7ff8000000000000, FF_NV, 0x7ff0000000000001, 0x7ff0000000000001)

    /* ---- FMAX.D ---- */
    /* 1, 2 -> 2 */
    TEST_D_RR(24, fmax.d, 0x4000000000000000, 0, 0x3ff0000000000000, 0x4000000000000000)
    /* 2, 1 -> 2 */
    TEST_D_RR(25, fmax.d, 0x4000000000000000, 0, 0x4000000000000000, 0x3ff0000000000000)
    /* -1, 1 -> 1 */
    TEST_D_RR(26, fmax.d, 0x3ff0000000000000, 0, 0xbff0000000000000, 0x3ff0000000000000)
    /* -2, -3 -> -2 */
    TEST_D_RR(27, fmax.d, 0xc000000000000000, 0, 0xc000000000000000, 0xc008000000000000)
    TEST_D_RR(28, fmax.d, 0x0, 0, 0x8000000000000000, 0x0)  /* -0 < +0 for FMIN/FMAX */
    TEST_D_RR(29, fmax.d, 0x0, 0, 0x0, 0x8000000000000000)  /* +0, -0 -> +0 */
    /* -0, -0 -> -0 */
    TEST_D_RR(30, fmax.d, 0x8000000000000000, 0, 0x8000000000000000, 0x8000000000000000)
    /* inf, 1.7976931348623157e+308 -> inf */
    TEST_D_RR(31, fmax.d, 0x7ff0000000000000, 0, 0x7ff0000000000000, 0x7fefffffffffffff)
    /* -inf, -1.7976931348623157e+308 -> -1.7976931348623157e+308 */
    TEST_D_RR(32, fmax.d, 0xffefffffffffffff, 0, 0xfff0000000000000, 0xffefffffffffffff)
    TEST_D_RR(33, fmax.d, 0x1, 0, 0x1, 0x8000000000000001)  /* 2^-1074, -2^-1074 -> 2^-1074 */
    /* one qNaN: the other operand, no flags */
    TEST_D_RR(34, fmax.d, 0x3ff0000000000000, 0, 0x7ff8000000000000, 0x3ff0000000000000)
    /* 1, qNaN -> 1 */
    TEST_D_RR(35, fmax.d, 0x3ff0000000000000, 0, 0x3ff0000000000000, 0x7ff8000000000000)
    /* -qNaN(0xfff8000000000000), -1 -> -1 */
    TEST_D_RR(36, fmax.d, 0xbff0000000000000, 0, 0xfff8000000000000, 0xbff0000000000000)
    /* qNaN, -inf -> -inf */
    TEST_D_RR(37, fmax.d, 0xfff0000000000000, 0, 0x7ff8000000000000, 0xfff0000000000000)
    /* qNaN(0x7ff80000deadbeef), -0 -> -0 */
    TEST_D_RR(38, fmax.d, 0x8000000000000000, 0, 0x7ff80000deadbeef, 0x8000000000000000)
    /* one sNaN: the other operand, but NV */
    TEST_D_RR(39, fmax.d, 0x3ff0000000000000, FF_NV, 0x7ff0000000000001, 0x3ff0000000000000)
    /* 1, sNaN -> 1 */
    TEST_D_RR(40, fmax.d, 0x3ff0000000000000, FF_NV, 0x3ff0000000000000, 0x7ff7ffffffffffff)
    /* -sNaN, inf -> inf */
    TEST_D_RR(41, fmax.d, 0x7ff0000000000000, FF_NV, 0xfff0000000000001, 0x7ff0000000000000)
    /* both NaN: canonical NaN */
    TEST_D_RR(42, fmax.d, 0x7ff8000000000000, 0, 0x7ff8000000000000, 0x7ff8000000000000)
    /* qNaN(0x7ff80000deadbeef), -qNaN(0xfff8000000000000) -> qNaN */
    TEST_D_RR(43, fmax.d, 0x7ff8000000000000, 0, 0x7ff80000deadbeef, 0xfff8000000000000)
    /* sNaN, qNaN -> qNaN */
    TEST_D_RR(44, fmax.d, 0x7ff8000000000000, FF_NV, 0x7ff0000000000001, 0x7ff8000000000000)
    /* qNaN, -sNaN -> qNaN */
    TEST_D_RR(45, fmax.d, 0x7ff8000000000000, FF_NV, 0x7ff8000000000000, 0xfff0000000000001)
    /* sNaN, sNaN -> qNaN */
    TEST_D_RR(46, fmax.d, 0x7ff8000000000000, FF_NV, 0x7ff0000000000001, 0x7ff0000000000001)

    /* ---- FSGNJ.D (no flags, no NaN canonicalization) ---- */
    /* 1, -2 -> -1 */
    TEST_D_RR(47, fsgnj.d, 0xbff0000000000000, 0, 0x3ff0000000000000, 0xc000000000000000)
    /* -1, 2 -> 1 */
    TEST_D_RR(48, fsgnj.d, 0x3ff0000000000000, 0, 0xbff0000000000000, 0x4000000000000000)
    /* 1, 2 -> 1 */
    TEST_D_RR(49, fsgnj.d, 0x3ff0000000000000, 0, 0x3ff0000000000000, 0x4000000000000000)
    /* -1, -2 -> -1 */
    TEST_D_RR(50, fsgnj.d, 0xbff0000000000000, 0, 0xbff0000000000000, 0xc000000000000000)
    TEST_D_RR(51, fsgnj.d, 0x8000000000000000, 0, 0x0, 0xbff0000000000000)  /* +0, -1 -> -0 */
    /* -0, -0 -> -0 */
    TEST_D_RR(52, fsgnj.d, 0x8000000000000000, 0, 0x8000000000000000, 0x8000000000000000)
    TEST_D_RR(53, fsgnj.d, 0x7ff0000000000000, 0, 0xfff0000000000000, 0x0)  /* -inf, +0 -> inf */
    /* sNaN, -1 -> -sNaN */
    TEST_D_RR(54, fsgnj.d, 0xfff0000000000001, 0, 0x7ff0000000000001, 0xbff0000000000000)
    /* qNaN(0x7ff80000deadbeef), qNaN(0x7ff80000deadbeef) -> qNaN(0x7ff80000deadbeef) */
    TEST_D_RR(55, fsgnj.d, 0x7ff80000deadbeef, 0, 0x7ff80000deadbeef, 0x7ff80000deadbeef)
    /* -qNaN(0xfff8000000000000), -qNaN(0xfff8000000000000) -> -qNaN(0xfff8000000000000) */
    TEST_D_RR(56, fsgnj.d, 0xfff8000000000000, 0, 0xfff8000000000000, 0xfff8000000000000)
    /* -sNaN, 2 -> sNaN */
    TEST_D_RR(57, fsgnj.d, 0x7ff0000000000001, 0, 0xfff0000000000001, 0x4000000000000000)
    /* 1, -qNaN(0xfff8000000000000) -> -1 */
    TEST_D_RR(58, fsgnj.d, 0xbff0000000000000, 0, 0x3ff0000000000000, 0xfff8000000000000)
    /* 1.7976931348623157e+308, -sNaN -> -1.7976931348623157e+308 */
    TEST_D_RR(59, fsgnj.d, 0xffefffffffffffff, 0, 0x7fefffffffffffff, 0xfff0000000000001)
    /* 2.2250738585072009e-308, -2^-1074 -> -2.2250738585072009e-308 */
    TEST_D_RR(60, fsgnj.d, 0x800fffffffffffff, 0, 0xfffffffffffff, 0x8000000000000001)
    /* a NaN-boxed single is just a double NaN here */
    TEST_D_RR(61, fsgnj.d, 0x7fffffff3f800000, 0, 0xffffffff3f800000, 0x3ff0000000000000)
    /* 1, -qNaN(0xffffffff3f800000) -> -1 */
    TEST_D_RR(62, fsgnj.d, 0xbff0000000000000, 0, 0x3ff0000000000000, 0xffffffff3f800000)

    /* ---- FSGNJN.D (no flags, no NaN canonicalization) ---- */
    /* 1, -2 -> 1 */
    TEST_D_RR(63, fsgnjn.d, 0x3ff0000000000000, 0, 0x3ff0000000000000, 0xc000000000000000)
    /* -1, 2 -> -1 */
    TEST_D_RR(64, fsgnjn.d, 0xbff0000000000000, 0, 0xbff0000000000000, 0x4000000000000000)
    /* 1, 2 -> -1 */
    TEST_D_RR(65, fsgnjn.d, 0xbff0000000000000, 0, 0x3ff0000000000000, 0x4000000000000000)
    /* -1, -2 -> 1 */
    TEST_D_RR(66, fsgnjn.d, 0x3ff0000000000000, 0, 0xbff0000000000000, 0xc000000000000000)
    TEST_D_RR(67, fsgnjn.d, 0x0, 0, 0x0, 0xbff0000000000000)  /* +0, -1 -> +0 */
    TEST_D_RR(68, fsgnjn.d, 0x0, 0, 0x8000000000000000, 0x8000000000000000)  /* -0, -0 -> +0 */
    TEST_D_RR(69, fsgnjn.d, 0xfff0000000000000, 0, 0xfff0000000000000, 0x0)  /* -inf, +0 -> -inf */
    /* sNaN, -1 -> sNaN */
    TEST_D_RR(70, fsgnjn.d, 0x7ff0000000000001, 0, 0x7ff0000000000001, 0xbff0000000000000)
    /* qNaN(0x7ff80000deadbeef), qNaN(0x7ff80000deadbeef) -> -qNaN(0xfff80000deadbeef) */
    TEST_D_RR(71, fsgnjn.d, 0xfff80000deadbeef, 0, 0x7ff80000deadbeef, 0x7ff80000deadbeef)
    /* -qNaN(0xfff8000000000000), -qNaN(0xfff8000000000000) -> qNaN */
    TEST_D_RR(72, fsgnjn.d, 0x7ff8000000000000, 0, 0xfff8000000000000, 0xfff8000000000000)
    /* -sNaN, 2 -> -sNaN */
    TEST_D_RR(73, fsgnjn.d, 0xfff0000000000001, 0, 0xfff0000000000001, 0x4000000000000000)
    /* 1, -qNaN(0xfff8000000000000) -> 1 */
    TEST_D_RR(74, fsgnjn.d, 0x3ff0000000000000, 0, 0x3ff0000000000000, 0xfff8000000000000)
    /* 1.7976931348623157e+308, -sNaN -> 1.7976931348623157e+308 */
    TEST_D_RR(75, fsgnjn.d, 0x7fefffffffffffff, 0, 0x7fefffffffffffff, 0xfff0000000000001)
    /* 2.2250738585072009e-308, -2^-1074 -> 2.2250738585072009e-308 */
    TEST_D_RR(76, fsgnjn.d, 0xfffffffffffff, 0, 0xfffffffffffff, 0x8000000000000001)
    /* a NaN-boxed single is just a double NaN here */
    TEST_D_RR(77, fsgnjn.d, 0xffffffff3f800000, 0, 0xffffffff3f800000, 0x3ff0000000000000)
    /* 1, -qNaN(0xffffffff3f800000) -> 1 */
    TEST_D_RR(78, fsgnjn.d, 0x3ff0000000000000, 0, 0x3ff0000000000000, 0xffffffff3f800000)

    /* ---- FSGNJX.D (no flags, no NaN canonicalization) ---- */
    /* 1, -2 -> -1 */
    TEST_D_RR(79, fsgnjx.d, 0xbff0000000000000, 0, 0x3ff0000000000000, 0xc000000000000000)
    /* -1, 2 -> -1 */
    TEST_D_RR(80, fsgnjx.d, 0xbff0000000000000, 0, 0xbff0000000000000, 0x4000000000000000)
    /* 1, 2 -> 1 */
    TEST_D_RR(81, fsgnjx.d, 0x3ff0000000000000, 0, 0x3ff0000000000000, 0x4000000000000000)
    /* -1, -2 -> 1 */
    TEST_D_RR(82, fsgnjx.d, 0x3ff0000000000000, 0, 0xbff0000000000000, 0xc000000000000000)
    TEST_D_RR(83, fsgnjx.d, 0x8000000000000000, 0, 0x0, 0xbff0000000000000)  /* +0, -1 -> -0 */
    TEST_D_RR(84, fsgnjx.d, 0x0, 0, 0x8000000000000000, 0x8000000000000000)  /* -0, -0 -> +0 */
    TEST_D_RR(85, fsgnjx.d, 0xfff0000000000000, 0, 0xfff0000000000000, 0x0)  /* -inf, +0 -> -inf */
    /* sNaN, -1 -> -sNaN */
    TEST_D_RR(86, fsgnjx.d, 0xfff0000000000001, 0, 0x7ff0000000000001, 0xbff0000000000000)
    /* qNaN(0x7ff80000deadbeef), qNaN(0x7ff80000deadbeef) -> qNaN(0x7ff80000deadbeef) */
    TEST_D_RR(87, fsgnjx.d, 0x7ff80000deadbeef, 0, 0x7ff80000deadbeef, 0x7ff80000deadbeef)
    /* -qNaN(0xfff8000000000000), -qNaN(0xfff8000000000000) -> qNaN */
    TEST_D_RR(88, fsgnjx.d, 0x7ff8000000000000, 0, 0xfff8000000000000, 0xfff8000000000000)
    /* -sNaN, 2 -> -sNaN */
    TEST_D_RR(89, fsgnjx.d, 0xfff0000000000001, 0, 0xfff0000000000001, 0x4000000000000000)
    /* 1, -qNaN(0xfff8000000000000) -> -1 */
    TEST_D_RR(90, fsgnjx.d, 0xbff0000000000000, 0, 0x3ff0000000000000, 0xfff8000000000000)
    /* 1.7976931348623157e+308, -sNaN -> -1.7976931348623157e+308 */
    TEST_D_RR(91, fsgnjx.d, 0xffefffffffffffff, 0, 0x7fefffffffffffff, 0xfff0000000000001)
    /* 2.2250738585072009e-308, -2^-1074 -> -2.2250738585072009e-308 */
    TEST_D_RR(92, fsgnjx.d, 0x800fffffffffffff, 0, 0xfffffffffffff, 0x8000000000000001)
    /* a NaN-boxed single is just a double NaN here */
    TEST_D_RR(93, fsgnjx.d, 0xffffffff3f800000, 0, 0xffffffff3f800000, 0x3ff0000000000000)
    /* 1, -qNaN(0xffffffff3f800000) -> -1 */
    TEST_D_RR(94, fsgnjx.d, 0xbff0000000000000, 0, 0x3ff0000000000000, 0xffffffff3f800000)

    RVTEST_PASS
RVTEST_END
