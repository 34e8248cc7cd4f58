/* rv64f_arith.S: Single-precision arithmetic FADD/FSUB/FMUL/FDIV/FSQRT.S.
 *
 * Written from the RISC-V unprivileged spec (20191213), chapter "F" Standard Extension (v2.2): 11.2
 * Floating-Point Control and Status Register (rounding modes, accrued flags), 11.3 NaN Generation
 * and Propagation (canonical NaN), 11.4 Subnormal Arithmetic (tininess detected after rounding),
 * 11.6 Single-Precision Floating-Point Computational Instructions;
 * and IEEE 754-2008 sections 4.3 (rounding-direction attributes), 6.3 (sign of exact zero sums:
 * +0, but -0 under roundTowardNegative), 7.2-7.6 (invalid, division by zero, overflow, underflow,
 * inexact).
 *
 * Every case checks the exact result bits (NaN-boxed for single precision) and the exact fflags.
 * Covered: exact results; each static rounding mode RNE/RTZ/RDN/RUP/RMM on inexact results and on
 * ties (where RMM differs from RNE); the dynamic mode (rm=111) with frm set to each valid mode;
 * overflow to inf or to the largest finite number by rounding mode; underflow with tininess after
 * rounding (UF only together with NX, exact subnormal results raise nothing); DZ on x/0, NV on
 * 0/0, inf/inf, inf-inf, inf*0, sqrt(<0); sqrt(-0) = -0; signs of exact zero results; quiet-NaN
 * operands give the canonical NaN without NV, signaling NaNs raise NV.
 * Improperly NaN-boxed inputs are treated as the canonical NaN (12.2 NaN Boxing of Narrower
 * Values).
 * Expected values come from an exact rational model of IEEE 754 and were cross-checked on QEMU. */
#include "env.h"
#include "fp_macros.h"

