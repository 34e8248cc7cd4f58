/* IEEE 754-2008 binary32/binary64 comparisons, minimum/maximum, classification and conversions
 * (RISC-V unprivileged 11.7-11.9, 12.5-12.7). The representation and rounding are described in
 * softfloat.c and shared through softfloat_impl.h. */
#include "cpu/softfloat_impl.h"

/* ---------------------------------------------------------------------------------------------
 * Comparisons, minimum/maximum, classification
 */

SF_INLINE bool is_nan(uint64_t x, int mb, int eb)
{
    return (x & ~SIGN(mb, eb)) > INF(mb, eb);
}

SF_INLINE bool is_snan(uint64_t x, int mb, int eb)
{
    return is_nan(x, mb, eb) && !(x & (1ull << (mb - 1)));
}

/* a < b for non-NaN operands in the total order where -0 < +0. */
SF_INLINE bool lt_total(uint64_t a, uint64_t b, int mb, int eb)
{
    bool sa = (a & SIGN(mb, eb)) != 0, sb = (b & SIGN(mb, eb)) != 0;
    if (sa != sb)
        return sa;
    return sa ? a > b : a < b; /* sign-magnitude: magnitudes order like the raw bits */
}

SF_INLINE bool eq_g(uint64_t a, uint64_t b, uint8_t *fl, int mb, int eb)
{
    if (is_nan(a, mb, eb) || is_nan(b, mb, eb)) {
        if (is_snan(a, mb, eb) || is_snan(b, mb, eb))
            *fl |= SF_FLAG_NV;
        return false;
    }
    return a == b || ((a | b) & ~SIGN(mb, eb)) == 0; /* +0 == -0 */
}

SF_INLINE bool lt_g(uint64_t a, uint64_t b, bool or_equal, uint8_t *fl, int mb, int eb)
{
    if (is_nan(a, mb, eb) || is_nan(b, mb, eb)) {
        *fl |= SF_FLAG_NV; /* signaling predicates (IEEE 754-2008 5.11, RISC-V 11.8) */
        return false;
    }
    if (a == b || ((a | b) & ~SIGN(mb, eb)) == 0)
        return or_equal;
    return lt_total(a, b, mb, eb);
}

SF_INLINE uint64_t minmax_g(uint64_t a, uint64_t b, bool want_max, uint8_t *fl, int mb, int eb)
{
    bool na = is_nan(a, mb, eb), nb = is_nan(b, mb, eb);
    if (na || nb) {
        if (is_snan(a, mb, eb) || is_snan(b, mb, eb))
            *fl |= SF_FLAG_NV;
        if (na && nb)
            return CNAN(mb, eb);
        return na ? b : a;
    }
    return lt_total(a, b, mb, eb) != want_max ? a : b;
}

SF_INLINE unsigned classify_g(uint64_t a, int mb, int eb)
{
    bool neg = (a & SIGN(mb, eb)) != 0;
    uint32_t e = (uint32_t)(a >> mb) & (uint32_t)EMAX(eb);
    uint64_t m = a & MMASK(mb);
    if (e == (uint32_t)EMAX(eb)) {
        if (m == 0)
            return neg ? 1u << 0 : 1u << 7;
        return (m >> (mb - 1)) ? 1u << 9 : 1u << 8;
    }
    if (e == 0)
        return m == 0 ? (neg ? 1u << 3 : 1u << 4) : (neg ? 1u << 2 : 1u << 5);
    return neg ? 1u << 1 : 1u << 6;
}

/* ---------------------------------------------------------------------------------------------
 * Conversions (IEEE 754-2008 5.4.1 convertFormat, 5.4.1/5.8 convertToInteger, 5.4.1
 * convertFromInt; RISC-V 11.7 for the invalid cases)
 */

/* Round the magnitude sig/2^62 * 2^exp (exp unbiased) to an integer. *big is set (and the result
 * meaningless) when the magnitude is 2^64 or more. */
