/* rv64a_amo.S: atomic memory operations on RV64 (unprivileged spec, chapter "A Extension for
 * Atomic Instructions", section "Zaamo Extension for Atomic Memory Operations").
 *
 * Covers AMOSWAP/AMOADD/AMOAND/AMOOR/AMOXOR/AMOMIN/AMOMAX/AMOMINU/AMOMAXU in .W and .D forms:
 * rd receives the original memory value (sign-extended for .W, also for the unsigned min/max),
 * memory receives the result; .W forms operate on 32 bits only (upper rs2 bits ignored, the
 * neighbouring word untouched, no carry out of the word) and compare as 32-bit signed/unsigned
 * values; rd = x0 forms still update memory; rd == rs1 / rd == rs2 aliasing; aq/rl encodings. */
#include "env.h"

/* dword AMO: mem = init; insn a0, src, (a1); rd == exp_rd and mem == exp_mem */
#define TEST_AMO_D(n, insn, init, src, exp_rd, exp_mem)                                            \
    li TESTNUM, n;                                                                                 \
    la a1, amo_area;                                                                               \
    li a2, init;                                                                                   \
    sd a2, 0(a1);                                                                                  \
    li a2, src;                                                                                    \
    insn a0, a2, (a1);                                                                             \
    CHECK_EQ(n, a0, exp_rd);                                                                       \
    ld a3, 0(a1);                                                                                  \
    CHECK_EQ(n, a3, exp_mem)

/* word AMO at byte offset off (0 or 4) of a dword initialised to init64; the whole dword must
 * become exp64 */
#define TEST_AMO_W(n, insn, off, init64, src, exp_rd, exp64)                                       \
    li TESTNUM, n;                                                                                 \
    la a1, amo_area;                                                                               \
    li a2, init64;                                                                                 \
    sd a2, 0(a1);                                                                                  \
    li a2, src;                                                                                    \
    addi a4, a1, off;                                                                              \
    insn a0, a2, (a4);                                                                             \
    CHECK_EQ(n, a0, exp_rd);                                                                       \
    ld a3, 0(a1);                                                                                  \
    CHECK_EQ(n, a3, exp64)

/* rd = x0: memory is still updated and x0 stays zero */
#define TEST_AMO_X0(n, insn, init64, src, exp64)                                                   \
    li TESTNUM, n;                                                                                 \
    la a1, amo_area;                                                                               \
    li a2, init64;                                                                                 \
    sd a2, 0(a1);                                                                                  \
    li a2, src;                                                                                    \
    insn x0, a2, (a1);                                                                             \
    CHECK_EQ(n, x0, 0);                                                                            \
    ld a3, 0(a1);                                                                                  \
    CHECK_EQ(n, a3, exp64)

#define MIN64 0x8000000000000000
#define MAX64 0x7fffffffffffffff

