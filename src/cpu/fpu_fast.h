/* The host-FPU fast path of fpu.c ("hardfloat"): F/D operations computed with the host's SSE2
 * unit when, and only when, the host result and its exception flags are guaranteed to equal what
 * the bit-exact softfloat (and so the RISC-V spec, unprivileged ch. 11 "F", ch. 12 "D") gives.
 * Everything else returns false and the caller falls back to softfloat.
 *
 * Why the host can be trusted in the accepted cases: the host and RISC-V are both IEEE 754-2008
 * binary32/binary64 and round correctly; they differ only in NaN results (x86 propagates payloads
 * and produces a negative default NaN, RISC-V returns the canonical NaN, 11.3), in the detection
 * of tininess (RISC-V: after rounding, 11.2; x86: before rounding) and in float-to-integer
 * saturation (11.7). So every helper accepts only operands that are zero or normal (no NaN,
 * infinity or subnormal), results that are zero or normal and finite (no overflow, no underflow:
 * those go to softfloat), and raises no flag but NX. The arithmetic helpers only handle
 * roundTiesToEven (RNE): it is the host's default MXCSR mode, and switching MXCSR per instruction
 * would cost more than it saves.
 *
 * NX (inexact) comes from one of two sources, selected by `how`:
 *   - HF_SW: an exact error term computed in software (Knuth's TwoSum for addition; the residual
 *     a*b - r, a - r*b or a - r*r with one fused multiply-add for mul/div/sqrt, exact when the
 *     operands are far enough from the subnormal range; binary32 is computed in binary64, where
 *     products of two binary32 values are exact). Pure arithmetic: no serialising instructions.
 *   - HF_MXCSR: the host's sticky PE flag, cleared before and read after the operation
 *     (STMXCSR/LDMXCSR, slow: about 10 ns a round trip on AMD Zen). Used only where there is
 *     no cheap exact error term (binary64 square root on hosts without FMA3); FP_MODE_FAST_MXCSR
 *     uses it everywhere, for the differential test and bench/fpu_bench.
 *
 * Assumes the host MXCSR control bits are the default (RNE, FTZ and DAZ off, exceptions masked):
 * capa never changes them, and fp_exec() checks (hf_mx_default) before taking the fast path, so a
 * library that did would only cost speed. The error-term arguments also need every operation
 * rounded on its own: gnu11 builds contract a*b + c into an FMA by default (-ffp-contract=fast),
 * so each product whose rounding matters passes through HF_PIN, which the compiler cannot see
 * through. Hart thread; pure functions (the MXCSR is the thread's own). */
#ifndef CAPA_CPU_FPU_FAST_H
#define CAPA_CPU_FPU_FAST_H

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "cpu/softfloat.h"

#if defined(__x86_64__) && defined(__SSE2_MATH__)
#define FP_FAST_HOST 1
#include <emmintrin.h>
#else
#define FP_FAST_HOST 0
#endif

/* How fp_exec_mode() executes: the pure-softfloat reference, the fast path with software NX
 * detection where possible, or the fast path with NX always from the MXCSR; the _NOFMA modes are
 * the instances a host without FMA3 runs, so that a host with it tests them too. fp_exec() is
 * FP_MODE_FAST (FP_MODE_FAST_NOFMA without FMA3). */
enum fp_mode {
    FP_MODE_SOFT,
    FP_MODE_FAST,
    FP_MODE_FAST_MXCSR,
    FP_MODE_FAST_NOFMA,
    FP_MODE_FAST_MXCSR_NOFMA,
};

struct hart;
struct insn;

/* fp_exec() with the execution mode chosen by the caller: for the differential test (fast path
 * on vs forced off) and the benchmark. Hart thread. */
int fp_exec_mode(struct hart *h, const struct insn *in, enum fp_mode mode);

/* The host has FMA3 (fused multiply-add): needed for the binary64 FMA fast path and for the
 * HF_SW residuals of binary64 mul/div/sqrt. */
bool fp_host_has_fma(void);

#define HF_INLINE static inline __attribute__((always_inline))

enum { HF_SW, HF_MXCSR };

/* Bit casts and classification: plain C, also compiled where there is no fast path. */
#define HF_SIGN64 0x8000000000000000ull
#define HF_SIGN32 0x80000000u

HF_INLINE double hf_d(uint64_t b)
{
    double d;
    memcpy(&d, &b, sizeof(d));
    return d;
}

HF_INLINE uint64_t hf_b64(double d)
{
    uint64_t b;
    memcpy(&b, &d, sizeof(b));
    return b;
}