SF_INLINE uint64_t round_to_int(bool sign, uint64_t sig, int32_t exp, int rm, bool *inexact,
                                bool *big)
{
    *inexact = false;
    *big = false;
    if (exp >= 62) {
        if (exp >= 64) {
            *big = true;
            return 0;
        }
        return sig << (exp - 62); /* an integer already */
    }
    uint32_t sh = (uint32_t)(62 - exp);
    uint64_t ip, rem, half;
    if (sh > 63) {
        /* Below 1/2: an integer part of 0 and a remainder that is non-zero but under half. */
        ip = 0;
        rem = 1;
        half = 2;
    } else {
        ip = sig >> sh;
        rem = sig & ((1ull << sh) - 1);
        half = 1ull << (sh - 1);
    }
    if (rem == 0)
        return ip;
    *inexact = true;
    switch (rm) {
    case SF_RNE: ip += rem > half || (rem == half && (ip & 1)); break;
    case SF_RMM: ip += rem >= half; break;
    case SF_RDN: ip += sign; break;
    case SF_RUP: ip += !sign; break;
    default: break;
    }
    return ip;
}

/* Convert to a bits-wide signed or unsigned integer with RISC-V saturation; the result is
 * returned as a 64-bit pattern (sign-extended for signed types). */
SF_INLINE uint64_t to_int_g(uint64_t a, int rm, uint8_t *fl, bool is_signed, int bits, int mb,
                            int eb)
{
    struct unp A = unpack(a, mb, eb);
    const uint64_t max_pos = is_signed ? (1ull << (bits - 1)) - 1 : ~0ull >> (64 - bits);
    const uint64_t max_neg = is_signed ? 1ull << (bits - 1) : 0; /* magnitude of the minimum */

    if (__builtin_expect(A.cls != CLS_FIN, 0)) {
        if (A.cls == CLS_ZERO)
            return 0;
        *fl |= SF_FLAG_NV;
        if (A.cls == CLS_INF && A.sign)
            return 0 - max_neg;
        return max_pos; /* NaN or +inf */
    }
    bool inexact, big;
    uint64_t mag = round_to_int(A.sign, A.sig, A.e - BIAS(eb), rm, &inexact, &big);
    if (big || mag > (A.sign ? max_neg : max_pos)) {
        *fl |= SF_FLAG_NV; /* out of range: NV only, no NX (RISC-V 11.7) */
        return A.sign ? 0 - max_neg : max_pos;
    }
    if (inexact)
        *fl |= SF_FLAG_NX;
    return A.sign ? 0 - mag : mag;
}

SF_INLINE uint64_t from_int_g(bool sign, uint64_t mag, int rm, uint8_t *fl, int mb, int eb)
{
    if (mag == 0)
        return 0;
    int n = __builtin_clzll(mag); /* leading one at bit 63 - n */
    uint64_t sig = n ? mag << (n - 1) : (mag >> 1) | (mag & 1);
    return round_pack(sign, BIAS(eb) + 63 - n, sig, rm, fl, mb, eb);
}

/* ---------------------------------------------------------------------------------------------
 * The public per-format entry points
 */

bool f32_eq(uint32_t a, uint32_t b, uint8_t *flags)
{
    return eq_g(a, b, flags, F32);
}

bool f32_lt(uint32_t a, uint32_t b, uint8_t *flags)
{
    return lt_g(a, b, false, flags, F32);
}

bool f32_le(uint32_t a, uint32_t b, uint8_t *flags)
{
    return lt_g(a, b, true, flags, F32);
}

uint32_t f32_min(uint32_t a, uint32_t b, uint8_t *flags)
{
    return (uint32_t)minmax_g(a, b, false, flags, F32);
}

uint32_t f32_max(uint32_t a, uint32_t b, uint8_t *flags)
{
    return (uint32_t)minmax_g(a, b, true, flags, F32);
}

unsigned f32_classify(uint32_t a)
{
    return classify_g(a, F32);
}

int32_t f32_to_i32(uint32_t a, int rm, uint8_t *flags)
{
    return (int32_t)to_int_g(a, rm, flags, true, 32, F32);
}

uint32_t f32_to_u32(uint32_t a, int rm, uint8_t *flags)
{
    return (uint32_t)to_int_g(a, rm, flags, false, 32, F32);
}

int64_t f32_to_i64(uint32_t a, int rm, uint8_t *flags)
{
    return (int64_t)to_int_g(a, rm, flags, true, 64, F32);
}

uint64_t f32_to_u64(uint32_t a, int rm, uint8_t *flags)
{
    return to_int_g(a, rm, flags, false, 64, F32);
}

