/* rv64d_fma.S: Double-precision fused multiply-add FMADD/FMSUB/FNMSUB/FNMADD.D.
 *
 * Written from the RISC-V unprivileged spec (20191213), chapter "F" Standard Extension (v2.2),
 * 11.6: FMADD = rs1*rs2+rs3, FMSUB = rs1*rs2-rs3, FNMSUB = -(rs1*rs2)+rs3,
 * FNMADD = -(rs1*rs2)-rs3, computed with a single rounding; "the fused multiply-add instructions
 * must set the invalid operation exception flag when the multiplicands are inf and zero, even when
 * the addend is a quiet NaN"; chapter "D" (v2.2), 12.4; IEEE 754-2008 5.4.1 fusedMultiplyAdd and 6.3 (an exact zero sum
 * of opposite signs is +0, or -0 under roundTowardNegative; x*y+z with an inexact tiny result keeps
 * the sign of the exact result).
 * Covered: single rounding (cases where FMUL+FADD would differ), every static rounding mode incl.
 * ties (RMM vs RNE), the dynamic mode, signs of zero results in each op and mode, inf*0+qNaN -> NV,
 * inf-inf -> NV, NaN propagation (canonical NaN, NV only for sNaN), overflow, underflow.
 * Every case checks the exact result bits and the exact fflags. */
#include "env.h"
#include "fp_macros.h"