HF_INLINE float hf_f(uint32_t b)
{
    float f;
    memcpy(&f, &b, sizeof(f));
    return f;
}

HF_INLINE uint32_t hf_b32(float f)
{
    uint32_t b;
    memcpy(&b, &f, sizeof(b));
    return b;
}

/* Zero or normal: neither NaN, infinity nor subnormal (biased exponent 1..2046, or all zero). */
HF_INLINE bool hf_nz64(uint64_t x)
{
    uint64_t e = (x >> 52) & 0x7ff;
    return e - 1 < 0x7fe || (x << 1) == 0;
}

HF_INLINE bool hf_nz32(uint32_t x)
{
    uint32_t e = (x >> 23) & 0xff;
    return e - 1 < 0xfe || (x << 1) == 0;
}

/* An acceptable result: zero or normal and finite, and not an inexact +-2^emin. UF is raised for
 * a tiny inexact result, tininess detected after rounding (11.2; IEEE 754-2008 7.5): the exact
 * value rounded as if the exponent range were unbounded is below 2^emin. A result that rounds to
 * the smallest normal may still be tiny, so an inexact one goes to softfloat; a larger one comes
 * from an exact value above 2^emin (rounding is monotonic and 2^emin representable), not tiny.
 * Overflow (RNE rounds it to infinity) and subnormal results are refused outright; an inexact
 * zero, the callers that can produce one refuse themselves. */
HF_INLINE bool hf_ok64(uint64_t r, bool nx)
{
    return hf_nz64(r) && !(nx && (r << 1) == (0x0010000000000000ull << 1));
}

HF_INLINE bool hf_ok32(uint32_t r, bool nx)
{
    return hf_nz32(r) && !(nx && (r << 1) == (0x00800000u << 1));
}

/* Not a NaN (exponent all ones with a non-zero fraction). */
HF_INLINE bool hf_num64(uint64_t x)
{
    return (x & ~HF_SIGN64) <= 0x7ff0000000000000ull;
}

HF_INLINE bool hf_num32(uint32_t x)
{
    return (x & ~HF_SIGN32) <= 0x7f800000u;
}

#if FP_FAST_HOST

/* |x| >= 2^-968 (and finite): far enough above the subnormal range for the FMA residuals below to
 * be exact. With E(v) the exponent of v (2^E(v) <= |v| < 2^(E(v)+1)) and 53-bit significands:
 *   - product, x = r = RN(a*b): a*b - r is a multiple of 2^(E(a)+E(b)-104) and below half an ulp
 *     of r, so it needs at most 53 bits; E(a)+E(b) >= E(r)-2 >= -970 (r may round up to
 *     2^(E(a)+E(b)+2)) puts its last bit at or above 2^-1074, inside binary64's range: the
 *     known condition E(a)+E(b) >= emin+p-1 for the error of a product to be representable;
 *   - quotient, x = a, r = RN(a/b) normal: a - r*b is a multiple of 2^(E(r)+E(b)-104) (so is a,
 *     as E(a) >= E(r)+E(b)-1) below 2^(E(r)+E(b)-52), and E(r)+E(b) >= E(a)-1 >= -969;
 *   - square root, x = a, r = RN(sqrt(a)): a - r*r is a multiple of 2^(2E(r)-104) below
 *     2^(2E(r)-51), and 2E(r) >= E(a)-1 >= -969.
 * An exactly representable residual computed by one FMA is exact, and zero iff the operation was
 * exact. */
HF_INLINE bool hf_big64(double x)
{
    double a = __builtin_fabs(x);
    return a >= 0x1p-968 && a <= 0x1.fffffffffffffp1023;
}

/* MXCSR exception flags: IE DE ZE OE UE PE (bits 0..5); the control bits above them: DAZ (6),
 * the exception masks (7..12), rounding control (13, 14), FTZ (15). Intel SDM vol. 1, 10.2.3. */
#define MX_FLAGS   0x3fu
#define MX_PE      0x20u
#define MX_CONTROL 0xffc0u
#define MX_DEFAULT 0x1f80u /* all exceptions masked, RNE, DAZ and FTZ off */

HF_INLINE uint32_t hf_mx_read(void)
{
    uint32_t m;
    __asm__ volatile("stmxcsr %0" : "=m"(m));
    return m;
}

