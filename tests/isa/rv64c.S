/* rv64c.S: the C extension on RV64 (unprivileged spec, chapter "C Extension for Compressed
 * Instructions": "Load and Store Instructions", "Control Transfer Instructions", "Integer
 * Computational Instructions", "Defined Illegal Instruction", "NOP Instruction", "Breakpoint
 * Instruction" and "HINT Instructions").
 *
 * Every RV64GC compressed form, written with explicit c. mnemonics: c.addi4spn, c.fld, c.lw,
 * c.ld, c.fsd, c.sw, c.sd, c.nop, c.addi, c.addiw, c.li, c.addi16sp, c.lui, c.srli, c.srai,
 * c.andi, c.sub, c.xor, c.or, c.and, c.subw, c.addw, c.j, c.beqz, c.bnez, c.slli, c.fldsp,
 * c.lwsp, c.ldsp, c.jr, c.mv, c.ebreak, c.jalr, c.add, c.fsdsp, c.swsp, c.sdsp, with zero,
 * maximal and negative immediates, sign extension of c.lw/c.lwsp, W-form results, the c.jalr
 * link value (pc + 2), branch/jump ranges at their limits, a 32-bit instruction at a 2-byte
 * aligned address and one straddling a page boundary, several RVC HINT encodings (must execute
 * as no-ops), C.EBREAK (mcause 3, mepc = its address) and the all-zero 16-bit instruction
 * (illegal: mcause 2, mepc = its address, mtval 0). */
#include "env.h"

/* Record the next trap in trap_rec (cause, epc, tval) and resume after the trapping instruction
 * (2 or 4 bytes, from its low bits). */
#define EXPECT_TRAP                                                                                \
    la t0, c_trap;                                                                                 \
    csrw mtvec, t0;                                                                                \
    la t0, trap_rec;                                                                               \
    li t1, -1;                                                                                     \
    sd t1, 0(t0);                                                                                  \
    sd t1, 8(t0);                                                                                  \
    sd t1, 16(t0)

#define RESTORE_TRAP                                                                               \
    la t0, __unexpected_trap;                                                                      \
    csrw mtvec, t0

