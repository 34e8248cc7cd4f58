/* IEEE 754-2008 binary32/binary64 arithmetic, written from the standard and the RISC-V F/D chapters
 * (see softfloat.h for the RISC-V specific choices).
 *
 * Structure: both formats share one generic implementation. Each generic function takes the
 * format as (mb, eb) = (trailing significand bits, exponent bits) and is force-inlined into the
 * thin f32_ and f64_ wrappers, so the format parameters are compile-time constants there.
 *
 * Finite non-zero operands are unpacked to (sign, e, sig): sig is the significand with its
 * leading one at bit 62 (bit 63 is headroom for a carry), e the biased exponent, so
 *     value = (-1)^sign * sig / 2^62 * 2^(e - bias).
 * Subnormals are normalised on unpacking (their e is then <= 0), which lets every operation treat
 * all finite operands alike. The bits of sig below the format's precision are guard, round and
 * sticky bits: a "jamming" right shift ORs everything shifted out into bit 0, so they always tell
 * exactly whether the discarded part is zero, below, at or above half an ulp. One routine,
 * round_pack(), turns (sign, e, sig) into a correctly rounded result for every rounding mode,
 * with overflow, underflow (tininess after rounding) and inexact detection.
 *
 * The shared internals live in softfloat_impl.h; this file has the arithmetic (add, sub, mul,
 * div, sqrt, fma), softfloat_cvt.c the comparisons, classification and conversions. */
#include "cpu/softfloat_impl.h"

/* ---------------------------------------------------------------------------------------------
 * Addition (IEEE 754-2008 5.4.1, 6.3)
 */

SF_INLINE uint64_t add_g(uint64_t a, uint64_t b, bool negate_b, int rm, uint8_t *fl, int mb, int eb)
{
    struct unp A = unpack(a, mb, eb), B = unpack(b, mb, eb);
    B.sign ^= negate_b;

    if (__builtin_expect(A.cls != CLS_FIN || B.cls != CLS_FIN, 0)) {
        if (A.cls >= CLS_QNAN || B.cls >= CLS_QNAN)
            return nan_result(&A, &B, fl, mb, eb);
        if (A.cls == CLS_INF) {
            if (B.cls == CLS_INF && A.sign != B.sign)
                return invalid(fl, mb, eb); /* inf - inf (7.2) */
            return pack_inf(A.sign, mb, eb);
        }
        if (B.cls == CLS_INF)
            return pack_inf(B.sign, mb, eb);
        if (A.cls == CLS_ZERO) {
            if (B.cls == CLS_ZERO)
                return A.sign == B.sign ? pack_zero(A.sign, mb, eb) : exact_zero(rm, mb, eb);
            return b ^ (negate_b ? SIGN(mb, eb) : 0); /* 0 + b = b exactly */
        }
        return a; /* a + 0 = a exactly */
    }

    /* Order by magnitude so the result takes A's sign and a difference is non-negative. */
    if (A.e < B.e || (A.e == B.e && A.sig < B.sig)) {
        struct unp t = A;
        A = B;
        B = t;
    }
    int32_t e = A.e;
    uint64_t bsig = shr_jam64(B.sig, (uint32_t)(A.e - B.e));
    uint64_t sig;
    if (A.sign == B.sign) {
        sig = A.sig + bsig;
        if (sig >> 63) {
            sig = (sig >> 1) | (sig & 1);
            e++;
        }
    } else {
        /* An exponent difference of 0 or 1 loses no bits in the shift (there are at least 10
         * zero bits below each significand), so heavy cancellation is exact; with a larger
         * difference the result needs at most one bit of renormalisation, keeping the sticky
         * bit below the rounding position. */
        sig = A.sig - bsig;
        if (sig == 0)
            return exact_zero(rm, mb, eb);
        int n = __builtin_clzll(sig) - 1;
        sig <<= n;
        e -= n;
    }
    return round_pack(A.sign, e, sig, rm, fl, mb, eb);
}

/* ---------------------------------------------------------------------------------------------
 * Multiplication (5.4.1)
 */

/* The exact product of two finite non-zero operands, reduced to a 63-bit significand with sticky
 * bit: sets *e and returns sig for round_pack. */