/* Clear the sticky flags, only when one is set (LDMXCSR is the expensive half). */
HF_INLINE void hf_mx_clear(void)
{
    uint32_t m = hf_mx_read();
    if (m & MX_FLAGS) {
        m &= ~MX_FLAGS;
        __asm__ volatile("ldmxcsr %0" : : "m"(m));
    }
}

/* The MXCSR control bits are the default ones the fast path is argued for. */
HF_INLINE bool hf_mx_default(void)
{
    return (hf_mx_read() & MX_CONTROL) == MX_DEFAULT;
}

/* Compiler barriers pinning an FP operation between the MXCSR clear and read: volatile asm
 * statements keep their order, and the operands/result pass through them. */
#define HF_PIN(v) __asm__ volatile("" : "+x"(v))

/* Make v opaque to the optimiser (no instruction): a product passed through it cannot be fused
 * with a later addition (-ffp-contract=fast would otherwise be free to). */
#define HF_OPAQUE(v) __asm__("" : "+x"(v))

/* Run `stmt` (computing r from pinned inputs) with fresh MXCSR flags; give up on anything but PE,
 * set nx from PE. */
#define HF_MX_RUN(r, stmt, nx)                                                                     \
    do {                                                                                           \
        hf_mx_clear();                                                                             \
        stmt;                                                                                      \
        HF_PIN(r);                                                                                 \
        uint32_t m_ = hf_mx_read();                                                                \
        if (m_ & (MX_FLAGS & ~MX_PE))                                                              \
            return false;                                                                          \
        (nx) = (m_ & MX_PE) != 0;                                                                  \
    } while (0)

/* Knuth's TwoSum (TAOCP vol. 2, 4.2.2, theorem B): err = (x + y) - s exactly, for s = RN(x + y),
 * without branches; exact in binary round-to-nearest arithmetic whatever the operands' order or
 * exponents, subnormal intermediates included (a sum that small is exact). If an intermediate
 * overflows, the infinity propagates and err is not finite; the caller gives up then. */
HF_INLINE double hf_two_sum_err(double x, double y, double s)
{
    double yv = s - x;
    double xv = s - yv;
    return (x - xv) + (y - yv);
}

/* An error term is usable: zero (exact) or finite. */
HF_INLINE bool hf_err_ok(double err)
{
    return err == 0 || __builtin_fabs(err) <= 0x1.fffffffffffffp1023;
}

/* ---------------- binary64 ---------------- */

/* a + b (fsub passes b with its sign flipped: IEEE 754-2008 5.4.1 defines subtraction so). */
HF_INLINE bool hf_add64(uint64_t a, uint64_t b, int how, uint64_t *res, uint8_t *fl)
{
    if (!hf_nz64(a) || !hf_nz64(b))
        return false;
    double x = hf_d(a), y = hf_d(b), r;
    bool nx;
    if (how == HF_MXCSR) {
        HF_MX_RUN(
            r,
            {
                HF_PIN(x);
                HF_PIN(y);
                r = x + y;
            },
            nx);
    } else {
        r = x + y;
        double err = hf_two_sum_err(x, y, r);
        if (!hf_err_ok(err))
            return false;
        nx = err != 0;
    }
    /* A zero sum of zero/normal operands is exact (cancellation); subnormal sums are exact too
     * but are left to softfloat rather than reasoned about. */
    uint64_t rb = hf_b64(r);
    if (!hf_ok64(rb, nx))
        return false;
    *res = rb;
    *fl |= nx ? SF_FLAG_NX : 0;
    return true;
}

/* Without FMA3, HF_SW leaves binary64 products to softfloat: the MXCSR round trip measured
 * twice as slow as softfloat (bench/fpu_bench on AMD EPYC: 19 vs 9 ns), and an FMA-free exact
 * product (Dekker's) costs 17 operations plus range checks. Square roots keep the MXCSR route
 * there (19 vs 33 ns); quotients need the FMA residual (hf_div64). */
HF_INLINE bool hf_mul64(uint64_t a, uint64_t b, int how, bool fma_ok, uint64_t *res, uint8_t *fl)
{
    if (!hf_nz64(a) || !hf_nz64(b) || (how == HF_SW && !fma_ok))
        return false;
    double x = hf_d(a), y = hf_d(b), r;
    bool nx;
    if (how == HF_MXCSR) {
        HF_MX_RUN(
            r,
            {
                HF_PIN(x);
                HF_PIN(y);
                r = x * y;
            },
            nx);
    } else {
        r = x * y;
        HF_OPAQUE(r);
        if (r == 0)
            nx = false; /* checked below: only a zero operand may give zero */
        else if (!hf_big64(r))
            return false;
        else
            nx = __builtin_fma(x, y, -r) != 0;
    }
    /* A zero product of non-zero operands underflowed (UF, NX): softfloat. */
    if (r == 0 && x != 0 && y != 0)
        return false;
    uint64_t rb = hf_b64(r);
    if (!hf_ok64(rb, nx))
        return false;
    *res = rb;
    *fl |= nx ? SF_FLAG_NX : 0;
    return true;
}

