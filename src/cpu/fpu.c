/* F and D computational instructions (unprivileged spec ch. 11 "F", ch. 12 "D") on top of the
 * bit-exact software floating point in softfloat.c. Loads and stores (FLW/FLD/FSW/FSD) are
 * executed by the integer memory path, not here. */
#include "cpu/cpu_internal.h"
#include "cpu/softfloat.h"

/* softfloat uses the RISC-V encodings directly, so flags and modes pass through unchanged. */
_Static_assert(SF_FLAG_NX == FFLAG_NX && SF_FLAG_UF == FFLAG_UF && SF_FLAG_OF == FFLAG_OF &&
                   SF_FLAG_DZ == FFLAG_DZ && SF_FLAG_NV == FFLAG_NV,
               "softfloat flags must be the fflags layout");
_Static_assert(SF_RNE == RM_RNE && SF_RTZ == RM_RTZ && SF_RDN == RM_RDN && SF_RUP == RM_RUP &&
                   SF_RMM == RM_RMM,
               "softfloat rounding modes must be the frm encoding");

#define SIGN32 0x80000000u
#define SIGN64 0x8000000000000000ull

/* A single-precision operand read through NaN-unboxing (12.2): unless the upper 32 bits are all
 * ones the register holds no valid binary32 and reads as the canonical NaN. */
static inline uint32_t unbox32(uint64_t v)
{
    return (v >> 32) == 0xffffffffu ? (uint32_t)v : SF_NAN32;
}

/* RV64 sign-extends 32-bit integer results, the unsigned ones included (11.7). */
static inline uint64_t sext32(uint32_t v)
{
    return (uint64_t)(int64_t)(int32_t)v;
}

/* Instructions whose funct3 is an opcode field rather than a rounding mode (11.7-11.9, 12.5). */
static bool has_rm(enum insn_op op)
{
    switch (op) {
    case OP_FSGNJ_S:
    case OP_FSGNJN_S:
    case OP_FSGNJX_S:
    case OP_FMIN_S:
    case OP_FMAX_S:
    case OP_FMV_X_W:
    case OP_FCLASS_S:
    case OP_FEQ_S:
    case OP_FLT_S:
    case OP_FLE_S:
    case OP_FMV_W_X:
    case OP_FSGNJ_D:
    case OP_FSGNJN_D:
    case OP_FSGNJX_D:
    case OP_FMIN_D:
    case OP_FMAX_D:
    case OP_FEQ_D:
    case OP_FLT_D:
    case OP_FLE_D:
    case OP_FCLASS_D:
    case OP_FMV_X_D:
    case OP_FMV_D_X: return false;
    default: return true;
    }
}

