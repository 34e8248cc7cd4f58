/* Differential test of the host-FPU fast path (cpu/fpu_fast.h) against the bit-exact softfloat
 * (itself checked against the host and the spec's rules by test_softfloat*).
 *
 * Part 1, the helpers: every hf_* helper in each of its instances (NX from software or from the
 * MXCSR; compiled for a host with FMA3 or without) on operands aimed at where a fast path can go
 * wrong, against the softfloat operation in RNE: whenever a helper accepts, its result bits and
 * flags must equal softfloat's. Operands are built around a target result: at and just below the
 * smallest normal (tininess after rounding, unbounded vs bounded exponent), subnormal and zero
 * results, at and just below the overflow threshold, at hf_big64's 2^-968, ordinary; with short
 * significands (exact results, ties) and neighbours a few ulps off (each side of every tie and
 * threshold), cancellation, exponent gaps, near-perfect squares, the binary32-FMA midpoint trap,
 * integer-conversion boundaries, plus zeros, subnormals, infinities and NaNs, which must all be
 * refused. The run counts how often each helper accepted, and how often with a result at the
 * underflow or overflow end, so it shows the thresholds were exercised.
 *
 * Part 2, fp_exec: every FP computational instruction through fp_exec_mode() with the fast path
 * off (FP_MODE_SOFT) and in each fast mode, from identical hart states, in all rounding modes
 * (static, dynamic, reserved), with improperly NaN-boxed singles and each mstatus.FS state: the
 * f and x registers, fflags, mstatus and the returned exception must match. Then every pair from a
 * table of special values, for every instruction and rm field.
 *
 * FPU_FAST_SCALE=n multiplies the random case counts (default 1: about 11 M comparisons, 1 s in
 * the release build, under 5 s in the ASan one); FPU_FAST_SEED picks another random sequence. A
 * soak run:
 *   FPU_FAST_SCALE=50 FPU_FAST_SEED=7 ./test_fpu_fast */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cpu/cpu_internal.h"
#include "cpu/fpu_fast.h"
#include "cpu/softfloat.h"

static uint64_t rng_state = 0x243f6a8885a308d3ull;

static uint64_t rnd(void)
{
    /* xorshift64* */
    rng_state ^= rng_state >> 12;
    rng_state ^= rng_state << 25;
    rng_state ^= rng_state >> 27;
    return rng_state * 0x2545f4914f6cdd1dull;
}

static unsigned rndn(unsigned n)
{
    return (unsigned)((rnd() >> 32) % n);
}

static int rnd_range(int lo, int hi)
{
    return hi <= lo ? lo : lo + (int)rndn((unsigned)(hi - lo + 1));
}

static unsigned long n_fail;

/* ---------------- operand generation ---------------- */

/* A format: significand bits (with the hidden one), exponent range. */
struct fmt {
    int p, emin, emax;
};
static const struct fmt F64 = { 53, -1022, 1023 }, F32 = { 24, -126, 127 };

static bool is32(const struct fmt *f)
{
    return f->p == 24;
}

static uint64_t sign_bit(const struct fmt *f)
{
    return is32(f) ? 0x80000000ull : 0x8000000000000000ull;
}

/* sign * sig * 2^(e - (p-1)) for a p-bit significand with its top bit set; below emin the
 * significand is shifted into a subnormal (low bits dropped: fine for generating operands), above
 * emax it is infinity. */
static uint64_t encode(const struct fmt *f, bool neg, int e, uint64_t sig)
{
    uint64_t s = neg ? sign_bit(f) : 0, frac_mask = (1ull << (f->p - 1)) - 1;
    if (e > f->emax)
        return s | ((uint64_t)(2 * f->emax + 1) << (f->p - 1));
    if (e < f->emin) {
        int sh = f->emin - e;
        return s | (sh >= 64 ? 0 : sig >> sh);
    }
    return s | ((uint64_t)(e + f->emax) << (f->p - 1)) | (sig & frac_mask);
}

/* A significand: random, with few bits set (exact results and ties), just below or above a power
 * of two, or with only its upper half used (products exact in 2p bits). */
static uint64_t gen_sig(const struct fmt *f)
{
    uint64_t top = 1ull << (f->p - 1), mask = top - 1;
    switch (rndn(7)) {
    case 0: return top | (mask & rnd() & rnd() & rnd());
    case 1: {
        uint64_t s = top;
        for (int i = (int)rndn(3); i >= 0; i--)
            s |= 1ull << rndn((unsigned)f->p - 1);
        return s;
    }
    case 2: return top | (mask - rndn(4));
    case 3: return top | rndn(4);
    case 4: return top | (rnd() & mask & ~((1ull << (f->p / 2)) - 1));
    default: return top | (rnd() & mask);
    }
}

static uint64_t gen_num(const struct fmt *f, int e)
{
    return encode(f, rnd() & 1, e, gen_sig(f));
}

/* Move v by k units in the last place toward larger (k > 0) or smaller magnitude, within its
 * sign; crossing into the next binade or into subnormals and infinity as the encoding does. */
static uint64_t nudge(const struct fmt *f, uint64_t v, int k)
{
    uint64_t s = v & sign_bit(f), mag = v & ~s;
    if (k < 0 && mag < (uint64_t)-k)
        return s;
    mag += (uint64_t)(int64_t)k;
    uint64_t inf = (uint64_t)(2 * f->emax + 1) << (f->p - 1);
    return s | (mag > inf ? inf : mag);
}