HF_INLINE bool hf_div64(uint64_t a, uint64_t b, int how, bool fma_ok, uint64_t *res, uint8_t *fl)
{
    /* A zero divisor is DZ or NV: softfloat. */
    if (!hf_nz64(a) || !hf_nz64(b) || (b << 1) == 0 || (how == HF_SW && !fma_ok))
        return false;
    double x = hf_d(a), y = hf_d(b), r;
    bool nx;
    if (how == HF_MXCSR) {
        HF_MX_RUN(
            r,
            {
                HF_PIN(x);
                HF_PIN(y);
                r = x / y;
            },
            nx);
    } else {
        r = x / y;
        if (x == 0)
            nx = false;
        else if (!hf_big64(x))
            return false;
        else
            nx = __builtin_fma(-r, y, x) != 0; /* the remainder x - r*y */
    }
    if (r == 0 && x != 0)
        return false;
    uint64_t rb = hf_b64(r);
    if (!hf_ok64(rb, nx))
        return false;
    *res = rb;
    *fl |= nx ? SF_FLAG_NX : 0;
    return true;
}

HF_INLINE bool hf_sqrt64(uint64_t a, int how, bool fma_ok, uint64_t *res, uint8_t *fl)
{
    /* sqrt(-0) = -0 exactly (IEEE 754-2008 5.4.1); any other negative operand is NV. */
    if (!hf_nz64(a) || (a > HF_SIGN64))
        return false;
    double x = hf_d(a), r;
    bool nx;
    if (how == HF_MXCSR || !fma_ok) {
        HF_MX_RUN(
            r,
            {
                HF_PIN(x);
                r = _mm_cvtsd_f64(_mm_sqrt_sd(_mm_set_sd(x), _mm_set_sd(x)));
            },
            nx);
    } else {
        r = _mm_cvtsd_f64(_mm_sqrt_sd(_mm_set_sd(x), _mm_set_sd(x)));
        if (x == 0)
            nx = false;
        else if (!hf_big64(x))
            return false;
        else
            nx = __builtin_fma(-r, r, x) != 0;
    }
    *res = hf_b64(r); /* the square root of a normal number is normal */
    *fl |= nx ? SF_FLAG_NX : 0;
    return true;
}

/* a*b + c with one rounding (fmsub/fnmadd/fnmsub pass negated operands, which is exact). Only
 * called where the host has FMA3. HF_SW: with p = RN(a*b), pl = a*b - p (exact, one FMA) and
 * (d, dl) the exact TwoSum split of r - c, r is exact iff r - c = a*b, iff (d, dl) = (p, pl):
 * both are the unique (RN(v), v - RN(v)) representation of the same value. */
HF_INLINE bool hf_fma64(uint64_t a, uint64_t b, uint64_t c, int how, uint64_t *res, uint8_t *fl)
{
    if (!hf_nz64(a) || !hf_nz64(b) || !hf_nz64(c))
        return false;
    double x = hf_d(a), y = hf_d(b), z = hf_d(c), r;
    bool nx;
    if (how == HF_MXCSR) {
        HF_MX_RUN(
            r,
            {
                HF_PIN(x);
                HF_PIN(y);
                HF_PIN(z);
                r = __builtin_fma(x, y, z);
            },
            nx);
    } else {
        r = __builtin_fma(x, y, z);
        double p = x * y;
        HF_OPAQUE(p);
        if (x == 0 || y == 0) {
            nx = false; /* r = 0*y + z: exact */
        } else if (!hf_big64(p)) {
            return false;
        } else {
            double pl = __builtin_fma(x, y, -p);
            double d = r - z;
            double dl = hf_two_sum_err(r, -z, d);
            nx = d != p || dl != pl;
            /* An inexact verdict needs TwoSum free of overflow: d and dl finite. */
            if (nx && (!hf_err_ok(dl) || !(__builtin_fabs(d) <= 0x1.fffffffffffffp1023)))
                return false;
        }
    }
    /* A zero result is fine only when exact (exact cancellation or zero terms). */
    if (r == 0 && nx)
        return false;
    uint64_t rb = hf_b64(r);
    if (!hf_ok64(rb, nx))
        return false;
    *res = rb;
    *fl |= nx ? SF_FLAG_NX : 0;
    return true;
}