int fp_exec(struct hart *h, const struct insn *in)
{
    /* mstatus.FS = Off makes every FP instruction illegal (privileged 3.1.6.6). */
    if (!fp_enabled(h))
        return EXC_ILLEGAL_INSN;

    const enum insn_op op = (enum insn_op)in->op;
    const unsigned rd = in->rd;
    const uint64_t r1 = h->f[in->rs1], r2 = h->f[in->rs2], r3 = h->f[in->rs3];
    const uint64_t x1 = h->x[in->rs1];
    uint8_t fl = 0;
    bool f_written = true; /* cleared by the cases that write an x register */
    uint64_t fres = 0, xres = 0;

    /* Rounding mode (11.2): 5 and 6 are reserved, 7 selects frm, and a dynamic frm of 5-7 is
     * illegal. Instructions that cannot round (fcvt.d.s, fcvt.d.w...) still have the field, and
     * it is decoded as usual: "implementations must treat the rm field as usual (in particular,
     * with regard to decoding legal vs. reserved encodings)". */
    int rm = in->rm;
    if (has_rm(op)) {
        if (rm == RM_DYN)
            rm = h->frm;
        if (rm > RM_RMM)
            return EXC_ILLEGAL_INSN;
    }

    switch (op) {
    /* --- binary32 (ch. 11) --- */
    case OP_FMADD_S:
        fres = fp_box32(f32_fma(unbox32(r1), unbox32(r2), unbox32(r3), rm, &fl));
        break;
    case OP_FMSUB_S: /* a*b - c */
        fres = fp_box32(f32_fma(unbox32(r1), unbox32(r2), unbox32(r3) ^ SIGN32, rm, &fl));
        break;
    case OP_FNMSUB_S: /* -(a*b) + c */
        fres = fp_box32(f32_fma(unbox32(r1) ^ SIGN32, unbox32(r2), unbox32(r3), rm, &fl));
        break;
    case OP_FNMADD_S: /* -(a*b) - c */
        fres = fp_box32(f32_fma(unbox32(r1) ^ SIGN32, unbox32(r2), unbox32(r3) ^ SIGN32, rm, &fl));
        break;
    case OP_FADD_S: fres = fp_box32(f32_add(unbox32(r1), unbox32(r2), rm, &fl)); break;
    case OP_FSUB_S: fres = fp_box32(f32_sub(unbox32(r1), unbox32(r2), rm, &fl)); break;
    case OP_FMUL_S: fres = fp_box32(f32_mul(unbox32(r1), unbox32(r2), rm, &fl)); break;
    case OP_FDIV_S: fres = fp_box32(f32_div(unbox32(r1), unbox32(r2), rm, &fl)); break;
    case OP_FSQRT_S: fres = fp_box32(f32_sqrt(unbox32(r1), rm, &fl)); break;
    /* Sign injection is not arithmetic: no canonicalisation, no flags (11.7). */
    case OP_FSGNJ_S: fres = fp_box32((unbox32(r1) & ~SIGN32) | (unbox32(r2) & SIGN32)); break;
    case OP_FSGNJN_S: fres = fp_box32((unbox32(r1) & ~SIGN32) | (~unbox32(r2) & SIGN32)); break;
    case OP_FSGNJX_S: fres = fp_box32(unbox32(r1) ^ (unbox32(r2) & SIGN32)); break;
    case OP_FMIN_S: fres = fp_box32(f32_min(unbox32(r1), unbox32(r2), &fl)); break;
    case OP_FMAX_S: fres = fp_box32(f32_max(unbox32(r1), unbox32(r2), &fl)); break;
    case OP_FCVT_W_S:
        xres = sext32((uint32_t)f32_to_i32(unbox32(r1), rm, &fl));
        f_written = false;
        break;
    case OP_FCVT_WU_S:
        xres = sext32(f32_to_u32(unbox32(r1), rm, &fl));
        f_written = false;
        break;
    case OP_FCVT_L_S:
        xres = (uint64_t)f32_to_i64(unbox32(r1), rm, &fl);
        f_written = false;
        break;
    case OP_FCVT_LU_S:
        xres = f32_to_u64(unbox32(r1), rm, &fl);
        f_written = false;
        break;
    case OP_FMV_X_W:
        /* A transfer: the low 32 bits as they are, NaN-boxed or not (12.2). */
        xres = sext32((uint32_t)r1);
        f_written = false;
        break;
    case OP_FCLASS_S:
        xres = f32_classify(unbox32(r1));
        f_written = false;
        break;
    case OP_FEQ_S:
        xres = f32_eq(unbox32(r1), unbox32(r2), &fl);
        f_written = false;
        break;
    case OP_FLT_S:
        xres = f32_lt(unbox32(r1), unbox32(r2), &fl);
        f_written = false;
        break;
    case OP_FLE_S:
        xres = f32_le(unbox32(r1), unbox32(r2), &fl);
        f_written = false;
        break;
    case OP_FCVT_S_W: fres = fp_box32(i32_to_f32((int32_t)x1, rm, &fl)); break;
    case OP_FCVT_S_WU: fres = fp_box32(u32_to_f32((uint32_t)x1, rm, &fl)); break;
    case OP_FCVT_S_L: fres = fp_box32(i64_to_f32((int64_t)x1, rm, &fl)); break;
    case OP_FCVT_S_LU: fres = fp_box32(u64_to_f32(x1, rm, &fl)); break;
    case OP_FMV_W_X: fres = fp_box32((uint32_t)x1); break;

    /* --- binary64 (ch. 12) --- */
    case OP_FMADD_D: fres = f64_fma(r1, r2, r3, rm, &fl); break;
    case OP_FMSUB_D: fres = f64_fma(r1, r2, r3 ^ SIGN64, rm, &fl); break;
    case OP_FNMSUB_D: fres = f64_fma(r1 ^ SIGN64, r2, r3, rm, &fl); break;
    case OP_FNMADD_D: fres = f64_fma(r1 ^ SIGN64, r2, r3 ^ SIGN64, rm, &fl); break;
    case OP_FADD_D: fres = f64_add(r1, r2, rm, &fl); break;
    case OP_FSUB_D: fres = f64_sub(r1, r2, rm, &fl); break;
    case OP_FMUL_D: fres = f64_mul(r1, r2, rm, &fl); break;
    case OP_FDIV_D: fres = f64_div(r1, r2, rm, &fl); break;
    case OP_FSQRT_D: fres = f64_sqrt(r1, rm, &fl); break;
    case OP_FSGNJ_D: fres = (r1 & ~SIGN64) | (r2 & SIGN64); break;
    case OP_FSGNJN_D: fres = (r1 & ~SIGN64) | (~r2 & SIGN64); break;
    case OP_FSGNJX_D: fres = r1 ^ (r2 & SIGN64); break;
    case OP_FMIN_D: fres = f64_min(r1, r2, &fl); break;
    case OP_FMAX_D: fres = f64_max(r1, r2, &fl); break;
    case OP_FCVT_S_D: fres = fp_box32(f64_to_f32(r1, rm, &fl)); break;
    case OP_FCVT_D_S: fres = f32_to_f64(unbox32(r1), &fl); break;
    case OP_FEQ_D:
        xres = f64_eq(r1, r2, &fl);
        f_written = false;
        break;
    case OP_FLT_D:
        xres = f64_lt(r1, r2, &fl);
        f_written = false;
        break;
    case OP_FLE_D:
        xres = f64_le(r1, r2, &fl);
        f_written = false;
        break;
    case OP_FCLASS_D:
        xres = f64_classify(r1);
        f_written = false;
        break;
    case OP_FCVT_W_D:
        xres = sext32((uint32_t)f64_to_i32(r1, rm, &fl));
        f_written = false;
        break;
    case OP_FCVT_WU_D:
        xres = sext32(f64_to_u32(r1, rm, &fl));
        f_written = false;
        break;
    case OP_FCVT_L_D:
        xres = (uint64_t)f64_to_i64(r1, rm, &fl);
        f_written = false;
        break;
    case OP_FCVT_LU_D:
        xres = f64_to_u64(r1, rm, &fl);
        f_written = false;
        break;
    case OP_FCVT_D_W: fres = i32_to_f64((int32_t)x1); break;
    case OP_FCVT_D_WU: fres = u32_to_f64((uint32_t)x1); break;
    case OP_FCVT_D_L: fres = i64_to_f64((int64_t)x1, rm, &fl); break;
    case OP_FCVT_D_LU: fres = u64_to_f64(x1, rm, &fl); break;
    case OP_FMV_X_D:
        xres = r1;
        f_written = false;
        break;
    case OP_FMV_D_X: fres = x1; break;
    default: return EXC_ILLEGAL_INSN; /* not an FP computational instruction */
    }

    if (f_written)
        h->f[rd] = fres;
    else if (rd != 0)
        h->x[rd] = xres;
    /* FS becomes Dirty when FP state changes: an f register or fflags (privileged 3.1.6.6). */
    if (fl)
        h->fflags |= fl;
    if (f_written || fl)
        fp_set_dirty(h);
    return EXC_NONE;
}
