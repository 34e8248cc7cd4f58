/* rv64d_cmp_class.S: Double-precision FEQ/FLT/FLE.D and FCLASS.D.
 *
 * Written from the RISC-V unprivileged spec (20191213), chapter "F" Standard Extension (v2.2),
 * 11.8 Single-Precision Floating-Point Compare Instructions (FEQ is a quiet comparison: NV only
 * for sNaN inputs; FLT/FLE are signaling: NV for any NaN input; the result is 0 if either input
 * is NaN) and 11.9 Single-Precision Floating-Point Classify Instruction (table 11.5: ten classes,
 * exactly one bit set, no flags);
 * chapter "D" (v2.2), 12.6 and 12.7 (defined analogously for double precision); IEEE 754-2008 5.11 (-0 == +0).
 * FCLASS.D does not look at NaN-boxing: a boxed single is a negative qNaN double.
 * Every case checks the integer result and the exact fflags. */
#include "env.h"
#include "fp_macros.h"

RVTEST_BEGIN

    /* ---- FEQ.D ---- */
    TEST_D_X_RR(1, feq.d, 0x1, 0, 0x3ff0000000000000, 0x3ff0000000000000)  /* 1, 1 -> 1 */
    TEST_D_X_RR(2, feq.d, 0x0, 0, 0x3ff0000000000000, 0x4000000000000000)  /* 1, 2 -> 0 */
    TEST_D_X_RR(3, feq.d, 0x0, 0, 0x4000000000000000, 0x3ff0000000000000)  /* 2, 1 -> 0 */
    TEST_D_X_RR(4, feq.d, 0x0, 0, 0xbff0000000000000, 0x3ff0000000000000)  /* -1, 1 -> 0 */
    TEST_D_X_RR(5, feq.d, 0x0, 0, 0xc000000000000000, 0xbff0000000000000)  /* -2, -1 -> 0 */
    TEST_D_X_RR(6, feq.d, 0x1, 0, 0x8000000000000000, 0x0)  /* -0 == +0 */
    TEST_D_X_RR(7, feq.d, 0x1, 0, 0x0, 0x8000000000000000)  /* +0, -0 -> 1 */
    TEST_D_X_RR(8, feq.d, 0x1, 0, 0x8000000000000000, 0x8000000000000000)  /* -0, -0 -> 1 */
    TEST_D_X_RR(9, feq.d, 0x0, 0, 0x1, 0x0)  /* smallest subnormal > 0 */
    TEST_D_X_RR(10, feq.d, 0x0, 0, 0x8000000000000001, 0x8000000000000000)  /* -2^-1074, -0 -> 0 */
    /* 2.2250738585072009e-308, 2^-1022 -> 0 */
    TEST_D_X_RR(11, feq.d, 0x0, 0, 0xfffffffffffff, 0x10000000000000)
    TEST_D_X_RR(12, feq.d, 0x1, 0, 0x7ff0000000000000, 0x7ff0000000000000)  /* inf, inf -> 1 */
    /* -inf, -1.7976931348623157e+308 -> 0 */
    TEST_D_X_RR(13, feq.d, 0x0, 0, 0xfff0000000000000, 0xffefffffffffffff)
    /* 1.7976931348623157e+308, inf -> 0 */
    TEST_D_X_RR(14, feq.d, 0x0, 0, 0x7fefffffffffffff, 0x7ff0000000000000)
    TEST_D_X_RR(15, feq.d, 0x0, 0, 0xfff0000000000000, 0x7ff0000000000000)  /* -inf, inf -> 0 */
    /* qNaN: FEQ quiet (no NV), FLT/FLE signaling (NV) */
    TEST_D_X_RR(16, feq.d, 0x0, 0, 0x7ff8000000000000, 0x3ff0000000000000)
    TEST_D_X_RR(17, feq.d, 0x0, 0, 0x3ff0000000000000, 0x7ff8000000000000)  /* 1, qNaN -> 0 */
    TEST_D_X_RR(18, feq.d, 0x0, 0, 0x7ff8000000000000, 0x7ff8000000000000)  /* qNaN, qNaN -> 0 */
    /* -qNaN(0xfff8000000000000), -qNaN(0xfff8000000000000) -> 0 */
    TEST_D_X_RR(19, feq.d, 0x0, 0, 0xfff8000000000000, 0xfff8000000000000)
    /* qNaN(0x7ff80000deadbeef), inf -> 0 */
    TEST_D_X_RR(20, feq.d, 0x0, 0, 0x7ff80000deadbeef, 0x7ff0000000000000)
    /* sNaN: NV for all three */
    TEST_D_X_RR(21, feq.d, 0x0, FF_NV, 0x7ff0000000000001, 0x3ff0000000000000)
    TEST_D_X_RR(22, feq.d, 0x0, FF_NV, 0x3ff0000000000000, 0x7ff7ffffffffffff)  /* 1, sNaN -> 0 */
    /* sNaN, sNaN -> 0 */
    TEST_D_X_RR(23, feq.d, 0x0, FF_NV, 0x7ff0000000000001, 0x7ff0000000000001)
    /* qNaN, -sNaN -> 0 */
    TEST_D_X_RR(24, feq.d, 0x0, FF_NV, 0x7ff8000000000000, 0xfff0000000000001)

    /* ---- FLT.D ---- */
    TEST_D_X_RR(25, flt.d, 0x0, 0, 0x3ff0000000000000, 0x3ff0000000000000)  /* 1, 1 -> 0 */
    TEST_D_X_RR(26, flt.d, 0x1, 0, 0x3ff0000000000000, 0x4000000000000000)  /* 1, 2 -> 1 */
    TEST_D_X_RR(27, flt.d, 0x0, 0, 0x4000000000000000, 0x3ff0000000000000)  /* 2, 1 -> 0 */
    TEST_D_X_RR(28, flt.d, 0x1, 0, 0xbff0000000000000, 0x3ff0000000000000)  /* -1, 1 -> 1 */
    TEST_D_X_RR(29, flt.d, 0x1, 0, 0xc000000000000000, 0xbff0000000000000)  /* -2, -1 -> 1 */
    TEST_D_X_RR(30, flt.d, 0x0, 0, 0x8000000000000000, 0x0)  /* -0 == +0 */
    TEST_D_X_RR(31, flt.d, 0x0, 0, 0x0, 0x8000000000000000)  /* +0, -0 -> 0 */
    TEST_D_X_RR(32, flt.d, 0x0, 0, 0x8000000000000000, 0x8000000000000000)  /* -0, -0 -> 0 */
    TEST_D_X_RR(33, flt.d, 0x0, 0, 0x1, 0x0)  /* smallest subnormal > 0 */
    TEST_D_X_RR(34, flt.d, 0x1, 0, 0x8000000000000001, 0x8000000000000000)  /* -2^-1074, -0 -> 1 */
    /* 2.2250738585072009e-308, 2^-1022 -> 1 */
    TEST_D_X_RR(35, flt.d, 0x1, 0, 0xfffffffffffff, 0x10000000000000)
    TEST_D_X_RR(36, flt.d, 0x0, 0, 0x7ff0000000000000, 0x7ff0000000000000)  /* inf, inf -> 0 */
    /* -inf, -1.7976931348623157e+308 -> 1 */
    TEST_D_X_RR(37, flt.d, 0x1, 0, 0xfff0000000000000, 0xffefffffffffffff)
    /* 1.7976931348623157e+308, inf -> 1 */
    TEST_D_X_RR(38, flt.d, 0x1, 0, 0x7fefffffffffffff, 0x7ff0000000000000)
    TEST_D_X_RR(39, flt.d, 0x1, 0, 0xfff0000000000000, 0x7ff0000000000000)  /* -inf, inf -> 1 */
    /* qNaN: FEQ quiet (no NV), FLT/FLE signaling (NV) */
    TEST_D_X_RR(40, flt.d, 0x0, FF_NV, 0x7ff8000000000000, 0x3ff0000000000000)
    TEST_D_X_RR(41, flt.d, 0x0, FF_NV, 0x3ff0000000000000, 0x7ff8000000000000)  /* 1, qNaN -> 0 */
    /* qNaN, qNaN -> 0 */
    TEST_D_X_RR(42, flt.d, 0x0, FF_NV, 0x7ff8000000000000, 0x7ff8000000000000)
    /* -qNaN(0xfff8000000000000), -qNaN(0xfff8000000000000) -> 0 */
    TEST_D_X_RR(43, flt.d, 0x0, FF_NV, 0xfff8000000000000, 0xfff8000000000000)
    /* qNaN(0x7ff80000deadbeef), inf -> 0 */
    TEST_D_X_RR(44, flt.d, 0x0, FF_NV, 0x7ff80000deadbeef, 0x7ff0000000000000)
    /* sNaN: NV for all three */
    TEST_D_X_RR(45, flt.d, 0x0, FF_NV, 0x7ff0000000000001, 0x3ff0000000000000)
    TEST_D_X_RR(46, flt.d, 0x0, FF_NV, 0x3ff0000000000000, 0x7ff7ffffffffffff)  /* 1, sNaN -> 0 */
    /* sNaN, sNaN -> 0 */
    TEST_D_X_RR(47, flt.d, 0x0, FF_NV, 0x7ff0000000000001, 0x7ff0000000000001)
    /* qNaN, -sNaN -> 0 */
    TEST_D_X_RR(48, flt.d, 0x0, FF_NV, 0x7ff8000000000000, 0xfff0000000000001)

    /* ---- FLE.D ---- */
    TEST_D_X_RR(49, fle.d, 0x1, 0, 0x3ff0000000000000, 0x3ff0000000000000)  /* 1, 1 -> 1 */
    TEST_D_X_RR(50, fle.d, 0x1, 0, 0x3ff0000000000000, 0x4000000000000000)  /* 1, 2 -> 1 */
    TEST_D_X_RR(51, fle.d, 0x0, 0, 0x4000000000000000, 0x3ff0000000000000)  /* 2, 1 -> 0 */
    TEST_D_X_RR(52, fle.d, 0x1, 0, 0xbff0000000000000, 0x3ff0000000000000)  /* -1, 1 -> 1 */
    TEST_D_X_RR(53, fle.d, 0x1, 0, 0xc000000000000000, 0xbff0000000000000)  /* -2, -1 -> 1 */
    TEST_D_X_RR(54, fle.d, 0x1, 0, 0x8000000000000000, 0x0)  /* -0 == +0 */
    TEST_D_X_RR(55, fle.d, 0x1, 0, 0x0, 0x8000000000000000)  /* +0, -0 -> 1 */
    TEST_D_X_RR(56, fle.d, 0x1, 0, 0x8000000000000000, 0x8000000000000000)  /* -0, -0 -> 1 */
    TEST_D_X_RR(57, fle.d, 0x0, 0, 0x1, 0x0)  /* smallest subnormal > 0 */
    TEST_D_X_RR(58, fle.d, 0x1, 0, 0x8000000000000001, 0x8000000000000000)  /* -2^-1074, -0 -> 1 */
    /* 2.2250738585072009e-308, 2^-1022 -> 1 */
    TEST_D_X_RR(59, fle.d, 0x1, 0, 0xfffffffffffff, 0x10000000000000)
    TEST_D_X_RR(60, fle.d, 0x1, 0, 0x7ff0000000000000, 0x7ff0000000000000)  /* inf, inf -> 1 */
    /* -inf, -1.7976931348623157e+308 -> 1 */
    TEST_D_X_RR(61, fle.d, 0x1, 0, 0xfff0000000000000, 0xffefffffffffffff)
    /* 1.7976931348623157e+308, inf -> 1 */
    TEST_D_X_RR(62, fle.d, 0x1, 0, 0x7fefffffffffffff, 0x7ff0000000000000)
    TEST_D_X_RR(63, fle.d, 0x1, 0, 0xfff0000000000000, 0x7ff0000000000000)  /* -inf, inf -> 1 */
    /* qNaN: FEQ quiet (no NV), FLT/FLE signaling (NV) */
    TEST_D_X_RR(64, fle.d, 0x0, FF_NV, 0x7ff8000000000000, 0x3ff0000000000000)
    TEST_D_X_RR(65, fle.d, 0x0, FF_NV, 0x3ff0000000000000, 0x7ff8000000000000)  /* 1, qNaN -> 0 */
    /* qNaN, qNaN -> 0 */
    TEST_D_X_RR(66, fle.d, 0x0, FF_NV, 0x7ff8000000000000, 0x7ff8000000000000)
    /* -qNaN(0xfff8000000000000), -qNaN(0xfff8000000000000) -> 0 */
    TEST_D_X_RR(67, fle.d, 0x0, FF_NV, 0xfff8000000000000, 0xfff8000000000000)
    /* qNaN(0x7ff80000deadbeef), inf -> 0 */
    TEST_D_X_RR(68, fle.d, 0x0, FF_NV, 0x7ff80000deadbeef, 0x7ff0000000000000)
    /* sNaN: NV for all three */
    TEST_D_X_RR(69, fle.d, 0x0, FF_NV, 0x7ff0000000000001, 0x3ff0000000000000)
    TEST_D_X_RR(70, fle.d, 0x0, FF_NV, 0x3ff0000000000000, 0x7ff7ffffffffffff)  /* 1, sNaN -> 0 */
    /* sNaN, sNaN -> 0 */
    TEST_D_X_RR(71, fle.d, 0x0, FF_NV, 0x7ff0000000000001, 0x7ff0000000000001)
    /* qNaN, -sNaN -> 0 */
    TEST_D_X_RR(72, fle.d, 0x0, FF_NV, 0x7ff8000000000000, 0xfff0000000000001)

    /* ---- FCLASS.D: all ten classes ---- */
    TEST_D_X_R(73, fclass.d, 0x1, 0, 0xfff0000000000000)  /* bit 0: -inf */
    TEST_D_X_R(74, fclass.d, 0x2, 0, 0xffefffffffffffff)  /* bit 1: negative normal */
    TEST_D_X_R(75, fclass.d, 0x2, 0, 0xbff0000000000000)  /* -1 -> 0x2 */
    TEST_D_X_R(76, fclass.d, 0x2, 0, 0x8010000000000000)  /* -2^-1022 -> 0x2 */
    TEST_D_X_R(77, fclass.d, 0x4, 0, 0x800fffffffffffff)  /* bit 2: negative subnormal */
    TEST_D_X_R(78, fclass.d, 0x4, 0, 0x8000000000000001)  /* -2^-1074 -> 0x4 */
    TEST_D_X_R(79, fclass.d, 0x8, 0, 0x8000000000000000)  /* bit 3: -0 */
    TEST_D_X_R(80, fclass.d, 0x10, 0, 0x0)  /* bit 4: +0 */
    TEST_D_X_R(81, fclass.d, 0x20, 0, 0x1)  /* bit 5: positive subnormal */
    TEST_D_X_R(82, fclass.d, 0x20, 0, 0xfffffffffffff)  /* 2.2250738585072009e-308 -> 0x20 */
    TEST_D_X_R(83, fclass.d, 0x40, 0, 0x10000000000000)  /* bit 6: positive normal */
    TEST_D_X_R(84, fclass.d, 0x40, 0, 0x3ff0000000000000)  /* 1 -> 0x40 */
    TEST_D_X_R(85, fclass.d, 0x40, 0, 0x7fefffffffffffff)  /* 1.7976931348623157e+308 -> 0x40 */
    TEST_D_X_R(86, fclass.d, 0x80, 0, 0x7ff0000000000000)  /* bit 7: +inf */
    /* bit 8: sNaN (no NV: FCLASS never sets flags) */
    TEST_D_X_R(87, fclass.d, 0x100, 0, 0x7ff0000000000001)
    TEST_D_X_R(88, fclass.d, 0x100, 0, 0x7ff7ffffffffffff)  /* sNaN -> 0x100 */
    TEST_D_X_R(89, fclass.d, 0x100, 0, 0xfff0000000000001)  /* -sNaN -> 0x100 */
    TEST_D_X_R(90, fclass.d, 0x200, 0, 0x7ff8000000000000)  /* bit 9: qNaN */
    TEST_D_X_R(91, fclass.d, 0x200, 0, 0x7ff80000deadbeef)  /* qNaN(0x7ff80000deadbeef) -> 0x200 */
    TEST_D_X_R(92, fclass.d, 0x200, 0, 0xfff8000000000000)  /* -qNaN(0xfff8000000000000) -> 0x200 */
    TEST_D_X_R(93, fclass.d, 0x200, 0, 0x7fffffffffffffff)  /* all-ones payload qNaN */
    /* NaN-boxed single 1.0 is a negative qNaN as a double */
    TEST_D_X_R(94, fclass.d, 0x200, 0, 0xffffffff3f800000)
    TEST_D_X_R(95, fclass.d, 0x200, 0, 0xffffffff7f800001)  /* -qNaN(0xffffffff7f800001) -> 0x200 */

    RVTEST_PASS
RVTEST_END