static int gen_k(void)
{
    return rndn(3) ? rnd_range(-2, 2) : 0;
}

/* Anything, specials included: the helpers must refuse NaNs, infinities and subnormals. */
static uint64_t gen_any(const struct fmt *f)
{
    uint64_t s = rnd() & 1;
    uint64_t qnan = encode(f, s, f->emax + 1, 0) | (1ull << (f->p - 2));
    switch (rndn(10)) {
    case 0: return is32(f) ? (uint32_t)rnd() : rnd();
    case 1: return encode(f, s, f->emax + 1, 0);                                      /* infinity */
    case 2: return rndn(2) ? qnan : (qnan ^ (1ull << (f->p - 2))) | (1 + rndn(7));    /* q/sNaN */
    case 3: return encode(f, s, f->emin - 1 - (int)rndn((unsigned)f->p), gen_sig(f)); /* subn. */
    case 4: return s ? sign_bit(f) : 0;                                               /* zero */
    case 5: return gen_num(f, rnd_range(f->emin, f->emin + 3));
    case 6: return gen_num(f, rnd_range(f->emax - 3, f->emax));
    default: return gen_num(f, rnd_range(f->emin, f->emax));
    }
}

/* The exponent of a target result: around the underflow threshold (tininess after rounding is
 * decided at 2^emin), subnormal results, around the overflow threshold, around hf_big64's
 * 2^-968, ordinary, anywhere. */
static int gen_target_exp(const struct fmt *f)
{
    switch (rndn(8)) {
    case 0:
    case 1: return rnd_range(f->emin - 1, f->emin + 1);
    case 2: return f->emin - 1 - (int)rndn((unsigned)f->p + 2);
    case 3:
    case 4: return rnd_range(f->emax - 1, f->emax);
    case 5: return is32(f) ? rnd_range(-20, 20) : rnd_range(-971, -966);
    case 6: return rnd_range(-20, 20);
    default: return rnd_range(f->emin, f->emax);
    }
}

/* softfloat in RNE, to build operands that put a result on a target. */
static uint64_t sf_op(const struct fmt *f, char op, uint64_t a, uint64_t b)
{
    uint8_t fl = 0;
    if (is32(f)) {
        uint32_t x = (uint32_t)a, y = (uint32_t)b;
        switch (op) {
        case '+': return f32_add(x, y, SF_RNE, &fl);
        case '-': return f32_sub(x, y, SF_RNE, &fl);
        case '*': return f32_mul(x, y, SF_RNE, &fl);
        default: return f32_div(x, y, SF_RNE, &fl);
        }
    }
    switch (op) {
    case '+': return f64_add(a, b, SF_RNE, &fl);
    case '-': return f64_sub(a, b, SF_RNE, &fl);
    case '*': return f64_mul(a, b, SF_RNE, &fl);
    default: return f64_div(a, b, SF_RNE, &fl);
    }
}

static int exp_of(const struct fmt *f, uint64_t v)
{
    return (int)((v & ~sign_bit(f)) >> (f->p - 1)) - f->emax;
}

/* The kinds of operation the generators aim at. */
enum kind { K_ADD, K_MUL, K_DIV, K_SQRT, K_FMA, K_NARROW, K_TOINT, K_TOFLOAT, K_OTHER };

