/* rv64i_alu.S: RV64I integer computational instructions (unprivileged spec, chapter "RV32I Base
 * Integer Instruction Set" section "Integer Computational Instructions" and chapter "RV64I Base
 * Integer Instruction Set" section "Integer Computational Instructions").
 *
 * Covers ADD/ADDI/SUB, LUI/AUIPC, SLT/SLTI/SLTU/SLTIU with signed edge values, XOR/OR/AND and their
 * immediate forms (sign-extended 12-bit immediates), SLL/SRL/SRA (shift amount = rs2[5:0]) and
 * SLLI/SRLI/SRAI with shamt 0..63, and the RV64 W forms ADDW/ADDIW/SUBW/SLLW/SRLW/SRAW/
 * SLLIW/SRLIW/SRAIW (32-bit result sign-extended, upper input bits ignored, shift amount =
 * rs2[4:0]). Also rd == rs1 / rd == rs2 aliasing, rs1 = x0, and rd = x0 (writes discarded). */
#include "env.h"
#include "int_macros.h"

RVTEST_BEGIN

    /* ---------------- ADD ---------------- */
    TEST_RR(1, add, 0, 0, 0)
    TEST_RR(2, add, 2, 1, 1)
    TEST_RR(3, add, 10, 3, 7)
    TEST_RR(4, add, 0x8000000000000000, 0x7fffffffffffffff, 1)
    TEST_RR(5, add, 0x7fffffffffffffff, 0x8000000000000000, -1)
    TEST_RR(6, add, -2, -1, -1)
    TEST_RR(7, add, 0x100000000, 0xffffffff, 1)
    TEST_RR(8, add, 0x80000000, 0x7fffffff, 1)
    TEST_RR(9, add, 0, 0x8000000000000000, 0x8000000000000000)
    TEST_RR_SRC1(10, add, 24, 13, 11)
    TEST_RR_SRC2(11, add, 25, 14, 11)
    TEST_RR_SAME(12, add, 26, 13)
    TEST_RR_X0(13, add, 5, 6)
    TEST_RR_RS0(14, add, 0x123456789, 0x123456789)

    /* ---------------- ADDI ---------------- */
    TEST_RI(15, addi, 0, 0, 0)
    TEST_RI(16, addi, 2048, 1, 2047)
    TEST_RI(17, addi, -2048, 0, -2048)
    TEST_RI(18, addi, 0x8000000000000000, 0x7fffffffffffffff, 1)
    TEST_RI(19, addi, 0x7fffffffffffffff, 0x8000000000000000, -1)
    TEST_RI(20, addi, 0x80000000, 0x7fffffff, 1)
    TEST_RI(21, addi, 0, -1, 1)
    TEST_RI(22, addi, 0xffffffff, 0x100000000, -1)
    TEST_RI_SRC1(23, addi, 0x80000000, 0x80000800, -2048)
    TEST_RI_X0(24, addi, 1, 1)
    /* addi x0, x0, imm is a hint/nop: x0 must still read 0 */
    addi x0, x0, 5
    add a0, x0, x0
    CHECK_EQ(25, a0, 0)

    /* ---------------- SUB ---------------- */
    TEST_RR(26, sub, 0, 0, 0)
    TEST_RR(27, sub, -4, 3, 7)
    TEST_RR(28, sub, 4, 7, 3)
    TEST_RR(29, sub, 0x7fffffffffffffff, 0x8000000000000000, 1)
    TEST_RR(30, sub, 0x8000000000000000, 0, 0x8000000000000000)
    TEST_RR(31, sub, 0, -1, -1)
    TEST_RR(32, sub, 0x7fffffff, 0x80000000, 1)
    TEST_RR(33, sub, 0xffffffff, 0x100000000, 1)
    TEST_RR_SRC1(34, sub, 2, 13, 11)
    TEST_RR_SRC2(35, sub, 3, 14, 11)
    TEST_RR_SAME(36, sub, 0, 0x123456789abcdef)
    TEST_RR_X0(37, sub, 5, 6)
    TEST_RR_RS0(38, sub, -7, 7)

    /* ---------------- LUI ---------------- */
    lui a0, 0
    CHECK_EQ(39, a0, 0)
    lui a0, 0x7ffff
    CHECK_EQ(40, a0, 0x7ffff000)
    lui a0, 0x80000
    CHECK_EQ(41, a0, 0xffffffff80000000)
    lui a0, 0xfffff
    CHECK_EQ(42, a0, 0xfffffffffffff000)
    lui a0, 0x12345
    CHECK_EQ(43, a0, 0x12345000)
    li a0, -1
    lui a0, 1 /* all of rd is replaced, low 12 bits cleared */
    CHECK_EQ(44, a0, 0x1000)
    lui x0, 0x12345
    CHECK_EQ(45, x0, 0)

    /* ---------------- AUIPC ---------------- */
