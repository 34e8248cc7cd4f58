/* IEEE 754-2008 binary32/binary64 arithmetic in software, bit-exact with the RISC-V F and D
 * extensions (unprivileged spec ch. 11 "F", ch. 12 "D").
 *
 * Values are raw bit patterns (binary32 in a uint32_t, binary64 in a uint64_t). Every operation
 * takes a rounding mode (SF_RNE..SF_RMM, the RISC-V frm encoding) where it can round, and ORs the
 * exceptions it signals into *flags (SF_FLAG_*, the RISC-V fflags bit layout), so a caller can
 * accumulate straight into fcsr.fflags.
 *
 * RISC-V choices built in (unprivileged 11.2, 11.3, 11.7):
 *   - tininess is detected after rounding; UF is raised only for a tiny and inexact result;
 *   - every NaN result is the canonical NaN (SF_NAN32/SF_NAN64), payloads never propagate;
 *   - float-to-integer conversions saturate (NaN converts to the largest positive integer) and
 *     raise NV instead of NX when the value does not fit;
 *   - fma(inf, 0, qNaN) raises NV.
 * Pure functions, no global state: any thread. */
#ifndef CAPA_CPU_SOFTFLOAT_H
#define CAPA_CPU_SOFTFLOAT_H

#include <stdbool.h>
#include <stdint.h>

/* Rounding modes: the RISC-V frm / rm encodings (unprivileged 11.2, table "rounding modes"). */
enum sf_round {
    SF_RNE = 0, /* to nearest, ties to even */
    SF_RTZ = 1, /* toward zero */
    SF_RDN = 2, /* toward -infinity */
    SF_RUP = 3, /* toward +infinity */
    SF_RMM = 4, /* to nearest, ties away from zero (IEEE 754-2008 roundTiesToAway) */
};

/* Exception flags: the RISC-V fflags bits. */
#define SF_FLAG_NX 0x01 /* inexact */
#define SF_FLAG_UF 0x02 /* underflow */
#define SF_FLAG_OF 0x04 /* overflow */
#define SF_FLAG_DZ 0x08 /* divide by zero */
#define SF_FLAG_NV 0x10 /* invalid operation */

/* Canonical NaNs (unprivileged 11.3). */
#define SF_NAN32 0x7fc00000u
#define SF_NAN64 0x7ff8000000000000ull

/* --- binary32 --- */
uint32_t f32_add(uint32_t a, uint32_t b, int rm, uint8_t *flags);
uint32_t f32_sub(uint32_t a, uint32_t b, int rm, uint8_t *flags);
uint32_t f32_mul(uint32_t a, uint32_t b, int rm, uint8_t *flags);
uint32_t f32_div(uint32_t a, uint32_t b, int rm, uint8_t *flags);
uint32_t f32_sqrt(uint32_t a, int rm, uint8_t *flags);
/* a * b + c with a single rounding (IEEE 754-2008 5.4.1 fusedMultiplyAdd). */
uint32_t f32_fma(uint32_t a, uint32_t b, uint32_t c, int rm, uint8_t *flags);

/* Comparisons (IEEE 754-2008 5.11): eq is quiet (NV only for a signaling NaN operand), lt and le
 * are signaling (NV for any NaN operand). Unordered compares false. */
bool f32_eq(uint32_t a, uint32_t b, uint8_t *flags);
bool f32_lt(uint32_t a, uint32_t b, uint8_t *flags);
bool f32_le(uint32_t a, uint32_t b, uint8_t *flags);

/* minimumNumber / maximumNumber (IEEE 754-2019 9.6; RISC-V F 2.2): -0 < +0, a single NaN
 * operand yields the other operand, two NaNs yield the canonical NaN, sNaN raises NV. */
uint32_t f32_min(uint32_t a, uint32_t b, uint8_t *flags);
uint32_t f32_max(uint32_t a, uint32_t b, uint8_t *flags);

/* The RISC-V FCLASS mask (unprivileged 11.9): bit 0 -inf, 1 negative normal, 2 negative
 * subnormal, 3 -0, 4 +0, 5 positive subnormal, 6 positive normal, 7 +inf, 8 sNaN, 9 qNaN. */
unsigned f32_classify(uint32_t a);

/* Conversions to integers: rounded with rm; NaN gives the maximum value, out-of-range values clamp
 * to the nearest representable end; both raise NV (and not NX). */
int32_t f32_to_i32(uint32_t a, int rm, uint8_t *flags);
uint32_t f32_to_u32(uint32_t a, int rm, uint8_t *flags);
int64_t f32_to_i64(uint32_t a, int rm, uint8_t *flags);
uint64_t f32_to_u64(uint32_t a, int rm, uint8_t *flags);
uint32_t i32_to_f32(int32_t v, int rm, uint8_t *flags);
uint32_t u32_to_f32(uint32_t v, int rm, uint8_t *flags);
uint32_t i64_to_f32(int64_t v, int rm, uint8_t *flags);
uint32_t u64_to_f32(uint64_t v, int rm, uint8_t *flags);

/* --- binary64 --- */
uint64_t f64_add(uint64_t a, uint64_t b, int rm, uint8_t *flags);
uint64_t f64_sub(uint64_t a, uint64_t b, int rm, uint8_t *flags);
uint64_t f64_mul(uint64_t a, uint64_t b, int rm, uint8_t *flags);
uint64_t f64_div(uint64_t a, uint64_t b, int rm, uint8_t *flags);
uint64_t f64_sqrt(uint64_t a, int rm, uint8_t *flags);
uint64_t f64_fma(uint64_t a, uint64_t b, uint64_t c, int rm, uint8_t *flags);
bool f64_eq(uint64_t a, uint64_t b, uint8_t *flags);
bool f64_lt(uint64_t a, uint64_t b, uint8_t *flags);
bool f64_le(uint64_t a, uint64_t b, uint8_t *flags);
uint64_t f64_min(uint64_t a, uint64_t b, uint8_t *flags);
uint64_t f64_max(uint64_t a, uint64_t b, uint8_t *flags);
unsigned f64_classify(uint64_t a);
int32_t f64_to_i32(uint64_t a, int rm, uint8_t *flags);
uint32_t f64_to_u32(uint64_t a, int rm, uint8_t *flags);
int64_t f64_to_i64(uint64_t a, int rm, uint8_t *flags);
uint64_t f64_to_u64(uint64_t a, int rm, uint8_t *flags);
/* int32/uint32 to binary64 is always exact, hence no rounding mode and no flags. */
uint64_t i32_to_f64(int32_t v);
uint64_t u32_to_f64(uint32_t v);
uint64_t i64_to_f64(int64_t v, int rm, uint8_t *flags);
uint64_t u64_to_f64(uint64_t v, int rm, uint8_t *flags);

/* --- between formats --- */
/* Widening is exact; only a signaling NaN raises a flag (NV). */
uint64_t f32_to_f64(uint32_t a, uint8_t *flags);
uint32_t f64_to_f32(uint64_t a, int rm, uint8_t *flags);

#endif