RVTEST_BEGIN

    /* ---------------- AMOSWAP ---------------- */
    TEST_AMO_D(1, amoswap.d, 0x0123456789abcdef, 0xfedcba9876543210, 0x0123456789abcdef, 0xfedcba9876543210)
    TEST_AMO_D(2, amoswap.d, -1, 0, -1, 0)
    TEST_AMO_W(3, amoswap.w, 0, 0xa5a5a5a580000000, 0xdeadbeef12345678, 0xffffffff80000000, 0xa5a5a5a512345678)
    TEST_AMO_W(4, amoswap.w, 4, 0x89abcdefa5a5a5a5, 0x11112222, 0xffffffff89abcdef, 0x11112222a5a5a5a5)
    TEST_AMO_W(5, amoswap.w, 0, 0xa5a5a5a57fffffff, 0x80000000, 0x7fffffff, 0xa5a5a5a580000000)

    /* ---------------- AMOADD ---------------- */
    TEST_AMO_D(6, amoadd.d, MAX64, 1, MAX64, MIN64)
    TEST_AMO_D(7, amoadd.d, -1, 1, -1, 0)
    TEST_AMO_D(8, amoadd.d, 0xffffffff, 1, 0xffffffff, 0x100000000)
    TEST_AMO_D(9, amoadd.d, 0x0123456789abcdef, 0x1111111111111111, 0x0123456789abcdef, 0x123456789abcdf00)
    TEST_AMO_W(10, amoadd.w, 0, 0xa5a5a5a5ffffffff, 1, -1, 0xa5a5a5a500000000) /* no carry out */
    TEST_AMO_W(11, amoadd.w, 0, 0xa5a5a5a57fffffff, 1, 0x7fffffff, 0xa5a5a5a580000000)
    TEST_AMO_W(12, amoadd.w, 0, 0xa5a5a5a500000010, 0xffffffff00000001, 0x10, 0xa5a5a5a500000011)
    TEST_AMO_W(13, amoadd.w, 4, 0xfffffffe5a5a5a5a, 3, -2, 0x000000015a5a5a5a)

    /* ---------------- AMOAND / AMOOR / AMOXOR ---------------- */
    TEST_AMO_D(14, amoand.d, 0xff00ff00ff00ff00, 0x0ff00ff00ff00ff0, 0xff00ff00ff00ff00, 0x0f000f000f000f00)
    TEST_AMO_D(15, amoor.d, 0xff00ff00ff00ff00, 0x0ff00ff00ff00ff0, 0xff00ff00ff00ff00, 0xfff0fff0fff0fff0)
    TEST_AMO_D(16, amoxor.d, 0xff00ff00ff00ff00, 0x0ff00ff00ff00ff0, 0xff00ff00ff00ff00, 0xf0f0f0f0f0f0f0f0)
    TEST_AMO_W(17, amoand.w, 0, 0xa5a5a5a5ff00ff00, 0xffffffff0ff00ff0, 0xffffffffff00ff00, 0xa5a5a5a50f000f00)
    TEST_AMO_W(18, amoand.w, 4, 0x12345678a5a5a5a5, 0, 0x12345678, 0x00000000a5a5a5a5)
    TEST_AMO_W(19, amoor.w, 0, 0xa5a5a5a50000ff00, 0xf0000000800000f0, 0xff00, 0xa5a5a5a58000fff0)
    TEST_AMO_W(20, amoor.w, 4, 0x80000000a5a5a5a5, 1, 0xffffffff80000000, 0x80000001a5a5a5a5)
    TEST_AMO_W(21, amoxor.w, 0, 0xa5a5a5a5ffffffff, 0xffffffff0000ffff, -1, 0xa5a5a5a5ffff0000)
    TEST_AMO_W(22, amoxor.w, 4, 0x0f0f0f0fa5a5a5a5, 0xffffffff, 0x0f0f0f0f, 0xf0f0f0f0a5a5a5a5)

    /* ---------------- AMOMIN / AMOMAX (signed) ---------------- */
    TEST_AMO_D(23, amomin.d, -1, 1, -1, -1)
    TEST_AMO_D(24, amomin.d, 1, -1, 1, -1)
    TEST_AMO_D(25, amomin.d, MIN64, MAX64, MIN64, MIN64)
    TEST_AMO_D(26, amomin.d, MAX64, MIN64, MAX64, MIN64)
    TEST_AMO_D(27, amomin.d, 5, 5, 5, 5)
    TEST_AMO_D(28, amomin.d, 0x7fffffff, 0x80000000, 0x7fffffff, 0x7fffffff)
    TEST_AMO_D(29, amomax.d, -1, 1, -1, 1)
    TEST_AMO_D(30, amomax.d, 1, -1, 1, 1)
    TEST_AMO_D(31, amomax.d, MIN64, MAX64, MIN64, MAX64)
    TEST_AMO_D(32, amomax.d, 0x7fffffff, 0x80000000, 0x7fffffff, 0x80000000)

    TEST_AMO_W(33, amomin.w, 0, 0xa5a5a5a580000000, 0x7fffffff, 0xffffffff80000000, 0xa5a5a5a580000000)
    TEST_AMO_W(34, amomin.w, 0, 0xa5a5a5a57fffffff, 0x80000000, 0x7fffffff, 0xa5a5a5a580000000)
    TEST_AMO_W(35, amomin.w, 0, 0xa5a5a5a500000005, 0x0000000100000003, 5, 0xa5a5a5a500000003)
    TEST_AMO_W(36, amomin.w, 0, 0xa5a5a5a500000005, 0x00000000ffffffff, 5, 0xa5a5a5a5ffffffff)
    TEST_AMO_W(37, amomin.w, 4, 0xfffffffe5a5a5a5a, 0xffffffff, -2, 0xfffffffe5a5a5a5a)
    TEST_AMO_W(38, amomax.w, 0, 0xa5a5a5a5ffffffff, 0, -1, 0xa5a5a5a500000000)
    TEST_AMO_W(39, amomax.w, 0, 0xa5a5a5a500000005, 0x0000000080000000, 5, 0xa5a5a5a500000005)
    TEST_AMO_W(40, amomax.w, 0, 0xa5a5a5a580000000, 0xffffffff80000001, 0xffffffff80000000, 0xa5a5a5a580000001)
    TEST_AMO_W(41, amomax.w, 4, 0x800000005a5a5a5a, 0x7fffffff, 0xffffffff80000000, 0x7fffffff5a5a5a5a)

    /* ---------------- AMOMINU / AMOMAXU ---------------- */
    TEST_AMO_D(42, amominu.d, -1, 1, -1, 1)
    TEST_AMO_D(43, amominu.d, MIN64, MAX64, MIN64, MAX64)
    TEST_AMO_D(44, amominu.d, 0, -1, 0, 0)
    TEST_AMO_D(45, amominu.d, 0x100000000, 0xffffffff, 0x100000000, 0xffffffff)
    TEST_AMO_D(46, amomaxu.d, -1, 1, -1, -1)
    TEST_AMO_D(47, amomaxu.d, MIN64, MAX64, MIN64, MIN64)
    TEST_AMO_D(48, amomaxu.d, 0, -1, 0, -1)
    TEST_AMO_D(49, amomaxu.d, 0x100000000, 0xffffffff, 0x100000000, 0x100000000)

    TEST_AMO_W(50, amominu.w, 0, 0xa5a5a5a580000000, 1, 0xffffffff80000000, 0xa5a5a5a500000001)
    TEST_AMO_W(51, amominu.w, 0, 0xa5a5a5a500000005, 0xffffffff00000003, 5, 0xa5a5a5a500000003)
    TEST_AMO_W(52, amominu.w, 0, 0xa5a5a5a5ffffffff, 0x7fffffff, -1, 0xa5a5a5a57fffffff)
    TEST_AMO_W(53, amominu.w, 4, 0x000000015a5a5a5a, 0xfffffffe, 1, 0x000000015a5a5a5a)
    TEST_AMO_W(54, amomaxu.w, 0, 0xa5a5a5a580000000, 0x7fffffff, 0xffffffff80000000, 0xa5a5a5a580000000)
    TEST_AMO_W(55, amomaxu.w, 0, 0xa5a5a5a5ffffffff, 0x100000000, -1, 0xa5a5a5a5ffffffff)
    TEST_AMO_W(56, amomaxu.w, 0, 0xa5a5a5a500000001, 0x80000000, 1, 0xa5a5a5a580000000)
    TEST_AMO_W(57, amomaxu.w, 4, 0x7fffffff5a5a5a5a, 0xffffffff80000000, 0x7fffffff, 0x800000005a5a5a5a)

    /* ---------------- rd = x0: memory still updated ---------------- */
    TEST_AMO_X0(58, amoswap.d, 1, 0x1234, 0x1234)
    TEST_AMO_X0(59, amoadd.d, 0x100, 0x23, 0x123)
    TEST_AMO_X0(60, amoand.d, 0xff, 0x0f, 0x0f)
    TEST_AMO_X0(61, amoor.d, 0xf0, 0x0f, 0xff)
    TEST_AMO_X0(62, amoxor.d, 0xff, 0x0f, 0xf0)
    TEST_AMO_X0(63, amomin.d, 3, -3, -3)
    TEST_AMO_X0(64, amomax.d, -3, 3, 3)
    TEST_AMO_X0(65, amominu.d, 3, -3, 3)
    TEST_AMO_X0(66, amomaxu.d, 3, -3, -3)
    TEST_AMO_X0(67, amoswap.w, 0xa5a5a5a500000001, 0x1234, 0xa5a5a5a500001234)
    TEST_AMO_X0(68, amoadd.w, 0xa5a5a5a500000100, 0x23, 0xa5a5a5a500000123)
    TEST_AMO_X0(69, amoand.w, 0xa5a5a5a5000000ff, 0x0f, 0xa5a5a5a50000000f)
    TEST_AMO_X0(70, amoor.w, 0xa5a5a5a5000000f0, 0x0f, 0xa5a5a5a5000000ff)
    TEST_AMO_X0(71, amoxor.w, 0xa5a5a5a5000000ff, 0x0f, 0xa5a5a5a5000000f0)
    TEST_AMO_X0(72, amomin.w, 0xa5a5a5a500000003, 0xfffffffd, 0xa5a5a5a5fffffffd)
    TEST_AMO_X0(73, amomax.w, 0xa5a5a5a5fffffffd, 3, 0xa5a5a5a500000003)
    TEST_AMO_X0(74, amominu.w, 0xa5a5a5a500000003, 0xfffffffd, 0xa5a5a5a500000003)
    TEST_AMO_X0(75, amomaxu.w, 0xa5a5a5a500000003, 0xfffffffd, 0xa5a5a5a5fffffffd)

    /* ---------------- register aliasing ---------------- */
    /* rd == rs2: rd gets the old memory value, memory gets the old rs2 */
    la a1, amo_area
    li a2, 0x1111
    sd a2, 0(a1)
    li a2, 0x2222
    amoswap.d a2, a2, (a1)
    CHECK_EQ(76, a2, 0x1111)
    ld a3, 0(a1)
    CHECK_EQ(77, a3, 0x2222)
    li a2, 5
    amoadd.w a2, a2, (a1)
    CHECK_EQ(78, a2, 0x2222)
    ld a3, 0(a1)
    CHECK_EQ(79, a3, 0x2227)

    /* rd == rs1: the address is read before rd is written */
    la a1, amo_area
    li a2, 0x3333
    sd a2, 0(a1)
    li a2, 0x10
    amoadd.d a1, a2, (a1)
    CHECK_EQ(80, a1, 0x3333)
    la a1, amo_area
    ld a3, 0(a1)
    CHECK_EQ(81, a3, 0x3343)

    /* ---------------- aq / rl encodings ---------------- */
    TEST_AMO_D(82, amoadd.d.aq, 1, 2, 1, 3)
    TEST_AMO_D(83, amoswap.d.rl, 1, 2, 1, 2)
    TEST_AMO_D(84, amoxor.d.aqrl, 3, 1, 3, 2)
    TEST_AMO_W(85, amomaxu.w.aqrl, 0, 0xa5a5a5a580000000, 1, 0xffffffff80000000, 0xa5a5a5a580000000)
    TEST_AMO_W(86, amomin.w.aq, 0, 0xa5a5a5a500000001, -1, 1, 0xa5a5a5a5ffffffff)
    TEST_AMO_W(87, amoor.w.rl, 4, 0x00000001a5a5a5a5, 2, 1, 0x00000003a5a5a5a5)

    RVTEST_PASS
RVTEST_END

    .data
    .balign 64
amo_area:
    .dword 0
    .dword 0
