/* The console UART (ns16550a at 0x10000000, reg-shift 0; PC16550D data sheet) and the PLIC
 * (RISC-V PLIC specification 1.0.0) wired to hart 0's S-mode context (context 1 on QEMU virt).
 * Checks:
 *  - transmit by polling LSR.THRE (LSR bit 5) and writing THR; LSR reads THRE|TEMT = 0x60 idle;
 *  - PLIC: source 10 priority 1, enabled in context 1 (enable word at 0x2000 + 0x80 * 1);
 *    setting IER.ETBEI (THR empty interrupt) with THR empty raises the interrupt: the PLIC
 *    pending bit 10 is set, but with the context threshold at 1 (priority must be > threshold)
 *    sip.SEIP stays clear; threshold 0 raises SEIP; WFI wakes; setting sstatus.SIE takes the
 *    supervisor external interrupt: scause = 0x8000000000000009;
 *  - the handler claims (0x200004 + 0x1000 * 1) source 10, reads IIR = 0x2 (THR empty, which
 *    also clears it), clears IER and completes; afterwards SEIP is clear and a claim returns 0. */
#include "sbi.h"

#define PLIC_PRIORITY(src) (PLIC_BASE + 4 * (src))
#define PLIC_PENDING       (PLIC_BASE + 0x1000)
#define PLIC_ENABLE(ctx)   (PLIC_BASE + 0x2000 + 0x80 * (ctx))
#define PLIC_THRESHOLD(ctx) (PLIC_BASE + 0x200000 + 0x1000 * (ctx))
#define PLIC_CLAIM(ctx)    (PLIC_BASE + 0x200004 + 0x1000 * (ctx))
#define S_CTX 1 /* hart 0, S-mode */
#define UART_THR 0
#define UART_IER 1
#define UART_IIR 2
#define UART_LSR 5
#define IER_ETBEI 0x2
#define LSR_THRE  0x20

    .section .rodata
hello: .asciz "uart: hello through THR\n"

    .bss
    .align 3
trap_count: .dword 0
trap_cause: .dword 0
trap_claim: .dword 0
trap_iir:   .dword 0

    .text
    .align 2
/* External interrupt handler: claim, identify the UART interrupt, quiet it, complete. */
ext_trap:
    addi sp, sp, -32
    sd t0, 0(sp)
    sd t1, 8(sp)
    sd t2, 16(sp)
    csrr t0, scause
    li t1, SCAUSE_INT | 9
    bne t0, t1, 1f
    la t1, trap_cause
    sd t0, 0(t1)
    li t1, PLIC_CLAIM(S_CTX)
    lw t2, 0(t1)                    /* claim */
    la t0, trap_claim
    sd t2, 0(t0)
    li t0, UART_BASE
    lbu t1, UART_IIR(t0)
    la t0, trap_iir
    sd t1, 0(t0)
    li t0, UART_BASE
    sb zero, UART_IER(t0)           /* no more UART interrupts */
    li t1, PLIC_CLAIM(S_CTX)
    sw t2, 0(t1)                    /* complete */
    la t1, trap_count
    ld t0, 0(t1)
    addi t0, t0, 1
    sd t0, 0(t1)
    ld t0, 0(sp)
    ld t1, 8(sp)
    ld t2, 16(sp)
    addi sp, sp, 32
    sret
1:  ld t0, 0(sp)
    ld t1, 8(sp)
    ld t2, 16(sp)
    addi sp, sp, 32
    j __unexpected_trap

/* a0 = sip.SEIP (0 or 1) */
seip:
    csrr a0, sip
    srli a0, a0, 9
    andi a0, a0, 1
    ret

GUEST_START
    la t0, ext_trap
    csrw stvec, t0

    /* Transmit through THR, polling LSR.THRE before each byte */
    li s0, UART_BASE
    la s1, hello
1:  lbu s2, 0(s1)
    beqz s2, 3f
2:  lbu t0, UART_LSR(s0)
    andi t0, t0, LSR_THRE
    beqz t0, 2b
    sb s2, UART_THR(s0)
    addi s1, s1, 1
    j 1b
3:  lbu s2, UART_LSR(s0)
    PRINT_HEX "lsr: ", s2

    /* PLIC: source 10 at priority 1, enabled for hart 0's S context, threshold 1 for now */
    li t0, PLIC_PRIORITY(UART_IRQ)
    li t1, 1
    sw t1, 0(t0)
    li t0, PLIC_ENABLE(S_CTX)
    li t1, 1 << UART_IRQ
    sw t1, 0(t0)
    li t0, PLIC_THRESHOLD(S_CTX)
    li t1, 1
    sw t1, 0(t0)
    li t0, SIP_SEIP
    csrs sie, t0

    /* THR is empty: enabling its interrupt raises the UART line */
    li t0, UART_BASE
    li t1, IER_ETBEI
    sb t1, UART_IER(t0)
    li t0, PLIC_PENDING
    lw s2, 0(t0)
    srli s2, s2, UART_IRQ
    andi s2, s2, 1
    PRINT_DEC "plic pending[10]: ", s2
    call seip
    PRINT_DEC "threshold 1: SEIP ", a0

    li t0, PLIC_THRESHOLD(S_CTX)
    sw zero, 0(t0)
1:  wfi
    call seip
    beqz a0, 1b
    PRINT_DEC "threshold 0: SEIP ", a0
    la t0, trap_count
    ld t0, 0(t0)
    EXPECT t0, 0, "external interrupt taken with sstatus.SIE clear"
    csrsi sstatus, SSTATUS_SIE
    nop
    csrci sstatus, SSTATUS_SIE

    la t0, trap_count
    ld s2, 0(t0)
    PRINT_DEC "interrupts taken: ", s2
    la t0, trap_cause
    ld s2, 0(t0)
    PRINT_HEX "scause: ", s2
    la t0, trap_claim
    ld s2, 0(t0)
    PRINT_DEC "claimed source: ", s2
    EXPECT s2, UART_IRQ, "claimed source"
    la t0, trap_iir
    ld s2, 0(t0)
    andi s2, s2, 0xf
    PRINT_HEX "iir: ", s2

    call seip
    PRINT_DEC "after complete: SEIP ", a0
    li t0, PLIC_CLAIM(S_CTX)
    lw s2, 0(t0)
    PRINT_DEC "claim with nothing pending: ", s2

    PUTS "uart: done\n"
    SBI_SHUTDOWN