/* Operands o[0..2] for an operation of kind k on format f, aimed at a target result. */
static void gen_ops(const struct fmt *f, enum kind k, uint64_t *o)
{
    o[0] = gen_any(f);
    o[1] = gen_any(f);
    o[2] = gen_any(f);
    if (rndn(8) == 0)
        return; /* specials and anything */
    int te = gen_target_exp(f);
    uint64_t t = gen_num(f, te);
    switch (k) {
    case K_ADD: {
        /* x near the target's binade (cancellation onto the target) or far above it (y then
         * cancels x); or y a power-of-two-ish gap below x (ties at half an ulp, sticky bits). */
        int ex = rndn(2) ? te + rnd_range(-2, f->p + 2) : rnd_range(f->emin, f->emax);
        o[0] = gen_num(f, ex > f->emax ? f->emax : ex);
        if (rndn(3))
            o[1] = nudge(f, sf_op(f, '-', t, o[0]), gen_k());
        else
            o[1] = encode(f, rnd() & 1, exp_of(f, o[0]) - rnd_range(0, f->p + 3), gen_sig(f));
        break;
    }
    case K_MUL: {
        int lo = te - f->emax > f->emin ? te - f->emax : f->emin;
        int hi = te - f->emin < f->emax ? te - f->emin : f->emax;
        o[0] = gen_num(f, rnd_range(lo, hi));
        if (rndn(2)) {
            o[1] = nudge(f, sf_op(f, '/', t, o[0]), gen_k()); /* the product at t */
        } else {
            /* short significands: exact products and ties at the threshold */
            int e1 = exp_of(f, o[0]);
            o[1] = encode(f, rnd() & 1, te - e1 - (int)rndn(2), gen_sig(f));
        }
        break;
    }
    case K_DIV: {
        int lo = te + f->emin > f->emin ? te + f->emin : f->emin;
        int hi = te + f->emax < f->emax ? te + f->emax : f->emax;
        o[0] = gen_num(f, rnd_range(lo, hi));
        if (rndn(2)) {
            o[1] = nudge(f, sf_op(f, '/', o[0], t), gen_k()); /* the quotient at t */
        } else {
            /* y first, x = t*y: exact quotients when both significands are short */
            o[1] = gen_num(f, exp_of(f, o[0]) - te);
            o[0] = nudge(f, sf_op(f, '*', t, o[1]), gen_k());
        }
        break;
    }
    case K_SQRT: {
        /* near-perfect squares of any size, and anything non-negative */
        uint64_t r = gen_num(f, rnd_range(f->emin / 2 - 1, f->emax / 2)) & ~sign_bit(f);
        o[0] = rndn(2) ? nudge(f, sf_op(f, '*', r, r), gen_k()) : t & ~sign_bit(f);
        if (rndn(16) == 0)
            o[0] |= sign_bit(f);
        break;
    }
    case K_FMA: {
        if (is32(f) && rndn(4) == 0) {
            /* a*b = 2^m (1 - 2^-2j) exactly and c with an ulp of 2^(m+24): the binary64 sum
             * a*b + c rounds onto a binary32 midpoint (the double-rounding trap of hf_fma32). */
            int m = rnd_range(-100, 100), j = rnd_range(12, 23);
            uint64_t sig = (1ull << 23) | (1ull << (23 - j));
            o[0] = encode(f, rnd() & 1, m / 2, sig);
            o[1] = encode(f, rnd() & 1, m - m / 2 - 1,
                          rndn(2) ? ((1ull << 24) - (1ull << (24 - j))) : sig);
            o[2] = encode(f, rnd() & 1, m + 24 - (int)rndn(3), gen_sig(f));
            break;
        }
        /* the product on a target of its own (2^-968 for binary64's residual), then c: the
         * negated product (cancellation to tiny or zero results), the difference to another
         * target, or a gap below or above the product */
        int pe = rndn(2) ? gen_target_exp(f) : rnd_range(-40, 40);
        int e1 = rnd_range(pe - f->emax > f->emin ? pe - f->emax : f->emin,
                           pe - f->emin < f->emax ? pe - f->emin : f->emax);
        o[0] = gen_num(f, e1);
        o[1] = encode(f, rnd() & 1, pe - e1 - (int)rndn(2), gen_sig(f));
        uint64_t p = sf_op(f, '*', o[0], o[1]);
        switch (rndn(4)) {
        case 0: o[2] = nudge(f, p ^ sign_bit(f), gen_k()); break;
        case 1: o[2] = nudge(f, sf_op(f, '-', t, p), gen_k()); break;
        case 2:
            o[2] = encode(f, rnd() & 1, exp_of(f, p) + rnd_range(-f->p - 3, f->p + 3), gen_sig(f));
            break;
        default: o[2] = t; break;
        }
        break;
    }
    case K_NARROW: {
        /* a binary64 on or next to a binary32 threshold: a binary32 value (near its underflow
         * or overflow end, or ordinary) plus 0 or +-1/2 binary32 ulp (ties), nudged by a few
         * binary64 ulps */
        int e = gen_target_exp(&F32);
        uint64_t s = gen_sig(&F32), neg = rnd() & 1;
        if (e < F32.emin)
            e = F32.emin - 1;
        uint64_t d = encode(&F64, neg, e, s << 29);
        int half = rndn(3) ? rnd_range(-1, 1) : 0;
        o[0] = nudge(&F64, nudge(&F64, d, half * (1 << 28)), rndn(2) ? rnd_range(-3, 3) : 0);
        break;
    }
    case K_TOINT: {
        /* around the integer boundaries of the four result types, ties, and small values */
        static const double b[] = { 0.0,    0.5,    1.0,    1.5,    2.5,    0x1p31, 0x1p32,
                                    0x1p63, 0x1p64, 0x1p52, 0x1p53, 0x1p24, 100.5,  0x1p30 };
        double v = b[rndn(sizeof(b) / sizeof(b[0]))];
        if (rnd() & 1)
            v = -v;
        if (rndn(4) == 0)
            v += (rnd() & 1) ? 0.5 : -0.5;
        uint64_t bits;
        if (is32(f)) {
            float fv = (float)v;
            uint32_t u;
            memcpy(&u, &fv, sizeof(u));
            bits = u;
        } else {
            memcpy(&bits, &v, sizeof(bits));
        }
        o[0] = nudge(f, bits, rnd_range(-4, 4));
        break;
    }
    default: break;
    }
}

/* ---------------- part 1: the helpers ---------------- */

#if FP_FAST_HOST

enum hop {
    H_ADD64,
    H_MUL64,
    H_DIV64,
    H_SQRT64,
    H_FMA64,
    H_ADD32,
    H_MUL32,
    H_DIV32,
    H_SQRT32,
    H_FMA32,
    H_CVT_S_D,
    H_W_D,
    H_WU_D,
    H_L_D,
    H_LU_D,
    H_W_S,
    H_WU_S,
    H_L_S,
    H_LU_S,
    H_COUNT
};

