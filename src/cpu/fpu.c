/* F and D computational instructions (unprivileged spec ch. 11 "F", ch. 12 "D") on top of the
 * bit-exact software floating point in softfloat.c, with a host-FPU fast path (fpu_fast.h) for
 * the operand classes where the host provably gives the same result and flags. Loads and stores
 * (FLW/FLD/FSW/FSD) are executed by the integer memory path, not here. */
#include "cpu/cpu_internal.h"
#include "cpu/fpu_fast.h"
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

#define FP_INLINE static inline __attribute__((always_inline))

bool fp_host_has_fma(void)
{
#if FP_FAST_HOST
    return __builtin_cpu_supports("fma");
#else
    return false;
#endif
}

/* A host fast-path call, compiled only where there is one; `fast` is a compile-time constant of
 * each fp_exec_body instance. */
#if FP_FAST_HOST
#define FAST(call) (fast && (call))
#else
#define FAST(call) false
#endif

/* Rounding mode (11.2): 5 and 6 are reserved, 7 selects frm, and a dynamic frm of 5-7 is
 * illegal. Instructions that cannot round (fcvt.d.s, fcvt.d.w...) still have the field, and it is
 * decoded as usual: "implementations must treat the rm field as usual (in particular, with regard
 * to decoding legal vs. reserved encodings)". Instructions whose funct3 is an opcode field
 * (fsgnj, fmin/fmax, compares, fclass, fmv) skip this. */
#define RESOLVE_RM()                                                                               \
    do {                                                                                           \
        rm = in->rm;                                                                               \
        if (rm == RM_DYN)                                                                          \
            rm = h->frm;                                                                           \
        if (rm > RM_RMM)                                                                           \
            return EXC_ILLEGAL_INSN;                                                               \
    } while (0)

/* The fast path of binary arithmetic is RNE only (fpu_fast.h). */
#define RNE_FAST(call) FAST(rm == RM_RNE && (call))

/* fmin/fmax of two non-NaN values (IEEE 754-2019 minimumNumber/maximumNumber, 11.6), no flags:
 * -0 < +0, so equal operands combine bitwise (min ORs in a minus sign, max ANDs it out). */
FP_INLINE uint64_t minmax64(uint64_t a, uint64_t b, double x, double y, bool max)
{
    if (x < y)
        return max ? b : a;
    if (y < x)
        return max ? a : b;
    return max ? (a & b) : (a | b);
}

/* One instance per (mode, fma_ok): the mode selects softfloat only, the fast path with software
 * NX detection or the fast path with MXCSR NX detection; fma_ok says the instance is compiled for
 * a host with FMA3. The switch goes straight to each operation; the rounding mode is resolved
 * only by the instructions that have one. */
