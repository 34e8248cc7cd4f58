/* fp_rounding.S: rounding-mode machinery of the F and D extensions.
 *
 * Written from the RISC-V unprivileged spec (20191213), chapter "F" Standard Extension (v2.2),
 * 11.2 Floating-Point Control and Status Register (table 11.1 rounding-mode encoding: 000 RNE,
 * 001 RTZ, 010 RDN, 011 RUP, 100 RMM, 101/110 reserved, 111 DYN in the instruction / reserved in
 * frm) and chapter "D" (v2.2) 12.5 (FCVT.D.S / FCVT.D.W never round but keep the rm field);
 * IEEE 754-2008 4.3.
 *
 * Covered: (1) the dynamic rounding mode for every rounding-sensitive instruction class (add,
 * sub, mul, div, sqrt, fused multiply-add, float->int, int->float, FCVT.S.D), single and double,
 * with frm set to each valid mode, using input sets whose results tell all five modes apart;
 * (2) a frm write affects the very next instruction and a static rm ignores frm; (3) with frm =
 * 101, 110 or 111 every instruction with rm = DYN raises an illegal-instruction exception
 * (mcause 2) and changes neither its destination nor fflags, while static-rm and rm-less
 * instructions still execute; (4) the reserved static rm encodings 101 and 110 raise an
 * illegal-instruction exception for every instruction that has an rm field, including FCVT.D.S
 * and FCVT.D.W ("implementations must treat the rm field as usual").
 * Note: the ratified F v2.2 text mandates the illegal-instruction exception for a reserved frm;
 * later versions of the manual call this behaviour "reserved" but state that raising the
 * illegal-instruction exception remains valid. capa (like QEMU) traps, which this test requires. */
#include "env.h"
#include "fp_macros.h"