/* ---------------- binary32 ----------------
 * HF_SW computes in binary64 and rounds once more to binary32. That double rounding is harmless
 * for +, -, *, / and sqrt because 53 >= 2*24 + 2 (Figueroa, "When is double rounding
 * innocuous?", 1995); products of two binary32 values are exact in binary64; and binary64 has
 * range enough that nothing in it overflows or underflows. */

/* Round a binary64 value v (the exact result when exact, else already correctly rounded to
 * binary32 by the argument above) to binary32 and check that the result is zero or normal and
 * finite; a zero from a non-zero v underflowed. nx_in: v itself was inexact. */
HF_INLINE bool hf_round32(double v, bool nx_in, uint32_t *res, uint8_t *fl)
{
    float r = (float)v;
    uint32_t rb = hf_b32(r);
    bool nx = nx_in || (double)r != v;
    if (!hf_ok32(rb, nx) || (r == 0 && v != 0))
        return false;
    *res = rb;
    *fl |= nx ? SF_FLAG_NX : 0;
    return true;
}

/* The MXCSR variant of the binary32 helpers: the native single-precision operation. */
HF_INLINE bool hf_done32(float r, bool nx, uint32_t *res, uint8_t *fl)
{
    uint32_t rb = hf_b32(r);
    if (!hf_ok32(rb, nx))
        return false;
    *res = rb;
    *fl |= nx ? SF_FLAG_NX : 0;
    return true;
}

HF_INLINE bool hf_add32(uint32_t a, uint32_t b, int how, uint32_t *res, uint8_t *fl)
{
    if (!hf_nz32(a) || !hf_nz32(b))
        return false;
    if (how == HF_MXCSR) {
        float x = hf_f(a), y = hf_f(b), r;
        bool nx;
        HF_MX_RUN(
            r,
            {
                HF_PIN(x);
                HF_PIN(y);
                r = x + y;
            },
            nx);
        if (r == 0 && nx)
            return false;
        return hf_done32(r, nx, res, fl);
    }
    double x = hf_f(a), y = hf_f(b);
    double v = x + y;
    /* Exponents up to 2^254 apart: the binary64 sum may be inexact itself. */
    double err = hf_two_sum_err(x, y, v);
    return hf_round32(v, err != 0, res, fl);
}

HF_INLINE bool hf_mul32(uint32_t a, uint32_t b, int how, uint32_t *res, uint8_t *fl)
{
    if (!hf_nz32(a) || !hf_nz32(b))
        return false;
    if (how == HF_MXCSR) {
        float x = hf_f(a), y = hf_f(b), r;
        bool nx;
        HF_MX_RUN(
            r,
            {
                HF_PIN(x);
                HF_PIN(y);
                r = x * y;
            },
            nx);
        if (r == 0 && x != 0 && y != 0)
            return false;
        return hf_done32(r, nx, res, fl);
    }
    double v = (double)hf_f(a) * (double)hf_f(b); /* exact: 48 significant bits */
    return hf_round32(v, false, res, fl);
}

HF_INLINE bool hf_div32(uint32_t a, uint32_t b, int how, uint32_t *res, uint8_t *fl)
{
    if (!hf_nz32(a) || !hf_nz32(b) || (b << 1) == 0)
        return false;
    if (how == HF_MXCSR) {
        float x = hf_f(a), y = hf_f(b), r;
        bool nx;
        HF_MX_RUN(
            r,
            {
                HF_PIN(x);
                HF_PIN(y);
                r = x / y;
            },
            nx);
        if (r == 0 && x != 0)
            return false;
        return hf_done32(r, nx, res, fl);
    }
    double x = hf_f(a), y = hf_f(b);
    float r = (float)(x / y);
    uint32_t rb = hf_b32(r);
    /* Exact iff r*y == x; that product of two binary32 values is exact in binary64. */
    bool nx = (double)r * y != x;
    if (!hf_ok32(rb, nx) || (r == 0 && x != 0))
        return false;
    *res = rb;
    *fl |= nx ? SF_FLAG_NX : 0;
    return true;
}

