/* HSM hart_suspend (SBI v2.0 9.4), woken by the supervisor timer (Sstc stimecmp).
 * Checks: a reserved suspend_type (0x1) -> SBI_ERR_INVALID_PARAM; a non-retentive suspend with a
 * resume_addr outside RAM -> SBI_ERR_INVALID_ADDRESS; default retentive suspend (0x0) returns
 * SBI_SUCCESS once the enabled timer interrupt is pending (sstatus.SIE = 0: it is not taken), not
 * before the deadline; default non-retentive suspend (0x80000000) resumes at resume_addr in
 * S-mode with a0 = hartid, a1 = opaque, satp = 0 and sstatus.SIE = 0 (9.4, table 18), not before
 * the deadline. */
#include "sbi.h"

#define DELAY_TICKS (TIMEBASE_HZ / 50) /* 20 ms */
#define OPAQUE 0x5a5a1234

    .bss
    .align 3
deadline: .dword 0

    .text
/* arm_timer: stimecmp = now + 20 ms (also saved in `deadline`), sie.STIE on */
arm_timer:
    rdtime t0
    li t1, DELAY_TICKS
    add t0, t0, t1
    la t1, deadline
    sd t0, 0(t1)
    csrw CSR_STIMECMP, t0
    li t0, SIP_STIP
    csrs sie, t0
    ret

/* a0 = 1 if time >= deadline */
past_deadline:
    rdtime t0
    la t1, deadline
    ld t1, 0(t1)
    sltu a0, t0, t1
    xori a0, a0, 1
    ret

    .align 2
resume:
    /* non-retentive resume: only a0/a1 are defined; rebuild the stack */
    la sp, __stack_top
    mv s0, a0
    mv s1, a1
    csrr s2, satp
    csrr s3, sstatus
    andi s3, s3, SSTATUS_SIE
    call past_deadline
    PRINT_DEC "non-retentive resume after the deadline: ", a0
    PRINT_DEC "  a0: ", s0
    li t0, OPAQUE
    sub s1, s1, t0
    PRINT_DEC "  a1 - opaque: ", s1
    PRINT_DEC "  satp: ", s2
    PRINT_DEC "  sstatus.SIE: ", s3
    li t0, -1
    csrw CSR_STIMECMP, t0
    PUTS "hsm_suspend: done\n"
    SBI_SHUTDOWN

GUEST_START
    li a0, 1                        /* reserved suspend_type */
    li a1, 0
    li a2, 0
    SBI_CALL SBI_EXT_HSM, 3
    PRINT_DEC "suspend type 0x1: ", a0
    li a0, 0x80000000
    li a1, 0x1000                   /* not RAM */
    li a2, 0
    SBI_CALL SBI_EXT_HSM, 3
    PRINT_DEC "non-retentive suspend to 0x1000: ", a0

    /* retentive */
    call arm_timer
    li a0, 0
    li a1, 0
    li a2, 0
    SBI_CALL SBI_EXT_HSM, 3
    mv s0, a0
    PRINT_DEC "retentive suspend: ", s0
    call past_deadline
    PRINT_DEC "  returned after the deadline: ", a0
    csrr a0, sip
    srli a0, a0, 5
    andi a0, a0, 1
    PRINT_DEC "  sip.STIP: ", a0
    li t0, -1
    csrw CSR_STIMECMP, t0

    /* non-retentive: continues at `resume` */
    call arm_timer
    li a0, 0x80000000
    la a1, resume
    li a2, OPAQUE
    SBI_CALL SBI_EXT_HSM, 3
    PRINT_DEC "FAIL: non-retentive suspend returned ", a0
    j __fail_exit
