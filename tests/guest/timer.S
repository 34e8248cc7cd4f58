/* Timer: the `time` CSR (unprivileged spec, Zicntr), SBI TIME set_timer (SBI v2.0 chapter 6) and
 * the Sstc stimecmp CSR (Sstc 1.0, CSR 0x14d). Checks:
 *  - `time` advances while the hart runs (capa's time base is 10 MHz);
 *  - sbi_set_timer (6.1) with a time in the past makes sip.STIP pending at once, and
 *    set_timer(UINT64_MAX) clears it ("clear the pending timer interrupt bit");
 *  - set_timer 50 ms ahead: STIP stays clear until then; with sie.STIE set, WFI wakes up
 *    (privileged spec 3.3.3: WFI resumes when an enabled interrupt is pending, whatever
 *    sstatus.SIE), not before the deadline; setting sstatus.SIE then takes the supervisor timer
 *    interrupt at once (3.1.9: interrupt conditions are evaluated right after a CSR write that
 *    enables them): scause = 0x8000000000000005, sepc = the next instruction;
 *  - the same through stimecmp written directly (Sstc: STIP = time >= stimecmp);
 *  - writing stimecmp = UINT64_MAX clears STIP.
 * The interrupt is taken with SIE set after WFI, not during it, so a deadline that passes before
 * WFI cannot leave the hart asleep forever. */
#include "sbi.h"

#define DELAY_TICKS 500000 /* 50 ms: long enough that a busy host does not pass it early */

    .bss
    .align 3
trap_count: .dword 0
trap_cause: .dword 0
trap_epc:   .dword 0

    .text
    .align 2
/* Timer trap handler: record scause/sepc, mask the timer in sie (the source stays pending). */
timer_trap:
    addi sp, sp, -16
    sd t0, 0(sp)
    sd t1, 8(sp)
    csrr t0, scause
    li t1, SCAUSE_INT | 5
    bne t0, t1, 1f
    la t1, trap_cause
    sd t0, 0(t1)
    csrr t0, sepc
    la t1, trap_epc
    sd t0, 0(t1)
    la t1, trap_count
    ld t0, 0(t1)
    addi t0, t0, 1
    sd t0, 0(t1)
    li t0, SIP_STIP
    csrc sie, t0
    ld t0, 0(sp)
    ld t1, 8(sp)
    addi sp, sp, 16
    sret
1:  ld t0, 0(sp)
    ld t1, 8(sp)
    addi sp, sp, 16
    j __unexpected_trap

/* wait_timer(a0 = deadline): wait for STIP with sie.STIE, check the wake-up time against the
 * deadline, take the interrupt and check what the handler saw. */
wait_timer:
    addi sp, sp, -32
    sd ra, 0(sp)
    sd s0, 8(sp)
    sd s1, 16(sp)
    mv s0, a0
    la t0, trap_count
    sd zero, 0(t0)
    li t0, SIP_STIP
    csrs sie, t0
1:  wfi
    csrr t0, sip
    andi t0, t0, SIP_STIP
    beqz t0, 1b
    rdtime s1
    sltu a0, s1, s0
    xori a0, a0, 1
    PRINT_DEC "  woke at or after the deadline: ", a0
    la t0, trap_count
    ld t0, 0(t0)
    EXPECT t0, 0, "timer interrupt taken with sstatus.SIE clear"
    csrsi sstatus, SSTATUS_SIE
.Lafter_sie:
    nop                              /* the interrupt is taken before this instruction */
    csrci sstatus, SSTATUS_SIE
    la t0, trap_count
    ld s1, 0(t0)
    PRINT_DEC "  interrupts taken: ", s1
    EXPECT s1, 1, "timer interrupt count"
    la t0, trap_cause
    ld s1, 0(t0)
    PRINT_HEX "  scause: ", s1
    la t0, trap_epc
    ld s1, 0(t0)
    la t0, .Lafter_sie
    sub s1, s1, t0
    PRINT_DEC "  sepc - (instruction after the SIE write): ", s1
    ld ra, 0(sp)
    ld s0, 8(sp)
    ld s1, 16(sp)
    addi sp, sp, 32
    ret

/* a0 = sip.STIP (0 or 1) */
stip:
    csrr a0, sip
    srli a0, a0, 5
    andi a0, a0, 1
    ret

GUEST_START
    la t0, timer_trap
    csrw stvec, t0

    /* time advances */
    rdtime s0
    li t0, 100000
1:  addi t0, t0, -1
    bnez t0, 1b
    rdtime s1
    sltu a0, s0, s1
    PRINT_DEC "time advances: ", a0

    /* SBI set_timer in the past: STIP at once; UINT64_MAX clears it */
    li a0, 0
    SBI_CALL SBI_EXT_TIME, 0
    EXPECT a0, SBI_SUCCESS, "set_timer(0) error"
    call stip
    PRINT_DEC "set_timer(0): STIP ", a0
    li a0, -1
    SBI_CALL SBI_EXT_TIME, 0
    EXPECT a0, SBI_SUCCESS, "set_timer(-1) error"
    call stip
    PRINT_DEC "set_timer(UINT64_MAX): STIP ", a0

    /* SBI set_timer 50 ms ahead */
    rdtime s0
    li t0, DELAY_TICKS
    add s0, s0, t0
    mv a0, s0
    SBI_CALL SBI_EXT_TIME, 0
    EXPECT a0, SBI_SUCCESS, "set_timer error"
    call stip
    PRINT_DEC "set_timer(now + 50 ms): STIP ", a0
    mv a0, s0
    call wait_timer
    li a0, -1
    SBI_CALL SBI_EXT_TIME, 0
    call stip
    PRINT_DEC "after set_timer(UINT64_MAX): STIP ", a0

    /* The same through stimecmp */
    rdtime s0
    li t0, DELAY_TICKS
    add s0, s0, t0
    csrw CSR_STIMECMP, s0
    csrr s1, CSR_STIMECMP
    EXPECT_EQ s1, s0, "stimecmp reads back what was written"
    call stip
    PRINT_DEC "stimecmp = now + 50 ms: STIP ", a0
    mv a0, s0
    call wait_timer
    li t0, -1
    csrw CSR_STIMECMP, t0
    call stip
    PRINT_DEC "after stimecmp = UINT64_MAX: STIP ", a0

    PUTS "timer: done\n"
    SBI_SHUTDOWN
