/* rv64d_cvt.S: double-precision conversions FCVT.{W,WU,L,LU}.D, FCVT.D.{W,WU,L,LU},
 * FCVT.S.D and FCVT.D.S.
 *
 * Written from the RISC-V unprivileged spec (20191213), chapter "D" Standard Extension (v2.2),
 * 12.5 Double-Precision Floating-Point Conversion and Move Instructions (float<->int behave as in
 * 11.7 / table 11.4; FCVT.D.W[U] are always exact; FCVT.S.D rounds per rm, FCVT.D.S never
 * rounds), 12.2 NaN Boxing (FCVT.D.S of an improperly boxed input sees the canonical NaN);
 * chapter "F": 11.3 (canonical NaN), 11.4 (tininess after rounding); IEEE 754-2008 5.4.2, 5.8, 7.
 *
 * Float -> integer: every rounding mode, dynamic mode, exact limits, non-integers next to the
 * limits where the rounding mode decides between a valid result (NX) and saturation (NV),
 * +-inf / NaN saturation. Integer -> double: W/WU exact; L/LU rounding in every mode incl. ties.
 * FCVT.S.D: rounding in every mode, overflow to inf / max-finite, underflow with tininess after
 * rounding, NaNs (sNaN -> NV, canonical result). FCVT.D.S: exact, NaNs canonicalized. */
#include "env.h"
#include "fp_macros.h"