static const struct {
    const char *name;
    const struct fmt *f;
    enum kind k;
} hops[H_COUNT] = {
    [H_ADD64] = { "add64", &F64, K_ADD },         [H_MUL64] = { "mul64", &F64, K_MUL },
    [H_DIV64] = { "div64", &F64, K_DIV },         [H_SQRT64] = { "sqrt64", &F64, K_SQRT },
    [H_FMA64] = { "fma64", &F64, K_FMA },         [H_ADD32] = { "add32", &F32, K_ADD },
    [H_MUL32] = { "mul32", &F32, K_MUL },         [H_DIV32] = { "div32", &F32, K_DIV },
    [H_SQRT32] = { "sqrt32", &F32, K_SQRT },      [H_FMA32] = { "fma32", &F32, K_FMA },
    [H_CVT_S_D] = { "f64->f32", &F64, K_NARROW }, [H_W_D] = { "f64->i32", &F64, K_TOINT },
    [H_WU_D] = { "f64->u32", &F64, K_TOINT },     [H_L_D] = { "f64->i64", &F64, K_TOINT },
    [H_LU_D] = { "f64->u64", &F64, K_TOINT },     [H_W_S] = { "f32->i32", &F32, K_TOINT },
    [H_WU_S] = { "f32->u32", &F32, K_TOINT },     [H_L_S] = { "f32->i64", &F32, K_TOINT },
    [H_LU_S] = { "f32->u64", &F32, K_TOINT },
};

static uint64_t sext32(uint32_t v)
{
    return (uint64_t)(int64_t)(int32_t)v;
}

static double hd(uint64_t b)
{
    return hf_d(b);
}

static double hs(uint64_t b)
{
    return hf_f((uint32_t)b);
}

/* One helper call; `how` and `fma` are constants in each instance below, as in fpu.c. */
HF_INLINE bool fast_any(enum hop op, int how, bool fma, const uint64_t *o, int rm, uint64_t *r,
                        uint8_t *fl)
{
    uint32_t s = 0;
    int64_t t = 0;
    bool ok;
    switch (op) {
    case H_ADD64: return hf_add64(o[0], o[1], how, r, fl);
    case H_MUL64: return hf_mul64(o[0], o[1], how, fma, r, fl);
    case H_DIV64: return hf_div64(o[0], o[1], how, fma, r, fl);
    case H_SQRT64: return hf_sqrt64(o[0], how, fma, r, fl);
    case H_FMA64: return fma && hf_fma64(o[0], o[1], o[2], how, r, fl);
    case H_ADD32: ok = hf_add32((uint32_t)o[0], (uint32_t)o[1], how, &s, fl); break;
    case H_MUL32: ok = hf_mul32((uint32_t)o[0], (uint32_t)o[1], how, &s, fl); break;
    case H_DIV32: ok = hf_div32((uint32_t)o[0], (uint32_t)o[1], how, &s, fl); break;
    case H_SQRT32: ok = hf_sqrt32((uint32_t)o[0], how, &s, fl); break;
    case H_FMA32:
        ok = hf_fma32((uint32_t)o[0], (uint32_t)o[1], (uint32_t)o[2], how, fma, &s, fl);
        break;
    case H_CVT_S_D: ok = hf_f64_to_f32(o[0], &s, fl); break;
    case H_W_D: ok = hf_to_int(hd(o[0]), rm, HF_I32_RANGE, &t, fl); goto s32;
    case H_WU_D: ok = hf_to_int(hd(o[0]), rm, HF_U32_RANGE, &t, fl); goto s32;
    case H_L_D: ok = hf_to_int(hd(o[0]), rm, HF_I64_RANGE, &t, fl); goto s64;
    case H_LU_D: ok = hf_to_int(hd(o[0]), rm, HF_U64_RANGE, &t, fl); goto s64;
    case H_W_S: ok = hf_to_int(hs(o[0]), rm, HF_I32_RANGE, &t, fl); goto s32;
    case H_WU_S: ok = hf_to_int(hs(o[0]), rm, HF_U32_RANGE, &t, fl); goto s32;
    case H_L_S: ok = hf_to_int(hs(o[0]), rm, HF_I64_RANGE, &t, fl); goto s64;
    case H_LU_S: ok = hf_to_int(hs(o[0]), rm, HF_U64_RANGE, &t, fl); goto s64;
    default: return false;
    }
    *r = s;
    return ok;
s32:
    *r = sext32((uint32_t)t);
    return ok;
s64:
    *r = (uint64_t)t;
    return ok;
}

__attribute__((target("fma"))) static bool fast_sw_fma(enum hop op, const uint64_t *o, int rm,
                                                       uint64_t *r, uint8_t *fl)
{
    return fast_any(op, HF_SW, true, o, rm, r, fl);
}

__attribute__((target("fma"))) static bool fast_mx_fma(enum hop op, const uint64_t *o, int rm,
                                                       uint64_t *r, uint8_t *fl)
{
    return fast_any(op, HF_MXCSR, true, o, rm, r, fl);
}

static bool fast_sw(enum hop op, const uint64_t *o, int rm, uint64_t *r, uint8_t *fl)
{
    return fast_any(op, HF_SW, false, o, rm, r, fl);
}

static bool fast_mx(enum hop op, const uint64_t *o, int rm, uint64_t *r, uint8_t *fl)
{
    return fast_any(op, HF_MXCSR, false, o, rm, r, fl);
}

