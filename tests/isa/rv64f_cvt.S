/* rv64f_cvt.S: single-precision <-> integer conversions FCVT.{W,WU,L,LU}.S and
 * FCVT.S.{W,WU,L,LU}.
 *
 * Written from the RISC-V unprivileged spec (20191213), chapter "F" Standard Extension (v2.2):
 * 11.2 (rounding modes, fflags), 11.7 Single-Precision Floating-Point Conversion and Move
 * Instructions (table 11.4 "Domains of float-to-integer conversions and behavior for invalid
 * inputs"; NX when the rounded result differs from the operand and NV is not set; FCVT.W[U].S
 * sign-extends the 32-bit result; FCVT.S.W[U] read only rs1[31:0]); IEEE 754-2008 5.8 and 7.2.
 *
 * Float -> integer: every rounding mode (incl. ties where RMM differs from RNE), the dynamic
 * mode, saturation on overflow / +-inf / NaN (NaN -> largest positive, whatever its sign) with NV
 * only, negative inputs to unsigned (0 with NV; -0.9 with RTZ -> 0 with NX only), WU results with
 * bit 31 set sign-extended. Integer -> float: exact values, rounding of wide integers in every
 * mode (ties), 0 -> +0 in every mode, upper 32 input bits ignored for W/WU. */
#include "env.h"
#include "fp_macros.h"