1:  auipc a0, 0
    la a1, 1b
    sub a0, a0, a1
    CHECK_EQ(46, a0, 0)
1:  auipc a0, 1
    la a1, 1b
    sub a0, a0, a1
    CHECK_EQ(47, a0, 0x1000)
1:  auipc a0, 0xfffff
    la a1, 1b
    sub a0, a0, a1
    CHECK_EQ(48, a0, -0x1000)
1:  auipc a0, 0x80000
    la a1, 1b
    sub a0, a0, a1
    CHECK_EQ(49, a0, 0xffffffff80000000)
1:  auipc a0, 0x7ffff
    la a1, 1b
    sub a0, a0, a1
    CHECK_EQ(50, a0, 0x7ffff000)
    auipc x0, 1
    CHECK_EQ(51, x0, 0)

    /* ---------------- SLT / SLTU ---------------- */
    TEST_RR(52, slt, 0, 0, 0)
    TEST_RR(53, slt, 1, 1, 2)
    TEST_RR(54, slt, 0, 2, 1)
    TEST_RR(55, slt, 1, -1, 0)
    TEST_RR(56, slt, 0, 0, -1)
    TEST_RR(57, slt, 1, 0x8000000000000000, 0x7fffffffffffffff)
    TEST_RR(58, slt, 0, 0x7fffffffffffffff, 0x8000000000000000)
    TEST_RR(59, slt, 0, 0x8000000000000000, 0x8000000000000000)
    TEST_RR(60, slt, 1, 0x8000000000000000, -1)
    TEST_RR(61, slt, 1, 0x7fffffff, 0x80000000)
    TEST_RR(62, slt, 1, 0xffffffff80000000, 0x7fffffff)
    TEST_RR(63, slt, 0, 0xffffffff, 0x7fffffff)
    TEST_RR_SAME(64, slt, 0, -5)
    TEST_RR_X0(65, slt, 0, 1)
    TEST_RR_RS0(66, slt, 1, 1)
    TEST_RR_RS0(67, slt, 0, -1)

    TEST_RR(68, sltu, 0, 0, 0)
    TEST_RR(69, sltu, 1, 1, 2)
    TEST_RR(70, sltu, 0, 2, 1)
    TEST_RR(71, sltu, 0, -1, 0)
    TEST_RR(72, sltu, 1, 0, -1)
    TEST_RR(73, sltu, 0, 0x8000000000000000, 0x7fffffffffffffff)
    TEST_RR(74, sltu, 1, 0x7fffffffffffffff, 0x8000000000000000)
    TEST_RR(75, sltu, 1, 0x7fffffff, 0xffffffff80000000)
    TEST_RR(76, sltu, 1, 0xfffffffe, 0xffffffff)
    TEST_RR(77, sltu, 0, 0x100000000, 0xffffffff)
    TEST_RR(78, sltu, 1, -2, -1)
    TEST_RR_SAME(79, sltu, 0, -5)
    TEST_RR_X0(80, sltu, 0, 1)
    TEST_RR_RS0(81, sltu, 1, 5) /* snez */
    TEST_RR_RS0(82, sltu, 0, 0)

    /* ---------------- SLTI / SLTIU (immediate sign-extended) ---------------- */
    TEST_RI(83, slti, 0, 0, 0)
    TEST_RI(84, slti, 0, 0, -1)
    TEST_RI(85, slti, 1, -1, 0)
    TEST_RI(86, slti, 1, 0x8000000000000000, -2048)
    TEST_RI(87, slti, 0, -2048, -2048)
    TEST_RI(88, slti, 1, -2049, -2048)
    TEST_RI(89, slti, 1, 2046, 2047)
    TEST_RI(90, slti, 0, 2047, 2047)
    TEST_RI(91, slti, 0, 0x7fffffffffffffff, 2047)
    TEST_RI(92, slti, 0, 0x80000000, 1)
    TEST_RI(93, slti, 1, 0xffffffff80000000, 1)
    TEST_RI_X0(94, slti, -1, 0)

    TEST_RI(95, sltiu, 1, 0, -1)
    TEST_RI(96, sltiu, 1, -2, -1)
    TEST_RI(97, sltiu, 0, -1, -1)
    TEST_RI(98, sltiu, 0, 5, 1)
    TEST_RI(99, sltiu, 1, 0, 1) /* seqz */
    TEST_RI(100, sltiu, 0, 1, 1)
    TEST_RI(101, sltiu, 1, 0x800, -2048)
    TEST_RI(102, sltiu, 0, 0xfffffffffffff800, -2048)
    TEST_RI(103, sltiu, 1, 0xfffffffffffff7ff, -2048)
    TEST_RI(104, sltiu, 0, 0x8000000000000000, 2047)
    TEST_RI(105, sltiu, 1, 0x7fe, 2047)
    TEST_RI_X0(106, sltiu, 0, 1)

    /* ---------------- XOR / OR / AND ---------------- */
    TEST_RR(107, xor, 0xf0f0f0f0f0f0f0f0, 0xff00ff00ff00ff00, 0x0ff00ff00ff00ff0)
    TEST_RR(108, xor, 0xf0f0f0f0f0f0f0f0, 0x00ff00ff00ff00ff, 0xf00ff00ff00ff00f)
    TEST_RR(109, xor, 0, -1, -1)
    TEST_RR_SRC1(110, xor, 0xff00ff00ff00ff00, 0x00ff00ff00ff00ff, -1)
    TEST_RR_SRC2(111, xor, 0xff00ff00ff00ff00, 0x00ff00ff00ff00ff, -1)
    TEST_RR_SAME(112, xor, 0, 0x123456789abcdef0)
    TEST_RR_X0(113, xor, 1, 2)

    TEST_RR(114, or, 0xfff0fff0fff0fff0, 0xff00ff00ff00ff00, 0x0ff00ff00ff00ff0)
    TEST_RR(115, or, 0xf0fff0fff0fff0ff, 0x00ff00ff00ff00ff, 0xf00ff00ff00ff00f)
    TEST_RR(116, or, 0, 0, 0)
    TEST_RR_SRC1(117, or, 0xff0fff0fff0fff0f, 0xff00ff00ff00ff00, 0xf00ff00ff00ff00f)
    TEST_RR_SRC2(118, or, 0xff0fff0fff0fff0f, 0xff00ff00ff00ff00, 0xf00ff00ff00ff00f)
    TEST_RR_SAME(119, or, 0x123456789abcdef0, 0x123456789abcdef0)
    TEST_RR_X0(120, or, 1, 2)

    TEST_RR(121, and, 0x0f000f000f000f00, 0xff00ff00ff00ff00, 0x0ff00ff00ff00ff0)
    TEST_RR(122, and, 0x000f000f000f000f, 0x00ff00ff00ff00ff, 0xf00ff00ff00ff00f)
    TEST_RR(123, and, -1, -1, -1)
    TEST_RR_SRC1(124, and, 0xf000f000f000f000, 0xff00ff00ff00ff00, 0xf00ff00ff00ff00f)
    TEST_RR_SRC2(125, and, 0xf000f000f000f000, 0xff00ff00ff00ff00, 0xf00ff00ff00ff00f)
    TEST_RR_SAME(126, and, 0x123456789abcdef0, 0x123456789abcdef0)
    TEST_RR_X0(127, and, 3, 3)

    /* ---------------- XORI / ORI / ANDI (immediate sign-extended) ---------------- */
    TEST_RI(128, xori, 0xff00ff00ff00ff00, 0x00ff00ff00ff00ff, -1)
    TEST_RI(129, xori, 0x00ff00ff00ff07f0, 0x00ff00ff00ff00ff, 0x70f)
    TEST_RI(130, xori, 0x00ff00ff00ff0700, 0xff00ff00ff00ff00, -2048)
    TEST_RI_SRC1(131, xori, 0x7ff, 0, 0x7ff)
    TEST_RI_X0(132, xori, 1, 1)

    TEST_RI(133, ori, 0xff00ff00ff00fff0, 0xff00ff00ff00ff00, 0x0f0)
    TEST_RI(134, ori, 0xfffffffffffff800, 0, -2048)
    TEST_RI(135, ori, 0x00ff00ff00ff07ff, 0x00ff00ff00ff00ff, 0x70f)
    TEST_RI_SRC1(136, ori, -1, 0x8000000000000000, -1)
    TEST_RI_X0(137, ori, 1, 1)

    TEST_RI(138, andi, 0x700, 0xff00ff00ff00ff00, 0x7f0)
    TEST_RI(139, andi, 0xff00ff00ff00ff00, 0xff00ff00ff00ff00, -16)
    TEST_RI(140, andi, 0x00ff00ff00ff0000, 0x00ff00ff00ff00ff, -2048)
    TEST_RI(141, andi, 0x7ff, -1, 0x7ff)
    TEST_RI_SRC1(142, andi, 0, 0x8000000000000000, 0x7ff)
    TEST_RI_X0(143, andi, 1, 1)

    /* ---------------- SLL / SRL / SRA (shift amount = rs2[5:0]) ---------------- */
    TEST_RR(144, sll, 1, 1, 0)
    TEST_RR(145, sll, 2, 1, 1)
    TEST_RR(146, sll, 0x80000000, 1, 31)
    TEST_RR(147, sll, 0x100000000, 1, 32)
    TEST_RR(148, sll, 0x8000000000000000, 1, 63)
    TEST_RR(149, sll, 1, 1, 64)
    TEST_RR(150, sll, 2, 1, 65)
    TEST_RR(151, sll, 0x8000000000000000, -1, 63)
    TEST_RR(152, sll, 0x42, 0x21, 0xffffffffffffffc1)
    TEST_RR(153, sll, 0x123456789abcdef0, 0x0123456789abcdef, 4)
    TEST_RR(154, sll, 0x9abcdef000000000, 0x0123456789abcdef, 36)
    TEST_RR_SRC1(155, sll, 0x100, 1, 8)
    TEST_RR_SRC2(156, sll, 0x200, 1, 9)
    TEST_RR_SAME(157, sll, 0x18, 3) /* 3 << 3 */
    TEST_RR_X0(158, sll, 1, 1)
    TEST_RR_RS0(159, sll, 0, 5)

    TEST_RR(160, srl, 0x8000000000000000, 0x8000000000000000, 0)
    TEST_RR(161, srl, 0x4000000000000000, 0x8000000000000000, 1)
    TEST_RR(162, srl, 1, 0x8000000000000000, 63)
    TEST_RR(163, srl, 0x8000000000000000, 0x8000000000000000, 64)
    TEST_RR(164, srl, 0xffffffff, -1, 32)
    TEST_RR(165, srl, 0x1ffffffff, -1, 31)
    TEST_RR(166, srl, 0x0123456, 0x0123456789abcdef, 36)
    TEST_RR(167, srl, 0x7fffffffffffffff, -1, 0xffffffffffffffc1)
    TEST_RR_SRC1(168, srl, 1, 0x100, 8)
    TEST_RR_SRC2(169, srl, 1, 0x200, 9)
    TEST_RR_X0(170, srl, 1, 1)

    TEST_RR(171, sra, 0x8000000000000000, 0x8000000000000000, 0)
    TEST_RR(172, sra, 0xc000000000000000, 0x8000000000000000, 1)
    TEST_RR(173, sra, -1, 0x8000000000000000, 63)
    TEST_RR(174, sra, 0x8000000000000000, 0x8000000000000000, 64)
    TEST_RR(175, sra, 0, 0x7fffffffffffffff, 63)
    TEST_RR(176, sra, -1, -1, 32)
    TEST_RR(177, sra, 0xffffffff80000000, 0x8000000000000000, 32)
    TEST_RR(178, sra, 0x00123456789abcde, 0x0123456789abcdef, 4)
    TEST_RR(179, sra, 0xffffffffffedcba9, 0xfedcba9876543210, 36)
    TEST_RR(180, sra, 0x3fffffffffffffff, 0x7fffffffffffffff, 0xffffffffffffffc1)
    TEST_RR_SRC1(181, sra, -1, -256, 8)
    TEST_RR_SRC2(182, sra, -1, -512, 9)
    TEST_RR_X0(183, sra, -1, 1)

    /* ---------------- SLLI / SRLI / SRAI (shamt 0..63) ---------------- */
    TEST_RI(184, slli, -1, -1, 0)
    TEST_RI(185, slli, 2, 1, 1)
    TEST_RI(186, slli, 0x80000000, 1, 31)
    TEST_RI(187, slli, 0x100000000, 1, 32)
    TEST_RI(188, slli, 0x8000000000000000, 1, 63)
    TEST_RI(189, slli, 0x8000000000000000, -1, 63)
    TEST_RI(190, slli, 0x89abcdef00000000, 0x0123456789abcdef, 32)
    TEST_RI_SRC1(191, slli, 0x1000, 1, 12)
    TEST_RI_X0(192, slli, 1, 1)

    TEST_RI(193, srli, -1, -1, 0)
    TEST_RI(194, srli, 0x4000000000000000, 0x8000000000000000, 1)
    TEST_RI(195, srli, 1, 0x8000000000000000, 63)
    TEST_RI(196, srli, 0xffffffff, -1, 32)
    TEST_RI(197, srli, 0x1ffffffff, -1, 31)
    TEST_RI(198, srli, 0x0123456789abcde, 0x0123456789abcdef, 4)
    TEST_RI_SRC1(199, srli, 1, 0x1000, 12)
    TEST_RI_X0(200, srli, 1, 1)

    TEST_RI(201, srai, 0x8000000000000000, 0x8000000000000000, 0)
    TEST_RI(202, srai, -1, 0x8000000000000000, 63)
    TEST_RI(203, srai, 0, 0x7fffffffffffffff, 63)
    TEST_RI(204, srai, 0xffffffff00000000, 0x8000000000000000, 31)
    TEST_RI(205, srai, 0xffffffff80000000, 0x8000000000000000, 32)
    TEST_RI(206, srai, 1, 0x4000000000000000, 62)
    TEST_RI(207, srai, 0x00000000ffffffff, 0x7fffffff80000000, 31)
    TEST_RI_SRC1(208, srai, -1, -4096, 12)
    TEST_RI_X0(209, srai, -1, 1)

    /* ---------------- ADDW / ADDIW / SUBW ---------------- */
    TEST_RR(210, addw, 0xffffffff80000000, 0x7fffffff, 1)
    TEST_RR(211, addw, 0, 0xffffffff, 1)
    TEST_RR(212, addw, 0x7fffffff, 0x80000000, 0xffffffff)
    TEST_RR(213, addw, 3, 0x1234567800000001, 0xabcdef0000000002)
    TEST_RR(214, addw, -2, -1, -1)
    TEST_RR(215, addw, 0x7fffffff, 0x7ffffffe, 1)
    TEST_RR_SRC1(216, addw, 0xffffffff80000000, 0x40000000, 0x40000000)
    TEST_RR_SRC2(217, addw, 0xffffffffc0000000, 0x80000000, 0x40000000)
    TEST_RR_SAME(218, addw, 0xffffffff80000000, 0x40000000)
    TEST_RR_X0(219, addw, 1, 1)
    TEST_RR_RS0(220, addw, 0xffffffff80000000, 0x1234567880000000) /* sext.w */

    TEST_RI(221, addiw, 0xffffffff80000000, 0x7fffffff, 1)
    TEST_RI(222, addiw, 0x7fffffff, 0x7ffff800, 2047)
    TEST_RI(223, addiw, 0xfffffffffffff800, 0, -2048)
    TEST_RI(224, addiw, -1, 0xffffffff, 0)
    TEST_RI(225, addiw, 0x23456789, 0x123456789, 0)
    TEST_RI(226, addiw, 0x7fffffff, 0x80000000, -1)
    TEST_RI(227, addiw, 0xffffffff80000000, 0x80000000, 0)
    TEST_RI(228, addiw, 0, 0xffffffff00000000, 0)
    TEST_RI_SRC1(229, addiw, 0xfffffffffffff800, 0x5555555500000000, -2048)
    TEST_RI_X0(230, addiw, 1, 1)

    TEST_RR(231, subw, 0x7fffffff, 0x80000000, 1)
    TEST_RR(232, subw, -1, 0, 1)
    TEST_RR(233, subw, 0xffffffff80000000, 0x7fffffff, -1)
    TEST_RR(234, subw, 0, 0xffffffff00000000, 0)
    TEST_RR(235, subw, 2, 0x100000003, 0x200000001)
    TEST_RR(236, subw, 0xffffffff80000000, 0, 0x80000000)
    TEST_RR_SRC1(237, subw, 0xfffffffffffffffe, 1, 3)
    TEST_RR_SRC2(238, subw, 2, 3, 1)
    TEST_RR_SAME(239, subw, 0, 0x8000000080000000)
    TEST_RR_X0(240, subw, 1, 1)
    TEST_RR_RS0(241, subw, 0xffffffff80000000, 0x80000000) /* negw */

    /* ---------------- SLLW / SRLW / SRAW (shift amount = rs2[4:0]) ---------------- */
    TEST_RR(242, sllw, 0xffffffff80000000, 1, 31)
    TEST_RR(243, sllw, 1, 1, 32)
    TEST_RR(244, sllw, 2, 1, 33)
    TEST_RR(245, sllw, 0xffffffff80000000, 1, 63)
    TEST_RR(246, sllw, 0xfffffffffffffffe, 0xffffffff, 1)
    TEST_RR(247, sllw, 0x23456780, 0x12345678, 4)
    TEST_RR(248, sllw, 0x23456780, 0x12345678, 36)
    TEST_RR(249, sllw, 1, 0xffffffff00000001, 0)
    TEST_RR(250, sllw, 0xffffffff80000000, 0x40000000, 1)
    TEST_RR(251, sllw, 0, 0x100000000, 1)
    TEST_RR_SRC1(252, sllw, 0x100, 1, 8)
    TEST_RR_SRC2(253, sllw, 0x200, 1, 0xffffffffffffffe9)
    TEST_RR_X0(254, sllw, 1, 1)

    TEST_RR(255, srlw, 0xffffffff80000000, 0x80000000, 0)
    TEST_RR(256, srlw, 0x40000000, 0x80000000, 1)
    TEST_RR(257, srlw, 1, 0xffffffff80000000, 31)
    TEST_RR(258, srlw, -1, -1, 32)
    TEST_RR(259, srlw, 0x7fffffff, -1, 33)
    TEST_RR(260, srlw, 0, 0xffffffff00000000, 4)
    TEST_RR(261, srlw, 0, 0x100000000, 1)
    TEST_RR(262, srlw, 0x01234567, 0x12345678, 4)
    TEST_RR(263, srlw, 1, 0x80000000, 63)
    TEST_RR_SRC1(264, srlw, 1, 0x100, 8)
    TEST_RR_SRC2(265, srlw, 1, 0x200, 0xffffffffffffffe9)
    TEST_RR_X0(266, srlw, 1, 1)

    TEST_RR(267, sraw, 0xffffffffc0000000, 0x80000000, 1)
    TEST_RR(268, sraw, -1, 0x80000000, 31)
    TEST_RR(269, sraw, 0, 0x7fffffff, 31)
    TEST_RR(270, sraw, 0xffffffff80000000, 0x80000000, 32)
    TEST_RR(271, sraw, -1, 0x80000000, 63)
    TEST_RR(272, sraw, 0xffffffffff000000, 0x00000000f0000000, 4)
    TEST_RR(273, sraw, 0x07000000, 0xffffffff70000000, 4)
    TEST_RR(274, sraw, 0x01234567, 0x12345678, 4)
    TEST_RR(275, sraw, 0x7fffffff, 0x7fffffff, 0)
    TEST_RR_SRC1(276, sraw, -1, 0x80000000, 0xffffffffffffffff)
    TEST_RR_SRC2(277, sraw, 0xffffffffffffff00, 0xffff0000, 0xffffffffffffffe8)
    TEST_RR_X0(278, sraw, 1, 1)

    /* ---------------- SLLIW / SRLIW / SRAIW ---------------- */
    TEST_RI(279, slliw, 0xffffffff80000000, 1, 31)
    TEST_RI(280, slliw, -1, 0xffffffff, 0)
    TEST_RI(281, slliw, 0x23456780, 0x12345678, 4)
    TEST_RI(282, slliw, 1, 0x100000001, 0)
    TEST_RI(283, slliw, 2, 0x80000001, 1)
    TEST_RI(284, slliw, 0xffffffff80000000, 0xffffffffffffffff, 31)
    TEST_RI_SRC1(285, slliw, 0x7ffff000, 0xfff7ffff, 12)
    TEST_RI_X0(286, slliw, 1, 1)

    TEST_RI(287, srliw, 0xffffffff80000000, 0x80000000, 0)
    TEST_RI(288, srliw, 1, 0x80000000, 31)
    TEST_RI(289, srliw, 0x7fffffff, -1, 1)
    TEST_RI(290, srliw, 0, 0x100000000, 1)
    TEST_RI(291, srliw, 0, 0x12345678, 31)
    TEST_RI(292, srliw, 0x00123456, 0xffffffff12345678, 8)
    TEST_RI_SRC1(293, srliw, 0x000fffff, 0xfffff000, 12)
    TEST_RI_X0(294, srliw, 1, 1)

    TEST_RI(295, sraiw, 0xffffffff80000000, 0x80000000, 0)
    TEST_RI(296, sraiw, -1, 0x80000000, 31)
    TEST_RI(297, sraiw, 0, 0x7fffffff, 31)
    TEST_RI(298, sraiw, 0xffffffffff000000, 0x00000000f0000000, 4)
    TEST_RI(299, sraiw, 0x07000000, 0xffffffff70000000, 4)
    TEST_RI(300, sraiw, 0x00123456, 0xffffffff12345678, 8)
    TEST_RI_SRC1(301, sraiw, 0xffffffffffffffff, 0xfffff000, 12)
    TEST_RI_X0(302, sraiw, 1, 1)

    RVTEST_PASS
RVTEST_END