RVTEST_BEGIN

    /* ---- FADD.S: exact results ---- */
    TEST_S_RR_RM(1, fadd.s, rne, 0x40400000, 0, 0x3f800000, 0x40000000)  /* 1, 2 -> 3 */
    TEST_S_RR_RM(2, fadd.s, rne, 0xc0400000, 0, 0xbf800000, 0xc0000000)  /* -1, -2 -> -3 */
    TEST_S_RR_RM(3, fadd.s, rne, 0x3fa00000, 0, 0x3fc00000, 0xbe800000)  /* 1.5, -0.25 -> 1.25 */
    TEST_S_RR_RM(4, fadd.s, rne, 0xbf000000, 0, 0x447a0000, 0xc47a2000)  /* 1000, -1000.5 -> -0.5 */
    TEST_S_RR_RM(5, fadd.s, rne, 0x2, 0, 0x1, 0x1)  /* 2^-149, 2^-149 -> 2^-148 */
    /* max subnormal + min subnormal -> min normal, exact: no UF */
    TEST_S_RR_RM(6, fadd.s, rne, 0x800000, 0, 0x7fffff, 0x1)
    /* min normal - min subnormal -> max subnormal, exact: no UF/NX */
    TEST_S_RR_RM(7, fadd.s, rne, 0x7fffff, 0, 0x800000, 0x80000001)
    /* 1048576, -0.0009765625 -> 1048576 */
    TEST_S_RR_RM(8, fadd.s, rne, 0x49800000, FF_NX, 0x49800000, 0xba800000)

    /* ---- FADD.S: every static rounding mode (inexact, ties) ---- */
    /* 1, 8.94069672e-08 -> 1.00000012 */
    TEST_S_RR_RM(9, fadd.s, rne, 0x3f800001, FF_NX, 0x3f800000, 0x33c00000)
    /* 1, 8.94069672e-08 -> 1 */
    TEST_S_RR_RM(10, fadd.s, rtz, 0x3f800000, FF_NX, 0x3f800000, 0x33c00000)
    /* 1, 8.94069672e-08 -> 1 */
    TEST_S_RR_RM(11, fadd.s, rdn, 0x3f800000, FF_NX, 0x3f800000, 0x33c00000)
    /* 1, 8.94069672e-08 -> 1.00000012 */
    TEST_S_RR_RM(12, fadd.s, rup, 0x3f800001, FF_NX, 0x3f800000, 0x33c00000)
    /* 1, 8.94069672e-08 -> 1.00000012 */
    TEST_S_RR_RM(13, fadd.s, rmm, 0x3f800001, FF_NX, 0x3f800000, 0x33c00000)
    /* -1, -8.94069672e-08 -> -1.00000012 */
    TEST_S_RR_RM(14, fadd.s, rne, 0xbf800001, FF_NX, 0xbf800000, 0xb3c00000)
    /* -1, -8.94069672e-08 -> -1 */
    TEST_S_RR_RM(15, fadd.s, rtz, 0xbf800000, FF_NX, 0xbf800000, 0xb3c00000)
    /* -1, -8.94069672e-08 -> -1.00000012 */
    TEST_S_RR_RM(16, fadd.s, rdn, 0xbf800001, FF_NX, 0xbf800000, 0xb3c00000)
    /* -1, -8.94069672e-08 -> -1 */
    TEST_S_RR_RM(17, fadd.s, rup, 0xbf800000, FF_NX, 0xbf800000, 0xb3c00000)
    /* -1, -8.94069672e-08 -> -1.00000012 */
    TEST_S_RR_RM(18, fadd.s, rmm, 0xbf800001, FF_NX, 0xbf800000, 0xb3c00000)
    TEST_S_RR_RM(19, fadd.s, rne, 0x3f800000, FF_NX, 0x3f800000, 0x33800000)  /* 1, 2^-24 -> 1 */
    TEST_S_RR_RM(20, fadd.s, rtz, 0x3f800000, FF_NX, 0x3f800000, 0x33800000)  /* 1, 2^-24 -> 1 */
    TEST_S_RR_RM(21, fadd.s, rdn, 0x3f800000, FF_NX, 0x3f800000, 0x33800000)  /* 1, 2^-24 -> 1 */
    /* 1, 2^-24 -> 1.00000012 */
    TEST_S_RR_RM(22, fadd.s, rup, 0x3f800001, FF_NX, 0x3f800000, 0x33800000)
    /* 1, 2^-24 -> 1.00000012 */
    TEST_S_RR_RM(23, fadd.s, rmm, 0x3f800001, FF_NX, 0x3f800000, 0x33800000)
    /* 1.00000012, 2^-24 -> 1.00000024 */
    TEST_S_RR_RM(24, fadd.s, rne, 0x3f800002, FF_NX, 0x3f800001, 0x33800000)
    /* 1.00000012, 2^-24 -> 1.00000012 */
    TEST_S_RR_RM(25, fadd.s, rtz, 0x3f800001, FF_NX, 0x3f800001, 0x33800000)
    /* 1.00000012, 2^-24 -> 1.00000012 */
    TEST_S_RR_RM(26, fadd.s, rdn, 0x3f800001, FF_NX, 0x3f800001, 0x33800000)
    /* 1.00000012, 2^-24 -> 1.00000024 */
    TEST_S_RR_RM(27, fadd.s, rup, 0x3f800002, FF_NX, 0x3f800001, 0x33800000)
    /* 1.00000012, 2^-24 -> 1.00000024 */
    TEST_S_RR_RM(28, fadd.s, rmm, 0x3f800002, FF_NX, 0x3f800001, 0x33800000)
    TEST_S_RR_RM(29, fadd.s, rne, 0xbf800000, FF_NX, 0xbf800000, 0xb3800000)  /* -1, -2^-24 -> -1 */
    TEST_S_RR_RM(30, fadd.s, rtz, 0xbf800000, FF_NX, 0xbf800000, 0xb3800000)  /* -1, -2^-24 -> -1 */
    /* -1, -2^-24 -> -1.00000012 */
    TEST_S_RR_RM(31, fadd.s, rdn, 0xbf800001, FF_NX, 0xbf800000, 0xb3800000)
    TEST_S_RR_RM(32, fadd.s, rup, 0xbf800000, FF_NX, 0xbf800000, 0xb3800000)  /* -1, -2^-24 -> -1 */
    /* -1, -2^-24 -> -1.00000012 */
    TEST_S_RR_RM(33, fadd.s, rmm, 0xbf800001, FF_NX, 0xbf800000, 0xb3800000)
    TEST_S_RR_RM(34, fadd.s, rne, 0x3f800000, FF_NX, 0x3f800000, 0x1)  /* 1, 2^-149 -> 1 */
    TEST_S_RR_RM(35, fadd.s, rtz, 0x3f800000, FF_NX, 0x3f800000, 0x1)  /* 1, 2^-149 -> 1 */
    TEST_S_RR_RM(36, fadd.s, rdn, 0x3f800000, FF_NX, 0x3f800000, 0x1)  /* 1, 2^-149 -> 1 */
    TEST_S_RR_RM(37, fadd.s, rup, 0x3f800001, FF_NX, 0x3f800000, 0x1)  /* 1, 2^-149 -> 1.00000012 */
    TEST_S_RR_RM(38, fadd.s, rmm, 0x3f800000, FF_NX, 0x3f800000, 0x1)  /* 1, 2^-149 -> 1 */

    /* ---- FADD.S: dynamic rounding mode (rm=dyn, frm = each valid mode) ---- */
    /* 1, 8.94069672e-08 -> 1.00000012 */
    TEST_S_RR_DYN(39, fadd.s, FRM_RNE, 0x3f800001, FF_NX, 0x3f800000, 0x33c00000)
    /* 1, 8.94069672e-08 -> 1 */
    TEST_S_RR_DYN(40, fadd.s, FRM_RTZ, 0x3f800000, FF_NX, 0x3f800000, 0x33c00000)
    /* 1, 8.94069672e-08 -> 1 */
    TEST_S_RR_DYN(41, fadd.s, FRM_RDN, 0x3f800000, FF_NX, 0x3f800000, 0x33c00000)
    /* 1, 8.94069672e-08 -> 1.00000012 */
    TEST_S_RR_DYN(42, fadd.s, FRM_RUP, 0x3f800001, FF_NX, 0x3f800000, 0x33c00000)
    /* 1, 8.94069672e-08 -> 1.00000012 */
    TEST_S_RR_DYN(43, fadd.s, FRM_RMM, 0x3f800001, FF_NX, 0x3f800000, 0x33c00000)
    /* -1, -2^-24 -> -1 */
    TEST_S_RR_DYN(44, fadd.s, FRM_RNE, 0xbf800000, FF_NX, 0xbf800000, 0xb3800000)
    /* -1, -2^-24 -> -1 */
    TEST_S_RR_DYN(45, fadd.s, FRM_RTZ, 0xbf800000, FF_NX, 0xbf800000, 0xb3800000)
    /* -1, -2^-24 -> -1.00000012 */
    TEST_S_RR_DYN(46, fadd.s, FRM_RDN, 0xbf800001, FF_NX, 0xbf800000, 0xb3800000)
    /* -1, -2^-24 -> -1 */
    TEST_S_RR_DYN(47, fadd.s, FRM_RUP, 0xbf800000, FF_NX, 0xbf800000, 0xb3800000)
    /* -1, -2^-24 -> -1.00000012 */
    TEST_S_RR_DYN(48, fadd.s, FRM_RMM, 0xbf800001, FF_NX, 0xbf800000, 0xb3800000)
    fsrmi FRM_RNE;

    /* ---- FADD.S: overflow -> inf or max-finite depending on rounding mode ---- */
    /* 3.40282347e+38, 3.40282347e+38 -> inf */
    TEST_S_RR_RM(49, fadd.s, rne, 0x7f800000, FF_OF|FF_NX, 0x7f7fffff, 0x7f7fffff)
    /* 3.40282347e+38, 3.40282347e+38 -> 3.40282347e+38 */
    TEST_S_RR_RM(50, fadd.s, rtz, 0x7f7fffff, FF_OF|FF_NX, 0x7f7fffff, 0x7f7fffff)
    /* 3.40282347e+38, 3.40282347e+38 -> 3.40282347e+38 */
    TEST_S_RR_RM(51, fadd.s, rdn, 0x7f7fffff, FF_OF|FF_NX, 0x7f7fffff, 0x7f7fffff)
    /* 3.40282347e+38, 3.40282347e+38 -> inf */
    TEST_S_RR_RM(52, fadd.s, rup, 0x7f800000, FF_OF|FF_NX, 0x7f7fffff, 0x7f7fffff)
    /* 3.40282347e+38, 3.40282347e+38 -> inf */
    TEST_S_RR_RM(53, fadd.s, rmm, 0x7f800000, FF_OF|FF_NX, 0x7f7fffff, 0x7f7fffff)
    /* -3.40282347e+38, -3.40282347e+38 -> -inf */
    TEST_S_RR_RM(54, fadd.s, rne, 0xff800000, FF_OF|FF_NX, 0xff7fffff, 0xff7fffff)
    /* -3.40282347e+38, -3.40282347e+38 -> -3.40282347e+38 */
    TEST_S_RR_RM(55, fadd.s, rtz, 0xff7fffff, FF_OF|FF_NX, 0xff7fffff, 0xff7fffff)
    /* -3.40282347e+38, -3.40282347e+38 -> -inf */
    TEST_S_RR_RM(56, fadd.s, rdn, 0xff800000, FF_OF|FF_NX, 0xff7fffff, 0xff7fffff)
    /* -3.40282347e+38, -3.40282347e+38 -> -3.40282347e+38 */
    TEST_S_RR_RM(57, fadd.s, rup, 0xff7fffff, FF_OF|FF_NX, 0xff7fffff, 0xff7fffff)
    /* -3.40282347e+38, -3.40282347e+38 -> -inf */
    TEST_S_RR_RM(58, fadd.s, rmm, 0xff800000, FF_OF|FF_NX, 0xff7fffff, 0xff7fffff)
    /* max + 0.5ulp(max): tie; RNE/RMM/RUP overflow, RTZ/RDN stay max (NX only) */
    TEST_S_RR_RM(59, fadd.s, rne, 0x7f800000, FF_OF|FF_NX, 0x7f7fffff, 0x73000000)
    /* 3.40282347e+38, 2^103 -> 3.40282347e+38 */
    TEST_S_RR_RM(60, fadd.s, rtz, 0x7f7fffff, FF_NX, 0x7f7fffff, 0x73000000)
    /* 3.40282347e+38, 2^103 -> 3.40282347e+38 */
    TEST_S_RR_RM(61, fadd.s, rdn, 0x7f7fffff, FF_NX, 0x7f7fffff, 0x73000000)
    /* 3.40282347e+38, 2^103 -> inf */
    TEST_S_RR_RM(62, fadd.s, rup, 0x7f800000, FF_OF|FF_NX, 0x7f7fffff, 0x73000000)
    /* 3.40282347e+38, 2^103 -> inf */
    TEST_S_RR_RM(63, fadd.s, rmm, 0x7f800000, FF_OF|FF_NX, 0x7f7fffff, 0x73000000)
    /* max + 0.25ulp(max): rounds back to max, NX, no OF */
    TEST_S_RR_RM(64, fadd.s, rne, 0x7f7fffff, FF_NX, 0x7f7fffff, 0x72800000)

    /* ---- FADD.S: signs of exact zero results ---- */
    TEST_S_RR_RM(65, fadd.s, rne, 0x0, 0, 0x3f800000, 0xbf800000)  /* x + -x = +0, but -0 in RDN */
    TEST_S_RR_RM(66, fadd.s, rtz, 0x0, 0, 0x3f800000, 0xbf800000)  /* 1, -1 -> +0 */
    TEST_S_RR_RM(67, fadd.s, rdn, 0x80000000, 0, 0x3f800000, 0xbf800000)  /* 1, -1 -> -0 */
    TEST_S_RR_RM(68, fadd.s, rup, 0x0, 0, 0x3f800000, 0xbf800000)  /* 1, -1 -> +0 */
    TEST_S_RR_RM(69, fadd.s, rmm, 0x0, 0, 0x3f800000, 0xbf800000)  /* 1, -1 -> +0 */
    TEST_S_RR_RM(70, fadd.s, rne, 0x0, 0, 0x0, 0x80000000)  /* +0, -0 -> +0 */
    TEST_S_RR_RM(71, fadd.s, rne, 0x80000000, 0, 0x80000000, 0x80000000)  /* -0, -0 -> -0 */
    TEST_S_RR_RM(72, fadd.s, rne, 0x0, 0, 0x0, 0x0)  /* +0, +0 -> +0 */
    TEST_S_RR_RM(73, fadd.s, rdn, 0x80000000, 0, 0x0, 0x80000000)  /* +0, -0 -> -0 */
    TEST_S_RR_RM(74, fadd.s, rdn, 0x80000000, 0, 0x80000000, 0x80000000)  /* -0, -0 -> -0 */
    TEST_S_RR_RM(75, fadd.s, rdn, 0x0, 0, 0x0, 0x0)  /* +0, +0 -> +0 */
    TEST_S_RR_RM(76, fadd.s, rdn, 0x80000000, 0, 0x1, 0x80000001)  /* 2^-149, -2^-149 -> -0 */
    TEST_S_RR_RM(77, fadd.s, rne, 0x3f800000, 0, 0x80000000, 0x3f800000)  /* -0, 1 -> 1 */

    /* ---- FADD.S: infinities and NaNs ---- */
    TEST_S_RR_RM(78, fadd.s, rne, 0x7f800000, 0, 0x7f800000, 0x3f800000)  /* inf, 1 -> inf */
    /* -inf, 3.40282347e+38 -> -inf */
    TEST_S_RR_RM(79, fadd.s, rne, 0xff800000, 0, 0xff800000, 0x7f7fffff)
    TEST_S_RR_RM(80, fadd.s, rne, 0x7f800000, 0, 0x7f800000, 0x7f800000)  /* inf, inf -> inf */
    /* inf + -inf: invalid -> canonical NaN, NV */
    TEST_S_RR_RM(81, fadd.s, rne, 0x7fc00000, FF_NV, 0x7f800000, 0xff800000)
    /* -inf, inf -> qNaN */
    TEST_S_RR_RM(82, fadd.s, rne, 0x7fc00000, FF_NV, 0xff800000, 0x7f800000)
    TEST_S_RR_RM(83, fadd.s, rne, 0x7fc00000, 0, 0x7fc00000, 0x3f800000)  /* qNaN, 1 -> qNaN */
    /* qNaN with payload: canonical NaN, payload not propagated, no NV */
    TEST_S_RR_RM(84, fadd.s, rne, 0x7fc00000, 0, 0x3f800000, 0x7fc12345)
    /* negative qNaN -> positive canonical NaN */
    TEST_S_RR_RM(85, fadd.s, rne, 0x7fc00000, 0, 0xffc00000, 0x3f800000)
    /* sNaN -> canonical NaN + NV */
    TEST_S_RR_RM(86, fadd.s, rne, 0x7fc00000, FF_NV, 0x7f800001, 0x3f800000)
    TEST_S_RR_RM(87, fadd.s, rne, 0x7fc00000, FF_NV, 0x3f800000, 0x7fbfffff)  /* 1, sNaN -> qNaN */
    /* qNaN, sNaN -> qNaN */
    TEST_S_RR_RM(88, fadd.s, rne, 0x7fc00000, FF_NV, 0x7fc00000, 0x7f800001)
    /* -sNaN, inf -> qNaN */
    TEST_S_RR_RM(89, fadd.s, rne, 0x7fc00000, FF_NV, 0xff800001, 0x7f800000)
    /* inf + qNaN: canonical NaN, no NV */
    TEST_S_RR_RM(90, fadd.s, rne, 0x7fc00000, 0, 0x7f800000, 0x7fc00000)

    /* ---- FSUB.S ---- */
    TEST_S_RR_RM(91, fsub.s, rne, 0x40000000, 0, 0x40400000, 0x3f800000)  /* 3, 1 -> 2 */
    TEST_S_RR_RM(92, fsub.s, rne, 0xc0000000, 0, 0x3f800000, 0x40400000)  /* 1, 3 -> -2 */
    TEST_S_RR_RM(93, fsub.s, rne, 0x0, 0, 0xbf800000, 0xbf800000)  /* -1, -1 -> +0 */
    /* 1 - 0.75ulp(1) = tie between 1-ulp/2 (odd) and 1-ulp (even) */
    TEST_S_RR_RM(94, fsub.s, rne, 0x3f7ffffe, FF_NX, 0x3f800000, 0x33c00000)
    /* 1, 8.94069672e-08 -> 0.999999881 */
    TEST_S_RR_RM(95, fsub.s, rtz, 0x3f7ffffe, FF_NX, 0x3f800000, 0x33c00000)
    /* 1, 8.94069672e-08 -> 0.999999881 */
    TEST_S_RR_RM(96, fsub.s, rdn, 0x3f7ffffe, FF_NX, 0x3f800000, 0x33c00000)
    /* 1, 8.94069672e-08 -> 0.99999994 */
    TEST_S_RR_RM(97, fsub.s, rup, 0x3f7fffff, FF_NX, 0x3f800000, 0x33c00000)
    /* 1, 8.94069672e-08 -> 0.99999994 */
    TEST_S_RR_RM(98, fsub.s, rmm, 0x3f7fffff, FF_NX, 0x3f800000, 0x33c00000)
    /* -1, 8.94069672e-08 -> -1.00000012 */
    TEST_S_RR_RM(99, fsub.s, rne, 0xbf800001, FF_NX, 0xbf800000, 0x33c00000)
    /* -1, 8.94069672e-08 -> -1 */
    TEST_S_RR_RM(100, fsub.s, rtz, 0xbf800000, FF_NX, 0xbf800000, 0x33c00000)
    /* -1, 8.94069672e-08 -> -1.00000012 */
    TEST_S_RR_RM(101, fsub.s, rdn, 0xbf800001, FF_NX, 0xbf800000, 0x33c00000)
    /* -1, 8.94069672e-08 -> -1 */
    TEST_S_RR_RM(102, fsub.s, rup, 0xbf800000, FF_NX, 0xbf800000, 0x33c00000)
    /* -1, 8.94069672e-08 -> -1.00000012 */
    TEST_S_RR_RM(103, fsub.s, rmm, 0xbf800001, FF_NX, 0xbf800000, 0x33c00000)
    TEST_S_RR_RM(104, fsub.s, rne, 0x0, 0, 0x3fc00000, 0x3fc00000)  /* x - x = +0, but -0 in RDN */
    TEST_S_RR_RM(105, fsub.s, rtz, 0x0, 0, 0x3fc00000, 0x3fc00000)  /* 1.5, 1.5 -> +0 */
    TEST_S_RR_RM(106, fsub.s, rdn, 0x80000000, 0, 0x3fc00000, 0x3fc00000)  /* 1.5, 1.5 -> -0 */
    TEST_S_RR_RM(107, fsub.s, rup, 0x0, 0, 0x3fc00000, 0x3fc00000)  /* 1.5, 1.5 -> +0 */
    TEST_S_RR_RM(108, fsub.s, rmm, 0x0, 0, 0x3fc00000, 0x3fc00000)  /* 1.5, 1.5 -> +0 */
    TEST_S_RR_RM(109, fsub.s, rne, 0x80000000, 0, 0x80000000, 0x0)  /* -0, +0 -> -0 */
    TEST_S_RR_RM(110, fsub.s, rne, 0x0, 0, 0x0, 0x80000000)  /* +0, -0 -> +0 */
    TEST_S_RR_RM(111, fsub.s, rdn, 0x80000000, 0, 0x0, 0x0)  /* +0, +0 -> -0 */
    TEST_S_RR_RM(112, fsub.s, rne, 0x7fc00000, FF_NV, 0x7f800000, 0x7f800000)  /* inf - inf: NV */
    TEST_S_RR_RM(113, fsub.s, rne, 0x7f800000, 0, 0x7f800000, 0xff800000)  /* inf, -inf -> inf */
    /* -inf, -inf -> qNaN */
    TEST_S_RR_RM(114, fsub.s, rne, 0x7fc00000, FF_NV, 0xff800000, 0xff800000)
    /* -3.40282347e+38, 3.40282347e+38 -> -inf */
    TEST_S_RR_RM(115, fsub.s, rne, 0xff800000, FF_OF|FF_NX, 0xff7fffff, 0x7f7fffff)
    /* -3.40282347e+38, 3.40282347e+38 -> -3.40282347e+38 */
    TEST_S_RR_RM(116, fsub.s, rtz, 0xff7fffff, FF_OF|FF_NX, 0xff7fffff, 0x7f7fffff)
    /* -3.40282347e+38, 3.40282347e+38 -> -inf */
    TEST_S_RR_RM(117, fsub.s, rdn, 0xff800000, FF_OF|FF_NX, 0xff7fffff, 0x7f7fffff)
    /* -3.40282347e+38, 3.40282347e+38 -> -3.40282347e+38 */
    TEST_S_RR_RM(118, fsub.s, rup, 0xff7fffff, FF_OF|FF_NX, 0xff7fffff, 0x7f7fffff)
    /* -3.40282347e+38, 3.40282347e+38 -> -inf */
    TEST_S_RR_RM(119, fsub.s, rmm, 0xff800000, FF_OF|FF_NX, 0xff7fffff, 0x7f7fffff)
    TEST_S_RR_RM(120, fsub.s, rne, 0x7fc00000, FF_NV, 0x7f800001, 0x3f800000)  /* sNaN, 1 -> qNaN */
    TEST_S_RR_RM(121, fsub.s, rne, 0x7fc00000, 0, 0x7fc00000, 0x7fc00000)  /* qNaN, qNaN -> qNaN */
    /* 2^-126, 1.17549421e-38 -> 2^-149 */
    TEST_S_RR_RM(122, fsub.s, rne, 0x1, 0, 0x800000, 0x7fffff)

    /* ---- FMUL.S ---- */
    TEST_S_RR_RM(123, fmul.s, rne, 0x40c00000, 0, 0x40000000, 0x40400000)  /* 2, 3 -> 6 */
    TEST_S_RR_RM(124, fmul.s, rne, 0xc0c00000, 0, 0xc0000000, 0x40400000)  /* -2, 3 -> -6 */
    TEST_S_RR_RM(125, fmul.s, rne, 0x80000000, 0, 0x80000000, 0x40a00000)  /* -0, 5 -> -0 */
    TEST_S_RR_RM(126, fmul.s, rne, 0x80000000, 0, 0x0, 0x80000000)  /* +0, -0 -> -0 */
    TEST_S_RR_RM(127, fmul.s, rne, 0x0, 0, 0x80000000, 0x80000000)  /* -0, -0 -> +0 */
    /* subnormal input, normal exact result */
    TEST_S_RR_RM(128, fmul.s, rne, 0x100000, 0, 0x1, 0x49800000)
    /* (1+2^-12)*(1+2^-12): exact tie, RNE rounds to even (down), RMM up */
    TEST_S_RR_RM(129, fmul.s, rne, 0x3f801000, FF_NX, 0x3f800800, 0x3f800800)
    /* 1.00024414, 1.00024414 -> 1.00048828 */
    TEST_S_RR_RM(130, fmul.s, rtz, 0x3f801000, FF_NX, 0x3f800800, 0x3f800800)
    /* 1.00024414, 1.00024414 -> 1.00048828 */
    TEST_S_RR_RM(131, fmul.s, rdn, 0x3f801000, FF_NX, 0x3f800800, 0x3f800800)
    /* 1.00024414, 1.00024414 -> 1.0004884 */
    TEST_S_RR_RM(132, fmul.s, rup, 0x3f801001, FF_NX, 0x3f800800, 0x3f800800)
    /* 1.00024414, 1.00024414 -> 1.0004884 */
    TEST_S_RR_RM(133, fmul.s, rmm, 0x3f801001, FF_NX, 0x3f800800, 0x3f800800)
    /* -1.00024414, 1.00024414 -> -1.00048828 */
    TEST_S_RR_RM(134, fmul.s, rne, 0xbf801000, FF_NX, 0xbf800800, 0x3f800800)
    /* -1.00024414, 1.00024414 -> -1.00048828 */
    TEST_S_RR_RM(135, fmul.s, rtz, 0xbf801000, FF_NX, 0xbf800800, 0x3f800800)
    /* -1.00024414, 1.00024414 -> -1.0004884 */
    TEST_S_RR_RM(136, fmul.s, rdn, 0xbf801001, FF_NX, 0xbf800800, 0x3f800800)
    /* -1.00024414, 1.00024414 -> -1.00048828 */
    TEST_S_RR_RM(137, fmul.s, rup, 0xbf801000, FF_NX, 0xbf800800, 0x3f800800)
    /* -1.00024414, 1.00024414 -> -1.0004884 */
    TEST_S_RR_RM(138, fmul.s, rmm, 0xbf801001, FF_NX, 0xbf800800, 0x3f800800)
    /* 0.333333343, 3 -> 1 */
    TEST_S_RR_RM(139, fmul.s, rne, 0x3f800000, FF_NX, 0x3eaaaaab, 0x40400000)
    /* 0.333333343, 3 -> 1 */
    TEST_S_RR_RM(140, fmul.s, rtz, 0x3f800000, FF_NX, 0x3eaaaaab, 0x40400000)
    /* 0.333333343, 3 -> 1 */
    TEST_S_RR_RM(141, fmul.s, rdn, 0x3f800000, FF_NX, 0x3eaaaaab, 0x40400000)
    /* 0.333333343, 3 -> 1.00000012 */
    TEST_S_RR_RM(142, fmul.s, rup, 0x3f800001, FF_NX, 0x3eaaaaab, 0x40400000)
    /* 0.333333343, 3 -> 1 */
    TEST_S_RR_RM(143, fmul.s, rmm, 0x3f800000, FF_NX, 0x3eaaaaab, 0x40400000)

    /* ---- FMUL.S: overflow ---- */
    /* 3.40282347e+38, 2 -> inf */
    TEST_S_RR_RM(144, fmul.s, rne, 0x7f800000, FF_OF|FF_NX, 0x7f7fffff, 0x40000000)
    /* 3.40282347e+38, 2 -> 3.40282347e+38 */
    TEST_S_RR_RM(145, fmul.s, rtz, 0x7f7fffff, FF_OF|FF_NX, 0x7f7fffff, 0x40000000)
    /* 3.40282347e+38, 2 -> 3.40282347e+38 */
    TEST_S_RR_RM(146, fmul.s, rdn, 0x7f7fffff, FF_OF|FF_NX, 0x7f7fffff, 0x40000000)
    /* 3.40282347e+38, 2 -> inf */
    TEST_S_RR_RM(147, fmul.s, rup, 0x7f800000, FF_OF|FF_NX, 0x7f7fffff, 0x40000000)
    /* 3.40282347e+38, 2 -> inf */
    TEST_S_RR_RM(148, fmul.s, rmm, 0x7f800000, FF_OF|FF_NX, 0x7f7fffff, 0x40000000)
    /* -3.40282347e+38, 2 -> -inf */
    TEST_S_RR_RM(149, fmul.s, rdn, 0xff800000, FF_OF|FF_NX, 0xff7fffff, 0x40000000)
    /* -3.40282347e+38, 2 -> -3.40282347e+38 */
    TEST_S_RR_RM(150, fmul.s, rup, 0xff7fffff, FF_OF|FF_NX, 0xff7fffff, 0x40000000)
    /* 2^64 * 2^64 = 2^128: overflow */
    TEST_S_RR_RM(151, fmul.s, rne, 0x7f800000, FF_OF|FF_NX, 0x5f800000, 0x5f800000)

    /* ---- FMUL.S: underflow (tininess after rounding), subnormal results ---- */
    /* min normal * 0.5: exact subnormal -> no UF (UF needs inexact) */
    TEST_S_RR_RM(152, fmul.s, rne, 0x400000, 0, 0x800000, 0x3f000000)
    /* 3*2^emin * 0.25: exact subnormal */
    TEST_S_RR_RM(153, fmul.s, rne, 0x600000, 0, 0x1400000, 0x3e800000)
    /* min subnormal * 0.5: tie between 0 and min subnormal */
    TEST_S_RR_RM(154, fmul.s, rne, 0x0, FF_UF|FF_NX, 0x1, 0x3f000000)
    TEST_S_RR_RM(155, fmul.s, rtz, 0x0, FF_UF|FF_NX, 0x1, 0x3f000000)  /* 2^-149, 0.5 -> +0 */
    TEST_S_RR_RM(156, fmul.s, rdn, 0x0, FF_UF|FF_NX, 0x1, 0x3f000000)  /* 2^-149, 0.5 -> +0 */
    TEST_S_RR_RM(157, fmul.s, rup, 0x1, FF_UF|FF_NX, 0x1, 0x3f000000)  /* 2^-149, 0.5 -> 2^-149 */
    TEST_S_RR_RM(158, fmul.s, rmm, 0x1, FF_UF|FF_NX, 0x1, 0x3f000000)  /* 2^-149, 0.5 -> 2^-149 */
    /* -2^-149, 0.5 -> -0 */
    TEST_S_RR_RM(159, fmul.s, rne, 0x80000000, FF_UF|FF_NX, 0x80000001, 0x3f000000)
    /* -2^-149, 0.5 -> -0 */
    TEST_S_RR_RM(160, fmul.s, rtz, 0x80000000, FF_UF|FF_NX, 0x80000001, 0x3f000000)
    /* -2^-149, 0.5 -> -2^-149 */
    TEST_S_RR_RM(161, fmul.s, rdn, 0x80000001, FF_UF|FF_NX, 0x80000001, 0x3f000000)
    /* -2^-149, 0.5 -> -0 */
    TEST_S_RR_RM(162, fmul.s, rup, 0x80000000, FF_UF|FF_NX, 0x80000001, 0x3f000000)
    /* -2^-149, 0.5 -> -2^-149 */
    TEST_S_RR_RM(163, fmul.s, rmm, 0x80000001, FF_UF|FF_NX, 0x80000001, 0x3f000000)
    /* (1+ulp)*maxsub = 2^emin*(1-ulp^2): not tiny after rounding (unbounded-exponent rounding
       gives 2^emin) -> NX only; tiny before rounding */
    TEST_S_RR_RM(164, fmul.s, rne, 0x800000, FF_NX, 0x3f800001, 0x7fffff)
    /* 1.00000012, 1.17549421e-38 -> 1.17549421e-38 */
    TEST_S_RR_RM(165, fmul.s, rtz, 0x7fffff, FF_UF|FF_NX, 0x3f800001, 0x7fffff)
    /* 1.00000012, 1.17549421e-38 -> 1.17549421e-38 */
    TEST_S_RR_RM(166, fmul.s, rdn, 0x7fffff, FF_UF|FF_NX, 0x3f800001, 0x7fffff)
    /* 1.00000012, 1.17549421e-38 -> 2^-126 */
    TEST_S_RR_RM(167, fmul.s, rup, 0x800000, FF_NX, 0x3f800001, 0x7fffff)
    /* 1.00000012, 1.17549421e-38 -> 2^-126 */
    TEST_S_RR_RM(168, fmul.s, rmm, 0x800000, FF_NX, 0x3f800001, 0x7fffff)
    /* (1-ulp/2)*2^emin: fits p bits below 2^emin, so tiny even though RNE gives 2^emin; inexact
       -> UF */
    TEST_S_RR_RM(169, fmul.s, rne, 0x800000, FF_UF|FF_NX, 0x3f7fffff, 0x800000)
    /* 0.99999994, 2^-126 -> 1.17549421e-38 */
    TEST_S_RR_RM(170, fmul.s, rtz, 0x7fffff, FF_UF|FF_NX, 0x3f7fffff, 0x800000)
    /* 0.99999994, 2^-126 -> 1.17549421e-38 */
    TEST_S_RR_RM(171, fmul.s, rdn, 0x7fffff, FF_UF|FF_NX, 0x3f7fffff, 0x800000)
    /* 0.99999994, 2^-126 -> 2^-126 */
    TEST_S_RR_RM(172, fmul.s, rup, 0x800000, FF_UF|FF_NX, 0x3f7fffff, 0x800000)
    /* 0.99999994, 2^-126 -> 2^-126 */
    TEST_S_RR_RM(173, fmul.s, rmm, 0x800000, FF_UF|FF_NX, 0x3f7fffff, 0x800000)
    TEST_S_RR_RM(174, fmul.s, rne, 0x0, FF_UF|FF_NX, 0x1, 0x1)  /* underflow to +0: UF|NX */
    TEST_S_RR_RM(175, fmul.s, rup, 0x1, FF_UF|FF_NX, 0x1, 0x1)  /* 2^-149, 2^-149 -> 2^-149 */
    /* -2^-149, 2^-149 -> -2^-149 */
    TEST_S_RR_RM(176, fmul.s, rdn, 0x80000001, FF_UF|FF_NX, 0x80000001, 0x1)

    /* ---- FMUL.S: invalid and NaN ---- */
    TEST_S_RR_RM(177, fmul.s, rne, 0x7fc00000, FF_NV, 0x7f800000, 0x0)  /* inf * 0: NV */
    /* -0, -inf -> qNaN */
    TEST_S_RR_RM(178, fmul.s, rne, 0x7fc00000, FF_NV, 0x80000000, 0xff800000)
    TEST_S_RR_RM(179, fmul.s, rne, 0xff800000, 0, 0x7f800000, 0xc0000000)  /* inf, -2 -> -inf */
    TEST_S_RR_RM(180, fmul.s, rne, 0x7f800000, 0, 0xff800000, 0xff800000)  /* -inf, -inf -> inf */
    /* qNaN * 0: canonical NaN, no NV */
    TEST_S_RR_RM(181, fmul.s, rne, 0x7fc00000, 0, 0x7fc00000, 0x0)
    /* sNaN, inf -> qNaN */
    TEST_S_RR_RM(182, fmul.s, rne, 0x7fc00000, FF_NV, 0x7f800001, 0x7f800000)
    /* 1, -sNaN -> qNaN */
    TEST_S_RR_RM(183, fmul.s, rne, 0x7fc00000, FF_NV, 0x3f800000, 0xff800001)

    /* ---- FDIV.S ---- */
    TEST_S_RR_RM(184, fdiv.s, rne, 0x40000000, 0, 0x40c00000, 0x40400000)  /* 6, 3 -> 2 */
    TEST_S_RR_RM(185, fdiv.s, rne, 0xbe000000, 0, 0xbf800000, 0x41000000)  /* -1, 8 -> -0.125 */
    /* 1, 3 -> 0.333333343 */
    TEST_S_RR_RM(186, fdiv.s, rne, 0x3eaaaaab, FF_NX, 0x3f800000, 0x40400000)
    /* 1, 3 -> 0.333333313 */
    TEST_S_RR_RM(187, fdiv.s, rtz, 0x3eaaaaaa, FF_NX, 0x3f800000, 0x40400000)
    /* 1, 3 -> 0.333333313 */
    TEST_S_RR_RM(188, fdiv.s, rdn, 0x3eaaaaaa, FF_NX, 0x3f800000, 0x40400000)
    /* 1, 3 -> 0.333333343 */
    TEST_S_RR_RM(189, fdiv.s, rup, 0x3eaaaaab, FF_NX, 0x3f800000, 0x40400000)
    /* 1, 3 -> 0.333333343 */
    TEST_S_RR_RM(190, fdiv.s, rmm, 0x3eaaaaab, FF_NX, 0x3f800000, 0x40400000)
    /* -1, 3 -> -0.333333343 */
    TEST_S_RR_RM(191, fdiv.s, rne, 0xbeaaaaab, FF_NX, 0xbf800000, 0x40400000)
    /* -1, 3 -> -0.333333313 */
    TEST_S_RR_RM(192, fdiv.s, rtz, 0xbeaaaaaa, FF_NX, 0xbf800000, 0x40400000)
    /* -1, 3 -> -0.333333343 */
    TEST_S_RR_RM(193, fdiv.s, rdn, 0xbeaaaaab, FF_NX, 0xbf800000, 0x40400000)
    /* -1, 3 -> -0.333333313 */
    TEST_S_RR_RM(194, fdiv.s, rup, 0xbeaaaaaa, FF_NX, 0xbf800000, 0x40400000)
    /* -1, 3 -> -0.333333343 */
    TEST_S_RR_RM(195, fdiv.s, rmm, 0xbeaaaaab, FF_NX, 0xbf800000, 0x40400000)
    /* 2, 3 -> 0.666666687 */
    TEST_S_RR_RM(196, fdiv.s, rne, 0x3f2aaaab, FF_NX, 0x40000000, 0x40400000)
    /* 2, 3 -> 0.666666627 */
    TEST_S_RR_RM(197, fdiv.s, rtz, 0x3f2aaaaa, FF_NX, 0x40000000, 0x40400000)
    /* 2, 3 -> 0.666666627 */
    TEST_S_RR_RM(198, fdiv.s, rdn, 0x3f2aaaaa, FF_NX, 0x40000000, 0x40400000)
    /* 2, 3 -> 0.666666687 */
    TEST_S_RR_RM(199, fdiv.s, rup, 0x3f2aaaab, FF_NX, 0x40000000, 0x40400000)
    /* 2, 3 -> 0.666666687 */
    TEST_S_RR_RM(200, fdiv.s, rmm, 0x3f2aaaab, FF_NX, 0x40000000, 0x40400000)
    /* 1/5 rounds up under RNE */
    TEST_S_RR_RM(201, fdiv.s, rne, 0x3e4ccccd, FF_NX, 0x3f800000, 0x40a00000)
    /* 1, 5 -> 0.199999988 */
    TEST_S_RR_RM(202, fdiv.s, rtz, 0x3e4ccccc, FF_NX, 0x3f800000, 0x40a00000)
    /* 1, 5 -> 0.199999988 */
    TEST_S_RR_RM(203, fdiv.s, rdn, 0x3e4ccccc, FF_NX, 0x3f800000, 0x40a00000)
    /* 1, 5 -> 0.200000003 */
    TEST_S_RR_RM(204, fdiv.s, rup, 0x3e4ccccd, FF_NX, 0x3f800000, 0x40a00000)
    /* 1, 5 -> 0.200000003 */
    TEST_S_RR_RM(205, fdiv.s, rmm, 0x3e4ccccd, FF_NX, 0x3f800000, 0x40a00000)

    /* ---- FDIV.S: division by zero and invalid ---- */
    TEST_S_RR_RM(206, fdiv.s, rne, 0x7f800000, FF_DZ, 0x3f800000, 0x0)  /* 1/+0 = +inf, DZ */
    TEST_S_RR_RM(207, fdiv.s, rne, 0xff800000, FF_DZ, 0xbf800000, 0x0)  /* -1, +0 -> -inf */
    TEST_S_RR_RM(208, fdiv.s, rne, 0xff800000, FF_DZ, 0x3f800000, 0x80000000)  /* 1, -0 -> -inf */
    TEST_S_RR_RM(209, fdiv.s, rne, 0xff800000, FF_DZ, 0x1, 0x80000000)  /* 2^-149, -0 -> -inf */
    TEST_S_RR_RM(210, fdiv.s, rne, 0x7fc00000, FF_NV, 0x0, 0x0)  /* 0/0: NV (not DZ) */
    TEST_S_RR_RM(211, fdiv.s, rne, 0x7fc00000, FF_NV, 0x80000000, 0x0)  /* -0, +0 -> qNaN */
    TEST_S_RR_RM(212, fdiv.s, rne, 0x7fc00000, FF_NV, 0x7f800000, 0x7f800000)  /* inf/inf: NV */
    /* inf/0 = inf, no DZ (dividend not finite) */
    TEST_S_RR_RM(213, fdiv.s, rne, 0x7f800000, 0, 0x7f800000, 0x0)
    TEST_S_RR_RM(214, fdiv.s, rne, 0xff800000, 0, 0xff800000, 0x40000000)  /* -inf, 2 -> -inf */
    TEST_S_RR_RM(215, fdiv.s, rne, 0x0, 0, 0x0, 0x7f800000)  /* +0, inf -> +0 */
    TEST_S_RR_RM(216, fdiv.s, rne, 0x80000000, 0, 0x3f800000, 0xff800000)  /* 1, -inf -> -0 */
    TEST_S_RR_RM(217, fdiv.s, rne, 0x80000000, 0, 0x80000000, 0x40a00000)  /* -0, 5 -> -0 */
    /* qNaN/0: canonical NaN, no DZ */
    TEST_S_RR_RM(218, fdiv.s, rne, 0x7fc00000, 0, 0x7fc00000, 0x0)
    TEST_S_RR_RM(219, fdiv.s, rne, 0x7fc00000, FF_NV, 0x7f800001, 0x3f800000)  /* sNaN, 1 -> qNaN */
    TEST_S_RR_RM(220, fdiv.s, rne, 0x7fc00000, FF_NV, 0x3f800000, 0x7f800001)  /* 1, sNaN -> qNaN */

    /* ---- FDIV.S: overflow / underflow ---- */
    /* 3.40282347e+38, 0.5 -> inf */
    TEST_S_RR_RM(221, fdiv.s, rne, 0x7f800000, FF_OF|FF_NX, 0x7f7fffff, 0x3f000000)
    /* 3.40282347e+38, 0.5 -> 3.40282347e+38 */
    TEST_S_RR_RM(222, fdiv.s, rtz, 0x7f7fffff, FF_OF|FF_NX, 0x7f7fffff, 0x3f000000)
    /* 3.40282347e+38, 0.5 -> 3.40282347e+38 */
    TEST_S_RR_RM(223, fdiv.s, rdn, 0x7f7fffff, FF_OF|FF_NX, 0x7f7fffff, 0x3f000000)
    /* 3.40282347e+38, 0.5 -> inf */
    TEST_S_RR_RM(224, fdiv.s, rup, 0x7f800000, FF_OF|FF_NX, 0x7f7fffff, 0x3f000000)
    /* 3.40282347e+38, 0.5 -> inf */
    TEST_S_RR_RM(225, fdiv.s, rmm, 0x7f800000, FF_OF|FF_NX, 0x7f7fffff, 0x3f000000)
    /* -3.40282347e+38, 0.5 -> -3.40282347e+38 */
    TEST_S_RR_RM(226, fdiv.s, rtz, 0xff7fffff, FF_OF|FF_NX, 0xff7fffff, 0x3f000000)
    /* exact subnormal: no flags */
    TEST_S_RR_RM(227, fdiv.s, rne, 0x400000, 0, 0x800000, 0x40000000)
    /* 2^-126, 3 -> 3.91831497e-39 */
    TEST_S_RR_RM(228, fdiv.s, rne, 0x2aaaab, FF_UF|FF_NX, 0x800000, 0x40400000)
    /* 2^-126, 3 -> 3.91831357e-39 */
    TEST_S_RR_RM(229, fdiv.s, rtz, 0x2aaaaa, FF_UF|FF_NX, 0x800000, 0x40400000)
    /* 2^-126, 3 -> 3.91831357e-39 */
    TEST_S_RR_RM(230, fdiv.s, rdn, 0x2aaaaa, FF_UF|FF_NX, 0x800000, 0x40400000)
    /* 2^-126, 3 -> 3.91831497e-39 */
    TEST_S_RR_RM(231, fdiv.s, rup, 0x2aaaab, FF_UF|FF_NX, 0x800000, 0x40400000)
    /* 2^-126, 3 -> 3.91831497e-39 */
    TEST_S_RR_RM(232, fdiv.s, rmm, 0x2aaaab, FF_UF|FF_NX, 0x800000, 0x40400000)
    TEST_S_RR_RM(233, fdiv.s, rne, 0x0, FF_UF|FF_NX, 0x1, 0x44800000)  /* 2^-149, 1024 -> +0 */
    TEST_S_RR_RM(234, fdiv.s, rup, 0x1, FF_UF|FF_NX, 0x1, 0x44800000)  /* 2^-149, 1024 -> 2^-149 */

    /* ---- FSQRT.S ---- */
    TEST_S_R_RM(235, fsqrt.s, rne, 0x40000000, 0, 0x40800000)  /* 4 -> 2 */
    TEST_S_R_RM(236, fsqrt.s, rne, 0x3f000000, 0, 0x3e800000)  /* 0.25 -> 0.5 */
    TEST_S_R_RM(237, fsqrt.s, rne, 0x1a800000, 0, 0x2)  /* sqrt(2^-148) exact, from a subnormal */
    TEST_S_R_RM(238, fsqrt.s, rne, 0x3fb504f3, FF_NX, 0x40000000)  /* 2 -> 1.41421354 */
    TEST_S_R_RM(239, fsqrt.s, rtz, 0x3fb504f3, FF_NX, 0x40000000)  /* 2 -> 1.41421354 */
    TEST_S_R_RM(240, fsqrt.s, rdn, 0x3fb504f3, FF_NX, 0x40000000)  /* 2 -> 1.41421354 */
    TEST_S_R_RM(241, fsqrt.s, rup, 0x3fb504f4, FF_NX, 0x40000000)  /* 2 -> 1.41421366 */
    TEST_S_R_RM(242, fsqrt.s, rmm, 0x3fb504f3, FF_NX, 0x40000000)  /* 2 -> 1.41421354 */
    TEST_S_R_RM(243, fsqrt.s, rne, 0x400f1bbd, FF_NX, 0x40a00000)  /* 5 -> 2.23606801 */
    TEST_S_R_RM(244, fsqrt.s, rtz, 0x400f1bbc, FF_NX, 0x40a00000)  /* 5 -> 2.23606777 */
    TEST_S_R_RM(245, fsqrt.s, rdn, 0x400f1bbc, FF_NX, 0x40a00000)  /* 5 -> 2.23606777 */
    TEST_S_R_RM(246, fsqrt.s, rup, 0x400f1bbd, FF_NX, 0x40a00000)  /* 5 -> 2.23606801 */
    TEST_S_R_RM(247, fsqrt.s, rmm, 0x400f1bbd, FF_NX, 0x40a00000)  /* 5 -> 2.23606801 */
    TEST_S_R_RM(248, fsqrt.s, rne, 0x1a3504f3, FF_NX, 0x1)  /* 2^-149 -> 3.74339207e-23 */
    TEST_S_R_RM(249, fsqrt.s, rup, 0x5f800000, FF_NX, 0x7f7fffff)  /* 3.40282347e+38 -> 2^64 */
    TEST_S_R_RM(250, fsqrt.s, rne, 0x0, 0, 0x0)  /* +0 -> +0 */
    TEST_S_R_RM(251, fsqrt.s, rne, 0x80000000, 0, 0x80000000)  /* sqrt(-0) = -0, no flags */
    TEST_S_R_RM(252, fsqrt.s, rne, 0x7f800000, 0, 0x7f800000)  /* inf -> inf */
    TEST_S_R_RM(253, fsqrt.s, rne, 0x7fc00000, FF_NV, 0xbf800000)  /* sqrt(-1): canonical NaN, NV */
    TEST_S_R_RM(254, fsqrt.s, rne, 0x7fc00000, FF_NV, 0x80000001)  /* -2^-149 -> qNaN */
    TEST_S_R_RM(255, fsqrt.s, rne, 0x7fc00000, FF_NV, 0xff800000)  /* -inf -> qNaN */
    TEST_S_R_RM(256, fsqrt.s, rne, 0x7fc00000, 0, 0x7fc12345)  /* qNaN(0x7fc12345) -> qNaN */
    TEST_S_R_RM(257, fsqrt.s, rne, 0x7fc00000, 0, 0xffc00000)  /* -qNaN(0xffc00000) -> qNaN */
    TEST_S_R_RM(258, fsqrt.s, rne, 0x7fc00000, FF_NV, 0x7f800001)  /* sNaN -> qNaN */

    /* ---- dynamic rounding mode for MUL/DIV/SQRT ---- */
    /* 1.00024414, 1.00024414 -> 1.00048828 */
    TEST_S_RR_DYN(259, fmul.s, FRM_RNE, 0x3f801000, FF_NX, 0x3f800800, 0x3f800800)
    /* 1.00024414, 1.00024414 -> 1.00048828 */
    TEST_S_RR_DYN(260, fmul.s, FRM_RTZ, 0x3f801000, FF_NX, 0x3f800800, 0x3f800800)
    /* 1.00024414, 1.00024414 -> 1.00048828 */
    TEST_S_RR_DYN(261, fmul.s, FRM_RDN, 0x3f801000, FF_NX, 0x3f800800, 0x3f800800)
    /* 1.00024414, 1.00024414 -> 1.0004884 */
    TEST_S_RR_DYN(262, fmul.s, FRM_RUP, 0x3f801001, FF_NX, 0x3f800800, 0x3f800800)
    /* 1.00024414, 1.00024414 -> 1.0004884 */
    TEST_S_RR_DYN(263, fmul.s, FRM_RMM, 0x3f801001, FF_NX, 0x3f800800, 0x3f800800)
    /* -1, 3 -> -0.333333313 */
    TEST_S_RR_DYN(264, fdiv.s, FRM_RTZ, 0xbeaaaaaa, FF_NX, 0xbf800000, 0x40400000)
    /* -1, 3 -> -0.333333343 */
    TEST_S_RR_DYN(265, fdiv.s, FRM_RDN, 0xbeaaaaab, FF_NX, 0xbf800000, 0x40400000)
    /* -1, 3 -> -0.333333313 */
    TEST_S_RR_DYN(266, fdiv.s, FRM_RUP, 0xbeaaaaaa, FF_NX, 0xbf800000, 0x40400000)
    TEST_S_R_DYN(267, fsqrt.s, FRM_RDN, 0x3fb504f3, FF_NX, 0x40000000)  /* 2 -> 1.41421354 */
    TEST_S_R_DYN(268, fsqrt.s, FRM_RUP, 0x3fb504f4, FF_NX, 0x40000000)  /* 2 -> 1.41421366 */
    fsrmi FRM_RNE;

    /* ---- improperly NaN-boxed operands are the canonical NaN (D chapter, NaN boxing) ---- */
    /* upper bits 0: rs1 is canonical qNaN -> canonical NaN, no NV */
    FP_RR_RM(269, fadd.s, rne, 0xffffffff7fc00000, 0, 0x3f800000, 0xffffffff3f800000)
    /* upper bits all ones but one */
    FP_RR_RM(270, fadd.s, rne, 0xffffffff7fc00000, 0, 0xffffffff3f800000, 0xfffffffe3f800000)
    /* unboxed sNaN pattern is a qNaN: no NV */
    FP_RR_RM(271, fsub.s, rne, 0xffffffff7fc00000, 0, 0x7fffffff7f800001, 0xffffffff3f800000)
    /* double 1.0 in a single op */
    FP_RR_RM(272, fmul.s, rne, 0xffffffff7fc00000, 0, 0x3ff0000000000000, 0xffffffff3f800000)
    /* divisor unboxed 0: NaN, no DZ */
    FP_RR_RM(273, fdiv.s, rne, 0xffffffff7fc00000, 0, 0xffffffff3f800000, 0x0)
    FP_R_RM(274, fsqrt.s, rne, 0xffffffff7fc00000, 0, 0x40800000)  /* unboxed(0x40800000) -> qNaN */
    /* rs1 unboxed (qNaN), rs2 a boxed sNaN: NV */
    FP_RR_RM(275, fadd.s, rne, 0xffffffff7fc00000, FF_NV, 0x7fffffff00000000, 0xffffffff7f800001)

    RVTEST_PASS
RVTEST_END
