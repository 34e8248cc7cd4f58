/* Internals shared by softfloat.c and softfloat_cvt.c: the unpacked representation, the
 * jamming shifts and the one rounding routine. Not for use outside those files. */
#ifndef CAPA_CPU_SOFTFLOAT_IMPL_H
#define CAPA_CPU_SOFTFLOAT_IMPL_H

#include "cpu/softfloat.h"

typedef unsigned __int128 u128;

#define SF_INLINE static inline __attribute__((always_inline))

/* Format descriptors, passed as the trailing (mb, eb) arguments of the generic functions. */
#define F32 23, 8
#define F64 52, 11

#define EMAX(eb)     ((int32_t)((1u << (eb)) - 1)) /* the all-ones exponent field: inf/NaN */
#define BIAS(eb)     ((int32_t)((1u << ((eb)-1)) - 1))
#define SIGN(mb, eb) (1ull << ((mb) + (eb)))
#define INF(mb, eb)  ((uint64_t)EMAX(eb) << (mb))
#define CNAN(mb, eb) (INF(mb, eb) | (1ull << ((mb)-1))) /* the canonical NaN (RISC-V 11.3) */
#define MMASK(mb)    ((1ull << (mb)) - 1)

/* Operand classes; CLS_FIN means finite and non-zero. */
enum { CLS_FIN, CLS_ZERO, CLS_INF, CLS_QNAN, CLS_SNAN };

struct unp {
    uint64_t sig; /* leading one at bit 62 (CLS_FIN only) */
    int32_t e;    /* biased exponent; <= 0 for subnormal operands (CLS_FIN only) */
    bool sign;
    uint8_t cls;
};

/* x >> n, with any bits shifted out ORed into bit 0 (the sticky bit). */
SF_INLINE uint64_t shr_jam64(uint64_t x, uint32_t n)
{
    if (n == 0)
        return x;
    if (n >= 64)
        return x != 0;
    return (x >> n) | ((x << (64 - n)) != 0);
}

SF_INLINE u128 shr_jam128(u128 x, uint32_t n)
{
    if (n == 0)
        return x;
    if (n >= 128)
        return x != 0;
    return (x >> n) | ((x << (128 - n)) != 0);
}

/* Number of leading zeros of a non-zero 128-bit value. */
SF_INLINE int clz128(u128 x)
{
    uint64_t hi = (uint64_t)(x >> 64);
    return hi ? __builtin_clzll(hi) : 64 + __builtin_clzll((uint64_t)x);
}

SF_INLINE struct unp unpack(uint64_t x, int mb, int eb)
{
    struct unp u;
    uint32_t e = (uint32_t)(x >> mb) & (uint32_t)EMAX(eb);
    uint64_t m = x & MMASK(mb);
    u.sign = (x >> (mb + eb)) & 1;
    if (__builtin_expect(e - 1 < (uint32_t)EMAX(eb) - 1, 1)) {
        /* Normal: make the implicit leading one explicit. */
        u.cls = CLS_FIN;
        u.e = (int32_t)e;
        u.sig = (m | (1ull << mb)) << (62 - mb);
    } else if (e == 0) {
        if (m == 0) {
            u.cls = CLS_ZERO;
            u.e = 0;
            u.sig = 0;
        } else {
            /* Subnormal: value = m * 2^(1 - bias - mb). With m's leading one at bit 63 - n,
             * shifting it to bit 62 gives e = 64 - n - mb (0 for the largest binade). */
            int n = __builtin_clzll(m);
            u.cls = CLS_FIN;
            u.sig = m << (n - 1);
            u.e = 64 - n - mb;
        }
    } else {
        u.e = 0;
        u.sig = 0;
        if (m == 0)
            u.cls = CLS_INF;
        else /* IEEE 754-2008 6.2.1: the first trailing-significand bit is the quiet bit */
            u.cls = (m >> (mb - 1)) ? CLS_QNAN : CLS_SNAN;
    }
    return u;
}