RVTEST_BEGIN

    /* ---- dynamic rounding: every rounding-sensitive instruction class under frm = RNE, RTZ, RDN, RUP, RMM ---- */
    /* inputs per instruction: a positive tie, a negative tie and a non-tie above the halfway point,
       so that the five results differ pairwise across the set (ties cannot occur for FDIV/FSQRT) */
    TEST_S_RR_DYN(1, fadd.s, FRM_RNE, 0x3f800000, FF_NX, 0x3f800000, 0x33800000)  /* fadd dyn/frm=rne 1, 2^-24 -> 1 */
    TEST_S_RR_DYN(2, fadd.s, FRM_RTZ, 0x3f800000, FF_NX, 0x3f800000, 0x33800000)  /* fadd dyn/frm=rtz 1, 2^-24 -> 1 */
    TEST_S_RR_DYN(3, fadd.s, FRM_RDN, 0x3f800000, FF_NX, 0x3f800000, 0x33800000)  /* fadd dyn/frm=rdn 1, 2^-24 -> 1 */
    TEST_S_RR_DYN(4, fadd.s, FRM_RUP, 0x3f800001, FF_NX, 0x3f800000, 0x33800000)  /* fadd dyn/frm=rup 1, 2^-24 -> 1.00000012 */
    TEST_S_RR_DYN(5, fadd.s, FRM_RMM, 0x3f800001, FF_NX, 0x3f800000, 0x33800000)  /* fadd dyn/frm=rmm 1, 2^-24 -> 1.00000012 */
    TEST_S_RR_DYN(6, fadd.s, FRM_RNE, 0xbf800000, FF_NX, 0xbf800000, 0xb3800000)  /* fadd dyn/frm=rne -1, -2^-24 -> -1 */
    TEST_S_RR_DYN(7, fadd.s, FRM_RTZ, 0xbf800000, FF_NX, 0xbf800000, 0xb3800000)  /* fadd dyn/frm=rtz -1, -2^-24 -> -1 */
    TEST_S_RR_DYN(8, fadd.s, FRM_RDN, 0xbf800001, FF_NX, 0xbf800000, 0xb3800000)  /* fadd dyn/frm=rdn -1, -2^-24 -> -1.00000012 */
    TEST_S_RR_DYN(9, fadd.s, FRM_RUP, 0xbf800000, FF_NX, 0xbf800000, 0xb3800000)  /* fadd dyn/frm=rup -1, -2^-24 -> -1 */
    TEST_S_RR_DYN(10, fadd.s, FRM_RMM, 0xbf800001, FF_NX, 0xbf800000, 0xb3800000)  /* fadd dyn/frm=rmm -1, -2^-24 -> -1.00000012 */
    TEST_S_RR_DYN(11, fadd.s, FRM_RNE, 0x3f800001, FF_NX, 0x3f800000, 0x33c00000)  /* fadd dyn/frm=rne 1, 8.94069672e-08 -> 1.00000012 */
    TEST_S_RR_DYN(12, fadd.s, FRM_RTZ, 0x3f800000, FF_NX, 0x3f800000, 0x33c00000)  /* fadd dyn/frm=rtz 1, 8.94069672e-08 -> 1 */
    TEST_S_RR_DYN(13, fadd.s, FRM_RDN, 0x3f800000, FF_NX, 0x3f800000, 0x33c00000)  /* fadd dyn/frm=rdn 1, 8.94069672e-08 -> 1 */
    TEST_S_RR_DYN(14, fadd.s, FRM_RUP, 0x3f800001, FF_NX, 0x3f800000, 0x33c00000)  /* fadd dyn/frm=rup 1, 8.94069672e-08 -> 1.00000012 */
    TEST_S_RR_DYN(15, fadd.s, FRM_RMM, 0x3f800001, FF_NX, 0x3f800000, 0x33c00000)  /* fadd dyn/frm=rmm 1, 8.94069672e-08 -> 1.00000012 */
    TEST_S_RR_DYN(16, fsub.s, FRM_RNE, 0x3f800000, FF_NX, 0x3f800000, 0xb3800000)  /* fsub dyn/frm=rne 1, -2^-24 -> 1 */
    TEST_S_RR_DYN(17, fsub.s, FRM_RTZ, 0x3f800000, FF_NX, 0x3f800000, 0xb3800000)  /* fsub dyn/frm=rtz 1, -2^-24 -> 1 */
    TEST_S_RR_DYN(18, fsub.s, FRM_RDN, 0x3f800000, FF_NX, 0x3f800000, 0xb3800000)  /* fsub dyn/frm=rdn 1, -2^-24 -> 1 */
    TEST_S_RR_DYN(19, fsub.s, FRM_RUP, 0x3f800001, FF_NX, 0x3f800000, 0xb3800000)  /* fsub dyn/frm=rup 1, -2^-24 -> 1.00000012 */
    TEST_S_RR_DYN(20, fsub.s, FRM_RMM, 0x3f800001, FF_NX, 0x3f800000, 0xb3800000)  /* fsub dyn/frm=rmm 1, -2^-24 -> 1.00000012 */
    TEST_S_RR_DYN(21, fsub.s, FRM_RNE, 0xbf800000, FF_NX, 0xbf800000, 0x33800000)  /* fsub dyn/frm=rne -1, 2^-24 -> -1 */
    TEST_S_RR_DYN(22, fsub.s, FRM_RTZ, 0xbf800000, FF_NX, 0xbf800000, 0x33800000)  /* fsub dyn/frm=rtz -1, 2^-24 -> -1 */
    TEST_S_RR_DYN(23, fsub.s, FRM_RDN, 0xbf800001, FF_NX, 0xbf800000, 0x33800000)  /* fsub dyn/frm=rdn -1, 2^-24 -> -1.00000012 */
    TEST_S_RR_DYN(24, fsub.s, FRM_RUP, 0xbf800000, FF_NX, 0xbf800000, 0x33800000)  /* fsub dyn/frm=rup -1, 2^-24 -> -1 */
    TEST_S_RR_DYN(25, fsub.s, FRM_RMM, 0xbf800001, FF_NX, 0xbf800000, 0x33800000)  /* fsub dyn/frm=rmm -1, 2^-24 -> -1.00000012 */
    TEST_S_RR_DYN(26, fsub.s, FRM_RNE, 0x3f800001, FF_NX, 0x3f800000, 0xb3c00000)  /* fsub dyn/frm=rne 1, -8.94069672e-08 -> 1.00000012 */
    TEST_S_RR_DYN(27, fsub.s, FRM_RTZ, 0x3f800000, FF_NX, 0x3f800000, 0xb3c00000)  /* fsub dyn/frm=rtz 1, -8.94069672e-08 -> 1 */
    TEST_S_RR_DYN(28, fsub.s, FRM_RDN, 0x3f800000, FF_NX, 0x3f800000, 0xb3c00000)  /* fsub dyn/frm=rdn 1, -8.94069672e-08 -> 1 */
    TEST_S_RR_DYN(29, fsub.s, FRM_RUP, 0x3f800001, FF_NX, 0x3f800000, 0xb3c00000)  /* fsub dyn/frm=rup 1, -8.94069672e-08 -> 1.00000012 */
    TEST_S_RR_DYN(30, fsub.s, FRM_RMM, 0x3f800001, FF_NX, 0x3f800000, 0xb3c00000)  /* fsub dyn/frm=rmm 1, -8.94069672e-08 -> 1.00000012 */
    TEST_S_RR_DYN(31, fmul.s, FRM_RNE, 0x3f801000, FF_NX, 0x3f800800, 0x3f800800)  /* fmul dyn/frm=rne 1.00024414, 1.00024414 -> 1.00048828 */
    TEST_S_RR_DYN(32, fmul.s, FRM_RTZ, 0x3f801000, FF_NX, 0x3f800800, 0x3f800800)  /* fmul dyn/frm=rtz 1.00024414, 1.00024414 -> 1.00048828 */
    TEST_S_RR_DYN(33, fmul.s, FRM_RDN, 0x3f801000, FF_NX, 0x3f800800, 0x3f800800)  /* fmul dyn/frm=rdn 1.00024414, 1.00024414 -> 1.00048828 */
    TEST_S_RR_DYN(34, fmul.s, FRM_RUP, 0x3f801001, FF_NX, 0x3f800800, 0x3f800800)  /* fmul dyn/frm=rup 1.00024414, 1.00024414 -> 1.0004884 */
    TEST_S_RR_DYN(35, fmul.s, FRM_RMM, 0x3f801001, FF_NX, 0x3f800800, 0x3f800800)  /* fmul dyn/frm=rmm 1.00024414, 1.00024414 -> 1.0004884 */
    TEST_S_RR_DYN(36, fmul.s, FRM_RNE, 0xbf801000, FF_NX, 0xbf800800, 0x3f800800)  /* fmul dyn/frm=rne -1.00024414, 1.00024414 -> -1.00048828 */
    TEST_S_RR_DYN(37, fmul.s, FRM_RTZ, 0xbf801000, FF_NX, 0xbf800800, 0x3f800800)  /* fmul dyn/frm=rtz -1.00024414, 1.00024414 -> -1.00048828 */
    TEST_S_RR_DYN(38, fmul.s, FRM_RDN, 0xbf801001, FF_NX, 0xbf800800, 0x3f800800)  /* fmul dyn/frm=rdn -1.00024414, 1.00024414 -> -1.0004884 */
    TEST_S_RR_DYN(39, fmul.s, FRM_RUP, 0xbf801000, FF_NX, 0xbf800800, 0x3f800800)  /* fmul dyn/frm=rup -1.00024414, 1.00024414 -> -1.00048828 */
    TEST_S_RR_DYN(40, fmul.s, FRM_RMM, 0xbf801001, FF_NX, 0xbf800800, 0x3f800800)  /* fmul dyn/frm=rmm -1.00024414, 1.00024414 -> -1.0004884 */
    TEST_S_RR_DYN(41, fmul.s, FRM_RNE, 0x3f801002, FF_NX, 0x3f800800, 0x3f800801)  /* fmul dyn/frm=rne 1.00024414, 1.00024426 -> 1.00048852 */
    TEST_S_RR_DYN(42, fmul.s, FRM_RTZ, 0x3f801001, FF_NX, 0x3f800800, 0x3f800801)  /* fmul dyn/frm=rtz 1.00024414, 1.00024426 -> 1.0004884 */
    TEST_S_RR_DYN(43, fmul.s, FRM_RDN, 0x3f801001, FF_NX, 0x3f800800, 0x3f800801)  /* fmul dyn/frm=rdn 1.00024414, 1.00024426 -> 1.0004884 */
    TEST_S_RR_DYN(44, fmul.s, FRM_RUP, 0x3f801002, FF_NX, 0x3f800800, 0x3f800801)  /* fmul dyn/frm=rup 1.00024414, 1.00024426 -> 1.00048852 */
    TEST_S_RR_DYN(45, fmul.s, FRM_RMM, 0x3f801002, FF_NX, 0x3f800800, 0x3f800801)  /* fmul dyn/frm=rmm 1.00024414, 1.00024426 -> 1.00048852 */
    TEST_S_RR_DYN(46, fdiv.s, FRM_RNE, 0x3eaaaaab, FF_NX, 0x3f800000, 0x40400000)  /* fdiv dyn/frm=rne 1, 3 -> 0.333333343 */
    TEST_S_RR_DYN(47, fdiv.s, FRM_RTZ, 0x3eaaaaaa, FF_NX, 0x3f800000, 0x40400000)  /* fdiv dyn/frm=rtz 1, 3 -> 0.333333313 */
    TEST_S_RR_DYN(48, fdiv.s, FRM_RDN, 0x3eaaaaaa, FF_NX, 0x3f800000, 0x40400000)  /* fdiv dyn/frm=rdn 1, 3 -> 0.333333313 */
    TEST_S_RR_DYN(49, fdiv.s, FRM_RUP, 0x3eaaaaab, FF_NX, 0x3f800000, 0x40400000)  /* fdiv dyn/frm=rup 1, 3 -> 0.333333343 */
    TEST_S_RR_DYN(50, fdiv.s, FRM_RMM, 0x3eaaaaab, FF_NX, 0x3f800000, 0x40400000)  /* fdiv dyn/frm=rmm 1, 3 -> 0.333333343 */
    TEST_S_RR_DYN(51, fdiv.s, FRM_RNE, 0xbeaaaaab, FF_NX, 0xbf800000, 0x40400000)  /* fdiv dyn/frm=rne -1, 3 -> -0.333333343 */
    TEST_S_RR_DYN(52, fdiv.s, FRM_RTZ, 0xbeaaaaaa, FF_NX, 0xbf800000, 0x40400000)  /* fdiv dyn/frm=rtz -1, 3 -> -0.333333313 */
    TEST_S_RR_DYN(53, fdiv.s, FRM_RDN, 0xbeaaaaab, FF_NX, 0xbf800000, 0x40400000)  /* fdiv dyn/frm=rdn -1, 3 -> -0.333333343 */
    TEST_S_RR_DYN(54, fdiv.s, FRM_RUP, 0xbeaaaaaa, FF_NX, 0xbf800000, 0x40400000)  /* fdiv dyn/frm=rup -1, 3 -> -0.333333313 */
    TEST_S_RR_DYN(55, fdiv.s, FRM_RMM, 0xbeaaaaab, FF_NX, 0xbf800000, 0x40400000)  /* fdiv dyn/frm=rmm -1, 3 -> -0.333333343 */
    TEST_S_R_DYN(56, fsqrt.s, FRM_RNE, 0x3fb504f3, FF_NX, 0x40000000)  /* fsqrt dyn/frm=rne 2 -> 1.41421354 */
    TEST_S_R_DYN(57, fsqrt.s, FRM_RTZ, 0x3fb504f3, FF_NX, 0x40000000)  /* fsqrt dyn/frm=rtz 2 -> 1.41421354 */
    TEST_S_R_DYN(58, fsqrt.s, FRM_RDN, 0x3fb504f3, FF_NX, 0x40000000)  /* fsqrt dyn/frm=rdn 2 -> 1.41421354 */
    TEST_S_R_DYN(59, fsqrt.s, FRM_RUP, 0x3fb504f4, FF_NX, 0x40000000)  /* fsqrt dyn/frm=rup 2 -> 1.41421366 */
    TEST_S_R_DYN(60, fsqrt.s, FRM_RMM, 0x3fb504f3, FF_NX, 0x40000000)  /* fsqrt dyn/frm=rmm 2 -> 1.41421354 */
    TEST_S_R_DYN(61, fsqrt.s, FRM_RNE, 0x400f1bbd, FF_NX, 0x40a00000)  /* fsqrt dyn/frm=rne 5 -> 2.23606801 */
    TEST_S_R_DYN(62, fsqrt.s, FRM_RTZ, 0x400f1bbc, FF_NX, 0x40a00000)  /* fsqrt dyn/frm=rtz 5 -> 2.23606777 */
    TEST_S_R_DYN(63, fsqrt.s, FRM_RDN, 0x400f1bbc, FF_NX, 0x40a00000)  /* fsqrt dyn/frm=rdn 5 -> 2.23606777 */
    TEST_S_R_DYN(64, fsqrt.s, FRM_RUP, 0x400f1bbd, FF_NX, 0x40a00000)  /* fsqrt dyn/frm=rup 5 -> 2.23606801 */
    TEST_S_R_DYN(65, fsqrt.s, FRM_RMM, 0x400f1bbd, FF_NX, 0x40a00000)  /* fsqrt dyn/frm=rmm 5 -> 2.23606801 */
    TEST_S_RRR_DYN(66, fmadd.s, FRM_RNE, 0x3f801000, FF_NX, 0x3f800800, 0x3f800800, 0x0)  /* fmadd dyn/frm=rne 1.00024414, 1.00024414, +0 -> 1.00048828 */
    TEST_S_RRR_DYN(67, fmadd.s, FRM_RTZ, 0x3f801000, FF_NX, 0x3f800800, 0x3f800800, 0x0)  /* fmadd dyn/frm=rtz 1.00024414, 1.00024414, +0 -> 1.00048828 */
    TEST_S_RRR_DYN(68, fmadd.s, FRM_RDN, 0x3f801000, FF_NX, 0x3f800800, 0x3f800800, 0x0)  /* fmadd dyn/frm=rdn 1.00024414, 1.00024414, +0 -> 1.00048828 */
    TEST_S_RRR_DYN(69, fmadd.s, FRM_RUP, 0x3f801001, FF_NX, 0x3f800800, 0x3f800800, 0x0)  /* fmadd dyn/frm=rup 1.00024414, 1.00024414, +0 -> 1.0004884 */
    TEST_S_RRR_DYN(70, fmadd.s, FRM_RMM, 0x3f801001, FF_NX, 0x3f800800, 0x3f800800, 0x0)  /* fmadd dyn/frm=rmm 1.00024414, 1.00024414, +0 -> 1.0004884 */
    TEST_S_RRR_DYN(71, fmadd.s, FRM_RNE, 0xbf801000, FF_NX, 0xbf800800, 0x3f800800, 0x0)  /* fmadd dyn/frm=rne -1.00024414, 1.00024414, +0 -> -1.00048828 */
    TEST_S_RRR_DYN(72, fmadd.s, FRM_RTZ, 0xbf801000, FF_NX, 0xbf800800, 0x3f800800, 0x0)  /* fmadd dyn/frm=rtz -1.00024414, 1.00024414, +0 -> -1.00048828 */
    TEST_S_RRR_DYN(73, fmadd.s, FRM_RDN, 0xbf801001, FF_NX, 0xbf800800, 0x3f800800, 0x0)  /* fmadd dyn/frm=rdn -1.00024414, 1.00024414, +0 -> -1.0004884 */
    TEST_S_RRR_DYN(74, fmadd.s, FRM_RUP, 0xbf801000, FF_NX, 0xbf800800, 0x3f800800, 0x0)  /* fmadd dyn/frm=rup -1.00024414, 1.00024414, +0 -> -1.00048828 */
    TEST_S_RRR_DYN(75, fmadd.s, FRM_RMM, 0xbf801001, FF_NX, 0xbf800800, 0x3f800800, 0x0)  /* fmadd dyn/frm=rmm -1.00024414, 1.00024414, +0 -> -1.0004884 */
    TEST_S_RRR_DYN(76, fmadd.s, FRM_RNE, 0x3f801001, FF_NX, 0x3f800800, 0x3f800800, 0x31000000)  /* fmadd dyn/frm=rne 1.00024414, 1.00024414, 2^-29 -> 1.0004884 */
    TEST_S_RRR_DYN(77, fmadd.s, FRM_RTZ, 0x3f801000, FF_NX, 0x3f800800, 0x3f800800, 0x31000000)  /* fmadd dyn/frm=rtz 1.00024414, 1.00024414, 2^-29 -> 1.00048828 */
    TEST_S_RRR_DYN(78, fmadd.s, FRM_RDN, 0x3f801000, FF_NX, 0x3f800800, 0x3f800800, 0x31000000)  /* fmadd dyn/frm=rdn 1.00024414, 1.00024414, 2^-29 -> 1.00048828 */
    TEST_S_RRR_DYN(79, fmadd.s, FRM_RUP, 0x3f801001, FF_NX, 0x3f800800, 0x3f800800, 0x31000000)  /* fmadd dyn/frm=rup 1.00024414, 1.00024414, 2^-29 -> 1.0004884 */
    TEST_S_RRR_DYN(80, fmadd.s, FRM_RMM, 0x3f801001, FF_NX, 0x3f800800, 0x3f800800, 0x31000000)  /* fmadd dyn/frm=rmm 1.00024414, 1.00024414, 2^-29 -> 1.0004884 */
    TEST_S_RRR_DYN(81, fnmsub.s, FRM_RNE, 0x3f801000, FF_NX, 0xbf800800, 0x3f800800, 0x0)  /* fnmsub dyn/frm=rne -1.00024414, 1.00024414, +0 -> 1.00048828 */
    TEST_S_RRR_DYN(82, fnmsub.s, FRM_RTZ, 0x3f801000, FF_NX, 0xbf800800, 0x3f800800, 0x0)  /* fnmsub dyn/frm=rtz -1.00024414, 1.00024414, +0 -> 1.00048828 */
    TEST_S_RRR_DYN(83, fnmsub.s, FRM_RDN, 0x3f801000, FF_NX, 0xbf800800, 0x3f800800, 0x0)  /* fnmsub dyn/frm=rdn -1.00024414, 1.00024414, +0 -> 1.00048828 */
    TEST_S_RRR_DYN(84, fnmsub.s, FRM_RUP, 0x3f801001, FF_NX, 0xbf800800, 0x3f800800, 0x0)  /* fnmsub dyn/frm=rup -1.00024414, 1.00024414, +0 -> 1.0004884 */
    TEST_S_RRR_DYN(85, fnmsub.s, FRM_RMM, 0x3f801001, FF_NX, 0xbf800800, 0x3f800800, 0x0)  /* fnmsub dyn/frm=rmm -1.00024414, 1.00024414, +0 -> 1.0004884 */
    TEST_S_RRR_DYN(86, fnmsub.s, FRM_RNE, 0xbf801000, FF_NX, 0x3f800800, 0x3f800800, 0x0)  /* fnmsub dyn/frm=rne 1.00024414, 1.00024414, +0 -> -1.00048828 */
    TEST_S_RRR_DYN(87, fnmsub.s, FRM_RTZ, 0xbf801000, FF_NX, 0x3f800800, 0x3f800800, 0x0)  /* fnmsub dyn/frm=rtz 1.00024414, 1.00024414, +0 -> -1.00048828 */
    TEST_S_RRR_DYN(88, fnmsub.s, FRM_RDN, 0xbf801001, FF_NX, 0x3f800800, 0x3f800800, 0x0)  /* fnmsub dyn/frm=rdn 1.00024414, 1.00024414, +0 -> -1.0004884 */
    TEST_S_RRR_DYN(89, fnmsub.s, FRM_RUP, 0xbf801000, FF_NX, 0x3f800800, 0x3f800800, 0x0)  /* fnmsub dyn/frm=rup 1.00024414, 1.00024414, +0 -> -1.00048828 */
    TEST_S_RRR_DYN(90, fnmsub.s, FRM_RMM, 0xbf801001, FF_NX, 0x3f800800, 0x3f800800, 0x0)  /* fnmsub dyn/frm=rmm 1.00024414, 1.00024414, +0 -> -1.0004884 */
    TEST_S_RRR_DYN(91, fnmsub.s, FRM_RNE, 0x3f801001, FF_NX, 0xbf800800, 0x3f800800, 0x31000000)  /* fnmsub dyn/frm=rne -1.00024414, 1.00024414, 2^-29 -> 1.0004884 */
    TEST_S_RRR_DYN(92, fnmsub.s, FRM_RTZ, 0x3f801000, FF_NX, 0xbf800800, 0x3f800800, 0x31000000)  /* fnmsub dyn/frm=rtz -1.00024414, 1.00024414, 2^-29 -> 1.00048828 */
    TEST_S_RRR_DYN(93, fnmsub.s, FRM_RDN, 0x3f801000, FF_NX, 0xbf800800, 0x3f800800, 0x31000000)  /* fnmsub dyn/frm=rdn -1.00024414, 1.00024414, 2^-29 -> 1.00048828 */
    TEST_S_RRR_DYN(94, fnmsub.s, FRM_RUP, 0x3f801001, FF_NX, 0xbf800800, 0x3f800800, 0x31000000)  /* fnmsub dyn/frm=rup -1.00024414, 1.00024414, 2^-29 -> 1.0004884 */
    TEST_S_RRR_DYN(95, fnmsub.s, FRM_RMM, 0x3f801001, FF_NX, 0xbf800800, 0x3f800800, 0x31000000)  /* fnmsub dyn/frm=rmm -1.00024414, 1.00024414, 2^-29 -> 1.0004884 */
    TEST_S_X_R_DYN(96, fcvt.w.s, FRM_RNE, 0x2, FF_NX, 0x40200000)  /* fcvt dyn/frm=rne 2.5 -> 2 */
    TEST_S_X_R_DYN(97, fcvt.w.s, FRM_RTZ, 0x2, FF_NX, 0x40200000)  /* fcvt dyn/frm=rtz 2.5 -> 2 */
    TEST_S_X_R_DYN(98, fcvt.w.s, FRM_RDN, 0x2, FF_NX, 0x40200000)  /* fcvt dyn/frm=rdn 2.5 -> 2 */
    TEST_S_X_R_DYN(99, fcvt.w.s, FRM_RUP, 0x3, FF_NX, 0x40200000)  /* fcvt dyn/frm=rup 2.5 -> 3 */
    TEST_S_X_R_DYN(100, fcvt.w.s, FRM_RMM, 0x3, FF_NX, 0x40200000)  /* fcvt dyn/frm=rmm 2.5 -> 3 */
    TEST_S_X_R_DYN(101, fcvt.w.s, FRM_RNE, 0xfffffffffffffffe, FF_NX, 0xc0200000)  /* fcvt dyn/frm=rne -2.5 -> -2 */
    TEST_S_X_R_DYN(102, fcvt.w.s, FRM_RTZ, 0xfffffffffffffffe, FF_NX, 0xc0200000)  /* fcvt dyn/frm=rtz -2.5 -> -2 */
    TEST_S_X_R_DYN(103, fcvt.w.s, FRM_RDN, 0xfffffffffffffffd, FF_NX, 0xc0200000)  /* fcvt dyn/frm=rdn -2.5 -> -3 */
    TEST_S_X_R_DYN(104, fcvt.w.s, FRM_RUP, 0xfffffffffffffffe, FF_NX, 0xc0200000)  /* fcvt dyn/frm=rup -2.5 -> -2 */
    TEST_S_X_R_DYN(105, fcvt.w.s, FRM_RMM, 0xfffffffffffffffd, FF_NX, 0xc0200000)  /* fcvt dyn/frm=rmm -2.5 -> -3 */
    TEST_S_X_R_DYN(106, fcvt.w.s, FRM_RNE, 0x3, FF_NX, 0x40300000)  /* fcvt dyn/frm=rne 2.75 -> 3 */
    TEST_S_X_R_DYN(107, fcvt.w.s, FRM_RTZ, 0x2, FF_NX, 0x40300000)  /* fcvt dyn/frm=rtz 2.75 -> 2 */
    TEST_S_X_R_DYN(108, fcvt.w.s, FRM_RDN, 0x2, FF_NX, 0x40300000)  /* fcvt dyn/frm=rdn 2.75 -> 2 */
    TEST_S_X_R_DYN(109, fcvt.w.s, FRM_RUP, 0x3, FF_NX, 0x40300000)  /* fcvt dyn/frm=rup 2.75 -> 3 */
    TEST_S_X_R_DYN(110, fcvt.w.s, FRM_RMM, 0x3, FF_NX, 0x40300000)  /* fcvt dyn/frm=rmm 2.75 -> 3 */
    TEST_S_X_R_DYN(111, fcvt.lu.s, FRM_RNE, 0x2, FF_NX, 0x40200000)  /* fcvt dyn/frm=rne 2.5 -> 0x2 */
    TEST_S_X_R_DYN(112, fcvt.lu.s, FRM_RTZ, 0x2, FF_NX, 0x40200000)  /* fcvt dyn/frm=rtz 2.5 -> 0x2 */
    TEST_S_X_R_DYN(113, fcvt.lu.s, FRM_RDN, 0x2, FF_NX, 0x40200000)  /* fcvt dyn/frm=rdn 2.5 -> 0x2 */
    TEST_S_X_R_DYN(114, fcvt.lu.s, FRM_RUP, 0x3, FF_NX, 0x40200000)  /* fcvt dyn/frm=rup 2.5 -> 0x3 */
    TEST_S_X_R_DYN(115, fcvt.lu.s, FRM_RMM, 0x3, FF_NX, 0x40200000)  /* fcvt dyn/frm=rmm 2.5 -> 0x3 */
    TEST_S_X_R_DYN(116, fcvt.lu.s, FRM_RNE, 0x0, FF_NX, 0xbf000000)  /* fcvt dyn/frm=rne -0.5 -> 0x0 */
    TEST_S_X_R_DYN(117, fcvt.lu.s, FRM_RTZ, 0x0, FF_NX, 0xbf000000)  /* fcvt dyn/frm=rtz -0.5 -> 0x0 */
    TEST_S_X_R_DYN(118, fcvt.lu.s, FRM_RDN, 0x0, FF_NV, 0xbf000000)  /* fcvt dyn/frm=rdn -0.5 -> 0x0 */
    TEST_S_X_R_DYN(119, fcvt.lu.s, FRM_RUP, 0x0, FF_NX, 0xbf000000)  /* fcvt dyn/frm=rup -0.5 -> 0x0 */
    TEST_S_X_R_DYN(120, fcvt.lu.s, FRM_RMM, 0x0, FF_NV, 0xbf000000)  /* fcvt dyn/frm=rmm -0.5 -> 0x0 */
    TEST_S_X_R_DYN(121, fcvt.lu.s, FRM_RNE, 0x3, FF_NX, 0x40300000)  /* fcvt dyn/frm=rne 2.75 -> 0x3 */
    TEST_S_X_R_DYN(122, fcvt.lu.s, FRM_RTZ, 0x2, FF_NX, 0x40300000)  /* fcvt dyn/frm=rtz 2.75 -> 0x2 */
    TEST_S_X_R_DYN(123, fcvt.lu.s, FRM_RDN, 0x2, FF_NX, 0x40300000)  /* fcvt dyn/frm=rdn 2.75 -> 0x2 */
    TEST_S_X_R_DYN(124, fcvt.lu.s, FRM_RUP, 0x3, FF_NX, 0x40300000)  /* fcvt dyn/frm=rup 2.75 -> 0x3 */
    TEST_S_X_R_DYN(125, fcvt.lu.s, FRM_RMM, 0x3, FF_NX, 0x40300000)  /* fcvt dyn/frm=rmm 2.75 -> 0x3 */
    TEST_S_F_X_DYN(126, fcvt.s.w, FRM_RNE, 0x4b800000, FF_NX, 0x1000001)  /* fcvt dyn/frm=rne 16777217 -> 2^24 */
    TEST_S_F_X_DYN(127, fcvt.s.w, FRM_RTZ, 0x4b800000, FF_NX, 0x1000001)  /* fcvt dyn/frm=rtz 16777217 -> 2^24 */
    TEST_S_F_X_DYN(128, fcvt.s.w, FRM_RDN, 0x4b800000, FF_NX, 0x1000001)  /* fcvt dyn/frm=rdn 16777217 -> 2^24 */
    TEST_S_F_X_DYN(129, fcvt.s.w, FRM_RUP, 0x4b800001, FF_NX, 0x1000001)  /* fcvt dyn/frm=rup 16777217 -> 16777218 */
    TEST_S_F_X_DYN(130, fcvt.s.w, FRM_RMM, 0x4b800001, FF_NX, 0x1000001)  /* fcvt dyn/frm=rmm 16777217 -> 16777218 */
    TEST_S_F_X_DYN(131, fcvt.s.w, FRM_RNE, 0xcb800000, FF_NX, 0xfffffffffeffffff)  /* fcvt dyn/frm=rne 0xfffffffffeffffff -> -2^24 */
    TEST_S_F_X_DYN(132, fcvt.s.w, FRM_RTZ, 0xcb800000, FF_NX, 0xfffffffffeffffff)  /* fcvt dyn/frm=rtz 0xfffffffffeffffff -> -2^24 */
    TEST_S_F_X_DYN(133, fcvt.s.w, FRM_RDN, 0xcb800001, FF_NX, 0xfffffffffeffffff)  /* fcvt dyn/frm=rdn 0xfffffffffeffffff -> -16777218 */
    TEST_S_F_X_DYN(134, fcvt.s.w, FRM_RUP, 0xcb800000, FF_NX, 0xfffffffffeffffff)  /* fcvt dyn/frm=rup 0xfffffffffeffffff -> -2^24 */
    TEST_S_F_X_DYN(135, fcvt.s.w, FRM_RMM, 0xcb800001, FF_NX, 0xfffffffffeffffff)  /* fcvt dyn/frm=rmm 0xfffffffffeffffff -> -16777218 */
    TEST_S_F_X_DYN(136, fcvt.s.w, FRM_RNE, 0x4c000001, FF_NX, 0x2000003)  /* fcvt dyn/frm=rne 33554435 -> 33554436 */
    TEST_S_F_X_DYN(137, fcvt.s.w, FRM_RTZ, 0x4c000000, FF_NX, 0x2000003)  /* fcvt dyn/frm=rtz 33554435 -> 2^25 */
    TEST_S_F_X_DYN(138, fcvt.s.w, FRM_RDN, 0x4c000000, FF_NX, 0x2000003)  /* fcvt dyn/frm=rdn 33554435 -> 2^25 */
    TEST_S_F_X_DYN(139, fcvt.s.w, FRM_RUP, 0x4c000001, FF_NX, 0x2000003)  /* fcvt dyn/frm=rup 33554435 -> 33554436 */
    TEST_S_F_X_DYN(140, fcvt.s.w, FRM_RMM, 0x4c000001, FF_NX, 0x2000003)  /* fcvt dyn/frm=rmm 33554435 -> 33554436 */
    TEST_S_F_X_DYN(141, fcvt.s.lu, FRM_RNE, 0x4b800000, FF_NX, 0x1000001)  /* fcvt dyn/frm=rne 16777217 -> 2^24 */
    TEST_S_F_X_DYN(142, fcvt.s.lu, FRM_RTZ, 0x4b800000, FF_NX, 0x1000001)  /* fcvt dyn/frm=rtz 16777217 -> 2^24 */
    TEST_S_F_X_DYN(143, fcvt.s.lu, FRM_RDN, 0x4b800000, FF_NX, 0x1000001)  /* fcvt dyn/frm=rdn 16777217 -> 2^24 */
    TEST_S_F_X_DYN(144, fcvt.s.lu, FRM_RUP, 0x4b800001, FF_NX, 0x1000001)  /* fcvt dyn/frm=rup 16777217 -> 16777218 */
    TEST_S_F_X_DYN(145, fcvt.s.lu, FRM_RMM, 0x4b800001, FF_NX, 0x1000001)  /* fcvt dyn/frm=rmm 16777217 -> 16777218 */
    TEST_S_F_X_DYN(146, fcvt.s.lu, FRM_RNE, 0x4c000001, FF_NX, 0x2000003)  /* fcvt dyn/frm=rne 33554435 -> 33554436 */
    TEST_S_F_X_DYN(147, fcvt.s.lu, FRM_RTZ, 0x4c000000, FF_NX, 0x2000003)  /* fcvt dyn/frm=rtz 33554435 -> 2^25 */
    TEST_S_F_X_DYN(148, fcvt.s.lu, FRM_RDN, 0x4c000000, FF_NX, 0x2000003)  /* fcvt dyn/frm=rdn 33554435 -> 2^25 */
    TEST_S_F_X_DYN(149, fcvt.s.lu, FRM_RUP, 0x4c000001, FF_NX, 0x2000003)  /* fcvt dyn/frm=rup 33554435 -> 33554436 */
    TEST_S_F_X_DYN(150, fcvt.s.lu, FRM_RMM, 0x4c000001, FF_NX, 0x2000003)  /* fcvt dyn/frm=rmm 33554435 -> 33554436 */
    TEST_D_RR_DYN(151, fadd.d, FRM_RNE, 0x3ff0000000000000, FF_NX, 0x3ff0000000000000, 0x3ca0000000000000)  /* fadd dyn/frm=rne 1, 2^-53 -> 1 */
    TEST_D_RR_DYN(152, fadd.d, FRM_RTZ, 0x3ff0000000000000, FF_NX, 0x3ff0000000000000, 0x3ca0000000000000)  /* fadd dyn/frm=rtz 1, 2^-53 -> 1 */
    TEST_D_RR_DYN(153, fadd.d, FRM_RDN, 0x3ff0000000000000, FF_NX, 0x3ff0000000000000, 0x3ca0000000000000)  /* fadd dyn/frm=rdn 1, 2^-53 -> 1 */
    TEST_D_RR_DYN(154, fadd.d, FRM_RUP, 0x3ff0000000000001, FF_NX, 0x3ff0000000000000, 0x3ca0000000000000)  /* fadd dyn/frm=rup 1, 2^-53 -> 1.0000000000000002 */
    TEST_D_RR_DYN(155, fadd.d, FRM_RMM, 0x3ff0000000000001, FF_NX, 0x3ff0000000000000, 0x3ca0000000000000)  /* fadd dyn/frm=rmm 1, 2^-53 -> 1.0000000000000002 */
    TEST_D_RR_DYN(156, fadd.d, FRM_RNE, 0xbff0000000000000, FF_NX, 0xbff0000000000000, 0xbca0000000000000)  /* fadd dyn/frm=rne -1, -2^-53 -> -1 */
    TEST_D_RR_DYN(157, fadd.d, FRM_RTZ, 0xbff0000000000000, FF_NX, 0xbff0000000000000, 0xbca0000000000000)  /* fadd dyn/frm=rtz -1, -2^-53 -> -1 */
    TEST_D_RR_DYN(158, fadd.d, FRM_RDN, 0xbff0000000000001, FF_NX, 0xbff0000000000000, 0xbca0000000000000)  /* fadd dyn/frm=rdn -1, -2^-53 -> -1.0000000000000002 */
    TEST_D_RR_DYN(159, fadd.d, FRM_RUP, 0xbff0000000000000, FF_NX, 0xbff0000000000000, 0xbca0000000000000)  /* fadd dyn/frm=rup -1, -2^-53 -> -1 */
    TEST_D_RR_DYN(160, fadd.d, FRM_RMM, 0xbff0000000000001, FF_NX, 0xbff0000000000000, 0xbca0000000000000)  /* fadd dyn/frm=rmm -1, -2^-53 -> -1.0000000000000002 */
    TEST_D_RR_DYN(161, fadd.d, FRM_RNE, 0x3ff0000000000001, FF_NX, 0x3ff0000000000000, 0x3ca8000000000000)  /* fadd dyn/frm=rne 1, 1.6653345369377348e-16 -> 1.0000000000000002 */
    TEST_D_RR_DYN(162, fadd.d, FRM_RTZ, 0x3ff0000000000000, FF_NX, 0x3ff0000000000000, 0x3ca8000000000000)  /* fadd dyn/frm=rtz 1, 1.6653345369377348e-16 -> 1 */
    TEST_D_RR_DYN(163, fadd.d, FRM_RDN, 0x3ff0000000000000, FF_NX, 0x3ff0000000000000, 0x3ca8000000000000)  /* fadd dyn/frm=rdn 1, 1.6653345369377348e-16 -> 1 */
    TEST_D_RR_DYN(164, fadd.d, FRM_RUP, 0x3ff0000000000001, FF_NX, 0x3ff0000000000000, 0x3ca8000000000000)  /* fadd dyn/frm=rup 1, 1.6653345369377348e-16 -> 1.0000000000000002 */
    TEST_D_RR_DYN(165, fadd.d, FRM_RMM, 0x3ff0000000000001, FF_NX, 0x3ff0000000000000, 0x3ca8000000000000)  /* fadd dyn/frm=rmm 1, 1.6653345369377348e-16 -> 1.0000000000000002 */
    TEST_D_RR_DYN(166, fsub.d, FRM_RNE, 0x3ff0000000000000, FF_NX, 0x3ff0000000000000, 0xbca0000000000000)  /* fsub dyn/frm=rne 1, -2^-53 -> 1 */
    TEST_D_RR_DYN(167, fsub.d, FRM_RTZ, 0x3ff0000000000000, FF_NX, 0x3ff0000000000000, 0xbca0000000000000)  /* fsub dyn/frm=rtz 1, -2^-53 -> 1 */
    TEST_D_RR_DYN(168, fsub.d, FRM_RDN, 0x3ff0000000000000, FF_NX, 0x3ff0000000000000, 0xbca0000000000000)  /* fsub dyn/frm=rdn 1, -2^-53 -> 1 */
    TEST_D_RR_DYN(169, fsub.d, FRM_RUP, 0x3ff0000000000001, FF_NX, 0x3ff0000000000000, 0xbca0000000000000)  /* fsub dyn/frm=rup 1, -2^-53 -> 1.0000000000000002 */
    TEST_D_RR_DYN(170, fsub.d, FRM_RMM, 0x3ff0000000000001, FF_NX, 0x3ff0000000000000, 0xbca0000000000000)  /* fsub dyn/frm=rmm 1, -2^-53 -> 1.0000000000000002 */
    TEST_D_RR_DYN(171, fsub.d, FRM_RNE, 0xbff0000000000000, FF_NX, 0xbff0000000000000, 0x3ca0000000000000)  /* fsub dyn/frm=rne -1, 2^-53 -> -1 */
    TEST_D_RR_DYN(172, fsub.d, FRM_RTZ, 0xbff0000000000000, FF_NX, 0xbff0000000000000, 0x3ca0000000000000)  /* fsub dyn/frm=rtz -1, 2^-53 -> -1 */
    TEST_D_RR_DYN(173, fsub.d, FRM_RDN, 0xbff0000000000001, FF_NX, 0xbff0000000000000, 0x3ca0000000000000)  /* fsub dyn/frm=rdn -1, 2^-53 -> -1.0000000000000002 */
    TEST_D_RR_DYN(174, fsub.d, FRM_RUP, 0xbff0000000000000, FF_NX, 0xbff0000000000000, 0x3ca0000000000000)  /* fsub dyn/frm=rup -1, 2^-53 -> -1 */
    TEST_D_RR_DYN(175, fsub.d, FRM_RMM, 0xbff0000000000001, FF_NX, 0xbff0000000000000, 0x3ca0000000000000)  /* fsub dyn/frm=rmm -1, 2^-53 -> -1.0000000000000002 */
    TEST_D_RR_DYN(176, fsub.d, FRM_RNE, 0x3ff0000000000001, FF_NX, 0x3ff0000000000000, 0xbca8000000000000)  /* fsub dyn/frm=rne 1, -1.6653345369377348e-16 -> 1.0000000000000002 */
    TEST_D_RR_DYN(177, fsub.d, FRM_RTZ, 0x3ff0000000000000, FF_NX, 0x3ff0000000000000, 0xbca8000000000000)  /* fsub dyn/frm=rtz 1, -1.6653345369377348e-16 -> 1 */
    TEST_D_RR_DYN(178, fsub.d, FRM_RDN, 0x3ff0000000000000, FF_NX, 0x3ff0000000000000, 0xbca8000000000000)  /* fsub dyn/frm=rdn 1, -1.6653345369377348e-16 -> 1 */
    TEST_D_RR_DYN(179, fsub.d, FRM_RUP, 0x3ff0000000000001, FF_NX, 0x3ff0000000000000, 0xbca8000000000000)  /* fsub dyn/frm=rup 1, -1.6653345369377348e-16 -> 1.0000000000000002 */
    TEST_D_RR_DYN(180, fsub.d, FRM_RMM, 0x3ff0000000000001, FF_NX, 0x3ff0000000000000, 0xbca8000000000000)  /* fsub dyn/frm=rmm 1, -1.6653345369377348e-16 -> 1.0000000000000002 */
    TEST_D_RR_DYN(181, fmul.d, FRM_RNE, 0x3ff0000006000000, FF_NX, 0x3ff0000004000000, 0x3ff0000002000000)  /* fmul dyn/frm=rne 1.0000000149011612, 1.0000000074505806 -> 1.0000000223517418 */
    TEST_D_RR_DYN(182, fmul.d, FRM_RTZ, 0x3ff0000006000000, FF_NX, 0x3ff0000004000000, 0x3ff0000002000000)  /* fmul dyn/frm=rtz 1.0000000149011612, 1.0000000074505806 -> 1.0000000223517418 */
    TEST_D_RR_DYN(183, fmul.d, FRM_RDN, 0x3ff0000006000000, FF_NX, 0x3ff0000004000000, 0x3ff0000002000000)  /* fmul dyn/frm=rdn 1.0000000149011612, 1.0000000074505806 -> 1.0000000223517418 */
    TEST_D_RR_DYN(184, fmul.d, FRM_RUP, 0x3ff0000006000001, FF_NX, 0x3ff0000004000000, 0x3ff0000002000000)  /* fmul dyn/frm=rup 1.0000000149011612, 1.0000000074505806 -> 1.000000022351742 */
    TEST_D_RR_DYN(185, fmul.d, FRM_RMM, 0x3ff0000006000001, FF_NX, 0x3ff0000004000000, 0x3ff0000002000000)  /* fmul dyn/frm=rmm 1.0000000149011612, 1.0000000074505806 -> 1.000000022351742 */
    TEST_D_RR_DYN(186, fmul.d, FRM_RNE, 0xbff0000006000000, FF_NX, 0xbff0000004000000, 0x3ff0000002000000)  /* fmul dyn/frm=rne -1.0000000149011612, 1.0000000074505806 -> -1.0000000223517418 */
    TEST_D_RR_DYN(187, fmul.d, FRM_RTZ, 0xbff0000006000000, FF_NX, 0xbff0000004000000, 0x3ff0000002000000)  /* fmul dyn/frm=rtz -1.0000000149011612, 1.0000000074505806 -> -1.0000000223517418 */
    TEST_D_RR_DYN(188, fmul.d, FRM_RDN, 0xbff0000006000001, FF_NX, 0xbff0000004000000, 0x3ff0000002000000)  /* fmul dyn/frm=rdn -1.0000000149011612, 1.0000000074505806 -> -1.000000022351742 */
    TEST_D_RR_DYN(189, fmul.d, FRM_RUP, 0xbff0000006000000, FF_NX, 0xbff0000004000000, 0x3ff0000002000000)  /* fmul dyn/frm=rup -1.0000000149011612, 1.0000000074505806 -> -1.0000000223517418 */
    TEST_D_RR_DYN(190, fmul.d, FRM_RMM, 0xbff0000006000001, FF_NX, 0xbff0000004000000, 0x3ff0000002000000)  /* fmul dyn/frm=rmm -1.0000000149011612, 1.0000000074505806 -> -1.000000022351742 */
    TEST_D_RR_DYN(191, fmul.d, FRM_RNE, 0x3ff0000006000002, FF_NX, 0x3ff0000004000000, 0x3ff0000002000001)  /* fmul dyn/frm=rne 1.0000000149011612, 1.0000000074505808 -> 1.0000000223517422 */
    TEST_D_RR_DYN(192, fmul.d, FRM_RTZ, 0x3ff0000006000001, FF_NX, 0x3ff0000004000000, 0x3ff0000002000001)  /* fmul dyn/frm=rtz 1.0000000149011612, 1.0000000074505808 -> 1.000000022351742 */
    TEST_D_RR_DYN(193, fmul.d, FRM_RDN, 0x3ff0000006000001, FF_NX, 0x3ff0000004000000, 0x3ff0000002000001)  /* fmul dyn/frm=rdn 1.0000000149011612, 1.0000000074505808 -> 1.000000022351742 */
    TEST_D_RR_DYN(194, fmul.d, FRM_RUP, 0x3ff0000006000002, FF_NX, 0x3ff0000004000000, 0x3ff0000002000001)  /* fmul dyn/frm=rup 1.0000000149011612, 1.0000000074505808 -> 1.0000000223517422 */
    TEST_D_RR_DYN(195, fmul.d, FRM_RMM, 0x3ff0000006000002, FF_NX, 0x3ff0000004000000, 0x3ff0000002000001)  /* fmul dyn/frm=rmm 1.0000000149011612, 1.0000000074505808 -> 1.0000000223517422 */
    TEST_D_RR_DYN(196, fdiv.d, FRM_RNE, 0x3fb999999999999a, FF_NX, 0x3ff0000000000000, 0x4024000000000000)  /* fdiv dyn/frm=rne 1, 10 -> 0.10000000000000001 */
    TEST_D_RR_DYN(197, fdiv.d, FRM_RTZ, 0x3fb9999999999999, FF_NX, 0x3ff0000000000000, 0x4024000000000000)  /* fdiv dyn/frm=rtz 1, 10 -> 0.099999999999999992 */
    TEST_D_RR_DYN(198, fdiv.d, FRM_RDN, 0x3fb9999999999999, FF_NX, 0x3ff0000000000000, 0x4024000000000000)  /* fdiv dyn/frm=rdn 1, 10 -> 0.099999999999999992 */
    TEST_D_RR_DYN(199, fdiv.d, FRM_RUP, 0x3fb999999999999a, FF_NX, 0x3ff0000000000000, 0x4024000000000000)  /* fdiv dyn/frm=rup 1, 10 -> 0.10000000000000001 */
    TEST_D_RR_DYN(200, fdiv.d, FRM_RMM, 0x3fb999999999999a, FF_NX, 0x3ff0000000000000, 0x4024000000000000)  /* fdiv dyn/frm=rmm 1, 10 -> 0.10000000000000001 */
    TEST_D_RR_DYN(201, fdiv.d, FRM_RNE, 0xbfb999999999999a, FF_NX, 0xbff0000000000000, 0x4024000000000000)  /* fdiv dyn/frm=rne -1, 10 -> -0.10000000000000001 */
    TEST_D_RR_DYN(202, fdiv.d, FRM_RTZ, 0xbfb9999999999999, FF_NX, 0xbff0000000000000, 0x4024000000000000)  /* fdiv dyn/frm=rtz -1, 10 -> -0.099999999999999992 */
    TEST_D_RR_DYN(203, fdiv.d, FRM_RDN, 0xbfb999999999999a, FF_NX, 0xbff0000000000000, 0x4024000000000000)  /* fdiv dyn/frm=rdn -1, 10 -> -0.10000000000000001 */
    TEST_D_RR_DYN(204, fdiv.d, FRM_RUP, 0xbfb9999999999999, FF_NX, 0xbff0000000000000, 0x4024000000000000)  /* fdiv dyn/frm=rup -1, 10 -> -0.099999999999999992 */
    TEST_D_RR_DYN(205, fdiv.d, FRM_RMM, 0xbfb999999999999a, FF_NX, 0xbff0000000000000, 0x4024000000000000)  /* fdiv dyn/frm=rmm -1, 10 -> -0.10000000000000001 */
    TEST_D_R_DYN(206, fsqrt.d, FRM_RNE, 0x3ff6a09e667f3bcd, FF_NX, 0x4000000000000000)  /* fsqrt dyn/frm=rne 2 -> 1.4142135623730951 */
    TEST_D_R_DYN(207, fsqrt.d, FRM_RTZ, 0x3ff6a09e667f3bcc, FF_NX, 0x4000000000000000)  /* fsqrt dyn/frm=rtz 2 -> 1.4142135623730949 */
    TEST_D_R_DYN(208, fsqrt.d, FRM_RDN, 0x3ff6a09e667f3bcc, FF_NX, 0x4000000000000000)  /* fsqrt dyn/frm=rdn 2 -> 1.4142135623730949 */
    TEST_D_R_DYN(209, fsqrt.d, FRM_RUP, 0x3ff6a09e667f3bcd, FF_NX, 0x4000000000000000)  /* fsqrt dyn/frm=rup 2 -> 1.4142135623730951 */
    TEST_D_R_DYN(210, fsqrt.d, FRM_RMM, 0x3ff6a09e667f3bcd, FF_NX, 0x4000000000000000)  /* fsqrt dyn/frm=rmm 2 -> 1.4142135623730951 */
    TEST_D_R_DYN(211, fsqrt.d, FRM_RNE, 0x4001e3779b97f4a8, FF_NX, 0x4014000000000000)  /* fsqrt dyn/frm=rne 5 -> 2.2360679774997898 */
    TEST_D_R_DYN(212, fsqrt.d, FRM_RTZ, 0x4001e3779b97f4a7, FF_NX, 0x4014000000000000)  /* fsqrt dyn/frm=rtz 5 -> 2.2360679774997894 */
    TEST_D_R_DYN(213, fsqrt.d, FRM_RDN, 0x4001e3779b97f4a7, FF_NX, 0x4014000000000000)  /* fsqrt dyn/frm=rdn 5 -> 2.2360679774997894 */
    TEST_D_R_DYN(214, fsqrt.d, FRM_RUP, 0x4001e3779b97f4a8, FF_NX, 0x4014000000000000)  /* fsqrt dyn/frm=rup 5 -> 2.2360679774997898 */
    TEST_D_R_DYN(215, fsqrt.d, FRM_RMM, 0x4001e3779b97f4a8, FF_NX, 0x4014000000000000)  /* fsqrt dyn/frm=rmm 5 -> 2.2360679774997898 */
    TEST_D_RRR_DYN(216, fmadd.d, FRM_RNE, 0x3ff0000006000000, FF_NX, 0x3ff0000004000000, 0x3ff0000002000000, 0x0)  /* fmadd dyn/frm=rne 1.0000000149011612, 1.0000000074505806, +0 -> 1.0000000223517418 */
    TEST_D_RRR_DYN(217, fmadd.d, FRM_RTZ, 0x3ff0000006000000, FF_NX, 0x3ff0000004000000, 0x3ff0000002000000, 0x0)  /* fmadd dyn/frm=rtz 1.0000000149011612, 1.0000000074505806, +0 -> 1.0000000223517418 */
    TEST_D_RRR_DYN(218, fmadd.d, FRM_RDN, 0x3ff0000006000000, FF_NX, 0x3ff0000004000000, 0x3ff0000002000000, 0x0)  /* fmadd dyn/frm=rdn 1.0000000149011612, 1.0000000074505806, +0 -> 1.0000000223517418 */
    TEST_D_RRR_DYN(219, fmadd.d, FRM_RUP, 0x3ff0000006000001, FF_NX, 0x3ff0000004000000, 0x3ff0000002000000, 0x0)  /* fmadd dyn/frm=rup 1.0000000149011612, 1.0000000074505806, +0 -> 1.000000022351742 */
    TEST_D_RRR_DYN(220, fmadd.d, FRM_RMM, 0x3ff0000006000001, FF_NX, 0x3ff0000004000000, 0x3ff0000002000000, 0x0)  /* fmadd dyn/frm=rmm 1.0000000149011612, 1.0000000074505806, +0 -> 1.000000022351742 */
    TEST_D_RRR_DYN(221, fmadd.d, FRM_RNE, 0xbff0000006000000, FF_NX, 0xbff0000004000000, 0x3ff0000002000000, 0x0)  /* fmadd dyn/frm=rne -1.0000000149011612, 1.0000000074505806, +0 -> -1.0000000223517418 */
    TEST_D_RRR_DYN(222, fmadd.d, FRM_RTZ, 0xbff0000006000000, FF_NX, 0xbff0000004000000, 0x3ff0000002000000, 0x0)  /* fmadd dyn/frm=rtz -1.0000000149011612, 1.0000000074505806, +0 -> -1.0000000223517418 */
    TEST_D_RRR_DYN(223, fmadd.d, FRM_RDN, 0xbff0000006000001, FF_NX, 0xbff0000004000000, 0x3ff0000002000000, 0x0)  /* fmadd dyn/frm=rdn -1.0000000149011612, 1.0000000074505806, +0 -> -1.000000022351742 */
    TEST_D_RRR_DYN(224, fmadd.d, FRM_RUP, 0xbff0000006000000, FF_NX, 0xbff0000004000000, 0x3ff0000002000000, 0x0)  /* fmadd dyn/frm=rup -1.0000000149011612, 1.0000000074505806, +0 -> -1.0000000223517418 */
    TEST_D_RRR_DYN(225, fmadd.d, FRM_RMM, 0xbff0000006000001, FF_NX, 0xbff0000004000000, 0x3ff0000002000000, 0x0)  /* fmadd dyn/frm=rmm -1.0000000149011612, 1.0000000074505806, +0 -> -1.000000022351742 */
    TEST_D_RRR_DYN(226, fmadd.d, FRM_RNE, 0x3ff0000006000001, FF_NX, 0x3ff0000004000000, 0x3ff0000002000000, 0x3c50000000000000)  /* fmadd dyn/frm=rne 1.0000000149011612, 1.0000000074505806, 2^-58 -> 1.000000022351742 */
    TEST_D_RRR_DYN(227, fmadd.d, FRM_RTZ, 0x3ff0000006000000, FF_NX, 0x3ff0000004000000, 0x3ff0000002000000, 0x3c50000000000000)  /* fmadd dyn/frm=rtz 1.0000000149011612, 1.0000000074505806, 2^-58 -> 1.0000000223517418 */
    TEST_D_RRR_DYN(228, fmadd.d, FRM_RDN, 0x3ff0000006000000, FF_NX, 0x3ff0000004000000, 0x3ff0000002000000, 0x3c50000000000000)  /* fmadd dyn/frm=rdn 1.0000000149011612, 1.0000000074505806, 2^-58 -> 1.0000000223517418 */
    TEST_D_RRR_DYN(229, fmadd.d, FRM_RUP, 0x3ff0000006000001, FF_NX, 0x3ff0000004000000, 0x3ff0000002000000, 0x3c50000000000000)  /* fmadd dyn/frm=rup 1.0000000149011612, 1.0000000074505806, 2^-58 -> 1.000000022351742 */
    TEST_D_RRR_DYN(230, fmadd.d, FRM_RMM, 0x3ff0000006000001, FF_NX, 0x3ff0000004000000, 0x3ff0000002000000, 0x3c50000000000000)  /* fmadd dyn/frm=rmm 1.0000000149011612, 1.0000000074505806, 2^-58 -> 1.000000022351742 */
    TEST_D_RRR_DYN(231, fnmsub.d, FRM_RNE, 0x3ff0000006000000, FF_NX, 0xbff0000004000000, 0x3ff0000002000000, 0x0)  /* fnmsub dyn/frm=rne -1.0000000149011612, 1.0000000074505806, +0 -> 1.0000000223517418 */
    TEST_D_RRR_DYN(232, fnmsub.d, FRM_RTZ, 0x3ff0000006000000, FF_NX, 0xbff0000004000000, 0x3ff0000002000000, 0x0)  /* fnmsub dyn/frm=rtz -1.0000000149011612, 1.0000000074505806, +0 -> 1.0000000223517418 */
    TEST_D_RRR_DYN(233, fnmsub.d, FRM_RDN, 0x3ff0000006000000, FF_NX, 0xbff0000004000000, 0x3ff0000002000000, 0x0)  /* fnmsub dyn/frm=rdn -1.0000000149011612, 1.0000000074505806, +0 -> 1.0000000223517418 */
    TEST_D_RRR_DYN(234, fnmsub.d, FRM_RUP, 0x3ff0000006000001, FF_NX, 0xbff0000004000000, 0x3ff0000002000000, 0x0)  /* fnmsub dyn/frm=rup -1.0000000149011612, 1.0000000074505806, +0 -> 1.000000022351742 */
    TEST_D_RRR_DYN(235, fnmsub.d, FRM_RMM, 0x3ff0000006000001, FF_NX, 0xbff0000004000000, 0x3ff0000002000000, 0x0)  /* fnmsub dyn/frm=rmm -1.0000000149011612, 1.0000000074505806, +0 -> 1.000000022351742 */
    TEST_D_RRR_DYN(236, fnmsub.d, FRM_RNE, 0xbff0000006000000, FF_NX, 0x3ff0000004000000, 0x3ff0000002000000, 0x0)  /* fnmsub dyn/frm=rne 1.0000000149011612, 1.0000000074505806, +0 -> -1.0000000223517418 */
    TEST_D_RRR_DYN(237, fnmsub.d, FRM_RTZ, 0xbff0000006000000, FF_NX, 0x3ff0000004000000, 0x3ff0000002000000, 0x0)  /* fnmsub dyn/frm=rtz 1.0000000149011612, 1.0000000074505806, +0 -> -1.0000000223517418 */
    TEST_D_RRR_DYN(238, fnmsub.d, FRM_RDN, 0xbff0000006000001, FF_NX, 0x3ff0000004000000, 0x3ff0000002000000, 0x0)  /* fnmsub dyn/frm=rdn 1.0000000149011612, 1.0000000074505806, +0 -> -1.000000022351742 */
    TEST_D_RRR_DYN(239, fnmsub.d, FRM_RUP, 0xbff0000006000000, FF_NX, 0x3ff0000004000000, 0x3ff0000002000000, 0x0)  /* fnmsub dyn/frm=rup 1.0000000149011612, 1.0000000074505806, +0 -> -1.0000000223517418 */
    TEST_D_RRR_DYN(240, fnmsub.d, FRM_RMM, 0xbff0000006000001, FF_NX, 0x3ff0000004000000, 0x3ff0000002000000, 0x0)  /* fnmsub dyn/frm=rmm 1.0000000149011612, 1.0000000074505806, +0 -> -1.000000022351742 */
    TEST_D_RRR_DYN(241, fnmsub.d, FRM_RNE, 0x3ff0000006000001, FF_NX, 0xbff0000004000000, 0x3ff0000002000000, 0x3c50000000000000)  /* fnmsub dyn/frm=rne -1.0000000149011612, 1.0000000074505806, 2^-58 -> 1.000000022351742 */
    TEST_D_RRR_DYN(242, fnmsub.d, FRM_RTZ, 0x3ff0000006000000, FF_NX, 0xbff0000004000000, 0x3ff0000002000000, 0x3c50000000000000)  /* fnmsub dyn/frm=rtz -1.0000000149011612, 1.0000000074505806, 2^-58 -> 1.0000000223517418 */
    TEST_D_RRR_DYN(243, fnmsub.d, FRM_RDN, 0x3ff0000006000000, FF_NX, 0xbff0000004000000, 0x3ff0000002000000, 0x3c50000000000000)  /* fnmsub dyn/frm=rdn -1.0000000149011612, 1.0000000074505806, 2^-58 -> 1.0000000223517418 */
    TEST_D_RRR_DYN(244, fnmsub.d, FRM_RUP, 0x3ff0000006000001, FF_NX, 0xbff0000004000000, 0x3ff0000002000000, 0x3c50000000000000)  /* fnmsub dyn/frm=rup -1.0000000149011612, 1.0000000074505806, 2^-58 -> 1.000000022351742 */
    TEST_D_RRR_DYN(245, fnmsub.d, FRM_RMM, 0x3ff0000006000001, FF_NX, 0xbff0000004000000, 0x3ff0000002000000, 0x3c50000000000000)  /* fnmsub dyn/frm=rmm -1.0000000149011612, 1.0000000074505806, 2^-58 -> 1.000000022351742 */
    TEST_D_X_R_DYN(246, fcvt.w.d, FRM_RNE, 0x2, FF_NX, 0x4004000000000000)  /* fcvt dyn/frm=rne 2.5 -> 2 */
    TEST_D_X_R_DYN(247, fcvt.w.d, FRM_RTZ, 0x2, FF_NX, 0x4004000000000000)  /* fcvt dyn/frm=rtz 2.5 -> 2 */
    TEST_D_X_R_DYN(248, fcvt.w.d, FRM_RDN, 0x2, FF_NX, 0x4004000000000000)  /* fcvt dyn/frm=rdn 2.5 -> 2 */
    TEST_D_X_R_DYN(249, fcvt.w.d, FRM_RUP, 0x3, FF_NX, 0x4004000000000000)  /* fcvt dyn/frm=rup 2.5 -> 3 */
    TEST_D_X_R_DYN(250, fcvt.w.d, FRM_RMM, 0x3, FF_NX, 0x4004000000000000)  /* fcvt dyn/frm=rmm 2.5 -> 3 */
    TEST_D_X_R_DYN(251, fcvt.w.d, FRM_RNE, 0xfffffffffffffffe, FF_NX, 0xc004000000000000)  /* fcvt dyn/frm=rne -2.5 -> -2 */
    TEST_D_X_R_DYN(252, fcvt.w.d, FRM_RTZ, 0xfffffffffffffffe, FF_NX, 0xc004000000000000)  /* fcvt dyn/frm=rtz -2.5 -> -2 */
    TEST_D_X_R_DYN(253, fcvt.w.d, FRM_RDN, 0xfffffffffffffffd, FF_NX, 0xc004000000000000)  /* fcvt dyn/frm=rdn -2.5 -> -3 */
    TEST_D_X_R_DYN(254, fcvt.w.d, FRM_RUP, 0xfffffffffffffffe, FF_NX, 0xc004000000000000)  /* fcvt dyn/frm=rup -2.5 -> -2 */
    TEST_D_X_R_DYN(255, fcvt.w.d, FRM_RMM, 0xfffffffffffffffd, FF_NX, 0xc004000000000000)  /* fcvt dyn/frm=rmm -2.5 -> -3 */
    TEST_D_X_R_DYN(256, fcvt.w.d, FRM_RNE, 0x3, FF_NX, 0x4006000000000000)  /* fcvt dyn/frm=rne 2.75 -> 3 */
    TEST_D_X_R_DYN(257, fcvt.w.d, FRM_RTZ, 0x2, FF_NX, 0x4006000000000000)  /* fcvt dyn/frm=rtz 2.75 -> 2 */
    TEST_D_X_R_DYN(258, fcvt.w.d, FRM_RDN, 0x2, FF_NX, 0x4006000000000000)  /* fcvt dyn/frm=rdn 2.75 -> 2 */
    TEST_D_X_R_DYN(259, fcvt.w.d, FRM_RUP, 0x3, FF_NX, 0x4006000000000000)  /* fcvt dyn/frm=rup 2.75 -> 3 */
    TEST_D_X_R_DYN(260, fcvt.w.d, FRM_RMM, 0x3, FF_NX, 0x4006000000000000)  /* fcvt dyn/frm=rmm 2.75 -> 3 */
    TEST_D_X_R_DYN(261, fcvt.lu.d, FRM_RNE, 0x2, FF_NX, 0x4004000000000000)  /* fcvt dyn/frm=rne 2.5 -> 0x2 */
    TEST_D_X_R_DYN(262, fcvt.lu.d, FRM_RTZ, 0x2, FF_NX, 0x4004000000000000)  /* fcvt dyn/frm=rtz 2.5 -> 0x2 */
    TEST_D_X_R_DYN(263, fcvt.lu.d, FRM_RDN, 0x2, FF_NX, 0x4004000000000000)  /* fcvt dyn/frm=rdn 2.5 -> 0x2 */
    TEST_D_X_R_DYN(264, fcvt.lu.d, FRM_RUP, 0x3, FF_NX, 0x4004000000000000)  /* fcvt dyn/frm=rup 2.5 -> 0x3 */
    TEST_D_X_R_DYN(265, fcvt.lu.d, FRM_RMM, 0x3, FF_NX, 0x4004000000000000)  /* fcvt dyn/frm=rmm 2.5 -> 0x3 */
    TEST_D_X_R_DYN(266, fcvt.lu.d, FRM_RNE, 0x0, FF_NX, 0xbfe0000000000000)  /* fcvt dyn/frm=rne -0.5 -> 0x0 */
    TEST_D_X_R_DYN(267, fcvt.lu.d, FRM_RTZ, 0x0, FF_NX, 0xbfe0000000000000)  /* fcvt dyn/frm=rtz -0.5 -> 0x0 */
    TEST_D_X_R_DYN(268, fcvt.lu.d, FRM_RDN, 0x0, FF_NV, 0xbfe0000000000000)  /* fcvt dyn/frm=rdn -0.5 -> 0x0 */
    TEST_D_X_R_DYN(269, fcvt.lu.d, FRM_RUP, 0x0, FF_NX, 0xbfe0000000000000)  /* fcvt dyn/frm=rup -0.5 -> 0x0 */
    TEST_D_X_R_DYN(270, fcvt.lu.d, FRM_RMM, 0x0, FF_NV, 0xbfe0000000000000)  /* fcvt dyn/frm=rmm -0.5 -> 0x0 */
    TEST_D_X_R_DYN(271, fcvt.lu.d, FRM_RNE, 0x3, FF_NX, 0x4006000000000000)  /* fcvt dyn/frm=rne 2.75 -> 0x3 */
    TEST_D_X_R_DYN(272, fcvt.lu.d, FRM_RTZ, 0x2, FF_NX, 0x4006000000000000)  /* fcvt dyn/frm=rtz 2.75 -> 0x2 */
    TEST_D_X_R_DYN(273, fcvt.lu.d, FRM_RDN, 0x2, FF_NX, 0x4006000000000000)  /* fcvt dyn/frm=rdn 2.75 -> 0x2 */
    TEST_D_X_R_DYN(274, fcvt.lu.d, FRM_RUP, 0x3, FF_NX, 0x4006000000000000)  /* fcvt dyn/frm=rup 2.75 -> 0x3 */
    TEST_D_X_R_DYN(275, fcvt.lu.d, FRM_RMM, 0x3, FF_NX, 0x4006000000000000)  /* fcvt dyn/frm=rmm 2.75 -> 0x3 */
    TEST_D_F_X_DYN(276, fcvt.d.l, FRM_RNE, 0x4340000000000000, FF_NX, 0x20000000000001)  /* fcvt dyn/frm=rne 9007199254740993 -> 2^53 */
    TEST_D_F_X_DYN(277, fcvt.d.l, FRM_RTZ, 0x4340000000000000, FF_NX, 0x20000000000001)  /* fcvt dyn/frm=rtz 9007199254740993 -> 2^53 */
    TEST_D_F_X_DYN(278, fcvt.d.l, FRM_RDN, 0x4340000000000000, FF_NX, 0x20000000000001)  /* fcvt dyn/frm=rdn 9007199254740993 -> 2^53 */
    TEST_D_F_X_DYN(279, fcvt.d.l, FRM_RUP, 0x4340000000000001, FF_NX, 0x20000000000001)  /* fcvt dyn/frm=rup 9007199254740993 -> 9007199254740994 */
    TEST_D_F_X_DYN(280, fcvt.d.l, FRM_RMM, 0x4340000000000001, FF_NX, 0x20000000000001)  /* fcvt dyn/frm=rmm 9007199254740993 -> 9007199254740994 */
    TEST_D_F_X_DYN(281, fcvt.d.l, FRM_RNE, 0xc340000000000000, FF_NX, 0xffdfffffffffffff)  /* fcvt dyn/frm=rne 0xffdfffffffffffff -> -2^53 */
    TEST_D_F_X_DYN(282, fcvt.d.l, FRM_RTZ, 0xc340000000000000, FF_NX, 0xffdfffffffffffff)  /* fcvt dyn/frm=rtz 0xffdfffffffffffff -> -2^53 */
    TEST_D_F_X_DYN(283, fcvt.d.l, FRM_RDN, 0xc340000000000001, FF_NX, 0xffdfffffffffffff)  /* fcvt dyn/frm=rdn 0xffdfffffffffffff -> -9007199254740994 */
    TEST_D_F_X_DYN(284, fcvt.d.l, FRM_RUP, 0xc340000000000000, FF_NX, 0xffdfffffffffffff)  /* fcvt dyn/frm=rup 0xffdfffffffffffff -> -2^53 */
    TEST_D_F_X_DYN(285, fcvt.d.l, FRM_RMM, 0xc340000000000001, FF_NX, 0xffdfffffffffffff)  /* fcvt dyn/frm=rmm 0xffdfffffffffffff -> -9007199254740994 */
    TEST_D_F_X_DYN(286, fcvt.d.l, FRM_RNE, 0x4350000000000001, FF_NX, 0x40000000000003)  /* fcvt dyn/frm=rne 18014398509481987 -> 18014398509481988 */
    TEST_D_F_X_DYN(287, fcvt.d.l, FRM_RTZ, 0x4350000000000000, FF_NX, 0x40000000000003)  /* fcvt dyn/frm=rtz 18014398509481987 -> 2^54 */
    TEST_D_F_X_DYN(288, fcvt.d.l, FRM_RDN, 0x4350000000000000, FF_NX, 0x40000000000003)  /* fcvt dyn/frm=rdn 18014398509481987 -> 2^54 */
    TEST_D_F_X_DYN(289, fcvt.d.l, FRM_RUP, 0x4350000000000001, FF_NX, 0x40000000000003)  /* fcvt dyn/frm=rup 18014398509481987 -> 18014398509481988 */
    TEST_D_F_X_DYN(290, fcvt.d.l, FRM_RMM, 0x4350000000000001, FF_NX, 0x40000000000003)  /* fcvt dyn/frm=rmm 18014398509481987 -> 18014398509481988 */
    fsrmi 0;
    FP_R_RM(291, fcvt.s.d, dyn, 0xffffffff3f800000, FF_NX, 0x3ff0000010000000)  /* fcvt dyn/frm=rne 1.0000000596046448 -> 1 */
    fsrmi 1;
    FP_R_RM(292, fcvt.s.d, dyn, 0xffffffff3f800000, FF_NX, 0x3ff0000010000000)  /* fcvt dyn/frm=rtz 1.0000000596046448 -> 1 */
    fsrmi 2;
    FP_R_RM(293, fcvt.s.d, dyn, 0xffffffff3f800000, FF_NX, 0x3ff0000010000000)  /* fcvt dyn/frm=rdn 1.0000000596046448 -> 1 */
    fsrmi 3;
    FP_R_RM(294, fcvt.s.d, dyn, 0xffffffff3f800001, FF_NX, 0x3ff0000010000000)  /* fcvt dyn/frm=rup 1.0000000596046448 -> 1.00000012 */
    fsrmi 4;
    FP_R_RM(295, fcvt.s.d, dyn, 0xffffffff3f800001, FF_NX, 0x3ff0000010000000)  /* fcvt dyn/frm=rmm 1.0000000596046448 -> 1.00000012 */
    fsrmi 0;
    FP_R_RM(296, fcvt.s.d, dyn, 0xffffffffbf800000, FF_NX, 0xbff0000010000000)  /* fcvt dyn/frm=rne -1.0000000596046448 -> -1 */
    fsrmi 1;
    FP_R_RM(297, fcvt.s.d, dyn, 0xffffffffbf800000, FF_NX, 0xbff0000010000000)  /* fcvt dyn/frm=rtz -1.0000000596046448 -> -1 */
    fsrmi 2;
    FP_R_RM(298, fcvt.s.d, dyn, 0xffffffffbf800001, FF_NX, 0xbff0000010000000)  /* fcvt dyn/frm=rdn -1.0000000596046448 -> -1.00000012 */
    fsrmi 3;
    FP_R_RM(299, fcvt.s.d, dyn, 0xffffffffbf800000, FF_NX, 0xbff0000010000000)  /* fcvt dyn/frm=rup -1.0000000596046448 -> -1 */
    fsrmi 4;
    FP_R_RM(300, fcvt.s.d, dyn, 0xffffffffbf800001, FF_NX, 0xbff0000010000000)  /* fcvt dyn/frm=rmm -1.0000000596046448 -> -1.00000012 */
    fsrmi 0;
    FP_R_RM(301, fcvt.s.d, dyn, 0xffffffff3f800001, FF_NX, 0x3ff0000018000000)  /* fcvt dyn/frm=rne 1.0000000894069672 -> 1.00000012 */
    fsrmi 1;
    FP_R_RM(302, fcvt.s.d, dyn, 0xffffffff3f800000, FF_NX, 0x3ff0000018000000)  /* fcvt dyn/frm=rtz 1.0000000894069672 -> 1 */
    fsrmi 2;
    FP_R_RM(303, fcvt.s.d, dyn, 0xffffffff3f800000, FF_NX, 0x3ff0000018000000)  /* fcvt dyn/frm=rdn 1.0000000894069672 -> 1 */
    fsrmi 3;
    FP_R_RM(304, fcvt.s.d, dyn, 0xffffffff3f800001, FF_NX, 0x3ff0000018000000)  /* fcvt dyn/frm=rup 1.0000000894069672 -> 1.00000012 */
    fsrmi 4;
    FP_R_RM(305, fcvt.s.d, dyn, 0xffffffff3f800001, FF_NX, 0x3ff0000018000000)  /* fcvt dyn/frm=rmm 1.0000000894069672 -> 1.00000012 */
    fsrmi FRM_RNE;

    /* ---- frm changes take effect for the very next instruction ---- */
    li a1, 0x3f800000; fmv.w.x fa1, a1; li a1, 0x33c00000; fmv.w.x fa2, a1;  /* 1.0 and 0.75ulp */
    fsrmi FRM_RUP; fadd.s fa0, fa1, fa2, dyn; fsrmi FRM_RTZ; fadd.s fa3, fa1, fa2, dyn; fsrmi FRM_RNE;
    fmv.x.w a0, fa0; CHECK_EQ(306, a0, 0x3f800001) fmv.x.w a0, fa3; CHECK_EQ(306, a0, 0x3f800000)
    fsrmi FRM_RDN; fadd.s fa0, fa1, fa2, rup; fsrmi FRM_RNE; fmv.x.w a0, fa0;  /* a static rm ignores frm */
    CHECK_EQ(307, a0, 0x3f800001)
    
    FP_TRAP_INSTALL
    li a1, 0x3ff0000000000000; fmv.d.x fa1, a1; fmv.d.x fa2, a1; fmv.d.x fa3, a1; li a1, 3;

    /* ---- frm = 5 (reserved): instructions with rm = DYN raise illegal instruction; rd and fflags unchanged ---- */
    fsrmi 5;
    TEST_ILLEGAL_FP(308, fadd.s fa0, fa1, fa2, dyn)
    TEST_ILLEGAL_FP(309, fsub.d fa0, fa1, fa2, dyn)
    TEST_ILLEGAL_FP(310, fmul.s fa0, fa1, fa2, dyn)
    TEST_ILLEGAL_FP(311, fdiv.d fa0, fa1, fa2, dyn)
    TEST_ILLEGAL_FP(312, fsqrt.s fa0, fa1, dyn)
    TEST_ILLEGAL_FP(313, fsqrt.d fa0, fa1, dyn)
    TEST_ILLEGAL_FP(314, fmadd.s fa0, fa1, fa2, fa3, dyn)
    TEST_ILLEGAL_FP(315, fmsub.d fa0, fa1, fa2, fa3, dyn)
    TEST_ILLEGAL_FP(316, fnmsub.s fa0, fa1, fa2, fa3, dyn)
    TEST_ILLEGAL_FP(317, fnmadd.d fa0, fa1, fa2, fa3, dyn)
    TEST_ILLEGAL_FP(318, fcvt.w.s a0, fa1, dyn)
    TEST_ILLEGAL_FP(319, fcvt.wu.d a0, fa1, dyn)
    TEST_ILLEGAL_FP(320, fcvt.l.s a0, fa1, dyn)
    TEST_ILLEGAL_FP(321, fcvt.lu.d a0, fa1, dyn)
    TEST_ILLEGAL_FP(322, fcvt.s.w fa0, a1, dyn)
    TEST_ILLEGAL_FP(323, fcvt.s.lu fa0, a1, dyn)
    TEST_ILLEGAL_FP(324, fcvt.d.l fa0, a1, dyn)
    TEST_ILLEGAL_FP(325, fcvt.s.d fa0, fa1, dyn)
    TEST_ILLEGAL_FP(326, .insn r 0x53, 7, 0x21, fa0, fa1, f0)  /* FCVT.D.S rm=DYN: the rm field is decoded as usual even though it cannot round */
    TEST_ILLEGAL_FP(327, .insn r 0x53, 7, 0x69, fa0, a1, f0)  /* FCVT.D.W rm=DYN */
    /* frm is only consulted through rm = DYN: static rounding and rm-free instructions still work */
    TEST_S_RR_RM(328, fadd.s, rtz, 0x3f800000, FF_NX, 0x3f800000, 0x33c00000)  /* fadd rtz 1, 8.94069672e-08 -> 1 */
    TEST_D_X_R_RM(329, fcvt.w.d, rmm, 0x3, FF_NX, 0x4004000000000000)  /* fcvt rmm 2.5 -> 3 */
    FP_R(330, fcvt.d.s, 0x3ff0000000000000, 0, 0xffffffff3f800000)  /* fcvt 1 -> 1 */
    FP_F_X(331, fcvt.d.w, 0x401c000000000000, 0, 0x7)  /* fcvt 7 -> 7 */
    TEST_D_RR(332, fsgnjn.d, 0xbff0000000000000, 0, 0x3ff0000000000000, 0x3ff0000000000000)  /* fsgnjn 1, 1 -> -1 */
    TEST_S_RR(333, fmin.s, 0xbf800000, 0, 0x3f800000, 0xbf800000)  /* fmin 1, -1 -> -1 */
    TEST_D_X_RR(334, fle.d, 0x1, 0, 0x3ff0000000000000, 0x4000000000000000)  /* fle 1, 2 -> 1 */
    TEST_S_X_R(335, fclass.s, 0x40, 0, 0x3f800000)  /* fclass 1 -> 0x40 */
    csrr a0, frm; CHECK_EQ(336, a0, 5)  /* frm still holds the reserved value */
    csrr a0, fcsr; srli a0, a0, 5; CHECK_EQ(337, a0, 5)

    /* ---- frm = 6 (reserved): instructions with rm = DYN raise illegal instruction; rd and fflags unchanged ---- */
    fsrmi 6;
    TEST_ILLEGAL_FP(338, fadd.s fa0, fa1, fa2, dyn)
    TEST_ILLEGAL_FP(339, fsub.d fa0, fa1, fa2, dyn)
    TEST_ILLEGAL_FP(340, fmul.s fa0, fa1, fa2, dyn)
    TEST_ILLEGAL_FP(341, fdiv.d fa0, fa1, fa2, dyn)
    TEST_ILLEGAL_FP(342, fsqrt.s fa0, fa1, dyn)
    TEST_ILLEGAL_FP(343, fsqrt.d fa0, fa1, dyn)
    TEST_ILLEGAL_FP(344, fmadd.s fa0, fa1, fa2, fa3, dyn)
    TEST_ILLEGAL_FP(345, fmsub.d fa0, fa1, fa2, fa3, dyn)
    TEST_ILLEGAL_FP(346, fnmsub.s fa0, fa1, fa2, fa3, dyn)
    TEST_ILLEGAL_FP(347, fnmadd.d fa0, fa1, fa2, fa3, dyn)
    TEST_ILLEGAL_FP(348, fcvt.w.s a0, fa1, dyn)
    TEST_ILLEGAL_FP(349, fcvt.wu.d a0, fa1, dyn)
    TEST_ILLEGAL_FP(350, fcvt.l.s a0, fa1, dyn)
    TEST_ILLEGAL_FP(351, fcvt.lu.d a0, fa1, dyn)
    TEST_ILLEGAL_FP(352, fcvt.s.w fa0, a1, dyn)
    TEST_ILLEGAL_FP(353, fcvt.s.lu fa0, a1, dyn)
    TEST_ILLEGAL_FP(354, fcvt.d.l fa0, a1, dyn)
    TEST_ILLEGAL_FP(355, fcvt.s.d fa0, fa1, dyn)
    TEST_ILLEGAL_FP(356, .insn r 0x53, 7, 0x21, fa0, fa1, f0)  /* FCVT.D.S rm=DYN: the rm field is decoded as usual even though it cannot round */
    TEST_ILLEGAL_FP(357, .insn r 0x53, 7, 0x69, fa0, a1, f0)  /* FCVT.D.W rm=DYN */
    /* frm is only consulted through rm = DYN: static rounding and rm-free instructions still work */
    TEST_S_RR_RM(358, fadd.s, rtz, 0x3f800000, FF_NX, 0x3f800000, 0x33c00000)  /* fadd rtz 1, 8.94069672e-08 -> 1 */
    TEST_D_X_R_RM(359, fcvt.w.d, rmm, 0x3, FF_NX, 0x4004000000000000)  /* fcvt rmm 2.5 -> 3 */
    FP_R(360, fcvt.d.s, 0x3ff0000000000000, 0, 0xffffffff3f800000)  /* fcvt 1 -> 1 */
    FP_F_X(361, fcvt.d.w, 0x401c000000000000, 0, 0x7)  /* fcvt 7 -> 7 */
    TEST_D_RR(362, fsgnjn.d, 0xbff0000000000000, 0, 0x3ff0000000000000, 0x3ff0000000000000)  /* fsgnjn 1, 1 -> -1 */
    TEST_S_RR(363, fmin.s, 0xbf800000, 0, 0x3f800000, 0xbf800000)  /* fmin 1, -1 -> -1 */
    TEST_D_X_RR(364, fle.d, 0x1, 0, 0x3ff0000000000000, 0x4000000000000000)  /* fle 1, 2 -> 1 */
    TEST_S_X_R(365, fclass.s, 0x40, 0, 0x3f800000)  /* fclass 1 -> 0x40 */
    csrr a0, frm; CHECK_EQ(366, a0, 6)  /* frm still holds the reserved value */
    csrr a0, fcsr; srli a0, a0, 5; CHECK_EQ(367, a0, 6)

    /* ---- frm = 7 (reserved): instructions with rm = DYN raise illegal instruction; rd and fflags unchanged ---- */
    fsrmi 7;
    TEST_ILLEGAL_FP(368, fadd.s fa0, fa1, fa2, dyn)
    TEST_ILLEGAL_FP(369, fsub.d fa0, fa1, fa2, dyn)
    TEST_ILLEGAL_FP(370, fmul.s fa0, fa1, fa2, dyn)
    TEST_ILLEGAL_FP(371, fdiv.d fa0, fa1, fa2, dyn)
    TEST_ILLEGAL_FP(372, fsqrt.s fa0, fa1, dyn)
    TEST_ILLEGAL_FP(373, fsqrt.d fa0, fa1, dyn)
    TEST_ILLEGAL_FP(374, fmadd.s fa0, fa1, fa2, fa3, dyn)
    TEST_ILLEGAL_FP(375, fmsub.d fa0, fa1, fa2, fa3, dyn)
    TEST_ILLEGAL_FP(376, fnmsub.s fa0, fa1, fa2, fa3, dyn)
    TEST_ILLEGAL_FP(377, fnmadd.d fa0, fa1, fa2, fa3, dyn)
    TEST_ILLEGAL_FP(378, fcvt.w.s a0, fa1, dyn)
    TEST_ILLEGAL_FP(379, fcvt.wu.d a0, fa1, dyn)
    TEST_ILLEGAL_FP(380, fcvt.l.s a0, fa1, dyn)
    TEST_ILLEGAL_FP(381, fcvt.lu.d a0, fa1, dyn)
    TEST_ILLEGAL_FP(382, fcvt.s.w fa0, a1, dyn)
    TEST_ILLEGAL_FP(383, fcvt.s.lu fa0, a1, dyn)
    TEST_ILLEGAL_FP(384, fcvt.d.l fa0, a1, dyn)
    TEST_ILLEGAL_FP(385, fcvt.s.d fa0, fa1, dyn)
    TEST_ILLEGAL_FP(386, .insn r 0x53, 7, 0x21, fa0, fa1, f0)  /* FCVT.D.S rm=DYN: the rm field is decoded as usual even though it cannot round */
    TEST_ILLEGAL_FP(387, .insn r 0x53, 7, 0x69, fa0, a1, f0)  /* FCVT.D.W rm=DYN */
    /* frm is only consulted through rm = DYN: static rounding and rm-free instructions still work */
    TEST_S_RR_RM(388, fadd.s, rtz, 0x3f800000, FF_NX, 0x3f800000, 0x33c00000)  /* fadd rtz 1, 8.94069672e-08 -> 1 */
    TEST_D_X_R_RM(389, fcvt.w.d, rmm, 0x3, FF_NX, 0x4004000000000000)  /* fcvt rmm 2.5 -> 3 */
    FP_R(390, fcvt.d.s, 0x3ff0000000000000, 0, 0xffffffff3f800000)  /* fcvt 1 -> 1 */
    FP_F_X(391, fcvt.d.w, 0x401c000000000000, 0, 0x7)  /* fcvt 7 -> 7 */
    TEST_D_RR(392, fsgnjn.d, 0xbff0000000000000, 0, 0x3ff0000000000000, 0x3ff0000000000000)  /* fsgnjn 1, 1 -> -1 */
    TEST_S_RR(393, fmin.s, 0xbf800000, 0, 0x3f800000, 0xbf800000)  /* fmin 1, -1 -> -1 */
    TEST_D_X_RR(394, fle.d, 0x1, 0, 0x3ff0000000000000, 0x4000000000000000)  /* fle 1, 2 -> 1 */
    TEST_S_X_R(395, fclass.s, 0x40, 0, 0x3f800000)  /* fclass 1 -> 0x40 */
    csrr a0, frm; CHECK_EQ(396, a0, 7)  /* frm still holds the reserved value */
    csrr a0, fcsr; srli a0, a0, 5; CHECK_EQ(397, a0, 7)
    fsrmi FRM_RNE;

    /* ---- reserved static rm encodings 101 and 110 raise illegal instruction (encoded with .insn) ---- */
    TEST_ILLEGAL_FP(398, .insn r 0x53, 5, 0x0, fa0, fa1, fa2)  /* FADD.S rm=5 */
    TEST_ILLEGAL_FP(399, .insn r 0x53, 5, 0x1, fa0, fa1, fa2)  /* FADD.D rm=5 */
    TEST_ILLEGAL_FP(400, .insn r 0x53, 5, 0x4, fa0, fa1, fa2)  /* FSUB.S rm=5 */
    TEST_ILLEGAL_FP(401, .insn r 0x53, 5, 0x9, fa0, fa1, fa2)  /* FMUL.D rm=5 */
    TEST_ILLEGAL_FP(402, .insn r 0x53, 5, 0xc, fa0, fa1, fa2)  /* FDIV.S rm=5 */
    TEST_ILLEGAL_FP(403, .insn r 0x53, 5, 0x2d, fa0, fa1, f0)  /* FSQRT.D rm=5 */
    TEST_ILLEGAL_FP(404, .insn r 0x53, 5, 0x60, a0, fa1, f0)  /* FCVT.W.S rm=5 */
    TEST_ILLEGAL_FP(405, .insn r 0x53, 5, 0x61, a0, fa1, f1)  /* FCVT.WU.D rm=5 */
    TEST_ILLEGAL_FP(406, .insn r 0x53, 5, 0x60, a0, fa1, f2)  /* FCVT.L.S rm=5 */
    TEST_ILLEGAL_FP(407, .insn r 0x53, 5, 0x61, a0, fa1, f3)  /* FCVT.LU.D rm=5 */
    TEST_ILLEGAL_FP(408, .insn r 0x53, 5, 0x68, fa0, a1, f0)  /* FCVT.S.W rm=5 */
    TEST_ILLEGAL_FP(409, .insn r 0x53, 5, 0x69, fa0, a1, f2)  /* FCVT.D.L rm=5 */
    TEST_ILLEGAL_FP(410, .insn r 0x53, 5, 0x69, fa0, a1, f0)  /* FCVT.D.W (exact, rm still decoded) rm=5 */
    TEST_ILLEGAL_FP(411, .insn r 0x53, 5, 0x20, fa0, fa1, f1)  /* FCVT.S.D rm=5 */
    TEST_ILLEGAL_FP(412, .insn r 0x53, 5, 0x21, fa0, fa1, f0)  /* FCVT.D.S (exact, rm still decoded) rm=5 */
    TEST_ILLEGAL_FP(413, .insn r4 0x43, 5, 0, fa0, fa1, fa2, fa3)  /* FMADD.S rm=5 */
    TEST_ILLEGAL_FP(414, .insn r4 0x47, 5, 1, fa0, fa1, fa2, fa3)  /* FMSUB.D rm=5 */
    TEST_ILLEGAL_FP(415, .insn r4 0x4b, 5, 0, fa0, fa1, fa2, fa3)  /* FNMSUB.S rm=5 */
    TEST_ILLEGAL_FP(416, .insn r4 0x4f, 5, 1, fa0, fa1, fa2, fa3)  /* FNMADD.D rm=5 */
    TEST_ILLEGAL_FP(417, .insn r 0x53, 6, 0x0, fa0, fa1, fa2)  /* FADD.S rm=6 */
    TEST_ILLEGAL_FP(418, .insn r 0x53, 6, 0x1, fa0, fa1, fa2)  /* FADD.D rm=6 */
    TEST_ILLEGAL_FP(419, .insn r 0x53, 6, 0x4, fa0, fa1, fa2)  /* FSUB.S rm=6 */
    TEST_ILLEGAL_FP(420, .insn r 0x53, 6, 0x9, fa0, fa1, fa2)  /* FMUL.D rm=6 */
    TEST_ILLEGAL_FP(421, .insn r 0x53, 6, 0xc, fa0, fa1, fa2)  /* FDIV.S rm=6 */
    TEST_ILLEGAL_FP(422, .insn r 0x53, 6, 0x2d, fa0, fa1, f0)  /* FSQRT.D rm=6 */
    TEST_ILLEGAL_FP(423, .insn r 0x53, 6, 0x60, a0, fa1, f0)  /* FCVT.W.S rm=6 */
    TEST_ILLEGAL_FP(424, .insn r 0x53, 6, 0x61, a0, fa1, f1)  /* FCVT.WU.D rm=6 */
    TEST_ILLEGAL_FP(425, .insn r 0x53, 6, 0x60, a0, fa1, f2)  /* FCVT.L.S rm=6 */
    TEST_ILLEGAL_FP(426, .insn r 0x53, 6, 0x61, a0, fa1, f3)  /* FCVT.LU.D rm=6 */
    TEST_ILLEGAL_FP(427, .insn r 0x53, 6, 0x68, fa0, a1, f0)  /* FCVT.S.W rm=6 */
    TEST_ILLEGAL_FP(428, .insn r 0x53, 6, 0x69, fa0, a1, f2)  /* FCVT.D.L rm=6 */
    TEST_ILLEGAL_FP(429, .insn r 0x53, 6, 0x69, fa0, a1, f0)  /* FCVT.D.W (exact, rm still decoded) rm=6 */
    TEST_ILLEGAL_FP(430, .insn r 0x53, 6, 0x20, fa0, fa1, f1)  /* FCVT.S.D rm=6 */
    TEST_ILLEGAL_FP(431, .insn r 0x53, 6, 0x21, fa0, fa1, f0)  /* FCVT.D.S (exact, rm still decoded) rm=6 */
    TEST_ILLEGAL_FP(432, .insn r4 0x43, 6, 0, fa0, fa1, fa2, fa3)  /* FMADD.S rm=6 */
    TEST_ILLEGAL_FP(433, .insn r4 0x47, 6, 1, fa0, fa1, fa2, fa3)  /* FMSUB.D rm=6 */
    TEST_ILLEGAL_FP(434, .insn r4 0x4b, 6, 0, fa0, fa1, fa2, fa3)  /* FNMSUB.S rm=6 */
    TEST_ILLEGAL_FP(435, .insn r4 0x4f, 6, 1, fa0, fa1, fa2, fa3)  /* FNMADD.D rm=6 */

    /* ---- sanity: the same .insn encodings with a valid rm execute normally ---- */
    li a1, 0x3ff0000000000000; fmv.d.x fa1, a1; fmv.d.x fa2, a1; fsflags x0;
    .insn r 0x53, 1, 0x01, fa0, fa1, fa2; fmv.x.d a0, fa0; CHECK_EQ(436, a0, 0x4000000000000000)  /* FADD.D rtz */
    li a1, 5; .insn r 0x53, 4, 0x69, fa0, a1, f0; fmv.x.d a0, fa0; CHECK_EQ(437, a0, 0x4014000000000000)  /* FCVT.D.W rmm */
    .insn r4 0x43, 7, 1, fa0, fa1, fa2, fa2; fmv.x.d a0, fa0; CHECK_EQ(438, a0, 0x4000000000000000)  /* FMADD.D dyn (frm = RNE) */

    RVTEST_PASS
    FP_TRAP_HANDLER
RVTEST_END
