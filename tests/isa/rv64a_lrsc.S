/* rv64a_lrsc.S: LR/SC on RV64 (unprivileged spec, chapter "A Extension for Atomic Instructions",
 * section "Zalrsc Extension for Load-Reserved/Store-Conditional Instructions").
 *
 * Covers LR.W (sign-extended result) / LR.D, SC.W / SC.D success (rd = 0, memory written; SC.W
 * writes only its word), SC failure without a reservation (rd != 0, memory untouched), SC
 * invalidating the reservation so that a second SC fails, aq/rl encodings, and an LR/SC
 * increment loop. The spec lets an SC fail spuriously, so every "must succeed" sequence is a
 * constrained LR/SC loop retried a bounded number of times. Cases the spec leaves open (SC after a
 * same-hart store to the reserved address, SC to an address other than the LR's, SC of another
 * size, SC pairing with an older LR) are not asserted either way; they are only checked for
 * consistency: rd == 0 exactly when memory took the new value.
 * Misaligned LR/SC are covered in misaligned.S. */
#include "env.h"

/* Constrained LR/SC loop on the address in a1 storing a2; the loaded value ends in a0. Up to 16
 * attempts, then the current test fails. Uses a3, a4 and local labels 7/8. */
#define LRSC_RETRY(lr, sc)                                                                         \
    li a4, 16;                                                                                     \
7:  lr a0, (a1);                                                                                   \
    sc a3, a2, (a1);                                                                               \
    beqz a3, 8f;                                                                                   \
    addi a4, a4, -1;                                                                               \
    bnez a4, 7b;                                                                                   \
    j fail;                                                                                        \
8:

/* After an SC whose result is in a3 and which tried to write a2 (dword at a1, compared with the
 * width-`ldinsn` load), check: a3 == 0 -> memory == a2 (as loaded by ldinsn); a3 != 0 -> memory ==
 * `old`. */
#define CHECK_SC_CONSISTENT(n, ldinsn, old)                                                        \
    li TESTNUM, n;                                                                                 \
    ldinsn a5, 0(a1);                                                                              \
    bnez a3, 9f;                                                                                   \
    bne a5, a2, fail;                                                                              \
    j 10f;                                                                                         \
9:  li t6, old;                                                                                    \
    bne a5, t6, fail;                                                                              \
10:

RVTEST_BEGIN

    /* Invalidate whatever reservation might exist at reset with an SC to a scratch word. */
    la a1, scratch
    sc.d a3, x0, (a1)

    /* ---------------- SC without a reservation fails ---------------- */
    la a1, dw_a
    li a2, 0x1111111111111111
    sd a2, 0(a1)
    li a2, 0x2222222222222222
    sc.d a3, a2, (a1)
    li TESTNUM, 1
    beqz a3, fail /* rd must be nonzero */
    ld a0, 0(a1)
    CHECK_EQ(2, a0, 0x1111111111111111) /* memory untouched */

    la a1, w_a
    li a2, 0x33333333
    sc.w a3, a2, (a1)
    li TESTNUM, 3
    beqz a3, fail
    ld a0, 0(a1)
    CHECK_EQ(4, a0, 0x5555555544444444)

    /* ---------------- LR.D / SC.D success ---------------- */
    li TESTNUM, 5
    la a1, dw_a
    li a2, 0x8000000000000001
    LRSC_RETRY(lr.d, sc.d)
    CHECK_EQ(6, a0, 0x1111111111111111) /* loaded value */
    CHECK_EQ(7, a3, 0)
    ld a0, 0(a1)
    CHECK_EQ(8, a0, 0x8000000000000001) /* stored value */

    /* ---------------- a second SC (no new LR) fails ---------------- */
    li a2, 0x0123456789abcdef
    sc.d a3, a2, (a1)
    li TESTNUM, 9
    beqz a3, fail
    ld a0, 0(a1)
    CHECK_EQ(10, a0, 0x8000000000000001)

    /* and again: a failed SC leaves no reservation behind either */
    sc.d a3, a2, (a1)
    li TESTNUM, 11
    beqz a3, fail

    /* ---------------- LR.W sign-extends; SC.W writes only its word ---------------- */
    li TESTNUM, 12
    la a1, w_a
    li a2, 0xcafebabe80000000 /* only the low word 0x80000000 is stored */
    LRSC_RETRY(lr.w, sc.w)
    CHECK_EQ(13, a0, 0x44444444)
    ld a0, 0(a1)
    CHECK_EQ(14, a0, 0x5555555580000000)

    li TESTNUM, 15
    la a1, w_a
    li a2, 0x7fffffff
    LRSC_RETRY(lr.w, sc.w)
    CHECK_EQ(16, a0, 0xffffffff80000000) /* LR.W sign-extends */
    ld a0, 0(a1)
    CHECK_EQ(17, a0, 0x555555557fffffff)

    /* upper word of the dword (address + 4) */
    li TESTNUM, 18
    la a1, w_a + 4
    li a2, 0x12345678
    LRSC_RETRY(lr.w, sc.w)
    CHECK_EQ(19, a0, 0x55555555)
    la a1, w_a
    ld a0, 0(a1)
    CHECK_EQ(20, a0, 0x123456787fffffff)

    li TESTNUM, 21
    la a1, w_a + 4
    li a2, 0
    LRSC_RETRY(lr.w, sc.w)
    CHECK_EQ(22, a0, 0x12345678)
    lw a0, 0(a1)
    CHECK_EQ(23, a0, 0)

    /* second SC.W fails */
    li a2, 0x99
    sc.w a3, a2, (a1)
    li TESTNUM, 24
    beqz a3, fail
    lw a0, 0(a1)
    CHECK_EQ(25, a0, 0)

    /* ---------------- LR into rd == rs1, and the loaded value ---------------- */
    la a1, dw_b
    lr.d a1, (a1)
    CHECK_EQ(26, a1, 0xfedcba9876543210)
    la a1, dw_b
    lr.w a1, (a1)
    CHECK_EQ(27, a1, 0x76543210)
    la a1, dw_b + 4
    lr.w a1, (a1)
    CHECK_EQ(28, a1, 0xfffffffffedcba98)
    /* the reservation from that LR.W is consumed here */
    la a1, scratch
    sc.w a3, x0, (a1)

    /* ---------------- aq / rl encodings ---------------- */
    li TESTNUM, 29
    la a1, dw_a
    li a2, 0xa1
    LRSC_RETRY(lr.d.aq, sc.d.rl)
    CHECK_EQ(30, a0, 0x8000000000000001)
    li TESTNUM, 31
    li a2, 0xa2
    LRSC_RETRY(lr.d.aqrl, sc.d.aqrl)
    CHECK_EQ(32, a0, 0xa1)
    li TESTNUM, 33
    la a1, w_a
    li a2, 0xa3
    LRSC_RETRY(lr.w.aq, sc.w.rl)
    CHECK_EQ(34, a0, 0x7fffffff)
    li TESTNUM, 35
    li a2, 0xa4
    LRSC_RETRY(lr.w.aqrl, sc.w.aqrl)
    CHECK_EQ(36, a0, 0xa3)
    la a1, dw_a
    ld a0, 0(a1)
    CHECK_EQ(37, a0, 0xa2)
    la a1, w_a
    ld a0, 0(a1)
    CHECK_EQ(38, a0, 0x00000000000000a4)

    /* ---------------- LR/SC atomic increment loop, 10 times ---------------- */
    li TESTNUM, 39
    la a1, counter
    sd x0, 0(a1)
    li s2, 10
