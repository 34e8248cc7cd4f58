/* Tests for fp_exec (cpu/fpu.c) driven through struct hart: the architectural plumbing around the
 * arithmetic (FS gating and dirtiness, rounding-mode legality, NaN-boxing, register writes). The
 * arithmetic itself is covered by test_softfloat. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cpu/cpu_internal.h"
#include "cpu/softfloat.h"

static unsigned n_pass, n_fail;

#define CHECK(cond)                                                                                \
    do {                                                                                           \
        if (cond) {                                                                                \
            n_pass++;                                                                              \
        } else {                                                                                   \
            n_fail++;                                                                              \
            printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, #cond);                                 \
        }                                                                                          \
    } while (0)

#define CHECK_EQ(got, want)                                                                        \
    do {                                                                                           \
        unsigned long long g_ = (unsigned long long)(got), w_ = (unsigned long long)(want);        \
        if (g_ == w_) {                                                                            \
            n_pass++;                                                                              \
        } else {                                                                                   \
            n_fail++;                                                                              \
            printf("FAIL %s:%d: %s = %llx, want %llx\n", __FILE__, __LINE__, #got, g_, w_);        \
        }                                                                                          \
    } while (0)

/* mstatus values with the given FS field (riscv.h has the field encodings). */
#define MS(fs) ((uint64_t)(fs) << MSTATUS_FS_SHIFT)

#define ONE32  0x3f800000u
#define ONE64  0x3ff0000000000000ull
#define BOX(v) (0xffffffff00000000ull | (uint32_t)(v))

static struct hart *h;

/* A hart with FP state in the given FS state, frm = RNE, fflags clear, registers zero. */
static void reset(uint64_t fs)
{
    memset(h, 0, sizeof(*h));
    h->priv = PRV_M;
    h->mstatus = fs;
}

static int run(enum insn_op op, unsigned rd, unsigned rs1, unsigned rs2, unsigned rs3, unsigned rm)
{
    struct insn in = { .op = (uint16_t)op,
                       .rd = (uint8_t)rd,
                       .rs1 = (uint8_t)rs1,
                       .rs2 = (uint8_t)rs2,
                       .rs3 = (uint8_t)rs3,
                       .rm = (uint8_t)rm,
                       .len = 4,
                       .raw = 0x12345 };
    return fp_exec(h, &in);
}

static void test_fs_off(void)
{
    reset(MS(FS_OFF));
    h->f[1] = BOX(ONE32);
    h->f[2] = BOX(ONE32);
    CHECK_EQ(run(OP_FADD_S, 3, 1, 2, 0, RM_RNE), EXC_ILLEGAL_INSN);
    CHECK_EQ(h->f[3], 0);
    CHECK_EQ(run(OP_FMV_X_W, 5, 1, 0, 0, 0), EXC_ILLEGAL_INSN);
    CHECK_EQ(h->x[5], 0);
    CHECK_EQ(run(OP_FSGNJ_D, 3, 1, 2, 0, 0), EXC_ILLEGAL_INSN);
    CHECK_EQ(run(OP_FEQ_S, 5, 1, 2, 0, 2), EXC_ILLEGAL_INSN);
    CHECK_EQ(h->mstatus, MS(FS_OFF)); /* not dirtied */
}

