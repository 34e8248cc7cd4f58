/* zicntr.S: the Zicntr base counters read from M-mode (unprivileged spec, chapter "Zicntr and
 * Zihpm Counters", section "Zicntr Extension for Base Counters and Timers"; privileged spec,
 * "Hardware Performance Monitor" for mcycle/minstret).
 *
 * Covers reading cycle/time/instret with csrr and with the rdcycle/rdtime/rdinstret pseudo-
 * instructions, reading mcycle/minstret, monotonicity (repeated reads never go backwards), cycle
 * and instret strictly increasing between back-to-back reads, instret advancing at least by the
 * number of instructions retired in a loop, cycle advancing across it, the user aliases agreeing
 * with the machine counters (read in order, never smaller), and time advancing within a bounded
 * spin. Exact counts are not asserted.
 *
 * NOTE (QEMU 7.2), two differences from the spec, so this test does not pass on plain QEMU:
 *  - without -icount QEMU derives instret (and cycle) from host ticks, not retired instructions;
 *    the JIT runs the loop faster than the host clock ticks, so the "instret advanced at least
 *    by the loop's instruction count" case fails. With `-icount shift=0` it passes.
 *  - the `-M spike` machine provides no rdtime source, so reading the time CSR raises an
 *    illegal-instruction exception; all time checks are grouped at the end for that reason.
 * The whole file passes on QEMU 7.2 `-M virt -icount shift=0` (validated with a sifive_test exit
 * shim in place of HTIF). The spec lets M-mode firmware emulate time by trapping, but capa is
 * expected to implement it directly. */
#include "env.h"

/* Read CSR `csr` 64 times; each value must be >= the previous one. */
#define CHECK_MONOTONIC(n, csr)                                                                    \
    li TESTNUM, n;                                                                                 \
    csrr s2, csr;                                                                                  \
    li s3, 64;                                                                                     \
1:  csrr s4, csr;                                                                                  \
    bltu s4, s2, fail;                                                                             \
    mv s2, s4;                                                                                     \
    addi s3, s3, -1;                                                                               \
    bnez s3, 1b

#define LOOP_ITERS 100000

RVTEST_BEGIN

    /* ---------------- readable (no trap) via every spelling ---------------- */
    li TESTNUM, 1
    csrr a0, cycle
    csrr a2, instret
    rdcycle a3
    rdinstret a5
    csrr s0, mcycle
    csrr s1, minstret
    csrrs t0, 0xc00, x0 /* cycle by number */
    csrrs t2, 0xc02, x0 /* instret */

    /* ---------------- monotonic across repeated reads ---------------- */
    CHECK_MONOTONIC(2, cycle)
    CHECK_MONOTONIC(3, instret)
    CHECK_MONOTONIC(4, mcycle)
    CHECK_MONOTONIC(5, minstret)

    /* ---------------- back-to-back reads strictly increase for cycle and instret ---------------- */
    li TESTNUM, 6
    rdinstret a0
    rdinstret a1
    bleu a1, a0, fail
    li TESTNUM, 7
    rdcycle a0
    rdcycle a1
    bleu a1, a0, fail

    /* ---------------- machine counters and their user aliases agree in order ---------------- */
    li TESTNUM, 8
    csrr a0, minstret
    csrr a1, instret
    csrr a2, minstret
    bltu a1, a0, fail
    bltu a2, a1, fail
    li TESTNUM, 9
    csrr a0, mcycle
    csrr a1, cycle
    csrr a2, mcycle
    bltu a1, a0, fail
    bltu a2, a1, fail

    /* ---------------- a loop of 3 * LOOP_ITERS instructions ---------------- */
    li s5, LOOP_ITERS
    rdcycle s6
    rdinstret s7
1:  addi s5, s5, -1
    nop
    bnez s5, 1b
    rdinstret s9
    rdcycle s10
    li TESTNUM, 10
    sub a0, s9, s7
    li t0, 3 * LOOP_ITERS
    bltu a0, t0, fail /* at least the loop's instructions retired */
    li TESTNUM, 11
    bleu s10, s6, fail /* cycle advanced */

    /* ================ time (kept last: see the QEMU note above) ================ */
    li TESTNUM, 12
    csrr a1, time
    rdtime a4
    csrrs t1, 0xc01, x0 /* time by number */
    CHECK_MONOTONIC(13, time)

    /* time does not go backwards across a loop */
    li s5, LOOP_ITERS
    rdtime s8
1:  addi s5, s5, -1
    nop
    bnez s5, 1b
    rdtime s11
    li TESTNUM, 14
    bltu s11, s8, fail

    /* ---------------- time advances within a bounded spin ---------------- */
    li TESTNUM, 15
    rdtime s2
    li s3, 4000000
1:  rdtime s4
    bne s4, s2, 2f
    addi s3, s3, -1
    bnez s3, 1b
    j fail /* time never changed */
2:  bltu s4, s2, fail /* and it moved forwards */

    RVTEST_PASS
RVTEST_END
