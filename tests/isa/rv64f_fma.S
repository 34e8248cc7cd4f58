/* rv64f_fma.S: Single-precision fused multiply-add FMADD/FMSUB/FNMSUB/FNMADD.S.
 *
 * Written from the RISC-V unprivileged spec (20191213), chapter "F" Standard Extension (v2.2),
 * 11.6: FMADD = rs1*rs2+rs3, FMSUB = rs1*rs2-rs3, FNMSUB = -(rs1*rs2)+rs3,
 * FNMADD = -(rs1*rs2)-rs3, computed with a single rounding; "the fused multiply-add instructions
 * must set the invalid operation exception flag when the multiplicands are inf and zero, even when
 * the addend is a quiet NaN"; IEEE 754-2008 5.4.1 fusedMultiplyAdd and 6.3 (an exact zero sum
 * of opposite signs is +0, or -0 under roundTowardNegative; x*y+z with an inexact tiny result keeps
 * the sign of the exact result).
 * Covered: single rounding (cases where FMUL+FADD would differ), every static rounding mode incl.
 * ties (RMM vs RNE), the dynamic mode, signs of zero results in each op and mode, inf*0+qNaN -> NV,
 * inf-inf -> NV, NaN propagation (canonical NaN, NV only for sNaN), overflow, underflow.
 * Improperly NaN-boxed operands are the canonical NaN (12.2).
 * Every case checks the exact result bits and the exact fflags. */
#include "env.h"
#include "fp_macros.h"

