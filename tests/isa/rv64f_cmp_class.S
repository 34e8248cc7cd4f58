/* rv64f_cmp_class.S: Single-precision FEQ/FLT/FLE.S and FCLASS.S.
 *
 * Written from the RISC-V unprivileged spec (20191213), chapter "F" Standard Extension (v2.2),
 * 11.8 Single-Precision Floating-Point Compare Instructions (FEQ is a quiet comparison: NV only
 * for sNaN inputs; FLT/FLE are signaling: NV for any NaN input; the result is 0 if either input
 * is NaN) and 11.9 Single-Precision Floating-Point Classify Instruction (table 11.5: ten classes,
 * exactly one bit set, no flags); IEEE 754-2008 5.11 (-0 == +0).
 * Also: improperly NaN-boxed inputs are the canonical qNaN (12.2 NaN Boxing of Narrower Values),
 * so FCLASS.S reports 0x200 and FEQ.S is 0 without NV.
 * Every case checks the integer result and the exact fflags. */
#include "env.h"
#include "fp_macros.h"

RVTEST_BEGIN

    /* ---- FEQ.S ---- */
    TEST_S_X_RR(1, feq.s, 0x1, 0, 0x3f800000, 0x3f800000)  /* 1, 1 -> 1 */
    TEST_S_X_RR(2, feq.s, 0x0, 0, 0x3f800000, 0x40000000)  /* 1, 2 -> 0 */
    TEST_S_X_RR(3, feq.s, 0x0, 0, 0x40000000, 0x3f800000)  /* 2, 1 -> 0 */
    TEST_S_X_RR(4, feq.s, 0x0, 0, 0xbf800000, 0x3f800000)  /* -1, 1 -> 0 */
    TEST_S_X_RR(5, feq.s, 0x0, 0, 0xc0000000, 0xbf800000)  /* -2, -1 -> 0 */
    TEST_S_X_RR(6, feq.s, 0x1, 0, 0x80000000, 0x0)  /* -0 == +0 */
    TEST_S_X_RR(7, feq.s, 0x1, 0, 0x0, 0x80000000)  /* +0, -0 -> 1 */
    TEST_S_X_RR(8, feq.s, 0x1, 0, 0x80000000, 0x80000000)  /* -0, -0 -> 1 */
    TEST_S_X_RR(9, feq.s, 0x0, 0, 0x1, 0x0)  /* smallest subnormal > 0 */
    TEST_S_X_RR(10, feq.s, 0x0, 0, 0x80000001, 0x80000000)  /* -2^-149, -0 -> 0 */
    TEST_S_X_RR(11, feq.s, 0x0, 0, 0x7fffff, 0x800000)  /* 1.17549421e-38, 2^-126 -> 0 */
    TEST_S_X_RR(12, feq.s, 0x1, 0, 0x7f800000, 0x7f800000)  /* inf, inf -> 1 */
    TEST_S_X_RR(13, feq.s, 0x0, 0, 0xff800000, 0xff7fffff)  /* -inf, -3.40282347e+38 -> 0 */
    TEST_S_X_RR(14, feq.s, 0x0, 0, 0x7f7fffff, 0x7f800000)  /* 3.40282347e+38, inf -> 0 */
    TEST_S_X_RR(15, feq.s, 0x0, 0, 0xff800000, 0x7f800000)  /* -inf, inf -> 0 */
    /* qNaN: FEQ quiet (no NV), FLT/FLE signaling (NV) */
    TEST_S_X_RR(16, feq.s, 0x0, 0, 0x7fc00000, 0x3f800000)
    TEST_S_X_RR(17, feq.s, 0x0, 0, 0x3f800000, 0x7fc00000)  /* 1, qNaN -> 0 */
    TEST_S_X_RR(18, feq.s, 0x0, 0, 0x7fc00000, 0x7fc00000)  /* qNaN, qNaN -> 0 */
    /* -qNaN(0xffc00000), -qNaN(0xffc00000) -> 0 */
    TEST_S_X_RR(19, feq.s, 0x0, 0, 0xffc00000, 0xffc00000)
    TEST_S_X_RR(20, feq.s, 0x0, 0, 0x7fc12345, 0x7f800000)  /* qNaN(0x7fc12345), inf -> 0 */
    TEST_S_X_RR(21, feq.s, 0x0, FF_NV, 0x7f800001, 0x3f800000)  /* sNaN: NV for all three */
    TEST_S_X_RR(22, feq.s, 0x0, FF_NV, 0x3f800000, 0x7fbfffff)  /* 1, sNaN -> 0 */
    TEST_S_X_RR(23, feq.s, 0x0, FF_NV, 0x7f800001, 0x7f800001)  /* sNaN, sNaN -> 0 */
    TEST_S_X_RR(24, feq.s, 0x0, FF_NV, 0x7fc00000, 0xff800001)  /* qNaN, -sNaN -> 0 */
    /* rs1 not NaN-boxed: canonical qNaN */
    FP_X_RR(25, feq.s, 0x0, 0, 0x3f800000, 0xffffffff3f800000)
    /* rs2 = unboxed sNaN pattern = the canonical qNaN (quiet) */
    FP_X_RR(26, feq.s, 0x0, 0, 0xffffffff3f800000, 0x7f800001)

    /* ---- FLT.S ---- */
    TEST_S_X_RR(27, flt.s, 0x0, 0, 0x3f800000, 0x3f800000)  /* 1, 1 -> 0 */
    TEST_S_X_RR(28, flt.s, 0x1, 0, 0x3f800000, 0x40000000)  /* 1, 2 -> 1 */
    TEST_S_X_RR(29, flt.s, 0x0, 0, 0x40000000, 0x3f800000)  /* 2, 1 -> 0 */
    TEST_S_X_RR(30, flt.s, 0x1, 0, 0xbf800000, 0x3f800000)  /* -1, 1 -> 1 */
    TEST_S_X_RR(31, flt.s, 0x1, 0, 0xc0000000, 0xbf800000)  /* -2, -1 -> 1 */
    TEST_S_X_RR(32, flt.s, 0x0, 0, 0x80000000, 0x0)  /* -0 == +0 */
    TEST_S_X_RR(33, flt.s, 0x0, 0, 0x0, 0x80000000)  /* +0, -0 -> 0 */
    TEST_S_X_RR(34, flt.s, 0x0, 0, 0x80000000, 0x80000000)  /* -0, -0 -> 0 */
    TEST_S_X_RR(35, flt.s, 0x0, 0, 0x1, 0x0)  /* smallest subnormal > 0 */
    TEST_S_X_RR(36, flt.s, 0x1, 0, 0x80000001, 0x80000000)  /* -2^-149, -0 -> 1 */
    TEST_S_X_RR(37, flt.s, 0x1, 0, 0x7fffff, 0x800000)  /* 1.17549421e-38, 2^-126 -> 1 */
    TEST_S_X_RR(38, flt.s, 0x0, 0, 0x7f800000, 0x7f800000)  /* inf, inf -> 0 */
    TEST_S_X_RR(39, flt.s, 0x1, 0, 0xff800000, 0xff7fffff)  /* -inf, -3.40282347e+38 -> 1 */
    TEST_S_X_RR(40, flt.s, 0x1, 0, 0x7f7fffff, 0x7f800000)  /* 3.40282347e+38, inf -> 1 */
    TEST_S_X_RR(41, flt.s, 0x1, 0, 0xff800000, 0x7f800000)  /* -inf, inf -> 1 */
    /* qNaN: FEQ quiet (no NV), FLT/FLE signaling (NV) */
    TEST_S_X_RR(42, flt.s, 0x0, FF_NV, 0x7fc00000, 0x3f800000)
    TEST_S_X_RR(43, flt.s, 0x0, FF_NV, 0x3f800000, 0x7fc00000)  /* 1, qNaN -> 0 */
    TEST_S_X_RR(44, flt.s, 0x0, FF_NV, 0x7fc00000, 0x7fc00000)  /* qNaN, qNaN -> 0 */
    /* -qNaN(0xffc00000), -qNaN(0xffc00000) -> 0 */
    TEST_S_X_RR(45, flt.s, 0x0, FF_NV, 0xffc00000, 0xffc00000)
    TEST_S_X_RR(46, flt.s, 0x0, FF_NV, 0x7fc12345, 0x7f800000)  /* qNaN(0x7fc12345), inf -> 0 */
    TEST_S_X_RR(47, flt.s, 0x0, FF_NV, 0x7f800001, 0x3f800000)  /* sNaN: NV for all three */
    TEST_S_X_RR(48, flt.s, 0x0, FF_NV, 0x3f800000, 0x7fbfffff)  /* 1, sNaN -> 0 */
    TEST_S_X_RR(49, flt.s, 0x0, FF_NV, 0x7f800001, 0x7f800001)  /* sNaN, sNaN -> 0 */
    TEST_S_X_RR(50, flt.s, 0x0, FF_NV, 0x7fc00000, 0xff800001)  /* qNaN, -sNaN -> 0 */
    /* rs1 not NaN-boxed: canonical qNaN */
    FP_X_RR(51, flt.s, 0x0, FF_NV, 0x3f800000, 0xffffffff3f800000)
    /* rs2 = unboxed sNaN pattern = the canonical qNaN (quiet) */
    FP_X_RR(52, flt.s, 0x0, FF_NV, 0xffffffff3f800000, 0x7f800001)

    /* ---- FLE.S ---- */
    TEST_S_X_RR(53, fle.s, 0x1, 0, 0x3f800000, 0x3f800000)  /* 1, 1 -> 1 */
    TEST_S_X_RR(54, fle.s, 0x1, 0, 0x3f800000, 0x40000000)  /* 1, 2 -> 1 */
    TEST_S_X_RR(55, fle.s, 0x0, 0, 0x40000000, 0x3f800000)  /* 2, 1 -> 0 */
    TEST_S_X_RR(56, fle.s, 0x1, 0, 0xbf800000, 0x3f800000)  /* -1, 1 -> 1 */
    TEST_S_X_RR(57, fle.s, 0x1, 0, 0xc0000000, 0xbf800000)  /* -2, -1 -> 1 */
    TEST_S_X_RR(58, fle.s, 0x1, 0, 0x80000000, 0x0)  /* -0 == +0 */
    TEST_S_X_RR(59, fle.s, 0x1, 0, 0x0, 0x80000000)  /* +0, -0 -> 1 */
    TEST_S_X_RR(60, fle.s, 0x1, 0, 0x80000000, 0x80000000)  /* -0, -0 -> 1 */
    TEST_S_X_RR(61, fle.s, 0x0, 0, 0x1, 0x0)  /* smallest subnormal > 0 */
    TEST_S_X_RR(62, fle.s, 0x1, 0, 0x80000001, 0x80000000)  /* -2^-149, -0 -> 1 */
    TEST_S_X_RR(63, fle.s, 0x1, 0, 0x7fffff, 0x800000)  /* 1.17549421e-38, 2^-126 -> 1 */
    TEST_S_X_RR(64, fle.s, 0x1, 0, 0x7f800000, 0x7f800000)  /* inf, inf -> 1 */
    TEST_S_X_RR(65, fle.s, 0x1, 0, 0xff800000, 0xff7fffff)  /* -inf, -3.40282347e+38 -> 1 */
    TEST_S_X_RR(66, fle.s, 0x1, 0, 0x7f7fffff, 0x7f800000)  /* 3.40282347e+38, inf -> 1 */
    TEST_S_X_RR(67, fle.s, 0x1, 0, 0xff800000, 0x7f800000)  /* -inf, inf -> 1 */
    /* qNaN: FEQ quiet (no NV), FLT/FLE signaling (NV) */
    TEST_S_X_RR(68, fle.s, 0x0, FF_NV, 0x7fc00000, 0x3f800000)
    TEST_S_X_RR(69, fle.s, 0x0, FF_NV, 0x3f800000, 0x7fc00000)  /* 1, qNaN -> 0 */
    TEST_S_X_RR(70, fle.s, 0x0, FF_NV, 0x7fc00000, 0x7fc00000)  /* qNaN, qNaN -> 0 */
    /* -qNaN(0xffc00000), -qNaN(0xffc00000) -> 0 */
    TEST_S_X_RR(71, fle.s, 0x0, FF_NV, 0xffc00000, 0xffc00000)
    TEST_S_X_RR(72, fle.s, 0x0, FF_NV, 0x7fc12345, 0x7f800000)  /* qNaN(0x7fc12345), inf -> 0 */
    TEST_S_X_RR(73, fle.s, 0x0, FF_NV, 0x7f800001, 0x3f800000)  /* sNaN: NV for all three */
    TEST_S_X_RR(74, fle.s, 0x0, FF_NV, 0x3f800000, 0x7fbfffff)  /* 1, sNaN -> 0 */
    TEST_S_X_RR(75, fle.s, 0x0, FF_NV, 0x7f800001, 0x7f800001)  /* sNaN, sNaN -> 0 */
    TEST_S_X_RR(76, fle.s, 0x0, FF_NV, 0x7fc00000, 0xff800001)  /* qNaN, -sNaN -> 0 */
    /* rs1 not NaN-boxed: canonical qNaN */
    FP_X_RR(77, fle.s, 0x0, FF_NV, 0x3f800000, 0xffffffff3f800000)
    /* rs2 = unboxed sNaN pattern = the canonical qNaN (quiet) */
    FP_X_RR(78, fle.s, 0x0, FF_NV, 0xffffffff3f800000, 0x7f800001)

    /* ---- FCLASS.S: all ten classes ---- */
    TEST_S_X_R(79, fclass.s, 0x1, 0, 0xff800000)  /* bit 0: -inf */
    TEST_S_X_R(80, fclass.s, 0x2, 0, 0xff7fffff)  /* bit 1: negative normal */
    TEST_S_X_R(81, fclass.s, 0x2, 0, 0xbf800000)  /* -1 -> 0x2 */
    TEST_S_X_R(82, fclass.s, 0x2, 0, 0x80800000)  /* -2^-126 -> 0x2 */
    TEST_S_X_R(83, fclass.s, 0x4, 0, 0x807fffff)  /* bit 2: negative subnormal */
    TEST_S_X_R(84, fclass.s, 0x4, 0, 0x80000001)  /* -2^-149 -> 0x4 */
    TEST_S_X_R(85, fclass.s, 0x8, 0, 0x80000000)  /* bit 3: -0 */
    TEST_S_X_R(86, fclass.s, 0x10, 0, 0x0)  /* bit 4: +0 */
    TEST_S_X_R(87, fclass.s, 0x20, 0, 0x1)  /* bit 5: positive subnormal */
    TEST_S_X_R(88, fclass.s, 0x20, 0, 0x7fffff)  /* 1.17549421e-38 -> 0x20 */
    TEST_S_X_R(89, fclass.s, 0x40, 0, 0x800000)  /* bit 6: positive normal */
    TEST_S_X_R(90, fclass.s, 0x40, 0, 0x3f800000)  /* 1 -> 0x40 */
    TEST_S_X_R(91, fclass.s, 0x40, 0, 0x7f7fffff)  /* 3.40282347e+38 -> 0x40 */
    TEST_S_X_R(92, fclass.s, 0x80, 0, 0x7f800000)  /* bit 7: +inf */
    /* bit 8: sNaN (no NV: FCLASS never sets flags) */
    TEST_S_X_R(93, fclass.s, 0x100, 0, 0x7f800001)
    TEST_S_X_R(94, fclass.s, 0x100, 0, 0x7fbfffff)  /* sNaN -> 0x100 */
    TEST_S_X_R(95, fclass.s, 0x100, 0, 0xff800001)  /* -sNaN -> 0x100 */
    TEST_S_X_R(96, fclass.s, 0x200, 0, 0x7fc00000)  /* bit 9: qNaN */
    TEST_S_X_R(97, fclass.s, 0x200, 0, 0x7fc12345)  /* qNaN(0x7fc12345) -> 0x200 */
    TEST_S_X_R(98, fclass.s, 0x200, 0, 0xffc00000)  /* -qNaN(0xffc00000) -> 0x200 */
    TEST_S_X_R(99, fclass.s, 0x200, 0, 0x7fffffff)  /* all-ones payload qNaN */
    FP_X_R(100, fclass.s, 0x200, 0, 0x3f800000)  /* not NaN-boxed -> canonical qNaN (0x200) */
    FP_X_R(101, fclass.s, 0x200, 0, 0xff800000)  /* unboxed -inf pattern -> qNaN */
    FP_X_R(102, fclass.s, 0x200, 0, 0x3ff0000000000000)  /* a double in the register -> qNaN */
    FP_X_R(103, fclass.s, 0x200, 0, 0xfffffffeff800000)  /* one upper bit clear -> qNaN */

    RVTEST_PASS
RVTEST_END