uint32_t i32_to_f32(int32_t v, int rm, uint8_t *flags)
{
    return (uint32_t)from_int_g(v < 0, v < 0 ? 0 - (uint64_t)v : (uint64_t)v, rm, flags, F32);
}

uint32_t u32_to_f32(uint32_t v, int rm, uint8_t *flags)
{
    return (uint32_t)from_int_g(false, v, rm, flags, F32);
}

uint32_t i64_to_f32(int64_t v, int rm, uint8_t *flags)
{
    return (uint32_t)from_int_g(v < 0, v < 0 ? 0 - (uint64_t)v : (uint64_t)v, rm, flags, F32);
}

uint32_t u64_to_f32(uint64_t v, int rm, uint8_t *flags)
{
    return (uint32_t)from_int_g(false, v, rm, flags, F32);
}

bool f64_eq(uint64_t a, uint64_t b, uint8_t *flags)
{
    return eq_g(a, b, flags, F64);
}

bool f64_lt(uint64_t a, uint64_t b, uint8_t *flags)
{
    return lt_g(a, b, false, flags, F64);
}

bool f64_le(uint64_t a, uint64_t b, uint8_t *flags)
{
    return lt_g(a, b, true, flags, F64);
}

uint64_t f64_min(uint64_t a, uint64_t b, uint8_t *flags)
{
    return minmax_g(a, b, false, flags, F64);
}

uint64_t f64_max(uint64_t a, uint64_t b, uint8_t *flags)
{
    return minmax_g(a, b, true, flags, F64);
}

unsigned f64_classify(uint64_t a)
{
    return classify_g(a, F64);
}

int32_t f64_to_i32(uint64_t a, int rm, uint8_t *flags)
{
    return (int32_t)to_int_g(a, rm, flags, true, 32, F64);
}

uint32_t f64_to_u32(uint64_t a, int rm, uint8_t *flags)
{
    return (uint32_t)to_int_g(a, rm, flags, false, 32, F64);
}

int64_t f64_to_i64(uint64_t a, int rm, uint8_t *flags)
{
    return (int64_t)to_int_g(a, rm, flags, true, 64, F64);
}

uint64_t f64_to_u64(uint64_t a, int rm, uint8_t *flags)
{
    return to_int_g(a, rm, flags, false, 64, F64);
}

uint64_t i32_to_f64(int32_t v)
{
    uint8_t flags = 0; /* exact: 32 bits fit in 53 */
    return from_int_g(v < 0, v < 0 ? 0 - (uint64_t)v : (uint64_t)v, SF_RNE, &flags, F64);
}

uint64_t u32_to_f64(uint32_t v)
{
    uint8_t flags = 0;
    return from_int_g(false, v, SF_RNE, &flags, F64);
}

uint64_t i64_to_f64(int64_t v, int rm, uint8_t *flags)
{
    return from_int_g(v < 0, v < 0 ? 0 - (uint64_t)v : (uint64_t)v, rm, flags, F64);
}

uint64_t u64_to_f64(uint64_t v, int rm, uint8_t *flags)
{
    return from_int_g(false, v, rm, flags, F64);
}

uint64_t f32_to_f64(uint32_t a, uint8_t *flags)
{
    struct unp A = unpack(a, F32);
    if (__builtin_expect(A.cls != CLS_FIN, 0)) {
        if (A.cls >= CLS_QNAN)
            return nan_result(&A, &A, flags, F64);
        return A.cls == CLS_INF ? pack_inf(A.sign, F64) : pack_zero(A.sign, F64);
    }
    /* Every binary32 value is a normal binary64: rounding is exact and raises nothing. */
    return round_pack(A.sign, A.e - BIAS(8) + BIAS(11), A.sig, SF_RNE, flags, F64);
}

uint32_t f64_to_f32(uint64_t a, int rm, uint8_t *flags)
{
    struct unp A = unpack(a, F64);
    if (__builtin_expect(A.cls != CLS_FIN, 0)) {
        if (A.cls >= CLS_QNAN)
            return (uint32_t)nan_result(&A, &A, flags, F32);
        return (uint32_t)(A.cls == CLS_INF ? pack_inf(A.sign, F32) : pack_zero(A.sign, F32));
    }
    return (uint32_t)round_pack(A.sign, A.e - BIAS(11) + BIAS(8), A.sig, rm, flags, F32);
}