RVTEST_BEGIN
    la sp, c_ldarea

    /* ---------------- c.addi4spn (rd' = sp + nzuimm) ---------------- */
    c.addi4spn a0, sp, 4
    sub a0, a0, sp
    CHECK_EQ(1, a0, 4)
    c.addi4spn s0, sp, 1020
    sub s0, s0, sp
    CHECK_EQ(2, s0, 1020)
    c.addi4spn a5, sp, 512
    sub a5, a5, sp
    CHECK_EQ(3, a5, 512)
    c.addi4spn s1, sp, 8
    sub s1, s1, sp
    CHECK_EQ(4, s1, 8)

    /* ---------------- c.lw / c.ld (rs1', rd' in x8..x15) ---------------- */
    la a1, c_ldarea
    c.lw a0, 0(a1)
    CHECK_EQ(5, a0, 0xffffffff80000000) /* sign-extended */
    c.lw a0, 4(a1)
    CHECK_EQ(6, a0, 0x7fffffff)
    c.lw s0, 124(a1)
    CHECK_EQ(7, s0, 0xffffffff89abcdef)
    c.ld a5, 8(a1)
    CHECK_EQ(8, a5, 0xfedcba9876543210)
    c.ld s1, 248(a1)
    CHECK_EQ(9, s1, 0x8000000000000001)
    mv s0, a1
    c.ld s0, 0(s0) /* rd' == rs1' */
    CHECK_EQ(10, s0, 0x7fffffff80000000)

    /* ---------------- c.sw / c.sd ---------------- */
    la a1, c_starea
    li a2, -1
    sd a2, 120(a1)
    li a3, 0x123456789abcdef0
    c.sw a3, 124(a1) /* only 32 bits are written */
    ld a0, 120(a1)
    CHECK_EQ(11, a0, 0x9abcdef0ffffffff)
    c.sw a3, 0(a1)
    lwu a0, 0(a1)
    CHECK_EQ(12, a0, 0x9abcdef0)
    li s0, 0x0f1e2d3c4b5a6978
    c.sd s0, 248(a1)
    ld a0, 248(a1)
    CHECK_EQ(13, a0, 0x0f1e2d3c4b5a6978)
    c.sd a1, 8(a1) /* rs2' == rs1' */
    ld a0, 8(a1)
    bne a0, a1, fail

    /* ---------------- c.fld / c.fsd (fd', fs2' in f8..f15) ---------------- */
    la a1, c_ldarea
    c.fld fa0, 8(a1)
    fmv.x.d a0, fa0
    CHECK_EQ(14, a0, 0xfedcba9876543210)
    c.fld fs1, 248(a1)
    fmv.x.d a0, fs1
    CHECK_EQ(15, a0, 0x8000000000000001)
    la a2, c_starea
    c.fsd fa0, 248(a2)
    ld a0, 248(a2)
    CHECK_EQ(16, a0, 0xfedcba9876543210)
    c.fsd fs1, 0(a2)
    ld a0, 0(a2)
    CHECK_EQ(17, a0, 0x8000000000000001)

    /* ---------------- c.lwsp / c.ldsp / c.fldsp ---------------- */
    la sp, c_ldarea
    c.lwsp a0, 252(sp)
    CHECK_EQ(18, a0, 0xffffffff80000000)
    c.lwsp t5, 4(sp)
    CHECK_EQ(19, t5, 0x7fffffff)
    c.lwsp ra, 0(sp)
    CHECK_EQ(20, ra, 0xffffffff80000000)
    c.ldsp t0, 504(sp)
    CHECK_EQ(21, t0, 0x3ff0000000000000)
    c.ldsp s11, 0(sp)
    CHECK_EQ(22, s11, 0x7fffffff80000000)
    c.fldsp ft0, 504(sp)
    fmv.x.d a0, ft0
    CHECK_EQ(23, a0, 0x3ff0000000000000)
    c.fldsp ft11, 8(sp)
    fmv.x.d a0, ft11
    CHECK_EQ(24, a0, 0xfedcba9876543210)

    /* ---------------- c.swsp / c.sdsp / c.fsdsp ---------------- */
    la sp, c_starea
    li a1, -1
    sd a1, 248(sp)
    li t3, 0xcafef00d12345678
    c.swsp t3, 252(sp)
    ld a0, 248(sp)
    CHECK_EQ(25, a0, 0x12345678ffffffff)
    c.swsp x0, 0(sp)
    lwu a0, 0(sp)
    CHECK_EQ(26, a0, 0)
    c.sdsp t3, 504(sp)
    ld a0, 504(sp)
    CHECK_EQ(27, a0, 0xcafef00d12345678)
    c.sdsp ra, 16(sp)
    ld a0, 16(sp)
    CHECK_EQ(28, a0, 0xffffffff80000000)
    li a1, 0x400921fb54442d18
    fmv.d.x ft7, a1
    c.fsdsp ft7, 504(sp)
    ld a0, 504(sp)
    CHECK_EQ(29, a0, 0x400921fb54442d18)
    c.fsdsp ft7, 0(sp)
    ld a0, 0(sp)
    CHECK_EQ(30, a0, 0x400921fb54442d18)

    /* ---------------- c.nop ---------------- */
    li a0, 0x55
    c.nop
    CHECK_EQ(31, a0, 0x55)

    /* ---------------- c.addi (nzimm -32..31, full 64-bit add) ---------------- */
    li a0, 5
    c.addi a0, -32
    CHECK_EQ(32, a0, -27)
    c.addi a0, 31
    CHECK_EQ(33, a0, 4)
    li a0, 0x7fffffffffffffff
    c.addi a0, 1
    CHECK_EQ(34, a0, 0x8000000000000000)
    li a0, 0xffffffff
    c.addi a0, 1
    CHECK_EQ(35, a0, 0x100000000)
    li t4, 0
    c.addi t4, -1
    CHECK_EQ(36, t4, -1)

    /* ---------------- c.addiw (32-bit add, sign-extended; imm may be 0) ---------------- */
    li a0, 0x7fffffff
    c.addiw a0, 1
    CHECK_EQ(37, a0, 0xffffffff80000000)
    li a0, 0xffffffff
    c.addiw a0, 0 /* sext.w */
    CHECK_EQ(38, a0, -1)
    li a0, 0x1234567800000010
    c.addiw a0, -32
    CHECK_EQ(39, a0, -16)
    li a0, 0x80000000
    c.addiw a0, -1
    CHECK_EQ(40, a0, 0x7fffffff)
    li s2, 0x100000000
    c.addiw s2, 31
    CHECK_EQ(41, s2, 31)

    /* ---------------- c.li ---------------- */
    li a0, 0x123456789
    c.li a0, -32
    CHECK_EQ(42, a0, -32)
    c.li a0, 31
    CHECK_EQ(43, a0, 31)
    li t5, -1
    c.li t5, 0
    CHECK_EQ(44, t5, 0)

    /* ---------------- c.addi16sp (nzimm multiple of 16, -512..496) ---------------- */
    la sp, c_starea
    mv a1, sp
    c.addi16sp sp, -512
    sub a0, sp, a1
    CHECK_EQ(45, a0, -512)
    c.addi16sp sp, 496
    sub a0, sp, a1
    CHECK_EQ(46, a0, -16)
    c.addi16sp sp, 16
    sub a0, sp, a1
    CHECK_EQ(47, a0, 0)
    c.addi16sp sp, 32
    sub a0, sp, a1
    CHECK_EQ(48, a0, 32)

    /* ---------------- c.lui (nzimm[17:12], sign-extended) ---------------- */
    li a0, -1
    c.lui a0, 1
    CHECK_EQ(49, a0, 0x1000)
    c.lui a0, 31
    CHECK_EQ(50, a0, 0x1f000)
    c.lui a0, 0xfffe0
    CHECK_EQ(51, a0, 0xfffffffffffe0000)
    c.lui t6, 0xfffff
    mv a0, t6
    CHECK_EQ(52, a0, 0xfffffffffffff000)
    c.lui ra, 0x10
    CHECK_EQ(53, ra, 0x10000)

    /* ---------------- c.srli / c.srai / c.andi (rd' in x8..x15) ---------------- */
    li s0, 0x8000000000000000
    c.srli s0, 63
    CHECK_EQ(54, s0, 1)
    li a0, 0x8000000000000000
    c.srli a0, 1
    CHECK_EQ(55, a0, 0x4000000000000000)
    li a0, -1
    c.srli a0, 32
    CHECK_EQ(56, a0, 0xffffffff)
    li a5, 0x0123456789abcdef
    c.srli a5, 4
    CHECK_EQ(57, a5, 0x00123456789abcde)

    li s1, 0x8000000000000000
    c.srai s1, 63
    CHECK_EQ(58, s1, -1)
    li a0, 0x8000000000000000
    c.srai a0, 32
    CHECK_EQ(59, a0, 0xffffffff80000000)
    li a0, 0x8000000000000000
    c.srai a0, 1
    CHECK_EQ(60, a0, 0xc000000000000000)
    li a0, 0x7fffffffffffffff
    c.srai a0, 62
    CHECK_EQ(61, a0, 1)

    li a0, -1
    c.andi a0, -32
    CHECK_EQ(62, a0, 0xffffffffffffffe0)
    li a0, 0xfedcba9876543210
    c.andi a0, 31
    CHECK_EQ(63, a0, 0x10)
    li a4, 0xfedcba9876543210
    c.andi a4, 0
    CHECK_EQ(64, a4, 0)
    li a0, 0x8000000000000011
    c.andi a0, -2
    CHECK_EQ(65, a0, 0x8000000000000010)

    /* ---------------- c.sub / c.xor / c.or / c.and ---------------- */
    li a0, 0
    li a1, 1
    c.sub a0, a1
    CHECK_EQ(66, a0, -1)
    li s0, 0x8000000000000000
    li a5, 1
    c.sub s0, a5
    CHECK_EQ(67, s0, 0x7fffffffffffffff)
    li a2, 0xff00ff00ff00ff00
    li a3, 0x0ff00ff00ff00ff0
    c.xor a2, a3
    CHECK_EQ(68, a2, 0xf0f0f0f0f0f0f0f0)
    li a2, 0xff00ff00ff00ff00
    c.or a2, a3
    CHECK_EQ(69, a2, 0xfff0fff0fff0fff0)
    li a2, 0xff00ff00ff00ff00
    c.and a2, a3
    CHECK_EQ(70, a2, 0x0f000f000f000f00)
    li s1, 0x1234
    c.xor s1, s1
    CHECK_EQ(71, s1, 0)

    /* ---------------- c.subw / c.addw (32-bit, sign-extended) ---------------- */
    li a0, 0x80000000
    li a1, 1
    c.subw a0, a1
    CHECK_EQ(72, a0, 0x7fffffff)
    li a0, 0
    c.subw a0, a1
    CHECK_EQ(73, a0, -1)
    li a0, 0x7fffffff
    li a1, -1
    c.subw a0, a1
    CHECK_EQ(74, a0, 0xffffffff80000000)
    li a0, 0x500000007
    li a1, 0x300000002
    c.subw a0, a1
    CHECK_EQ(75, a0, 5)
    li a0, 0x7fffffff
    li a1, 1
    c.addw a0, a1
    CHECK_EQ(76, a0, 0xffffffff80000000)
    li s0, 0xffffffff
    li s1, 1
    c.addw s0, s1
    CHECK_EQ(77, s0, 0)
    li a4, 0x1234567800000003
    li a5, 0x9abcdef000000004
    c.addw a4, a5
    CHECK_EQ(78, a4, 7)

    /* ---------------- c.slli (any rd != 0, shamt 1..63) ---------------- */
    li a0, 1
    c.slli a0, 63
    CHECK_EQ(79, a0, 0x8000000000000000)
    li a0, 1
    c.slli a0, 32
    CHECK_EQ(80, a0, 0x100000000)
    li t4, 0x0123456789abcdef
    c.slli t4, 4
    CHECK_EQ(81, t4, 0x123456789abcdef0)
    li ra, 3
    c.slli ra, 1
    CHECK_EQ(82, ra, 6)

    /* ---------------- c.mv / c.add ---------------- */
    li t5, 0x0123456789abcdef
    c.mv a0, t5
    CHECK_EQ(83, a0, 0x0123456789abcdef)
    c.mv s11, a0
    CHECK_EQ(84, s11, 0x0123456789abcdef)
    li a0, 0x7fffffffffffffff
    li a1, 1
    c.add a0, a1
    CHECK_EQ(85, a0, 0x8000000000000000)
    li t4, 0xffffffff
    li s0, 1
    c.add t4, s0
    CHECK_EQ(86, t4, 0x100000000)
    li a0, 21
    c.add a0, a0
    CHECK_EQ(87, a0, 42)

    /* ---------------- c.j ---------------- */
    li TESTNUM, 88
    c.j 1f
    j fail