FP_INLINE int fp_exec_body(struct hart *h, const struct insn *in, int mode, bool fma_ok)
{
    /* mstatus.FS = Off makes every FP instruction illegal (privileged 3.1.6.6). */
    if (!fp_enabled(h))
        return EXC_ILLEGAL_INSN;

    const bool fast = mode != FP_MODE_SOFT;
    const int how = mode == FP_MODE_FAST_MXCSR ? HF_MXCSR : HF_SW;
    (void)fast, (void)how, (void)fma_ok;
    const uint64_t r1 = h->f[in->rs1], r2 = h->f[in->rs2];
    uint8_t fl = 0;
    uint64_t fres, xres;
    uint32_t s;
    int64_t t;
    int rm;

    switch ((enum insn_op)in->op) {
    /* --- binary32 (ch. 11) --- */
    case OP_FMADD_S:
    case OP_FMSUB_S:
    case OP_FNMSUB_S:
    case OP_FNMADD_S: {
        RESOLVE_RM();
        /* fmsub: a*b - c; fnmsub: -(a*b) + c; fnmadd: -(a*b) - c. Negating an operand is exact. */
        const enum insn_op op = (enum insn_op)in->op;
        uint32_t a = unbox32(r1), b = unbox32(r2), c = unbox32(h->f[in->rs3]);
        if (op == OP_FNMSUB_S || op == OP_FNMADD_S)
            a ^= SIGN32;
        if (op == OP_FMSUB_S || op == OP_FNMADD_S)
            c ^= SIGN32;
        if (!RNE_FAST(hf_fma32(a, b, c, how, fma_ok, &s, &fl)))
            s = f32_fma(a, b, c, rm, &fl);
        fres = fp_box32(s);
        goto write_f;
    }
    case OP_FADD_S:
    case OP_FSUB_S: {
        RESOLVE_RM();
        const bool sub = in->op == OP_FSUB_S;
        const uint32_t a = unbox32(r1), b = unbox32(r2);
        /* IEEE 754-2008 5.4.1: a - b is a + (-b), signed zeros included. */
        if (!RNE_FAST(hf_add32(a, sub ? b ^ SIGN32 : b, how, &s, &fl)))
            s = sub ? f32_sub(a, b, rm, &fl) : f32_add(a, b, rm, &fl);
        fres = fp_box32(s);
        goto write_f;
    }
    case OP_FMUL_S:
        RESOLVE_RM();
        if (!RNE_FAST(hf_mul32(unbox32(r1), unbox32(r2), how, &s, &fl)))
            s = f32_mul(unbox32(r1), unbox32(r2), rm, &fl);
        fres = fp_box32(s);
        goto write_f;
    case OP_FDIV_S:
        RESOLVE_RM();
        if (!RNE_FAST(hf_div32(unbox32(r1), unbox32(r2), how, &s, &fl)))
            s = f32_div(unbox32(r1), unbox32(r2), rm, &fl);
        fres = fp_box32(s);
        goto write_f;
    case OP_FSQRT_S:
        RESOLVE_RM();
        if (!RNE_FAST(hf_sqrt32(unbox32(r1), how, &s, &fl)))
            s = f32_sqrt(unbox32(r1), rm, &fl);
        fres = fp_box32(s);
        goto write_f;
    /* Sign injection is not arithmetic: no canonicalisation, no flags (11.7). */
    case OP_FSGNJ_S:
        fres = fp_box32((unbox32(r1) & ~SIGN32) | (unbox32(r2) & SIGN32));
        goto write_f;
    case OP_FSGNJN_S:
        fres = fp_box32((unbox32(r1) & ~SIGN32) | (~unbox32(r2) & SIGN32));
        goto write_f;
    case OP_FSGNJX_S: fres = fp_box32(unbox32(r1) ^ (unbox32(r2) & SIGN32)); goto write_f;
    case OP_FMIN_S:
    case OP_FMAX_S: {
        const bool max = in->op == OP_FMAX_S;
        uint32_t a = unbox32(r1), b = unbox32(r2);
#if FP_FAST_HOST
        if (FAST(hf_num32(a) && hf_num32(b))) {
            fres = fp_box32((uint32_t)minmax64(a, b, hf_f(a), hf_f(b), max));
            goto write_f;
        }
#endif
        fres = fp_box32(max ? f32_max(a, b, &fl) : f32_min(a, b, &fl));
        goto write_f;
    }
    case OP_FCVT_W_S:
        RESOLVE_RM();
        if (FAST(hf_to_int(hf_f(unbox32(r1)), rm, HF_I32_RANGE, &t, &fl)))
            xres = sext32((uint32_t)t);
        else
            xres = sext32((uint32_t)f32_to_i32(unbox32(r1), rm, &fl));
        goto write_x;
    case OP_FCVT_WU_S:
        RESOLVE_RM();
        if (FAST(hf_to_int(hf_f(unbox32(r1)), rm, HF_U32_RANGE, &t, &fl)))
            xres = sext32((uint32_t)t);
        else
            xres = sext32(f32_to_u32(unbox32(r1), rm, &fl));
        goto write_x;
    case OP_FCVT_L_S:
        RESOLVE_RM();
        if (FAST(hf_to_int(hf_f(unbox32(r1)), rm, HF_I64_RANGE, &t, &fl)))
            xres = (uint64_t)t;
        else
            xres = (uint64_t)f32_to_i64(unbox32(r1), rm, &fl);
        goto write_x;
    case OP_FCVT_LU_S:
        RESOLVE_RM();
        if (FAST(hf_to_int(hf_f(unbox32(r1)), rm, HF_U64_RANGE, &t, &fl)))
            xres = (uint64_t)t;
        else
            xres = f32_to_u64(unbox32(r1), rm, &fl);
        goto write_x;
    case OP_FMV_X_W:
        /* A transfer: the low 32 bits as they are, NaN-boxed or not (12.2). */
        xres = sext32((uint32_t)r1);
        goto write_x;
    case OP_FCLASS_S: xres = f32_classify(unbox32(r1)); goto write_x;
    case OP_FEQ_S:
    case OP_FLT_S:
    case OP_FLE_S: {
        /* Ordered comparisons of non-NaN values raise nothing (IEEE 754-2008 5.11). */
        const enum insn_op op = (enum insn_op)in->op;
        uint32_t a = unbox32(r1), b = unbox32(r2);
#if FP_FAST_HOST
        if (FAST(hf_num32(a) && hf_num32(b))) {
            float x = hf_f(a), y = hf_f(b);
            xres = op == OP_FEQ_S ? x == y : op == OP_FLT_S ? x < y : x <= y;
            goto write_x;
        }
#endif
        xres = op == OP_FEQ_S   ? f32_eq(a, b, &fl)
               : op == OP_FLT_S ? f32_lt(a, b, &fl)
                                : f32_le(a, b, &fl);
        goto write_x;
    }
    /* Integer to binary32: exact (so rm-independent, no flags) up to 2^24 in magnitude. */
    case OP_FCVT_S_W:
        RESOLVE_RM();
        if (FAST((uint32_t)h->x[in->rs1] + (1u << 24) <= (2u << 24)))
            fres = fp_box32(hf_b32((float)(int32_t)h->x[in->rs1]));
        else
            fres = fp_box32(i32_to_f32((int32_t)h->x[in->rs1], rm, &fl));
        goto write_f;
    case OP_FCVT_S_WU:
        RESOLVE_RM();
        if (FAST((uint32_t)h->x[in->rs1] <= (1u << 24)))
            fres = fp_box32(hf_b32((float)(uint32_t)h->x[in->rs1]));
        else
            fres = fp_box32(u32_to_f32((uint32_t)h->x[in->rs1], rm, &fl));
        goto write_f;
    case OP_FCVT_S_L:
        RESOLVE_RM();
        if (FAST(h->x[in->rs1] + (1ull << 24) <= (2ull << 24)))
            fres = fp_box32(hf_b32((float)(int64_t)h->x[in->rs1]));
        else
            fres = fp_box32(i64_to_f32((int64_t)h->x[in->rs1], rm, &fl));
        goto write_f;
    case OP_FCVT_S_LU:
        RESOLVE_RM();
        if (FAST(h->x[in->rs1] <= (1ull << 24)))
            fres = fp_box32(hf_b32((float)h->x[in->rs1]));
        else
            fres = fp_box32(u64_to_f32(h->x[in->rs1], rm, &fl));
        goto write_f;
    case OP_FMV_W_X: fres = fp_box32((uint32_t)h->x[in->rs1]); goto write_f;

    /* --- binary64 (ch. 12) --- */
    case OP_FMADD_D:
    case OP_FMSUB_D:
    case OP_FNMSUB_D:
    case OP_FNMADD_D: {
        RESOLVE_RM();
        const enum insn_op op = (enum insn_op)in->op;
        uint64_t a = r1, c = h->f[in->rs3];
        if (op == OP_FNMSUB_D || op == OP_FNMADD_D)
            a ^= SIGN64;
        if (op == OP_FMSUB_D || op == OP_FNMADD_D)
            c ^= SIGN64;
        if (!(fma_ok && RNE_FAST(hf_fma64(a, r2, c, how, &fres, &fl))))
            fres = f64_fma(a, r2, c, rm, &fl);
        goto write_f;
    }
    case OP_FADD_D:
        RESOLVE_RM();
        if (!RNE_FAST(hf_add64(r1, r2, how, &fres, &fl)))
            fres = f64_add(r1, r2, rm, &fl);
        goto write_f;
    case OP_FSUB_D:
        RESOLVE_RM();
        if (!RNE_FAST(hf_add64(r1, r2 ^ SIGN64, how, &fres, &fl)))
            fres = f64_sub(r1, r2, rm, &fl);
        goto write_f;
    case OP_FMUL_D:
        RESOLVE_RM();
        if (!RNE_FAST(hf_mul64(r1, r2, how, fma_ok, &fres, &fl)))
            fres = f64_mul(r1, r2, rm, &fl);
        goto write_f;
    case OP_FDIV_D:
        RESOLVE_RM();
        if (!RNE_FAST(hf_div64(r1, r2, how, fma_ok, &fres, &fl)))
            fres = f64_div(r1, r2, rm, &fl);
        goto write_f;
    case OP_FSQRT_D:
        RESOLVE_RM();
        if (!RNE_FAST(hf_sqrt64(r1, how, fma_ok, &fres, &fl)))
            fres = f64_sqrt(r1, rm, &fl);
        goto write_f;
    case OP_FSGNJ_D: fres = (r1 & ~SIGN64) | (r2 & SIGN64); goto write_f;
    case OP_FSGNJN_D: fres = (r1 & ~SIGN64) | (~r2 & SIGN64); goto write_f;
    case OP_FSGNJX_D: fres = r1 ^ (r2 & SIGN64); goto write_f;
    case OP_FMIN_D:
    case OP_FMAX_D: {
        const bool max = in->op == OP_FMAX_D;
#if FP_FAST_HOST
        if (FAST(hf_num64(r1) && hf_num64(r2))) {
            fres = minmax64(r1, r2, hf_d(r1), hf_d(r2), max);
            goto write_f;
        }
#endif
        fres = max ? f64_max(r1, r2, &fl) : f64_min(r1, r2, &fl);
        goto write_f;
    }
    case OP_FCVT_S_D:
        RESOLVE_RM();
        if (!RNE_FAST(hf_f64_to_f32(r1, &s, &fl)))
            s = f64_to_f32(r1, rm, &fl);
        fres = fp_box32(s);
        goto write_f;
    case OP_FCVT_D_S:
        RESOLVE_RM();
        /* Widening is exact; only NaNs (canonicalised, NV for sNaN) need softfloat. */
        if (FAST(hf_num32(unbox32(r1))))
            fres = hf_b64((double)hf_f(unbox32(r1)));
        else
            fres = f32_to_f64(unbox32(r1), &fl);
        goto write_f;
    case OP_FEQ_D:
    case OP_FLT_D:
    case OP_FLE_D: {
        const enum insn_op op = (enum insn_op)in->op;
#if FP_FAST_HOST
        if (FAST(hf_num64(r1) && hf_num64(r2))) {
            double x = hf_d(r1), y = hf_d(r2);
            xres = op == OP_FEQ_D ? x == y : op == OP_FLT_D ? x < y : x <= y;
            goto write_x;
        }
#endif
        xres = op == OP_FEQ_D   ? f64_eq(r1, r2, &fl)
               : op == OP_FLT_D ? f64_lt(r1, r2, &fl)
                                : f64_le(r1, r2, &fl);
        goto write_x;
    }
    case OP_FCLASS_D: xres = f64_classify(r1); goto write_x;
    case OP_FCVT_W_D:
        RESOLVE_RM();
        if (FAST(hf_to_int(hf_d(r1), rm, HF_I32_RANGE, &t, &fl)))
            xres = sext32((uint32_t)t);
        else
            xres = sext32((uint32_t)f64_to_i32(r1, rm, &fl));
        goto write_x;
    case OP_FCVT_WU_D:
        RESOLVE_RM();
        if (FAST(hf_to_int(hf_d(r1), rm, HF_U32_RANGE, &t, &fl)))
            xres = sext32((uint32_t)t);
        else
            xres = sext32(f64_to_u32(r1, rm, &fl));
        goto write_x;
    case OP_FCVT_L_D:
        RESOLVE_RM();
        if (FAST(hf_to_int(hf_d(r1), rm, HF_I64_RANGE, &t, &fl)))
            xres = (uint64_t)t;
        else
            xres = (uint64_t)f64_to_i64(r1, rm, &fl);
        goto write_x;
    case OP_FCVT_LU_D:
        RESOLVE_RM();
        if (FAST(hf_to_int(hf_d(r1), rm, HF_U64_RANGE, &t, &fl)))
            xres = (uint64_t)t;
        else
            xres = f64_to_u64(r1, rm, &fl);
        goto write_x;
    /* int32 -> binary64 is always exact; int64 up to 2^53 in magnitude too. */
    case OP_FCVT_D_W:
        RESOLVE_RM();
        fres = i32_to_f64((int32_t)h->x[in->rs1]);
        goto write_f;
    case OP_FCVT_D_WU:
        RESOLVE_RM();
        fres = u32_to_f64((uint32_t)h->x[in->rs1]);
        goto write_f;
    case OP_FCVT_D_L:
        RESOLVE_RM();
        if (FAST(h->x[in->rs1] + (1ull << 53) <= (2ull << 53)))
            fres = hf_b64((double)(int64_t)h->x[in->rs1]);
        else
            fres = i64_to_f64((int64_t)h->x[in->rs1], rm, &fl);
        goto write_f;
    case OP_FCVT_D_LU:
        RESOLVE_RM();
        if (FAST(h->x[in->rs1] <= (1ull << 53)))
            fres = hf_b64((double)h->x[in->rs1]);
        else
            fres = u64_to_f64(h->x[in->rs1], rm, &fl);
        goto write_f;
    case OP_FMV_X_D: xres = r1; goto write_x;
    case OP_FMV_D_X: fres = h->x[in->rs1]; goto write_f;
    default: return EXC_ILLEGAL_INSN; /* not an FP computational instruction */
    }

write_f:
    h->f[in->rd] = fres;
    /* FS becomes Dirty when FP state changes: an f register or fflags (privileged 3.1.6.6). */
    h->fflags |= fl;
    fp_set_dirty(h);
    return EXC_NONE;
write_x:
    if (in->rd != 0)
        h->x[in->rd] = xres;
    if (fl) {
        h->fflags |= fl;
        fp_set_dirty(h);
    }
    return EXC_NONE;
}

