/* Unit test: hand-written cases for the softfloat library (src/cpu/softfloat*.c) covering what
 * the differential test against the host FPU (test_softfloat.c) cannot: RMM (ties away from zero;
 * x86 has no such mode), and the RISC-V rules that differ from x86 (canonical NaNs, saturating
 * conversions, fmin/fmax of IEEE 754-2019, fclass, fma(inf, 0, qNaN) raising NV). */
#include <stdint.h>

#include "check.h"
#include "cpu/softfloat.h"

#define NV SF_FLAG_NV
#define DZ SF_FLAG_DZ
#define OF SF_FLAG_OF
#define UF SF_FLAG_UF
#define NX SF_FLAG_NX

/* ---------------------------------------------------------------------------------------------
 * Hand-written cases
 */

static void hand(const char *what, uint64_t got, uint8_t fl, uint64_t exp, uint8_t efl)
{
    CHECK_MSG(got == exp && fl == efl, "%s: got %llx fl=%02x, expected %llx fl=%02x", what,
              (unsigned long long)got, fl, (unsigned long long)exp, efl);
}

/* Evaluate an expression with a fresh flags variable `fl` and check result and flags. */
#define H(expr, exp, efl)                                                                          \
    do {                                                                                           \
        uint8_t fl = 0;                                                                            \
        uint64_t got_ = (uint64_t)(expr);                                                          \
        (void)fl;                                                                                  \
        hand(#expr, got_, fl, (uint64_t)(exp), (efl));                                             \
    } while (0)

#define ONE32  0x3f800000u
#define HALF32 0x3f000000u
#define TWO32  0x40000000u
#define MAX32  0x7f7fffffu
#define INF32  0x7f800000u
#define NINF32 0xff800000u
#define ONE64  0x3ff0000000000000ull
#define HALF64 0x3fe0000000000000ull
#define MAX64  0x7fefffffffffffffull
#define INF64  0x7ff0000000000000ull
#define SNAN32 0x7f800001u
#define QNAN32 0x7fc12345u
#define SNAN64 0x7ff0000000000001ull
#define QNAN64 0x7ff8000000012345ull

static void test_hand(void)
{
    /* RMM: ties away from zero. 1 + 2^-24 is a tie between 1 and 1 + 2^-23. */
    H(f32_add(ONE32, 0x33800000u, SF_RNE, &fl), ONE32, NX);
    H(f32_add(ONE32, 0x33800000u, SF_RMM, &fl), 0x3f800001u, NX);
    H(f32_sub(0xbf800000u, 0x33800000u, SF_RMM, &fl), 0xbf800001u, NX);
    H(f32_add(0x3f800001u, 0x33800000u, SF_RMM, &fl), 0x3f800002u, NX);
    H(f32_add(ONE32, 0x33000000u, SF_RMM, &fl), ONE32, NX); /* below the tie */
    H(f64_add(ONE64, 0x3ca0000000000000ull, SF_RNE, &fl), ONE64, NX);
    H(f64_add(ONE64, 0x3ca0000000000000ull, SF_RMM, &fl), 0x3ff0000000000001ull, NX);
    H(f64_mul(0x3ff8000000000000ull, 0x4340000000000001ull, SF_RMM, &fl), 0x4348000000000002ull,
      NX); /* 1.5 * (2^53 + 2) = 1.5*2^53 + 3: tie */
    H(f64_mul(0x3ff8000000000000ull, 0x4340000000000001ull, SF_RNE, &fl), 0x4348000000000002ull,
      NX);
    /* RMM overflow: MAX + half an ulp (2^103) is a tie, rounding away overflows. */
    H(f32_add(MAX32, 0x73000000u, SF_RMM, &fl), INF32, OF | NX);
    H(f32_add(MAX32, 0x72800000u, SF_RMM, &fl), MAX32, NX);
    H(f32_mul(MAX32, TWO32, SF_RMM, &fl), INF32, OF | NX);
    H(f32_mul(MAX32 | 0x80000000u, TWO32, SF_RMM, &fl), NINF32, OF | NX);
    H(f32_mul(MAX32, TWO32, SF_RTZ, &fl), MAX32, OF | NX);
    H(f32_mul(MAX32, TWO32, SF_RDN, &fl), MAX32, OF | NX);
    H(f32_mul(MAX32 | 0x80000000u, TWO32, SF_RDN, &fl), NINF32, OF | NX);
    H(f32_mul(MAX32 | 0x80000000u, TWO32, SF_RUP, &fl), MAX32 | 0x80000000u, OF | NX);
    H(f64_mul(MAX64, 0x4000000000000000ull, SF_RMM, &fl), INF64, OF | NX);
    H(f64_add(MAX64, 0x7c90000000000000ull, SF_RMM, &fl), INF64, OF | NX); /* + 2^970 */
    /* RMM in the subnormal range: 2^-150 is a tie between 0 and 2^-149. */
    H(f32_mul(0x00000001u, HALF32, SF_RNE, &fl), 0, UF | NX);
    H(f32_mul(0x00000001u, HALF32, SF_RMM, &fl), 0x00000001u, UF | NX);
    H(f32_mul(0x80000001u, HALF32, SF_RMM, &fl), 0x80000001u, UF | NX);
    H(f32_mul(0x00000005u, HALF32, SF_RNE, &fl), 0x00000002u, UF | NX);
    H(f32_mul(0x00000005u, HALF32, SF_RMM, &fl), 0x00000003u, UF | NX);
    H(f32_mul(0x00000004u, HALF32, SF_RMM, &fl), 0x00000002u, 0); /* exact: no UF */
    H(f64_mul(0x0000000000000001ull, HALF64, SF_RMM, &fl), 0x0000000000000001ull, UF | NX);
    H(f64_mul(0x0000000000000003ull, HALF64, SF_RMM, &fl), 0x0000000000000002ull, UF | NX);
    H(f32_div(0x00000003u, TWO32, SF_RMM, &fl), 0x00000002u, UF | NX);
    H(f32_fma(0x00000001u, HALF32, 0, SF_RMM, &fl), 0x00000001u, UF | NX);
    /* Tininess after rounding: 2^-126 - 2^-150 is exact at 24 bits (tiny) but rounds to 2^-126
     * (UF, since inexact); 2^-126 - 2^-151 rounds to 2^-126 at 24 bits already (not tiny). */
    H(f64_to_f32(0x380fffffe0000000ull, SF_RNE, &fl), 0x00800000u, UF | NX);
    H(f64_to_f32(0x380fffffe0000000ull, SF_RMM, &fl), 0x00800000u, UF | NX);
    H(f64_to_f32(0x380fffffe0000000ull, SF_RTZ, &fl), 0x007fffffu, UF | NX);
    H(f64_to_f32(0x380ffffff0000000ull, SF_RNE, &fl), 0x00800000u, NX);
    H(f64_to_f32(0x380ffffff0000000ull, SF_RMM, &fl), 0x00800000u, NX);
    H(f64_to_f32(0x380ffffff0000000ull, SF_RUP, &fl), 0x00800000u, NX);
    H(f64_to_f32(0x380ffffff0000000ull, SF_RTZ, &fl), 0x007fffffu, UF | NX);
    H(f64_to_f32(0x380ffffff0000000ull, SF_RDN, &fl), 0x007fffffu, UF | NX);
    H(f64_to_f32(0xb80ffffff0000000ull, SF_RDN, &fl), 0x80800000u, NX);
    H(f64_to_f32(0x3690000000000000ull, SF_RMM, &fl), 0x00000001u, UF | NX); /* 2^-150 */
    H(f64_to_f32(0x3690000000000000ull, SF_RNE, &fl), 0, UF | NX);
    H(f64_to_f32(0x47efffffffffffffull, SF_RMM, &fl), INF32, OF | NX);
    H(f64_to_f32(0x47efffffefffffffull, SF_RMM, &fl), MAX32, NX); /* just under the tie */
    H(f64_to_f32(0x47efffffffffffffull, SF_RTZ, &fl), MAX32, NX); /* not an overflow */

    /* Canonical NaNs and invalid operations. */
    H(f32_add(SNAN32, ONE32, SF_RNE, &fl), SF_NAN32, NV);
    H(f32_add(QNAN32, ONE32, SF_RNE, &fl), SF_NAN32, 0);
    H(f32_add(0xffc00000u, ONE32, SF_RNE, &fl), SF_NAN32, 0);
    H(f32_mul(ONE32, SNAN32 | 0x80000000u, SF_RNE, &fl), SF_NAN32, NV);
    H(f64_div(QNAN64, ONE64, SF_RNE, &fl), SF_NAN64, 0);
    H(f64_sqrt(SNAN64, SF_RNE, &fl), SF_NAN64, NV);
    H(f32_sqrt(0xbf800000u, SF_RNE, &fl), SF_NAN32, NV);
    H(f32_sqrt(0x80000000u, SF_RNE, &fl), 0x80000000u, 0);
    H(f64_sqrt(0xfff0000000000000ull, SF_RNE, &fl), SF_NAN64, NV);
    H(f32_div(0, 0x80000000u, SF_RNE, &fl), SF_NAN32, NV);
    H(f32_div(ONE32, 0x80000000u, SF_RNE, &fl), NINF32, DZ);
    H(f64_div(INF64, INF64, SF_RNE, &fl), SF_NAN64, NV);
    H(f32_add(INF32, NINF32, SF_RNE, &fl), SF_NAN32, NV);
    H(f32_mul(INF32, 0, SF_RNE, &fl), SF_NAN32, NV);
    H(f64_to_f32(QNAN64, SF_RNE, &fl), SF_NAN32, 0);
    H(f64_to_f32(SNAN64, SF_RNE, &fl), SF_NAN32, NV);
    H(f32_to_f64(0xff812345u, &fl), SF_NAN64, NV);
    H(f32_to_f64(0x00000001u, &fl), 0x36a0000000000000ull, 0);
    /* fma: inf * 0 + qNaN is invalid on RISC-V. */
    H(f32_fma(INF32, 0, QNAN32, SF_RNE, &fl), SF_NAN32, NV);
    H(f64_fma(0, INF64, QNAN64, SF_RNE, &fl), SF_NAN64, NV);
    H(f64_fma(ONE64, QNAN64, SNAN64, SF_RNE, &fl), SF_NAN64, NV);
    H(f64_fma(ONE64, ONE64, QNAN64, SF_RNE, &fl), SF_NAN64, 0);
    H(f32_fma(INF32, ONE32, NINF32, SF_RNE, &fl), SF_NAN32, NV);
    /* Exact zero sums: +0 except in RDN. */
    H(f32_add(ONE32, 0xbf800000u, SF_RNE, &fl), 0, 0);
    H(f32_add(ONE32, 0xbf800000u, SF_RDN, &fl), 0x80000000u, 0);
    H(f32_add(ONE32, 0xbf800000u, SF_RMM, &fl), 0, 0);
    H(f64_sub(ONE64, ONE64, SF_RDN, &fl), 0x8000000000000000ull, 0);
    H(f64_sub(ONE64, ONE64, SF_RUP, &fl), 0, 0);
    H(f32_add(0x80000000u, 0x80000000u, SF_RNE, &fl), 0x80000000u, 0);
    H(f32_add(0x80000000u, 0, SF_RNE, &fl), 0, 0);
    H(f32_add(0x80000000u, 0, SF_RDN, &fl), 0x80000000u, 0);
    H(f32_fma(ONE32, ONE32, 0xbf800000u, SF_RDN, &fl), 0x80000000u, 0);
    H(f32_fma(ONE32, ONE32, 0xbf800000u, SF_RNE, &fl), 0, 0);
    H(f32_fma(0x80000000u, ONE32, 0, SF_RNE, &fl), 0, 0);
    H(f32_fma(0x80000000u, ONE32, 0x80000000u, SF_RNE, &fl), 0x80000000u, 0);
    H(f32_fma(0x80000000u, ONE32, 0, SF_RDN, &fl), 0x80000000u, 0);
    /* A product that underflows to zero keeps its sign when c is zero. */
    H(f32_fma(0x00000001u, 0x80000001u, 0, SF_RNE, &fl), 0x80000000u, UF | NX);
    H(f32_fma(0x00000001u, 0x80000001u, 0, SF_RDN, &fl), 0x80000001u, UF | NX);
    /* fma really is fused: (1 + 2^-23)^2 - (1 + 2^-22) = 2^-46 exactly. */
    H(f32_fma(0x3f800001u, 0x3f800001u, 0xbf800002u, SF_RNE, &fl), 0x28800000u, 0);

    /* Saturating conversions (unprivileged 11.7). */
    H(f32_to_i32(SF_NAN32, SF_RNE, &fl), 0x7fffffff, NV);
    H(f32_to_i32(0xffc00000u, SF_RNE, &fl), 0x7fffffff, NV); /* NaN sign does not matter */
    H(f32_to_i32(INF32, SF_RNE, &fl), 0x7fffffff, NV);
    H((uint32_t)f32_to_i32(NINF32, SF_RNE, &fl), 0x80000000u, NV);
    H(f32_to_i32(0x4f32d05e, SF_RTZ, &fl), 0x7fffffff, NV); /* 3e9 */
    H((uint32_t)f32_to_i32(0xcf32d05e, SF_RTZ, &fl), 0x80000000u, NV);
    H((uint32_t)f32_to_i32(0xcf000000u, SF_RTZ, &fl), 0x80000000u, 0); /* -2^31 exactly */
    H(f32_to_u32(SF_NAN32, SF_RNE, &fl), 0xffffffffu, NV);
    H(f32_to_u32(NINF32, SF_RNE, &fl), 0, NV);
    H(f32_to_u32(0xbfc00000u, SF_RTZ, &fl), 0, NV); /* -1.5 -> -1 */
    H(f32_to_u32(0xbf000000u, SF_RTZ, &fl), 0, NX); /* -0.5 -> -0 */
    H(f32_to_u32(0xbf000000u, SF_RDN, &fl), 0, NV); /* -0.5 -> -1 */
    H(f32_to_u32(0xbf000000u, SF_RMM, &fl), 0, NV); /* -0.5 -> -1 */
    H(f32_to_u32(0xbf000000u, SF_RNE, &fl), 0, NX); /* -0.5 -> -0 */
    H(f32_to_u32(0x80000000u, SF_RNE, &fl), 0, 0);
    H(f32_to_u64(0x5f800000u, SF_RNE, &fl), ~0ull, NV); /* 2^64 */
    H(f32_to_u64(0x5f7fffffu, SF_RNE, &fl), 0xffffff0000000000ull, 0);
    H(f64_to_i32(0x41dfffffffe00000ull, SF_RNE, &fl), 0x7fffffff, NV); /* 2^31 - 0.5 */
    H(f64_to_i32(0x41dfffffffe00000ull, SF_RTZ, &fl), 0x7fffffff, NX);
    H(f64_to_i32(0x41dfffffffd9999aull, SF_RNE, &fl), 0x7fffffff, NX); /* 2147483647.4 */
    H((uint64_t)f64_to_i64(0xc3e0000000000000ull, SF_RNE, &fl), 0x8000000000000000ull, 0);
    H((uint64_t)f64_to_i64(0xc3e0000000000001ull, SF_RNE, &fl), 0x8000000000000000ull, NV);
    H((uint64_t)f64_to_i64(0x43e0000000000000ull, SF_RNE, &fl), 0x7fffffffffffffffull, NV);
    H(f64_to_u64(0x43efffffffffffffull, SF_RNE, &fl), 0xfffffffffffff800ull, 0);
    H(f64_to_u32(0x41f0000000000000ull, SF_RNE, &fl), 0xffffffffu, NV); /* 2^32 */
    H(f64_to_i32(0x4004000000000000ull, SF_RMM, &fl), 3, NX);           /* 2.5 */
    H((uint32_t)f64_to_i32(0xc004000000000000ull, SF_RMM, &fl), (uint32_t)-3, NX);
    H(f64_to_i32(0x4004000000000000ull, SF_RNE, &fl), 2, NX);
    H(f64_to_i32(0x3fe0000000000000ull, SF_RMM, &fl), 1, NX); /* 0.5 */
    H(f64_to_i32(0x3fe0000000000000ull, SF_RNE, &fl), 0, NX);
    H(f64_to_i32(0x3fdfffffffffffffull, SF_RMM, &fl), 0, NX);
    H(f64_to_i32(0x0000000000000001ull, SF_RUP, &fl), 1, NX);
    H((uint32_t)f64_to_i32(0x8000000000000001ull, SF_RDN, &fl), 0xffffffffu, NX);
    /* Integer to float in RMM. */
    H(u32_to_f32(0x01000001u, SF_RNE, &fl), 0x4b800000u, NX);
    H(u32_to_f32(0x01000001u, SF_RMM, &fl), 0x4b800001u, NX);
    H(i32_to_f32(-0x01000001, SF_RMM, &fl), 0xcb800001u, NX);
    H(i64_to_f64(0x0020000000000001ll, SF_RMM, &fl), 0x4340000000000001ull, NX);
    H(u64_to_f64(~0ull, SF_RNE, &fl), 0x43f0000000000000ull, NX);
    H(u64_to_f64(~0ull, SF_RTZ, &fl), 0x43efffffffffffffull, NX);
    H(i64_to_f32(INT64_MIN, SF_RNE, &fl), 0xdf000000u, 0);
    H(i32_to_f64(INT32_MIN), 0xc1e0000000000000ull, 0);
    H(u32_to_f64(0xffffffffu), 0x41efffffffe00000ull, 0);
    H(i32_to_f32(0, SF_RDN, &fl), 0, 0); /* integer zero is +0 in every mode */

    /* fmin/fmax (IEEE 754-2019 minimumNumber/maximumNumber). */
    H(f32_min(0x80000000u, 0, &fl), 0x80000000u, 0);
    H(f32_min(0, 0x80000000u, &fl), 0x80000000u, 0);
    H(f32_max(0x80000000u, 0, &fl), 0, 0);
    H(f32_max(0, 0x80000000u, &fl), 0, 0);
    H(f32_min(QNAN32, ONE32, &fl), ONE32, 0);
    H(f32_max(ONE32, QNAN32, &fl), ONE32, 0);
    H(f32_min(SNAN32, ONE32, &fl), ONE32, NV);
    H(f32_min(QNAN32, QNAN32, &fl), SF_NAN32, 0);
    H(f32_max(SNAN32, QNAN32, &fl), SF_NAN32, NV);
    H(f64_min(0xfff0000000000000ull, ONE64, &fl), 0xfff0000000000000ull, 0);
    H(f64_max(0x8000000000000000ull, 0, &fl), 0, 0);
    H(f64_min(QNAN64, SNAN64, &fl), SF_NAN64, NV);
    H(f64_max(0xbff0000000000000ull, 0xc000000000000000ull, &fl), 0xbff0000000000000ull, 0);

    /* Compares. */
    H(f32_eq(QNAN32, ONE32, &fl), 0, 0);
    H(f32_eq(SNAN32, ONE32, &fl), 0, NV);
    H(f32_lt(QNAN32, ONE32, &fl), 0, NV);
    H(f32_le(ONE32, QNAN32, &fl), 0, NV);
    H(f32_eq(0x80000000u, 0, &fl), 1, 0);
    H(f32_le(0x80000000u, 0, &fl), 1, 0);
    H(f32_lt(0x80000000u, 0, &fl), 0, 0);
    H(f64_lt(0xbff0000000000000ull, 0x8000000000000000ull, &fl), 1, 0);
    H(f64_le(INF64, INF64, &fl), 1, 0);

    /* fclass: one of each. */
    H(f32_classify(NINF32), 1u << 0, 0);
    H(f32_classify(0xbf800000u), 1u << 1, 0);
    H(f32_classify(0x80000001u), 1u << 2, 0);
    H(f32_classify(0x80000000u), 1u << 3, 0);
    H(f32_classify(0), 1u << 4, 0);
    H(f32_classify(0x007fffffu), 1u << 5, 0);
    H(f32_classify(MAX32), 1u << 6, 0);
    H(f32_classify(INF32), 1u << 7, 0);
    H(f32_classify(SNAN32), 1u << 8, 0);
    H(f32_classify(0xffc00000u), 1u << 9, 0);
    H(f64_classify(0x000fffffffffffffull), 1u << 5, 0);
    H(f64_classify(SNAN64 | (1ull << 63)), 1u << 8, 0);
    H(f64_classify(QNAN64), 1u << 9, 0);
    H(f64_classify(0x8010000000000000ull), 1u << 1, 0);
}

int main(void)
{
    test_hand();
    return check_report("softfloat_rules");
}