1:
    /* backward */
    li TESTNUM, 89
    j 2f
1:  j 3f
2:  c.j 1b
    j fail
3:
    /* maximal forward offset (+2046) */
    li TESTNUM, 90
    c.j 1f
    .skip 2044
1:
    /* maximal backward offset (-2048) */
    li TESTNUM, 91
    .option push
    .option norvc
    jal x0, 2f
1:  jal x0, 3f
    .skip 2044
2:  .option pop
    c.j 1b
    j fail
3:
    /* ---------------- c.beqz / c.bnez ---------------- */
    li TESTNUM, 92
    li a0, 0
    c.beqz a0, 1f
    j fail
1:  c.bnez a0, 8f /* not taken */
    j 9f
8:  j fail
9:  li TESTNUM, 93
    li s1, 0x100000000 /* nonzero only in the upper half */
    c.beqz s1, 8f
    j 9f
8:  j fail
9:  c.bnez s1, 1f
    j fail
1:  li TESTNUM, 94
    li a5, 0x8000000000000000
    c.beqz a5, 8f
    j 9f
8:  j fail
9:  c.bnez a5, 1f
    j fail
1:  /* backward taken */
    li TESTNUM, 95
    li a0, 0
    j 2f
1:  j 3f
2:  c.beqz a0, 1b
    j fail
