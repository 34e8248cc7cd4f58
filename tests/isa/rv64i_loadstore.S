/* rv64i_loadstore.S: RV64I loads and stores (unprivileged spec, chapter "RV32I Base Integer
 * Instruction Set" section "Load and Store Instructions" and chapter "RV64I Base Integer
 * Instruction Set" section "Load and Store Instructions").
 *
 * Covers LB/LBU/LH/LHU/LW/LWU/LD sign/zero extension for every width with negative and positive
 * values, little-endian byte order, offsets -2048 and 2047, rd == rs1, load into x0 (discarded);
 * SB/SH/SW/SD writing exactly their width (neighbouring bytes untouched, upper rs2 bits ignored),
 * stores with negative and maximal offsets, storing x0, and rs1 == rs2. All accesses are naturally
 * aligned (misaligned accesses are covered by misaligned.S). */
#include "env.h"

/* Load at offset `off` from the label `base` with `insn` and compare. */
#define TEST_LD(n, insn, exp, base, off)                                                           \
    li TESTNUM, n;                                                                                 \
    la a1, base;                                                                                   \
    insn a0, off(a1);                                                                              \
    CHECK_EQ(n, a0, exp)

/* Fill the 32-byte st_area with `fill`, store `val` with `insn` at byte offset `off`, then check
 * the dword at `chk` (byte offset, 8-aligned) equals `exp`. */
#define TEST_ST(n, insn, fill, val, off, chk, exp)                                                 \
    li TESTNUM, n;                                                                                 \
    la a1, st_area;                                                                                \
    li a2, fill;                                                                                   \
    sd a2, 0(a1);                                                                                  \
    sd a2, 8(a1);                                                                                  \
    sd a2, 16(a1);                                                                                 \
    sd a2, 24(a1);                                                                                 \
    li a3, val;                                                                                    \
    insn a3, off(a1);                                                                              \
    ld a0, chk(a1);                                                                                \
    CHECK_EQ(n, a0, exp)

