/* rv64f_minmax_sgnj.S: Single-precision FMIN/FMAX.S and FSGNJ/FSGNJN/FSGNJX.S.
 *
 * Written from the RISC-V unprivileged spec (20191213), chapter "F" Standard Extension (v2.2),
 * 11.6 (FMIN/FMAX are IEEE 754-201x minimumNumber/maximumNumber: -0 < +0; one NaN input returns
 * the other operand; both NaN -> canonical NaN; any sNaN input sets NV even when the result is not
 * NaN) and 11.7 (sign injection takes all bits but the sign from rs1, sets no flags and does not
 * canonicalize NaNs).
 * NaN-boxing (12.2): an improperly boxed input is the canonical NaN, for FMIN/FMAX and for sign
 * injection alike (FSGNJ.S of an unboxed rs1 yields 0x7fc00000 with the injected sign; an unboxed
 * rs2 contributes the canonical NaN's + sign).
 * Every case checks the full 64-bit result register and the exact fflags. */
#include "env.h"
#include "fp_macros.h"

RVTEST_BEGIN

    /* ---- FMIN.S ---- */
    TEST_S_RR(1, fmin.s, 0x3f800000, 0, 0x3f800000, 0x40000000)  /* 1, 2 -> 1 */
    TEST_S_RR(2, fmin.s, 0x3f800000, 0, 0x40000000, 0x3f800000)  /* 2, 1 -> 1 */
    TEST_S_RR(3, fmin.s, 0xbf800000, 0, 0xbf800000, 0x3f800000)  /* -1, 1 -> -1 */
    TEST_S_RR(4, fmin.s, 0xc0400000, 0, 0xc0000000, 0xc0400000)  /* -2, -3 -> -3 */
    TEST_S_RR(5, fmin.s, 0x80000000, 0, 0x80000000, 0x0)  /* -0 < +0 for FMIN/FMAX */
    TEST_S_RR(6, fmin.s, 0x80000000, 0, 0x0, 0x80000000)  /* +0, -0 -> -0 */
    TEST_S_RR(7, fmin.s, 0x80000000, 0, 0x80000000, 0x80000000)  /* -0, -0 -> -0 */
    /* inf, 3.40282347e+38 -> 3.40282347e+38 */
    TEST_S_RR(8, fmin.s, 0x7f7fffff, 0, 0x7f800000, 0x7f7fffff)
    TEST_S_RR(9, fmin.s, 0xff800000, 0, 0xff800000, 0xff7fffff)  /* -inf, -3.40282347e+38 -> -inf */
    TEST_S_RR(10, fmin.s, 0x80000001, 0, 0x1, 0x80000001)  /* 2^-149, -2^-149 -> -2^-149 */
    /* one qNaN: the other operand, no flags */
    TEST_S_RR(11, fmin.s, 0x3f800000, 0, 0x7fc00000, 0x3f800000)
    TEST_S_RR(12, fmin.s, 0x3f800000, 0, 0x3f800000, 0x7fc00000)  /* 1, qNaN -> 1 */
    TEST_S_RR(13, fmin.s, 0xbf800000, 0, 0xffc00000, 0xbf800000)  /* -qNaN(0xffc00000), -1 -> -1 */
    TEST_S_RR(14, fmin.s, 0xff800000, 0, 0x7fc00000, 0xff800000)  /* qNaN, -inf -> -inf */
    TEST_S_RR(15, fmin.s, 0x80000000, 0, 0x7fc12345, 0x80000000)  /* qNaN(0x7fc12345), -0 -> -0 */
    /* one sNaN: the other operand, but NV */
    TEST_S_RR(16, fmin.s, 0x3f800000, FF_NV, 0x7f800001, 0x3f800000)
    TEST_S_RR(17, fmin.s, 0x3f800000, FF_NV, 0x3f800000, 0x7fbfffff)  /* 1, sNaN -> 1 */
    TEST_S_RR(18, fmin.s, 0x7f800000, FF_NV, 0xff800001, 0x7f800000)  /* -sNaN, inf -> inf */
    TEST_S_RR(19, fmin.s, 0x7fc00000, 0, 0x7fc00000, 0x7fc00000)  /* both NaN: canonical NaN */
    /* qNaN(0x7fc12345), -qNaN(0xffc00000) -> qNaN */
    TEST_S_RR(20, fmin.s, 0x7fc00000, 0, 0x7fc12345, 0xffc00000)
    TEST_S_RR(21, fmin.s, 0x7fc00000, FF_NV, 0x7f800001, 0x7fc00000)  /* sNaN, qNaN -> qNaN */
    TEST_S_RR(22, fmin.s, 0x7fc00000, FF_NV, 0x7fc00000, 0xff800001)  /* qNaN, -sNaN -> qNaN */
    TEST_S_RR(23, fmin.s, 0x7fc00000, FF_NV, 0x7f800001, 0x7f800001)  /* sNaN, sNaN -> qNaN */
    /* rs1 not NaN-boxed (canonical NaN): result is rs2 */
    FP_RR(24, fmin.s, 0xffffffffbf800000, 0, 0x3f800000, 0xffffffffbf800000)
    /* rs2 not NaN-boxed: result is rs1 */
    FP_RR(25, fmin.s, 0xffffffff40000000, 0, 0xffffffff40000000, 0x3ff0000000000000)
    /* both not NaN-boxed: canonical NaN, no NV */
    FP_RR(26, fmin.s, 0xffffffff7fc00000, 0, 0x3f800000, 0x3ff0000000000000)
    /* unboxed + sNaN: canonical NaN, NV */
    FP_RR(27, fmin.s, 0xffffffff7fc00000, FF_NV, 0x3f800000, 0xffffffff7f800001)

    /* ---- FMAX.S ---- */
    TEST_S_RR(28, fmax.s, 0x40000000, 0, 0x3f800000, 0x40000000)  /* 1, 2 -> 2 */
    TEST_S_RR(29, fmax.s, 0x40000000, 0, 0x40000000, 0x3f800000)  /* 2, 1 -> 2 */
    TEST_S_RR(30, fmax.s, 0x3f800000, 0, 0xbf800000, 0x3f800000)  /* -1, 1 -> 1 */
    TEST_S_RR(31, fmax.s, 0xc0000000, 0, 0xc0000000, 0xc0400000)  /* -2, -3 -> -2 */
    TEST_S_RR(32, fmax.s, 0x0, 0, 0x80000000, 0x0)  /* -0 < +0 for FMIN/FMAX */
    TEST_S_RR(33, fmax.s, 0x0, 0, 0x0, 0x80000000)  /* +0, -0 -> +0 */
    TEST_S_RR(34, fmax.s, 0x80000000, 0, 0x80000000, 0x80000000)  /* -0, -0 -> -0 */
    TEST_S_RR(35, fmax.s, 0x7f800000, 0, 0x7f800000, 0x7f7fffff)  /* inf, 3.40282347e+38 -> inf */
    /* -inf, -3.40282347e+38 -> -3.40282347e+38 */
    TEST_S_RR(36, fmax.s, 0xff7fffff, 0, 0xff800000, 0xff7fffff)
    TEST_S_RR(37, fmax.s, 0x1, 0, 0x1, 0x80000001)  /* 2^-149, -2^-149 -> 2^-149 */
    /* one qNaN: the other operand, no flags */
    TEST_S_RR(38, fmax.s, 0x3f800000, 0, 0x7fc00000, 0x3f800000)
    TEST_S_RR(39, fmax.s, 0x3f800000, 0, 0x3f800000, 0x7fc00000)  /* 1, qNaN -> 1 */
    TEST_S_RR(40, fmax.s, 0xbf800000, 0, 0xffc00000, 0xbf800000)  /* -qNaN(0xffc00000), -1 -> -1 */
    TEST_S_RR(41, fmax.s, 0xff800000, 0, 0x7fc00000, 0xff800000)  /* qNaN, -inf -> -inf */
    TEST_S_RR(42, fmax.s, 0x80000000, 0, 0x7fc12345, 0x80000000)  /* qNaN(0x7fc12345), -0 -> -0 */
    /* one sNaN: the other operand, but NV */
    TEST_S_RR(43, fmax.s, 0x3f800000, FF_NV, 0x7f800001, 0x3f800000)
    TEST_S_RR(44, fmax.s, 0x3f800000, FF_NV, 0x3f800000, 0x7fbfffff)  /* 1, sNaN -> 1 */
    TEST_S_RR(45, fmax.s, 0x7f800000, FF_NV, 0xff800001, 0x7f800000)  /* -sNaN, inf -> inf */
    TEST_S_RR(46, fmax.s, 0x7fc00000, 0, 0x7fc00000, 0x7fc00000)  /* both NaN: canonical NaN */
    /* qNaN(0x7fc12345), -qNaN(0xffc00000) -> qNaN */
    TEST_S_RR(47, fmax.s, 0x7fc00000, 0, 0x7fc12345, 0xffc00000)
    TEST_S_RR(48, fmax.s, 0x7fc00000, FF_NV, 0x7f800001, 0x7fc00000)  /* sNaN, qNaN -> qNaN */
    TEST_S_RR(49, fmax.s, 0x7fc00000, FF_NV, 0x7fc00000, 0xff800001)  /* qNaN, -sNaN -> qNaN */
    TEST_S_RR(50, fmax.s, 0x7fc00000, FF_NV, 0x7f800001, 0x7f800001)  /* sNaN, sNaN -> qNaN */
    /* rs1 not NaN-boxed (canonical NaN): result is rs2 */
    FP_RR(51, fmax.s, 0xffffffffbf800000, 0, 0x3f800000, 0xffffffffbf800000)
    /* rs2 not NaN-boxed: result is rs1 */
    FP_RR(52, fmax.s, 0xffffffff40000000, 0, 0xffffffff40000000, 0x3ff0000000000000)
    /* both not NaN-boxed: canonical NaN, no NV */
    FP_RR(53, fmax.s, 0xffffffff7fc00000, 0, 0x3f800000, 0x3ff0000000000000)
    /* unboxed + sNaN: canonical NaN, NV */
    FP_RR(54, fmax.s, 0xffffffff7fc00000, FF_NV, 0x3f800000, 0xffffffff7f800001)

    /* ---- FSGNJ.S (no flags, no NaN canonicalization) ---- */
    TEST_S_RR(55, fsgnj.s, 0xbf800000, 0, 0x3f800000, 0xc0000000)  /* 1, -2 -> -1 */
    TEST_S_RR(56, fsgnj.s, 0x3f800000, 0, 0xbf800000, 0x40000000)  /* -1, 2 -> 1 */
    TEST_S_RR(57, fsgnj.s, 0x3f800000, 0, 0x3f800000, 0x40000000)  /* 1, 2 -> 1 */
    TEST_S_RR(58, fsgnj.s, 0xbf800000, 0, 0xbf800000, 0xc0000000)  /* -1, -2 -> -1 */
    TEST_S_RR(59, fsgnj.s, 0x80000000, 0, 0x0, 0xbf800000)  /* +0, -1 -> -0 */
    TEST_S_RR(60, fsgnj.s, 0x80000000, 0, 0x80000000, 0x80000000)  /* -0, -0 -> -0 */
    TEST_S_RR(61, fsgnj.s, 0x7f800000, 0, 0xff800000, 0x0)  /* -inf, +0 -> inf */
    TEST_S_RR(62, fsgnj.s, 0xff800001, 0, 0x7f800001, 0xbf800000)  /* sNaN, -1 -> -sNaN */
    /* qNaN(0x7fc12345), qNaN(0x7fc12345) -> qNaN(0x7fc12345) */
    TEST_S_RR(63, fsgnj.s, 0x7fc12345, 0, 0x7fc12345, 0x7fc12345)
    /* -qNaN(0xffc00000), -qNaN(0xffc00000) -> -qNaN(0xffc00000) */
    TEST_S_RR(64, fsgnj.s, 0xffc00000, 0, 0xffc00000, 0xffc00000)
    TEST_S_RR(65, fsgnj.s, 0x7f800001, 0, 0xff800001, 0x40000000)  /* -sNaN, 2 -> sNaN */
    TEST_S_RR(66, fsgnj.s, 0xbf800000, 0, 0x3f800000, 0xffc00000)  /* 1, -qNaN(0xffc00000) -> -1 */
    /* 3.40282347e+38, -sNaN -> -3.40282347e+38 */
    TEST_S_RR(67, fsgnj.s, 0xff7fffff, 0, 0x7f7fffff, 0xff800001)
    /* 1.17549421e-38, -2^-149 -> -1.17549421e-38 */
    TEST_S_RR(68, fsgnj.s, 0x807fffff, 0, 0x7fffff, 0x80000001)
    /* rs1 not NaN-boxed: canonical NaN with injected sign */
    FP_RR(69, fsgnj.s, 0xffffffffffc00000, 0, 0x3f800000, 0xffffffffbf800000)
    /* unboxed(0x3f800000), 1 -> qNaN */
    FP_RR(70, fsgnj.s, 0xffffffff7fc00000, 0, 0x3f800000, 0xffffffff3f800000)
    /* rs2 not NaN-boxed: its sign is that of the canonical NaN (+) */
    FP_RR(71, fsgnj.s, 0xffffffff3f800000, 0, 0xffffffffbf800000, 0x3f800000)
    /* unboxed rs2 with bit 31 set: sign still + */
    FP_RR(72, fsgnj.s, 0xffffffff3f800000, 0, 0xffffffff3f800000, 0xbf800000)
    /* unboxed(0x7fffffffffc00001), unboxed(0x7fffffffffc00001) -> qNaN */
    FP_RR(73, fsgnj.s, 0xffffffff7fc00000, 0, 0x7fffffffffc00001, 0x7fffffffffc00001)

    /* ---- FSGNJN.S (no flags, no NaN canonicalization) ---- */
    TEST_S_RR(74, fsgnjn.s, 0x3f800000, 0, 0x3f800000, 0xc0000000)  /* 1, -2 -> 1 */
    TEST_S_RR(75, fsgnjn.s, 0xbf800000, 0, 0xbf800000, 0x40000000)  /* -1, 2 -> -1 */
    TEST_S_RR(76, fsgnjn.s, 0xbf800000, 0, 0x3f800000, 0x40000000)  /* 1, 2 -> -1 */
    TEST_S_RR(77, fsgnjn.s, 0x3f800000, 0, 0xbf800000, 0xc0000000)  /* -1, -2 -> 1 */
    TEST_S_RR(78, fsgnjn.s, 0x0, 0, 0x0, 0xbf800000)  /* +0, -1 -> +0 */
    TEST_S_RR(79, fsgnjn.s, 0x0, 0, 0x80000000, 0x80000000)  /* -0, -0 -> +0 */
    TEST_S_RR(80, fsgnjn.s, 0xff800000, 0, 0xff800000, 0x0)  /* -inf, +0 -> -inf */
    TEST_S_RR(81, fsgnjn.s, 0x7f800001, 0, 0x7f800001, 0xbf800000)  /* sNaN, -1 -> sNaN */
    /* qNaN(0x7fc12345), qNaN(0x7fc12345) -> -qNaN(0xffc12345) */
    TEST_S_RR(82, fsgnjn.s, 0xffc12345, 0, 0x7fc12345, 0x7fc12345)
    /* -qNaN(0xffc00000), -qNaN(0xffc00000) -> qNaN */
    TEST_S_RR(83, fsgnjn.s, 0x7fc00000, 0, 0xffc00000, 0xffc00000)
    TEST_S_RR(84, fsgnjn.s, 0xff800001, 0, 0xff800001, 0x40000000)  /* -sNaN, 2 -> -sNaN */
    TEST_S_RR(85, fsgnjn.s, 0x3f800000, 0, 0x3f800000, 0xffc00000)  /* 1, -qNaN(0xffc00000) -> 1 */
    /* 3.40282347e+38, -sNaN -> 3.40282347e+38 */
    TEST_S_RR(86, fsgnjn.s, 0x7f7fffff, 0, 0x7f7fffff, 0xff800001)
    /* 1.17549421e-38, -2^-149 -> 1.17549421e-38 */
    TEST_S_RR(87, fsgnjn.s, 0x7fffff, 0, 0x7fffff, 0x80000001)
    /* rs1 not NaN-boxed: canonical NaN with injected sign */
    FP_RR(88, fsgnjn.s, 0xffffffff7fc00000, 0, 0x3f800000, 0xffffffffbf800000)
    /* unboxed(0x3f800000), 1 -> -qNaN(0xffc00000) */
    FP_RR(89, fsgnjn.s, 0xffffffffffc00000, 0, 0x3f800000, 0xffffffff3f800000)
    /* rs2 not NaN-boxed: its sign is that of the canonical NaN (+) */
    FP_RR(90, fsgnjn.s, 0xffffffffbf800000, 0, 0xffffffffbf800000, 0x3f800000)
    /* unboxed rs2 with bit 31 set: sign still + */
    FP_RR(91, fsgnjn.s, 0xffffffffbf800000, 0, 0xffffffff3f800000, 0xbf800000)
    /* unboxed(0x7fffffffffc00001), unboxed(0x7fffffffffc00001) -> -qNaN(0xffc00000) */
    FP_RR(92, fsgnjn.s, 0xffffffffffc00000, 0, 0x7fffffffffc00001, 0x7fffffffffc00001)

    /* ---- FSGNJX.S (no flags, no NaN canonicalization) ---- */
    TEST_S_RR(93, fsgnjx.s, 0xbf800000, 0, 0x3f800000, 0xc0000000)  /* 1, -2 -> -1 */
    TEST_S_RR(94, fsgnjx.s, 0xbf800000, 0, 0xbf800000, 0x40000000)  /* -1, 2 -> -1 */
    TEST_S_RR(95, fsgnjx.s, 0x3f800000, 0, 0x3f800000, 0x40000000)  /* 1, 2 -> 1 */
    TEST_S_RR(96, fsgnjx.s, 0x3f800000, 0, 0xbf800000, 0xc0000000)  /* -1, -2 -> 1 */
    TEST_S_RR(97, fsgnjx.s, 0x80000000, 0, 0x0, 0xbf800000)  /* +0, -1 -> -0 */
    TEST_S_RR(98, fsgnjx.s, 0x0, 0, 0x80000000, 0x80000000)  /* -0, -0 -> +0 */
    TEST_S_RR(99, fsgnjx.s, 0xff800000, 0, 0xff800000, 0x0)  /* -inf, +0 -> -inf */
    TEST_S_RR(100, fsgnjx.s, 0xff800001, 0, 0x7f800001, 0xbf800000)  /* sNaN, -1 -> -sNaN */
    /* qNaN(0x7fc12345), qNaN(0x7fc12345) -> qNaN(0x7fc12345) */
    TEST_S_RR(101, fsgnjx.s, 0x7fc12345, 0, 0x7fc12345, 0x7fc12345)
    /* -qNaN(0xffc00000), -qNaN(0xffc00000) -> qNaN */
    TEST_S_RR(102, fsgnjx.s, 0x7fc00000, 0, 0xffc00000, 0xffc00000)
    TEST_S_RR(103, fsgnjx.s, 0xff800001, 0, 0xff800001, 0x40000000)  /* -sNaN, 2 -> -sNaN */
    /* 1, -qNaN(0xffc00000) -> -1 */
    TEST_S_RR(104, fsgnjx.s, 0xbf800000, 0, 0x3f800000, 0xffc00000)
    /* 3.40282347e+38, -sNaN -> -3.40282347e+38 */
    TEST_S_RR(105, fsgnjx.s, 0xff7fffff, 0, 0x7f7fffff, 0xff800001)
    /* 1.17549421e-38, -2^-149 -> -1.17549421e-38 */
    TEST_S_RR(106, fsgnjx.s, 0x807fffff, 0, 0x7fffff, 0x80000001)
    /* rs1 not NaN-boxed: canonical NaN with injected sign */
    FP_RR(107, fsgnjx.s, 0xffffffffffc00000, 0, 0x3f800000, 0xffffffffbf800000)
    /* unboxed(0x3f800000), 1 -> qNaN */
    FP_RR(108, fsgnjx.s, 0xffffffff7fc00000, 0, 0x3f800000, 0xffffffff3f800000)
    /* rs2 not NaN-boxed: its sign is that of the canonical NaN (+) */
    FP_RR(109, fsgnjx.s, 0xffffffffbf800000, 0, 0xffffffffbf800000, 0x3f800000)
    /* unboxed rs2 with bit 31 set: sign still + */
    FP_RR(110, fsgnjx.s, 0xffffffff3f800000, 0, 0xffffffff3f800000, 0xbf800000)
    /* unboxed(0x7fffffffffc00001), unboxed(0x7fffffffffc00001) -> qNaN */
    FP_RR(111, fsgnjx.s, 0xffffffff7fc00000, 0, 0x7fffffffffc00001, 0x7fffffffffc00001)

    RVTEST_PASS
RVTEST_END
