/* rv64f_ldst_move.S: single-precision loads/stores and moves FLW/FSW, FMV.W.X/FMV.X.W, and
 * NaN-boxing of single-precision values in the 64-bit f registers.
 *
 * Written from the RISC-V unprivileged spec (20191213), chapter "F" Standard Extension (v2.2):
 * 11.5 Single-Precision Load and Store Instructions (FLW/FSW do not modify the bits transferred,
 * non-canonical NaN payloads are preserved), 11.7 (FMV.X.W moves the low 32 bits and, for RV64,
 * fills the upper bits with copies of bit 31; FMV.W.X moves bits unchanged); chapter "D"
 * Standard Extension (v2.2), 12.2 NaN Boxing of Narrower Values: narrower transfers into the f
 * registers (FLW, FMV.W.X) write all ones to the upper 32 bits; narrower transfers out (FSW,
 * FMV.X.W) use the low 32 bits and ignore the upper ones; every other single-precision operation
 * treats an input whose upper 32 bits are not all ones as the canonical NaN (so FADD.S gives
 * 0x7fc00000 without NV, FSGNJ.S/FMV.S/FABS.S/FNEG.S give the canonical NaN with the injected sign,
 * FCLASS.S gives 0x200) and every single-precision result is written NaN-boxed.
 * Note: FMV.X.W of an improperly boxed register returns its low 32 bits (it is a transfer
 * operation), not the canonical NaN. */
#include "env.h"
#include "fp_macros.h"