RVTEST_BEGIN

    /* ---------------- LB / LBU ---------------- */
    TEST_LD(1, lb, 0xffffffffffffffef, lsdata, 0)
    TEST_LD(2, lbu, 0xef, lsdata, 0)
    TEST_LD(3, lb, 0xffffffffffffffcd, lsdata, 1)
    TEST_LD(4, lb, 0xffffffffffffff89, lsdata, 3)
    TEST_LD(5, lbu, 0x89, lsdata, 3)
    TEST_LD(6, lb, 0x67, lsdata, 4)
    TEST_LD(7, lbu, 0x67, lsdata, 4)
    TEST_LD(8, lb, 0x01, lsdata, 7)
    TEST_LD(9, lb, 0x10, lsdata, 8)
    TEST_LD(10, lb, 0xfffffffffffffffe, lsdata, 15)
    TEST_LD(11, lbu, 0xfe, lsdata, 15)
    TEST_LD(12, lb, 0x7f, lsdata, 16)
    TEST_LD(13, lbu, 0x7f, lsdata, 16)
    TEST_LD(14, lb, 0xffffffffffffff80, lsdata, 17)
    TEST_LD(15, lbu, 0x80, lsdata, 17)
    TEST_LD(16, lb, -1, lsdata, 18)
    TEST_LD(17, lbu, 0xff, lsdata, 18)
    TEST_LD(18, lb, 0, lsdata, 20)
    TEST_LD(19, lbu, 0, lsdata, 20)

    /* ---------------- LH / LHU ---------------- */
    TEST_LD(20, lh, 0xffffffffffffcdef, lsdata, 0)
    TEST_LD(21, lhu, 0xcdef, lsdata, 0)
    TEST_LD(22, lh, 0xffffffffffff89ab, lsdata, 2)
    TEST_LD(23, lhu, 0x89ab, lsdata, 2)
    TEST_LD(24, lh, 0x4567, lsdata, 4)
    TEST_LD(25, lh, 0x0123, lsdata, 6)
    TEST_LD(26, lhu, 0x0123, lsdata, 6)
    TEST_LD(27, lh, 0x3210, lsdata, 8)
    TEST_LD(28, lh, 0xfffffffffffffedc, lsdata, 14)
    TEST_LD(29, lhu, 0xfedc, lsdata, 14)
    TEST_LD(30, lh, 0xffffffffffff807f, lsdata, 16)
    TEST_LD(31, lhu, 0x807f, lsdata, 16)
    TEST_LD(32, lh, 0x7fff, lsdata, 18)
    TEST_LD(33, lhu, 0x7fff, lsdata, 18)
    TEST_LD(34, lh, 0xffffffffffff8000, lsdata, 22)
    TEST_LD(35, lhu, 0x8000, lsdata, 22)

    /* ---------------- LW / LWU ---------------- */
    TEST_LD(36, lw, 0xffffffff89abcdef, lsdata, 0)
    TEST_LD(37, lwu, 0x89abcdef, lsdata, 0)
    TEST_LD(38, lw, 0x01234567, lsdata, 4)
    TEST_LD(39, lwu, 0x01234567, lsdata, 4)
    TEST_LD(40, lw, 0x76543210, lsdata, 8)
    TEST_LD(41, lw, 0xfffffffffedcba98, lsdata, 12)
    TEST_LD(42, lwu, 0xfedcba98, lsdata, 12)
    TEST_LD(43, lw, 0x7fff807f, lsdata, 16)
    TEST_LD(44, lwu, 0x7fff807f, lsdata, 16)
    TEST_LD(45, lw, 0xffffffff80000000, lsdata, 20)
    TEST_LD(46, lwu, 0x80000000, lsdata, 20)
    TEST_LD(47, lw, -1, lsdata, 24)
    TEST_LD(48, lwu, 0xffffffff, lsdata, 24)

    /* ---------------- LD ---------------- */
    TEST_LD(49, ld, 0x0123456789abcdef, lsdata, 0)
    TEST_LD(50, ld, 0xfedcba9876543210, lsdata, 8)
    TEST_LD(51, ld, 0x800000007fff807f, lsdata, 16)
    TEST_LD(52, ld, -1, lsdata, 24)

    /* ---------------- negative and extreme offsets ---------------- */
    TEST_LD(53, ld, 0x0123456789abcdef, lsdata + 8, -8)
    TEST_LD(54, lw, 0xffffffff89abcdef, lsdata + 16, -16)
    TEST_LD(55, lbu, 0xfe, lsdata + 16, -1)
    TEST_LD(56, lh, 0xfffffffffffffedc, lsdata + 16, -2)
    TEST_LD(57, ld, 0xfedcba9876543210, lsdata - 2039, 2047)
    TEST_LD(58, lwu, 0xfedcba98, lsdata - 2035, 2047)
    TEST_LD(59, ld, 0xfedcba9876543210, lsdata + 2056, -2048)
    TEST_LD(60, lb, 0xffffffffffffff80, lsdata + 2065, -2048)

    /* rd == rs1: the address uses the old rs1 */
    la a1, lsdata
    ld a1, 8(a1)
    CHECK_EQ(61, a1, 0xfedcba9876543210)
    la a1, lsdata
    lbu a1, 0(a1)
    CHECK_EQ(62, a1, 0xef)

    /* a load into x0 is performed but the value is discarded */
    la a1, lsdata
    ld x0, 0(a1)
    lw x0, 4(a1)
    lb x0, 0(a1)
    CHECK_EQ(63, x0, 0)

    /* ---------------- SB ---------------- */
    TEST_ST(64, sb, 0, 0x123456789abcdeab, 1, 0, 0x000000000000ab00)
    TEST_ST(65, sb, 0, 0x80, 7, 0, 0x8000000000000000)
    TEST_ST(66, sb, -1, 0, 0, 0, 0xffffffffffffff00)
    TEST_ST(67, sb, -1, 0x7f, 15, 8, 0x7fffffffffffffff)
    TEST_ST(68, sb, -1, 0x55, 8, 0, -1) /* neighbour dword untouched */
    TEST_ST(69, sb, -1, 0x55, 8, 16, -1)

    /* ---------------- SH ---------------- */
    TEST_ST(70, sh, 0xaaaaaaaaaaaaaaaa, 0x123456789abcbeef, 2, 0, 0xaaaaaaaabeefaaaa)
    TEST_ST(71, sh, 0, 0x8000, 6, 0, 0x8000000000000000)
    TEST_ST(72, sh, -1, 0, 0, 0, 0xffffffffffff0000)
    TEST_ST(73, sh, -1, 0x1234, 14, 8, 0x1234ffffffffffff)
    TEST_ST(74, sh, 0, 0xffff, 8, 0, 0)
    TEST_ST(75, sh, 0, 0xffff, 8, 16, 0)

    /* ---------------- SW ---------------- */
    TEST_ST(76, sw, 0, 0x123456789abcdef0, 4, 0, 0x9abcdef000000000)
    TEST_ST(77, sw, 0, 0x123456789abcdef0, 0, 0, 0x000000009abcdef0)
    TEST_ST(78, sw, -1, 0, 4, 0, 0x00000000ffffffff)
    TEST_ST(79, sw, 0x5555555555555555, 0x80000000, 8, 8, 0x5555555580000000)
    TEST_ST(80, sw, 0, -1, 8, 0, 0)
    TEST_ST(81, sw, 0, -1, 12, 16, 0)

    /* ---------------- SD ---------------- */
    TEST_ST(82, sd, 0, 0x0123456789abcdef, 8, 8, 0x0123456789abcdef)
    TEST_ST(83, sd, 0, 0x0123456789abcdef, 8, 0, 0)
    TEST_ST(84, sd, 0, 0x0123456789abcdef, 8, 16, 0)
    TEST_ST(85, sd, -1, 0, 16, 16, 0)
    TEST_ST(86, sd, 0, 0x8000000000000001, 24, 24, 0x8000000000000001)

    /* little-endian byte order: store a dword, load its parts */
    la a1, st_area
    li a2, 0x0102030405060708
    sd a2, 0(a1)
    lbu a0, 0(a1)
    CHECK_EQ(87, a0, 0x08)
    lbu a0, 7(a1)
    CHECK_EQ(88, a0, 0x01)
    lhu a0, 2(a1)
    CHECK_EQ(89, a0, 0x0506)
    lwu a0, 4(a1)
    CHECK_EQ(90, a0, 0x01020304)

    /* build a dword from byte stores */
    la a1, st_area
    li a2, 0x11
    sb a2, 8(a1)
    li a2, 0x22
    sb a2, 9(a1)
    li a2, 0x4433
    sh a2, 10(a1)
    li a2, 0x88776655
    sw a2, 12(a1)
    ld a0, 8(a1)
    CHECK_EQ(91, a0, 0x8877665544332211)

    /* stores with negative offsets and offsets -2048 / 2047 */
    la a1, st_area + 16
    li a2, 0x1122334455667788
    sd a2, -16(a1)
    la a1, st_area
    ld a0, 0(a1)
    CHECK_EQ(92, a0, 0x1122334455667788)

    la a1, st_area + 8 - 2047
    li a2, 0x0a0b0c0d
    sw a2, 2047(a1)
    la a1, st_area
    lwu a0, 8(a1)
    CHECK_EQ(93, a0, 0x0a0b0c0d)

    la a1, st_area + 24 + 2048
    li a2, 0xcafef00dd00dfeed
    sd a2, -2048(a1)
    la a1, st_area
    ld a0, 24(a1)
    CHECK_EQ(94, a0, 0xcafef00dd00dfeed)

    la a1, st_area + 3 + 2048
    li a2, 0x99
    sb a2, -2048(a1)
    la a1, st_area
    lbu a0, 3(a1)
    CHECK_EQ(95, a0, 0x99)

    /* storing x0 writes zeros */
    la a1, st_area
    li a2, -1
    sd a2, 0(a1)
    sw x0, 4(a1)
    ld a0, 0(a1)
    CHECK_EQ(96, a0, 0x00000000ffffffff)
    sd x0, 0(a1)
    ld a0, 0(a1)
    CHECK_EQ(97, a0, 0)

    /* rs1 == rs2: the stored value is the address itself */
    li TESTNUM, 98
    la a1, st_area
    sd a1, 0(a1)
    ld a0, 0(a1)
    bne a0, a1, fail

    /* load after store to the same address sees the new value immediately */
    la a1, st_area
    li a2, 0x5a5a5a5a
    sw a2, 16(a1)
    lw a0, 16(a1)
    CHECK_EQ(99, a0, 0x5a5a5a5a)

    RVTEST_PASS
RVTEST_END

    .data
    .balign 64
lsdata:
    .dword 0x0123456789abcdef /* ef cd ab 89 67 45 23 01 */
    .dword 0xfedcba9876543210 /* 10 32 54 76 98 ba dc fe */
    .dword 0x800000007fff807f /* 7f 80 ff 7f 00 00 00 80 */
    .dword 0xffffffffffffffff
    .balign 64
st_area:
    .dword 0, 0, 0, 0