RVTEST_BEGIN

    /* ---- FCVT.W.S: exact values ---- */
    TEST_S_X_R_RM(1, fcvt.w.s, rne, 0x7, 0, 0x40e00000)  /* 7 -> 7 */
    TEST_S_X_R_RM(2, fcvt.w.s, rne, 0x0, 0, 0x0)  /* +0 -> 0 */
    TEST_S_X_R_RM(3, fcvt.w.s, rne, 0x0, 0, 0x80000000)  /* -0 -> 0, no flags */
    TEST_S_X_R_RM(4, fcvt.w.s, rne, 0xfffffffffffffff9, 0, 0xc0e00000)  /* -7 -> -7 */
    /* negative result, sign-extended to 64 bits */
    TEST_S_X_R_RM(5, fcvt.w.s, rne, 0xffffffffffffffff, 0, 0xbf800000)
    TEST_S_X_R_RM(6, fcvt.w.s, rtz, 0x3b9aca00, 0, 0x4e6e6b28)  /* 1e+09 -> 1000000000 */

    /* ---- FCVT.W.S: every rounding mode ---- */
    TEST_S_X_R_RM(7, fcvt.w.s, rne, 0x2, FF_NX, 0x40200000)  /* 2.5: tie, RNE -> 2, RMM -> 3 */
    TEST_S_X_R_RM(8, fcvt.w.s, rtz, 0x2, FF_NX, 0x40200000)  /* 2.5 -> 2 */
    TEST_S_X_R_RM(9, fcvt.w.s, rdn, 0x2, FF_NX, 0x40200000)  /* 2.5 -> 2 */
    TEST_S_X_R_RM(10, fcvt.w.s, rup, 0x3, FF_NX, 0x40200000)  /* 2.5 -> 3 */
    TEST_S_X_R_RM(11, fcvt.w.s, rmm, 0x3, FF_NX, 0x40200000)  /* 2.5 -> 3 */
    TEST_S_X_R_RM(12, fcvt.w.s, rne, 0x4, FF_NX, 0x40600000)  /* 3.5 -> 4 */
    TEST_S_X_R_RM(13, fcvt.w.s, rtz, 0x3, FF_NX, 0x40600000)  /* 3.5 -> 3 */
    TEST_S_X_R_RM(14, fcvt.w.s, rdn, 0x3, FF_NX, 0x40600000)  /* 3.5 -> 3 */
    TEST_S_X_R_RM(15, fcvt.w.s, rup, 0x4, FF_NX, 0x40600000)  /* 3.5 -> 4 */
    TEST_S_X_R_RM(16, fcvt.w.s, rmm, 0x4, FF_NX, 0x40600000)  /* 3.5 -> 4 */
    TEST_S_X_R_RM(17, fcvt.w.s, rne, 0xfffffffffffffffe, FF_NX, 0xc0200000)  /* -2.5 -> -2 */
    TEST_S_X_R_RM(18, fcvt.w.s, rtz, 0xfffffffffffffffe, FF_NX, 0xc0200000)  /* -2.5 -> -2 */
    TEST_S_X_R_RM(19, fcvt.w.s, rdn, 0xfffffffffffffffd, FF_NX, 0xc0200000)  /* -2.5 -> -3 */
    TEST_S_X_R_RM(20, fcvt.w.s, rup, 0xfffffffffffffffe, FF_NX, 0xc0200000)  /* -2.5 -> -2 */
    TEST_S_X_R_RM(21, fcvt.w.s, rmm, 0xfffffffffffffffd, FF_NX, 0xc0200000)  /* -2.5 -> -3 */
    TEST_S_X_R_RM(22, fcvt.w.s, rne, 0xffffffffffffffff, FF_NX, 0xbfa00000)  /* -1.25 -> -1 */
    TEST_S_X_R_RM(23, fcvt.w.s, rtz, 0xffffffffffffffff, FF_NX, 0xbfa00000)  /* -1.25 -> -1 */
    TEST_S_X_R_RM(24, fcvt.w.s, rdn, 0xfffffffffffffffe, FF_NX, 0xbfa00000)  /* -1.25 -> -2 */
    TEST_S_X_R_RM(25, fcvt.w.s, rup, 0xffffffffffffffff, FF_NX, 0xbfa00000)  /* -1.25 -> -1 */
    TEST_S_X_R_RM(26, fcvt.w.s, rmm, 0xffffffffffffffff, FF_NX, 0xbfa00000)  /* -1.25 -> -1 */
    TEST_S_X_R_RM(27, fcvt.w.s, rne, 0x0, FF_NX, 0x1)  /* tiny positive -> 0, NX */
    TEST_S_X_R_RM(28, fcvt.w.s, rup, 0x1, FF_NX, 0x1)  /* 2^-149 -> 1 */
    /* tiny negative, RDN -> -1 */
    TEST_S_X_R_RM(29, fcvt.w.s, rdn, 0xffffffffffffffff, FF_NX, 0x80000001)

    /* ---- FCVT.W.S: dynamic rounding mode ---- */
    TEST_S_X_R_DYN(30, fcvt.w.s, FRM_RNE, 0xfffffffffffffffe, FF_NX, 0xc0200000)  /* -2.5 -> -2 */
    TEST_S_X_R_DYN(31, fcvt.w.s, FRM_RTZ, 0xfffffffffffffffe, FF_NX, 0xc0200000)  /* -2.5 -> -2 */
    TEST_S_X_R_DYN(32, fcvt.w.s, FRM_RDN, 0xfffffffffffffffd, FF_NX, 0xc0200000)  /* -2.5 -> -3 */
    TEST_S_X_R_DYN(33, fcvt.w.s, FRM_RUP, 0xfffffffffffffffe, FF_NX, 0xc0200000)  /* -2.5 -> -2 */
    TEST_S_X_R_DYN(34, fcvt.w.s, FRM_RMM, 0xfffffffffffffffd, FF_NX, 0xc0200000)  /* -2.5 -> -3 */
    fsrmi FRM_RNE;

    /* ---- FCVT.W.S: range limits, saturation, NaN and infinities ---- */
    /* 2^31: out of range -> max, NV */
    TEST_S_X_R_RM(35, fcvt.w.s, rtz, 0x7fffffff, FF_NV, 0x4f000000)
    /* largest representable value in range */
    TEST_S_X_R_RM(36, fcvt.w.s, rtz, 0x7fffff80, 0, 0x4effffff)
    TEST_S_X_R_RM(37, fcvt.w.s, rtz, 0xffffffff80000000, 0, 0xcf000000)  /* -2^31: exact minimum */
    /* just below -2^31: -> min, NV */
    TEST_S_X_R_RM(38, fcvt.w.s, rtz, 0xffffffff80000000, FF_NV, 0xcf000001)
    TEST_S_X_R_RM(39, fcvt.w.s, rne, 0x7fffffff, FF_NV, 0x7f800000)  /* inf -> 2147483647 */
    /* -inf -> -2147483648 */
    TEST_S_X_R_RM(40, fcvt.w.s, rne, 0xffffffff80000000, FF_NV, 0xff800000)
    /* NaN -> largest positive integer, NV */
    TEST_S_X_R_RM(41, fcvt.w.s, rne, 0x7fffffff, FF_NV, 0x7fc00000)
    /* negative NaN also -> largest positive integer */
    TEST_S_X_R_RM(42, fcvt.w.s, rne, 0x7fffffff, FF_NV, 0xffc00000)
    TEST_S_X_R_RM(43, fcvt.w.s, rne, 0x7fffffff, FF_NV, 0x7f800001)  /* sNaN -> 2147483647 */
    /* 3.40282347e+38 -> 2147483647 */
    TEST_S_X_R_RM(44, fcvt.w.s, rne, 0x7fffffff, FF_NV, 0x7f7fffff)
    /* -3.40282347e+38 -> -2147483648 */
    TEST_S_X_R_RM(45, fcvt.w.s, rne, 0xffffffff80000000, FF_NV, 0xff7fffff)

    /* ---- FCVT.WU.S: exact values ---- */
    TEST_S_X_R_RM(46, fcvt.wu.s, rne, 0x7, 0, 0x40e00000)  /* 7 -> 0x7 */
    TEST_S_X_R_RM(47, fcvt.wu.s, rne, 0x0, 0, 0x0)  /* +0 -> 0x0 */
    TEST_S_X_R_RM(48, fcvt.wu.s, rne, 0x0, 0, 0x80000000)  /* -0 -> 0, no flags */
    TEST_S_X_R_RM(49, fcvt.wu.s, rtz, 0x3b9aca00, 0, 0x4e6e6b28)  /* 1e+09 -> 0x3b9aca00 */

    /* ---- FCVT.WU.S: every rounding mode ---- */
    TEST_S_X_R_RM(50, fcvt.wu.s, rne, 0x2, FF_NX, 0x40200000)  /* 2.5: tie, RNE -> 2, RMM -> 3 */
    TEST_S_X_R_RM(51, fcvt.wu.s, rtz, 0x2, FF_NX, 0x40200000)  /* 2.5 -> 0x2 */
    TEST_S_X_R_RM(52, fcvt.wu.s, rdn, 0x2, FF_NX, 0x40200000)  /* 2.5 -> 0x2 */
    TEST_S_X_R_RM(53, fcvt.wu.s, rup, 0x3, FF_NX, 0x40200000)  /* 2.5 -> 0x3 */
    TEST_S_X_R_RM(54, fcvt.wu.s, rmm, 0x3, FF_NX, 0x40200000)  /* 2.5 -> 0x3 */
    TEST_S_X_R_RM(55, fcvt.wu.s, rne, 0x4, FF_NX, 0x40600000)  /* 3.5 -> 0x4 */
    TEST_S_X_R_RM(56, fcvt.wu.s, rtz, 0x3, FF_NX, 0x40600000)  /* 3.5 -> 0x3 */
    TEST_S_X_R_RM(57, fcvt.wu.s, rdn, 0x3, FF_NX, 0x40600000)  /* 3.5 -> 0x3 */
    TEST_S_X_R_RM(58, fcvt.wu.s, rup, 0x4, FF_NX, 0x40600000)  /* 3.5 -> 0x4 */
    TEST_S_X_R_RM(59, fcvt.wu.s, rmm, 0x4, FF_NX, 0x40600000)  /* 3.5 -> 0x4 */
    TEST_S_X_R_RM(60, fcvt.wu.s, rne, 0x1, FF_NX, 0x3fa00000)  /* 1.25 -> 0x1 */
    TEST_S_X_R_RM(61, fcvt.wu.s, rtz, 0x1, FF_NX, 0x3fa00000)  /* 1.25 -> 0x1 */
    TEST_S_X_R_RM(62, fcvt.wu.s, rdn, 0x1, FF_NX, 0x3fa00000)  /* 1.25 -> 0x1 */
    TEST_S_X_R_RM(63, fcvt.wu.s, rup, 0x2, FF_NX, 0x3fa00000)  /* 1.25 -> 0x2 */
    TEST_S_X_R_RM(64, fcvt.wu.s, rmm, 0x1, FF_NX, 0x3fa00000)  /* 1.25 -> 0x1 */
    TEST_S_X_R_RM(65, fcvt.wu.s, rne, 0x0, FF_NX, 0xbf000000)  /* -0.5 -> 0x0 */
    TEST_S_X_R_RM(66, fcvt.wu.s, rtz, 0x0, FF_NX, 0xbf000000)  /* -0.5 -> 0x0 */
    TEST_S_X_R_RM(67, fcvt.wu.s, rdn, 0x0, FF_NV, 0xbf000000)  /* -0.5 -> 0x0 */
    TEST_S_X_R_RM(68, fcvt.wu.s, rup, 0x0, FF_NX, 0xbf000000)  /* -0.5 -> 0x0 */
    TEST_S_X_R_RM(69, fcvt.wu.s, rmm, 0x0, FF_NV, 0xbf000000)  /* -0.5 -> 0x0 */
    /* -0.9 to unsigned: RTZ/RUP give 0 with NX only; others round to -1 -> 0 with NV */
    TEST_S_X_R_RM(70, fcvt.wu.s, rne, 0x0, FF_NV, 0xbf666666)
    TEST_S_X_R_RM(71, fcvt.wu.s, rtz, 0x0, FF_NX, 0xbf666666)  /* -0.899999976 -> 0x0 */
    TEST_S_X_R_RM(72, fcvt.wu.s, rdn, 0x0, FF_NV, 0xbf666666)  /* -0.899999976 -> 0x0 */
    TEST_S_X_R_RM(73, fcvt.wu.s, rup, 0x0, FF_NX, 0xbf666666)  /* -0.899999976 -> 0x0 */
    TEST_S_X_R_RM(74, fcvt.wu.s, rmm, 0x0, FF_NV, 0xbf666666)  /* -0.899999976 -> 0x0 */
    TEST_S_X_R_RM(75, fcvt.wu.s, rne, 0x0, FF_NX, 0xbe800000)  /* -0.25 -> 0x0 */
    TEST_S_X_R_RM(76, fcvt.wu.s, rtz, 0x0, FF_NX, 0xbe800000)  /* -0.25 -> 0x0 */
    TEST_S_X_R_RM(77, fcvt.wu.s, rdn, 0x0, FF_NV, 0xbe800000)  /* -0.25 -> 0x0 */
    TEST_S_X_R_RM(78, fcvt.wu.s, rup, 0x0, FF_NX, 0xbe800000)  /* -0.25 -> 0x0 */
    TEST_S_X_R_RM(79, fcvt.wu.s, rmm, 0x0, FF_NX, 0xbe800000)  /* -0.25 -> 0x0 */
    TEST_S_X_R_RM(80, fcvt.wu.s, rne, 0x0, FF_NX, 0x1)  /* tiny positive -> 0, NX */
    TEST_S_X_R_RM(81, fcvt.wu.s, rup, 0x1, FF_NX, 0x1)  /* 2^-149 -> 0x1 */
    /* tiny negative, RDN -> -1: out of range for unsigned -> 0, NV */
    TEST_S_X_R_RM(82, fcvt.wu.s, rdn, 0x0, FF_NV, 0x80000001)

    /* ---- FCVT.WU.S: dynamic rounding mode ---- */
    TEST_S_X_R_DYN(83, fcvt.wu.s, FRM_RNE, 0x2, FF_NX, 0x40200000)  /* 2.5 -> 0x2 */
    TEST_S_X_R_DYN(84, fcvt.wu.s, FRM_RTZ, 0x2, FF_NX, 0x40200000)  /* 2.5 -> 0x2 */
    TEST_S_X_R_DYN(85, fcvt.wu.s, FRM_RDN, 0x2, FF_NX, 0x40200000)  /* 2.5 -> 0x2 */
    TEST_S_X_R_DYN(86, fcvt.wu.s, FRM_RUP, 0x3, FF_NX, 0x40200000)  /* 2.5 -> 0x3 */
    TEST_S_X_R_DYN(87, fcvt.wu.s, FRM_RMM, 0x3, FF_NX, 0x40200000)  /* 2.5 -> 0x3 */
    fsrmi FRM_RNE;

    /* ---- FCVT.WU.S: range limits, saturation, NaN and infinities ---- */
    /* 2^32: out of range -> max, NV */
    TEST_S_X_R_RM(88, fcvt.wu.s, rtz, 0xffffffffffffffff, FF_NV, 0x4f800000)
    /* largest representable value in range */
    TEST_S_X_R_RM(89, fcvt.wu.s, rtz, 0xffffffffffffff00, 0, 0x4f7fffff)
    TEST_S_X_R_RM(90, fcvt.wu.s, rtz, 0x0, FF_NV, 0xbf800000)  /* negative -> 0, NV */
    /* 2^31 in WU: result bit 31 set, sign-extended */
    TEST_S_X_R_RM(91, fcvt.wu.s, rtz, 0xffffffff80000000, 0, 0x4f000000)
    /* inf -> 0xffffffffffffffff */
    TEST_S_X_R_RM(92, fcvt.wu.s, rne, 0xffffffffffffffff, FF_NV, 0x7f800000)
    TEST_S_X_R_RM(93, fcvt.wu.s, rne, 0x0, FF_NV, 0xff800000)  /* -inf -> 0x0 */
    /* NaN -> largest positive integer, NV */
    TEST_S_X_R_RM(94, fcvt.wu.s, rne, 0xffffffffffffffff, FF_NV, 0x7fc00000)
    /* negative NaN also -> largest positive integer */
    TEST_S_X_R_RM(95, fcvt.wu.s, rne, 0xffffffffffffffff, FF_NV, 0xffc00000)
    /* sNaN -> 0xffffffffffffffff */
    TEST_S_X_R_RM(96, fcvt.wu.s, rne, 0xffffffffffffffff, FF_NV, 0x7f800001)
    /* 3.40282347e+38 -> 0xffffffffffffffff */
    TEST_S_X_R_RM(97, fcvt.wu.s, rne, 0xffffffffffffffff, FF_NV, 0x7f7fffff)
    TEST_S_X_R_RM(98, fcvt.wu.s, rne, 0x0, FF_NV, 0xff7fffff)  /* -3.40282347e+38 -> 0x0 */

    /* ---- FCVT.L.S: exact values ---- */
    TEST_S_X_R_RM(99, fcvt.l.s, rne, 0x7, 0, 0x40e00000)  /* 7 -> 7 */
    TEST_S_X_R_RM(100, fcvt.l.s, rne, 0x0, 0, 0x0)  /* +0 -> 0 */
    TEST_S_X_R_RM(101, fcvt.l.s, rne, 0x0, 0, 0x80000000)  /* -0 -> 0, no flags */
    TEST_S_X_R_RM(102, fcvt.l.s, rne, 0xfffffffffffffff9, 0, 0xc0e00000)  /* -7 -> -7 */
    TEST_S_X_R_RM(103, fcvt.l.s, rne, 0xffffffffffffffff, 0, 0xbf800000)  /* -1 -> -1 */
    TEST_S_X_R_RM(104, fcvt.l.s, rtz, 0x3b9aca00, 0, 0x4e6e6b28)  /* 1e+09 -> 1000000000 */

    /* ---- FCVT.L.S: every rounding mode ---- */
    TEST_S_X_R_RM(105, fcvt.l.s, rne, 0x2, FF_NX, 0x40200000)  /* 2.5: tie, RNE -> 2, RMM -> 3 */
    TEST_S_X_R_RM(106, fcvt.l.s, rtz, 0x2, FF_NX, 0x40200000)  /* 2.5 -> 2 */
    TEST_S_X_R_RM(107, fcvt.l.s, rdn, 0x2, FF_NX, 0x40200000)  /* 2.5 -> 2 */
    TEST_S_X_R_RM(108, fcvt.l.s, rup, 0x3, FF_NX, 0x40200000)  /* 2.5 -> 3 */
    TEST_S_X_R_RM(109, fcvt.l.s, rmm, 0x3, FF_NX, 0x40200000)  /* 2.5 -> 3 */
    TEST_S_X_R_RM(110, fcvt.l.s, rne, 0x4, FF_NX, 0x40600000)  /* 3.5 -> 4 */
    TEST_S_X_R_RM(111, fcvt.l.s, rtz, 0x3, FF_NX, 0x40600000)  /* 3.5 -> 3 */
    TEST_S_X_R_RM(112, fcvt.l.s, rdn, 0x3, FF_NX, 0x40600000)  /* 3.5 -> 3 */
    TEST_S_X_R_RM(113, fcvt.l.s, rup, 0x4, FF_NX, 0x40600000)  /* 3.5 -> 4 */
    TEST_S_X_R_RM(114, fcvt.l.s, rmm, 0x4, FF_NX, 0x40600000)  /* 3.5 -> 4 */
    TEST_S_X_R_RM(115, fcvt.l.s, rne, 0xfffffffffffffffe, FF_NX, 0xc0200000)  /* -2.5 -> -2 */
    TEST_S_X_R_RM(116, fcvt.l.s, rtz, 0xfffffffffffffffe, FF_NX, 0xc0200000)  /* -2.5 -> -2 */
    TEST_S_X_R_RM(117, fcvt.l.s, rdn, 0xfffffffffffffffd, FF_NX, 0xc0200000)  /* -2.5 -> -3 */
    TEST_S_X_R_RM(118, fcvt.l.s, rup, 0xfffffffffffffffe, FF_NX, 0xc0200000)  /* -2.5 -> -2 */
    TEST_S_X_R_RM(119, fcvt.l.s, rmm, 0xfffffffffffffffd, FF_NX, 0xc0200000)  /* -2.5 -> -3 */
    TEST_S_X_R_RM(120, fcvt.l.s, rne, 0xffffffffffffffff, FF_NX, 0xbfa00000)  /* -1.25 -> -1 */
    TEST_S_X_R_RM(121, fcvt.l.s, rtz, 0xffffffffffffffff, FF_NX, 0xbfa00000)  /* -1.25 -> -1 */
    TEST_S_X_R_RM(122, fcvt.l.s, rdn, 0xfffffffffffffffe, FF_NX, 0xbfa00000)  /* -1.25 -> -2 */
    TEST_S_X_R_RM(123, fcvt.l.s, rup, 0xffffffffffffffff, FF_NX, 0xbfa00000)  /* -1.25 -> -1 */
    TEST_S_X_R_RM(124, fcvt.l.s, rmm, 0xffffffffffffffff, FF_NX, 0xbfa00000)  /* -1.25 -> -1 */
    TEST_S_X_R_RM(125, fcvt.l.s, rne, 0x0, FF_NX, 0x1)  /* tiny positive -> 0, NX */
    TEST_S_X_R_RM(126, fcvt.l.s, rup, 0x1, FF_NX, 0x1)  /* 2^-149 -> 1 */
    /* tiny negative, RDN -> -1 */
    TEST_S_X_R_RM(127, fcvt.l.s, rdn, 0xffffffffffffffff, FF_NX, 0x80000001)

    /* ---- FCVT.L.S: dynamic rounding mode ---- */
    TEST_S_X_R_DYN(128, fcvt.l.s, FRM_RNE, 0xfffffffffffffffe, FF_NX, 0xc0200000)  /* -2.5 -> -2 */
    TEST_S_X_R_DYN(129, fcvt.l.s, FRM_RTZ, 0xfffffffffffffffe, FF_NX, 0xc0200000)  /* -2.5 -> -2 */
    TEST_S_X_R_DYN(130, fcvt.l.s, FRM_RDN, 0xfffffffffffffffd, FF_NX, 0xc0200000)  /* -2.5 -> -3 */
    TEST_S_X_R_DYN(131, fcvt.l.s, FRM_RUP, 0xfffffffffffffffe, FF_NX, 0xc0200000)  /* -2.5 -> -2 */
    TEST_S_X_R_DYN(132, fcvt.l.s, FRM_RMM, 0xfffffffffffffffd, FF_NX, 0xc0200000)  /* -2.5 -> -3 */
    fsrmi FRM_RNE;

    /* ---- FCVT.L.S: range limits, saturation, NaN and infinities ---- */
    /* 2^63: out of range -> max, NV */
    TEST_S_X_R_RM(133, fcvt.l.s, rtz, 0x7fffffffffffffff, FF_NV, 0x5f000000)
    /* largest representable value in range */
    TEST_S_X_R_RM(134, fcvt.l.s, rtz, 0x7fffff8000000000, 0, 0x5effffff)
    TEST_S_X_R_RM(135, fcvt.l.s, rtz, 0x8000000000000000, 0, 0xdf000000)  /* -2^63: exact minimum */
    /* just below -2^63: -> min, NV */
    TEST_S_X_R_RM(136, fcvt.l.s, rtz, 0x8000000000000000, FF_NV, 0xdf000001)
    /* inf -> 9223372036854775807 */
    TEST_S_X_R_RM(137, fcvt.l.s, rne, 0x7fffffffffffffff, FF_NV, 0x7f800000)
    /* -inf -> -9223372036854775808 */
    TEST_S_X_R_RM(138, fcvt.l.s, rne, 0x8000000000000000, FF_NV, 0xff800000)
    /* NaN -> largest positive integer, NV */
    TEST_S_X_R_RM(139, fcvt.l.s, rne, 0x7fffffffffffffff, FF_NV, 0x7fc00000)
    /* negative NaN also -> largest positive integer */
    TEST_S_X_R_RM(140, fcvt.l.s, rne, 0x7fffffffffffffff, FF_NV, 0xffc00000)
    /* sNaN -> 9223372036854775807 */
    TEST_S_X_R_RM(141, fcvt.l.s, rne, 0x7fffffffffffffff, FF_NV, 0x7f800001)
    /* 3.40282347e+38 -> 9223372036854775807 */
    TEST_S_X_R_RM(142, fcvt.l.s, rne, 0x7fffffffffffffff, FF_NV, 0x7f7fffff)
    /* -3.40282347e+38 -> -9223372036854775808 */
    TEST_S_X_R_RM(143, fcvt.l.s, rne, 0x8000000000000000, FF_NV, 0xff7fffff)

    /* ---- FCVT.LU.S: exact values ---- */
    TEST_S_X_R_RM(144, fcvt.lu.s, rne, 0x7, 0, 0x40e00000)  /* 7 -> 0x7 */
    TEST_S_X_R_RM(145, fcvt.lu.s, rne, 0x0, 0, 0x0)  /* +0 -> 0x0 */
    TEST_S_X_R_RM(146, fcvt.lu.s, rne, 0x0, 0, 0x80000000)  /* -0 -> 0, no flags */
    TEST_S_X_R_RM(147, fcvt.lu.s, rtz, 0x3b9aca00, 0, 0x4e6e6b28)  /* 1e+09 -> 0x3b9aca00 */

    /* ---- FCVT.LU.S: every rounding mode ---- */
    TEST_S_X_R_RM(148, fcvt.lu.s, rne, 0x2, FF_NX, 0x40200000)  /* 2.5: tie, RNE -> 2, RMM -> 3 */
    TEST_S_X_R_RM(149, fcvt.lu.s, rtz, 0x2, FF_NX, 0x40200000)  /* 2.5 -> 0x2 */
    TEST_S_X_R_RM(150, fcvt.lu.s, rdn, 0x2, FF_NX, 0x40200000)  /* 2.5 -> 0x2 */
    TEST_S_X_R_RM(151, fcvt.lu.s, rup, 0x3, FF_NX, 0x40200000)  /* 2.5 -> 0x3 */
    TEST_S_X_R_RM(152, fcvt.lu.s, rmm, 0x3, FF_NX, 0x40200000)  /* 2.5 -> 0x3 */
    TEST_S_X_R_RM(153, fcvt.lu.s, rne, 0x4, FF_NX, 0x40600000)  /* 3.5 -> 0x4 */
    TEST_S_X_R_RM(154, fcvt.lu.s, rtz, 0x3, FF_NX, 0x40600000)  /* 3.5 -> 0x3 */
    TEST_S_X_R_RM(155, fcvt.lu.s, rdn, 0x3, FF_NX, 0x40600000)  /* 3.5 -> 0x3 */
    TEST_S_X_R_RM(156, fcvt.lu.s, rup, 0x4, FF_NX, 0x40600000)  /* 3.5 -> 0x4 */
    TEST_S_X_R_RM(157, fcvt.lu.s, rmm, 0x4, FF_NX, 0x40600000)  /* 3.5 -> 0x4 */
    TEST_S_X_R_RM(158, fcvt.lu.s, rne, 0x1, FF_NX, 0x3fa00000)  /* 1.25 -> 0x1 */
    TEST_S_X_R_RM(159, fcvt.lu.s, rtz, 0x1, FF_NX, 0x3fa00000)  /* 1.25 -> 0x1 */
    TEST_S_X_R_RM(160, fcvt.lu.s, rdn, 0x1, FF_NX, 0x3fa00000)  /* 1.25 -> 0x1 */
    TEST_S_X_R_RM(161, fcvt.lu.s, rup, 0x2, FF_NX, 0x3fa00000)  /* 1.25 -> 0x2 */
    TEST_S_X_R_RM(162, fcvt.lu.s, rmm, 0x1, FF_NX, 0x3fa00000)  /* 1.25 -> 0x1 */
    TEST_S_X_R_RM(163, fcvt.lu.s, rne, 0x0, FF_NX, 0xbf000000)  /* -0.5 -> 0x0 */
    TEST_S_X_R_RM(164, fcvt.lu.s, rtz, 0x0, FF_NX, 0xbf000000)  /* -0.5 -> 0x0 */
    TEST_S_X_R_RM(165, fcvt.lu.s, rdn, 0x0, FF_NV, 0xbf000000)  /* -0.5 -> 0x0 */
    TEST_S_X_R_RM(166, fcvt.lu.s, rup, 0x0, FF_NX, 0xbf000000)  /* -0.5 -> 0x0 */
    TEST_S_X_R_RM(167, fcvt.lu.s, rmm, 0x0, FF_NV, 0xbf000000)  /* -0.5 -> 0x0 */
    /* -0.9 to unsigned: RTZ/RUP give 0 with NX only; others round to -1 -> 0 with NV */
    TEST_S_X_R_RM(168, fcvt.lu.s, rne, 0x0, FF_NV, 0xbf666666)
    TEST_S_X_R_RM(169, fcvt.lu.s, rtz, 0x0, FF_NX, 0xbf666666)  /* -0.899999976 -> 0x0 */
    TEST_S_X_R_RM(170, fcvt.lu.s, rdn, 0x0, FF_NV, 0xbf666666)  /* -0.899999976 -> 0x0 */
    TEST_S_X_R_RM(171, fcvt.lu.s, rup, 0x0, FF_NX, 0xbf666666)  /* -0.899999976 -> 0x0 */
    TEST_S_X_R_RM(172, fcvt.lu.s, rmm, 0x0, FF_NV, 0xbf666666)  /* -0.899999976 -> 0x0 */
    TEST_S_X_R_RM(173, fcvt.lu.s, rne, 0x0, FF_NX, 0xbe800000)  /* -0.25 -> 0x0 */
    TEST_S_X_R_RM(174, fcvt.lu.s, rtz, 0x0, FF_NX, 0xbe800000)  /* -0.25 -> 0x0 */
    TEST_S_X_R_RM(175, fcvt.lu.s, rdn, 0x0, FF_NV, 0xbe800000)  /* -0.25 -> 0x0 */
    TEST_S_X_R_RM(176, fcvt.lu.s, rup, 0x0, FF_NX, 0xbe800000)  /* -0.25 -> 0x0 */
    TEST_S_X_R_RM(177, fcvt.lu.s, rmm, 0x0, FF_NX, 0xbe800000)  /* -0.25 -> 0x0 */
    TEST_S_X_R_RM(178, fcvt.lu.s, rne, 0x0, FF_NX, 0x1)  /* tiny positive -> 0, NX */
    TEST_S_X_R_RM(179, fcvt.lu.s, rup, 0x1, FF_NX, 0x1)  /* 2^-149 -> 0x1 */
    /* tiny negative, RDN -> -1: out of range for unsigned -> 0, NV */
    TEST_S_X_R_RM(180, fcvt.lu.s, rdn, 0x0, FF_NV, 0x80000001)

    /* ---- FCVT.LU.S: dynamic rounding mode ---- */
    TEST_S_X_R_DYN(181, fcvt.lu.s, FRM_RNE, 0x2, FF_NX, 0x40200000)  /* 2.5 -> 0x2 */
    TEST_S_X_R_DYN(182, fcvt.lu.s, FRM_RTZ, 0x2, FF_NX, 0x40200000)  /* 2.5 -> 0x2 */
    TEST_S_X_R_DYN(183, fcvt.lu.s, FRM_RDN, 0x2, FF_NX, 0x40200000)  /* 2.5 -> 0x2 */
    TEST_S_X_R_DYN(184, fcvt.lu.s, FRM_RUP, 0x3, FF_NX, 0x40200000)  /* 2.5 -> 0x3 */
    TEST_S_X_R_DYN(185, fcvt.lu.s, FRM_RMM, 0x3, FF_NX, 0x40200000)  /* 2.5 -> 0x3 */
    fsrmi FRM_RNE;

    /* ---- FCVT.LU.S: range limits, saturation, NaN and infinities ---- */
    /* 2^64: out of range -> max, NV */
    TEST_S_X_R_RM(186, fcvt.lu.s, rtz, 0xffffffffffffffff, FF_NV, 0x5f800000)
    /* largest representable value in range */
    TEST_S_X_R_RM(187, fcvt.lu.s, rtz, 0xffffff0000000000, 0, 0x5f7fffff)
    TEST_S_X_R_RM(188, fcvt.lu.s, rtz, 0x0, FF_NV, 0xbf800000)  /* negative -> 0, NV */
    /* 2^63 -> 0x8000000000000000 */
    TEST_S_X_R_RM(189, fcvt.lu.s, rtz, 0x8000000000000000, 0, 0x5f000000)
    /* inf -> 0xffffffffffffffff */
    TEST_S_X_R_RM(190, fcvt.lu.s, rne, 0xffffffffffffffff, FF_NV, 0x7f800000)
    TEST_S_X_R_RM(191, fcvt.lu.s, rne, 0x0, FF_NV, 0xff800000)  /* -inf -> 0x0 */
    /* NaN -> largest positive integer, NV */
    TEST_S_X_R_RM(192, fcvt.lu.s, rne, 0xffffffffffffffff, FF_NV, 0x7fc00000)
    /* negative NaN also -> largest positive integer */
    TEST_S_X_R_RM(193, fcvt.lu.s, rne, 0xffffffffffffffff, FF_NV, 0xffc00000)
    /* sNaN -> 0xffffffffffffffff */
    TEST_S_X_R_RM(194, fcvt.lu.s, rne, 0xffffffffffffffff, FF_NV, 0x7f800001)
    /* 3.40282347e+38 -> 0xffffffffffffffff */
    TEST_S_X_R_RM(195, fcvt.lu.s, rne, 0xffffffffffffffff, FF_NV, 0x7f7fffff)
    TEST_S_X_R_RM(196, fcvt.lu.s, rne, 0x0, FF_NV, 0xff7fffff)  /* -3.40282347e+38 -> 0x0 */

    /* ---- FCVT.S.W ---- */
    TEST_S_F_X_RM(197, fcvt.s.w, rne, 0x0, 0, 0x0)  /* 0 -> +0 */
    TEST_S_F_X_RM(198, fcvt.s.w, rne, 0x3f800000, 0, 0x1)  /* 1 -> 1 */
    TEST_S_F_X_RM(199, fcvt.s.w, rne, 0x40e00000, 0, 0x7)  /* 7 -> 7 */
    TEST_S_F_X_RM(200, fcvt.s.w, rne, 0x4e800000, 0, 0x40000000)  /* 1073741824 -> 2^30 */
    /* 0xffffffffffffffff -> -1 */
    TEST_S_F_X_RM(201, fcvt.s.w, rne, 0xbf800000, 0, 0xffffffffffffffff)
    /* 0xffffffff80000000 -> -2^31 */
    TEST_S_F_X_RM(202, fcvt.s.w, rne, 0xcf000000, 0, 0xffffffff80000000)
    /* upper 32 bits of rs1 are ignored */
    TEST_S_F_X_RM(203, fcvt.s.w, rne, 0x40a00000, 0, 0x1234567800000005)
    /* 0xffffffff00000001 -> 1 */
    TEST_S_F_X_RM(204, fcvt.s.w, rne, 0x3f800000, 0, 0xffffffff00000001)
    TEST_S_F_X_RM(205, fcvt.s.w, rne, 0xbf800000, 0, 0xffffffff)  /* 4294967295 -> -1 */
    TEST_S_F_X_RM(206, fcvt.s.w, rdn, 0x0, 0, 0x0)  /* 0 -> +0 even in RDN */
    TEST_S_F_X_RM(207, fcvt.s.w, rne, 0x4b800000, FF_NX, 0x1000001)  /* 16777217 -> 2^24 */
    TEST_S_F_X_RM(208, fcvt.s.w, rtz, 0x4b800000, FF_NX, 0x1000001)  /* 16777217 -> 2^24 */
    TEST_S_F_X_RM(209, fcvt.s.w, rdn, 0x4b800000, FF_NX, 0x1000001)  /* 16777217 -> 2^24 */
    TEST_S_F_X_RM(210, fcvt.s.w, rup, 0x4b800001, FF_NX, 0x1000001)  /* 16777217 -> 16777218 */
    TEST_S_F_X_RM(211, fcvt.s.w, rmm, 0x4b800001, FF_NX, 0x1000001)  /* 16777217 -> 16777218 */
    TEST_S_F_X_RM(212, fcvt.s.w, rne, 0x4b800002, FF_NX, 0x1000003)  /* 16777219 -> 16777220 */
    TEST_S_F_X_RM(213, fcvt.s.w, rtz, 0x4b800001, FF_NX, 0x1000003)  /* 16777219 -> 16777218 */
    TEST_S_F_X_RM(214, fcvt.s.w, rdn, 0x4b800001, FF_NX, 0x1000003)  /* 16777219 -> 16777218 */
    TEST_S_F_X_RM(215, fcvt.s.w, rup, 0x4b800002, FF_NX, 0x1000003)  /* 16777219 -> 16777220 */
    TEST_S_F_X_RM(216, fcvt.s.w, rmm, 0x4b800002, FF_NX, 0x1000003)  /* 16777219 -> 16777220 */
    /* 0xfffffffffeffffff -> -2^24 */
    TEST_S_F_X_RM(217, fcvt.s.w, rne, 0xcb800000, FF_NX, 0xfffffffffeffffff)
    /* 0xfffffffffeffffff -> -2^24 */
    TEST_S_F_X_RM(218, fcvt.s.w, rtz, 0xcb800000, FF_NX, 0xfffffffffeffffff)
    /* 0xfffffffffeffffff -> -16777218 */
    TEST_S_F_X_RM(219, fcvt.s.w, rdn, 0xcb800001, FF_NX, 0xfffffffffeffffff)
    /* 0xfffffffffeffffff -> -2^24 */
    TEST_S_F_X_RM(220, fcvt.s.w, rup, 0xcb800000, FF_NX, 0xfffffffffeffffff)
    /* 0xfffffffffeffffff -> -16777218 */
    TEST_S_F_X_RM(221, fcvt.s.w, rmm, 0xcb800001, FF_NX, 0xfffffffffeffffff)
    TEST_S_F_X_RM(222, fcvt.s.w, rne, 0x4f000000, FF_NX, 0x7fffffff)  /* 2147483647 -> 2^31 */
    /* 2147483647 -> 2.14748352e+09 */
    TEST_S_F_X_RM(223, fcvt.s.w, rtz, 0x4effffff, FF_NX, 0x7fffffff)
    /* 2147483647 -> 2.14748352e+09 */
    TEST_S_F_X_RM(224, fcvt.s.w, rdn, 0x4effffff, FF_NX, 0x7fffffff)
    TEST_S_F_X_RM(225, fcvt.s.w, rup, 0x4f000000, FF_NX, 0x7fffffff)  /* 2147483647 -> 2^31 */
    TEST_S_F_X_RM(226, fcvt.s.w, rmm, 0x4f000000, FF_NX, 0x7fffffff)  /* 2147483647 -> 2^31 */
    TEST_S_F_X_DYN(227, fcvt.s.w, FRM_RTZ, 0x4b800000, FF_NX, 0x1000001)  /* 16777217 -> 2^24 */
    TEST_S_F_X_DYN(228, fcvt.s.w, FRM_RUP, 0x4b800001, FF_NX, 0x1000001)  /* 16777217 -> 16777218 */
    TEST_S_F_X_DYN(229, fcvt.s.w, FRM_RMM, 0x4b800001, FF_NX, 0x1000001)  /* 16777217 -> 16777218 */
    fsrmi FRM_RNE;

    /* ---- FCVT.S.WU ---- */
    TEST_S_F_X_RM(230, fcvt.s.wu, rne, 0x0, 0, 0x0)  /* 0 -> +0 */
    TEST_S_F_X_RM(231, fcvt.s.wu, rne, 0x3f800000, 0, 0x1)  /* 1 -> 1 */
    TEST_S_F_X_RM(232, fcvt.s.wu, rne, 0x40e00000, 0, 0x7)  /* 7 -> 7 */
    TEST_S_F_X_RM(233, fcvt.s.wu, rne, 0x4e800000, 0, 0x40000000)  /* 1073741824 -> 2^30 */
    /* upper 32 bits of rs1 are ignored */
    TEST_S_F_X_RM(234, fcvt.s.wu, rne, 0x40a00000, 0, 0x1234567800000005)
    /* 0xffffffff00000001 -> 1 */
    TEST_S_F_X_RM(235, fcvt.s.wu, rne, 0x3f800000, 0, 0xffffffff00000001)
    TEST_S_F_X_RM(236, fcvt.s.wu, rne, 0x4f000000, 0, 0x80000000)  /* 2147483648 -> 2^31 */
    /* 0xffffffff80000000 -> 2^31 */
    TEST_S_F_X_RM(237, fcvt.s.wu, rne, 0x4f000000, 0, 0xffffffff80000000)
    TEST_S_F_X_RM(238, fcvt.s.wu, rdn, 0x0, 0, 0x0)  /* 0 -> +0 even in RDN */
    TEST_S_F_X_RM(239, fcvt.s.wu, rne, 0x4b800000, FF_NX, 0x1000001)  /* 16777217 -> 2^24 */
    TEST_S_F_X_RM(240, fcvt.s.wu, rtz, 0x4b800000, FF_NX, 0x1000001)  /* 16777217 -> 2^24 */
    TEST_S_F_X_RM(241, fcvt.s.wu, rdn, 0x4b800000, FF_NX, 0x1000001)  /* 16777217 -> 2^24 */
    TEST_S_F_X_RM(242, fcvt.s.wu, rup, 0x4b800001, FF_NX, 0x1000001)  /* 16777217 -> 16777218 */
    TEST_S_F_X_RM(243, fcvt.s.wu, rmm, 0x4b800001, FF_NX, 0x1000001)  /* 16777217 -> 16777218 */
    TEST_S_F_X_RM(244, fcvt.s.wu, rne, 0x4b800002, FF_NX, 0x1000003)  /* 16777219 -> 16777220 */
    TEST_S_F_X_RM(245, fcvt.s.wu, rtz, 0x4b800001, FF_NX, 0x1000003)  /* 16777219 -> 16777218 */
    TEST_S_F_X_RM(246, fcvt.s.wu, rdn, 0x4b800001, FF_NX, 0x1000003)  /* 16777219 -> 16777218 */
    TEST_S_F_X_RM(247, fcvt.s.wu, rup, 0x4b800002, FF_NX, 0x1000003)  /* 16777219 -> 16777220 */
    TEST_S_F_X_RM(248, fcvt.s.wu, rmm, 0x4b800002, FF_NX, 0x1000003)  /* 16777219 -> 16777220 */
    TEST_S_F_X_RM(249, fcvt.s.wu, rne, 0x4f800000, FF_NX, 0xffffffff)  /* 4294967295 -> 2^32 */
    /* 4294967295 -> 4.29496704e+09 */
    TEST_S_F_X_RM(250, fcvt.s.wu, rtz, 0x4f7fffff, FF_NX, 0xffffffff)
    /* 4294967295 -> 4.29496704e+09 */
    TEST_S_F_X_RM(251, fcvt.s.wu, rdn, 0x4f7fffff, FF_NX, 0xffffffff)
    TEST_S_F_X_RM(252, fcvt.s.wu, rup, 0x4f800000, FF_NX, 0xffffffff)  /* 4294967295 -> 2^32 */
    TEST_S_F_X_RM(253, fcvt.s.wu, rmm, 0x4f800000, FF_NX, 0xffffffff)  /* 4294967295 -> 2^32 */
    TEST_S_F_X_DYN(254, fcvt.s.wu, FRM_RTZ, 0x4b800000, FF_NX, 0x1000001)  /* 16777217 -> 2^24 */
    /* 16777217 -> 16777218 */
    TEST_S_F_X_DYN(255, fcvt.s.wu, FRM_RUP, 0x4b800001, FF_NX, 0x1000001)
    /* 16777217 -> 16777218 */
    TEST_S_F_X_DYN(256, fcvt.s.wu, FRM_RMM, 0x4b800001, FF_NX, 0x1000001)
    fsrmi FRM_RNE;

    /* ---- FCVT.S.L ---- */
    TEST_S_F_X_RM(257, fcvt.s.l, rne, 0x0, 0, 0x0)  /* 0 -> +0 */
    TEST_S_F_X_RM(258, fcvt.s.l, rne, 0x3f800000, 0, 0x1)  /* 1 -> 1 */
    TEST_S_F_X_RM(259, fcvt.s.l, rne, 0x40e00000, 0, 0x7)  /* 7 -> 7 */
    /* 4611686018427387904 -> 2^62 */
    TEST_S_F_X_RM(260, fcvt.s.l, rne, 0x5e800000, 0, 0x4000000000000000)
    /* 0xffffffffffffffff -> -1 */
    TEST_S_F_X_RM(261, fcvt.s.l, rne, 0xbf800000, 0, 0xffffffffffffffff)
    /* 0x8000000000000000 -> -2^63 */
    TEST_S_F_X_RM(262, fcvt.s.l, rne, 0xdf000000, 0, 0x8000000000000000)
    TEST_S_F_X_RM(263, fcvt.s.l, rdn, 0x0, 0, 0x0)  /* 0 -> +0 even in RDN */
    TEST_S_F_X_RM(264, fcvt.s.l, rne, 0x4b800000, FF_NX, 0x1000001)  /* 16777217 -> 2^24 */
    TEST_S_F_X_RM(265, fcvt.s.l, rtz, 0x4b800000, FF_NX, 0x1000001)  /* 16777217 -> 2^24 */
    TEST_S_F_X_RM(266, fcvt.s.l, rdn, 0x4b800000, FF_NX, 0x1000001)  /* 16777217 -> 2^24 */
    TEST_S_F_X_RM(267, fcvt.s.l, rup, 0x4b800001, FF_NX, 0x1000001)  /* 16777217 -> 16777218 */
    TEST_S_F_X_RM(268, fcvt.s.l, rmm, 0x4b800001, FF_NX, 0x1000001)  /* 16777217 -> 16777218 */
    TEST_S_F_X_RM(269, fcvt.s.l, rne, 0x4b800002, FF_NX, 0x1000003)  /* 16777219 -> 16777220 */
    TEST_S_F_X_RM(270, fcvt.s.l, rtz, 0x4b800001, FF_NX, 0x1000003)  /* 16777219 -> 16777218 */
    TEST_S_F_X_RM(271, fcvt.s.l, rdn, 0x4b800001, FF_NX, 0x1000003)  /* 16777219 -> 16777218 */
    TEST_S_F_X_RM(272, fcvt.s.l, rup, 0x4b800002, FF_NX, 0x1000003)  /* 16777219 -> 16777220 */
    TEST_S_F_X_RM(273, fcvt.s.l, rmm, 0x4b800002, FF_NX, 0x1000003)  /* 16777219 -> 16777220 */
    /* 0xfffffffffeffffff -> -2^24 */
    TEST_S_F_X_RM(274, fcvt.s.l, rne, 0xcb800000, FF_NX, 0xfffffffffeffffff)
    /* 0xfffffffffeffffff -> -2^24 */
    TEST_S_F_X_RM(275, fcvt.s.l, rtz, 0xcb800000, FF_NX, 0xfffffffffeffffff)
    /* 0xfffffffffeffffff -> -16777218 */
    TEST_S_F_X_RM(276, fcvt.s.l, rdn, 0xcb800001, FF_NX, 0xfffffffffeffffff)
    /* 0xfffffffffeffffff -> -2^24 */
    TEST_S_F_X_RM(277, fcvt.s.l, rup, 0xcb800000, FF_NX, 0xfffffffffeffffff)
    /* 0xfffffffffeffffff -> -16777218 */
    TEST_S_F_X_RM(278, fcvt.s.l, rmm, 0xcb800001, FF_NX, 0xfffffffffeffffff)
    /* 9223372036854775807 -> 2^63 */
    TEST_S_F_X_RM(279, fcvt.s.l, rne, 0x5f000000, FF_NX, 0x7fffffffffffffff)
    /* 9223372036854775807 -> 9.22337149e+18 */
    TEST_S_F_X_RM(280, fcvt.s.l, rtz, 0x5effffff, FF_NX, 0x7fffffffffffffff)
    /* 9223372036854775807 -> 9.22337149e+18 */
    TEST_S_F_X_RM(281, fcvt.s.l, rdn, 0x5effffff, FF_NX, 0x7fffffffffffffff)
    /* 9223372036854775807 -> 2^63 */
    TEST_S_F_X_RM(282, fcvt.s.l, rup, 0x5f000000, FF_NX, 0x7fffffffffffffff)
    /* 9223372036854775807 -> 2^63 */
    TEST_S_F_X_RM(283, fcvt.s.l, rmm, 0x5f000000, FF_NX, 0x7fffffffffffffff)
    TEST_S_F_X_DYN(284, fcvt.s.l, FRM_RTZ, 0x4b800000, FF_NX, 0x1000001)  /* 16777217 -> 2^24 */
    TEST_S_F_X_DYN(285, fcvt.s.l, FRM_RUP, 0x4b800001, FF_NX, 0x1000001)  /* 16777217 -> 16777218 */
    TEST_S_F_X_DYN(286, fcvt.s.l, FRM_RMM, 0x4b800001, FF_NX, 0x1000001)  /* 16777217 -> 16777218 */
    fsrmi FRM_RNE;

    /* ---- FCVT.S.LU ---- */
    TEST_S_F_X_RM(287, fcvt.s.lu, rne, 0x0, 0, 0x0)  /* 0 -> +0 */
    TEST_S_F_X_RM(288, fcvt.s.lu, rne, 0x3f800000, 0, 0x1)  /* 1 -> 1 */
    TEST_S_F_X_RM(289, fcvt.s.lu, rne, 0x40e00000, 0, 0x7)  /* 7 -> 7 */
    /* 4611686018427387904 -> 2^62 */
    TEST_S_F_X_RM(290, fcvt.s.lu, rne, 0x5e800000, 0, 0x4000000000000000)
    TEST_S_F_X_RM(291, fcvt.s.lu, rdn, 0x0, 0, 0x0)  /* 0 -> +0 even in RDN */
    TEST_S_F_X_RM(292, fcvt.s.lu, rne, 0x4b800000, FF_NX, 0x1000001)  /* 16777217 -> 2^24 */
    TEST_S_F_X_RM(293, fcvt.s.lu, rtz, 0x4b800000, FF_NX, 0x1000001)  /* 16777217 -> 2^24 */
    TEST_S_F_X_RM(294, fcvt.s.lu, rdn, 0x4b800000, FF_NX, 0x1000001)  /* 16777217 -> 2^24 */
    TEST_S_F_X_RM(295, fcvt.s.lu, rup, 0x4b800001, FF_NX, 0x1000001)  /* 16777217 -> 16777218 */
    TEST_S_F_X_RM(296, fcvt.s.lu, rmm, 0x4b800001, FF_NX, 0x1000001)  /* 16777217 -> 16777218 */
    TEST_S_F_X_RM(297, fcvt.s.lu, rne, 0x4b800002, FF_NX, 0x1000003)  /* 16777219 -> 16777220 */
    TEST_S_F_X_RM(298, fcvt.s.lu, rtz, 0x4b800001, FF_NX, 0x1000003)  /* 16777219 -> 16777218 */
    TEST_S_F_X_RM(299, fcvt.s.lu, rdn, 0x4b800001, FF_NX, 0x1000003)  /* 16777219 -> 16777218 */
    TEST_S_F_X_RM(300, fcvt.s.lu, rup, 0x4b800002, FF_NX, 0x1000003)  /* 16777219 -> 16777220 */
    TEST_S_F_X_RM(301, fcvt.s.lu, rmm, 0x4b800002, FF_NX, 0x1000003)  /* 16777219 -> 16777220 */
    /* 0xffffffffffffffff -> 2^64 */
    TEST_S_F_X_RM(302, fcvt.s.lu, rne, 0x5f800000, FF_NX, 0xffffffffffffffff)
    /* 0xffffffffffffffff -> 1.8446743e+19 */
    TEST_S_F_X_RM(303, fcvt.s.lu, rtz, 0x5f7fffff, FF_NX, 0xffffffffffffffff)
    /* 0xffffffffffffffff -> 1.8446743e+19 */
    TEST_S_F_X_RM(304, fcvt.s.lu, rdn, 0x5f7fffff, FF_NX, 0xffffffffffffffff)
    /* 0xffffffffffffffff -> 2^64 */
    TEST_S_F_X_RM(305, fcvt.s.lu, rup, 0x5f800000, FF_NX, 0xffffffffffffffff)
    /* 0xffffffffffffffff -> 2^64 */
    TEST_S_F_X_RM(306, fcvt.s.lu, rmm, 0x5f800000, FF_NX, 0xffffffffffffffff)
    TEST_S_F_X_DYN(307, fcvt.s.lu, FRM_RTZ, 0x4b800000, FF_NX, 0x1000001)  /* 16777217 -> 2^24 */
    /* 16777217 -> 16777218 */
    TEST_S_F_X_DYN(308, fcvt.s.lu, FRM_RUP, 0x4b800001, FF_NX, 0x1000001)
    /* 16777217 -> 16777218 */
    TEST_S_F_X_DYN(309, fcvt.s.lu, FRM_RMM, 0x4b800001, FF_NX, 0x1000001)
    fsrmi FRM_RNE;

    RVTEST_PASS
RVTEST_END