SF_INLINE uint64_t mul_sig(const struct unp *A, const struct unp *B, int32_t *e, int eb)
{
    u128 p = (u128)A->sig * B->sig; /* in [2^124, 2^126) */
    *e = A->e + B->e - BIAS(eb);
    if (p >> 125) {
        (*e)++;
        return (uint64_t)(p >> 63) | (((uint64_t)p << 1) != 0);
    }
    return (uint64_t)(p >> 62) | (((uint64_t)p << 2) != 0);
}

SF_INLINE uint64_t mul_g(uint64_t a, uint64_t b, int rm, uint8_t *fl, int mb, int eb)
{
    struct unp A = unpack(a, mb, eb), B = unpack(b, mb, eb);
    bool sign = A.sign ^ B.sign;

    if (__builtin_expect(A.cls != CLS_FIN || B.cls != CLS_FIN, 0)) {
        if (A.cls >= CLS_QNAN || B.cls >= CLS_QNAN)
            return nan_result(&A, &B, fl, mb, eb);
        if (A.cls == CLS_INF || B.cls == CLS_INF) {
            if (A.cls == CLS_ZERO || B.cls == CLS_ZERO)
                return invalid(fl, mb, eb); /* inf * 0 (7.2) */
            return pack_inf(sign, mb, eb);
        }
        return pack_zero(sign, mb, eb);
    }
    int32_t e;
    uint64_t sig = mul_sig(&A, &B, &e, eb);
    return round_pack(sign, e, sig, rm, fl, mb, eb);
}

/* ---------------------------------------------------------------------------------------------
 * Division (5.4.1, 7.3)
 */

SF_INLINE uint64_t div_g(uint64_t a, uint64_t b, int rm, uint8_t *fl, int mb, int eb)
{
    struct unp A = unpack(a, mb, eb), B = unpack(b, mb, eb);
    bool sign = A.sign ^ B.sign;

    if (__builtin_expect(A.cls != CLS_FIN || B.cls != CLS_FIN, 0)) {
        if (A.cls >= CLS_QNAN || B.cls >= CLS_QNAN)
            return nan_result(&A, &B, fl, mb, eb);
        if (A.cls == CLS_INF)
            return B.cls == CLS_INF ? invalid(fl, mb, eb) : pack_inf(sign, mb, eb);
        if (B.cls == CLS_INF)
            return pack_zero(sign, mb, eb);
        if (B.cls == CLS_ZERO) {
            if (A.cls == CLS_ZERO)
                return invalid(fl, mb, eb); /* 0 / 0 (7.2) */
            *fl |= SF_FLAG_DZ;              /* finite / 0 (7.3) */
            return pack_inf(sign, mb, eb);
        }
        return pack_zero(sign, mb, eb);
    }

    /* The quotient of the significands lies in (1/2, 2); scale the dividend so the integer
     * quotient has its leading one at bit 62, and make a non-zero remainder the sticky bit. */
    bool ge = A.sig >= B.sig;
    int32_t e = A.e - B.e + BIAS(eb) - !ge;
    uint64_t sig;
    if (mb < 32) {
        /* binary32: 24-bit significands, a 64-bit division gives 40 quotient bits. */
        uint64_t n = (A.sig >> 39) << (ge ? 39 : 40), d = B.sig >> 39;
        uint64_t q = n / d;
        sig = (q | (n - q * d != 0)) << 23;
    } else {
        u128 n = (u128)A.sig << (ge ? 62 : 63);
        uint64_t q = (uint64_t)(n / B.sig);
        sig = q | (n - (u128)q * B.sig != 0);
    }
    return round_pack(sign, e, sig, rm, fl, mb, eb);
}

/* ---------------------------------------------------------------------------------------------
 * Square root (5.4.1)
 */

/* floor(sqrt(n)) digit by digit (two bits of n per step); *inexact says whether n was not a perfect
 * square. */
SF_INLINE uint64_t isqrt64(uint64_t n, bool *inexact)
{
    uint64_t res = 0, bit = 1ull << 62;
    while (bit > n)
        bit >>= 2;
    while (bit) {
        if (n >= res + bit) {
            n -= res + bit;
            res = (res >> 1) + bit;
        } else {
            res >>= 1;
        }
        bit >>= 2;
    }
    *inexact = n != 0;
    return res;
}