static int fp_exec_soft(struct hart *h, const struct insn *in)
{
    return fp_exec_body(h, in, FP_MODE_SOFT, false);
}

#if FP_FAST_HOST
/* The instances for FMA3 hosts are compiled with the fma target so __builtin_fma is one
 * instruction; which one runs is decided per call by a cached CPUID bit (one load). */
__attribute__((target("fma"))) static int fp_exec_fast_fma(struct hart *h, const struct insn *in)
{
    return fp_exec_body(h, in, FP_MODE_FAST, true);
}

__attribute__((target("fma"))) static int fp_exec_mxcsr_fma(struct hart *h, const struct insn *in)
{
    return fp_exec_body(h, in, FP_MODE_FAST_MXCSR, true);
}

static int fp_exec_fast_nofma(struct hart *h, const struct insn *in)
{
    return fp_exec_body(h, in, FP_MODE_FAST, false);
}

static int fp_exec_mxcsr_nofma(struct hart *h, const struct insn *in)
{
    return fp_exec_body(h, in, FP_MODE_FAST_MXCSR, false);
}

/* Whether this thread's MXCSR was found in its default state: 0 not checked yet, 1 yes, -1 no.
 * Checked once per thread, not per call: STMXCSR costs about as much as the fast path saves on
 * some hosts (4 ns on AMD Zen), and nothing in capa changes the MXCSR once a thread runs; what
 * could (a library built with -ffast-math sets FTZ/DAZ at start-up) has done so before. */
