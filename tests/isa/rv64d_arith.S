/* rv64d_arith.S: Double-precision arithmetic FADD/FSUB/FMUL/FDIV/FSQRT.D.
 *
 * Written from the RISC-V unprivileged spec (20191213), chapter "F" Standard Extension (v2.2): 11.2
 * Floating-Point Control and Status Register (rounding modes, accrued flags), 11.3 NaN Generation
 * and Propagation (canonical NaN), 11.4 Subnormal Arithmetic (tininess detected after rounding),
 * 11.6 Single-Precision Floating-Point Computational Instructions;
 * chapter "D" Standard Extension (v2.2), 12.4 Double-Precision Floating-Point
 * Computational Instructions;
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
 * Expected values come from an exact rational model of IEEE 754 and were cross-checked on QEMU. */
#include "env.h"
#include "fp_macros.h"

RVTEST_BEGIN

    /* ---- FADD.D: exact results ---- */
    /* 1, 2 -> 3 */
    TEST_D_RR_RM(1, fadd.d, rne, 0x4008000000000000, 0, 0x3ff0000000000000, 0x4000000000000000)
    /* -1, -2 -> -3 */
    TEST_D_RR_RM(2, fadd.d, rne, 0xc008000000000000, 0, 0xbff0000000000000, 0xc000000000000000)
    /* 1.5, -0.25 -> 1.25 */
    TEST_D_RR_RM(3, fadd.d, rne, 0x3ff4000000000000, 0, 0x3ff8000000000000, 0xbfd0000000000000)
    /* 1000, -1000.5 -> -0.5 */
    TEST_D_RR_RM(4, fadd.d, rne, 0xbfe0000000000000, 0, 0x408f400000000000, 0xc08f440000000000)
    TEST_D_RR_RM(5, fadd.d, rne, 0x2, 0, 0x1, 0x1)  /* 2^-1074, 2^-1074 -> 2^-1073 */
    /* max subnormal + min subnormal -> min normal, exact: no UF */
    TEST_D_RR_RM(6, fadd.d, rne, 0x10000000000000, 0, 0xfffffffffffff, 0x1)
    /* min normal - min subnormal -> max subnormal, exact: no UF/NX */
    TEST_D_RR_RM(7, fadd.d, rne, 0xfffffffffffff, 0, 0x10000000000000, 0x8000000000000001)
    /* 1048576, -2^-30 -> 1048575.9999999991 */
    TEST_D_RR_RM(8, fadd.d, rne, 0x412ffffffffffff8, 0, 0x4130000000000000, 0xbe10000000000000)

    /* ---- FADD.D: every static rounding mode (inexact, ties) ---- */
    /* 1, 1.6653345369377348e-16 -> 1.0000000000000002 */
    TEST_D_RR_RM(9, fadd.d, rne, 0x3ff0000000000001, FF_NX, 0x3ff0000000000000, 0x3ca8000000000000)
    /* 1, 1.6653345369377348e-16 -> 1 */
    TEST_D_RR_RM(10, fadd.d, rtz, 0x3ff0000000000000, FF_NX, 0x3ff0000000000000, 0x3ca8000000000000)
    /* 1, 1.6653345369377348e-16 -> 1 */
    TEST_D_RR_RM(11, fadd.d, rdn, 0x3ff0000000000000, FF_NX, 0x3ff0000000000000, 0x3ca8000000000000)
    /* 1, 1.6653345369377348e-16 -> 1.0000000000000002 */
    TEST_D_RR_RM(12, fadd.d, rup, 0x3ff0000000000001, FF_NX, 0x3ff0000000000000, 0x3ca8000000000000)
    /* 1, 1.6653345369377348e-16 -> 1.0000000000000002 */
    TEST_D_RR_RM(13, fadd.d, rmm, 0x3ff0000000000001, FF_NX, 0x3ff0000000000000, 0x3ca8000000000000)
    /* -1, -1.6653345369377348e-16 -> -1.0000000000000002 */
    TEST_D_RR_RM(14, fadd.d, rne, 0xbff0000000000001, FF_NX, 0xbff0000000000000, 0xbca8000000000000)
    /* -1, -1.6653345369377348e-16 -> -1 */
    TEST_D_RR_RM(15, fadd.d, rtz, 0xbff0000000000000, FF_NX, 0xbff0000000000000, 0xbca8000000000000)
    /* -1, -1.6653345369377348e-16 -> -1.0000000000000002 */
    TEST_D_RR_RM(16, fadd.d, rdn, 0xbff0000000000001, FF_NX, 0xbff0000000000000, 0xbca8000000000000)
    /* -1, -1.6653345369377348e-16 -> -1 */
    TEST_D_RR_RM(17, fadd.d, rup, 0xbff0000000000000, FF_NX, 0xbff0000000000000, 0xbca8000000000000)
    /* -1, -1.6653345369377348e-16 -> -1.0000000000000002 */
    TEST_D_RR_RM(18, fadd.d, rmm, 0xbff0000000000001, FF_NX, 0xbff0000000000000, 0xbca8000000000000)
    /* 1, 2^-53 -> 1 */
    TEST_D_RR_RM(19, fadd.d, rne, 0x3ff0000000000000, FF_NX, 0x3ff0000000000000, 0x3ca0000000000000)
    /* 1, 2^-53 -> 1 */
    TEST_D_RR_RM(20, fadd.d, rtz, 0x3ff0000000000000, FF_NX, 0x3ff0000000000000, 0x3ca0000000000000)
    /* 1, 2^-53 -> 1 */
    TEST_D_RR_RM(21, fadd.d, rdn, 0x3ff0000000000000, FF_NX, 0x3ff0000000000000, 0x3ca0000000000000)
    /* 1, 2^-53 -> 1.0000000000000002 */
    TEST_D_RR_RM(22, fadd.d, rup, 0x3ff0000000000001, FF_NX, 0x3ff0000000000000, 0x3ca0000000000000)
    /* 1, 2^-53 -> 1.0000000000000002 */
    TEST_D_RR_RM(23, fadd.d, rmm, 0x3ff0000000000001, FF_NX, 0x3ff0000000000000, 0x3ca0000000000000)
    /* 1.0000000000000002, 2^-53 -> 1.0000000000000004 */
    TEST_D_RR_RM(24, fadd.d, rne, 0x3ff0000000000002, FF_NX, 0x3ff0000000000001, 0x3ca0000000000000)
    /* 1.0000000000000002, 2^-53 -> 1.0000000000000002 */
    TEST_D_RR_RM(25, fadd.d, rtz, 0x3ff0000000000001, FF_NX, 0x3ff0000000000001, 0x3ca0000000000000)
    /* 1.0000000000000002, 2^-53 -> 1.0000000000000002 */
    TEST_D_RR_RM(26, fadd.d, rdn, 0x3ff0000000000001, FF_NX, 0x3ff0000000000001, 0x3ca0000000000000)
    /* 1.0000000000000002, 2^-53 -> 1.0000000000000004 */
    TEST_D_RR_RM(27, fadd.d, rup, 0x3ff0000000000002, FF_NX, 0x3ff0000000000001, 0x3ca0000000000000)
    /* 1.0000000000000002, 2^-53 -> 1.0000000000000004 */
    TEST_D_RR_RM(28, fadd.d, rmm, 0x3ff0000000000002, FF_NX, 0x3ff0000000000001, 0x3ca0000000000000)
    /* -1, -2^-53 -> -1 */
    TEST_D_RR_RM(29, fadd.d, rne, 0xbff0000000000000, FF_NX, 0xbff0000000000000, 0xbca0000000000000)
    /* -1, -2^-53 -> -1 */
    TEST_D_RR_RM(30, fadd.d, rtz, 0xbff0000000000000, FF_NX, 0xbff0000000000000, 0xbca0000000000000)
    /* -1, -2^-53 -> -1.0000000000000002 */
    TEST_D_RR_RM(31, fadd.d, rdn, 0xbff0000000000001, FF_NX, 0xbff0000000000000, 0xbca0000000000000)
    /* -1, -2^-53 -> -1 */
    TEST_D_RR_RM(32, fadd.d, rup, 0xbff0000000000000, FF_NX, 0xbff0000000000000, 0xbca0000000000000)
    /* -1, -2^-53 -> -1.0000000000000002 */
    TEST_D_RR_RM(33, fadd.d, rmm, 0xbff0000000000001, FF_NX, 0xbff0000000000000, 0xbca0000000000000)
    /* 1, 2^-1074 -> 1 */
    TEST_D_RR_RM(34, fadd.d, rne, 0x3ff0000000000000, FF_NX, 0x3ff0000000000000, 0x1)
    /* 1, 2^-1074 -> 1 */
    TEST_D_RR_RM(35, fadd.d, rtz, 0x3ff0000000000000, FF_NX, 0x3ff0000000000000, 0x1)
    /* 1, 2^-1074 -> 1 */
    TEST_D_RR_RM(36, fadd.d, rdn, 0x3ff0000000000000, FF_NX, 0x3ff0000000000000, 0x1)
    /* 1, 2^-1074 -> 1.0000000000000002 */
    TEST_D_RR_RM(37, fadd.d, rup, 0x3ff0000000000001, FF_NX, 0x3ff0000000000000, 0x1)
    /* 1, 2^-1074 -> 1 */
    TEST_D_RR_RM(38, fadd.d, rmm, 0x3ff0000000000000, FF_NX, 0x3ff0000000000000, 0x1)

    /* ---- FADD.D: dynamic rounding mode (rm=dyn, frm = each valid mode) ---- */
    /* 1, 1.6653345369377348e-16 -> 1.0000000000000002 */
    TEST_D_RR_DYN(39, fadd.d, FRM_RNE, 0x3ff0000000000001, FF_NX, 0x3ff0000000000000, 0x3ca8000000000000)
    /* 1, 1.6653345369377348e-16 -> 1 */
    TEST_D_RR_DYN(40, fadd.d, FRM_RTZ, 0x3ff0000000000000, FF_NX, 0x3ff0000000000000, 0x3ca8000000000000)
    /* 1, 1.6653345369377348e-16 -> 1 */
    TEST_D_RR_DYN(41, fadd.d, FRM_RDN, 0x3ff0000000000000, FF_NX, 0x3ff0000000000000, 0x3ca8000000000000)
    /* 1, 1.6653345369377348e-16 -> 1.0000000000000002 */
    TEST_D_RR_DYN(42, fadd.d, FRM_RUP, 0x3ff0000000000001, FF_NX, 0x3ff0000000000000, 0x3ca8000000000000)
    /* 1, 1.6653345369377348e-16 -> 1.0000000000000002 */
    TEST_D_RR_DYN(43, fadd.d, FRM_RMM, 0x3ff0000000000001, FF_NX, 0x3ff0000000000000, 0x3ca8000000000000)
    /* -1, -2^-53 -> -1 */
    TEST_D_RR_DYN(44, fadd.d, FRM_RNE, 0xbff0000000000000, FF_NX, 0xbff0000000000000, 0xbca0000000000000)
    /* -1, -2^-53 -> -1 */
    TEST_D_RR_DYN(45, fadd.d, FRM_RTZ, 0xbff0000000000000, FF_NX, 0xbff0000000000000, 0xbca0000000000000)
    /* -1, -2^-53 -> -1.0000000000000002 */
    TEST_D_RR_DYN(46, fadd.d, FRM_RDN, 0xbff0000000000001, FF_NX, 0xbff0000000000000, 0xbca0000000000000)
    /* -1, -2^-53 -> -1 */
    TEST_D_RR_DYN(47, fadd.d, FRM_RUP, 0xbff0000000000000, FF_NX, 0xbff0000000000000, 0xbca0000000000000)
    /* -1, -2^-53 -> -1.0000000000000002 */
    TEST_D_RR_DYN(48, fadd.d, FRM_RMM, 0xbff0000000000001, FF_NX, 0xbff0000000000000, 0xbca0000000000000)
    fsrmi FRM_RNE;

    /* ---- FADD.D: overflow -> inf or max-finite depending on rounding mode ---- */
    /* 1.7976931348623157e+308, 1.7976931348623157e+308 -> inf */
    TEST_D_RR_RM(49, fadd.d, rne, 0x7ff0000000000000, FF_OF|FF_NX, 0x7fefffffffffffff, 0x7fefffffffffffff)
    /* 1.7976931348623157e+308, 1.7976931348623157e+308 -> 1.7976931348623157e+308 */
    TEST_D_RR_RM(50, fadd.d, rtz, 0x7fefffffffffffff, FF_OF|FF_NX, 0x7fefffffffffffff, 0x7fefffffffffffff)
    /* 1.7976931348623157e+308, 1.7976931348623157e+308 -> 1.7976931348623157e+308 */
    TEST_D_RR_RM(51, fadd.d, rdn, 0x7fefffffffffffff, FF_OF|FF_NX, 0x7fefffffffffffff, 0x7fefffffffffffff)
    /* 1.7976931348623157e+308, 1.7976931348623157e+308 -> inf */
    TEST_D_RR_RM(52, fadd.d, rup, 0x7ff0000000000000, FF_OF|FF_NX, 0x7fefffffffffffff, 0x7fefffffffffffff)
    /* 1.7976931348623157e+308, 1.7976931348623157e+308 -> inf */
    TEST_D_RR_RM(53, fadd.d, rmm, 0x7ff0000000000000, FF_OF|FF_NX, 0x7fefffffffffffff, 0x7fefffffffffffff)
    /* -1.7976931348623157e+308, -1.7976931348623157e+308 -> -inf */
    TEST_D_RR_RM(54, fadd.d, rne, 0xfff0000000000000, FF_OF|FF_NX, 0xffefffffffffffff, 0xffefffffffffffff)
    /* -1.7976931348623157e+308, -1.7976931348623157e+308 -> -1.7976931348623157e+308 */
    TEST_D_RR_RM(55, fadd.d, rtz, 0xffefffffffffffff, FF_OF|FF_NX, 0xffefffffffffffff, 0xffefffffffffffff)
    /* -1.7976931348623157e+308, -1.7976931348623157e+308 -> -inf */
    TEST_D_RR_RM(56, fadd.d, rdn, 0xfff0000000000000, FF_OF|FF_NX, 0xffefffffffffffff, 0xffefffffffffffff)
    /* -1.7976931348623157e+308, -1.7976931348623157e+308 -> -1.7976931348623157e+308 */
    TEST_D_RR_RM(57, fadd.d, rup, 0xffefffffffffffff, FF_OF|FF_NX, 0xffefffffffffffff, 0xffefffffffffffff)
    /* -1.7976931348623157e+308, -1.7976931348623157e+308 -> -inf */
    TEST_D_RR_RM(58, fadd.d, rmm, 0xfff0000000000000, FF_OF|FF_NX, 0xffefffffffffffff, 0xffefffffffffffff)
    /* max + 0.5ulp(max): tie; RNE/RMM/RUP overflow, RTZ/RDN stay max (NX only) */
    TEST_D_RR_RM(59, fadd.d, rne, 0x7ff0000000000000, FF_OF|FF_NX, 0x7fefffffffffffff, 0x7c90000000000000)
    /* 1.7976931348623157e+308, 2^970 -> 1.7976931348623157e+308 */
    TEST_D_RR_RM(60, fadd.d, rtz, 0x7fefffffffffffff, FF_NX, 0x7fefffffffffffff, 0x7c90000000000000)
    /* 1.7976931348623157e+308, 2^970 -> 1.7976931348623157e+308 */
    TEST_D_RR_RM(61, fadd.d, rdn, 0x7fefffffffffffff, FF_NX, 0x7fefffffffffffff, 0x7c90000000000000)
    /* 1.7976931348623157e+308, 2^970 -> inf */
    TEST_D_RR_RM(62, fadd.d, rup, 0x7ff0000000000000, FF_OF|FF_NX, 0x7fefffffffffffff, 0x7c90000000000000)
    /* 1.7976931348623157e+308, 2^970 -> inf */
    TEST_D_RR_RM(63, fadd.d, rmm, 0x7ff0000000000000, FF_OF|FF_NX, 0x7fefffffffffffff, 0x7c90000000000000)
    /* max + 0.25ulp(max): rounds back to max, NX, no OF */
    TEST_D_RR_RM(64, fadd.d, rne, 0x7fefffffffffffff, FF_NX, 0x7fefffffffffffff, 0x7c80000000000000)

    /* ---- FADD.D: signs of exact zero results ---- */
    /* x + -x = +0, but -0 in RDN */
    TEST_D_RR_RM(65, fadd.d, rne, 0x0, 0, 0x3ff0000000000000, 0xbff0000000000000)
    TEST_D_RR_RM(66, fadd.d, rtz, 0x0, 0, 0x3ff0000000000000, 0xbff0000000000000)  /* 1, -1 -> +0 */
    /* 1, -1 -> -0 */
    TEST_D_RR_RM(67, fadd.d, rdn, 0x8000000000000000, 0, 0x3ff0000000000000, 0xbff0000000000000)
    TEST_D_RR_RM(68, fadd.d, rup, 0x0, 0, 0x3ff0000000000000, 0xbff0000000000000)  /* 1, -1 -> +0 */
    TEST_D_RR_RM(69, fadd.d, rmm, 0x0, 0, 0x3ff0000000000000, 0xbff0000000000000)  /* 1, -1 -> +0 */
    TEST_D_RR_RM(70, fadd.d, rne, 0x0, 0, 0x0, 0x8000000000000000)  /* +0, -0 -> +0 */
    /* -0, -0 -> -0 */
    TEST_D_RR_RM(71, fadd.d, rne, 0x8000000000000000, 0, 0x8000000000000000, 0x8000000000000000)
    TEST_D_RR_RM(72, fadd.d, rne, 0x0, 0, 0x0, 0x0)  /* +0, +0 -> +0 */
    /* +0, -0 -> -0 */
    TEST_D_RR_RM(73, fadd.d, rdn, 0x8000000000000000, 0, 0x0, 0x8000000000000000)
    /* -0, -0 -> -0 */
    TEST_D_RR_RM(74, fadd.d, rdn, 0x8000000000000000, 0, 0x8000000000000000, 0x8000000000000000)
    TEST_D_RR_RM(75, fadd.d, rdn, 0x0, 0, 0x0, 0x0)  /* +0, +0 -> +0 */
    /* 2^-1074, -2^-1074 -> -0 */
    TEST_D_RR_RM(76, fadd.d, rdn, 0x8000000000000000, 0, 0x1, 0x8000000000000001)
    /* -0, 1 -> 1 */
    TEST_D_RR_RM(77, fadd.d, rne, 0x3ff0000000000000, 0, 0x8000000000000000, 0x3ff0000000000000)

    /* ---- FADD.D: infinities and NaNs ---- */
    /* inf, 1 -> inf */
    TEST_D_RR_RM(78, fadd.d, rne, 0x7ff0000000000000, 0, 0x7ff0000000000000, 0x3ff0000000000000)
    /* -inf, 1.7976931348623157e+308 -> -inf */
    TEST_D_RR_RM(79, fadd.d, rne, 0xfff0000000000000, 0, 0xfff0000000000000, 0x7fefffffffffffff)
    /* inf, inf -> inf */
    TEST_D_RR_RM(80, fadd.d, rne, 0x7ff0000000000000, 0, 0x7ff0000000000000, 0x7ff0000000000000)
    /* inf + -inf: invalid -> canonical NaN, NV */
    TEST_D_RR_RM(81, fadd.d, rne, 0x7ff8000000000000, FF_NV, 0x7ff0000000000000, 0xfff0000000000000)
    /* -inf, inf -> qNaN */
    TEST_D_RR_RM(82, fadd.d, rne, 0x7ff8000000000000, FF_NV, 0xfff0000000000000, 0x7ff0000000000000)
    /* qNaN, 1 -> qNaN */
    TEST_D_RR_RM(83, fadd.d, rne, 0x7ff8000000000000, 0, 0x7ff8000000000000, 0x3ff0000000000000)
    /* qNaN with payload: canonical NaN, payload not propagated, no NV */
    TEST_D_RR_RM(84, fadd.d, rne, 0x7ff8000000000000, 0, 0x3ff0000000000000, 0x7ff80000deadbeef)
    /* negative qNaN -> positive canonical NaN */
    TEST_D_RR_RM(85, fadd.d, rne, 0x7ff8000000000000, 0, 0xfff8000000000000, 0x3ff0000000000000)
    /* sNaN -> canonical NaN + NV */
    TEST_D_RR_RM(86, fadd.d, rne, 0x7ff8000000000000, FF_NV, 0x7ff0000000000001, 0x3ff0000000000000)
    /* 1, sNaN -> qNaN */
    TEST_D_RR_RM(87, fadd.d, rne, 0x7ff8000000000000, FF_NV, 0x3ff0000000000000, 0x7ff7ffffffffffff)
    /* qNaN, sNaN -> qNaN */
    TEST_D_RR_RM(88, fadd.d, rne, 0x7ff8000000000000, FF_NV, 0x7ff8000000000000, 0x7ff0000000000001)
    /* -sNaN, inf -> qNaN */
    TEST_D_RR_RM(89, fadd.d, rne, 0x7ff8000000000000, FF_NV, 0xfff0000000000001, 0x7ff0000000000000)
    /* inf + qNaN: canonical NaN, no NV */
    TEST_D_RR_RM(90, fadd.d, rne, 0x7ff8000000000000, 0, 0x7ff0000000000000, 0x7ff8000000000000)

    /* ---- FSUB.D ---- */
    /* 3, 1 -> 2 */
    TEST_D_RR_RM(91, fsub.d, rne, 0x4000000000000000, 0, 0x4008000000000000, 0x3ff0000000000000)
    /* 1, 3 -> -2 */
    TEST_D_RR_RM(92, fsub.d, rne, 0xc000000000000000, 0, 0x3ff0000000000000, 0x4008000000000000)
    /* -1, -1 -> +0 */
    TEST_D_RR_RM(93, fsub.d, rne, 0x0, 0, 0xbff0000000000000, 0xbff0000000000000)
    /* 1 - 0.75ulp(1) = tie between 1-ulp/2 (odd) and 1-ulp (even) */
    TEST_D_RR_RM(94, fsub.d, rne, 0x3feffffffffffffe, FF_NX, 0x3ff0000000000000, 0x3ca8000000000000)
    /* 1, 1.6653345369377348e-16 -> 0.99999999999999978 */
    TEST_D_RR_RM(95, fsub.d, rtz, 0x3feffffffffffffe, FF_NX, 0x3ff0000000000000, 0x3ca8000000000000)
    /* 1, 1.6653345369377348e-16 -> 0.99999999999999978 */
    TEST_D_RR_RM(96, fsub.d, rdn, 0x3feffffffffffffe, FF_NX, 0x3ff0000000000000, 0x3ca8000000000000)
    /* 1, 1.6653345369377348e-16 -> 0.99999999999999989 */
    TEST_D_RR_RM(97, fsub.d, rup, 0x3fefffffffffffff, FF_NX, 0x3ff0000000000000, 0x3ca8000000000000)
    /* 1, 1.6653345369377348e-16 -> 0.99999999999999989 */
    TEST_D_RR_RM(98, fsub.d, rmm, 0x3fefffffffffffff, FF_NX, 0x3ff0000000000000, 0x3ca8000000000000)
    /* -1, 1.6653345369377348e-16 -> -1.0000000000000002 */
    TEST_D_RR_RM(99, fsub.d, rne, 0xbff0000000000001, FF_NX, 0xbff0000000000000, 0x3ca8000000000000)
    /* -1, 1.6653345369377348e-16 -> -1 */
    TEST_D_RR_RM(100, fsub.d, rtz, 0xbff0000000000000, FF_NX, 0xbff0000000000000, 0x3ca8000000000000)
    /* -1, 1.6653345369377348e-16 -> -1.0000000000000002 */
    TEST_D_RR_RM(101, fsub.d, rdn, 0xbff0000000000001, FF_NX, 0xbff0000000000000, 0x3ca8000000000000)
    /* -1, 1.6653345369377348e-16 -> -1 */
    TEST_D_RR_RM(102, fsub.d, rup, 0xbff0000000000000, FF_NX, 0xbff0000000000000, 0x3ca8000000000000)
    /* -1, 1.6653345369377348e-16 -> -1.0000000000000002 */
    TEST_D_RR_RM(103, fsub.d, rmm, 0xbff0000000000001, FF_NX, 0xbff0000000000000, 0x3ca8000000000000)
    /* x - x = +0, but -0 in RDN */
    TEST_D_RR_RM(104, fsub.d, rne, 0x0, 0, 0x3ff8000000000000, 0x3ff8000000000000)
    /* 1.5, 1.5 -> +0 */
    TEST_D_RR_RM(105, fsub.d, rtz, 0x0, 0, 0x3ff8000000000000, 0x3ff8000000000000)
    /* 1.5, 1.5 -> -0 */
    TEST_D_RR_RM(106, fsub.d, rdn, 0x8000000000000000, 0, 0x3ff8000000000000, 0x3ff8000000000000)
    /* 1.5, 1.5 -> +0 */
    TEST_D_RR_RM(107, fsub.d, rup, 0x0, 0, 0x3ff8000000000000, 0x3ff8000000000000)
    /* 1.5, 1.5 -> +0 */
    TEST_D_RR_RM(108, fsub.d, rmm, 0x0, 0, 0x3ff8000000000000, 0x3ff8000000000000)
    /* -0, +0 -> -0 */
    TEST_D_RR_RM(109, fsub.d, rne, 0x8000000000000000, 0, 0x8000000000000000, 0x0)
    TEST_D_RR_RM(110, fsub.d, rne, 0x0, 0, 0x0, 0x8000000000000000)  /* +0, -0 -> +0 */
    TEST_D_RR_RM(111, fsub.d, rdn, 0x8000000000000000, 0, 0x0, 0x0)  /* +0, +0 -> -0 */
    /* inf - inf: NV */
    TEST_D_RR_RM(112, fsub.d, rne, 0x7ff8000000000000, FF_NV, 0x7ff0000000000000, 0x7ff0000000000000)
    /* inf, -inf -> inf */
    TEST_D_RR_RM(113, fsub.d, rne, 0x7ff0000000000000, 0, 0x7ff0000000000000, 0xfff0000000000000)
    /* -inf, -inf -> qNaN */
    TEST_D_RR_RM(114, fsub.d, rne, 0x7ff8000000000000, FF_NV, 0xfff0000000000000, 0xfff0000000000000)
    /* -1.7976931348623157e+308, 1.7976931348623157e+308 -> -inf */
    TEST_D_RR_RM(115, fsub.d, rne, 0xfff0000000000000, FF_OF|FF_NX, 0xffefffffffffffff, 0x7fefffffffffffff)
    /* -1.7976931348623157e+308, 1.7976931348623157e+308 -> -1.7976931348623157e+308 */
    TEST_D_RR_RM(116, fsub.d, rtz, 0xffefffffffffffff, FF_OF|FF_NX, 0xffefffffffffffff, 0x7fefffffffffffff)
    /* -1.7976931348623157e+308, 1.7976931348623157e+308 -> -inf */
    TEST_D_RR_RM(117, fsub.d, rdn, 0xfff0000000000000, FF_OF|FF_NX, 0xffefffffffffffff, 0x7fefffffffffffff)
    /* -1.7976931348623157e+308, 1.7976931348623157e+308 -> -1.7976931348623157e+308 */
    TEST_D_RR_RM(118, fsub.d, rup, 0xffefffffffffffff, FF_OF|FF_NX, 0xffefffffffffffff, 0x7fefffffffffffff)
    /* -1.7976931348623157e+308, 1.7976931348623157e+308 -> -inf */
    TEST_D_RR_RM(119, fsub.d, rmm, 0xfff0000000000000, FF_OF|FF_NX, 0xffefffffffffffff, 0x7fefffffffffffff)
    /* sNaN, 1 -> qNaN */
    TEST_D_RR_RM(120, fsub.d, rne, 0x7ff8000000000000, FF_NV, 0x7ff0000000000001, 0x3ff0000000000000)
    /* qNaN, qNaN -> qNaN */
    TEST_D_RR_RM(121, fsub.d, rne, 0x7ff8000000000000, 0, 0x7ff8000000000000, 0x7ff8000000000000)
    /* 2^-1022, 2.2250738585072009e-308 -> 2^-1074 */
    TEST_D_RR_RM(122, fsub.d, rne, 0x1, 0, 0x10000000000000, 0xfffffffffffff)

    /* ---- FMUL.D ---- */
    /* 2, 3 -> 6 */
    TEST_D_RR_RM(123, fmul.d, rne, 0x4018000000000000, 0, 0x4000000000000000, 0x4008000000000000)
    /* -2, 3 -> -6 */
    TEST_D_RR_RM(124, fmul.d, rne, 0xc018000000000000, 0, 0xc000000000000000, 0x4008000000000000)
    /* -0, 5 -> -0 */
    TEST_D_RR_RM(125, fmul.d, rne, 0x8000000000000000, 0, 0x8000000000000000, 0x4014000000000000)
    /* +0, -0 -> -0 */
    TEST_D_RR_RM(126, fmul.d, rne, 0x8000000000000000, 0, 0x0, 0x8000000000000000)
    /* -0, -0 -> +0 */
    TEST_D_RR_RM(127, fmul.d, rne, 0x0, 0, 0x8000000000000000, 0x8000000000000000)
    /* subnormal input, normal exact result */
    TEST_D_RR_RM(128, fmul.d, rne, 0x100000, 0, 0x1, 0x4130000000000000)
    /* (1+2^-26)*(1+2^-27): exact tie, RNE rounds to even (down), RMM up */
    TEST_D_RR_RM(129, fmul.d, rne, 0x3ff0000006000000, FF_NX, 0x3ff0000004000000, 0x3ff0000002000000)
    /* 1.0000000149011612, 1.0000000074505806 -> 1.0000000223517418 */
    TEST_D_RR_RM(130, fmul.d, rtz, 0x3ff0000006000000, FF_NX, 0x3ff0000004000000, 0x3ff0000002000000)
    /* 1.0000000149011612, 1.0000000074505806 -> 1.0000000223517418 */
    TEST_D_RR_RM(131, fmul.d, rdn, 0x3ff0000006000000, FF_NX, 0x3ff0000004000000, 0x3ff0000002000000)
    /* 1.0000000149011612, 1.0000000074505806 -> 1.000000022351742 */
    TEST_D_RR_RM(132, fmul.d, rup, 0x3ff0000006000001, FF_NX, 0x3ff0000004000000, 0x3ff0000002000000)
    /* 1.0000000149011612, 1.0000000074505806 -> 1.000000022351742 */
    TEST_D_RR_RM(133, fmul.d, rmm, 0x3ff0000006000001, FF_NX, 0x3ff0000004000000, 0x3ff0000002000000)
    /* -1.0000000149011612, 1.0000000074505806 -> -1.0000000223517418 */
    TEST_D_RR_RM(134, fmul.d, rne, 0xbff0000006000000, FF_NX, 0xbff0000004000000, 0x3ff0000002000000)
    /* -1.0000000149011612, 1.0000000074505806 -> -1.0000000223517418 */
    TEST_D_RR_RM(135, fmul.d, rtz, 0xbff0000006000000, FF_NX, 0xbff0000004000000, 0x3ff0000002000000)
    /* -1.0000000149011612, 1.0000000074505806 -> -1.000000022351742 */
    TEST_D_RR_RM(136, fmul.d, rdn, 0xbff0000006000001, FF_NX, 0xbff0000004000000, 0x3ff0000002000000)
    /* -1.0000000149011612, 1.0000000074505806 -> -1.0000000223517418 */
    TEST_D_RR_RM(137, fmul.d, rup, 0xbff0000006000000, FF_NX, 0xbff0000004000000, 0x3ff0000002000000)
    /* -1.0000000149011612, 1.0000000074505806 -> -1.000000022351742 */
    TEST_D_RR_RM(138, fmul.d, rmm, 0xbff0000006000001, FF_NX, 0xbff0000004000000, 0x3ff0000002000000)
    /* 0.33333333333333331, 3 -> 1 */
    TEST_D_RR_RM(139, fmul.d, rne, 0x3ff0000000000000, FF_NX, 0x3fd5555555555555, 0x4008000000000000)
    /* 0.33333333333333331, 3 -> 0.99999999999999989 */
    TEST_D_RR_RM(140, fmul.d, rtz, 0x3fefffffffffffff, FF_NX, 0x3fd5555555555555, 0x4008000000000000)
    /* 0.33333333333333331, 3 -> 0.99999999999999989 */
    TEST_D_RR_RM(141, fmul.d, rdn, 0x3fefffffffffffff, FF_NX, 0x3fd5555555555555, 0x4008000000000000)
    /* 0.33333333333333331, 3 -> 1 */
    TEST_D_RR_RM(142, fmul.d, rup, 0x3ff0000000000000, FF_NX, 0x3fd5555555555555, 0x4008000000000000)
    /* 0.33333333333333331, 3 -> 1 */
    TEST_D_RR_RM(143, fmul.d, rmm, 0x3ff0000000000000, FF_NX, 0x3fd5555555555555, 0x4008000000000000)

    /* ---- FMUL.D: overflow ---- */
    /* 1.7976931348623157e+308, 2 -> inf */
    TEST_D_RR_RM(144, fmul.d, rne, 0x7ff0000000000000, FF_OF|FF_NX, 0x7fefffffffffffff, 0x4000000000000000)
    /* 1.7976931348623157e+308, 2 -> 1.7976931348623157e+308 */
    TEST_D_RR_RM(145, fmul.d, rtz, 0x7fefffffffffffff, FF_OF|FF_NX, 0x7fefffffffffffff, 0x4000000000000000)
    /* 1.7976931348623157e+308, 2 -> 1.7976931348623157e+308 */
    TEST_D_RR_RM(146, fmul.d, rdn, 0x7fefffffffffffff, FF_OF|FF_NX, 0x7fefffffffffffff, 0x4000000000000000)
    /* 1.7976931348623157e+308, 2 -> inf */
    TEST_D_RR_RM(147, fmul.d, rup, 0x7ff0000000000000, FF_OF|FF_NX, 0x7fefffffffffffff, 0x4000000000000000)
    /* 1.7976931348623157e+308, 2 -> inf */
    TEST_D_RR_RM(148, fmul.d, rmm, 0x7ff0000000000000, FF_OF|FF_NX, 0x7fefffffffffffff, 0x4000000000000000)
    /* -1.7976931348623157e+308, 2 -> -inf */
    TEST_D_RR_RM(149, fmul.d, rdn, 0xfff0000000000000, FF_OF|FF_NX, 0xffefffffffffffff, 0x4000000000000000)
    /* -1.7976931348623157e+308, 2 -> -1.7976931348623157e+308 */
    TEST_D_RR_RM(150, fmul.d, rup, 0xffefffffffffffff, FF_OF|FF_NX, 0xffefffffffffffff, 0x4000000000000000)
    /* 2^512 * 2^512 = 2^1024: overflow */
    TEST_D_RR_RM(151, fmul.d, rne, 0x7ff0000000000000, FF_OF|FF_NX, 0x5ff0000000000000, 0x5ff0000000000000)

    /* ---- FMUL.D: underflow (tininess after rounding), subnormal results ---- */
    /* min normal * 0.5: exact subnormal -> no UF (UF needs inexact) */
    TEST_D_RR_RM(152, fmul.d, rne, 0x8000000000000, 0, 0x10000000000000, 0x3fe0000000000000)
    /* 3*2^emin * 0.25: exact subnormal */
    TEST_D_RR_RM(153, fmul.d, rne, 0xc000000000000, 0, 0x28000000000000, 0x3fd0000000000000)
    /* min subnormal * 0.5: tie between 0 and min subnormal */
    TEST_D_RR_RM(154, fmul.d, rne, 0x0, FF_UF|FF_NX, 0x1, 0x3fe0000000000000)
    /* 2^-1074, 0.5 -> +0 */
    TEST_D_RR_RM(155, fmul.d, rtz, 0x0, FF_UF|FF_NX, 0x1, 0x3fe0000000000000)
    /* 2^-1074, 0.5 -> +0 */
    TEST_D_RR_RM(156, fmul.d, rdn, 0x0, FF_UF|FF_NX, 0x1, 0x3fe0000000000000)
    /* 2^-1074, 0.5 -> 2^-1074 */
    TEST_D_RR_RM(157, fmul.d, rup, 0x1, FF_UF|FF_NX, 0x1, 0x3fe0000000000000)
    /* 2^-1074, 0.5 -> 2^-1074 */
    TEST_D_RR_RM(158, fmul.d, rmm, 0x1, FF_UF|FF_NX, 0x1, 0x3fe0000000000000)
    /* -2^-1074, 0.5 -> -0 */
    TEST_D_RR_RM(159, fmul.d, rne, 0x8000000000000000, FF_UF|FF_NX, 0x8000000000000001, 0x3fe0000000000000)
    /* -2^-1074, 0.5 -> -0 */
    TEST_D_RR_RM(160, fmul.d, rtz, 0x8000000000000000, FF_UF|FF_NX, 0x8000000000000001, 0x3fe0000000000000)
    /* -2^-1074, 0.5 -> -2^-1074 */
    TEST_D_RR_RM(161, fmul.d, rdn, 0x8000000000000001, FF_UF|FF_NX, 0x8000000000000001, 0x3fe0000000000000)
    /* -2^-1074, 0.5 -> -0 */
    TEST_D_RR_RM(162, fmul.d, rup, 0x8000000000000000, FF_UF|FF_NX, 0x8000000000000001, 0x3fe0000000000000)
    /* -2^-1074, 0.5 -> -2^-1074 */
    TEST_D_RR_RM(163, fmul.d, rmm, 0x8000000000000001, FF_UF|FF_NX, 0x8000000000000001, 0x3fe0000000000000)
    /* (1+ulp)*maxsub = 2^emin*(1-ulp^2): not tiny after rounding (unbounded-exponent rounding
       gives 2^emin) -> NX only; tiny before rounding */
    TEST_D_RR_RM(164, fmul.d, rne, 0x10000000000000, FF_NX, 0x3ff0000000000001, 0xfffffffffffff)
    /* 1.0000000000000002, 2.2250738585072009e-308 -> 2.2250738585072009e-308 */
    TEST_D_RR_RM(165, fmul.d, rtz, 0xfffffffffffff, FF_UF|FF_NX, 0x3ff0000000000001, 0xfffffffffffff)
    /* 1.0000000000000002, 2.2250738585072009e-308 -> 2.2250738585072009e-308 */
    TEST_D_RR_RM(166, fmul.d, rdn, 0xfffffffffffff, FF_UF|FF_NX, 0x3ff0000000000001, 0xfffffffffffff)
    /* 1.0000000000000002, 2.2250738585072009e-308 -> 2^-1022 */
    TEST_D_RR_RM(167, fmul.d, rup, 0x10000000000000, FF_NX, 0x3ff0000000000001, 0xfffffffffffff)
    /* 1.0000000000000002, 2.2250738585072009e-308 -> 2^-1022 */
    TEST_D_RR_RM(168, fmul.d, rmm, 0x10000000000000, FF_NX, 0x3ff0000000000001, 0xfffffffffffff)
    /* (1-ulp/2)*2^emin: fits p bits below 2^emin, so tiny even though RNE gives 2^emin; inexact
       -> UF */
    TEST_D_RR_RM(169, fmul.d, rne, 0x10000000000000, FF_UF|FF_NX, 0x3fefffffffffffff, 0x10000000000000)
    /* 0.99999999999999989, 2^-1022 -> 2.2250738585072009e-308 */
    TEST_D_RR_RM(170, fmul.d, rtz, 0xfffffffffffff, FF_UF|FF_NX, 0x3fefffffffffffff, 0x10000000000000)
    /* 0.99999999999999989, 2^-1022 -> 2.2250738585072009e-308 */
    TEST_D_RR_RM(171, fmul.d, rdn, 0xfffffffffffff, FF_UF|FF_NX, 0x3fefffffffffffff, 0x10000000000000)
    /* 0.99999999999999989, 2^-1022 -> 2^-1022 */
    TEST_D_RR_RM(172, fmul.d, rup, 0x10000000000000, FF_UF|FF_NX, 0x3fefffffffffffff, 0x10000000000000)
    /* 0.99999999999999989, 2^-1022 -> 2^-1022 */
    TEST_D_RR_RM(173, fmul.d, rmm, 0x10000000000000, FF_UF|FF_NX, 0x3fefffffffffffff, 0x10000000000000)
    TEST_D_RR_RM(174, fmul.d, rne, 0x0, FF_UF|FF_NX, 0x1, 0x1)  /* underflow to +0: UF|NX */
    TEST_D_RR_RM(175, fmul.d, rup, 0x1, FF_UF|FF_NX, 0x1, 0x1)  /* 2^-1074, 2^-1074 -> 2^-1074 */
    /* -2^-1074, 2^-1074 -> -2^-1074 */
    TEST_D_RR_RM(176, fmul.d, rdn, 0x8000000000000001, FF_UF|FF_NX, 0x8000000000000001, 0x1)

    /* ---- FMUL.D: invalid and NaN ---- */
    /* inf * 0: NV */
    TEST_D_RR_RM(177, fmul.d, rne, 0x7ff8000000000000, FF_NV, 0x7ff0000000000000, 0x0)
    /* -0, -inf -> qNaN */
    TEST_D_RR_RM(178, fmul.d, rne, 0x7ff8000000000000, FF_NV, 0x8000000000000000, 0xfff0000000000000)
    /* inf, -2 -> -inf */
    TEST_D_RR_RM(179, fmul.d, rne, 0xfff0000000000000, 0, 0x7ff0000000000000, 0xc000000000000000)
    /* -inf, -inf -> inf */
    TEST_D_RR_RM(180, fmul.d, rne, 0x7ff0000000000000, 0, 0xfff0000000000000, 0xfff0000000000000)
    /* qNaN * 0: canonical NaN, no NV */
    TEST_D_RR_RM(181, fmul.d, rne, 0x7ff8000000000000, 0, 0x7ff8000000000000, 0x0)
    /* sNaN, inf -> qNaN */
    TEST_D_RR_RM(182, fmul.d, rne, 0x7ff8000000000000, FF_NV, 0x7ff0000000000001, 0x7ff0000000000000)
    /* 1, -sNaN -> qNaN */
    TEST_D_RR_RM(183, fmul.d, rne, 0x7ff8000000000000, FF_NV, 0x3ff0000000000000, 0xfff0000000000001)

    /* ---- FDIV.D ---- */
    /* 6, 3 -> 2 */
    TEST_D_RR_RM(184, fdiv.d, rne, 0x4000000000000000, 0, 0x4018000000000000, 0x4008000000000000)
    /* -1, 8 -> -0.125 */
    TEST_D_RR_RM(185, fdiv.d, rne, 0xbfc0000000000000, 0, 0xbff0000000000000, 0x4020000000000000)
    /* 1, 3 -> 0.33333333333333331 */
    TEST_D_RR_RM(186, fdiv.d, rne, 0x3fd5555555555555, FF_NX, 0x3ff0000000000000, 0x4008000000000000)
    /* 1, 3 -> 0.33333333333333331 */
    TEST_D_RR_RM(187, fdiv.d, rtz, 0x3fd5555555555555, FF_NX, 0x3ff0000000000000, 0x4008000000000000)
    /* 1, 3 -> 0.33333333333333331 */
    TEST_D_RR_RM(188, fdiv.d, rdn, 0x3fd5555555555555, FF_NX, 0x3ff0000000000000, 0x4008000000000000)
    /* 1, 3 -> 0.33333333333333337 */
    TEST_D_RR_RM(189, fdiv.d, rup, 0x3fd5555555555556, FF_NX, 0x3ff0000000000000, 0x4008000000000000)
    /* 1, 3 -> 0.33333333333333331 */
    TEST_D_RR_RM(190, fdiv.d, rmm, 0x3fd5555555555555, FF_NX, 0x3ff0000000000000, 0x4008000000000000)
    /* -1, 3 -> -0.33333333333333331 */
    TEST_D_RR_RM(191, fdiv.d, rne, 0xbfd5555555555555, FF_NX, 0xbff0000000000000, 0x4008000000000000)
    /* -1, 3 -> -0.33333333333333331 */
    TEST_D_RR_RM(192, fdiv.d, rtz, 0xbfd5555555555555, FF_NX, 0xbff0000000000000, 0x4008000000000000)
    /* -1, 3 -> -0.33333333333333337 */
    TEST_D_RR_RM(193, fdiv.d, rdn, 0xbfd5555555555556, FF_NX, 0xbff0000000000000, 0x4008000000000000)
    /* -1, 3 -> -0.33333333333333331 */
    TEST_D_RR_RM(194, fdiv.d, rup, 0xbfd5555555555555, FF_NX, 0xbff0000000000000, 0x4008000000000000)
    /* -1, 3 -> -0.33333333333333331 */
    TEST_D_RR_RM(195, fdiv.d, rmm, 0xbfd5555555555555, FF_NX, 0xbff0000000000000, 0x4008000000000000)
    /* 2, 3 -> 0.66666666666666663 */
    TEST_D_RR_RM(196, fdiv.d, rne, 0x3fe5555555555555, FF_NX, 0x4000000000000000, 0x4008000000000000)
    /* 2, 3 -> 0.66666666666666663 */
    TEST_D_RR_RM(197, fdiv.d, rtz, 0x3fe5555555555555, FF_NX, 0x4000000000000000, 0x4008000000000000)
    /* 2, 3 -> 0.66666666666666663 */
    TEST_D_RR_RM(198, fdiv.d, rdn, 0x3fe5555555555555, FF_NX, 0x4000000000000000, 0x4008000000000000)
    /* 2, 3 -> 0.66666666666666674 */
    TEST_D_RR_RM(199, fdiv.d, rup, 0x3fe5555555555556, FF_NX, 0x4000000000000000, 0x4008000000000000)
    /* 2, 3 -> 0.66666666666666663 */
    TEST_D_RR_RM(200, fdiv.d, rmm, 0x3fe5555555555555, FF_NX, 0x4000000000000000, 0x4008000000000000)
    /* 1/5 rounds up under RNE */
    TEST_D_RR_RM(201, fdiv.d, rne, 0x3fc999999999999a, FF_NX, 0x3ff0000000000000, 0x4014000000000000)
    /* 1, 5 -> 0.19999999999999998 */
    TEST_D_RR_RM(202, fdiv.d, rtz, 0x3fc9999999999999, FF_NX, 0x3ff0000000000000, 0x4014000000000000)
    /* 1, 5 -> 0.19999999999999998 */
    TEST_D_RR_RM(203, fdiv.d, rdn, 0x3fc9999999999999, FF_NX, 0x3ff0000000000000, 0x4014000000000000)
    /* 1, 5 -> 0.20000000000000001 */
    TEST_D_RR_RM(204, fdiv.d, rup, 0x3fc999999999999a, FF_NX, 0x3ff0000000000000, 0x4014000000000000)
    /* 1, 5 -> 0.20000000000000001 */
    TEST_D_RR_RM(205, fdiv.d, rmm, 0x3fc999999999999a, FF_NX, 0x3ff0000000000000, 0x4014000000000000)

    /* ---- FDIV.D: division by zero and invalid ---- */
    /* 1/+0 = +inf, DZ */
    TEST_D_RR_RM(206, fdiv.d, rne, 0x7ff0000000000000, FF_DZ, 0x3ff0000000000000, 0x0)
    /* -1, +0 -> -inf */
    TEST_D_RR_RM(207, fdiv.d, rne, 0xfff0000000000000, FF_DZ, 0xbff0000000000000, 0x0)
    /* 1, -0 -> -inf */
    TEST_D_RR_RM(208, fdiv.d, rne, 0xfff0000000000000, FF_DZ, 0x3ff0000000000000, 0x8000000000000000)
    /* 2^-1074, -0 -> -inf */
    TEST_D_RR_RM(209, fdiv.d, rne, 0xfff0000000000000, FF_DZ, 0x1, 0x8000000000000000)
    TEST_D_RR_RM(210, fdiv.d, rne, 0x7ff8000000000000, FF_NV, 0x0, 0x0)  /* 0/0: NV (not DZ) */
    /* -0, +0 -> qNaN */
    TEST_D_RR_RM(211, fdiv.d, rne, 0x7ff8000000000000, FF_NV, 0x8000000000000000, 0x0)
    /* inf/inf: NV */
    TEST_D_RR_RM(212, fdiv.d, rne, 0x7ff8000000000000, FF_NV, 0x7ff0000000000000, 0x7ff0000000000000)
    /* inf/0 = inf, no DZ (dividend not finite) */
    TEST_D_RR_RM(213, fdiv.d, rne, 0x7ff0000000000000, 0, 0x7ff0000000000000, 0x0)
    /* -inf, 2 -> -inf */
    TEST_D_RR_RM(214, fdiv.d, rne, 0xfff0000000000000, 0, 0xfff0000000000000, 0x4000000000000000)
    TEST_D_RR_RM(215, fdiv.d, rne, 0x0, 0, 0x0, 0x7ff0000000000000)  /* +0, inf -> +0 */
    /* 1, -inf -> -0 */
    TEST_D_RR_RM(216, fdiv.d, rne, 0x8000000000000000, 0, 0x3ff0000000000000, 0xfff0000000000000)
    /* -0, 5 -> -0 */
    TEST_D_RR_RM(217, fdiv.d, rne, 0x8000000000000000, 0, 0x8000000000000000, 0x4014000000000000)
    /* qNaN/0: canonical NaN, no DZ */
    TEST_D_RR_RM(218, fdiv.d, rne, 0x7ff8000000000000, 0, 0x7ff8000000000000, 0x0)
    /* sNaN, 1 -> qNaN */
    TEST_D_RR_RM(219, fdiv.d, rne, 0x7ff8000000000000, FF_NV, 0x7ff0000000000001, 0x3ff0000000000000)
    /* 1, sNaN -> qNaN */
    TEST_D_RR_RM(220, fdiv.d, rne, 0x7ff8000000000000, FF_NV, 0x3ff0000000000000, 0x7ff0000000000001)

    /* ---- FDIV.D: overflow / underflow ---- */
    /* 1.7976931348623157e+308, 0.5 -> inf */
    TEST_D_RR_RM(221, fdiv.d, rne, 0x7ff0000000000000, FF_OF|FF_NX, 0x7fefffffffffffff, 0x3fe0000000000000)
    /* 1.7976931348623157e+308, 0.5 -> 1.7976931348623157e+308 */
    TEST_D_RR_RM(222, fdiv.d, rtz, 0x7fefffffffffffff, FF_OF|FF_NX, 0x7fefffffffffffff, 0x3fe0000000000000)
    /* 1.7976931348623157e+308, 0.5 -> 1.7976931348623157e+308 */
    TEST_D_RR_RM(223, fdiv.d, rdn, 0x7fefffffffffffff, FF_OF|FF_NX, 0x7fefffffffffffff, 0x3fe0000000000000)
    /* 1.7976931348623157e+308, 0.5 -> inf */
    TEST_D_RR_RM(224, fdiv.d, rup, 0x7ff0000000000000, FF_OF|FF_NX, 0x7fefffffffffffff, 0x3fe0000000000000)
    /* 1.7976931348623157e+308, 0.5 -> inf */
    TEST_D_RR_RM(225, fdiv.d, rmm, 0x7ff0000000000000, FF_OF|FF_NX, 0x7fefffffffffffff, 0x3fe0000000000000)
    /* -1.7976931348623157e+308, 0.5 -> -1.7976931348623157e+308 */
    TEST_D_RR_RM(226, fdiv.d, rtz, 0xffefffffffffffff, FF_OF|FF_NX, 0xffefffffffffffff, 0x3fe0000000000000)
    /* exact subnormal: no flags */
    TEST_D_RR_RM(227, fdiv.d, rne, 0x8000000000000, 0, 0x10000000000000, 0x4000000000000000)
    /* 2^-1022, 3 -> 7.4169128616906696e-309 */
    TEST_D_RR_RM(228, fdiv.d, rne, 0x5555555555555, FF_UF|FF_NX, 0x10000000000000, 0x4008000000000000)
    /* 2^-1022, 3 -> 7.4169128616906696e-309 */
    TEST_D_RR_RM(229, fdiv.d, rtz, 0x5555555555555, FF_UF|FF_NX, 0x10000000000000, 0x4008000000000000)
    /* 2^-1022, 3 -> 7.4169128616906696e-309 */
    TEST_D_RR_RM(230, fdiv.d, rdn, 0x5555555555555, FF_UF|FF_NX, 0x10000000000000, 0x4008000000000000)
    /* 2^-1022, 3 -> 7.4169128616906746e-309 */
    TEST_D_RR_RM(231, fdiv.d, rup, 0x5555555555556, FF_UF|FF_NX, 0x10000000000000, 0x4008000000000000)
    /* 2^-1022, 3 -> 7.4169128616906696e-309 */
    TEST_D_RR_RM(232, fdiv.d, rmm, 0x5555555555555, FF_UF|FF_NX, 0x10000000000000, 0x4008000000000000)
    /* 2^-1074, 1024 -> +0 */
    TEST_D_RR_RM(233, fdiv.d, rne, 0x0, FF_UF|FF_NX, 0x1, 0x4090000000000000)
    /* 2^-1074, 1024 -> 2^-1074 */
    TEST_D_RR_RM(234, fdiv.d, rup, 0x1, FF_UF|FF_NX, 0x1, 0x4090000000000000)

    /* ---- FSQRT.D ---- */
    TEST_D_R_RM(235, fsqrt.d, rne, 0x4000000000000000, 0, 0x4010000000000000)  /* 4 -> 2 */
    TEST_D_R_RM(236, fsqrt.d, rne, 0x3fe0000000000000, 0, 0x3fd0000000000000)  /* 0.25 -> 0.5 */
    /* sqrt(2^-1073) exact, from a subnormal */
    TEST_D_R_RM(237, fsqrt.d, rne, 0x1e66a09e667f3bcd, FF_NX, 0x2)
    /* 2 -> 1.4142135623730951 */
    TEST_D_R_RM(238, fsqrt.d, rne, 0x3ff6a09e667f3bcd, FF_NX, 0x4000000000000000)
    /* 2 -> 1.4142135623730949 */
    TEST_D_R_RM(239, fsqrt.d, rtz, 0x3ff6a09e667f3bcc, FF_NX, 0x4000000000000000)
    /* 2 -> 1.4142135623730949 */
    TEST_D_R_RM(240, fsqrt.d, rdn, 0x3ff6a09e667f3bcc, FF_NX, 0x4000000000000000)
    /* 2 -> 1.4142135623730951 */
    TEST_D_R_RM(241, fsqrt.d, rup, 0x3ff6a09e667f3bcd, FF_NX, 0x4000000000000000)
    /* 2 -> 1.4142135623730951 */
    TEST_D_R_RM(242, fsqrt.d, rmm, 0x3ff6a09e667f3bcd, FF_NX, 0x4000000000000000)
    /* 5 -> 2.2360679774997898 */
    TEST_D_R_RM(243, fsqrt.d, rne, 0x4001e3779b97f4a8, FF_NX, 0x4014000000000000)
    /* 5 -> 2.2360679774997894 */
    TEST_D_R_RM(244, fsqrt.d, rtz, 0x4001e3779b97f4a7, FF_NX, 0x4014000000000000)
    /* 5 -> 2.2360679774997894 */
    TEST_D_R_RM(245, fsqrt.d, rdn, 0x4001e3779b97f4a7, FF_NX, 0x4014000000000000)
    /* 5 -> 2.2360679774997898 */
    TEST_D_R_RM(246, fsqrt.d, rup, 0x4001e3779b97f4a8, FF_NX, 0x4014000000000000)
    /* 5 -> 2.2360679774997898 */
    TEST_D_R_RM(247, fsqrt.d, rmm, 0x4001e3779b97f4a8, FF_NX, 0x4014000000000000)
    TEST_D_R_RM(248, fsqrt.d, rne, 0x1e60000000000000, 0, 0x1)  /* 2^-1074 -> 2^-537 */
    /* 1.7976931348623157e+308 -> 2^512 */
    TEST_D_R_RM(249, fsqrt.d, rup, 0x5ff0000000000000, FF_NX, 0x7fefffffffffffff)
    TEST_D_R_RM(250, fsqrt.d, rne, 0x0, 0, 0x0)  /* +0 -> +0 */
    /* sqrt(-0) = -0, no flags */
    TEST_D_R_RM(251, fsqrt.d, rne, 0x8000000000000000, 0, 0x8000000000000000)
    TEST_D_R_RM(252, fsqrt.d, rne, 0x7ff0000000000000, 0, 0x7ff0000000000000)  /* inf -> inf */
    /* sqrt(-1): canonical NaN, NV */
    TEST_D_R_RM(253, fsqrt.d, rne, 0x7ff8000000000000, FF_NV, 0xbff0000000000000)
    /* -2^-1074 -> qNaN */
    TEST_D_R_RM(254, fsqrt.d, rne, 0x7ff8000000000000, FF_NV, 0x8000000000000001)
    /* -inf -> qNaN */
    TEST_D_R_RM(255, fsqrt.d, rne, 0x7ff8000000000000, FF_NV, 0xfff0000000000000)
    /* qNaN(0x7ff80000deadbeef) -> qNaN */
    TEST_D_R_RM(256, fsqrt.d, rne, 0x7ff8000000000000, 0, 0x7ff80000deadbeef)
    /* -qNaN(0xfff8000000000000) -> qNaN */
    TEST_D_R_RM(257, fsqrt.d, rne, 0x7ff8000000000000, 0, 0xfff8000000000000)
    /* sNaN -> qNaN */
    TEST_D_R_RM(258, fsqrt.d, rne, 0x7ff8000000000000, FF_NV, 0x7ff0000000000001)

    /* ---- dynamic rounding mode for MUL/DIV/SQRT ---- */
    /* 1.0000000149011612, 1.0000000074505806 -> 1.0000000223517418 */
    TEST_D_RR_DYN(259, fmul.d, FRM_RNE, 0x3ff0000006000000, FF_NX, 0x3ff0000004000000, 0x3ff0000002000000)
    /* 1.0000000149011612, 1.0000000074505806 -> 1.0000000223517418 */
    TEST_D_RR_DYN(260, fmul.d, FRM_RTZ, 0x3ff0000006000000, FF_NX, 0x3ff0000004000000, 0x3ff0000002000000)
    /* 1.0000000149011612, 1.0000000074505806 -> 1.0000000223517418 */
    TEST_D_RR_DYN(261, fmul.d, FRM_RDN, 0x3ff0000006000000, FF_NX, 0x3ff0000004000000, 0x3ff0000002000000)
    /* 1.0000000149011612, 1.0000000074505806 -> 1.000000022351742 */
    TEST_D_RR_DYN(262, fmul.d, FRM_RUP, 0x3ff0000006000001, FF_NX, 0x3ff0000004000000, 0x3ff0000002000000)
    /* 1.0000000149011612, 1.0000000074505806 -> 1.000000022351742 */
    TEST_D_RR_DYN(263, fmul.d, FRM_RMM, 0x3ff0000006000001, FF_NX, 0x3ff0000004000000, 0x3ff0000002000000)
    /* -1, 3 -> -0.33333333333333331 */
    TEST_D_RR_DYN(264, fdiv.d, FRM_RTZ, 0xbfd5555555555555, FF_NX, 0xbff0000000000000, 0x4008000000000000)
    /* -1, 3 -> -0.33333333333333337 */
    TEST_D_RR_DYN(265, fdiv.d, FRM_RDN, 0xbfd5555555555556, FF_NX, 0xbff0000000000000, 0x4008000000000000)
    /* -1, 3 -> -0.33333333333333331 */
    TEST_D_RR_DYN(266, fdiv.d, FRM_RUP, 0xbfd5555555555555, FF_NX, 0xbff0000000000000, 0x4008000000000000)
    /* 2 -> 1.4142135623730949 */
    TEST_D_R_DYN(267, fsqrt.d, FRM_RDN, 0x3ff6a09e667f3bcc, FF_NX, 0x4000000000000000)
    /* 2 -> 1.4142135623730951 */
    TEST_D_R_DYN(268, fsqrt.d, FRM_RUP, 0x3ff6a09e667f3bcd, FF_NX, 0x4000000000000000)
    fsrmi FRM_RNE;

    RVTEST_PASS
RVTEST_END