static uint64_t soft_any(enum hop op, const uint64_t *o, int rm, uint8_t *fl)
{
    uint32_t a = (uint32_t)o[0], b = (uint32_t)o[1], c = (uint32_t)o[2];
    switch (op) {
    case H_ADD64: return f64_add(o[0], o[1], SF_RNE, fl);
    case H_MUL64: return f64_mul(o[0], o[1], SF_RNE, fl);
    case H_DIV64: return f64_div(o[0], o[1], SF_RNE, fl);
    case H_SQRT64: return f64_sqrt(o[0], SF_RNE, fl);
    case H_FMA64: return f64_fma(o[0], o[1], o[2], SF_RNE, fl);
    case H_ADD32: return f32_add(a, b, SF_RNE, fl);
    case H_MUL32: return f32_mul(a, b, SF_RNE, fl);
    case H_DIV32: return f32_div(a, b, SF_RNE, fl);
    case H_SQRT32: return f32_sqrt(a, SF_RNE, fl);
    case H_FMA32: return f32_fma(a, b, c, SF_RNE, fl);
    case H_CVT_S_D: return f64_to_f32(o[0], SF_RNE, fl);
    case H_W_D: return sext32((uint32_t)f64_to_i32(o[0], rm, fl));
    case H_WU_D: return sext32(f64_to_u32(o[0], rm, fl));
    case H_L_D: return (uint64_t)f64_to_i64(o[0], rm, fl);
    case H_LU_D: return f64_to_u64(o[0], rm, fl);
    case H_W_S: return sext32((uint32_t)f32_to_i32(a, rm, fl));
    case H_WU_S: return sext32(f32_to_u32(a, rm, fl));
    case H_L_S: return (uint64_t)f32_to_i64(a, rm, fl);
    case H_LU_S: return f32_to_u64(a, rm, fl);
    default: return 0;
    }
}

typedef bool (*fast_fn)(enum hop, const uint64_t *, int, uint64_t *, uint8_t *);

static const struct {
    const char *name;
    fast_fn fn;
    bool needs_fma;
} insts[] = {
    { "sw+fma", fast_sw_fma, true },
    { "mxcsr+fma", fast_mx_fma, true },
    { "sw", fast_sw, false },
    { "mxcsr", fast_mx, false },
};
#define N_INSTS (sizeof(insts) / sizeof(insts[0]))

/* The instances that never accept an operation by design (fpu_fast.h): binary64 mul, div and
 * FMA need FMA3 for their software residual (the FMA one also for the operation itself). */
static bool never(enum hop op, unsigned inst)
{
    if (inst == 2 && (op == H_MUL64 || op == H_DIV64))
        return true;
    return op == H_FMA64 && inst >= 2;
}

/* Result at the underflow end (below 2^(emin+1), non-zero), the overflow end (2^emax and up), or
 * (binary64) within a binade of hf_big64's 2^-968. */
static int edge_of(const struct fmt *f, uint64_t r)
{
    uint64_t mag = r & ~sign_bit(f);
    if (mag != 0 && mag < ((uint64_t)2 << (f->p - 1)))
        return 1;
    if (mag >= ((uint64_t)(2 * f->emax) << (f->p - 1)))
        return 2;
    if (!is32(f) && mag >= 0x0360000000000000ull && mag < 0x0380000000000000ull)
        return 3;
    return 0;
}

static unsigned long h_cases, h_cmp;

static void test_helpers(long iters)
{
    const bool fma = fp_host_has_fma();
    printf("part 1, helpers vs softfloat (RNE; RTZ too for to-int): accepted (inexact, at the "
           "underflow end, at the overflow end[, binary64: near 2^-968]) per instance\n");
    for (enum hop op = 0; op < H_COUNT; op++) {
        const struct fmt *f = hops[op].f;
        const enum kind k = hops[op].k;
        unsigned long acc[N_INSTS] = { 0 }, nx[N_INSTS] = { 0 }, lo[N_INSTS] = { 0 },
                      hi[N_INSTS] = { 0 }, big[N_INSTS] = { 0 };
        for (long i = 0; i < iters; i++) {
            uint64_t o[3];
            gen_ops(f, k, o);
            const int rm = k == K_TOINT && (rnd() & 1) ? SF_RTZ : SF_RNE;
            uint8_t sfl = 0;
            uint64_t sres = soft_any(op, o, rm, &sfl);
            h_cases++;
            for (unsigned n = 0; n < N_INSTS; n++) {
                if (insts[n].needs_fma && !fma)
                    continue;
                uint8_t ffl = 0;
                uint64_t fres = 0;
                if (!insts[n].fn(op, o, rm, &fres, &ffl))
                    continue;
                h_cmp++;
                acc[n]++;
                nx[n] += (ffl & SF_FLAG_NX) != 0;
                if (k != K_TOINT) {
                    const struct fmt *rf = op == H_CVT_S_D ? &F32 : f;
                    int e = edge_of(rf, sres);
                    lo[n] += e == 1;
                    hi[n] += e == 2;
                    big[n] += e == 3;
                }
                if (fres != sres || ffl != sfl) {
                    if (++n_fail <= 20)
                        printf("FAIL %s [%s] rm=%d ops %016llx %016llx %016llx: soft %016llx "
                               "fl %02x, fast %016llx fl %02x\n",
                               hops[op].name, insts[n].name, rm, (unsigned long long)o[0],
                               (unsigned long long)o[1], (unsigned long long)o[2],
                               (unsigned long long)sres, sfl, (unsigned long long)fres, ffl);
                }
            }
        }
        printf("  %-9s", hops[op].name);
        for (unsigned n = 0; n < N_INSTS; n++) {
            if (insts[n].needs_fma && !fma)
                continue;
            printf(" %s %lu (%lu, %lu, %lu", insts[n].name, acc[n], nx[n], lo[n], hi[n]);
            if (hops[op].f == &F64 && k != K_TOINT && k != K_NARROW)
                printf(", %lu", big[n]);
            printf(")");
            /* A helper that stopped accepting, or never reached a threshold it can reach, would
             * test nothing. Square roots stay far from both ends; binary64 products with the
             * software residual stop at 2^-968 (hf_big64). */
            bool want_lo = k != K_TOINT && k != K_SQRT && !(op == H_MUL64 && n == 0);
            bool want_hi = k != K_TOINT && k != K_SQRT;
            bool want_big = (op == H_MUL64 || op == H_FMA64 || op == H_DIV64) && n == 0;
            if (!never(op, n) && (acc[n] < (unsigned long)iters / 8 ||
                                  (iters >= 10000 && ((want_lo && !lo[n]) || (want_hi && !hi[n]) ||
                                                      (want_big && !big[n]))))) {
                printf(" <- FAIL: too few accepted");
                n_fail++;
            }
            if (never(op, n) && acc[n]) {
                printf(" <- FAIL: accepted");
                n_fail++;
            }
        }
        printf("\n");
    }
}

