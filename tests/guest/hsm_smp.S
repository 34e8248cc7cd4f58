/* Hart State Management (SBI v2.0 chapter 9), IPI (chapter 7) and RFENCE (chapter 8) on four
 * harts. Only hart 0 runs at boot; the others are STOPPED until hart_start. Checks:
 *  - hart_get_status (9.3): hart 0 is STARTED (0); hart 7 does not exist: SBI_ERR_INVALID_PARAM;
 *  - hart_start (9.1) of harts 1..3: each starts in S-mode at start_addr with a0 = its hartid and
 *    a1 = the opaque value, satp = 0 and sstatus.SIE = 0 (9.1 table 15); each records a0/a1, adds
 *    1 to a shared counter with amoadd.d and calls hart_stop (9.2); hart 0 polls hart_get_status
 *    until all three are STOPPED (1), then the counter is 3 and each hart saw its own values;
 *  - a stopped hart can be started again (hart 1, counter 4);
 *  - hart_start errors: hartid 7 -> SBI_ERR_INVALID_PARAM, hart 0 (running) ->
 *    SBI_ERR_ALREADY_AVAILABLE, a start_addr outside RAM -> SBI_ERR_INVALID_ADDRESS;
 *  - sbi_send_ipi (7.1) to hart_mask 1 / base 0 (self) sets sip.SSIP; with sie.SSIE and
 *    sstatus.SIE the supervisor software interrupt is taken (scause 0x8000000000000001); a mask
 *    naming hart 7 -> SBI_ERR_INVALID_PARAM (3.1: hart_mask / hart_mask_base);
 *  - RFENCE (8.1-8.3) remote_fence_i, remote_sfence_vma, remote_sfence_vma_asid to all harts
 *    (hart_mask_base = -1) succeed, and one naming hart 7 returns SBI_ERR_INVALID_PARAM. */
/* capa-args: --cpus 4 */
#include "sbi.h"

#define OPAQUE 0x0ca9a000 /* + hartid */
#define NHARTS 4

    .bss
    .align 3
counter:  .dword 0
seen_a0:  .space 8 * NHARTS
seen_a1:  .space 8 * NHARTS
seen_ok:  .space 8 * NHARTS       /* satp == 0 and sstatus.SIE == 0 at entry */
ipi_count: .dword 0
ipi_cause: .dword 0

    .text
    .align 2
/* Secondary harts: no stack, no library calls. */
secondary:
    slli t0, a0, 3
    la t1, seen_a0
    add t1, t1, t0
    sd a0, 0(t1)
    la t1, seen_a1
    add t1, t1, t0
    sd a1, 0(t1)
    csrr t2, satp
    csrr t3, sstatus
    andi t3, t3, SSTATUS_SIE
    or t2, t2, t3
    seqz t2, t2
    la t1, seen_ok
    add t1, t1, t0
    sd t2, 0(t1)
    la t1, counter
    li t2, 1
    amoadd.d.aqrl zero, t2, (t1)
    SBI_CALL SBI_EXT_HSM, 1         /* hart_stop: does not return on success */
1:  wfi                             /* hart_stop failed: hart 0 sees it still STARTED */
    j 1b

    .align 2
ipi_trap:
    addi sp, sp, -16
    sd t0, 0(sp)
    sd t1, 8(sp)
    csrr t0, scause
    li t1, SCAUSE_INT | 1
    bne t0, t1, 1f
    la t1, ipi_cause
    sd t0, 0(t1)
    la t1, ipi_count
    ld t0, 0(t1)
    addi t0, t0, 1
    sd t0, 0(t1)
    csrci sip, SIP_SSIP             /* acknowledge */
    ld t0, 0(sp)
    ld t1, 8(sp)
    addi sp, sp, 16
    sret
1:  ld t0, 0(sp)
    ld t1, 8(sp)
    addi sp, sp, 16
    j __unexpected_trap

/* start_hart(a0 = hartid): hart_start(hartid, secondary, OPAQUE + hartid); a0 = error */
start_hart:
    la a1, secondary
    li a2, OPAQUE
    add a2, a2, a0
    SBI_CALL SBI_EXT_HSM, 0
    ret

/* wait_stopped(a0 = hartid): poll hart_get_status until STOPPED */
wait_stopped:
    mv t0, a0
1:  mv a0, t0
    SBI_CALL SBI_EXT_HSM, 2
    EXPECT a0, SBI_SUCCESS, "hart_get_status error"
    li t1, HSM_STOPPED
    bne a1, t1, 1b
    ret

/* print_hart(a0 = hartid): "hart N: a0 N, a1 - opaque N, entry state ok 1" */
print_hart:
    addi sp, sp, -16
    sd ra, 0(sp)
    sd s0, 8(sp)
    slli s0, a0, 3
    la t0, seen_a0
    add t0, t0, s0
    ld a1, 0(t0)
    PRINT_DEC "  a0: ", a1
    la t0, seen_a1
    add t0, t0, s0
    ld a1, 0(t0)
    li t0, OPAQUE
    sub a1, a1, t0
    PRINT_DEC "  a1 - opaque base: ", a1
    la t0, seen_ok
    add t0, t0, s0
    ld a1, 0(t0)
    PRINT_DEC "  satp = 0, SIE = 0: ", a1
    ld ra, 0(sp)
    ld s0, 8(sp)
    addi sp, sp, 16
    ret