static __thread int8_t fp_mx_ok;

static bool fp_fast_allowed(void)
{
    if (__builtin_expect(fp_mx_ok == 0, 0))
        fp_mx_ok = hf_mx_default() ? 1 : -1;
    return fp_mx_ok > 0;
}
#endif

int fp_exec_mode(struct hart *h, const struct insn *in, enum fp_mode mode)
{
#if FP_FAST_HOST
    if (mode == FP_MODE_SOFT || !fp_fast_allowed())
        return fp_exec_soft(h, in);
    bool fma = fp_host_has_fma();
    switch (mode) {
    case FP_MODE_FAST: return fma ? fp_exec_fast_fma(h, in) : fp_exec_fast_nofma(h, in);
    case FP_MODE_FAST_MXCSR: return fma ? fp_exec_mxcsr_fma(h, in) : fp_exec_mxcsr_nofma(h, in);
    case FP_MODE_FAST_NOFMA: return fp_exec_fast_nofma(h, in);
    case FP_MODE_FAST_MXCSR_NOFMA: return fp_exec_mxcsr_nofma(h, in);
    case FP_MODE_SOFT: break;
    }
#else
    (void)mode;
#endif
    return fp_exec_soft(h, in);
}

int fp_exec(struct hart *h, const struct insn *in)
{
#if FP_FAST_HOST
    if (__builtin_expect(!fp_fast_allowed(), 0))
        return fp_exec_soft(h, in);
    if (__builtin_cpu_supports("fma"))
        return fp_exec_fast_fma(h, in);
    return fp_exec_fast_nofma(h, in);
#else
    return fp_exec_soft(h, in);
#endif
}