#endif /* FP_FAST_HOST */

/* ---------------- part 2: fp_exec ---------------- */

static const struct {
    enum insn_op op;
    const struct fmt *f; /* the operands' format; NULL: an integer operand */
    enum kind k;
} fops[] = {
    { OP_FMADD_S, &F32, K_FMA },       { OP_FMSUB_S, &F32, K_FMA },
    { OP_FNMSUB_S, &F32, K_FMA },      { OP_FNMADD_S, &F32, K_FMA },
    { OP_FMADD_D, &F64, K_FMA },       { OP_FMSUB_D, &F64, K_FMA },
    { OP_FNMSUB_D, &F64, K_FMA },      { OP_FNMADD_D, &F64, K_FMA },
    { OP_FADD_S, &F32, K_ADD },        { OP_FSUB_S, &F32, K_ADD },
    { OP_FMUL_S, &F32, K_MUL },        { OP_FDIV_S, &F32, K_DIV },
    { OP_FSQRT_S, &F32, K_SQRT },      { OP_FSGNJ_S, &F32, K_OTHER },
    { OP_FSGNJN_S, &F32, K_OTHER },    { OP_FSGNJX_S, &F32, K_OTHER },
    { OP_FMIN_S, &F32, K_OTHER },      { OP_FMAX_S, &F32, K_OTHER },
    { OP_FCVT_W_S, &F32, K_TOINT },    { OP_FCVT_WU_S, &F32, K_TOINT },
    { OP_FCVT_L_S, &F32, K_TOINT },    { OP_FCVT_LU_S, &F32, K_TOINT },
    { OP_FMV_X_W, &F32, K_OTHER },     { OP_FCLASS_S, &F32, K_OTHER },
    { OP_FEQ_S, &F32, K_OTHER },       { OP_FLT_S, &F32, K_OTHER },
    { OP_FLE_S, &F32, K_OTHER },       { OP_FCVT_S_W, NULL, K_TOFLOAT },
    { OP_FCVT_S_WU, NULL, K_TOFLOAT }, { OP_FCVT_S_L, NULL, K_TOFLOAT },
    { OP_FCVT_S_LU, NULL, K_TOFLOAT }, { OP_FMV_W_X, NULL, K_TOFLOAT },
    { OP_FADD_D, &F64, K_ADD },        { OP_FSUB_D, &F64, K_ADD },
    { OP_FMUL_D, &F64, K_MUL },        { OP_FDIV_D, &F64, K_DIV },
    { OP_FSQRT_D, &F64, K_SQRT },      { OP_FSGNJ_D, &F64, K_OTHER },
    { OP_FSGNJN_D, &F64, K_OTHER },    { OP_FSGNJX_D, &F64, K_OTHER },
    { OP_FMIN_D, &F64, K_OTHER },      { OP_FMAX_D, &F64, K_OTHER },
    { OP_FCVT_S_D, &F64, K_NARROW },   { OP_FCVT_D_S, &F32, K_OTHER },
    { OP_FEQ_D, &F64, K_OTHER },       { OP_FLT_D, &F64, K_OTHER },
    { OP_FLE_D, &F64, K_OTHER },       { OP_FCLASS_D, &F64, K_OTHER },
    { OP_FCVT_W_D, &F64, K_TOINT },    { OP_FCVT_WU_D, &F64, K_TOINT },
    { OP_FCVT_L_D, &F64, K_TOINT },    { OP_FCVT_LU_D, &F64, K_TOINT },
    { OP_FCVT_D_W, NULL, K_TOFLOAT },  { OP_FCVT_D_WU, NULL, K_TOFLOAT },
    { OP_FCVT_D_L, NULL, K_TOFLOAT },  { OP_FCVT_D_LU, NULL, K_TOFLOAT },
    { OP_FMV_X_D, &F64, K_OTHER },     { OP_FMV_D_X, NULL, K_TOFLOAT },
};
#define N_FOPS (sizeof(fops) / sizeof(fops[0]))

/* An integer near the exactness limits of the int-to-float conversions (2^24, 2^53) and the
 * ends of each integer type, or anything. */
static uint64_t gen_int(void)
{
    static const uint64_t b[] = { 0,          1u << 24,   1u << 23,   1ull << 53, 1ull << 52,
                                  1ull << 31, 1ull << 32, 1ull << 63, 1ull << 54 };
    switch (rndn(5)) {
    case 0: return rnd();
    case 1: return (uint64_t)(int64_t)(int32_t)rnd();
    case 2: return (uint64_t)((int64_t)rndn(2001) - 1000);
    default: {
        uint64_t v = b[rndn(sizeof(b) / sizeof(b[0]))] + (uint64_t)((int64_t)rndn(9) - 4);
        return (rnd() & 1) ? 0 - v : v;
    }
    }
}