static void test_rounding_mode(void)
{
    reset(MS(FS_INITIAL));
    h->f[1] = BOX(ONE32);
    h->f[2] = BOX(0x33800000u); /* 2^-24: 1 + 2^-24 is a tie */
    /* Reserved static modes. */
    CHECK_EQ(run(OP_FADD_S, 3, 1, 2, 0, 5), EXC_ILLEGAL_INSN);
    CHECK_EQ(run(OP_FADD_S, 3, 1, 2, 0, 6), EXC_ILLEGAL_INSN);
    CHECK_EQ(h->f[3], 0);
    CHECK_EQ(h->mstatus, MS(FS_INITIAL));
    /* Static modes apply. */
    CHECK_EQ(run(OP_FADD_S, 3, 1, 2, 0, RM_RUP), EXC_NONE);
    CHECK_EQ(h->f[3], BOX(0x3f800001u));
    CHECK_EQ(run(OP_FADD_S, 3, 1, 2, 0, RM_RNE), EXC_NONE);
    CHECK_EQ(h->f[3], BOX(ONE32));
    CHECK_EQ(run(OP_FADD_S, 3, 1, 2, 0, RM_RMM), EXC_NONE);
    CHECK_EQ(h->f[3], BOX(0x3f800001u));
    /* Dynamic: frm. */
    h->frm = RM_RUP;
    CHECK_EQ(run(OP_FADD_S, 4, 1, 2, 0, RM_DYN), EXC_NONE);
    CHECK_EQ(h->f[4], BOX(0x3f800001u));
    h->frm = RM_RTZ;
    CHECK_EQ(run(OP_FADD_S, 4, 1, 2, 0, RM_DYN), EXC_NONE);
    CHECK_EQ(h->f[4], BOX(ONE32));
    /* Dynamic with an invalid frm is illegal... */
    for (unsigned frm = 5; frm <= 7; frm++) {
        h->frm = (uint8_t)frm;
        h->f[4] = 0;
        CHECK_EQ(run(OP_FADD_S, 4, 1, 2, 0, RM_DYN), EXC_ILLEGAL_INSN);
        CHECK_EQ(h->f[4], 0);
        /* ...even for conversions that are always exact (11.2: rm is decoded as usual). */
        CHECK_EQ(run(OP_FCVT_D_S, 4, 1, 0, 0, RM_DYN), EXC_ILLEGAL_INSN);
        CHECK_EQ(run(OP_FCVT_D_W, 4, 1, 0, 0, RM_DYN), EXC_ILLEGAL_INSN);
        /* ...but not for instructions whose funct3 is an opcode field. */
        CHECK_EQ(run(OP_FSGNJ_S, 4, 1, 2, 0, 0), EXC_NONE);
        CHECK_EQ(run(OP_FEQ_D, 5, 1, 2, 0, 2), EXC_NONE);
        CHECK_EQ(run(OP_FMIN_S, 4, 1, 2, 0, 0), EXC_NONE);
        CHECK_EQ(run(OP_FMV_X_D, 5, 1, 0, 0, 0), EXC_NONE);
    }
    CHECK_EQ(run(OP_FCVT_D_S, 4, 1, 0, 0, 5), EXC_ILLEGAL_INSN);
    CHECK_EQ(run(OP_FCVT_D_S, 4, 1, 0, 0, RM_RTZ), EXC_NONE);
    CHECK_EQ(h->f[4], ONE64);
    CHECK_EQ(run(OP_FMADD_D, 4, 1, 2, 3, 6), EXC_ILLEGAL_INSN);
    CHECK_EQ(run(OP_FCVT_W_S, 5, 1, 0, 0, 5), EXC_ILLEGAL_INSN);
}

