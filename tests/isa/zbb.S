/* zbb.S: the Zbb basic bit-manipulation extension on RV64 (unprivileged spec, chapter "B
 * Extension for Bit Manipulation", section "Zbb: Basic bit-manipulation").
 *
 * Covers andn/orn/xnor, clz/clzw/ctz/ctzw/cpop/cpopw (including input 0 and W forms ignoring the
 * upper 32 bits), max/maxu/min/minu with signed edge values, sext.b/sext.h/zext.h, rol/ror/rori
 * (shift amount = rs2[5:0]) and rolw/rorw/roriw (rs2[4:0], 32-bit rotate, result sign-extended),
 * orc.b and rev8, plus rd aliasing and rd = x0. */
#include "env.h"
#include "int_macros.h"

#define MIN64 0x8000000000000000
#define MAX64 0x7fffffffffffffff

RVTEST_BEGIN

    /* ---------------- andn / orn / xnor ---------------- */
    TEST_RR(1, andn, 0xf000f000f000f000, 0xff00ff00ff00ff00, 0x0ff00ff00ff00ff0)
    TEST_RR(2, andn, 0, -1, -1)
    TEST_RR(3, andn, -1, -1, 0)
    TEST_RR_SRC1(4, andn, 0x00000000ffffffff, -1, 0xffffffff00000000)
    TEST_RR_SAME(5, andn, 0, 0x123456789abcdef0)
    TEST_RR_X0(6, andn, -1, 0)

    TEST_RR(7, orn, 0xff0fff0fff0fff0f, 0xff00ff00ff00ff00, 0x0ff00ff00ff00ff0)
    TEST_RR(8, orn, -1, 0, 0)
    TEST_RR(9, orn, 0, 0, -1)
    TEST_RR_SRC2(10, orn, 0xffffffff00000001, 1, 0x00000000ffffffff)
    TEST_RR_SAME(11, orn, -1, 0x123456789abcdef0)
    TEST_RR_X0(12, orn, 0, 0)

    TEST_RR(13, xnor, 0x0f0f0f0f0f0f0f0f, 0xff00ff00ff00ff00, 0x0ff00ff00ff00ff0)
    TEST_RR(14, xnor, -1, 0, 0)
    TEST_RR(15, xnor, 0, 0, -1)
    TEST_RR_SAME(16, xnor, -1, 0x123456789abcdef0)
    TEST_RR_X0(17, xnor, 0, 0)

    /* ---------------- clz / clzw ---------------- */
    TEST_R(18, clz, 64, 0)
    TEST_R(19, clz, 63, 1)
    TEST_R(20, clz, 0, -1)
    TEST_R(21, clz, 0, MIN64)
    TEST_R(22, clz, 1, MAX64)
    TEST_R(23, clz, 32, 0x80000000)
    TEST_R(24, clz, 31, 0x100000000)
    TEST_R(25, clz, 7, 0x0123456789abcdef)
    TEST_R_SRC1(26, clz, 48, 0xffff)

    TEST_R(27, clzw, 32, 0)
    TEST_R(28, clzw, 31, 1)
    TEST_R(29, clzw, 32, 0xffffffff00000000)
    TEST_R(30, clzw, 0, 0x80000000)
    TEST_R(31, clzw, 16, 0x8000)
    TEST_R(32, clzw, 0, -1)
    TEST_R(33, clzw, 1, 0x7fffffff)
    TEST_R(34, clzw, 3, 0x0000000112345678)
    TEST_R_SRC1(35, clzw, 31, 0xfffffffe00000001)

    /* ---------------- ctz / ctzw ---------------- */
    TEST_R(36, ctz, 64, 0)
    TEST_R(37, ctz, 0, 1)
    TEST_R(38, ctz, 63, MIN64)
    TEST_R(39, ctz, 32, 0x100000000)
    TEST_R(40, ctz, 0, -1)
    TEST_R(41, ctz, 4, 0x0123456789abcdf0)
    TEST_R(42, ctz, 31, 0x80000000)
    TEST_R_SRC1(43, ctz, 16, 0xffff0000)

    TEST_R(44, ctzw, 32, 0)
    TEST_R(45, ctzw, 32, 0x100000000)
    TEST_R(46, ctzw, 32, 0xffffffff00000000)
    TEST_R(47, ctzw, 31, 0x80000000)
    TEST_R(48, ctzw, 0, 1)
    TEST_R(49, ctzw, 0, -1)
    TEST_R(50, ctzw, 3, 0x12345678)
    TEST_R_SRC1(51, ctzw, 8, 0xffffffff00000100)

    /* ---------------- cpop / cpopw ---------------- */
    TEST_R(52, cpop, 0, 0)
    TEST_R(53, cpop, 64, -1)
    TEST_R(54, cpop, 2, 0x8000000000000001)
    TEST_R(55, cpop, 32, 0x5555555555555555)
    TEST_R(56, cpop, 32, 0x0123456789abcdef)
    TEST_R(57, cpop, 63, MAX64)
    TEST_R_SRC1(58, cpop, 33, 0xffffffff80000000)

    TEST_R(59, cpopw, 0, 0)
    TEST_R(60, cpopw, 32, -1)
    TEST_R(61, cpopw, 0, 0xffffffff00000000)
    TEST_R(62, cpopw, 2, 0x180000001)
    TEST_R(63, cpopw, 16, 0x5555555555555555)
    TEST_R(64, cpopw, 1, 0x80000000)
    TEST_R_SRC1(65, cpopw, 20, 0x0123456789abcdef)

    /* ---------------- max / maxu / min / minu ---------------- */
    TEST_RR(66, max, 1, -1, 1)
    TEST_RR(67, max, 1, 1, -1)
    TEST_RR(68, max, MAX64, MIN64, MAX64)
    TEST_RR(69, max, -1, MIN64, -1)
    TEST_RR(70, max, 0x80000000, 0x7fffffff, 0x80000000)
    TEST_RR(71, max, 5, 5, 5)
    TEST_RR_SRC1(72, max, 0, -5, 0)
    TEST_RR_X0(73, max, 1, 2)

    TEST_RR(74, maxu, -1, -1, 1)
    TEST_RR(75, maxu, -1, 1, -1)
    TEST_RR(76, maxu, MIN64, MIN64, MAX64)
    TEST_RR(77, maxu, 0x100000000, 0xffffffff, 0x100000000)
    TEST_RR(78, maxu, 0, 0, 0)
    TEST_RR_SRC2(79, maxu, -5, -5, 0)
    TEST_RR_X0(80, maxu, 1, 2)

    TEST_RR(81, min, -1, -1, 1)
    TEST_RR(82, min, -1, 1, -1)
    TEST_RR(83, min, MIN64, MIN64, MAX64)
    TEST_RR(84, min, MIN64, -1, MIN64)
    TEST_RR(85, min, 0x7fffffff, 0x7fffffff, 0x80000000)
    TEST_RR(86, min, -7, -7, -7)
    TEST_RR_SRC1(87, min, -5, -5, 0)
    TEST_RR_X0(88, min, 1, 2)

    TEST_RR(89, minu, 1, -1, 1)
    TEST_RR(90, minu, 1, 1, -1)
    TEST_RR(91, minu, MAX64, MIN64, MAX64)
    TEST_RR(92, minu, 0xffffffff, 0xffffffff, 0x100000000)
    TEST_RR(93, minu, 0, 0, -1)
    TEST_RR_SRC2(94, minu, 0, -5, 0)
    TEST_RR_X0(95, minu, 1, 2)

    /* ---------------- sext.b / sext.h / zext.h ---------------- */
    TEST_R(96, sext.b, -128, 0x80)
    TEST_R(97, sext.b, 0x7f, 0x7f)
    TEST_R(98, sext.b, -1, 0x123456789abcdeff)
    TEST_R(99, sext.b, 0, 0xff00)
    TEST_R(100, sext.b, 0x12, 0xffffffffffffff12)
    TEST_R_SRC1(101, sext.b, 0xffffffffffffff81, 0x81)

    TEST_R(102, sext.h, 0xffffffffffff8000, 0x8000)
    TEST_R(103, sext.h, 0x7fff, 0x7fff)
    TEST_R(104, sext.h, -1, 0x123456789abcffff)
    TEST_R(105, sext.h, 0, 0x10000)
    TEST_R(106, sext.h, 0x1234, 0xffffffffffff1234)
    TEST_R_SRC1(107, sext.h, 0xffffffffffff8001, 0x8001)

    TEST_R(108, zext.h, 0xffff, -1)
    TEST_R(109, zext.h, 0x5678, 0x12345678)
    TEST_R(110, zext.h, 0x8000, 0x8000)
    TEST_R(111, zext.h, 0, 0xffffffffffff0000)
    TEST_R_SRC1(112, zext.h, 0xcdef, 0x0123456789abcdef)

    /* ---------------- rol / ror / rori (amount = rs2[5:0]) ---------------- */
    TEST_RR(113, rol, 3, 0x8000000000000001, 1)
    TEST_RR(114, rol, 0x0123456789abcdef, 0x0123456789abcdef, 0)
    TEST_RR(115, rol, 0x0123456789abcdef, 0x0123456789abcdef, 64)
    TEST_RR(116, rol, 0x123456789abcdef0, 0x0123456789abcdef, 4)
    TEST_RR(117, rol, 0x123456789abcdef0, 0x0123456789abcdef, 68)
    TEST_RR(118, rol, 0x89abcdef01234567, 0x0123456789abcdef, 32)
    TEST_RR(119, rol, 0xc000000000000000, 0x8000000000000001, 63)
    TEST_RR(120, rol, 0x100000000, 0x80000000, 1)
    TEST_RR_SRC1(121, rol, 0x23456789abcdef01, 0x0123456789abcdef, 8)
    TEST_RR_X0(122, rol, 1, 1)

    TEST_RR(123, ror, MIN64, 1, 1)
    TEST_RR(124, ror, 0xf0123456789abcde, 0x0123456789abcdef, 4)
    TEST_RR(125, ror, 0x0123456789abcdef, 0x0123456789abcdef, 64)
    TEST_RR(126, ror, 0x0123456789abcdef, 0x0123456789abcdef, 0)
    TEST_RR(127, ror, 3, 0x8000000000000001, -1) /* rs2[5:0] = 63 */
    TEST_RR(128, ror, 0x89abcdef01234567, 0x0123456789abcdef, 32)
    TEST_RR(129, ror, 0x0000000080000000, 0x100000000, 1)
    TEST_RR_SRC2(130, ror, 0xef0123456789abcd, 0x0123456789abcdef, 8)
    TEST_RR_X0(131, ror, 1, 1)

    TEST_RI(132, rori, MIN64, 1, 1)
    TEST_RI(133, rori, 0x0123456789abcdef, 0x0123456789abcdef, 0)
    TEST_RI(134, rori, 0x89abcdef01234567, 0x0123456789abcdef, 32)
    TEST_RI(135, rori, 3, 0x8000000000000001, 63)
    TEST_RI(136, rori, 0xf0123456789abcde, 0x0123456789abcdef, 4)
    TEST_RI_SRC1(137, rori, 0x0000000080000000, 0x100000000, 1)
    TEST_RI_X0(138, rori, 1, 1)

    /* ---------------- rolw / rorw / roriw (32-bit rotate, sign-extended) ---------------- */
    TEST_RR(139, rolw, 3, 0x80000001, 1)
    TEST_RR(140, rolw, 0xffffffff80000000, 0x40000000, 1)
    TEST_RR(141, rolw, 0x12345678, 0xffffffff12345678, 32) /* rs2[4:0] = 0 */
    TEST_RR(142, rolw, 0x23456781, 0x12345678, 4)
    TEST_RR(143, rolw, 0x23456781, 0xabcdef0012345678, 36)
    TEST_RR(144, rolw, 0xffffffff80000000, 0x80000000, 0)
    TEST_RR(145, rolw, 0xffffffffc0000000, 0x80000001, 31)
    TEST_RR(146, rolw, 0, 0xffffffff00000000, 7)
    TEST_RR_SRC1(147, rolw, 0x34567812, 0x12345678, 8)
    TEST_RR_X0(148, rolw, 1, 1)

    TEST_RR(149, rorw, 0xffffffff80000000, 1, 1)
    TEST_RR(150, rorw, 0xffffffff81234567, 0x12345678, 4)
    TEST_RR(151, rorw, 0xffffffff81234567, 0x12345678, 36)
    TEST_RR(152, rorw, 0x12345678, 0x12345678, 32)
    TEST_RR(153, rorw, 3, 0x80000001, 31)
    TEST_RR(154, rorw, 0x40000000, 0xffffffff80000000, 1)
    TEST_RR(155, rorw, 0, 0x100000000, 1)
    TEST_RR_SRC2(156, rorw, 0x78123456, 0x12345678, 8)
    TEST_RR_X0(157, rorw, 1, 1)

    TEST_RI(158, roriw, 0xffffffff81234567, 0x12345678, 4)
    TEST_RI(159, roriw, 0xffffffff80000000, 0x80000000, 0)
    TEST_RI(160, roriw, 0x12345678, 0xdeadbeef12345678, 0)
    TEST_RI(161, roriw, 3, 0x80000001, 31)
    TEST_RI(162, roriw, 0xffffffff80000000, 1, 1)
    TEST_RI(163, roriw, 0x56781234, 0x12345678, 16)
    TEST_RI_SRC1(164, roriw, 0x40000000, 0xffffffff80000000, 1)
    TEST_RI_X0(165, roriw, 1, 1)

    /* ---------------- orc.b / rev8 ---------------- */
    TEST_R(166, orc.b, 0x00ff000000ff00ff, 0x0001000000ff0080)
    TEST_R(167, orc.b, 0, 0)
    TEST_R(168, orc.b, -1, -1)
    TEST_R(169, orc.b, 0xffffffffffffffff, 0x0101010101010101)
    TEST_R(170, orc.b, 0xff000000000000ff, 0x8000000000000001)
    TEST_R_SRC1(171, orc.b, 0x0000ffff0000ff00, 0x0000102000004000)

    TEST_R(172, rev8, 0xefcdab8967452301, 0x0123456789abcdef)
    TEST_R(173, rev8, 0x8000000000000000, 0x80)
    TEST_R(174, rev8, 0x80, 0x8000000000000000)
    TEST_R(175, rev8, 0, 0)
    TEST_R(176, rev8, 0x7856341200000000, 0x12345678)
    TEST_R_SRC1(177, rev8, 0x0123456789abcdef, 0xefcdab8967452301)

    RVTEST_PASS
RVTEST_END
