/* An IPI wakes a hart that sleeps in WFI (SBI v2.0 7.1 sbi_send_ipi, and the legacy
 * sbi_send_ipi 5.5 whose hart_mask is the address of a mask word). Privileged spec 3.3.3: WFI
 * resumes once an interrupt enabled in sie is pending, even with sstatus.SIE = 0.
 * Hart 1 enables sie.SSIE and loops in WFI, counting each supervisor software interrupt it
 * sees in sip. Hart 0 waits until hart 1 has been idle 20 ms, sends it an IPI, and checks that
 * hart 1 reports it within 250 ms (a hart left parked until some periodic re-check would take
 * far longer; capa's park loop re-checks once a second). */
/* capa-args: --cpus 2 */
#include "sbi.h"

#define LIMIT_TICKS (TIMEBASE_HZ / 4) /* 250 ms */

    .bss
    .align 3
ready:  .dword 0
woken:  .dword 0
legacy_mask: .dword 0

    .text
    .align 2
secondary:
    csrsi sie, SIP_SSIP
    la t1, ready
    li t0, 1
    sd t0, 0(t1)
1:  wfi
    csrr t0, sip
    andi t0, t0, SIP_SSIP
    beqz t0, 1b
    csrci sip, SIP_SSIP
    la t1, woken
    li t0, 1
    amoadd.d.aqrl zero, t0, (t1)
    j 1b

/* idle_20ms: spin on the time CSR for 20 ms */
idle_20ms:
    rdtime t0
    li t1, TIMEBASE_HZ / 50
    add t1, t1, t0
1:  rdtime t0
    bltu t0, t1, 1b
    ret

/* wait_woken(a0 = count, a1 = start time): a0 = 1 if woken reached count within the limit */
wait_woken:
    la t2, woken
    li t3, LIMIT_TICKS
    add t3, t3, a1
1:  ld t0, 0(t2)
    bgeu t0, a0, 2f
    rdtime t1
    bltu t1, t3, 1b
    li a0, 0
    ret
2:  li a0, 1
    ret

GUEST_START
    li a0, 1
    la a1, secondary
    li a2, 0
    SBI_CALL SBI_EXT_HSM, 0
    EXPECT a0, SBI_SUCCESS, "hart_start(1) error"
    la t1, ready
1:  ld t0, 0(t1)
    beqz t0, 1b

    /* SBI IPI extension */
    call idle_20ms
    rdtime s0
    li a0, 1 << 1                   /* hart 1 */
    li a1, 0
    SBI_CALL SBI_EXT_IPI, 0
    EXPECT a0, SBI_SUCCESS, "send_ipi error"
    li a0, 1
    mv a1, s0
    call wait_woken
    PRINT_DEC "send_ipi woke hart 1 from WFI within 250 ms: ", a0

    /* legacy send_ipi: a0 points to the mask */
    call idle_20ms
    la a0, legacy_mask
    li t0, 1 << 1
    sd t0, 0(a0)
    rdtime s0
    SBI_CALL 0x04, 0
    EXPECT a0, 0, "legacy send_ipi error"
    li a0, 2
    mv a1, s0
    call wait_woken
    PRINT_DEC "legacy send_ipi woke hart 1 from WFI within 250 ms: ", a0

    PUTS "ipi_wfi: done\n"
    SBI_SHUTDOWN