static void test_nan_boxing(void)
{
    reset(MS(FS_DIRTY));
    h->f[1] = 0x000000003f800000ull; /* 1.0f, not NaN-boxed */
    h->f[2] = BOX(ONE32);
    h->f[3] = 0xfffffffebf800000ull; /* upper bits not all ones */

    /* Arithmetic reads an unboxed operand as the canonical NaN (quiet: no NV). */
    CHECK_EQ(run(OP_FADD_S, 4, 1, 2, 0, RM_RNE), EXC_NONE);
    CHECK_EQ(h->f[4], BOX(SF_NAN32));
    CHECK_EQ(h->fflags, 0);
    /* So does sign injection: the canonical NaN's magnitude with rs2's sign. */
    h->f[5] = BOX(0xbf800000u);
    CHECK_EQ(run(OP_FSGNJ_S, 4, 1, 5, 0, 0), EXC_NONE);
    CHECK_EQ(h->f[4], BOX(0xffc00000u));
    CHECK_EQ(run(OP_FSGNJN_S, 4, 5, 3, 0, 1), EXC_NONE); /* rs2 unboxes to +NaN: sign 1 */
    CHECK_EQ(h->f[4], BOX(0xbf800000u));
    CHECK_EQ(run(OP_FSGNJX_S, 4, 2, 5, 0, 2), EXC_NONE);
    CHECK_EQ(h->f[4], BOX(0xbf800000u));
    /* fclass sees a quiet NaN; fcvt.d.s produces the canonical double NaN. */
    CHECK_EQ(run(OP_FCLASS_S, 6, 1, 0, 0, 1), EXC_NONE);
    CHECK_EQ(h->x[6], 1u << 9);
    CHECK_EQ(run(OP_FCVT_D_S, 4, 3, 0, 0, RM_RNE), EXC_NONE);
    CHECK_EQ(h->f[4], SF_NAN64);
    /* Compares see a NaN: feq quietly false, flt signals. */
    CHECK_EQ(run(OP_FEQ_S, 6, 1, 1, 0, 2), EXC_NONE);
    CHECK_EQ(h->x[6], 0);
    CHECK_EQ(h->fflags, 0);
    CHECK_EQ(run(OP_FLT_S, 6, 1, 2, 0, 1), EXC_NONE);
    CHECK_EQ(h->fflags, FFLAG_NV);
    /* fmin with one (unboxed = NaN) operand returns the other. */
    CHECK_EQ(run(OP_FMIN_S, 4, 1, 5, 0, 0), EXC_NONE);
    CHECK_EQ(h->f[4], BOX(0xbf800000u));

    /* fmv.x.w is a transfer: the low 32 bits as they are, sign-extended, boxed or not. */
    CHECK_EQ(run(OP_FMV_X_W, 7, 1, 0, 0, 0), EXC_NONE);
    CHECK_EQ(h->x[7], 0x3f800000ull);
    CHECK_EQ(run(OP_FMV_X_W, 7, 3, 0, 0, 0), EXC_NONE);
    CHECK_EQ(h->x[7], 0xffffffffbf800000ull);
    /* fmv.w.x and single results are NaN-boxed; doubles are written whole. */
    h->x[8] = 0x123456787fc00001ull;
    CHECK_EQ(run(OP_FMV_W_X, 9, 8, 0, 0, 0), EXC_NONE);
    CHECK_EQ(h->f[9], BOX(0x7fc00001u)); /* payload preserved: a transfer */
    CHECK_EQ(run(OP_FMV_D_X, 9, 8, 0, 0, 0), EXC_NONE);
    CHECK_EQ(h->f[9], 0x123456787fc00001ull);
    CHECK_EQ(run(OP_FMV_X_D, 10, 9, 0, 0, 0), EXC_NONE);
    CHECK_EQ(h->x[10], 0x123456787fc00001ull);
    /* A double operation on a boxed single just sees a NaN bit pattern. */
    CHECK_EQ(run(OP_FSGNJ_D, 11, 2, 2, 0, 0), EXC_NONE);
    CHECK_EQ(h->f[11], BOX(ONE32));
}