HF_INLINE bool hf_sqrt32(uint32_t a, int how, uint32_t *res, uint8_t *fl)
{
    if (!hf_nz32(a) || a > HF_SIGN32)
        return false;
    if (how == HF_MXCSR) {
        float x = hf_f(a), r;
        bool nx;
        HF_MX_RUN(
            r,
            {
                HF_PIN(x);
                r = _mm_cvtss_f32(_mm_sqrt_ss(_mm_set_ss(x)));
            },
            nx);
        return hf_done32(r, nx, res, fl);
    }
    double x = hf_f(a);
    float r = (float)_mm_cvtsd_f64(_mm_sqrt_sd(_mm_set_sd(x), _mm_set_sd(x)));
    *res = hf_b32(r); /* normal */
    *fl |= ((double)r * (double)r != x) ? SF_FLAG_NX : 0;
    return true;
}

/* a*b + c for binary32 without FMA3: p = a*b exactly in binary64, then (s, e) = TwoSum(p, c)
 * represents a*b + c exactly. RN32(s) equals RN32(s + e) unless s lies exactly on a binary32
 * midpoint with e != 0 (a midpoint strictly between s and s + e would be a binary64 number closer
 * to s + e than s, contradicting s = RN64(s + e)); that case goes to softfloat. */
HF_INLINE bool hf_fma32(uint32_t a, uint32_t b, uint32_t c, int how, bool fma_ok, uint32_t *res,
                        uint8_t *fl)
{
    if (!hf_nz32(a) || !hf_nz32(b) || !hf_nz32(c))
        return false;
    if (how == HF_MXCSR && fma_ok) {
        float x = hf_f(a), y = hf_f(b), z = hf_f(c), r;
        bool nx;
        HF_MX_RUN(
            r,
            {
                HF_PIN(x);
                HF_PIN(y);
                HF_PIN(z);
                r = __builtin_fmaf(x, y, z);
            },
            nx);
        if (r == 0 && nx)
            return false;
        return hf_done32(r, nx, res, fl);
    }
    double p = (double)hf_f(a) * (double)hf_f(b), z = hf_f(c);
    double s = p + z;
    double e = hf_two_sum_err(p, z, s);
    /* A binary32 midpoint in binary64: the 29 fraction bits below binary32's are 1000...0. */
    if (e != 0 && (hf_b64(s) & 0x1fffffffu) == 0x10000000u)
        return false;
    return hf_round32(s, e != 0, res, fl);
}

/* ---------------- conversions ---------------- */

/* binary64 -> binary32 (fcvt.s.d), RNE: one rounding, exact iff it converts back unchanged. */
HF_INLINE bool hf_f64_to_f32(uint64_t a, uint32_t *res, uint8_t *fl)
{
    if (!hf_nz64(a))
        return false;
    return hf_round32(hf_d(a), false, res, fl);
}

/* Float (binary32 widened exactly, or binary64) to integer for rm = RTZ or RNE, when the rounded
 * value is in range (else NV and saturation: softfloat). CVTTSD2SI truncates; CVTSD2SI rounds by
 * the MXCSR, which is RNE. The conversion back to binary64 is exact (|t| < 2^53, or x was an
 * integer already), so NX iff it differs from x. NaN fails every range comparison. `lo`/`hi` are
 * the range of x accepted for the mode. */
HF_INLINE bool hf_to_int(double x, int rm, double lo_rtz, double hi_rtz, double lo_rne,
                         double hi_rne, int64_t *res, uint8_t *fl)
{
    int64_t t;
    if (rm == SF_RTZ) {
        if (!(x > lo_rtz && x < hi_rtz))
            return false;
        t = _mm_cvttsd_si64(_mm_set_sd(x));
    } else if (rm == SF_RNE) {
        if (!(x >= lo_rne && x < hi_rne))
            return false;
        t = _mm_cvtsd_si64(_mm_set_sd(x));
    } else {
        return false;
    }
    *res = t;
    *fl |= ((double)t != x) ? SF_FLAG_NX : 0;
    return true;
}

/* Bounds: RTZ accepts lo < x < hi, RNE accepts lo <= x < hi (a tie at the low end rounds to the
 * even end, which is in range; at the high end out of range). Unsigned conversions stop at 2^63
 * because the host converts to a signed 64-bit integer. */
#define HF_I32_RANGE -2147483649.0, 2147483648.0, -2147483648.5, 2147483647.5
#define HF_U32_RANGE -1.0, 4294967296.0, -0.5, 4294967295.5
#define HF_I64_RANGE -0x1.0000000000001p63, 0x1p63, -0x1p63, 0x1p63
#define HF_U64_RANGE -1.0, 0x1p63, -0.5, 0x1p63

#endif /* FP_FAST_HOST */

#endif
