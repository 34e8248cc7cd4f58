/* Atomicity across harts (unprivileged spec 8.2 LR/SC, 8.4 AMOs; RVWMO acquire/release): four
 * harts (host threads) each do N increments of three shared counters at the same time:
 *  - amoadd.w on amo_counter;
 *  - an lr.d/sc.d retry loop on lrsc_counter;
 *  - a plain ld/addi/sd inside a spinlock taken with amoswap.w.aq and released with
 *    amoswap.w.rl, on locked_counter.
 * Any lost update (a non-atomic AMO, an SC that succeeds after another hart's store, a lock that
 * lets two harts in) makes a total come out below 4 * N. Secondaries are started with HSM
 * hart_start and stop themselves; hart 0 works too, then waits for them. */
/* capa-args: --cpus 4 */
#include "sbi.h"

#define NHARTS 4
#define N      1000000

    .bss
    .align 6
amo_counter:    .dword 0
    .align 6
lrsc_counter:   .dword 0
    .align 6
lock:           .dword 0
locked_counter: .dword 0

    .text
    .align 2
/* work: N rounds of the three increments (no stack: secondaries enter here directly). */
work:
    li t0, N
    la t1, amo_counter
    la t2, lrsc_counter
    la t3, lock
    la t4, locked_counter
    li t5, 1
1:  amoadd.w zero, t5, (t1)
2:  lr.d a2, (t2)
    addi a2, a2, 1
    sc.d a3, a2, (t2)
    bnez a3, 2b
3:  amoswap.w.aq a3, t5, (t3)      /* take the lock */
    bnez a3, 3b
    ld a2, 0(t4)
    addi a2, a2, 1
    sd a2, 0(t4)
    amoswap.w.rl zero, zero, (t3)  /* release */
    addi t0, t0, -1
    bnez t0, 1b
    ret

secondary:
    call work
    SBI_CALL SBI_EXT_HSM, 1         /* hart_stop */
1:  wfi
    j 1b

GUEST_START
    li s0, 1
1:  mv a0, s0
    la a1, secondary
    li a2, 0
    SBI_CALL SBI_EXT_HSM, 0
    EXPECT a0, SBI_SUCCESS, "hart_start error"
    addi s0, s0, 1
    li t0, NHARTS
    blt s0, t0, 1b
    call work
    li s0, 1
2:  mv a0, s0
    SBI_CALL SBI_EXT_HSM, 2
    EXPECT a0, SBI_SUCCESS, "hart_get_status error"
    li t0, HSM_STOPPED
    bne a1, t0, 2b
    addi s0, s0, 1
    li t0, NHARTS
    blt s0, t0, 2b
    la t0, amo_counter
    lwu s1, 0(t0)
    PRINT_DEC "amoadd.w total: ", s1
    la t0, lrsc_counter
    ld s1, 0(t0)
    PRINT_DEC "lr/sc total: ", s1
    la t0, locked_counter
    ld s1, 0(t0)
    PRINT_DEC "spinlock total: ", s1
    SBI_SHUTDOWN