RVTEST_BEGIN

    /* ---- FLW: loads 32 bits and NaN-boxes them; bits unchanged (sNaN payload kept, no flags)
       ---- */
    la s0, fdata; fsflags x0; flw fa0, 0(s0);  /* 1.0 */
    FP_CHECK_F(1, 0xffffffff3f800000, 0)
    la s0, fdata; fsflags x0; flw fa0, 4(s0);  /* sNaN: no NV, payload kept */
    FP_CHECK_F(2, 0xffffffff7f800001, 0)
    la s0, fdata; fsflags x0; flw fa0, 8(s0);  /* negative qNaN with payload: not canonicalized */
    FP_CHECK_F(3, 0xffffffffffc12345, 0)
    la s0, fdata; fsflags x0; flw fa0, 12(s0);  /* subnormal */
    FP_CHECK_F(4, 0xffffffff00000001, 0)
    la s0, fdata; fsflags x0; flw fa0, 16(s0);  /* -0 */
    FP_CHECK_F(5, 0xffffffff80000000, 0)
    la s0, fdata + 2048; fsflags x0; flw fa0, -2040(s0);  /* negative offset -> fdata+8 */
    FP_CHECK_F(6, 0xffffffffffc12345, 0)
    la s0, fdata - 2043; fsflags x0; flw fa0, 2047(s0);  /* offset +2047 -> fdata+4 */
    FP_CHECK_F(7, 0xffffffff7f800001, 0)
    /* FLW overwrites all 64 bits */
    li a1, 0x0123456789abcdef; fmv.d.x fa0, a1; la s0, fdata; flw fa0, 0(s0);
    FP_CHECK_F(8, 0xffffffff3f800000, 0)

    /* ---- FSW: stores the low 32 bits only (also when the register is not a valid NaN-boxed
       value) ---- */
    la s0, fbuf; li a1, -1; sd a1, 0(s0); sd a1, 8(s0);
    li a1, 0xffffffff7f800001; fmv.d.x fa1, a1; fsflags x0; fsw fa1, 4(s0); frflags a4;
    /* sNaN stored unchanged, neighbours untouched, no flags */
    ld a0, 0(s0); CHECK_EQ(9, a0, 0x7f800001ffffffff) CHECK_EQ(9, a4, 0)
    ld a0, 8(s0); CHECK_EQ(9, a0, -1)
    /* not NaN-boxed: low 32 bits stored as they are */
    li a1, 0x0123456789abcdef; fmv.d.x fa1, a1; fsw fa1, 0(s0); lwu a0, 0(s0);
    CHECK_EQ(10, a0, 0x89abcdef)
    la s0, fbuf + 2048; li a1, 0xffffffffc0490fdb; fmv.d.x fa1, a1; fsw fa1, -2048(s0); la s1, fbuf; lw a0, 0(s1);
    CHECK_EQ(11, a0, 0xffffffffc0490fdb)
    /* flw/fsw round trip */
    la s0, fbuf; li a1, 0x11111111; sw a1, 0(s0); flw fa2, 0(s0); fsw fa2, 4(s0); lw a0, 4(s0);
    CHECK_EQ(12, a0, 0x11111111)

    /* ---- FMV.W.X: low 32 bits of rs1, NaN-boxed, unchanged (no flags, no canonicalization)
       ---- */
    FP_F_X(13, fmv.w.x, 0xffffffff3f800000, 0, 0x3f800000)  /* 0x3f800000 -> 1 */
    FP_F_X(14, fmv.w.x, 0xffffffff3f800000, 0, 0x123456783f800000)  /* 0x123456783f800000 -> 1 */
    FP_F_X(15, fmv.w.x, 0xffffffff7f800001, 0, 0x7f800001)  /* 0x7f800001 -> sNaN */
    FP_F_X(16, fmv.w.x, 0xffffffffffffffff, 0, 0xffffffff)  /* 0xffffffff -> -qNaN(0xffffffff) */
    /* 0xffffffff7fc12345 -> qNaN(0x7fc12345) */
    FP_F_X(17, fmv.w.x, 0xffffffff7fc12345, 0, 0xffffffff7fc12345)
    FP_F_X(18, fmv.w.x, 0xffffffff80000000, 0, 0x80000000)  /* 0x80000000 -> -0 */
    FP_F_X(19, fmv.w.x, 0xffffffff00000000, 0, 0x0)  /* 0x0 -> +0 */

    /* ---- FMV.X.W: low 32 bits of the f register, sign-extended from bit 31; bits unchanged
       ---- */
    TEST_S_X_R(20, fmv.x.w, 0x3f800000, 0, 0x3f800000)  /* 1 -> 0x3f800000 */
    TEST_S_X_R(21, fmv.x.w, 0xffffffffbf800000, 0, 0xbf800000)  /* -1 -> 0xffffffffbf800000 */
    TEST_S_X_R(22, fmv.x.w, 0xffffffff80000000, 0, 0x80000000)  /* -0 -> 0xffffffff80000000 */
    TEST_S_X_R(23, fmv.x.w, 0x7f800001, 0, 0x7f800001)  /* sNaN -> 0x7f800001 */
    TEST_S_X_R(24, fmv.x.w, 0xffffffffff800001, 0, 0xff800001)  /* -sNaN -> 0xffffffffff800001 */
    TEST_S_X_R(25, fmv.x.w, 0x7fc12345, 0, 0x7fc12345)  /* qNaN(0x7fc12345) -> 0x7fc12345 */
    /* -qNaN(0xffffffff) -> 0xffffffffffffffff */
    TEST_S_X_R(26, fmv.x.w, 0xffffffffffffffff, 0, 0xffffffff)
    /* not NaN-boxed: FMV.X.W is a transfer, it ignores the upper bits (12.2) */
    FP_X_R(27, fmv.x.w, 0xffffffff89abcdef, 0, 0x123456789abcdef)
    /* not NaN-boxed sNaN pattern: moved unchanged, no flags */
    FP_X_R(28, fmv.x.w, 0x7f800001, 0, 0x7f800001)
    FP_X_R(29, fmv.x.w, 0x0, 0, 0x3ff0000000000000)  /* unboxed(0x3ff0000000000000) -> 0x0 */

    /* ---- NaN-boxing: a single op reading an improperly boxed register sees the canonical NaN;
       transfers do not ---- */
    /* unboxed(0x3f800000), unboxed(0x3f800000) -> qNaN */
    FP_RR_RM(30, fadd.s, rne, 0xffffffff7fc00000, 0, 0x3f800000, 0x3f800000)
    /* unboxed(0x3f800000), unboxed(0x3f800000) -> qNaN */
    FP_RR(31, fsgnj.s, 0xffffffff7fc00000, 0, 0x3f800000, 0x3f800000)
    FP_X_R(32, fclass.s, 0x200, 0, 0x3f800000)  /* unboxed(0x3f800000) -> 0x200 */
    FP_X_R(33, fmv.x.w, 0x3f800000, 0, 0x3f800000)  /* unboxed(0x3f800000) -> 0x3f800000 */
    /* unboxed(0x3f800000), unboxed(0x3f800000) -> qNaN */
    FP_RR(34, fmin.s, 0xffffffff7fc00000, 0, 0x3f800000, 0x3f800000)
    /* unboxed(0x3f800000) -> 2147483647 */
    FP_X_R_RM(35, fcvt.w.s, rtz, 0x7fffffff, FF_NV, 0x3f800000)
    /* canonical NaN == canonical NaN is false */
    FP_X_RR(36, feq.s, 0x0, 0, 0x3f800000, 0x3f800000)
    FP_R(37, fcvt.d.s, 0x7ff8000000000000, 0, 0x3f800000)  /* unboxed(0x3f800000) -> qNaN */
    /* FMV.S = FSGNJ.S rd, rs, rs: canonical NaN */
    li a1, 0x000000003f800000; fmv.d.x fa1, a1; fsflags x0; fmv.s fa0, fa1;
    FP_CHECK_F(38, 0xffffffff7fc00000, 0)
    fabs.s fa0, fa1; fmv.x.d a0, fa0;
    CHECK_EQ(39, a0, 0xffffffff7fc00000)
    fneg.s fa0, fa1; fmv.x.d a0, fa0;
    CHECK_EQ(40, a0, 0xffffffffffc00000)
    /* FSW of the same register: a transfer, stores 0x3f800000 */
    la s0, fbuf; fsw fa1, 0(s0); lwu a0, 0(s0);
    CHECK_EQ(41, a0, 0x3f800000)
    /* FLD of a boxed single: valid single 1.0 */
    la s0, fbuf; li a1, 0xffffffff3f800000; sd a1, 0(s0); fld fa1, 0(s0); fadd.s fa0, fa1, fa1; fmv.x.d a0, fa0;
    CHECK_EQ(42, a0, 0xffffffff40000000)

    /* ---- results of single-precision instructions are NaN-boxed ---- */
    li a1, 5; fcvt.s.w fa0, a1; fmv.x.d a0, fa0;
    CHECK_EQ(43, a0, 0xffffffff40a00000)
    li a1, 0xffffffff3f800000; fmv.d.x fa1, a1; fmv.d.x fa2, a1; fmin.s fa0, fa1, fa2; fmv.x.d a0, fa0;
    CHECK_EQ(44, a0, 0xffffffff3f800000)
    li a1, 0xffffffff3f800000; fmv.d.x fa1, a1; fmv.d.x fa2, a1; fmv.d.x fa3, a1; fmadd.s fa0, fa1, fa2, fa3; fmv.x.d a0, fa0;
    CHECK_EQ(45, a0, 0xffffffff40000000)
    li a1, 0x4000000000000000; fmv.d.x fa1, a1; fcvt.s.d fa0, fa1; fmv.x.d a0, fa0;
    CHECK_EQ(46, a0, 0xffffffff40000000)

    /* ---- every f register holds its own value (FMV.W.X into f0..f31, FMV.X.D back: NaN-boxed)
       ---- */
    li TESTNUM, 47;
    .irp r, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
    li a1, 0x3f800000 + \r; fmv.w.x f\r, a1;
    .endr
    .irp r, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
    fmv.x.d a0, f\r; li t6, 0xffffffff3f800000 + \r; bne a0, t6, fail;
    .endr

    RVTEST_PASS
RVTEST_END

    .data
    .align 3
fdata:
    .word 0x3f800000, 0x7f800001, 0xffc12345, 0x00000001, 0x80000000, 0
    .align 3
fbuf:
    .zero 64