1:  li a4, 16
2:  lr.d a0, (a1)
    addi a0, a0, 3
    sc.d a3, a0, (a1)
    beqz a3, 3f
    addi a4, a4, -1
    bnez a4, 2b
    j fail
3:  addi s2, s2, -1
    bnez s2, 1b
    ld a0, 0(a1)
    CHECK_EQ(40, a0, 30)

    /* ---------------- cases the spec leaves open: consistency only ---------------- */
    /* LR; store by this hart to the reserved address; SC: may succeed or fail */
    la a1, dw_b
    lr.d a0, (a1)
    li a5, 0x0f0f0f0f0f0f0f0f
    sd a5, 0(a1)
    li a2, 0x7070707070707070
    sc.d a3, a2, (a1)
    CHECK_SC_CONSISTENT(41, ld, 0x0f0f0f0f0f0f0f0f)
    /* whatever happened, that SC consumed the reservation */
    li a2, 0x5a
    sc.d a3, a2, (a1)
    li TESTNUM, 42
    beqz a3, fail

    /* LR to one address, SC to a word in another page: must fail unless the implementation's
     * reservation set is that large; not asserted, but a following SC to the LR address must fail */
    la a1, dw_a
    lr.d a0, (a1)
    la a1, far_dw
    li a2, 0x6666666666666666
    sc.d a3, a2, (a1)
    CHECK_SC_CONSISTENT(43, ld, 0x7777777777777777)
    la a1, dw_a
    li a2, 0x6666666666666666
    sc.d a3, a2, (a1)
    li TESTNUM, 44
    beqz a3, fail
    ld a0, 0(a1)
    CHECK_EQ(45, a0, 0xa2)

    /* LR.D then SC.W to the same address: may succeed or fail */
    la a1, dw_a
    lr.d a0, (a1)
    li a2, 0x11223344
    sc.w a3, a2, (a1)
    CHECK_SC_CONSISTENT(46, lw, 0xa2)

    /* LR A, LR B, SC A: the SC pairs with the LR to B */
    la a1, dw_a
    la a0, far_dw
    lr.d a5, (a1)
    lr.d a5, (a0)
    li a2, 0x4444444444444444
    ld a6, 0(a1)
    sc.d a3, a2, (a1)
    li TESTNUM, 47
    ld a5, 0(a1)
    bnez a3, 1f
    bne a5, a2, fail
    j 2f
1:  bne a5, a6, fail
2:
    /* SC with rd = x0: the result is discarded, x0 stays zero */
    la a1, scratch
    lr.d a0, (a1)
    li a2, 0x77
    sc.d x0, a2, (a1)
    CHECK_EQ(48, x0, 0)

    RVTEST_PASS
RVTEST_END

    .data
    .balign 64
dw_a:
    .dword 0
    .balign 64
w_a:
    .word 0x44444444
    .word 0x55555555
    .balign 64
dw_b:
    .dword 0xfedcba9876543210
    .balign 64
counter:
    .dword 0
    .balign 64
scratch:
    .dword 0
    .balign 4096
    .skip 64
far_dw:
    .dword 0x7777777777777777