/* floor(sqrt(n)) for n in [2^124, 2^126). The square root of the top 64 bits, plus one, scaled by
 * 2^32 is an overestimate by at most 2^32; one integer Newton step x' = (x + n/x) / 2 from above
 * never drops below floor(sqrt(n)) and leaves an error of at most (2^32)^2 / (2 x) <= 2, which
 * the final loop removes. */
SF_INLINE uint64_t isqrt128(u128 n, bool *inexact)
{
    bool unused;
    uint64_t r = (isqrt64((uint64_t)(n >> 64), &unused) + 1) << 32; /* <= 2^63 */
    r = (r + (uint64_t)(n / r)) >> 1; /* n / r <= sqrt(n) < 2^63: no overflow */
    while ((u128)r * r > n)
        r--;
    *inexact = (u128)r * r != n;
    return r;
}

SF_INLINE uint64_t sqrt_g(uint64_t a, int rm, uint8_t *fl, int mb, int eb)
{
    struct unp A = unpack(a, mb, eb);

    if (__builtin_expect(A.cls != CLS_FIN || A.sign, 0)) {
        if (A.cls >= CLS_QNAN)
            return nan_result(&A, &A, fl, mb, eb);
        if (A.cls == CLS_ZERO)
            return a; /* sqrt(+-0) = +-0 (IEEE 754-2008 5.4.1) */
        if (A.sign)
            return invalid(fl, mb, eb); /* negative operand, -inf included (7.2) */
        return a;                       /* +inf */
    }

    /* value = sig/2^62 * 2^E with E = e - bias; make E even by doubling sig if needed, then
     * sqrt(value) = sqrt(sig * 2^62) / 2^62 * 2^(E/2), a result in [1, 2) with no overflow or
     * underflow possible. */
    int32_t E = A.e - BIAS(eb);
    uint32_t odd = (uint32_t)E & 1;
    E -= (int32_t)odd;
    bool inexact;
    uint64_t sig;
    if (mb < 32) {
        /* binary32: sqrt((sig24 << odd) << 39) has 32 bits, plenty for 24 + guard bits. */
        uint64_t r = isqrt64(((A.sig >> 39) << odd) << 39, &inexact);
        sig = (r | inexact) << 31;
    } else {
        uint64_t r = isqrt128(((u128)A.sig << odd) << 62, &inexact);
        sig = r | inexact;
    }
    return round_pack(false, E / 2 + BIAS(eb), sig, rm, fl, mb, eb);
}

/* ---------------------------------------------------------------------------------------------
 * Fused multiply-add (5.4.1): a * b + c, computed exactly and rounded once.
 */