RVTEST_BEGIN

    /* ---- FCVT.W.D: exact values ---- */
    TEST_D_X_R_RM(1, fcvt.w.d, rne, 0x7, 0, 0x401c000000000000)  /* 7 -> 7 */
    TEST_D_X_R_RM(2, fcvt.w.d, rne, 0x0, 0, 0x0)  /* +0 -> 0 */
    TEST_D_X_R_RM(3, fcvt.w.d, rne, 0x0, 0, 0x8000000000000000)  /* -0 -> 0, no flags */
    TEST_D_X_R_RM(4, fcvt.w.d, rne, 0xfffffffffffffff9, 0, 0xc01c000000000000)  /* -7 -> -7 */
    /* negative result, sign-extended to 64 bits */
    TEST_D_X_R_RM(5, fcvt.w.d, rne, 0xffffffffffffffff, 0, 0xbff0000000000000)
    /* 1000000000 -> 1000000000 */
    TEST_D_X_R_RM(6, fcvt.w.d, rtz, 0x3b9aca00, 0, 0x41cdcd6500000000)

    /* ---- FCVT.W.D: every rounding mode ---- */
    /* 2.5: tie, RNE -> 2, RMM -> 3 */
    TEST_D_X_R_RM(7, fcvt.w.d, rne, 0x2, FF_NX, 0x4004000000000000)
    TEST_D_X_R_RM(8, fcvt.w.d, rtz, 0x2, FF_NX, 0x4004000000000000)  /* 2.5 -> 2 */
    TEST_D_X_R_RM(9, fcvt.w.d, rdn, 0x2, FF_NX, 0x4004000000000000)  /* 2.5 -> 2 */
    TEST_D_X_R_RM(10, fcvt.w.d, rup, 0x3, FF_NX, 0x4004000000000000)  /* 2.5 -> 3 */
    TEST_D_X_R_RM(11, fcvt.w.d, rmm, 0x3, FF_NX, 0x4004000000000000)  /* 2.5 -> 3 */
    TEST_D_X_R_RM(12, fcvt.w.d, rne, 0x4, FF_NX, 0x400c000000000000)  /* 3.5 -> 4 */
    TEST_D_X_R_RM(13, fcvt.w.d, rtz, 0x3, FF_NX, 0x400c000000000000)  /* 3.5 -> 3 */
    TEST_D_X_R_RM(14, fcvt.w.d, rdn, 0x3, FF_NX, 0x400c000000000000)  /* 3.5 -> 3 */
    TEST_D_X_R_RM(15, fcvt.w.d, rup, 0x4, FF_NX, 0x400c000000000000)  /* 3.5 -> 4 */
    TEST_D_X_R_RM(16, fcvt.w.d, rmm, 0x4, FF_NX, 0x400c000000000000)  /* 3.5 -> 4 */
    /* -2.5 -> -2 */
    TEST_D_X_R_RM(17, fcvt.w.d, rne, 0xfffffffffffffffe, FF_NX, 0xc004000000000000)
    /* -2.5 -> -2 */
    TEST_D_X_R_RM(18, fcvt.w.d, rtz, 0xfffffffffffffffe, FF_NX, 0xc004000000000000)
    /* -2.5 -> -3 */
    TEST_D_X_R_RM(19, fcvt.w.d, rdn, 0xfffffffffffffffd, FF_NX, 0xc004000000000000)
    /* -2.5 -> -2 */
    TEST_D_X_R_RM(20, fcvt.w.d, rup, 0xfffffffffffffffe, FF_NX, 0xc004000000000000)
    /* -2.5 -> -3 */
    TEST_D_X_R_RM(21, fcvt.w.d, rmm, 0xfffffffffffffffd, FF_NX, 0xc004000000000000)
    /* -1.25 -> -1 */
    TEST_D_X_R_RM(22, fcvt.w.d, rne, 0xffffffffffffffff, FF_NX, 0xbff4000000000000)
    /* -1.25 -> -1 */
    TEST_D_X_R_RM(23, fcvt.w.d, rtz, 0xffffffffffffffff, FF_NX, 0xbff4000000000000)
    /* -1.25 -> -2 */
    TEST_D_X_R_RM(24, fcvt.w.d, rdn, 0xfffffffffffffffe, FF_NX, 0xbff4000000000000)
    /* -1.25 -> -1 */
    TEST_D_X_R_RM(25, fcvt.w.d, rup, 0xffffffffffffffff, FF_NX, 0xbff4000000000000)
    /* -1.25 -> -1 */
    TEST_D_X_R_RM(26, fcvt.w.d, rmm, 0xffffffffffffffff, FF_NX, 0xbff4000000000000)
    TEST_D_X_R_RM(27, fcvt.w.d, rne, 0x0, FF_NX, 0x1)  /* tiny positive -> 0, NX */
    TEST_D_X_R_RM(28, fcvt.w.d, rup, 0x1, FF_NX, 0x1)  /* 2^-1074 -> 1 */
    /* tiny negative, RDN -> -1 */
    TEST_D_X_R_RM(29, fcvt.w.d, rdn, 0xffffffffffffffff, FF_NX, 0x8000000000000001)

    /* ---- FCVT.W.D: dynamic rounding mode ---- */
    /* -2.5 -> -2 */
    TEST_D_X_R_DYN(30, fcvt.w.d, FRM_RNE, 0xfffffffffffffffe, FF_NX, 0xc004000000000000)
    /* -2.5 -> -2 */
    TEST_D_X_R_DYN(31, fcvt.w.d, FRM_RTZ, 0xfffffffffffffffe, FF_NX, 0xc004000000000000)
    /* -2.5 -> -3 */
    TEST_D_X_R_DYN(32, fcvt.w.d, FRM_RDN, 0xfffffffffffffffd, FF_NX, 0xc004000000000000)
    /* -2.5 -> -2 */
    TEST_D_X_R_DYN(33, fcvt.w.d, FRM_RUP, 0xfffffffffffffffe, FF_NX, 0xc004000000000000)
    /* -2.5 -> -3 */
    TEST_D_X_R_DYN(34, fcvt.w.d, FRM_RMM, 0xfffffffffffffffd, FF_NX, 0xc004000000000000)
    fsrmi FRM_RNE;

    /* ---- FCVT.W.D: range limits, saturation, NaN and infinities ---- */
    /* 2^31: out of range -> max, NV */
    TEST_D_X_R_RM(35, fcvt.w.d, rtz, 0x7fffffff, FF_NV, 0x41e0000000000000)
    /* largest representable value in range */
    TEST_D_X_R_RM(36, fcvt.w.d, rtz, 0x7fffffff, 0, 0x41dfffffffc00000)
    /* -2^31: exact minimum */
    TEST_D_X_R_RM(37, fcvt.w.d, rtz, 0xffffffff80000000, 0, 0xc1e0000000000000)
    /* just below -2^31: -> min, NV */
    TEST_D_X_R_RM(38, fcvt.w.d, rtz, 0xffffffff80000000, FF_NX, 0xc1e0000000000001)
    TEST_D_X_R_RM(39, fcvt.w.d, rne, 0x7fffffff, FF_NV, 0x7ff0000000000000)  /* inf -> 2147483647 */
    /* -inf -> -2147483648 */
    TEST_D_X_R_RM(40, fcvt.w.d, rne, 0xffffffff80000000, FF_NV, 0xfff0000000000000)
    /* NaN -> largest positive integer, NV */
    TEST_D_X_R_RM(41, fcvt.w.d, rne, 0x7fffffff, FF_NV, 0x7ff8000000000000)
    /* negative NaN also -> largest positive integer */
    TEST_D_X_R_RM(42, fcvt.w.d, rne, 0x7fffffff, FF_NV, 0xfff8000000000000)
    /* sNaN -> 2147483647 */
    TEST_D_X_R_RM(43, fcvt.w.d, rne, 0x7fffffff, FF_NV, 0x7ff0000000000001)
    /* 1.7976931348623157e+308 -> 2147483647 */
    TEST_D_X_R_RM(44, fcvt.w.d, rne, 0x7fffffff, FF_NV, 0x7fefffffffffffff)
    /* -1.7976931348623157e+308 -> -2147483648 */
    TEST_D_X_R_RM(45, fcvt.w.d, rne, 0xffffffff80000000, FF_NV, 0xffefffffffffffff)
    /* max+0.5: RTZ/RDN give max with NX; others round out of range -> NV */
    TEST_D_X_R_RM(46, fcvt.w.d, rne, 0x7fffffff, FF_NV, 0x41dfffffffe00000)
    /* 2147483647.5 -> 2147483647 */
    TEST_D_X_R_RM(47, fcvt.w.d, rtz, 0x7fffffff, FF_NX, 0x41dfffffffe00000)
    /* 2147483647.5 -> 2147483647 */
    TEST_D_X_R_RM(48, fcvt.w.d, rdn, 0x7fffffff, FF_NX, 0x41dfffffffe00000)
    /* 2147483647.5 -> 2147483647 */
    TEST_D_X_R_RM(49, fcvt.w.d, rup, 0x7fffffff, FF_NV, 0x41dfffffffe00000)
    /* 2147483647.5 -> 2147483647 */
    TEST_D_X_R_RM(50, fcvt.w.d, rmm, 0x7fffffff, FF_NV, 0x41dfffffffe00000)
    /* min-0.5: tie; RNE/RTZ/RUP give min with NX, RDN/RMM out of range -> NV */
    TEST_D_X_R_RM(51, fcvt.w.d, rne, 0xffffffff80000000, FF_NX, 0xc1e0000000100000)
    /* -2147483648.5 -> -2147483648 */
    TEST_D_X_R_RM(52, fcvt.w.d, rtz, 0xffffffff80000000, FF_NX, 0xc1e0000000100000)
    /* -2147483648.5 -> -2147483648 */
    TEST_D_X_R_RM(53, fcvt.w.d, rdn, 0xffffffff80000000, FF_NV, 0xc1e0000000100000)
    /* -2147483648.5 -> -2147483648 */
    TEST_D_X_R_RM(54, fcvt.w.d, rup, 0xffffffff80000000, FF_NX, 0xc1e0000000100000)
    /* -2147483648.5 -> -2147483648 */
    TEST_D_X_R_RM(55, fcvt.w.d, rmm, 0xffffffff80000000, FF_NV, 0xc1e0000000100000)

    /* ---- FCVT.WU.D: exact values ---- */
    TEST_D_X_R_RM(56, fcvt.wu.d, rne, 0x7, 0, 0x401c000000000000)  /* 7 -> 0x7 */
    TEST_D_X_R_RM(57, fcvt.wu.d, rne, 0x0, 0, 0x0)  /* +0 -> 0x0 */
    TEST_D_X_R_RM(58, fcvt.wu.d, rne, 0x0, 0, 0x8000000000000000)  /* -0 -> 0, no flags */
    /* 1000000000 -> 0x3b9aca00 */
    TEST_D_X_R_RM(59, fcvt.wu.d, rtz, 0x3b9aca00, 0, 0x41cdcd6500000000)

    /* ---- FCVT.WU.D: every rounding mode ---- */
    /* 2.5: tie, RNE -> 2, RMM -> 3 */
    TEST_D_X_R_RM(60, fcvt.wu.d, rne, 0x2, FF_NX, 0x4004000000000000)
    TEST_D_X_R_RM(61, fcvt.wu.d, rtz, 0x2, FF_NX, 0x4004000000000000)  /* 2.5 -> 0x2 */
    TEST_D_X_R_RM(62, fcvt.wu.d, rdn, 0x2, FF_NX, 0x4004000000000000)  /* 2.5 -> 0x2 */
    TEST_D_X_R_RM(63, fcvt.wu.d, rup, 0x3, FF_NX, 0x4004000000000000)  /* 2.5 -> 0x3 */
    TEST_D_X_R_RM(64, fcvt.wu.d, rmm, 0x3, FF_NX, 0x4004000000000000)  /* 2.5 -> 0x3 */
    TEST_D_X_R_RM(65, fcvt.wu.d, rne, 0x4, FF_NX, 0x400c000000000000)  /* 3.5 -> 0x4 */
    TEST_D_X_R_RM(66, fcvt.wu.d, rtz, 0x3, FF_NX, 0x400c000000000000)  /* 3.5 -> 0x3 */
    TEST_D_X_R_RM(67, fcvt.wu.d, rdn, 0x3, FF_NX, 0x400c000000000000)  /* 3.5 -> 0x3 */
    TEST_D_X_R_RM(68, fcvt.wu.d, rup, 0x4, FF_NX, 0x400c000000000000)  /* 3.5 -> 0x4 */
    TEST_D_X_R_RM(69, fcvt.wu.d, rmm, 0x4, FF_NX, 0x400c000000000000)  /* 3.5 -> 0x4 */
    TEST_D_X_R_RM(70, fcvt.wu.d, rne, 0x1, FF_NX, 0x3ff4000000000000)  /* 1.25 -> 0x1 */
    TEST_D_X_R_RM(71, fcvt.wu.d, rtz, 0x1, FF_NX, 0x3ff4000000000000)  /* 1.25 -> 0x1 */
    TEST_D_X_R_RM(72, fcvt.wu.d, rdn, 0x1, FF_NX, 0x3ff4000000000000)  /* 1.25 -> 0x1 */
    TEST_D_X_R_RM(73, fcvt.wu.d, rup, 0x2, FF_NX, 0x3ff4000000000000)  /* 1.25 -> 0x2 */
    TEST_D_X_R_RM(74, fcvt.wu.d, rmm, 0x1, FF_NX, 0x3ff4000000000000)  /* 1.25 -> 0x1 */
    TEST_D_X_R_RM(75, fcvt.wu.d, rne, 0x0, FF_NX, 0xbfe0000000000000)  /* -0.5 -> 0x0 */
    TEST_D_X_R_RM(76, fcvt.wu.d, rtz, 0x0, FF_NX, 0xbfe0000000000000)  /* -0.5 -> 0x0 */
    TEST_D_X_R_RM(77, fcvt.wu.d, rdn, 0x0, FF_NV, 0xbfe0000000000000)  /* -0.5 -> 0x0 */
    TEST_D_X_R_RM(78, fcvt.wu.d, rup, 0x0, FF_NX, 0xbfe0000000000000)  /* -0.5 -> 0x0 */
    TEST_D_X_R_RM(79, fcvt.wu.d, rmm, 0x0, FF_NV, 0xbfe0000000000000)  /* -0.5 -> 0x0 */
    /* -0.9 to unsigned: RTZ/RUP give 0 with NX only; others round to -1 -> 0 with NV */
    TEST_D_X_R_RM(80, fcvt.wu.d, rne, 0x0, FF_NV, 0xbfeccccccccccccd)
    /* -0.90000000000000002 -> 0x0 */
    TEST_D_X_R_RM(81, fcvt.wu.d, rtz, 0x0, FF_NX, 0xbfeccccccccccccd)
    /* -0.90000000000000002 -> 0x0 */
    TEST_D_X_R_RM(82, fcvt.wu.d, rdn, 0x0, FF_NV, 0xbfeccccccccccccd)
    /* -0.90000000000000002 -> 0x0 */
    TEST_D_X_R_RM(83, fcvt.wu.d, rup, 0x0, FF_NX, 0xbfeccccccccccccd)
    /* -0.90000000000000002 -> 0x0 */
    TEST_D_X_R_RM(84, fcvt.wu.d, rmm, 0x0, FF_NV, 0xbfeccccccccccccd)
    TEST_D_X_R_RM(85, fcvt.wu.d, rne, 0x0, FF_NX, 0xbfd0000000000000)  /* -0.25 -> 0x0 */
    TEST_D_X_R_RM(86, fcvt.wu.d, rtz, 0x0, FF_NX, 0xbfd0000000000000)  /* -0.25 -> 0x0 */
    TEST_D_X_R_RM(87, fcvt.wu.d, rdn, 0x0, FF_NV, 0xbfd0000000000000)  /* -0.25 -> 0x0 */
    TEST_D_X_R_RM(88, fcvt.wu.d, rup, 0x0, FF_NX, 0xbfd0000000000000)  /* -0.25 -> 0x0 */
    TEST_D_X_R_RM(89, fcvt.wu.d, rmm, 0x0, FF_NX, 0xbfd0000000000000)  /* -0.25 -> 0x0 */
    TEST_D_X_R_RM(90, fcvt.wu.d, rne, 0x0, FF_NX, 0x1)  /* tiny positive -> 0, NX */
    TEST_D_X_R_RM(91, fcvt.wu.d, rup, 0x1, FF_NX, 0x1)  /* 2^-1074 -> 0x1 */
    /* tiny negative, RDN -> -1: out of range for unsigned -> 0, NV */
    TEST_D_X_R_RM(92, fcvt.wu.d, rdn, 0x0, FF_NV, 0x8000000000000001)

    /* ---- FCVT.WU.D: dynamic rounding mode ---- */
    TEST_D_X_R_DYN(93, fcvt.wu.d, FRM_RNE, 0x2, FF_NX, 0x4004000000000000)  /* 2.5 -> 0x2 */
    TEST_D_X_R_DYN(94, fcvt.wu.d, FRM_RTZ, 0x2, FF_NX, 0x4004000000000000)  /* 2.5 -> 0x2 */
    TEST_D_X_R_DYN(95, fcvt.wu.d, FRM_RDN, 0x2, FF_NX, 0x4004000000000000)  /* 2.5 -> 0x2 */
    TEST_D_X_R_DYN(96, fcvt.wu.d, FRM_RUP, 0x3, FF_NX, 0x4004000000000000)  /* 2.5 -> 0x3 */
    TEST_D_X_R_DYN(97, fcvt.wu.d, FRM_RMM, 0x3, FF_NX, 0x4004000000000000)  /* 2.5 -> 0x3 */
    fsrmi FRM_RNE;

    /* ---- FCVT.WU.D: range limits, saturation, NaN and infinities ---- */
    /* 2^32: out of range -> max, NV */
    TEST_D_X_R_RM(98, fcvt.wu.d, rtz, 0xffffffffffffffff, FF_NV, 0x41f0000000000000)
    /* largest representable value in range */
    TEST_D_X_R_RM(99, fcvt.wu.d, rtz, 0xffffffffffffffff, 0, 0x41efffffffe00000)
    TEST_D_X_R_RM(100, fcvt.wu.d, rtz, 0x0, FF_NV, 0xbff0000000000000)  /* negative -> 0, NV */
    /* 2^31 in WU: result bit 31 set, sign-extended */
    TEST_D_X_R_RM(101, fcvt.wu.d, rtz, 0xffffffff80000000, 0, 0x41e0000000000000)
    /* inf -> 0xffffffffffffffff */
    TEST_D_X_R_RM(102, fcvt.wu.d, rne, 0xffffffffffffffff, FF_NV, 0x7ff0000000000000)
    TEST_D_X_R_RM(103, fcvt.wu.d, rne, 0x0, FF_NV, 0xfff0000000000000)  /* -inf -> 0x0 */
    /* NaN -> largest positive integer, NV */
    TEST_D_X_R_RM(104, fcvt.wu.d, rne, 0xffffffffffffffff, FF_NV, 0x7ff8000000000000)
    /* negative NaN also -> largest positive integer */
    TEST_D_X_R_RM(105, fcvt.wu.d, rne, 0xffffffffffffffff, FF_NV, 0xfff8000000000000)
    /* sNaN -> 0xffffffffffffffff */
    TEST_D_X_R_RM(106, fcvt.wu.d, rne, 0xffffffffffffffff, FF_NV, 0x7ff0000000000001)
    /* 1.7976931348623157e+308 -> 0xffffffffffffffff */
    TEST_D_X_R_RM(107, fcvt.wu.d, rne, 0xffffffffffffffff, FF_NV, 0x7fefffffffffffff)
    /* -1.7976931348623157e+308 -> 0x0 */
    TEST_D_X_R_RM(108, fcvt.wu.d, rne, 0x0, FF_NV, 0xffefffffffffffff)
    /* max+0.5: RTZ/RDN give max with NX; others round out of range -> NV */
    TEST_D_X_R_RM(109, fcvt.wu.d, rne, 0xffffffffffffffff, FF_NV, 0x41effffffff00000)
    /* 4294967295.5 -> 0xffffffffffffffff */
    TEST_D_X_R_RM(110, fcvt.wu.d, rtz, 0xffffffffffffffff, FF_NX, 0x41effffffff00000)
    /* 4294967295.5 -> 0xffffffffffffffff */
    TEST_D_X_R_RM(111, fcvt.wu.d, rdn, 0xffffffffffffffff, FF_NX, 0x41effffffff00000)
    /* 4294967295.5 -> 0xffffffffffffffff */
    TEST_D_X_R_RM(112, fcvt.wu.d, rup, 0xffffffffffffffff, FF_NV, 0x41effffffff00000)
    /* 4294967295.5 -> 0xffffffffffffffff */
    TEST_D_X_R_RM(113, fcvt.wu.d, rmm, 0xffffffffffffffff, FF_NV, 0x41effffffff00000)
    /* -0.5: RNE/RTZ/RUP -> 0 with NX, RDN/RMM -> -1 -> NV */
    TEST_D_X_R_RM(114, fcvt.wu.d, rne, 0x0, FF_NX, 0xbfe0000000000000)
    TEST_D_X_R_RM(115, fcvt.wu.d, rtz, 0x0, FF_NX, 0xbfe0000000000000)  /* -0.5 -> 0x0 */
    TEST_D_X_R_RM(116, fcvt.wu.d, rdn, 0x0, FF_NV, 0xbfe0000000000000)  /* -0.5 -> 0x0 */
    TEST_D_X_R_RM(117, fcvt.wu.d, rup, 0x0, FF_NX, 0xbfe0000000000000)  /* -0.5 -> 0x0 */
    TEST_D_X_R_RM(118, fcvt.wu.d, rmm, 0x0, FF_NV, 0xbfe0000000000000)  /* -0.5 -> 0x0 */

    /* ---- FCVT.L.D: exact values ---- */
    TEST_D_X_R_RM(119, fcvt.l.d, rne, 0x7, 0, 0x401c000000000000)  /* 7 -> 7 */
    TEST_D_X_R_RM(120, fcvt.l.d, rne, 0x0, 0, 0x0)  /* +0 -> 0 */
    TEST_D_X_R_RM(121, fcvt.l.d, rne, 0x0, 0, 0x8000000000000000)  /* -0 -> 0, no flags */
    TEST_D_X_R_RM(122, fcvt.l.d, rne, 0xfffffffffffffff9, 0, 0xc01c000000000000)  /* -7 -> -7 */
    TEST_D_X_R_RM(123, fcvt.l.d, rne, 0xffffffffffffffff, 0, 0xbff0000000000000)  /* -1 -> -1 */
    /* 1000000000 -> 1000000000 */
    TEST_D_X_R_RM(124, fcvt.l.d, rtz, 0x3b9aca00, 0, 0x41cdcd6500000000)

    /* ---- FCVT.L.D: every rounding mode ---- */
    /* 2.5: tie, RNE -> 2, RMM -> 3 */
    TEST_D_X_R_RM(125, fcvt.l.d, rne, 0x2, FF_NX, 0x4004000000000000)
    TEST_D_X_R_RM(126, fcvt.l.d, rtz, 0x2, FF_NX, 0x4004000000000000)  /* 2.5 -> 2 */
    TEST_D_X_R_RM(127, fcvt.l.d, rdn, 0x2, FF_NX, 0x4004000000000000)  /* 2.5 -> 2 */
    TEST_D_X_R_RM(128, fcvt.l.d, rup, 0x3, FF_NX, 0x4004000000000000)  /* 2.5 -> 3 */
    TEST_D_X_R_RM(129, fcvt.l.d, rmm, 0x3, FF_NX, 0x4004000000000000)  /* 2.5 -> 3 */
    TEST_D_X_R_RM(130, fcvt.l.d, rne, 0x4, FF_NX, 0x400c000000000000)  /* 3.5 -> 4 */
    TEST_D_X_R_RM(131, fcvt.l.d, rtz, 0x3, FF_NX, 0x400c000000000000)  /* 3.5 -> 3 */
    TEST_D_X_R_RM(132, fcvt.l.d, rdn, 0x3, FF_NX, 0x400c000000000000)  /* 3.5 -> 3 */
    TEST_D_X_R_RM(133, fcvt.l.d, rup, 0x4, FF_NX, 0x400c000000000000)  /* 3.5 -> 4 */
    TEST_D_X_R_RM(134, fcvt.l.d, rmm, 0x4, FF_NX, 0x400c000000000000)  /* 3.5 -> 4 */
    /* -2.5 -> -2 */
    TEST_D_X_R_RM(135, fcvt.l.d, rne, 0xfffffffffffffffe, FF_NX, 0xc004000000000000)
    /* -2.5 -> -2 */
    TEST_D_X_R_RM(136, fcvt.l.d, rtz, 0xfffffffffffffffe, FF_NX, 0xc004000000000000)
    /* -2.5 -> -3 */
    TEST_D_X_R_RM(137, fcvt.l.d, rdn, 0xfffffffffffffffd, FF_NX, 0xc004000000000000)
    /* -2.5 -> -2 */
    TEST_D_X_R_RM(138, fcvt.l.d, rup, 0xfffffffffffffffe, FF_NX, 0xc004000000000000)
    /* -2.5 -> -3 */
    TEST_D_X_R_RM(139, fcvt.l.d, rmm, 0xfffffffffffffffd, FF_NX, 0xc004000000000000)
    /* -1.25 -> -1 */
    TEST_D_X_R_RM(140, fcvt.l.d, rne, 0xffffffffffffffff, FF_NX, 0xbff4000000000000)
    /* -1.25 -> -1 */
    TEST_D_X_R_RM(141, fcvt.l.d, rtz, 0xffffffffffffffff, FF_NX, 0xbff4000000000000)
    /* -1.25 -> -2 */
    TEST_D_X_R_RM(142, fcvt.l.d, rdn, 0xfffffffffffffffe, FF_NX, 0xbff4000000000000)
    /* -1.25 -> -1 */
    TEST_D_X_R_RM(143, fcvt.l.d, rup, 0xffffffffffffffff, FF_NX, 0xbff4000000000000)
    /* -1.25 -> -1 */
    TEST_D_X_R_RM(144, fcvt.l.d, rmm, 0xffffffffffffffff, FF_NX, 0xbff4000000000000)
    TEST_D_X_R_RM(145, fcvt.l.d, rne, 0x0, FF_NX, 0x1)  /* tiny positive -> 0, NX */
    TEST_D_X_R_RM(146, fcvt.l.d, rup, 0x1, FF_NX, 0x1)  /* 2^-1074 -> 1 */
    /* tiny negative, RDN -> -1 */
    TEST_D_X_R_RM(147, fcvt.l.d, rdn, 0xffffffffffffffff, FF_NX, 0x8000000000000001)

    /* ---- FCVT.L.D: dynamic rounding mode ---- */
    /* -2.5 -> -2 */
    TEST_D_X_R_DYN(148, fcvt.l.d, FRM_RNE, 0xfffffffffffffffe, FF_NX, 0xc004000000000000)
    /* -2.5 -> -2 */
    TEST_D_X_R_DYN(149, fcvt.l.d, FRM_RTZ, 0xfffffffffffffffe, FF_NX, 0xc004000000000000)
    /* -2.5 -> -3 */
    TEST_D_X_R_DYN(150, fcvt.l.d, FRM_RDN, 0xfffffffffffffffd, FF_NX, 0xc004000000000000)
    /* -2.5 -> -2 */
    TEST_D_X_R_DYN(151, fcvt.l.d, FRM_RUP, 0xfffffffffffffffe, FF_NX, 0xc004000000000000)
    /* -2.5 -> -3 */
    TEST_D_X_R_DYN(152, fcvt.l.d, FRM_RMM, 0xfffffffffffffffd, FF_NX, 0xc004000000000000)
    fsrmi FRM_RNE;

    /* ---- FCVT.L.D: range limits, saturation, NaN and infinities ---- */
    /* 2^63: out of range -> max, NV */
    TEST_D_X_R_RM(153, fcvt.l.d, rtz, 0x7fffffffffffffff, FF_NV, 0x43e0000000000000)
    /* largest representable value in range */
    TEST_D_X_R_RM(154, fcvt.l.d, rtz, 0x7ffffffffffffc00, 0, 0x43dfffffffffffff)
    /* -2^63: exact minimum */
    TEST_D_X_R_RM(155, fcvt.l.d, rtz, 0x8000000000000000, 0, 0xc3e0000000000000)
    /* just below -2^63: -> min, NV */
    TEST_D_X_R_RM(156, fcvt.l.d, rtz, 0x8000000000000000, FF_NV, 0xc3e0000000000001)
    /* inf -> 9223372036854775807 */
    TEST_D_X_R_RM(157, fcvt.l.d, rne, 0x7fffffffffffffff, FF_NV, 0x7ff0000000000000)
    /* -inf -> -9223372036854775808 */
    TEST_D_X_R_RM(158, fcvt.l.d, rne, 0x8000000000000000, FF_NV, 0xfff0000000000000)
    /* NaN -> largest positive integer, NV */
    TEST_D_X_R_RM(159, fcvt.l.d, rne, 0x7fffffffffffffff, FF_NV, 0x7ff8000000000000)
    /* negative NaN also -> largest positive integer */
    TEST_D_X_R_RM(160, fcvt.l.d, rne, 0x7fffffffffffffff, FF_NV, 0xfff8000000000000)
    /* sNaN -> 9223372036854775807 */
    TEST_D_X_R_RM(161, fcvt.l.d, rne, 0x7fffffffffffffff, FF_NV, 0x7ff0000000000001)
    /* 1.7976931348623157e+308 -> 9223372036854775807 */
    TEST_D_X_R_RM(162, fcvt.l.d, rne, 0x7fffffffffffffff, FF_NV, 0x7fefffffffffffff)
    /* -1.7976931348623157e+308 -> -9223372036854775808 */
    TEST_D_X_R_RM(163, fcvt.l.d, rne, 0x8000000000000000, FF_NV, 0xffefffffffffffff)

    /* ---- FCVT.LU.D: exact values ---- */
    TEST_D_X_R_RM(164, fcvt.lu.d, rne, 0x7, 0, 0x401c000000000000)  /* 7 -> 0x7 */
    TEST_D_X_R_RM(165, fcvt.lu.d, rne, 0x0, 0, 0x0)  /* +0 -> 0x0 */
    TEST_D_X_R_RM(166, fcvt.lu.d, rne, 0x0, 0, 0x8000000000000000)  /* -0 -> 0, no flags */
    /* 1000000000 -> 0x3b9aca00 */
    TEST_D_X_R_RM(167, fcvt.lu.d, rtz, 0x3b9aca00, 0, 0x41cdcd6500000000)

    /* ---- FCVT.LU.D: every rounding mode ---- */
    /* 2.5: tie, RNE -> 2, RMM -> 3 */
    TEST_D_X_R_RM(168, fcvt.lu.d, rne, 0x2, FF_NX, 0x4004000000000000)
    TEST_D_X_R_RM(169, fcvt.lu.d, rtz, 0x2, FF_NX, 0x4004000000000000)  /* 2.5 -> 0x2 */
    TEST_D_X_R_RM(170, fcvt.lu.d, rdn, 0x2, FF_NX, 0x4004000000000000)  /* 2.5 -> 0x2 */
    TEST_D_X_R_RM(171, fcvt.lu.d, rup, 0x3, FF_NX, 0x4004000000000000)  /* 2.5 -> 0x3 */
    TEST_D_X_R_RM(172, fcvt.lu.d, rmm, 0x3, FF_NX, 0x4004000000000000)  /* 2.5 -> 0x3 */
    TEST_D_X_R_RM(173, fcvt.lu.d, rne, 0x4, FF_NX, 0x400c000000000000)  /* 3.5 -> 0x4 */
    TEST_D_X_R_RM(174, fcvt.lu.d, rtz, 0x3, FF_NX, 0x400c000000000000)  /* 3.5 -> 0x3 */
    TEST_D_X_R_RM(175, fcvt.lu.d, rdn, 0x3, FF_NX, 0x400c000000000000)  /* 3.5 -> 0x3 */
    TEST_D_X_R_RM(176, fcvt.lu.d, rup, 0x4, FF_NX, 0x400c000000000000)  /* 3.5 -> 0x4 */
    TEST_D_X_R_RM(177, fcvt.lu.d, rmm, 0x4, FF_NX, 0x400c000000000000)  /* 3.5 -> 0x4 */
    TEST_D_X_R_RM(178, fcvt.lu.d, rne, 0x1, FF_NX, 0x3ff4000000000000)  /* 1.25 -> 0x1 */
    TEST_D_X_R_RM(179, fcvt.lu.d, rtz, 0x1, FF_NX, 0x3ff4000000000000)  /* 1.25 -> 0x1 */
    TEST_D_X_R_RM(180, fcvt.lu.d, rdn, 0x1, FF_NX, 0x3ff4000000000000)  /* 1.25 -> 0x1 */
    TEST_D_X_R_RM(181, fcvt.lu.d, rup, 0x2, FF_NX, 0x3ff4000000000000)  /* 1.25 -> 0x2 */
    TEST_D_X_R_RM(182, fcvt.lu.d, rmm, 0x1, FF_NX, 0x3ff4000000000000)  /* 1.25 -> 0x1 */
    TEST_D_X_R_RM(183, fcvt.lu.d, rne, 0x0, FF_NX, 0xbfe0000000000000)  /* -0.5 -> 0x0 */
    TEST_D_X_R_RM(184, fcvt.lu.d, rtz, 0x0, FF_NX, 0xbfe0000000000000)  /* -0.5 -> 0x0 */
    TEST_D_X_R_RM(185, fcvt.lu.d, rdn, 0x0, FF_NV, 0xbfe0000000000000)  /* -0.5 -> 0x0 */
    TEST_D_X_R_RM(186, fcvt.lu.d, rup, 0x0, FF_NX, 0xbfe0000000000000)  /* -0.5 -> 0x0 */
    TEST_D_X_R_RM(187, fcvt.lu.d, rmm, 0x0, FF_NV, 0xbfe0000000000000)  /* -0.5 -> 0x0 */
    /* -0.9 to unsigned: RTZ/RUP give 0 with NX only; others round to -1 -> 0 with NV */
    TEST_D_X_R_RM(188, fcvt.lu.d, rne, 0x0, FF_NV, 0xbfeccccccccccccd)
    /* -0.90000000000000002 -> 0x0 */
    TEST_D_X_R_RM(189, fcvt.lu.d, rtz, 0x0, FF_NX, 0xbfeccccccccccccd)
    /* -0.90000000000000002 -> 0x0 */
    TEST_D_X_R_RM(190, fcvt.lu.d, rdn, 0x0, FF_NV, 0xbfeccccccccccccd)
    /* -0.90000000000000002 -> 0x0 */
    TEST_D_X_R_RM(191, fcvt.lu.d, rup, 0x0, FF_NX, 0xbfeccccccccccccd)
    /* -0.90000000000000002 -> 0x0 */
    TEST_D_X_R_RM(192, fcvt.lu.d, rmm, 0x0, FF_NV, 0xbfeccccccccccccd)
    TEST_D_X_R_RM(193, fcvt.lu.d, rne, 0x0, FF_NX, 0xbfd0000000000000)  /* -0.25 -> 0x0 */
    TEST_D_X_R_RM(194, fcvt.lu.d, rtz, 0x0, FF_NX, 0xbfd0000000000000)  /* -0.25 -> 0x0 */
    TEST_D_X_R_RM(195, fcvt.lu.d, rdn, 0x0, FF_NV, 0xbfd0000000000000)  /* -0.25 -> 0x0 */
    TEST_D_X_R_RM(196, fcvt.lu.d, rup, 0x0, FF_NX, 0xbfd0000000000000)  /* -0.25 -> 0x0 */
    TEST_D_X_R_RM(197, fcvt.lu.d, rmm, 0x0, FF_NX, 0xbfd0000000000000)  /* -0.25 -> 0x0 */
    TEST_D_X_R_RM(198, fcvt.lu.d, rne, 0x0, FF_NX, 0x1)  /* tiny positive -> 0, NX */
    TEST_D_X_R_RM(199, fcvt.lu.d, rup, 0x1, FF_NX, 0x1)  /* 2^-1074 -> 0x1 */
    /* tiny negative, RDN -> -1: out of range for unsigned -> 0, NV */
    TEST_D_X_R_RM(200, fcvt.lu.d, rdn, 0x0, FF_NV, 0x8000000000000001)

    /* ---- FCVT.LU.D: dynamic rounding mode ---- */
    TEST_D_X_R_DYN(201, fcvt.lu.d, FRM_RNE, 0x2, FF_NX, 0x4004000000000000)  /* 2.5 -> 0x2 */
    TEST_D_X_R_DYN(202, fcvt.lu.d, FRM_RTZ, 0x2, FF_NX, 0x4004000000000000)  /* 2.5 -> 0x2 */
    TEST_D_X_R_DYN(203, fcvt.lu.d, FRM_RDN, 0x2, FF_NX, 0x4004000000000000)  /* 2.5 -> 0x2 */
    TEST_D_X_R_DYN(204, fcvt.lu.d, FRM_RUP, 0x3, FF_NX, 0x4004000000000000)  /* 2.5 -> 0x3 */
    TEST_D_X_R_DYN(205, fcvt.lu.d, FRM_RMM, 0x3, FF_NX, 0x4004000000000000)  /* 2.5 -> 0x3 */
    fsrmi FRM_RNE;

    /* ---- FCVT.LU.D: range limits, saturation, NaN and infinities ---- */
    /* 2^64: out of range -> max, NV */
    TEST_D_X_R_RM(206, fcvt.lu.d, rtz, 0xffffffffffffffff, FF_NV, 0x43f0000000000000)
    /* largest representable value in range */
    TEST_D_X_R_RM(207, fcvt.lu.d, rtz, 0xfffffffffffff800, 0, 0x43efffffffffffff)
    TEST_D_X_R_RM(208, fcvt.lu.d, rtz, 0x0, FF_NV, 0xbff0000000000000)  /* negative -> 0, NV */
    /* 2^63 -> 0x8000000000000000 */
    TEST_D_X_R_RM(209, fcvt.lu.d, rtz, 0x8000000000000000, 0, 0x43e0000000000000)
    /* inf -> 0xffffffffffffffff */
    TEST_D_X_R_RM(210, fcvt.lu.d, rne, 0xffffffffffffffff, FF_NV, 0x7ff0000000000000)
    TEST_D_X_R_RM(211, fcvt.lu.d, rne, 0x0, FF_NV, 0xfff0000000000000)  /* -inf -> 0x0 */
    /* NaN -> largest positive integer, NV */
    TEST_D_X_R_RM(212, fcvt.lu.d, rne, 0xffffffffffffffff, FF_NV, 0x7ff8000000000000)
    /* negative NaN also -> largest positive integer */
    TEST_D_X_R_RM(213, fcvt.lu.d, rne, 0xffffffffffffffff, FF_NV, 0xfff8000000000000)
    /* sNaN -> 0xffffffffffffffff */
    TEST_D_X_R_RM(214, fcvt.lu.d, rne, 0xffffffffffffffff, FF_NV, 0x7ff0000000000001)
    /* 1.7976931348623157e+308 -> 0xffffffffffffffff */
    TEST_D_X_R_RM(215, fcvt.lu.d, rne, 0xffffffffffffffff, FF_NV, 0x7fefffffffffffff)
    /* -1.7976931348623157e+308 -> 0x0 */
    TEST_D_X_R_RM(216, fcvt.lu.d, rne, 0x0, FF_NV, 0xffefffffffffffff)

    /* ---- FCVT.D.W (exact, no rm operand) ---- */
    FP_F_X(217, fcvt.d.w, 0x0, 0, 0x0)  /* 0 -> +0 */
    FP_F_X(218, fcvt.d.w, 0x3ff0000000000000, 0, 0x1)  /* 1 -> 1 */
    FP_F_X(219, fcvt.d.w, 0x401c000000000000, 0, 0x7)  /* 7 -> 7 */
    FP_F_X(220, fcvt.d.w, 0x41d0000000000000, 0, 0x40000000)  /* 1073741824 -> 2^30 */
    FP_F_X(221, fcvt.d.w, 0xbff0000000000000, 0, 0xffffffffffffffff)  /* 0xffffffffffffffff -> -1 */
    /* 0xffffffff80000000 -> -2^31 */
    FP_F_X(222, fcvt.d.w, 0xc1e0000000000000, 0, 0xffffffff80000000)
    FP_F_X(223, fcvt.d.w, 0x41dfffffffc00000, 0, 0x7fffffff)  /* 2147483647 -> 2147483647 */
    /* upper 32 bits of rs1 are ignored */
    FP_F_X(224, fcvt.d.w, 0x4014000000000000, 0, 0x1234567800000005)
    FP_F_X(225, fcvt.d.w, 0x3ff0000000000000, 0, 0xffffffff00000001)  /* 0xffffffff00000001 -> 1 */
    FP_F_X(226, fcvt.d.w, 0xbff0000000000000, 0, 0xffffffff)  /* 4294967295 -> -1 */

    /* ---- FCVT.D.WU (exact, no rm operand) ---- */
    FP_F_X(227, fcvt.d.wu, 0x0, 0, 0x0)  /* 0 -> +0 */
    FP_F_X(228, fcvt.d.wu, 0x3ff0000000000000, 0, 0x1)  /* 1 -> 1 */
    FP_F_X(229, fcvt.d.wu, 0x401c000000000000, 0, 0x7)  /* 7 -> 7 */
    FP_F_X(230, fcvt.d.wu, 0x41d0000000000000, 0, 0x40000000)  /* 1073741824 -> 2^30 */
    FP_F_X(231, fcvt.d.wu, 0x41efffffffe00000, 0, 0xffffffff)  /* 4294967295 -> 4294967295 */
    /* upper 32 bits of rs1 are ignored */
    FP_F_X(232, fcvt.d.wu, 0x4014000000000000, 0, 0x1234567800000005)
    FP_F_X(233, fcvt.d.wu, 0x3ff0000000000000, 0, 0xffffffff00000001)  /* 0xffffffff00000001 -> 1 */
    FP_F_X(234, fcvt.d.wu, 0x41e0000000000000, 0, 0x80000000)  /* 2147483648 -> 2^31 */
    /* 0xffffffff80000000 -> 2^31 */
    FP_F_X(235, fcvt.d.wu, 0x41e0000000000000, 0, 0xffffffff80000000)

    /* ---- FCVT.D.L ---- */
    TEST_D_F_X_RM(236, fcvt.d.l, rne, 0x0, 0, 0x0)  /* 0 -> +0 */
    TEST_D_F_X_RM(237, fcvt.d.l, rne, 0x3ff0000000000000, 0, 0x1)  /* 1 -> 1 */
    TEST_D_F_X_RM(238, fcvt.d.l, rne, 0x401c000000000000, 0, 0x7)  /* 7 -> 7 */
    /* 4611686018427387904 -> 2^62 */
    TEST_D_F_X_RM(239, fcvt.d.l, rne, 0x43d0000000000000, 0, 0x4000000000000000)
    /* 0xffffffffffffffff -> -1 */
    TEST_D_F_X_RM(240, fcvt.d.l, rne, 0xbff0000000000000, 0, 0xffffffffffffffff)
    /* 0x8000000000000000 -> -2^63 */
    TEST_D_F_X_RM(241, fcvt.d.l, rne, 0xc3e0000000000000, 0, 0x8000000000000000)
    TEST_D_F_X_RM(242, fcvt.d.l, rdn, 0x0, 0, 0x0)  /* 0 -> +0 even in RDN */
    /* 9007199254740993 -> 2^53 */
    TEST_D_F_X_RM(243, fcvt.d.l, rne, 0x4340000000000000, FF_NX, 0x20000000000001)
    /* 9007199254740993 -> 2^53 */
    TEST_D_F_X_RM(244, fcvt.d.l, rtz, 0x4340000000000000, FF_NX, 0x20000000000001)
    /* 9007199254740993 -> 2^53 */
    TEST_D_F_X_RM(245, fcvt.d.l, rdn, 0x4340000000000000, FF_NX, 0x20000000000001)
    /* 9007199254740993 -> 9007199254740994 */
    TEST_D_F_X_RM(246, fcvt.d.l, rup, 0x4340000000000001, FF_NX, 0x20000000000001)
    /* 9007199254740993 -> 9007199254740994 */
    TEST_D_F_X_RM(247, fcvt.d.l, rmm, 0x4340000000000001, FF_NX, 0x20000000000001)
    /* 9007199254740995 -> 9007199254740996 */
    TEST_D_F_X_RM(248, fcvt.d.l, rne, 0x4340000000000002, FF_NX, 0x20000000000003)
    /* 9007199254740995 -> 9007199254740994 */
    TEST_D_F_X_RM(249, fcvt.d.l, rtz, 0x4340000000000001, FF_NX, 0x20000000000003)
    /* 9007199254740995 -> 9007199254740994 */
    TEST_D_F_X_RM(250, fcvt.d.l, rdn, 0x4340000000000001, FF_NX, 0x20000000000003)
    /* 9007199254740995 -> 9007199254740996 */
    TEST_D_F_X_RM(251, fcvt.d.l, rup, 0x4340000000000002, FF_NX, 0x20000000000003)
    /* 9007199254740995 -> 9007199254740996 */
    TEST_D_F_X_RM(252, fcvt.d.l, rmm, 0x4340000000000002, FF_NX, 0x20000000000003)
    /* 0xffdfffffffffffff -> -2^53 */
    TEST_D_F_X_RM(253, fcvt.d.l, rne, 0xc340000000000000, FF_NX, 0xffdfffffffffffff)
    /* 0xffdfffffffffffff -> -2^53 */
    TEST_D_F_X_RM(254, fcvt.d.l, rtz, 0xc340000000000000, FF_NX, 0xffdfffffffffffff)
    /* 0xffdfffffffffffff -> -9007199254740994 */
    TEST_D_F_X_RM(255, fcvt.d.l, rdn, 0xc340000000000001, FF_NX, 0xffdfffffffffffff)
    /* 0xffdfffffffffffff -> -2^53 */
    TEST_D_F_X_RM(256, fcvt.d.l, rup, 0xc340000000000000, FF_NX, 0xffdfffffffffffff)
    /* 0xffdfffffffffffff -> -9007199254740994 */
    TEST_D_F_X_RM(257, fcvt.d.l, rmm, 0xc340000000000001, FF_NX, 0xffdfffffffffffff)
    /* 9223372036854775807 -> 2^63 */
    TEST_D_F_X_RM(258, fcvt.d.l, rne, 0x43e0000000000000, FF_NX, 0x7fffffffffffffff)
    /* 9223372036854775807 -> 9.2233720368547748e+18 */
    TEST_D_F_X_RM(259, fcvt.d.l, rtz, 0x43dfffffffffffff, FF_NX, 0x7fffffffffffffff)
    /* 9223372036854775807 -> 9.2233720368547748e+18 */
    TEST_D_F_X_RM(260, fcvt.d.l, rdn, 0x43dfffffffffffff, FF_NX, 0x7fffffffffffffff)
    /* 9223372036854775807 -> 2^63 */
    TEST_D_F_X_RM(261, fcvt.d.l, rup, 0x43e0000000000000, FF_NX, 0x7fffffffffffffff)
    /* 9223372036854775807 -> 2^63 */
    TEST_D_F_X_RM(262, fcvt.d.l, rmm, 0x43e0000000000000, FF_NX, 0x7fffffffffffffff)
    /* 9007199254740993 -> 2^53 */
    TEST_D_F_X_DYN(263, fcvt.d.l, FRM_RTZ, 0x4340000000000000, FF_NX, 0x20000000000001)
    /* 9007199254740993 -> 9007199254740994 */
    TEST_D_F_X_DYN(264, fcvt.d.l, FRM_RUP, 0x4340000000000001, FF_NX, 0x20000000000001)
    /* 9007199254740993 -> 9007199254740994 */
    TEST_D_F_X_DYN(265, fcvt.d.l, FRM_RMM, 0x4340000000000001, FF_NX, 0x20000000000001)
    fsrmi FRM_RNE;

    /* ---- FCVT.D.LU ---- */
    TEST_D_F_X_RM(266, fcvt.d.lu, rne, 0x0, 0, 0x0)  /* 0 -> +0 */
    TEST_D_F_X_RM(267, fcvt.d.lu, rne, 0x3ff0000000000000, 0, 0x1)  /* 1 -> 1 */
    TEST_D_F_X_RM(268, fcvt.d.lu, rne, 0x401c000000000000, 0, 0x7)  /* 7 -> 7 */
    /* 4611686018427387904 -> 2^62 */
    TEST_D_F_X_RM(269, fcvt.d.lu, rne, 0x43d0000000000000, 0, 0x4000000000000000)
    TEST_D_F_X_RM(270, fcvt.d.lu, rdn, 0x0, 0, 0x0)  /* 0 -> +0 even in RDN */
    /* 9007199254740993 -> 2^53 */
    TEST_D_F_X_RM(271, fcvt.d.lu, rne, 0x4340000000000000, FF_NX, 0x20000000000001)
    /* 9007199254740993 -> 2^53 */
    TEST_D_F_X_RM(272, fcvt.d.lu, rtz, 0x4340000000000000, FF_NX, 0x20000000000001)
    /* 9007199254740993 -> 2^53 */
    TEST_D_F_X_RM(273, fcvt.d.lu, rdn, 0x4340000000000000, FF_NX, 0x20000000000001)
    /* 9007199254740993 -> 9007199254740994 */
    TEST_D_F_X_RM(274, fcvt.d.lu, rup, 0x4340000000000001, FF_NX, 0x20000000000001)
    /* 9007199254740993 -> 9007199254740994 */
    TEST_D_F_X_RM(275, fcvt.d.lu, rmm, 0x4340000000000001, FF_NX, 0x20000000000001)
    /* 9007199254740995 -> 9007199254740996 */
    TEST_D_F_X_RM(276, fcvt.d.lu, rne, 0x4340000000000002, FF_NX, 0x20000000000003)
    /* 9007199254740995 -> 9007199254740994 */
    TEST_D_F_X_RM(277, fcvt.d.lu, rtz, 0x4340000000000001, FF_NX, 0x20000000000003)
    /* 9007199254740995 -> 9007199254740994 */
    TEST_D_F_X_RM(278, fcvt.d.lu, rdn, 0x4340000000000001, FF_NX, 0x20000000000003)
    /* 9007199254740995 -> 9007199254740996 */
    TEST_D_F_X_RM(279, fcvt.d.lu, rup, 0x4340000000000002, FF_NX, 0x20000000000003)
    /* 9007199254740995 -> 9007199254740996 */
    TEST_D_F_X_RM(280, fcvt.d.lu, rmm, 0x4340000000000002, FF_NX, 0x20000000000003)
    /* 0xffffffffffffffff -> 2^64 */
    TEST_D_F_X_RM(281, fcvt.d.lu, rne, 0x43f0000000000000, FF_NX, 0xffffffffffffffff)
    /* 0xffffffffffffffff -> 1.844674407370955e+19 */
    TEST_D_F_X_RM(282, fcvt.d.lu, rtz, 0x43efffffffffffff, FF_NX, 0xffffffffffffffff)
    /* 0xffffffffffffffff -> 1.844674407370955e+19 */
    TEST_D_F_X_RM(283, fcvt.d.lu, rdn, 0x43efffffffffffff, FF_NX, 0xffffffffffffffff)
    /* 0xffffffffffffffff -> 2^64 */
    TEST_D_F_X_RM(284, fcvt.d.lu, rup, 0x43f0000000000000, FF_NX, 0xffffffffffffffff)
    /* 0xffffffffffffffff -> 2^64 */
    TEST_D_F_X_RM(285, fcvt.d.lu, rmm, 0x43f0000000000000, FF_NX, 0xffffffffffffffff)
    /* 9007199254740993 -> 2^53 */
    TEST_D_F_X_DYN(286, fcvt.d.lu, FRM_RTZ, 0x4340000000000000, FF_NX, 0x20000000000001)
    /* 9007199254740993 -> 9007199254740994 */
    TEST_D_F_X_DYN(287, fcvt.d.lu, FRM_RUP, 0x4340000000000001, FF_NX, 0x20000000000001)
    /* 9007199254740993 -> 9007199254740994 */
    TEST_D_F_X_DYN(288, fcvt.d.lu, FRM_RMM, 0x4340000000000001, FF_NX, 0x20000000000001)
    fsrmi FRM_RNE;

    /* ---- FCVT.S.D: exact, rounding modes ---- */
    FP_R_RM(289, fcvt.s.d, rne, 0xffffffff3f800000, 0, 0x3ff0000000000000)  /* 1 -> 1 */
    FP_R_RM(290, fcvt.s.d, rne, 0xffffffffbf800000, 0, 0xbff0000000000000)  /* -1 -> -1 */
    FP_R_RM(291, fcvt.s.d, rne, 0xffffffff00000000, 0, 0x0)  /* +0 -> +0 */
    FP_R_RM(292, fcvt.s.d, rne, 0xffffffff80000000, 0, 0x8000000000000000)  /* -0 -> -0 */
    /* 2^-149: exact single subnormal, no flags */
    FP_R_RM(293, fcvt.s.d, rne, 0xffffffff00000001, 0, 0x36a0000000000000)
    /* 1+2^-24: tie, RNE -> 1, RMM -> 1+2^-23 */
    FP_R_RM(294, fcvt.s.d, rne, 0xffffffff3f800000, FF_NX, 0x3ff0000010000000)
    /* 1.0000000596046448 -> 1 */
    FP_R_RM(295, fcvt.s.d, rtz, 0xffffffff3f800000, FF_NX, 0x3ff0000010000000)
    /* 1.0000000596046448 -> 1 */
    FP_R_RM(296, fcvt.s.d, rdn, 0xffffffff3f800000, FF_NX, 0x3ff0000010000000)
    /* 1.0000000596046448 -> 1.00000012 */
    FP_R_RM(297, fcvt.s.d, rup, 0xffffffff3f800001, FF_NX, 0x3ff0000010000000)
    /* 1.0000000596046448 -> 1.00000012 */
    FP_R_RM(298, fcvt.s.d, rmm, 0xffffffff3f800001, FF_NX, 0x3ff0000010000000)
    /* 1.0000001788139343 -> 1.00000024 */
    FP_R_RM(299, fcvt.s.d, rne, 0xffffffff3f800002, FF_NX, 0x3ff0000030000000)
    /* 1.0000001788139343 -> 1.00000012 */
    FP_R_RM(300, fcvt.s.d, rtz, 0xffffffff3f800001, FF_NX, 0x3ff0000030000000)
    /* 1.0000001788139343 -> 1.00000012 */
    FP_R_RM(301, fcvt.s.d, rdn, 0xffffffff3f800001, FF_NX, 0x3ff0000030000000)
    /* 1.0000001788139343 -> 1.00000024 */
    FP_R_RM(302, fcvt.s.d, rup, 0xffffffff3f800002, FF_NX, 0x3ff0000030000000)
    /* 1.0000001788139343 -> 1.00000024 */
    FP_R_RM(303, fcvt.s.d, rmm, 0xffffffff3f800002, FF_NX, 0x3ff0000030000000)
    /* -1.0000000596046448 -> -1 */
    FP_R_RM(304, fcvt.s.d, rne, 0xffffffffbf800000, FF_NX, 0xbff0000010000000)
    /* -1.0000000596046448 -> -1 */
    FP_R_RM(305, fcvt.s.d, rtz, 0xffffffffbf800000, FF_NX, 0xbff0000010000000)
    /* -1.0000000596046448 -> -1.00000012 */
    FP_R_RM(306, fcvt.s.d, rdn, 0xffffffffbf800001, FF_NX, 0xbff0000010000000)
    /* -1.0000000596046448 -> -1 */
    FP_R_RM(307, fcvt.s.d, rup, 0xffffffffbf800000, FF_NX, 0xbff0000010000000)
    /* -1.0000000596046448 -> -1.00000012 */
    FP_R_RM(308, fcvt.s.d, rmm, 0xffffffffbf800001, FF_NX, 0xbff0000010000000)
    /* 1.0000000596055543 -> 1.00000012 */
    FP_R_RM(309, fcvt.s.d, rne, 0xffffffff3f800001, FF_NX, 0x3ff0000010001000)
    /* 1.0000000596055543 -> 1 */
    FP_R_RM(310, fcvt.s.d, rtz, 0xffffffff3f800000, FF_NX, 0x3ff0000010001000)
    /* 1.0000000596055543 -> 1 */
    FP_R_RM(311, fcvt.s.d, rdn, 0xffffffff3f800000, FF_NX, 0x3ff0000010001000)
    /* 1.0000000596055543 -> 1.00000012 */
    FP_R_RM(312, fcvt.s.d, rup, 0xffffffff3f800001, FF_NX, 0x3ff0000010001000)
    /* 1.0000000596055543 -> 1.00000012 */
    FP_R_RM(313, fcvt.s.d, rmm, 0xffffffff3f800001, FF_NX, 0x3ff0000010001000)
    /* 0.33333333333333331 -> 0.333333343 */
    FP_R_RM(314, fcvt.s.d, rne, 0xffffffff3eaaaaab, FF_NX, 0x3fd5555555555555)
    /* 0.33333333333333331 -> 0.333333313 */
    FP_R_RM(315, fcvt.s.d, rtz, 0xffffffff3eaaaaaa, FF_NX, 0x3fd5555555555555)
    /* 0.33333333333333331 -> 0.333333313 */
    FP_R_RM(316, fcvt.s.d, rdn, 0xffffffff3eaaaaaa, FF_NX, 0x3fd5555555555555)
    /* 0.33333333333333331 -> 0.333333343 */
    FP_R_RM(317, fcvt.s.d, rup, 0xffffffff3eaaaaab, FF_NX, 0x3fd5555555555555)
    /* 0.33333333333333331 -> 0.333333343 */
    FP_R_RM(318, fcvt.s.d, rmm, 0xffffffff3eaaaaab, FF_NX, 0x3fd5555555555555)

    /* ---- FCVT.S.D: overflow ---- */
    /* 1.7976931348623157e+308 -> inf */
    FP_R_RM(319, fcvt.s.d, rne, 0xffffffff7f800000, FF_OF|FF_NX, 0x7fefffffffffffff)
    /* 1.7976931348623157e+308 -> 3.40282347e+38 */
    FP_R_RM(320, fcvt.s.d, rtz, 0xffffffff7f7fffff, FF_OF|FF_NX, 0x7fefffffffffffff)
    /* 1.7976931348623157e+308 -> 3.40282347e+38 */
    FP_R_RM(321, fcvt.s.d, rdn, 0xffffffff7f7fffff, FF_OF|FF_NX, 0x7fefffffffffffff)
    /* 1.7976931348623157e+308 -> inf */
    FP_R_RM(322, fcvt.s.d, rup, 0xffffffff7f800000, FF_OF|FF_NX, 0x7fefffffffffffff)
    /* 1.7976931348623157e+308 -> inf */
    FP_R_RM(323, fcvt.s.d, rmm, 0xffffffff7f800000, FF_OF|FF_NX, 0x7fefffffffffffff)
    /* -1.7976931348623157e+308 -> -3.40282347e+38 */
    FP_R_RM(324, fcvt.s.d, rup, 0xffffffffff7fffff, FF_OF|FF_NX, 0xffefffffffffffff)
    /* -1.7976931348623157e+308 -> -inf */
    FP_R_RM(325, fcvt.s.d, rdn, 0xffffffffff800000, FF_OF|FF_NX, 0xffefffffffffffff)
    /* largest single, exact */
    FP_R_RM(326, fcvt.s.d, rne, 0xffffffff7f7fffff, 0, 0x47efffffe0000000)
    /* max single + 0.5ulp: tie -> overflow in RNE */
    FP_R_RM(327, fcvt.s.d, rne, 0xffffffff7f800000, FF_OF|FF_NX, 0x47effffff0000000)
    /* 3.4028235677973366e+38 -> 3.40282347e+38 */
    FP_R_RM(328, fcvt.s.d, rtz, 0xffffffff7f7fffff, FF_NX, 0x47effffff0000000)
    /* max single + 0.25ulp: rounds to max, NX only */
    FP_R_RM(329, fcvt.s.d, rne, 0xffffffff7f7fffff, FF_NX, 0x47efffffe8000000)
    /* 2^128 -> inf */
    FP_R_RM(330, fcvt.s.d, rne, 0xffffffff7f800000, FF_OF|FF_NX, 0x47f0000000000000)

    /* ---- FCVT.S.D: underflow ---- */
    /* min normal single, exact */
    FP_R_RM(331, fcvt.s.d, rne, 0xffffffff00800000, 0, 0x3810000000000000)
    /* 0.75*2^-126: exact subnormal, no UF */
    FP_R_RM(332, fcvt.s.d, rne, 0xffffffff00600000, 0, 0x3808000000000000)
    /* 2^-150: tie between 0 and 2^-149 */
    FP_R_RM(333, fcvt.s.d, rne, 0xffffffff00000000, FF_UF|FF_NX, 0x3690000000000000)
    /* 2^-150 -> +0 */
    FP_R_RM(334, fcvt.s.d, rtz, 0xffffffff00000000, FF_UF|FF_NX, 0x3690000000000000)
    /* 2^-150 -> +0 */
    FP_R_RM(335, fcvt.s.d, rdn, 0xffffffff00000000, FF_UF|FF_NX, 0x3690000000000000)
    /* 2^-150 -> 2^-149 */
    FP_R_RM(336, fcvt.s.d, rup, 0xffffffff00000001, FF_UF|FF_NX, 0x3690000000000000)
    /* 2^-150 -> 2^-149 */
    FP_R_RM(337, fcvt.s.d, rmm, 0xffffffff00000001, FF_UF|FF_NX, 0x3690000000000000)
    /* 2^-126*(1-2^-25): RNE rounds to 2^-126 also with unbounded exponent -> not tiny, NX only */
    FP_R_RM(338, fcvt.s.d, rne, 0xffffffff00800000, FF_NX, 0x380ffffff0000000)
    /* 1.1754943157898259e-38 -> 1.17549421e-38 */
    FP_R_RM(339, fcvt.s.d, rtz, 0xffffffff007fffff, FF_UF|FF_NX, 0x380ffffff0000000)
    /* 1.1754943157898259e-38 -> 1.17549421e-38 */
    FP_R_RM(340, fcvt.s.d, rdn, 0xffffffff007fffff, FF_UF|FF_NX, 0x380ffffff0000000)
    /* 1.1754943157898259e-38 -> 2^-126 */
    FP_R_RM(341, fcvt.s.d, rup, 0xffffffff00800000, FF_NX, 0x380ffffff0000000)
    /* 1.1754943157898259e-38 -> 2^-126 */
    FP_R_RM(342, fcvt.s.d, rmm, 0xffffffff00800000, FF_NX, 0x380ffffff0000000)
    /* -2^-126*(1-2^-24): tiny (representable with unbounded exponent), inexact -> UF */
    FP_R_RM(343, fcvt.s.d, rne, 0xffffffff80800000, FF_UF|FF_NX, 0xb80fffffe0000000)
    /* -1.1754942807573643e-38 -> -1.17549421e-38 */
    FP_R_RM(344, fcvt.s.d, rtz, 0xffffffff807fffff, FF_UF|FF_NX, 0xb80fffffe0000000)
    /* -1.1754942807573643e-38 -> -2^-126 */
    FP_R_RM(345, fcvt.s.d, rdn, 0xffffffff80800000, FF_UF|FF_NX, 0xb80fffffe0000000)
    /* -1.1754942807573643e-38 -> -1.17549421e-38 */
    FP_R_RM(346, fcvt.s.d, rup, 0xffffffff807fffff, FF_UF|FF_NX, 0xb80fffffe0000000)
    /* -1.1754942807573643e-38 -> -2^-126 */
    FP_R_RM(347, fcvt.s.d, rmm, 0xffffffff80800000, FF_UF|FF_NX, 0xb80fffffe0000000)
    FP_R_RM(348, fcvt.s.d, rne, 0xffffffff00000000, FF_UF|FF_NX, 0x1)  /* 2^-1074 -> +0 */
    FP_R_RM(349, fcvt.s.d, rup, 0xffffffff00000001, FF_UF|FF_NX, 0x1)  /* 2^-1074 -> 2^-149 */
    /* -2^-1074 -> -2^-149 */
    FP_R_RM(350, fcvt.s.d, rdn, 0xffffffff80000001, FF_UF|FF_NX, 0x8000000000000001)

    /* ---- FCVT.S.D: NaN and infinities ---- */
    FP_R_RM(351, fcvt.s.d, rne, 0xffffffff7f800000, 0, 0x7ff0000000000000)  /* inf -> inf */
    FP_R_RM(352, fcvt.s.d, rne, 0xffffffffff800000, 0, 0xfff0000000000000)  /* -inf -> -inf */
    FP_R_RM(353, fcvt.s.d, rne, 0xffffffff7fc00000, 0, 0x7ff8000000000000)  /* qNaN -> qNaN */
    /* payload not propagated: canonical NaN */
    FP_R_RM(354, fcvt.s.d, rne, 0xffffffff7fc00000, 0, 0x7ff80000deadbeef)
    /* -qNaN(0xfff8000000000000) -> qNaN */
    FP_R_RM(355, fcvt.s.d, rne, 0xffffffff7fc00000, 0, 0xfff8000000000000)
    /* sNaN: canonical NaN, NV */
    FP_R_RM(356, fcvt.s.d, rne, 0xffffffff7fc00000, FF_NV, 0x7ff0000000000001)
    /* sNaN whose payload fits in single: still canonical NaN, NV */
    FP_R_RM(357, fcvt.s.d, rne, 0xffffffff7fc00000, FF_NV, 0x7ff0000100000000)
    /* a NaN-boxed single (a double qNaN) -> canonical NaN */
    FP_R_RM(358, fcvt.s.d, rne, 0xffffffff7fc00000, 0, 0xffffffff3f800000)

    /* ---- FCVT.S.D: dynamic rounding mode ---- */
    fsrmi 0;
    /* -1.0000000596046448 -> -1 */
    FP_R_RM(359, fcvt.s.d, dyn, 0xffffffffbf800000, FF_NX, 0xbff0000010000000)
    fsrmi 1;
    /* -1.0000000596046448 -> -1 */
    FP_R_RM(360, fcvt.s.d, dyn, 0xffffffffbf800000, FF_NX, 0xbff0000010000000)
    fsrmi 2;
    /* -1.0000000596046448 -> -1.00000012 */
    FP_R_RM(361, fcvt.s.d, dyn, 0xffffffffbf800001, FF_NX, 0xbff0000010000000)
    fsrmi 3;
    /* -1.0000000596046448 -> -1 */
    FP_R_RM(362, fcvt.s.d, dyn, 0xffffffffbf800000, FF_NX, 0xbff0000010000000)
    fsrmi 4;
    /* -1.0000000596046448 -> -1.00000012 */
    FP_R_RM(363, fcvt.s.d, dyn, 0xffffffffbf800001, FF_NX, 0xbff0000010000000)
    fsrmi FRM_RNE;

    /* ---- FCVT.D.S: always exact ---- */
    FP_R(364, fcvt.d.s, 0x3ff0000000000000, 0, 0xffffffff3f800000)  /* 1 -> 1 */
    FP_R(365, fcvt.d.s, 0xbff0000000000000, 0, 0xffffffffbf800000)  /* -1 -> -1 */
    FP_R(366, fcvt.d.s, 0x0, 0, 0xffffffff00000000)  /* +0 -> +0 */
    FP_R(367, fcvt.d.s, 0x8000000000000000, 0, 0xffffffff80000000)  /* -0 -> -0 */
    FP_R(368, fcvt.d.s, 0x36a0000000000000, 0, 0xffffffff00000001)  /* 2^-149 -> 2^-149 */
    /* 1.17549421e-38 -> 1.1754942106924411e-38 */
    FP_R(369, fcvt.d.s, 0x380fffffc0000000, 0, 0xffffffff007fffff)
    FP_R(370, fcvt.d.s, 0x3810000000000000, 0, 0xffffffff00800000)  /* 2^-126 -> 2^-126 */
    /* 3.40282347e+38 -> 3.4028234663852886e+38 */
    FP_R(371, fcvt.d.s, 0x47efffffe0000000, 0, 0xffffffff7f7fffff)
    /* -3.40282347e+38 -> -3.4028234663852886e+38 */
    FP_R(372, fcvt.d.s, 0xc7efffffe0000000, 0, 0xffffffffff7fffff)
    /* 0.333333343 -> 0.3333333432674408 */
    FP_R(373, fcvt.d.s, 0x3fd5555560000000, 0, 0xffffffff3eaaaaab)
    FP_R(374, fcvt.d.s, 0x7ff0000000000000, 0, 0xffffffff7f800000)  /* inf -> inf */
    FP_R(375, fcvt.d.s, 0xfff0000000000000, 0, 0xffffffffff800000)  /* -inf -> -inf */
    FP_R(376, fcvt.d.s, 0x7ff8000000000000, 0, 0xffffffff7fc00000)  /* qNaN -> qNaN */
    FP_R(377, fcvt.d.s, 0x7ff8000000000000, 0, 0xffffffff7fc12345)  /* payload not propagated */
    FP_R(378, fcvt.d.s, 0x7ff8000000000000, 0, 0xffffffffffc00000)  /* -qNaN(0xffc00000) -> qNaN */
    /* sNaN: canonical NaN, NV */
    FP_R(379, fcvt.d.s, 0x7ff8000000000000, FF_NV, 0xffffffff7f800001)
    FP_R(380, fcvt.d.s, 0x7ff8000000000000, FF_NV, 0xffffffffff800001)  /* -sNaN -> qNaN */
    /* input not NaN-boxed: canonical NaN, no flags */
    FP_R(381, fcvt.d.s, 0x7ff8000000000000, 0, 0x3ff0000000000000)
    /* unboxed sNaN pattern is the canonical qNaN: no NV */
    FP_R(382, fcvt.d.s, 0x7ff8000000000000, 0, 0x7f800001)

    RVTEST_PASS
RVTEST_END