SF_INLINE uint64_t pack_zero(bool sign, int mb, int eb)
{
    return sign ? SIGN(mb, eb) : 0;
}

SF_INLINE uint64_t pack_inf(bool sign, int mb, int eb)
{
    return pack_zero(sign, mb, eb) | INF(mb, eb);
}

/* Any NaN operand gives the canonical NaN (RISC-V 11.3); a signaling one is an invalid operation
 * (IEEE 754-2008 7.2). */
SF_INLINE uint64_t nan_result(const struct unp *a, const struct unp *b, uint8_t *fl, int mb, int eb)
{
    if (a->cls == CLS_SNAN || b->cls == CLS_SNAN)
        *fl |= SF_FLAG_NV;
    return CNAN(mb, eb);
}

SF_INLINE uint64_t invalid(uint8_t *fl, int mb, int eb)
{
    *fl |= SF_FLAG_NV;
    return CNAN(mb, eb);
}

/* The exact sum of two opposite-signed equal magnitudes is +0, or -0 when rounding toward
 * -infinity (IEEE 754-2008 6.3). */
SF_INLINE uint64_t exact_zero(int rm, int mb, int eb)
{
    return pack_zero(rm == SF_RDN, mb, eb);
}

/* Round the exact value (-1)^sign * sig/2^62 * 2^(e - bias) to the format and pack it.
 * sig must have its leading one at bit 62, and any discarded non-zero bits must be reflected in
 * the sticky bit 0. Implements IEEE 754-2008 4.3 (rounding), 7.4 (overflow) and 7.5 (underflow,
 * with tininess detected after rounding and UF only when also inexact, as RISC-V requires). */
SF_INLINE uint64_t round_pack(bool sign, int32_t e, uint64_t sig, int rm, uint8_t *fl, int mb,
                              int eb)
{
    const int shift = 62 - mb; /* bits below the result's lsb: 10 (binary64) or 39 (binary32) */
    const uint64_t mask = (1ull << shift) - 1;
    const uint64_t half = 1ull << (shift - 1);
    uint64_t incr; /* added before truncation: selects the rounding direction */

    switch (rm) {
    case SF_RNE:
    case SF_RMM: incr = half; break;
    case SF_RDN: incr = sign ? mask : 0; break;
    case SF_RUP: incr = sign ? 0 : mask; break;
    default: incr = 0; break;
    }

    if (__builtin_expect((uint32_t)(e - 1) >= (uint32_t)EMAX(eb) - 2, 0)) {
        if (e <= 0) {
            /* Below the normal range before rounding. Tiny after rounding (to the full precision
             * with an unbounded exponent) unless e == 0 and rounding carries up to 2^emin. */
            bool tiny = e < 0 || sig + incr < (1ull << 63);
            sig = shr_jam64(sig, (uint32_t)(1 - e));
            e = 1; /* the subnormal binade; a carry into bit 62 yields the least normal */
            if ((sig & mask) && tiny)
                *fl |= SF_FLAG_UF;
        } else if (e > EMAX(eb) - 1 || sig + incr >= (1ull << 63)) {
            /* Overflow: the rounded result's exponent exceeds emax. Modes rounding away from
             * zero in this direction give infinity, the others the largest finite number. */
            *fl |= SF_FLAG_OF | SF_FLAG_NX;
            return pack_inf(sign, mb, eb) - (incr == 0);
        }
    }
    uint64_t rbits = sig & mask;
    if (rbits)
        *fl |= SF_FLAG_NX;
    sig = (sig + incr) >> shift;
    if (rm == SF_RNE && rbits == half)
        sig &= ~1ull; /* a tie: round to even */
    /* The leading one (bit mb of sig) adds 1 to the exponent field, and a rounding carry into
     * bit mb + 1 adds another, so e - 1 is the field's base value. */
    return pack_zero(sign, mb, eb) + ((uint64_t)(uint32_t)(e - 1) << mb) + sig;
}

#endif