SF_INLINE uint64_t fma_g(uint64_t a, uint64_t b, uint64_t c, int rm, uint8_t *fl, int mb, int eb)
{
    struct unp A = unpack(a, mb, eb), B = unpack(b, mb, eb), C = unpack(c, mb, eb);
    bool psign = A.sign ^ B.sign;

    if (__builtin_expect(A.cls != CLS_FIN || B.cls != CLS_FIN || C.cls != CLS_FIN, 0)) {
        bool inf_times_zero =
            (A.cls == CLS_INF && B.cls == CLS_ZERO) || (A.cls == CLS_ZERO && B.cls == CLS_INF);
        /* RISC-V 11.6: inf * 0 + qNaN is invalid too (IEEE 754-2008 7.2 leaves it open). */
        if (inf_times_zero)
            return invalid(fl, mb, eb);
        if (A.cls >= CLS_QNAN || B.cls >= CLS_QNAN || C.cls >= CLS_QNAN) {
            if (C.cls == CLS_SNAN)
                *fl |= SF_FLAG_NV;
            return nan_result(&A, &B, fl, mb, eb);
        }
        if (A.cls == CLS_INF || B.cls == CLS_INF) {
            if (C.cls == CLS_INF && C.sign != psign)
                return invalid(fl, mb, eb); /* inf - inf */
            return pack_inf(psign, mb, eb);
        }
        if (C.cls == CLS_INF)
            return c;
        if (A.cls == CLS_ZERO || B.cls == CLS_ZERO) {
            /* The product is an exact zero: the sum is c, or a zero signed per 6.3. */
            if (C.cls == CLS_ZERO)
                return psign == C.sign ? pack_zero(psign, mb, eb) : exact_zero(rm, mb, eb);
            return c;
        }
        /* Only c is zero: the result is the product, rounded once (a non-zero exact product
         * plus a zero keeps the product's sign even if it rounds to zero). */
        int32_t e;
        uint64_t sig = mul_sig(&A, &B, &e, eb);
        return round_pack(psign, e, sig, rm, fl, mb, eb);
    }

    /* Both terms as 128-bit significands on a common scale: value = X / 2^124 * 2^(E - bias).
     * The product is in [2^124, 2^126), the addend in [2^124, 2^125). */
    u128 P = (u128)A.sig * B.sig;
    int32_t Ep = A.e + B.e - BIAS(eb);
    u128 Cs = (u128)C.sig << 62;
    u128 X, Y;
    int32_t e;
    bool xsign, ysign;
    /* Shift the term with the smaller exponent right. Its low bits are zero (at least 20 for the
     * product, 72 for the addend), so bits are only lost (jammed) when the other term is the
     * larger by far, which keeps the magnitude comparison below exact and the sticky bit far
     * below the rounding position. */
    if (Ep >= C.e) {
        e = Ep;
        X = P;
        xsign = psign;
        Y = shr_jam128(Cs, (uint32_t)(Ep - C.e));
        ysign = C.sign;
    } else {
        e = C.e;
        X = Cs;
        xsign = C.sign;
        Y = shr_jam128(P, (uint32_t)(C.e - Ep));
        ysign = psign;
    }
    u128 R;
    bool sign;
    if (xsign == ysign) {
        R = X + Y; /* < 2^127 */
        sign = xsign;
    } else if (X >= Y) {
        R = X - Y;
        sign = xsign;
    } else {
        R = Y - X;
        sign = ysign;
    }
    if (R == 0)
        return exact_zero(rm, mb, eb);
    int k = 127 - clz128(R); /* position of the leading one */
    e += k - 124;
    uint64_t sig = k >= 62 ? (uint64_t)shr_jam128(R, (uint32_t)(k - 62)) : (uint64_t)R << (62 - k);
    return round_pack(sign, e, sig, rm, fl, mb, eb);
}

/* ---------------------------------------------------------------------------------------------
 * The public per-format entry points
 */

uint32_t f32_add(uint32_t a, uint32_t b, int rm, uint8_t *flags)
{
    return (uint32_t)add_g(a, b, false, rm, flags, F32);
}

uint32_t f32_sub(uint32_t a, uint32_t b, int rm, uint8_t *flags)
{
    return (uint32_t)add_g(a, b, true, rm, flags, F32);
}

uint32_t f32_mul(uint32_t a, uint32_t b, int rm, uint8_t *flags)
{
    return (uint32_t)mul_g(a, b, rm, flags, F32);
}

uint32_t f32_div(uint32_t a, uint32_t b, int rm, uint8_t *flags)
{
    return (uint32_t)div_g(a, b, rm, flags, F32);
}

uint32_t f32_sqrt(uint32_t a, int rm, uint8_t *flags)
{
    return (uint32_t)sqrt_g(a, rm, flags, F32);
}

uint32_t f32_fma(uint32_t a, uint32_t b, uint32_t c, int rm, uint8_t *flags)
{
    return (uint32_t)fma_g(a, b, c, rm, flags, F32);
}

uint64_t f64_add(uint64_t a, uint64_t b, int rm, uint8_t *flags)
{
    return add_g(a, b, false, rm, flags, F64);
}

uint64_t f64_sub(uint64_t a, uint64_t b, int rm, uint8_t *flags)
{
    return add_g(a, b, true, rm, flags, F64);
}

uint64_t f64_mul(uint64_t a, uint64_t b, int rm, uint8_t *flags)
{
    return mul_g(a, b, rm, flags, F64);
}

uint64_t f64_div(uint64_t a, uint64_t b, int rm, uint8_t *flags)
{
    return div_g(a, b, rm, flags, F64);
}

uint64_t f64_sqrt(uint64_t a, int rm, uint8_t *flags)
{
    return sqrt_g(a, rm, flags, F64);
}

uint64_t f64_fma(uint64_t a, uint64_t b, uint64_t c, int rm, uint8_t *flags)
{
    return fma_g(a, b, c, rm, flags, F64);
}
