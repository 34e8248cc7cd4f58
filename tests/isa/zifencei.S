/* zifencei.S: the Zifencei instruction-fetch fence (unprivileged spec, chapter "Zifencei
 * Extension for Instruction-Fetch Fence").
 *
 * Self-modifying code: after a store to instruction memory followed by FENCE.I, the hart must
 * fetch the new instruction. Covers patching a function that has already run (also after it ran
 * in a hot loop), replacing a 32-bit instruction by two 16-bit ones, patching a single 16-bit
 * instruction with a halfword store, patching the instruction that directly follows the FENCE.I
 * in straight-line code, and generating code in a data buffer and rewriting it. What a hart
 * fetches without FENCE.I is not specified, so it is never asserted. */
#include "env.h"

RVTEST_BEGIN

    /* ---------------- original code runs ---------------- */
    li TESTNUM, 1
    li a0, 0
    jal ra, smc_fn
    CHECK_EQ(2, a0, 1)

    /* ---------------- patch a 32-bit instruction ---------------- */
    li TESTNUM, 3
    la t0, smc_fn
    la t1, tmpl_li2
    lwu t1, 0(t1)
    sw t1, 0(t0)
    fence.i
    jal ra, smc_fn
    CHECK_EQ(4, a0, 2)

    /* ---------------- run it hot, then patch with two 16-bit instructions ---------------- */
    li TESTNUM, 5
    li s1, 200
1:  jal ra, smc_fn
    li TESTNUM, 6
    li t6, 2
    bne a0, t6, fail
    addi s1, s1, -1
    bnez s1, 1b
    la t0, smc_fn
    la t1, tmpl_cli3_nop
    lwu t1, 0(t1)
    sw t1, 0(t0) /* c.li a0, 3 ; c.nop */
    fence.i
    jal ra, smc_fn
    CHECK_EQ(7, a0, 3)

    /* ---------------- patch one 16-bit instruction with a halfword store ---------------- */
    li TESTNUM, 8
    la t0, smc_fn
    la t1, tmpl_cli4
    lhu t1, 0(t1)
    sh t1, 0(t0) /* c.li a0, 4 */
    fence.i
    jal ra, smc_fn
    CHECK_EQ(9, a0, 4)

    /* ---------------- patch the instruction right after the FENCE.I ---------------- */
    li TESTNUM, 10
    li a0, 0
    la t0, 2f
    la t1, tmpl_li7
    lwu t1, 0(t1)
    sw t1, 0(t0)
    fence.i
    .balign 4
    .option push
    .option norvc
2:  addi a0, x0, 1 /* replaced by addi a0, x0, 7 before it executes */
    .option pop
    CHECK_EQ(11, a0, 7)

    /* ---------------- code generated into a data buffer ---------------- */
    li TESTNUM, 12
    la t0, smc_buf
    la t1, tmpl_li5
    lwu t2, 0(t1)
    sw t2, 0(t0)
    la t1, tmpl_ret
    lwu t2, 0(t1)
    sw t2, 4(t0)
    fence.i
    li a0, 0
    jalr ra, 0(t0)
    CHECK_EQ(13, a0, 5)

    /* rewrite it (it has run once) */
    li TESTNUM, 14
    la t0, smc_buf
    la t1, tmpl_li6
    lwu t2, 0(t1)
    sw t2, 0(t0)
    fence.i
    jalr ra, 0(t0)
    CHECK_EQ(15, a0, 6)

    /* a multi-instruction body: a1 = a1 * 2 + 1, then return */
    li TESTNUM, 16
    la t0, smc_buf
    la t1, tmpl_body
    li t3, 4 /* 4 words */
3:  lwu t2, 0(t1)
    sw t2, 0(t0)
    addi t0, t0, 4
    addi t1, t1, 4
    addi t3, t3, -1
    bnez t3, 3b
    fence.i
    la t0, smc_buf
    li a1, 1
    jalr ra, 0(t0)
    CHECK_EQ(17, a1, 3)

    RVTEST_PASS

    /* the function that gets patched */
    .balign 4
smc_fn:
    .option push
    .option norvc
    addi a0, x0, 1
    jalr x0, 0(ra)
    .option pop

    /* instruction templates (never executed in place) */
    .balign 4
    .option push
    .option norvc
tmpl_li2:
    addi a0, x0, 2
tmpl_li5:
    addi a0, x0, 5
tmpl_li6:
    addi a0, x0, 6
tmpl_li7:
    addi a0, x0, 7
tmpl_ret:
    jalr x0, 0(ra)
tmpl_body:
    slli a1, a1, 1
    addi a1, a1, 1
    jalr x0, 0(ra)
    addi a1, a1, 100 /* never reached */
    .option pop
    .option push
    .option rvc
tmpl_cli3_nop:
    c.li a0, 3
    c.nop
tmpl_cli4:
    c.li a0, 4
    .option pop

RVTEST_END

    .data
    .balign 64
smc_buf:
    .skip 64