RVTEST_BEGIN

    /* ---- FMADD.D ---- */
    /* 2, 3, 1 -> 7 */
    TEST_D_RRR(1, fmadd.d, rne, 0x401c000000000000, 0, 0x4000000000000000, 0x4008000000000000, 0x3ff0000000000000)
    /* 1.5, -2, 0.25 -> -2.75 */
    TEST_D_RRR(2, fmadd.d, rne, 0xc006000000000000, 0, 0x3ff8000000000000, 0xc000000000000000, 0x3fd0000000000000)
    /* -2, -3, -1 -> 5 */
    TEST_D_RRR(3, fmadd.d, rne, 0x4014000000000000, 0, 0xc000000000000000, 0xc008000000000000, 0xbff0000000000000)

    /* ---- FMSUB.D ---- */
    /* 2, 3, 1 -> 5 */
    TEST_D_RRR(4, fmsub.d, rne, 0x4014000000000000, 0, 0x4000000000000000, 0x4008000000000000, 0x3ff0000000000000)
    /* 1.5, -2, 0.25 -> -3.25 */
    TEST_D_RRR(5, fmsub.d, rne, 0xc00a000000000000, 0, 0x3ff8000000000000, 0xc000000000000000, 0x3fd0000000000000)
    /* -2, -3, -1 -> 7 */
    TEST_D_RRR(6, fmsub.d, rne, 0x401c000000000000, 0, 0xc000000000000000, 0xc008000000000000, 0xbff0000000000000)

    /* ---- FNMSUB.D ---- */
    /* 2, 3, 1 -> -5 */
    TEST_D_RRR(7, fnmsub.d, rne, 0xc014000000000000, 0, 0x4000000000000000, 0x4008000000000000, 0x3ff0000000000000)
    /* 1.5, -2, 0.25 -> 3.25 */
    TEST_D_RRR(8, fnmsub.d, rne, 0x400a000000000000, 0, 0x3ff8000000000000, 0xc000000000000000, 0x3fd0000000000000)
    /* -2, -3, -1 -> -7 */
    TEST_D_RRR(9, fnmsub.d, rne, 0xc01c000000000000, 0, 0xc000000000000000, 0xc008000000000000, 0xbff0000000000000)

    /* ---- FNMADD.D ---- */
    /* 2, 3, 1 -> -7 */
    TEST_D_RRR(10, fnmadd.d, rne, 0xc01c000000000000, 0, 0x4000000000000000, 0x4008000000000000, 0x3ff0000000000000)
    /* 1.5, -2, 0.25 -> 2.75 */
    TEST_D_RRR(11, fnmadd.d, rne, 0x4006000000000000, 0, 0x3ff8000000000000, 0xc000000000000000, 0x3fd0000000000000)
    /* -2, -3, -1 -> -5 */
    TEST_D_RRR(12, fnmadd.d, rne, 0xc014000000000000, 0, 0xc000000000000000, 0xc008000000000000, 0xbff0000000000000)

    /* ---- fused: a single rounding (results differ from FMUL followed by FADD) ---- */
    /* (1+2^-26)*(1+2^-27) - 1 exact (2^-53 is kept); unfused rounds it away */
    TEST_D_RRR(13, fmadd.d, rne, 0x3e58000002000000, 0, 0x3ff0000004000000, 0x3ff0000002000000, 0xbff0000000000000)
    /* 1.0000000149011612, 1.0000000074505806, 1 -> 2.2351741901793787e-08 */
    TEST_D_RRR(14, fmsub.d, rne, 0x3e58000002000000, 0, 0x3ff0000004000000, 0x3ff0000002000000, 0x3ff0000000000000)
    /* (1+2^-26)*(1+2^-27) + 2^-58: just above a tie -> RNE rounds up (unfused: product ties to
       even, then stays) */
    TEST_D_RRR(15, fmadd.d, rne, 0x3ff0000006000001, FF_NX, 0x3ff0000004000000, 0x3ff0000002000000, 0x3c50000000000000)
    /* 1.0000000149011612, 1.0000000074505806, 2^-58 -> 1.0000000223517418 */
    TEST_D_RRR(16, fmadd.d, rtz, 0x3ff0000006000000, FF_NX, 0x3ff0000004000000, 0x3ff0000002000000, 0x3c50000000000000)
    /* 1.0000000149011612, 1.0000000074505806, 2^-58 -> 1.0000000223517418 */
    TEST_D_RRR(17, fmadd.d, rdn, 0x3ff0000006000000, FF_NX, 0x3ff0000004000000, 0x3ff0000002000000, 0x3c50000000000000)
    /* 1.0000000149011612, 1.0000000074505806, 2^-58 -> 1.000000022351742 */
    TEST_D_RRR(18, fmadd.d, rup, 0x3ff0000006000001, FF_NX, 0x3ff0000004000000, 0x3ff0000002000000, 0x3c50000000000000)
    /* 1.0000000149011612, 1.0000000074505806, 2^-58 -> 1.000000022351742 */
    TEST_D_RRR(19, fmadd.d, rmm, 0x3ff0000006000001, FF_NX, 0x3ff0000004000000, 0x3ff0000002000000, 0x3c50000000000000)
    /* 1.0000000149011612, 1.0000000074505806, 2^-58 -> -1.000000022351742 */
    TEST_D_RRR(20, fnmadd.d, rne, 0xbff0000006000001, FF_NX, 0x3ff0000004000000, 0x3ff0000002000000, 0x3c50000000000000)
    /* 1.0000000149011612, 1.0000000074505806, 2^-58 -> -1.0000000223517418 */
    TEST_D_RRR(21, fnmadd.d, rtz, 0xbff0000006000000, FF_NX, 0x3ff0000004000000, 0x3ff0000002000000, 0x3c50000000000000)
    /* 1.0000000149011612, 1.0000000074505806, 2^-58 -> -1.000000022351742 */
    TEST_D_RRR(22, fnmadd.d, rdn, 0xbff0000006000001, FF_NX, 0x3ff0000004000000, 0x3ff0000002000000, 0x3c50000000000000)
    /* 1.0000000149011612, 1.0000000074505806, 2^-58 -> -1.0000000223517418 */
    TEST_D_RRR(23, fnmadd.d, rup, 0xbff0000006000000, FF_NX, 0x3ff0000004000000, 0x3ff0000002000000, 0x3c50000000000000)
    /* 1.0000000149011612, 1.0000000074505806, 2^-58 -> -1.000000022351742 */
    TEST_D_RRR(24, fnmadd.d, rmm, 0xbff0000006000001, FF_NX, 0x3ff0000004000000, 0x3ff0000002000000, 0x3c50000000000000)
    /* exact tie: RNE to even, RMM away */
    TEST_D_RRR(25, fmadd.d, rne, 0x3ff0000006000000, FF_NX, 0x3ff0000004000000, 0x3ff0000002000000, 0x0)
    /* 1.0000000149011612, 1.0000000074505806, +0 -> 1.0000000223517418 */
    TEST_D_RRR(26, fmadd.d, rtz, 0x3ff0000006000000, FF_NX, 0x3ff0000004000000, 0x3ff0000002000000, 0x0)
    /* 1.0000000149011612, 1.0000000074505806, +0 -> 1.0000000223517418 */
    TEST_D_RRR(27, fmadd.d, rdn, 0x3ff0000006000000, FF_NX, 0x3ff0000004000000, 0x3ff0000002000000, 0x0)
    /* 1.0000000149011612, 1.0000000074505806, +0 -> 1.000000022351742 */
    TEST_D_RRR(28, fmadd.d, rup, 0x3ff0000006000001, FF_NX, 0x3ff0000004000000, 0x3ff0000002000000, 0x0)
    /* 1.0000000149011612, 1.0000000074505806, +0 -> 1.000000022351742 */
    TEST_D_RRR(29, fmadd.d, rmm, 0x3ff0000006000001, FF_NX, 0x3ff0000004000000, 0x3ff0000002000000, 0x0)
    /* 1.0000000149011612, 1.0000000074505806, -2^-58 -> -1.000000022351742 */
    TEST_D_RRR(30, fnmsub.d, rne, 0xbff0000006000001, FF_NX, 0x3ff0000004000000, 0x3ff0000002000000, 0xbc50000000000000)
    /* 1.0000000149011612, 1.0000000074505806, -2^-58 -> -1.0000000223517418 */
    TEST_D_RRR(31, fnmsub.d, rtz, 0xbff0000006000000, FF_NX, 0x3ff0000004000000, 0x3ff0000002000000, 0xbc50000000000000)
    /* 1.0000000149011612, 1.0000000074505806, -2^-58 -> -1.000000022351742 */
    TEST_D_RRR(32, fnmsub.d, rdn, 0xbff0000006000001, FF_NX, 0x3ff0000004000000, 0x3ff0000002000000, 0xbc50000000000000)
    /* 1.0000000149011612, 1.0000000074505806, -2^-58 -> -1.0000000223517418 */
    TEST_D_RRR(33, fnmsub.d, rup, 0xbff0000006000000, FF_NX, 0x3ff0000004000000, 0x3ff0000002000000, 0xbc50000000000000)
    /* 1.0000000149011612, 1.0000000074505806, -2^-58 -> -1.000000022351742 */
    TEST_D_RRR(34, fnmsub.d, rmm, 0xbff0000006000001, FF_NX, 0x3ff0000004000000, 0x3ff0000002000000, 0xbc50000000000000)
    /* recovers the rounding error of 1/3*3 exactly */
    TEST_D_RRR(35, fmadd.d, rne, 0xbc90000000000000, 0, 0x3fd5555555555555, 0x4008000000000000, 0xbff0000000000000)
    /* max*2 - max = max: no intermediate overflow */
    TEST_D_RRR(36, fmadd.d, rne, 0x7fefffffffffffff, 0, 0x7fefffffffffffff, 0x4000000000000000, 0xffefffffffffffff)
    /* 1.7976931348623157e+308, 2, 1.7976931348623157e+308 -> -1.7976931348623157e+308 */
    TEST_D_RRR(37, fnmsub.d, rne, 0xffefffffffffffff, 0, 0x7fefffffffffffff, 0x4000000000000000, 0x7fefffffffffffff)

    /* ---- dynamic rounding mode ---- */
    /* 1.0000000149011612, 1.0000000074505806, +0 -> 1.0000000223517418 */
    TEST_D_RRR_DYN(38, fmadd.d, FRM_RNE, 0x3ff0000006000000, FF_NX, 0x3ff0000004000000, 0x3ff0000002000000, 0x0)
    /* 1.0000000149011612, 1.0000000074505806, +0 -> 1.0000000223517418 */
    TEST_D_RRR_DYN(39, fmadd.d, FRM_RTZ, 0x3ff0000006000000, FF_NX, 0x3ff0000004000000, 0x3ff0000002000000, 0x0)
    /* 1.0000000149011612, 1.0000000074505806, +0 -> 1.0000000223517418 */
    TEST_D_RRR_DYN(40, fmadd.d, FRM_RDN, 0x3ff0000006000000, FF_NX, 0x3ff0000004000000, 0x3ff0000002000000, 0x0)
    /* 1.0000000149011612, 1.0000000074505806, +0 -> 1.000000022351742 */
    TEST_D_RRR_DYN(41, fmadd.d, FRM_RUP, 0x3ff0000006000001, FF_NX, 0x3ff0000004000000, 0x3ff0000002000000, 0x0)
    /* 1.0000000149011612, 1.0000000074505806, +0 -> 1.000000022351742 */
    TEST_D_RRR_DYN(42, fmadd.d, FRM_RMM, 0x3ff0000006000001, FF_NX, 0x3ff0000004000000, 0x3ff0000002000000, 0x0)
    fsrmi FRM_RNE;

    /* ---- signs of exact zero results: +0 except in RDN (-0) ---- */
    /* 1, -1, 1 -> +0 */
    TEST_D_RRR(43, fmadd.d, rne, 0x0, 0, 0x3ff0000000000000, 0xbff0000000000000, 0x3ff0000000000000)
    /* 1, -1, 1 -> +0 */
    TEST_D_RRR(44, fmadd.d, rtz, 0x0, 0, 0x3ff0000000000000, 0xbff0000000000000, 0x3ff0000000000000)
    /* 1, -1, 1 -> -0 */
    TEST_D_RRR(45, fmadd.d, rdn, 0x8000000000000000, 0, 0x3ff0000000000000, 0xbff0000000000000, 0x3ff0000000000000)
    /* 1, -1, 1 -> +0 */
    TEST_D_RRR(46, fmadd.d, rup, 0x0, 0, 0x3ff0000000000000, 0xbff0000000000000, 0x3ff0000000000000)
    /* 1, -1, 1 -> +0 */
    TEST_D_RRR(47, fmadd.d, rmm, 0x0, 0, 0x3ff0000000000000, 0xbff0000000000000, 0x3ff0000000000000)
    /* 1, 1, 1 -> +0 */
    TEST_D_RRR(48, fmsub.d, rne, 0x0, 0, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ff0000000000000)
    /* 1, 1, 1 -> +0 */
    TEST_D_RRR(49, fnmsub.d, rne, 0x0, 0, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ff0000000000000)
    /* 1, 1, -1 -> +0 */
    TEST_D_RRR(50, fnmadd.d, rne, 0x0, 0, 0x3ff0000000000000, 0x3ff0000000000000, 0xbff0000000000000)
    /* (+0) + (-0) */
    TEST_D_RRR(51, fmadd.d, rne, 0x0, 0, 0x0, 0x3ff0000000000000, 0x8000000000000000)
    /* (-0) + (-0) = -0 in every mode */
    TEST_D_RRR(52, fmadd.d, rne, 0x8000000000000000, 0, 0x8000000000000000, 0x3ff0000000000000, 0x8000000000000000)
    TEST_D_RRR(53, fmadd.d, rne, 0x0, 0, 0x0, 0x3ff0000000000000, 0x0)  /* +0, 1, +0 -> +0 */
    /* -(+0) - (+0) = -0 */
    TEST_D_RRR(54, fnmadd.d, rne, 0x8000000000000000, 0, 0x0, 0x3ff0000000000000, 0x0)
    TEST_D_RRR(55, fnmsub.d, rne, 0x0, 0, 0x0, 0x3ff0000000000000, 0x0)  /* -(+0) + (+0) */
    /* (-0) - (+0) = -0 */
    TEST_D_RRR(56, fmsub.d, rne, 0x8000000000000000, 0, 0x8000000000000000, 0x3ff0000000000000, 0x0)
    /* 1, 1, 1 -> -0 */
    TEST_D_RRR(57, fmsub.d, rdn, 0x8000000000000000, 0, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ff0000000000000)
    /* 1, 1, 1 -> -0 */
    TEST_D_RRR(58, fnmsub.d, rdn, 0x8000000000000000, 0, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ff0000000000000)
    /* 1, 1, -1 -> -0 */
    TEST_D_RRR(59, fnmadd.d, rdn, 0x8000000000000000, 0, 0x3ff0000000000000, 0x3ff0000000000000, 0xbff0000000000000)
    /* +0, 1, -0 -> -0 */
    TEST_D_RRR(60, fmadd.d, rdn, 0x8000000000000000, 0, 0x0, 0x3ff0000000000000, 0x8000000000000000)
    /* -0, 1, -0 -> -0 */
    TEST_D_RRR(61, fmadd.d, rdn, 0x8000000000000000, 0, 0x8000000000000000, 0x3ff0000000000000, 0x8000000000000000)
    TEST_D_RRR(62, fmadd.d, rdn, 0x0, 0, 0x0, 0x3ff0000000000000, 0x0)  /* +0, 1, +0 -> +0 */
    /* +0, 1, +0 -> -0 */
    TEST_D_RRR(63, fnmadd.d, rdn, 0x8000000000000000, 0, 0x0, 0x3ff0000000000000, 0x0)
    /* +0, 1, +0 -> -0 */
    TEST_D_RRR(64, fnmsub.d, rdn, 0x8000000000000000, 0, 0x0, 0x3ff0000000000000, 0x0)
    /* -0, 1, +0 -> -0 */
    TEST_D_RRR(65, fmsub.d, rdn, 0x8000000000000000, 0, 0x8000000000000000, 0x3ff0000000000000, 0x0)
    /* tiny non-zero product + -0: result rounds to +0 (sign of the exact result), UF|NX */
    TEST_D_RRR(66, fmadd.d, rne, 0x0, FF_UF|FF_NX, 0x1, 0x1, 0x8000000000000000)
    /* 2^-1074, 2^-1074, -0 -> 2^-1074 */
    TEST_D_RRR(67, fmadd.d, rup, 0x1, FF_UF|FF_NX, 0x1, 0x1, 0x8000000000000000)
    /* negative tiny product + +0 -> -0, UF|NX */
    TEST_D_RRR(68, fmadd.d, rne, 0x8000000000000000, FF_UF|FF_NX, 0x1, 0x8000000000000001, 0x0)
    TEST_D_RRR(69, fmsub.d, rdn, 0x0, FF_UF|FF_NX, 0x1, 0x1, 0x0)  /* 2^-1074, 2^-1074, +0 -> +0 */

    /* ---- invalid, infinities and NaNs ---- */
    /* inf*0 + qNaN: NV (RISC-V requires it), canonical NaN */
    TEST_D_RRR(70, fmadd.d, rne, 0x7ff8000000000000, FF_NV, 0x7ff0000000000000, 0x0, 0x7ff8000000000000)
    /* +0, -inf, qNaN(0x7ff80000deadbeef) -> qNaN */
    TEST_D_RRR(71, fmadd.d, rne, 0x7ff8000000000000, FF_NV, 0x0, 0xfff0000000000000, 0x7ff80000deadbeef)
    /* inf, -0, -qNaN(0xfff8000000000000) -> qNaN */
    TEST_D_RRR(72, fnmadd.d, rne, 0x7ff8000000000000, FF_NV, 0x7ff0000000000000, 0x8000000000000000, 0xfff8000000000000)
    /* inf, +0, 1 -> qNaN */
    TEST_D_RRR(73, fmadd.d, rne, 0x7ff8000000000000, FF_NV, 0x7ff0000000000000, 0x0, 0x3ff0000000000000)
    /* +0, inf, sNaN -> qNaN */
    TEST_D_RRR(74, fmsub.d, rne, 0x7ff8000000000000, FF_NV, 0x0, 0x7ff0000000000000, 0x7ff0000000000001)
    /* inf - inf: NV */
    TEST_D_RRR(75, fmadd.d, rne, 0x7ff8000000000000, FF_NV, 0x7ff0000000000000, 0x3ff0000000000000, 0xfff0000000000000)
    /* inf, 1, inf -> qNaN */
    TEST_D_RRR(76, fmsub.d, rne, 0x7ff8000000000000, FF_NV, 0x7ff0000000000000, 0x3ff0000000000000, 0x7ff0000000000000)
    /* inf, 1, inf -> qNaN */
    TEST_D_RRR(77, fnmsub.d, rne, 0x7ff8000000000000, FF_NV, 0x7ff0000000000000, 0x3ff0000000000000, 0x7ff0000000000000)
    /* -inf - inf = -inf: valid */
    TEST_D_RRR(78, fnmadd.d, rne, 0xfff0000000000000, 0, 0x7ff0000000000000, 0x3ff0000000000000, 0x7ff0000000000000)
    /* inf, 2, inf -> inf */
    TEST_D_RRR(79, fmadd.d, rne, 0x7ff0000000000000, 0, 0x7ff0000000000000, 0x4000000000000000, 0x7ff0000000000000)
    /* 2, 3, -inf -> -inf */
    TEST_D_RRR(80, fmadd.d, rne, 0xfff0000000000000, 0, 0x4000000000000000, 0x4008000000000000, 0xfff0000000000000)
    /* qNaN*0 + inf: no inf*0, so no NV */
    TEST_D_RRR(81, fmadd.d, rne, 0x7ff8000000000000, 0, 0x7ff8000000000000, 0x0, 0x7ff0000000000000)
    /* 1, 1, qNaN -> qNaN */
    TEST_D_RRR(82, fmadd.d, rne, 0x7ff8000000000000, 0, 0x3ff0000000000000, 0x3ff0000000000000, 0x7ff8000000000000)
    /* NaN result is the positive canonical NaN */
    TEST_D_RRR(83, fnmadd.d, rne, 0x7ff8000000000000, 0, 0xfff8000000000000, 0x3ff0000000000000, 0x3ff0000000000000)
    /* sNaN, 1, 1 -> qNaN */
    TEST_D_RRR(84, fmadd.d, rne, 0x7ff8000000000000, FF_NV, 0x7ff0000000000001, 0x3ff0000000000000, 0x3ff0000000000000)
    /* 1, sNaN, 1 -> qNaN */
    TEST_D_RRR(85, fmadd.d, rne, 0x7ff8000000000000, FF_NV, 0x3ff0000000000000, 0x7ff7ffffffffffff, 0x3ff0000000000000)
    /* 1, 1, -sNaN -> qNaN */
    TEST_D_RRR(86, fmadd.d, rne, 0x7ff8000000000000, FF_NV, 0x3ff0000000000000, 0x3ff0000000000000, 0xfff0000000000001)
    /* qNaN, sNaN, qNaN -> qNaN */
    TEST_D_RRR(87, fnmsub.d, rne, 0x7ff8000000000000, FF_NV, 0x7ff8000000000000, 0x7ff0000000000001, 0x7ff8000000000000)

    /* ---- overflow and underflow ---- */
    /* 1.7976931348623157e+308, 1.7976931348623157e+308, -1.7976931348623157e+308 -> inf */
    TEST_D_RRR(88, fmadd.d, rne, 0x7ff0000000000000, FF_OF|FF_NX, 0x7fefffffffffffff, 0x7fefffffffffffff, 0xffefffffffffffff)
    /* 1.7976931348623157e+308, 1.7976931348623157e+308, -1.7976931348623157e+308 ->
       1.7976931348623157e+308 */
    TEST_D_RRR(89, fmadd.d, rtz, 0x7fefffffffffffff, FF_OF|FF_NX, 0x7fefffffffffffff, 0x7fefffffffffffff, 0xffefffffffffffff)
    /* 1.7976931348623157e+308, 1.7976931348623157e+308, -1.7976931348623157e+308 ->
       1.7976931348623157e+308 */
    TEST_D_RRR(90, fmadd.d, rdn, 0x7fefffffffffffff, FF_OF|FF_NX, 0x7fefffffffffffff, 0x7fefffffffffffff, 0xffefffffffffffff)
    /* 1.7976931348623157e+308, 1.7976931348623157e+308, -1.7976931348623157e+308 -> inf */
    TEST_D_RRR(91, fmadd.d, rup, 0x7ff0000000000000, FF_OF|FF_NX, 0x7fefffffffffffff, 0x7fefffffffffffff, 0xffefffffffffffff)
    /* 1.7976931348623157e+308, 1.7976931348623157e+308, -1.7976931348623157e+308 -> inf */
    TEST_D_RRR(92, fmadd.d, rmm, 0x7ff0000000000000, FF_OF|FF_NX, 0x7fefffffffffffff, 0x7fefffffffffffff, 0xffefffffffffffff)
    /* 1.7976931348623157e+308, 2, +0 -> -1.7976931348623157e+308 */
    TEST_D_RRR(93, fnmadd.d, rup, 0xffefffffffffffff, FF_OF|FF_NX, 0x7fefffffffffffff, 0x4000000000000000, 0x0)
    /* 1.7976931348623157e+308, 2, +0 -> -inf */
    TEST_D_RRR(94, fnmadd.d, rdn, 0xfff0000000000000, FF_OF|FF_NX, 0x7fefffffffffffff, 0x4000000000000000, 0x0)
    /* exact subnormal: no flags */
    TEST_D_RRR(95, fmadd.d, rne, 0x8000000000000, 0, 0x10000000000000, 0x3fe0000000000000, 0x0)
    /* exact subnormal difference: no flags */
    TEST_D_RRR(96, fmadd.d, rne, 0x1, 0, 0x3ff0000000000001, 0x10000000000000, 0x8010000000000000)
    /* tie between 0 and min subnormal: UF|NX */
    TEST_D_RRR(97, fmadd.d, rne, 0x0, FF_UF|FF_NX, 0x1, 0x3fe0000000000000, 0x0)
    /* 2^-1074, 0.5, +0 -> +0 */
    TEST_D_RRR(98, fmadd.d, rtz, 0x0, FF_UF|FF_NX, 0x1, 0x3fe0000000000000, 0x0)
    /* 2^-1074, 0.5, +0 -> +0 */
    TEST_D_RRR(99, fmadd.d, rdn, 0x0, FF_UF|FF_NX, 0x1, 0x3fe0000000000000, 0x0)
    /* 2^-1074, 0.5, +0 -> 2^-1074 */
    TEST_D_RRR(100, fmadd.d, rup, 0x1, FF_UF|FF_NX, 0x1, 0x3fe0000000000000, 0x0)
    /* 2^-1074, 0.5, +0 -> 2^-1074 */
    TEST_D_RRR(101, fmadd.d, rmm, 0x1, FF_UF|FF_NX, 0x1, 0x3fe0000000000000, 0x0)
    /* (1-ulp/2)*2^emin: tiny after rounding (RNE gives 2^emin), inexact -> UF */
    TEST_D_RRR(102, fmadd.d, rne, 0x10000000000000, FF_UF|FF_NX, 0x3fefffffffffffff, 0x10000000000000, 0x0)
    /* 0.99999999999999989, 2^-1022, +0 -> 2.2250738585072009e-308 */
    TEST_D_RRR(103, fmadd.d, rtz, 0xfffffffffffff, FF_UF|FF_NX, 0x3fefffffffffffff, 0x10000000000000, 0x0)
    /* 0.99999999999999989, 2^-1022, +0 -> 2.2250738585072009e-308 */
    TEST_D_RRR(104, fmadd.d, rdn, 0xfffffffffffff, FF_UF|FF_NX, 0x3fefffffffffffff, 0x10000000000000, 0x0)
    /* 0.99999999999999989, 2^-1022, +0 -> 2^-1022 */
    TEST_D_RRR(105, fmadd.d, rup, 0x10000000000000, FF_UF|FF_NX, 0x3fefffffffffffff, 0x10000000000000, 0x0)
    /* 0.99999999999999989, 2^-1022, +0 -> 2^-1022 */
    TEST_D_RRR(106, fmadd.d, rmm, 0x10000000000000, FF_UF|FF_NX, 0x3fefffffffffffff, 0x10000000000000, 0x0)

    RVTEST_PASS
RVTEST_END