static void test_dirty(void)
{
    /* Writing an f register dirties FS (and sets SD). */
    reset(MS(FS_INITIAL));
    h->f[1] = BOX(ONE32);
    CHECK_EQ(run(OP_FSGNJ_S, 2, 1, 1, 0, 0), EXC_NONE);
    CHECK_EQ(h->mstatus, MS(FS_DIRTY) | MSTATUS_SD);

    /* Instructions that only write x registers and raise no flag leave FS alone. */
    reset(MS(FS_CLEAN));
    h->f[1] = BOX(ONE32);
    h->f[2] = BOX(0x40000000u);
    CHECK_EQ(run(OP_FEQ_S, 5, 1, 2, 0, 2), EXC_NONE);
    CHECK_EQ(h->x[5], 0);
    CHECK_EQ(run(OP_FLT_S, 5, 1, 2, 0, 1), EXC_NONE);
    CHECK_EQ(h->x[5], 1);
    CHECK_EQ(run(OP_FCLASS_S, 5, 1, 0, 0, 1), EXC_NONE);
    CHECK_EQ(h->x[5], 1u << 6);
    CHECK_EQ(run(OP_FMV_X_W, 5, 1, 0, 0, 0), EXC_NONE);
    CHECK_EQ(run(OP_FCVT_W_S, 5, 2, 0, 0, RM_RNE), EXC_NONE); /* exact: no flag */
    CHECK_EQ(h->x[5], 2);
    CHECK_EQ(h->mstatus, MS(FS_CLEAN));

    /* ...but raising a flag writes fflags, which dirties FS. */
    h->f[3] = BOX(0x7f800001u); /* sNaN */
    CHECK_EQ(run(OP_FEQ_S, 5, 3, 1, 0, 2), EXC_NONE);
    CHECK_EQ(h->fflags, FFLAG_NV);
    CHECK_EQ(h->mstatus, MS(FS_CLEAN) | MS(FS_DIRTY) | MSTATUS_SD);

    /* Flags accumulate. */
    reset(MS(FS_DIRTY));
    h->fflags = FFLAG_NV;
    h->f[1] = ONE64;
    h->f[2] = 0;
    CHECK_EQ(run(OP_FDIV_D, 3, 1, 2, 0, RM_RNE), EXC_NONE);
    CHECK_EQ(h->f[3], 0x7ff0000000000000ull);
    CHECK_EQ(h->fflags, FFLAG_NV | FFLAG_DZ);
}

static void test_int_results(void)
{
    reset(MS(FS_DIRTY));
    h->f[1] = BOX(0xbf800000u);      /* -1.0f */
    h->f[2] = BOX(0x4f32d05eu);      /* 3e9f */
    h->f[3] = 0xc1e0000000000000ull; /* -2^31 */
    /* fcvt.w.s: sign-extended into x. */
    CHECK_EQ(run(OP_FCVT_W_S, 5, 1, 0, 0, RM_RNE), EXC_NONE);
    CHECK_EQ(h->x[5], ~0ull);
    /* fcvt.wu.s: 3e9 fits in 32 bits, and the 32-bit result is still sign-extended. */
    CHECK_EQ(run(OP_FCVT_WU_S, 5, 2, 0, 0, RM_RNE), EXC_NONE);
    CHECK_EQ(h->x[5], 0xffffffffb2d05e00ull);
    CHECK_EQ(h->fflags, 0);
    /* fcvt.w.s of 3e9 saturates to 2^31 - 1 with NV. */
    CHECK_EQ(run(OP_FCVT_W_S, 5, 2, 0, 0, RM_RNE), EXC_NONE);
    CHECK_EQ(h->x[5], 0x7fffffffull);
    CHECK_EQ(h->fflags, FFLAG_NV);
    h->fflags = 0;
    CHECK_EQ(run(OP_FCVT_W_D, 5, 3, 0, 0, RM_RNE), EXC_NONE);
    CHECK_EQ(h->x[5], 0xffffffff80000000ull);
    CHECK_EQ(run(OP_FCVT_L_S, 5, 1, 0, 0, RM_RNE), EXC_NONE);
    CHECK_EQ(h->x[5], ~0ull);
    CHECK_EQ(run(OP_FCVT_LU_S, 5, 1, 0, 0, RM_RNE), EXC_NONE);
    CHECK_EQ(h->x[5], 0); /* negative to unsigned: 0, NV */
    CHECK_EQ(h->fflags, FFLAG_NV);
    h->fflags = 0;
    /* fclass.d, fmv.x.w into x0: x0 stays zero (flags still accrue). */
    CHECK_EQ(run(OP_FCVT_W_S, 0, 2, 0, 0, RM_RNE), EXC_NONE);
    CHECK_EQ(h->x[0], 0);
    CHECK_EQ(h->fflags, FFLAG_NV);
    CHECK_EQ(run(OP_FMV_X_W, 0, 1, 0, 0, 0), EXC_NONE);
    CHECK_EQ(h->x[0], 0);
    /* Integer sources: .w forms read the low 32 bits. */
    h->x[6] = 0x00000001ffffffffull;
    CHECK_EQ(run(OP_FCVT_S_W, 7, 6, 0, 0, RM_RNE), EXC_NONE);
    CHECK_EQ(h->f[7], BOX(0xbf800000u)); /* -1 */
    CHECK_EQ(run(OP_FCVT_D_WU, 7, 6, 0, 0, RM_RNE), EXC_NONE);
    CHECK_EQ(h->f[7], 0x41efffffffe00000ull); /* 4294967295 */
    CHECK_EQ(run(OP_FCVT_D_L, 7, 6, 0, 0, RM_RNE), EXC_NONE);
    CHECK_EQ(h->f[7], 0x41fffffffff00000ull);                  /* 8589934591 */
    CHECK_EQ(run(OP_FCVT_S_LU, 7, 0, 0, 0, RM_RNE), EXC_NONE); /* x0 = 0 -> +0 */
    CHECK_EQ(h->f[7], BOX(0));
}