/* A value for an f register: singles NaN-boxed, 1 in 32 of them improperly (reads as the
 * canonical NaN). */
static uint64_t put(const struct fmt *f, uint64_t v)
{
    if (!is32(f))
        return v;
    if (rndn(32) == 0)
        return (rnd() << 32 >> 1 << 1) | (uint32_t)v;
    return 0xffffffff00000000ull | (uint32_t)v;
}

static const enum fp_mode modes[] = { FP_MODE_FAST, FP_MODE_FAST_MXCSR, FP_MODE_FAST_NOFMA,
                                      FP_MODE_FAST_MXCSR_NOFMA };
static const char *const mode_names[] = { "fast", "fast-mxcsr", "fast-nofma", "mxcsr-nofma" };
#define N_MODES (sizeof(modes) / sizeof(modes[0]))

static unsigned long e_cmp;
static struct hart *h0, *href, *hgot;

/* Copy the state fp_exec reads and writes (struct hart is large: TLBs and caches). */
static void load(struct hart *dst, const struct hart *src)
{
    memcpy(dst->f, src->f, sizeof(dst->f));
    memcpy(dst->x, src->x, sizeof(dst->x));
    dst->frm = src->frm;
    dst->fflags = src->fflags;
    dst->mstatus = src->mstatus;
    dst->priv = src->priv;
}

static bool same(const struct hart *a, const struct hart *b)
{
    return !memcmp(a->f, b->f, sizeof(a->f)) && !memcmp(a->x, b->x, sizeof(a->x)) &&
           a->fflags == b->fflags && a->mstatus == b->mstatus;
}

/* Run h0's instruction in the reference and in every fast mode; compare. */
static void compare_modes(const char *what, const struct insn *in)
{
    load(href, h0);
    int eref = fp_exec_mode(href, in, FP_MODE_SOFT);
    for (unsigned m = 0; m < N_MODES; m++) {
        load(hgot, h0);
        int egot = fp_exec_mode(hgot, in, modes[m]);
        e_cmp++;
        if (egot == eref && same(href, hgot))
            continue;
        if (++n_fail > 20)
            continue;
        printf("FAIL %s %s [%s] rm=%u frm=%u: f1=%016llx f2=%016llx f4=%016llx x1=%016llx\n", what,
               insn_name((enum insn_op)in->op), mode_names[m], in->rm, h0->frm,
               (unsigned long long)h0->f[1], (unsigned long long)h0->f[2],
               (unsigned long long)h0->f[4], (unsigned long long)h0->x[1]);
        printf("  soft: exc=%d f=%016llx x=%016llx fflags=%02x mstatus=%llx\n", eref,
               (unsigned long long)href->f[in->rd], (unsigned long long)href->x[in->rd],
               href->fflags, (unsigned long long)href->mstatus);
        printf("  fast: exc=%d f=%016llx x=%016llx fflags=%02x mstatus=%llx\n", egot,
               (unsigned long long)hgot->f[in->rd], (unsigned long long)hgot->x[in->rd],
               hgot->fflags, (unsigned long long)hgot->mstatus);
    }
}

static void one_case(unsigned i)
{
    struct insn in = { .op = (uint16_t)fops[i].op, .rs1 = 1, .rs2 = 2, .rs3 = 4, .len = 4 };
    static const uint8_t rds[] = { 3, 3, 3, 0, 1 };
    in.rd = rds[rndn(5)];

    /* Rounding: mostly RNE, the fast path's mode (static or dynamic); else any mode, static or
     * dynamic, and reserved encodings and frm values. */
    h0->frm = 0;
    unsigned r = rndn(10);
    if (r < 3) {
        in.rm = RM_RNE;
    } else if (r < 6) {
        in.rm = RM_DYN;
    } else if (r < 8) {
        in.rm = (uint8_t)rndn(5);
    } else {
        in.rm = (uint8_t)(rndn(4) ? RM_DYN : 5 + rndn(2));
        h0->frm = (uint8_t)(rndn(4) ? rndn(5) : rndn(8));
    }

    uint64_t o[3] = { 0, 0, 0 };
    const struct fmt *f = fops[i].f;
    if (f)
        gen_ops(f, fops[i].k, o);
    h0->f[1] = put(f ? f : &F64, o[0]);
    h0->f[2] = put(f ? f : &F64, o[1]);
    h0->f[4] = put(f ? f : &F64, o[2]);
    h0->x[1] = gen_int();
    h0->fflags = (uint8_t)(rndn(4) ? 0 : rndn(32));
    /* FS: mostly Dirty or Initial; Clean; rarely Off (every FP instruction illegal). */
    static const uint64_t fs[] = { FS_DIRTY, FS_DIRTY, FS_INITIAL, 2, 0 };
    h0->mstatus = fs[rndn(rndn(16) ? 4 : 5)] << 13;
    compare_modes("random", &in);
}