3:  li TESTNUM, 96
    li a0, -1
    j 2f
1:  j 3f
2:  c.bnez a0, 1b
    j fail
3:
    /* maximal forward offset (+254) and maximal backward offset (-256) */
    li TESTNUM, 97
    li s0, 0
    c.beqz s0, 1f
    .skip 252
1:  li s0, 1
    c.bnez s0, 1f
    .skip 252
1:
    li TESTNUM, 98
    li a0, 0
    .option push
    .option norvc
    jal x0, 2f
1:  jal x0, 3f
    .skip 252
2:  .option pop
    c.beqz a0, 1b
    j fail
3:
    /* ---------------- c.jr / c.jalr ---------------- */
    li TESTNUM, 99
    la t0, 1f
    c.jr t0
    j fail
1:  li TESTNUM, 100
    la a5, 1f
    c.jr a5
    j fail
1:
    /* c.jalr links pc + 2 */
    li TESTNUM, 101
    la t0, 1f
    li ra, 0
2:  c.jalr t0
    j fail
1:  la a0, 2b
    addi a0, a0, 2
    bne ra, a0, fail
    /* c.jalr ra: target is read before ra is overwritten */
    li TESTNUM, 102
    la ra, 1f
2:  c.jalr ra
    j fail
1:  la a0, 2b
    addi a0, a0, 2
    bne ra, a0, fail
    /* c.jalr to a subroutine returning with c.jr ra */
    li TESTNUM, 103
    li a0, 1
    la t1, c_sub_double
    c.jalr t1
    c.jalr t1
    CHECK_EQ(104, a0, 4)
    /* c.jr clears bit 0 of the target like jalr */
    li TESTNUM, 105
    la t0, 1f
    addi t0, t0, 1
    c.jr t0
    j fail