RVTEST_BEGIN

    /* ---- FMADD.S ---- */
    /* 2, 3, 1 -> 7 */
    TEST_S_RRR(1, fmadd.s, rne, 0x40e00000, 0, 0x40000000, 0x40400000, 0x3f800000)
    /* 1.5, -2, 0.25 -> -2.75 */
    TEST_S_RRR(2, fmadd.s, rne, 0xc0300000, 0, 0x3fc00000, 0xc0000000, 0x3e800000)
    /* -2, -3, -1 -> 5 */
    TEST_S_RRR(3, fmadd.s, rne, 0x40a00000, 0, 0xc0000000, 0xc0400000, 0xbf800000)

    /* ---- FMSUB.S ---- */
    /* 2, 3, 1 -> 5 */
    TEST_S_RRR(4, fmsub.s, rne, 0x40a00000, 0, 0x40000000, 0x40400000, 0x3f800000)
    /* 1.5, -2, 0.25 -> -3.25 */
    TEST_S_RRR(5, fmsub.s, rne, 0xc0500000, 0, 0x3fc00000, 0xc0000000, 0x3e800000)
    /* -2, -3, -1 -> 7 */
    TEST_S_RRR(6, fmsub.s, rne, 0x40e00000, 0, 0xc0000000, 0xc0400000, 0xbf800000)

    /* ---- FNMSUB.S ---- */
    /* 2, 3, 1 -> -5 */
    TEST_S_RRR(7, fnmsub.s, rne, 0xc0a00000, 0, 0x40000000, 0x40400000, 0x3f800000)
    /* 1.5, -2, 0.25 -> 3.25 */
    TEST_S_RRR(8, fnmsub.s, rne, 0x40500000, 0, 0x3fc00000, 0xc0000000, 0x3e800000)
    /* -2, -3, -1 -> -7 */
    TEST_S_RRR(9, fnmsub.s, rne, 0xc0e00000, 0, 0xc0000000, 0xc0400000, 0xbf800000)

    /* ---- FNMADD.S ---- */
    /* 2, 3, 1 -> -7 */
    TEST_S_RRR(10, fnmadd.s, rne, 0xc0e00000, 0, 0x40000000, 0x40400000, 0x3f800000)
    /* 1.5, -2, 0.25 -> 2.75 */
    TEST_S_RRR(11, fnmadd.s, rne, 0x40300000, 0, 0x3fc00000, 0xc0000000, 0x3e800000)
    /* -2, -3, -1 -> -5 */
    TEST_S_RRR(12, fnmadd.s, rne, 0xc0a00000, 0, 0xc0000000, 0xc0400000, 0xbf800000)

    /* ---- fused: a single rounding (results differ from FMUL followed by FADD) ---- */
    /* (1+2^-12)*(1+2^-12) - 1 exact (2^-24 is kept); unfused rounds it away */
    TEST_S_RRR(13, fmadd.s, rne, 0x3a000400, 0, 0x3f800800, 0x3f800800, 0xbf800000)
    /* 1.00024414, 1.00024414, 1 -> 0.000488340855 */
    TEST_S_RRR(14, fmsub.s, rne, 0x3a000400, 0, 0x3f800800, 0x3f800800, 0x3f800000)
    /* (1+2^-12)*(1+2^-12) + 2^-29: just above a tie -> RNE rounds up (unfused: product ties to
       even, then stays) */
    TEST_S_RRR(15, fmadd.s, rne, 0x3f801001, FF_NX, 0x3f800800, 0x3f800800, 0x31000000)
    /* 1.00024414, 1.00024414, 2^-29 -> 1.00048828 */
    TEST_S_RRR(16, fmadd.s, rtz, 0x3f801000, FF_NX, 0x3f800800, 0x3f800800, 0x31000000)
    /* 1.00024414, 1.00024414, 2^-29 -> 1.00048828 */
    TEST_S_RRR(17, fmadd.s, rdn, 0x3f801000, FF_NX, 0x3f800800, 0x3f800800, 0x31000000)
    /* 1.00024414, 1.00024414, 2^-29 -> 1.0004884 */
    TEST_S_RRR(18, fmadd.s, rup, 0x3f801001, FF_NX, 0x3f800800, 0x3f800800, 0x31000000)
    /* 1.00024414, 1.00024414, 2^-29 -> 1.0004884 */
    TEST_S_RRR(19, fmadd.s, rmm, 0x3f801001, FF_NX, 0x3f800800, 0x3f800800, 0x31000000)
    /* 1.00024414, 1.00024414, 2^-29 -> -1.0004884 */
    TEST_S_RRR(20, fnmadd.s, rne, 0xbf801001, FF_NX, 0x3f800800, 0x3f800800, 0x31000000)
    /* 1.00024414, 1.00024414, 2^-29 -> -1.00048828 */
    TEST_S_RRR(21, fnmadd.s, rtz, 0xbf801000, FF_NX, 0x3f800800, 0x3f800800, 0x31000000)
    /* 1.00024414, 1.00024414, 2^-29 -> -1.0004884 */
    TEST_S_RRR(22, fnmadd.s, rdn, 0xbf801001, FF_NX, 0x3f800800, 0x3f800800, 0x31000000)
    /* 1.00024414, 1.00024414, 2^-29 -> -1.00048828 */
    TEST_S_RRR(23, fnmadd.s, rup, 0xbf801000, FF_NX, 0x3f800800, 0x3f800800, 0x31000000)
    /* 1.00024414, 1.00024414, 2^-29 -> -1.0004884 */
    TEST_S_RRR(24, fnmadd.s, rmm, 0xbf801001, FF_NX, 0x3f800800, 0x3f800800, 0x31000000)
    /* exact tie: RNE to even, RMM away */
    TEST_S_RRR(25, fmadd.s, rne, 0x3f801000, FF_NX, 0x3f800800, 0x3f800800, 0x0)
    /* 1.00024414, 1.00024414, +0 -> 1.00048828 */
    TEST_S_RRR(26, fmadd.s, rtz, 0x3f801000, FF_NX, 0x3f800800, 0x3f800800, 0x0)
    /* 1.00024414, 1.00024414, +0 -> 1.00048828 */
    TEST_S_RRR(27, fmadd.s, rdn, 0x3f801000, FF_NX, 0x3f800800, 0x3f800800, 0x0)
    /* 1.00024414, 1.00024414, +0 -> 1.0004884 */
    TEST_S_RRR(28, fmadd.s, rup, 0x3f801001, FF_NX, 0x3f800800, 0x3f800800, 0x0)
    /* 1.00024414, 1.00024414, +0 -> 1.0004884 */
    TEST_S_RRR(29, fmadd.s, rmm, 0x3f801001, FF_NX, 0x3f800800, 0x3f800800, 0x0)
    /* 1.00024414, 1.00024414, -2^-29 -> -1.0004884 */
    TEST_S_RRR(30, fnmsub.s, rne, 0xbf801001, FF_NX, 0x3f800800, 0x3f800800, 0xb1000000)
    /* 1.00024414, 1.00024414, -2^-29 -> -1.00048828 */
    TEST_S_RRR(31, fnmsub.s, rtz, 0xbf801000, FF_NX, 0x3f800800, 0x3f800800, 0xb1000000)
    /* 1.00024414, 1.00024414, -2^-29 -> -1.0004884 */
    TEST_S_RRR(32, fnmsub.s, rdn, 0xbf801001, FF_NX, 0x3f800800, 0x3f800800, 0xb1000000)
    /* 1.00024414, 1.00024414, -2^-29 -> -1.00048828 */
    TEST_S_RRR(33, fnmsub.s, rup, 0xbf801000, FF_NX, 0x3f800800, 0x3f800800, 0xb1000000)
    /* 1.00024414, 1.00024414, -2^-29 -> -1.0004884 */
    TEST_S_RRR(34, fnmsub.s, rmm, 0xbf801001, FF_NX, 0x3f800800, 0x3f800800, 0xb1000000)
    /* recovers the rounding error of 1/3*3 exactly */
    TEST_S_RRR(35, fmadd.s, rne, 0x33000000, 0, 0x3eaaaaab, 0x40400000, 0xbf800000)
    /* max*2 - max = max: no intermediate overflow */
    TEST_S_RRR(36, fmadd.s, rne, 0x7f7fffff, 0, 0x7f7fffff, 0x40000000, 0xff7fffff)
    /* 3.40282347e+38, 2, 3.40282347e+38 -> -3.40282347e+38 */
    TEST_S_RRR(37, fnmsub.s, rne, 0xff7fffff, 0, 0x7f7fffff, 0x40000000, 0x7f7fffff)

    /* ---- dynamic rounding mode ---- */
    /* 1.00024414, 1.00024414, +0 -> 1.00048828 */
    TEST_S_RRR_DYN(38, fmadd.s, FRM_RNE, 0x3f801000, FF_NX, 0x3f800800, 0x3f800800, 0x0)
    /* 1.00024414, 1.00024414, +0 -> 1.00048828 */
    TEST_S_RRR_DYN(39, fmadd.s, FRM_RTZ, 0x3f801000, FF_NX, 0x3f800800, 0x3f800800, 0x0)
    /* 1.00024414, 1.00024414, +0 -> 1.00048828 */
    TEST_S_RRR_DYN(40, fmadd.s, FRM_RDN, 0x3f801000, FF_NX, 0x3f800800, 0x3f800800, 0x0)
    /* 1.00024414, 1.00024414, +0 -> 1.0004884 */
    TEST_S_RRR_DYN(41, fmadd.s, FRM_RUP, 0x3f801001, FF_NX, 0x3f800800, 0x3f800800, 0x0)
    /* 1.00024414, 1.00024414, +0 -> 1.0004884 */
    TEST_S_RRR_DYN(42, fmadd.s, FRM_RMM, 0x3f801001, FF_NX, 0x3f800800, 0x3f800800, 0x0)
    fsrmi FRM_RNE;

    /* ---- signs of exact zero results: +0 except in RDN (-0) ---- */
    TEST_S_RRR(43, fmadd.s, rne, 0x0, 0, 0x3f800000, 0xbf800000, 0x3f800000)  /* 1, -1, 1 -> +0 */
    TEST_S_RRR(44, fmadd.s, rtz, 0x0, 0, 0x3f800000, 0xbf800000, 0x3f800000)  /* 1, -1, 1 -> +0 */
    /* 1, -1, 1 -> -0 */
    TEST_S_RRR(45, fmadd.s, rdn, 0x80000000, 0, 0x3f800000, 0xbf800000, 0x3f800000)
    TEST_S_RRR(46, fmadd.s, rup, 0x0, 0, 0x3f800000, 0xbf800000, 0x3f800000)  /* 1, -1, 1 -> +0 */
    TEST_S_RRR(47, fmadd.s, rmm, 0x0, 0, 0x3f800000, 0xbf800000, 0x3f800000)  /* 1, -1, 1 -> +0 */
    TEST_S_RRR(48, fmsub.s, rne, 0x0, 0, 0x3f800000, 0x3f800000, 0x3f800000)  /* 1, 1, 1 -> +0 */
    TEST_S_RRR(49, fnmsub.s, rne, 0x0, 0, 0x3f800000, 0x3f800000, 0x3f800000)  /* 1, 1, 1 -> +0 */
    TEST_S_RRR(50, fnmadd.s, rne, 0x0, 0, 0x3f800000, 0x3f800000, 0xbf800000)  /* 1, 1, -1 -> +0 */
    TEST_S_RRR(51, fmadd.s, rne, 0x0, 0, 0x0, 0x3f800000, 0x80000000)  /* (+0) + (-0) */
    /* (-0) + (-0) = -0 in every mode */
    TEST_S_RRR(52, fmadd.s, rne, 0x80000000, 0, 0x80000000, 0x3f800000, 0x80000000)
    TEST_S_RRR(53, fmadd.s, rne, 0x0, 0, 0x0, 0x3f800000, 0x0)  /* +0, 1, +0 -> +0 */
    TEST_S_RRR(54, fnmadd.s, rne, 0x80000000, 0, 0x0, 0x3f800000, 0x0)  /* -(+0) - (+0) = -0 */
    TEST_S_RRR(55, fnmsub.s, rne, 0x0, 0, 0x0, 0x3f800000, 0x0)  /* -(+0) + (+0) */
    TEST_S_RRR(56, fmsub.s, rne, 0x80000000, 0, 0x80000000, 0x3f800000, 0x0)  /* (-0) - (+0) = -0 */
    /* 1, 1, 1 -> -0 */
    TEST_S_RRR(57, fmsub.s, rdn, 0x80000000, 0, 0x3f800000, 0x3f800000, 0x3f800000)
    /* 1, 1, 1 -> -0 */
    TEST_S_RRR(58, fnmsub.s, rdn, 0x80000000, 0, 0x3f800000, 0x3f800000, 0x3f800000)
    /* 1, 1, -1 -> -0 */
    TEST_S_RRR(59, fnmadd.s, rdn, 0x80000000, 0, 0x3f800000, 0x3f800000, 0xbf800000)
    TEST_S_RRR(60, fmadd.s, rdn, 0x80000000, 0, 0x0, 0x3f800000, 0x80000000)  /* +0, 1, -0 -> -0 */
    /* -0, 1, -0 -> -0 */
    TEST_S_RRR(61, fmadd.s, rdn, 0x80000000, 0, 0x80000000, 0x3f800000, 0x80000000)
    TEST_S_RRR(62, fmadd.s, rdn, 0x0, 0, 0x0, 0x3f800000, 0x0)  /* +0, 1, +0 -> +0 */
    TEST_S_RRR(63, fnmadd.s, rdn, 0x80000000, 0, 0x0, 0x3f800000, 0x0)  /* +0, 1, +0 -> -0 */
    TEST_S_RRR(64, fnmsub.s, rdn, 0x80000000, 0, 0x0, 0x3f800000, 0x0)  /* +0, 1, +0 -> -0 */
    TEST_S_RRR(65, fmsub.s, rdn, 0x80000000, 0, 0x80000000, 0x3f800000, 0x0)  /* -0, 1, +0 -> -0 */
    /* tiny non-zero product + -0: result rounds to +0 (sign of the exact result), UF|NX */
    TEST_S_RRR(66, fmadd.s, rne, 0x0, FF_UF|FF_NX, 0x1, 0x1, 0x80000000)
    /* 2^-149, 2^-149, -0 -> 2^-149 */
    TEST_S_RRR(67, fmadd.s, rup, 0x1, FF_UF|FF_NX, 0x1, 0x1, 0x80000000)
    /* negative tiny product + +0 -> -0, UF|NX */
    TEST_S_RRR(68, fmadd.s, rne, 0x80000000, FF_UF|FF_NX, 0x1, 0x80000001, 0x0)
    TEST_S_RRR(69, fmsub.s, rdn, 0x0, FF_UF|FF_NX, 0x1, 0x1, 0x0)  /* 2^-149, 2^-149, +0 -> +0 */

    /* ---- invalid, infinities and NaNs ---- */
    /* inf*0 + qNaN: NV (RISC-V requires it), canonical NaN */
    TEST_S_RRR(70, fmadd.s, rne, 0x7fc00000, FF_NV, 0x7f800000, 0x0, 0x7fc00000)
    /* +0, -inf, qNaN(0x7fc12345) -> qNaN */
    TEST_S_RRR(71, fmadd.s, rne, 0x7fc00000, FF_NV, 0x0, 0xff800000, 0x7fc12345)
    /* inf, -0, -qNaN(0xffc00000) -> qNaN */
    TEST_S_RRR(72, fnmadd.s, rne, 0x7fc00000, FF_NV, 0x7f800000, 0x80000000, 0xffc00000)
    /* inf, +0, 1 -> qNaN */
    TEST_S_RRR(73, fmadd.s, rne, 0x7fc00000, FF_NV, 0x7f800000, 0x0, 0x3f800000)
    /* +0, inf, sNaN -> qNaN */
    TEST_S_RRR(74, fmsub.s, rne, 0x7fc00000, FF_NV, 0x0, 0x7f800000, 0x7f800001)
    /* inf - inf: NV */
    TEST_S_RRR(75, fmadd.s, rne, 0x7fc00000, FF_NV, 0x7f800000, 0x3f800000, 0xff800000)
    /* inf, 1, inf -> qNaN */
    TEST_S_RRR(76, fmsub.s, rne, 0x7fc00000, FF_NV, 0x7f800000, 0x3f800000, 0x7f800000)
    /* inf, 1, inf -> qNaN */
    TEST_S_RRR(77, fnmsub.s, rne, 0x7fc00000, FF_NV, 0x7f800000, 0x3f800000, 0x7f800000)
    /* -inf - inf = -inf: valid */
    TEST_S_RRR(78, fnmadd.s, rne, 0xff800000, 0, 0x7f800000, 0x3f800000, 0x7f800000)
    /* inf, 2, inf -> inf */
    TEST_S_RRR(79, fmadd.s, rne, 0x7f800000, 0, 0x7f800000, 0x40000000, 0x7f800000)
    /* 2, 3, -inf -> -inf */
    TEST_S_RRR(80, fmadd.s, rne, 0xff800000, 0, 0x40000000, 0x40400000, 0xff800000)
    /* qNaN*0 + inf: no inf*0, so no NV */
    TEST_S_RRR(81, fmadd.s, rne, 0x7fc00000, 0, 0x7fc00000, 0x0, 0x7f800000)
    /* 1, 1, qNaN -> qNaN */
    TEST_S_RRR(82, fmadd.s, rne, 0x7fc00000, 0, 0x3f800000, 0x3f800000, 0x7fc00000)
    /* NaN result is the positive canonical NaN */
    TEST_S_RRR(83, fnmadd.s, rne, 0x7fc00000, 0, 0xffc00000, 0x3f800000, 0x3f800000)
    /* sNaN, 1, 1 -> qNaN */
    TEST_S_RRR(84, fmadd.s, rne, 0x7fc00000, FF_NV, 0x7f800001, 0x3f800000, 0x3f800000)
    /* 1, sNaN, 1 -> qNaN */
    TEST_S_RRR(85, fmadd.s, rne, 0x7fc00000, FF_NV, 0x3f800000, 0x7fbfffff, 0x3f800000)
    /* 1, 1, -sNaN -> qNaN */
    TEST_S_RRR(86, fmadd.s, rne, 0x7fc00000, FF_NV, 0x3f800000, 0x3f800000, 0xff800001)
    /* qNaN, sNaN, qNaN -> qNaN */
    TEST_S_RRR(87, fnmsub.s, rne, 0x7fc00000, FF_NV, 0x7fc00000, 0x7f800001, 0x7fc00000)

    /* ---- overflow and underflow ---- */
    /* 3.40282347e+38, 3.40282347e+38, -3.40282347e+38 -> inf */
    TEST_S_RRR(88, fmadd.s, rne, 0x7f800000, FF_OF|FF_NX, 0x7f7fffff, 0x7f7fffff, 0xff7fffff)
    /* 3.40282347e+38, 3.40282347e+38, -3.40282347e+38 -> 3.40282347e+38 */
    TEST_S_RRR(89, fmadd.s, rtz, 0x7f7fffff, FF_OF|FF_NX, 0x7f7fffff, 0x7f7fffff, 0xff7fffff)
    /* 3.40282347e+38, 3.40282347e+38, -3.40282347e+38 -> 3.40282347e+38 */
    TEST_S_RRR(90, fmadd.s, rdn, 0x7f7fffff, FF_OF|FF_NX, 0x7f7fffff, 0x7f7fffff, 0xff7fffff)
    /* 3.40282347e+38, 3.40282347e+38, -3.40282347e+38 -> inf */
    TEST_S_RRR(91, fmadd.s, rup, 0x7f800000, FF_OF|FF_NX, 0x7f7fffff, 0x7f7fffff, 0xff7fffff)
    /* 3.40282347e+38, 3.40282347e+38, -3.40282347e+38 -> inf */
    TEST_S_RRR(92, fmadd.s, rmm, 0x7f800000, FF_OF|FF_NX, 0x7f7fffff, 0x7f7fffff, 0xff7fffff)
    /* 3.40282347e+38, 2, +0 -> -3.40282347e+38 */
    TEST_S_RRR(93, fnmadd.s, rup, 0xff7fffff, FF_OF|FF_NX, 0x7f7fffff, 0x40000000, 0x0)
    /* 3.40282347e+38, 2, +0 -> -inf */
    TEST_S_RRR(94, fnmadd.s, rdn, 0xff800000, FF_OF|FF_NX, 0x7f7fffff, 0x40000000, 0x0)
    /* exact subnormal: no flags */
    TEST_S_RRR(95, fmadd.s, rne, 0x400000, 0, 0x800000, 0x3f000000, 0x0)
    /* exact subnormal difference: no flags */
    TEST_S_RRR(96, fmadd.s, rne, 0x1, 0, 0x3f800001, 0x800000, 0x80800000)
    /* tie between 0 and min subnormal: UF|NX */
    TEST_S_RRR(97, fmadd.s, rne, 0x0, FF_UF|FF_NX, 0x1, 0x3f000000, 0x0)
    /* 2^-149, 0.5, +0 -> +0 */
    TEST_S_RRR(98, fmadd.s, rtz, 0x0, FF_UF|FF_NX, 0x1, 0x3f000000, 0x0)
    /* 2^-149, 0.5, +0 -> +0 */
    TEST_S_RRR(99, fmadd.s, rdn, 0x0, FF_UF|FF_NX, 0x1, 0x3f000000, 0x0)
    /* 2^-149, 0.5, +0 -> 2^-149 */
    TEST_S_RRR(100, fmadd.s, rup, 0x1, FF_UF|FF_NX, 0x1, 0x3f000000, 0x0)
    /* 2^-149, 0.5, +0 -> 2^-149 */
    TEST_S_RRR(101, fmadd.s, rmm, 0x1, FF_UF|FF_NX, 0x1, 0x3f000000, 0x0)
    /* (1-ulp/2)*2^emin: tiny after rounding (RNE gives 2^emin), inexact -> UF */
    TEST_S_RRR(102, fmadd.s, rne, 0x800000, FF_UF|FF_NX, 0x3f7fffff, 0x800000, 0x0)
    /* 0.99999994, 2^-126, +0 -> 1.17549421e-38 */
    TEST_S_RRR(103, fmadd.s, rtz, 0x7fffff, FF_UF|FF_NX, 0x3f7fffff, 0x800000, 0x0)
    /* 0.99999994, 2^-126, +0 -> 1.17549421e-38 */
    TEST_S_RRR(104, fmadd.s, rdn, 0x7fffff, FF_UF|FF_NX, 0x3f7fffff, 0x800000, 0x0)
    /* 0.99999994, 2^-126, +0 -> 2^-126 */
    TEST_S_RRR(105, fmadd.s, rup, 0x800000, FF_UF|FF_NX, 0x3f7fffff, 0x800000, 0x0)
    /* 0.99999994, 2^-126, +0 -> 2^-126 */
    TEST_S_RRR(106, fmadd.s, rmm, 0x800000, FF_UF|FF_NX, 0x3f7fffff, 0x800000, 0x0)

    /* ---- improperly NaN-boxed operands are the canonical NaN ---- */
    /* rs1 not boxed: canonical NaN, no NV */
    FP_RRR_RM(107, fmadd.s, rne, 0xffffffff7fc00000, 0, 0x3f800000, 0xffffffff3f800000, 0xffffffff3f800000)
    /* rs3 not boxed */
    FP_RRR_RM(108, fmadd.s, rne, 0xffffffff7fc00000, 0, 0xffffffff3f800000, 0xffffffff3f800000, 0x3ff0000000000000)
    /* inf*0 + (unboxed = qNaN): NV */
    FP_RRR_RM(109, fmadd.s, rne, 0xffffffff7fc00000, FF_NV, 0xffffffff7f800000, 0xffffffff00000000, 0x3f800000)
    /* 1, unboxed(0xfffffffe40000000), 1 -> qNaN */
    FP_RRR_RM(110, fnmadd.s, rne, 0xffffffff7fc00000, 0, 0xffffffff3f800000, 0xfffffffe40000000, 0xffffffff3f800000)

    RVTEST_PASS
RVTEST_END