GUEST_START
    mv s0, a0
    PRINT_DEC "boot hart: ", s0
    li a0, 0
    SBI_CALL SBI_EXT_HSM, 2
    EXPECT a0, SBI_SUCCESS, "hart_get_status(0) error"
    PRINT_DEC "status of hart 0: ", a1
    li a0, 1
    SBI_CALL SBI_EXT_HSM, 2
    EXPECT a0, SBI_SUCCESS, "hart_get_status(1) error"
    PRINT_DEC "status of hart 1 before start: ", a1
    li a0, 7
    SBI_CALL SBI_EXT_HSM, 2
    PRINT_DEC "status of hart 7: ", a0

    /* start 1..3, wait until each has stopped itself */
    li s0, 1
1:  mv a0, s0
    call start_hart
    EXPECT a0, SBI_SUCCESS, "hart_start error"
    addi s0, s0, 1
    li t0, NHARTS
    blt s0, t0, 1b
    li s0, 1
2:  mv a0, s0
    call wait_stopped
    addi s0, s0, 1
    li t0, NHARTS
    blt s0, t0, 2b
    PUTS "harts 1-3 stopped\n"
    la t0, counter
    ld s1, 0(t0)
    PRINT_DEC "counter: ", s1
    EXPECT s1, 3, "counter after harts 1-3"
    li s0, 1
3:  PRINT_DEC "hart ", s0
    mv a0, s0
    call print_hart
    addi s0, s0, 1
    li t0, NHARTS
    blt s0, t0, 3b

    /* restart hart 1 */
    la t0, seen_a0
    sd zero, 8(t0)
    li a0, 1
    call start_hart
    EXPECT a0, SBI_SUCCESS, "second hart_start(1) error"
    li a0, 1
    call wait_stopped
    la t0, counter
    ld s1, 0(t0)
    PRINT_DEC "counter after restarting hart 1: ", s1
    EXPECT s1, 4, "counter after the restart"
    la t0, seen_a0
    ld s1, 8(t0)
    PRINT_DEC "restarted hart a0: ", s1

    /* hart_start errors */
    li a0, 7
    call start_hart
    PRINT_DEC "hart_start(7): ", a0
    li a0, 0
    call start_hart
    PRINT_DEC "hart_start(0): ", a0
    li a0, 2
    li a1, 0x1000                   /* not RAM */
    li a2, 0
    SBI_CALL SBI_EXT_HSM, 0
    PRINT_DEC "hart_start(2, 0x1000): ", a0
    li a0, 2
    SBI_CALL SBI_EXT_HSM, 2
    PRINT_DEC "status of hart 2 after the failed start: ", a1

    /* IPI to self: sip.SSIP, then the interrupt */
    la t0, ipi_trap
    csrw stvec, t0
    li a0, 1
    li a1, 0
    SBI_CALL SBI_EXT_IPI, 0
    EXPECT a0, SBI_SUCCESS, "send_ipi(self) error"
    csrr s1, sip
    andi s1, s1, SIP_SSIP
    PRINT_HEX "sip.SSIP after send_ipi: ", s1
    csrsi sie, SIP_SSIP
    csrsi sstatus, SSTATUS_SIE
    nop
    csrci sstatus, SSTATUS_SIE
    la t0, ipi_count
    ld s1, 0(t0)
    PRINT_DEC "software interrupts taken: ", s1
    la t0, ipi_cause
    ld s1, 0(t0)
    PRINT_HEX "scause: ", s1
    csrr s1, sip
    andi s1, s1, SIP_SSIP
    PRINT_HEX "sip.SSIP after the handler: ", s1
    li a0, 1
    li a1, 7                        /* hart 7 does not exist */
    SBI_CALL SBI_EXT_IPI, 0
    PRINT_DEC "send_ipi(mask 1, base 7): ", a0

    /* RFENCE to every hart */
    li a0, 0
    li a1, -1
    SBI_CALL SBI_EXT_RFENCE, 0
    PRINT_DEC "remote_fence_i(all): ", a0
    li a0, 0
    li a1, -1
    li a2, 0
    li a3, -1                       /* start 0, size -1: the whole address space */
    SBI_CALL SBI_EXT_RFENCE, 1
    PRINT_DEC "remote_sfence_vma(all): ", a0
    li a0, 0
    li a1, -1
    li a2, 0
    li a3, -1
    li a4, 0
    SBI_CALL SBI_EXT_RFENCE, 2
    PRINT_DEC "remote_sfence_vma_asid(all, asid 0): ", a0
    li a0, 0xf                      /* harts 0..3 */
    li a1, 0
    li a2, 0
    li a3, -1
    SBI_CALL SBI_EXT_RFENCE, 1
    PRINT_DEC "remote_sfence_vma(mask 0xf): ", a0
    li a0, 0x81                     /* harts 0 and 7 */
    li a1, 0
    li a2, 0
    li a3, -1
    SBI_CALL SBI_EXT_RFENCE, 1
    PRINT_DEC "remote_sfence_vma(harts 0 and 7): ", a0

    PUTS "hsm_smp: done\n"
    SBI_SHUTDOWN
