/* rv64d_ldst_move.S: double-precision loads/stores and moves FLD/FSD, C.FLD/C.FSD/C.FLDSP/C.FSDSP,
 * FMV.D.X/FMV.X.D, and the register file.
 *
 * Written from the RISC-V unprivileged spec (20191213), chapter "D" Standard Extension (v2.2):
 * 12.3 Double-Precision Load and Store Instructions (FLD/FSD do not modify the bits transferred;
 * the value may be a NaN-boxed single), 12.5 (FMV.X.D / FMV.D.X move bits unchanged, NaN payloads
 * preserved), 12.2 (double-precision operations do not check NaN-boxing); chapter "C" Standard
 * Extension (v2.0), 16.3/16.4 (C.FLD, C.FSD, C.FLDSP, C.FSDSP expand to FLD/FSD). No transfer
 * sets any fflags bit, not even for signaling NaNs. */
#include "env.h"
#include "fp_macros.h"

RVTEST_BEGIN

    /* ---- FLD/FSD: 64-bit transfers, bits unchanged (sNaN payload kept, no flags) ---- */
    la s0, ddata; fsflags x0; fld fa0, 0(s0);  /* 1.0 */
    FP_CHECK_F(1, 0x3ff0000000000000, 0)
    la s0, ddata; fsflags x0; fld fa0, 8(s0);  /* sNaN: no NV, payload kept */
    FP_CHECK_F(2, 0x7ff0000000000001, 0)
    la s0, ddata; fsflags x0; fld fa0, 16(s0);  /* negative qNaN with payload */
    FP_CHECK_F(3, 0xfff80000deadbeef, 0)
    la s0, ddata; fsflags x0; fld fa0, 24(s0);  /* a NaN-boxed single */
    FP_CHECK_F(4, 0xffffffff3f800000, 0)
    la s0, ddata; fsflags x0; fld fa0, 32(s0);  /* subnormal */
    FP_CHECK_F(5, 0x1, 0)
    la s0, ddata + 2048; fsflags x0; fld fa0, -2040(s0);  /* negative offset -> ddata+8 */
    FP_CHECK_F(6, 0x7ff0000000000001, 0)
    la s0, ddata - 2031; fsflags x0; fld fa0, 2047(s0);  /* offset +2047 -> ddata+16 */
    FP_CHECK_F(7, 0xfff80000deadbeef, 0)
    la s0, fbuf; li a1, -1; sd a1, 0(s0); sd a1, 8(s0); sd a1, 16(s0);
    li a1, 0x7ff0000000000001; fmv.d.x fa1, a1; fsflags x0; fsd fa1, 8(s0); frflags a4;
    ld a0, 8(s0); CHECK_EQ(8, a0, 0x7ff0000000000001) CHECK_EQ(8, a4, 0)
    ld a0, 0(s0); CHECK_EQ(8, a0, -1) ld a0, 16(s0); CHECK_EQ(8, a0, -1)  /* neighbours untouched */
    la s0, fbuf + 2048; li a1, 0x400921fb54442d18; fmv.d.x fa1, a1; fsd fa1, -2048(s0); la s1, fbuf; ld a0, 0(s1);
    CHECK_EQ(9, a0, 0x400921fb54442d18)
    /* FSD of a single: the boxed 64-bit pattern */
    li a1, 0x40000000; fmv.w.x fa1, a1; la s0, fbuf; fsd fa1, 0(s0); ld a0, 0(s0);
    CHECK_EQ(10, a0, 0xffffffff40000000)
    /* FLD restores a boxed single: 2+2 */
    la s0, fbuf; fld fa2, 0(s0); fadd.s fa0, fa2, fa2; fmv.x.d a0, fa0;
    CHECK_EQ(11, a0, 0xffffffff40800000)

    /* ---- compressed C.FLD / C.FSD / C.FLDSP / C.FSDSP (RV64C) ---- */
    la s0, ddata; fsflags x0; c.fld fs0, 16(s0); fmv.x.d a0, fs0; frflags a4;
    CHECK_EQ(12, a0, 0xfff80000deadbeef) CHECK_EQ(12, a4, 0)
    la s1, fbuf; li a1, 0x123456789abcdef0; fmv.d.x fs1, a1; c.fsd fs1, 248(s1); ld a0, 248(s1);
    CHECK_EQ(13, a0, 0x123456789abcdef0)
    mv s2, sp; la sp, ddata; c.fldsp fa5, 8(sp); c.fsdsp fa5, 504(sp); ld a0, 504(sp); mv sp, s2;
    CHECK_EQ(14, a0, 0x7ff0000000000001)
    fmv.x.d a0, fa5;
    CHECK_EQ(15, a0, 0x7ff0000000000001)

    /* ---- FMV.D.X / FMV.X.D: 64-bit transfers, bits unchanged, no flags ---- */
    FP_F_X(16, fmv.d.x, 0x3ff0000000000000, 0, 0x3ff0000000000000)  /* 0x3ff0000000000000 -> 1 */
    FP_F_X(17, fmv.d.x, 0x7ff0000000000001, 0, 0x7ff0000000000001)  /* 0x7ff0000000000001 -> sNaN */
    /* 0xfff80000deadbeef -> -qNaN(0xfff80000deadbeef) */
    FP_F_X(18, fmv.d.x, 0xfff80000deadbeef, 0, 0xfff80000deadbeef)
    /* 0xffffffff3f800000 -> -qNaN(0xffffffff3f800000) */
    FP_F_X(19, fmv.d.x, 0xffffffff3f800000, 0, 0xffffffff3f800000)
    FP_F_X(20, fmv.d.x, 0x8000000000000000, 0, 0x8000000000000000)  /* 0x8000000000000000 -> -0 */
    FP_F_X(21, fmv.d.x, 0x0, 0, 0x0)  /* 0x0 -> +0 */
    /* 0x123456789abcdef -> 3.5127005640885037e-303 */
    FP_F_X(22, fmv.d.x, 0x123456789abcdef, 0, 0x123456789abcdef)
    /* 0xffffffffffffffff -> -qNaN(0xffffffffffffffff) */
    FP_F_X(23, fmv.d.x, 0xffffffffffffffff, 0, 0xffffffffffffffff)
    /* sNaN -> 0x7ff0000000000001 */
    TEST_D_X_R(24, fmv.x.d, 0x7ff0000000000001, 0, 0x7ff0000000000001)
    /* -qNaN(0xfff80000deadbeef) -> 0xfff80000deadbeef */
    TEST_D_X_R(25, fmv.x.d, 0xfff80000deadbeef, 0, 0xfff80000deadbeef)
    TEST_D_X_R(26, fmv.x.d, 0x1, 0, 0x1)  /* 2^-1074 -> 0x1 */
    /* -qNaN(0xffffffff7f800001) -> 0xffffffff7f800001 */
    TEST_D_X_R(27, fmv.x.d, 0xffffffff7f800001, 0, 0xffffffff7f800001)

    /* ---- double ops do not look at NaN-boxing: a boxed single is a double qNaN ---- */
    /* -qNaN(0xffffffff3f800000), 1 -> qNaN */
    TEST_D_RR_RM(28, fadd.d, rne, 0x7ff8000000000000, 0, 0xffffffff3f800000, 0x3ff0000000000000)
    /* boxed single sNaN is a double qNaN: no NV */
    TEST_D_RR_RM(29, fadd.d, rne, 0x7ff8000000000000, 0, 0xffffffff7f800001, 0x3ff0000000000000)
    /* FMV.X.W after FMV.D.X: the low 32 bits, sign-extended */
    FP_X_R(30, fmv.x.w, 0xffffffffbf800000, 0, 0xffffffffbf800000)

    /* ---- every f register holds its own value (FMV.D.X into f0..f31, FSD, then LD) ---- */
    li TESTNUM, 31; la s0, fbuf;
    .irp r, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
    li a1, 0x4000000000000000 + \r; fmv.d.x f\r, a1;
    .endr
    .irp r, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
    fsd f\r, 8*\r(s0);
    .endr
    .irp r, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
    ld a0, 8*\r(s0); li t6, 0x4000000000000000 + \r; bne a0, t6, fail;
    .endr

    RVTEST_PASS
RVTEST_END

    .data
    .align 3
ddata:
    .dword 0x3ff0000000000000, 0x7ff0000000000001, 0xfff80000deadbeef, 0xffffffff3f800000, 1, 0
    .align 3
fbuf:
    .zero 512