static void test_fused_signs(void)
{
    reset(MS(FS_DIRTY));
    h->f[1] = BOX(0x40000000u); /* 2 */
    h->f[2] = BOX(0x40400000u); /* 3 */
    h->f[3] = BOX(0x40800000u); /* 4 */
    CHECK_EQ(run(OP_FMADD_S, 4, 1, 2, 3, RM_RNE), EXC_NONE);
    CHECK_EQ(h->f[4], BOX(0x41200000u)); /* 10 */
    CHECK_EQ(run(OP_FMSUB_S, 4, 1, 2, 3, RM_RNE), EXC_NONE);
    CHECK_EQ(h->f[4], BOX(0x40000000u)); /* 2 */
    CHECK_EQ(run(OP_FNMSUB_S, 4, 1, 2, 3, RM_RNE), EXC_NONE);
    CHECK_EQ(h->f[4], BOX(0xc0000000u)); /* -2 */
    CHECK_EQ(run(OP_FNMADD_S, 4, 1, 2, 3, RM_RNE), EXC_NONE);
    CHECK_EQ(h->f[4], BOX(0xc1200000u)); /* -10 */
    /* Exact zeros: fnmadd(1, 1, -1) = -(1) - (-1) = +0 in RNE, -0 in RDN. */
    h->f[1] = ONE64;
    h->f[2] = 0xbff0000000000000ull;
    CHECK_EQ(run(OP_FNMADD_D, 4, 1, 1, 2, RM_RNE), EXC_NONE);
    CHECK_EQ(h->f[4], 0);
    CHECK_EQ(run(OP_FNMADD_D, 4, 1, 1, 2, RM_RDN), EXC_NONE);
    CHECK_EQ(h->f[4], 0x8000000000000000ull);
    CHECK_EQ(run(OP_FMSUB_D, 4, 1, 1, 1, RM_RNE), EXC_NONE);
    CHECK_EQ(h->f[4], 0);
    CHECK_EQ(run(OP_FNMSUB_D, 4, 1, 1, 1, RM_RNE), EXC_NONE);
    CHECK_EQ(h->f[4], 0);
    CHECK_EQ(h->fflags, 0);
}

int main(void)
{
    h = calloc(1, sizeof(*h));
    if (!h)
        return 2;
    test_fs_off();
    test_rounding_mode();
    test_nan_boxing();
    test_dirty();
    test_int_results();
    test_fused_signs();
    free(h);
    printf("fpu: %u passed, %u failed\n", n_pass, n_fail);
    return n_fail ? 1 : 0;
}
