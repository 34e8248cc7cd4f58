/* rv64m.S: the M extension on RV64 (unprivileged spec, chapter "M Extension for Integer
 * Multiplication and Division": sections "Multiplication Operations" and "Division Operations",
 * including the table of division-by-zero and overflow results).
 *
 * Covers MUL/MULH/MULHSU/MULHU/MULW and DIV/DIVU/REM/REMU/DIVW/DIVUW/REMW/REMUW: signs of operands
 * (rounding toward zero, remainder takes the dividend's sign), division by zero (quotient all ones,
 * remainder = dividend), signed overflow (INT_MIN / -1 = INT_MIN, remainder 0) for both the 64-bit
 * and the W forms, W forms ignoring the upper 32 input bits and sign-extending the 32-bit result,
 * rd aliasing and rd = x0. */
#include "env.h"
#include "int_macros.h"

#define MIN64 0x8000000000000000
#define MAX64 0x7fffffffffffffff

RVTEST_BEGIN

    /* ---------------- MUL ---------------- */
    TEST_RR(1, mul, 0, 0, 0)
    TEST_RR(2, mul, 1, 1, 1)
    TEST_RR(3, mul, 21, 3, 7)
    TEST_RR(4, mul, 1, -1, -1)
    TEST_RR(5, mul, -1, -1, 1)
    TEST_RR(6, mul, -21, 3, -7)
    TEST_RR(7, mul, 0xfffffffffffffffe, MAX64, 2)
    TEST_RR(8, mul, MIN64, MIN64, -1)
    TEST_RR(9, mul, 0, 0x100000000, 0x100000000)
    TEST_RR(10, mul, 0xfffffffe00000001, 0xffffffff, 0xffffffff)
    TEST_RR(11, mul, 0x2236d88fe5618cf0, 0x123456789abcdef0, 0x0fedcba987654321)
    TEST_RR_SRC1(12, mul, 143, 13, 11)
    TEST_RR_SRC2(13, mul, 154, 14, 11)
    TEST_RR_SAME(14, mul, 169, 13)
    TEST_RR_X0(15, mul, 3, 4)

    /* ---------------- MULH (signed x signed, upper 64 bits) ---------------- */
    TEST_RR(16, mulh, 0, 0, 0)
    TEST_RR(17, mulh, 0, 1, 1)
    TEST_RR(18, mulh, 0, -1, -1)
    TEST_RR(19, mulh, -1, -1, 1)
    TEST_RR(20, mulh, -1, 1, -1)
    TEST_RR(21, mulh, 0x4000000000000000, MIN64, MIN64)
    TEST_RR(22, mulh, 0, MIN64, -1)
    TEST_RR(23, mulh, 0x3fffffffffffffff, MAX64, MAX64)
    TEST_RR(24, mulh, 0xc000000000000000, MIN64, MAX64)
    TEST_RR(25, mulh, 0x0121fa00ad77d742, 0x123456789abcdef0, 0x0fedcba987654321)
    TEST_RR(26, mulh, 0xfede05ff528828bd, 0x123456789abcdef0, -0x0fedcba987654321)
    TEST_RR(27, mulh, 1, 0x100000000, 0x100000000)
    TEST_RR_SRC1(28, mulh, -1, -2, 3)
    TEST_RR_SRC2(29, mulh, -1, 3, -2)
    TEST_RR_X0(30, mulh, -1, -1)

    /* ---------------- MULHU (unsigned x unsigned) ---------------- */
    TEST_RR(31, mulhu, 0, 0, 0)
    TEST_RR(32, mulhu, 0xfffffffffffffffe, -1, -1)
    TEST_RR(33, mulhu, 0, -1, 1)
    TEST_RR(34, mulhu, 1, MIN64, 2)
    TEST_RR(35, mulhu, 0x4000000000000000, MIN64, MIN64)
    TEST_RR(36, mulhu, 0x0121fa00ad77d742, 0x123456789abcdef0, 0x0fedcba987654321)
    TEST_RR(37, mulhu, 0x123456789abcdeef, -1, 0x123456789abcdef0)
    TEST_RR_SAME(38, mulhu, 0xfffffffffffffffe, -1)
    TEST_RR_X0(39, mulhu, -1, -1)

    /* ---------------- MULHSU (rs1 signed x rs2 unsigned) ---------------- */
    TEST_RR(40, mulhsu, 0, 0, 0)
    TEST_RR(41, mulhsu, -1, -1, -1)
    TEST_RR(42, mulhsu, -1, -1, 1)
    TEST_RR(43, mulhsu, 0, 1, -1)
    TEST_RR(44, mulhsu, 0x8000000000000000, MIN64, -1)
    TEST_RR(45, mulhsu, 1, 2, MIN64)
    TEST_RR(46, mulhsu, 0xffffffffffffffff, -2, MIN64)
    TEST_RR(47, mulhsu, 0xfede05ff528828bd, -0x123456789abcdef0, 0x0fedcba987654321)
    TEST_RR(48, mulhsu, 0x123456789abcdeef, 0x123456789abcdef0, -1)
    TEST_RR_X0(49, mulhsu, -1, -1)

    /* ---------------- MULW (low 32 bits, sign-extended) ---------------- */
    TEST_RR(50, mulw, 21, 3, 7)
    TEST_RR(51, mulw, -2, 0x7fffffff, 2)
    TEST_RR(52, mulw, 0, 0x10000, 0x10000)
    TEST_RR(53, mulw, 15, 0x100000003, 0x200000005)
    TEST_RR(54, mulw, 0xffffffff80000000, 0x80000000, -1)
    TEST_RR(55, mulw, 1, -1, -1)
    TEST_RR(56, mulw, 0x242d2080, 0x12345678, 0x9abcdef0)
    TEST_RR(57, mulw, 0xffffffff80000000, 0x40000000, 2)
    TEST_RR_SAME(58, mulw, 0x40000000, 0xffffffffffff8000)
    TEST_RR_X0(59, mulw, 3, 3)

    /* ---------------- DIV (signed, rounds toward zero) ---------------- */
    TEST_RR(60, div, 3, 20, 6)
    TEST_RR(61, div, -3, -20, 6)
    TEST_RR(62, div, -3, 20, -6)
    TEST_RR(63, div, 3, -20, -6)
    TEST_RR(64, div, 0, 5, 6)
    TEST_RR(65, div, 0, -5, 6)
    TEST_RR(66, div, -1, 20, 0)  /* division by zero */
    TEST_RR(67, div, -1, 0, 0)
    TEST_RR(68, div, -1, MIN64, 0)
    TEST_RR(69, div, MIN64, MIN64, -1) /* overflow */
    TEST_RR(70, div, MIN64, MIN64, 1)
    TEST_RR(71, div, 0xc000000000000000, MIN64, 2)
    TEST_RR(72, div, -MAX64, MAX64, -1)
    TEST_RR(73, div, 0x40000000, 0x8000000000000000 >> 1, 0x100000000)
    TEST_RR_SRC1(74, div, 7, 77, 11)
    TEST_RR_SRC2(75, div, 7, 77, 11)
    TEST_RR_SAME(76, div, 1, -13)
    TEST_RR_X0(77, div, 7, 1)

    /* ---------------- DIVU ---------------- */
    TEST_RR(78, divu, 3, 20, 6)
    TEST_RR(79, divu, 0x2aaaaaaaaaaaaaa7, -20, 6)
    TEST_RR(80, divu, 0, 20, -6)
    TEST_RR(81, divu, -1, 20, 0) /* division by zero: 2^64 - 1 */
    TEST_RR(82, divu, -1, 0, 0)
    TEST_RR(83, divu, 0, MIN64, -1)
    TEST_RR(84, divu, 1, -1, -1)
    TEST_RR(85, divu, 0x4000000000000000, MIN64, 2)
    TEST_RR(86, divu, 0xffffffff, -1, 0x100000001)
    TEST_RR_SAME(87, divu, 1, -13)
    TEST_RR_X0(88, divu, 7, 1)

    /* ---------------- REM (sign of the dividend) ---------------- */
    TEST_RR(89, rem, 2, 20, 6)
    TEST_RR(90, rem, -2, -20, 6)
    TEST_RR(91, rem, 2, 20, -6)
    TEST_RR(92, rem, -2, -20, -6)
    TEST_RR(93, rem, 20, 20, 0) /* division by zero: remainder = dividend */
    TEST_RR(94, rem, -20, -20, 0)
    TEST_RR(95, rem, MIN64, MIN64, 0)
    TEST_RR(96, rem, 0, MIN64, -1) /* overflow: remainder 0 */
    TEST_RR(97, rem, 0, MIN64, 1)
    TEST_RR(98, rem, -1, MIN64 + 1, 2)
    TEST_RR(99, rem, 0, 0, 5)
    TEST_RR_SRC1(100, rem, 0, 77, 11)
    TEST_RR_SRC2(101, rem, 3, 80, 11)
    TEST_RR_SAME(102, rem, 0, -13)
    TEST_RR_X0(103, rem, 7, 2)

    /* ---------------- REMU ---------------- */
    TEST_RR(104, remu, 2, 20, 6)
    TEST_RR(105, remu, 2, -20, 6)
    TEST_RR(106, remu, 20, 20, -6)
    TEST_RR(107, remu, 20, 20, 0) /* division by zero: remainder = dividend */
    TEST_RR(108, remu, -1, -1, 0)
    TEST_RR(109, remu, MIN64, MIN64, -1)
    TEST_RR(110, remu, 0, -1, -1)
    TEST_RR(111, remu, 0, -1, 0x100000001)
    TEST_RR(112, remu, 0xfffffffe, 0xfffffffffffffffe, 0xffffffff)
    TEST_RR_X0(113, remu, 7, 2)

    /* ---------------- DIVW (32-bit signed, result sign-extended) ---------------- */
    TEST_RR(114, divw, 3, 20, 6)
    TEST_RR(115, divw, -3, -20, 6)
    TEST_RR(116, divw, -3, 20, -6)
    TEST_RR(117, divw, 3, 0xffffffec, 0xfffffffa) /* -20 / -6 in the low words */
    TEST_RR(118, divw, 3, 0xffffffff00000014, 0x0000000100000006) /* upper bits ignored */
    TEST_RR(119, divw, -1, 20, 0) /* division by zero */
    TEST_RR(120, divw, -1, 0, 0x100000000) /* divisor is 0 in the low word */
    TEST_RR(121, divw, 0xffffffff80000000, 0x80000000, -1) /* overflow */
    TEST_RR(122, divw, 0xffffffff80000000, 0x80000000, 0xffffffff) /* -1 in the low word */
    TEST_RR(123, divw, 0xffffffff80000000, 0x80000000, 1)
    TEST_RR(124, divw, 0xffffffffc0000000, 0x80000000, 2)
    TEST_RR(125, divw, 0x7fffffff, 0x7fffffff, 1)
    TEST_RR_X0(126, divw, 7, 1)

    /* ---------------- DIVUW (32-bit unsigned, result sign-extended) ---------------- */
    TEST_RR(127, divuw, 3, 20, 6)
    TEST_RR(128, divuw, 0x2aaaaaa7, 0xffffffec, 6)
    TEST_RR(129, divuw, 0x2aaaaaa7, -20, 6)
    TEST_RR(130, divuw, -1, 0xffffffff, 1) /* 0xffffffff sign-extends */
    TEST_RR(131, divuw, -1, 20, 0) /* division by zero: all ones */
    TEST_RR(132, divuw, -1, 20, 0xffffffff00000000)
    TEST_RR(133, divuw, 0, 0x80000000, -1)
    TEST_RR(134, divuw, 8, 0x100000010, 0x100000002)
    TEST_RR(135, divuw, 0xffffffff80000000, 0x80000000, 1)
    TEST_RR(136, divuw, 0x40000000, 0x80000000, 2)
    TEST_RR_X0(137, divuw, 7, 1)

    /* ---------------- REMW ---------------- */
    TEST_RR(138, remw, 2, 20, 6)
    TEST_RR(139, remw, -2, -20, 6)
    TEST_RR(140, remw, 2, 20, -6)
    TEST_RR(141, remw, -2, 0xffffffec, 0xfffffffa)
    TEST_RR(142, remw, 0, 0x80000000, -1) /* overflow: remainder 0 */
    TEST_RR(143, remw, 20, 20, 0) /* division by zero: dividend */
    TEST_RR(144, remw, 0xffffffff80000000, 0x180000000, 0) /* dividend's low word, sign-extended */
    TEST_RR(145, remw, 0x12345678, 0xabcdef0012345678, 0xffffffff00000000)
    TEST_RR(146, remw, 2, 0xffffffff00000014, 0x0000000100000006)
    TEST_RR(147, remw, -1, 0x80000001, 2)
    TEST_RR_X0(148, remw, 7, 2)

    /* ---------------- REMUW ---------------- */
    TEST_RR(149, remuw, 2, 20, 6)
    TEST_RR(150, remuw, 2, 0xffffffec, 6)
    TEST_RR(151, remuw, 20, 20, 0xfffffffa)
    TEST_RR(152, remuw, 0xffffffff80000000, 0x80000000, 0) /* division by zero: dividend, sext */
    TEST_RR(153, remuw, 0xffffffff80000000, 0x1180000000, 0x100000000)
    TEST_RR(154, remuw, 1, 0x80000001, 0x80000000)
    TEST_RR(155, remuw, -2, 0xfffffffe, 0xffffffff) /* 0xfffffffe sign-extends */
    TEST_RR(156, remuw, 0xffffffff80000000, 0x80000000, -1)
    TEST_RR(157, remuw, 0, 0x80000000, 2)
    TEST_RR_X0(158, remuw, 7, 2)

    RVTEST_PASS
RVTEST_END
