/* Bare-metal test environment for capa's ISA tests (our own, written from the privileged spec).
 *
 * A test is:
 *     #include "env.h"
 *     RVTEST_BEGIN
 *         ... test cases; a failing case jumps to `fail` with its number in TESTNUM ...
 *     RVTEST_PASS
 *     RVTEST_END
 *
 * The hart starts in M-mode at _start with RAM at 0x80000000. RVTEST_BEGIN installs a trap handler
 * that fails the current test (an unexpected trap is a failure); a test that expects traps installs
 * its own handler in mtvec. FP is enabled (mstatus.FS = Initial) and fcsr cleared.
 * Reporting follows HTIF: tohost = 1 passes, tohost = (n << 1) | 1 fails test case n. */
#ifndef CAPA_ISA_ENV_H
#define CAPA_ISA_ENV_H

#define TESTNUM gp

#define RVTEST_BEGIN                                                                               \
    .section .text.init;                                                                           \
    .globl _start;                                                                                 \
    _start:                                                                                        \
    la t0, __unexpected_trap;                                                                      \
    csrw mtvec, t0;                                                                                \
    li t0, (1 << 13);                                                                              \
    csrs mstatus, t0;                                                                              \
    csrwi fcsr, 0;                                                                                 \
    li TESTNUM, 0;                                                                                 \
    j __test_body;                                                                                 \
    .align 2;                                                                                      \
    __unexpected_trap:                                                                             \
    bnez TESTNUM, fail;                                                                            \
    li TESTNUM, 0x7ff;                                                                             \
    j fail;                                                                                        \
    __test_body:

/* Report success. */
#define RVTEST_PASS                                                                                \
    li t0, 1;                                                                                      \
    la t1, tohost;                                                                                 \
    sd t0, 0(t1);                                                                                  \
    1 : j 1b;

/* The shared failure path: reports TESTNUM (a test number of 0 is reported as 0x7ff). */
#define RVTEST_END                                                                                 \
    fail:                                                                                          \
    bnez TESTNUM, 2f;                                                                              \
    li TESTNUM, 0x7ff;                                                                             \
    2 : slli t0, TESTNUM, 1;                                                                       \
    ori t0, t0, 1;                                                                                 \
    la t1, tohost;                                                                                 \
    sd t0, 0(t1);                                                                                  \
    3 : j 3b;                                                                                      \
    .pushsection .tohost, "aw", @progbits;                                                         \
    .align 6;                                                                                      \
    .globl tohost;                                                                                 \
    tohost : .dword 0;                                                                             \
    .size tohost, 8;                                                                               \
    .align 6;                                                                                      \
    .globl fromhost;                                                                               \
    fromhost : .dword 0;                                                                           \
    .size fromhost, 8;                                                                             \
    .popsection;

/* Compare register `reg` with the 64-bit constant `val` for test case `n` (clobbers t6). */
#define CHECK_EQ(n, reg, val)                                                                      \
    li TESTNUM, n;                                                                                 \
    li t6, val;                                                                                    \
    bne reg, t6, fail;

#endif