/* Every pair from a table of specials and thresholds, both orders, every rm field. */
static void edge_cases(void)
{
    static const uint64_t d[] = {
        0x0000000000000000ull,
        0x8000000000000000ull,
        0x0010000000000000ull,
        0x8010000000000000ull,
        0x000fffffffffffffull,
        0x0010000000000001ull,
        0x3ff0000000000000ull,
        0xbff0000000000000ull,
        0x7fefffffffffffffull,
        0xffefffffffffffffull,
        0x7ff0000000000000ull,
        0x7ff8000000000000ull,
        0x7ff0000000000001ull,
        0x3ca0000000000000ull,
        0x3cb0000000000000ull,
        0x2010000000000000ull,
        0x1ff0000000000000ull,
        0x3fefffffffffffffull,
        0x0000000000000001ull,
        0x41e0000000000000ull,
        0xc1e0000000000000ull,
        0x43e0000000000000ull,
        0xc3e0000000000000ull,
        0x3fe0000000000000ull,
        0x0370000000000000ull, /* 2^-968, hf_big64's threshold */
        0x036fffffffffffffull,
        /* binary32 thresholds as binary64: 2^-126, FLT_MAX, FLT_MAX + half an ulp */
        0x3810000000000000ull,
        0x47efffffe0000000ull,
        0x47effffff0000000ull,
        /* integer-conversion boundaries: 2^63 - 1024, -(2^63 + 2048), 2^31 - 1, 2^31 - 0.5,
         * -(2^31 + 0.5), -(2^31 + 1), 2^32 - 0.5, 2^32, -0.5, 2^53 + 2 */
        0x43dfffffffffffffull,
        0xc3e0000000000001ull,
        0x41dfffffffc00000ull,
        0x41dfffffffe00000ull,
        0xc1e0000000100000ull,
        0xc1e0000000200000ull,
        0x41efffffffe00000ull,
        0x41f0000000000000ull,
        0xbfe0000000000000ull,
        0x4340000000000001ull,
    };
    const size_t nd = sizeof(d) / sizeof(d[0]);
    for (unsigned op = 0; op < N_FOPS; op++) {
        for (size_t i = 0; i < nd; i++) {
            /* one source register: the second operand does not matter */
            const enum kind k = fops[op].k;
            const enum insn_op o = fops[op].op;
            const bool unary = k == K_SQRT || k == K_NARROW || k == K_TOINT || k == K_TOFLOAT ||
                               o == OP_FMV_X_W || o == OP_FCLASS_S || o == OP_FCVT_D_S ||
                               o == OP_FCLASS_D || o == OP_FMV_X_D;
            for (size_t j = 0; j < (unary ? 1 : nd); j++) {
                for (unsigned rm = 0; rm < 8; rm++) {
                    struct insn in = { .op = (uint16_t)fops[op].op,
                                       .rd = 3,
                                       .rs1 = 1,
                                       .rs2 = 2,
                                       .rs3 = 4,
                                       .rm = (uint8_t)rm,
                                       .len = 4 };
                    uint64_t a = d[i], b = d[j], c = d[(i * 7 + j) % nd];
                    if (fops[op].f == &F32) {
                        /* the same values narrowed (RNE), NaN-boxed */
                        uint8_t fl = 0;
                        a = fp_box32(f64_to_f32(a, SF_RNE, &fl));
                        b = fp_box32(f64_to_f32(b, SF_RNE, &fl));
                        c = fp_box32(f64_to_f32(c, SF_RNE, &fl));
                    }
                    memset(h0->f, 0, sizeof(h0->f));
                    memset(h0->x, 0, sizeof(h0->x));
                    h0->fflags = 0;
                    h0->mstatus = MSTATUS_FS;
                    h0->frm = (uint8_t)(rm == RM_DYN ? (i + j) % 5 : 0);
                    h0->f[1] = a;
                    h0->f[2] = b;
                    h0->f[4] = c;
                    h0->x[1] = d[i] ^ d[j];
                    compare_modes("edge", &in);
                }
            }
        }
    }
}

/* The fast path presumes the host's default MXCSR control bits: RNE, FTZ and DAZ off, exceptions
 * masked; fp_exec checks. */
static void check_host_mxcsr(void)
{
#if FP_FAST_HOST
    if (!hf_mx_default()) {
        printf("FAIL host MXCSR %#x is not the default\n", hf_mx_read());
        n_fail++;
    }
#endif
}

int main(void)
{
    long scale = 1;
    if (getenv("FPU_FAST_SCALE"))
        scale = atol(getenv("FPU_FAST_SCALE"));
    if (getenv("FPU_FAST_SEED"))
        rng_state = strtoull(getenv("FPU_FAST_SEED"), NULL, 0) | 1;
    h0 = calloc(1, sizeof(*h0));
    href = calloc(1, sizeof(*href));
    hgot = calloc(1, sizeof(*hgot));
    if (!h0 || !href || !hgot)
        return 1;
    h0->priv = PRV_M;

    check_host_mxcsr();
#if FP_FAST_HOST
    test_helpers(150000 * scale);
    printf("part 1: %lu operand sets, %lu accepted by a helper instance and compared\n", h_cases,
           h_cmp);
#endif
    edge_cases();
    for (long n = 0; n < 10000 * scale; n++)
        for (unsigned i = 0; i < N_FOPS; i++)
            one_case(i);
    check_host_mxcsr();
    printf("part 2: %lu fp_exec comparisons (%zu instructions, %zu fast modes against softfloat)\n",
           e_cmp, N_FOPS, N_MODES);

    printf("test_fpu_fast: %lu failures (host fma: %s, fast path: %s)\n", n_fail,
           fp_host_has_fma() ? "yes" : "no", FP_FAST_HOST ? "yes" : "no");
    free(h0);
    free(href);
    free(hgot);
    return n_fail ? 1 : 0;
}