1:
    /* ---------------- 32-bit instructions at 2-byte aligned addresses ---------------- */
    li TESTNUM, 106
    li a0, 0
    .balign 4
    c.nop
    .option push
    .option norvc
    addi a0, a0, 7 /* 4-byte instruction at pc % 4 == 2 */
    .option pop
    CHECK_EQ(107, a0, 7)
    /* jalr to a 4-byte instruction at pc % 4 == 2 */
    li TESTNUM, 108
    li a0, 0
    la t0, 2f
    jalr x0, 0(t0)
    j fail
    .balign 4
    c.nop
    .option push
    .option norvc
2:  addi a0, a0, 9
    .option pop
    CHECK_EQ(109, a0, 9)
    /* a 4-byte instruction straddling a 4 KiB page boundary */
    li TESTNUM, 110
    li a0, 0
    la t0, c_straddle
    jalr x0, 0(t0)
c_straddle_back:
    CHECK_EQ(111, a0, 0x123)

    /* ---------------- RVC HINTs execute as no-ops ---------------- */
    li TESTNUM, 112
    li a0, 0x1111
    li t0, 0x2222
    c.nop 1               /* c.nop with nzimm != 0 */
    c.addi t0, 0          /* c.addi rd != 0, nzimm = 0 */
    .half 0x4015          /* c.li x0, 5 */
    .half 0x6005          /* c.lui x0, 1 */
    .half 0x802a          /* c.mv x0, a0 */
    c.add x0, t0          /* c.add x0, rs2 */
    .half 0x0006          /* c.slli x0, 1 */
    .half 0x0502          /* c.slli64 a0 (shamt 0) */
    .half 0x8101          /* c.srli64 a0 */
    .half 0x8501          /* c.srai64 a0 */
    CHECK_EQ(113, a0, 0x1111)
    CHECK_EQ(114, t0, 0x2222)
    CHECK_EQ(115, x0, 0)

    /* ---------------- c.ebreak: breakpoint trap ---------------- */
    EXPECT_TRAP
    li TESTNUM, 116
    li a0, 0
1:  c.ebreak
    li a0, 1 /* execution resumes here, 2 bytes after the c.ebreak */
    RESTORE_TRAP
    CHECK_EQ(117, a0, 1)
    la t0, trap_rec
    ld a1, 0(t0)
    CHECK_EQ(118, a1, 3) /* breakpoint */
    ld a1, 8(t0)
    la a2, 1b
    li TESTNUM, 119
    bne a1, a2, fail /* mepc = address of the c.ebreak */
    lhu a1, 0(a2)
    CHECK_EQ(120, a1, 0x9002) /* and it really is the 2-byte encoding */

    /* ---------------- all-zero 16-bit instruction: illegal ---------------- */
    EXPECT_TRAP
    li TESTNUM, 121
    li a0, 0
1:  .half 0x0000
    li a0, 1
    RESTORE_TRAP
    CHECK_EQ(122, a0, 1)
    la t0, trap_rec
    ld a1, 0(t0)
    CHECK_EQ(123, a1, 2) /* illegal instruction */
    ld a1, 8(t0)
    la a2, 1b
    li TESTNUM, 124
    bne a1, a2, fail
    ld a1, 16(t0)
    CHECK_EQ(125, a1, 0) /* mtval: 0 or the (all-zero) instruction bits */

    RVTEST_PASS

c_sub_double:
    c.add a0, a0
    c.jr ra

    .balign 4
c_trap:
    la t0, trap_rec
    csrr t1, mcause
    sd t1, 0(t0)
    csrr t1, mepc
    sd t1, 8(t0)
    csrr t1, mtval
    sd t1, 16(t0)
    csrr t1, mepc
    lhu t2, 0(t1)
    andi t2, t2, 3
    addi t1, t1, 2
    li t3, 3
    bne t2, t3, 1f
    addi t1, t1, 2
1:  csrw mepc, t1
    mret

    /* the straddling instruction: its first half ends a page, its second half starts the next */
    .balign 4096
    .skip 4096 - 2
c_straddle:
    .option push
    .option norvc
    addi a0, a0, 0x123
    .option pop
    j c_straddle_back

RVTEST_END

    .data
    .balign 64
c_ldarea:
    .word 0x80000000, 0x7fffffff      /* 0 */
    .dword 0xfedcba9876543210         /* 8 */
    .skip 124 - 16
    .word 0x89abcdef                  /* 124 */
    .skip 248 - 128
    .dword 0x8000000000000001         /* 248; its upper word at 252 is 0x80000000 */
    .skip 504 - 256
    .dword 0x3ff0000000000000         /* 504 */
    .skip 1024 - 512
    .balign 64
c_starea:
    .skip 1024
trap_rec:
    .dword 0, 0, 0
