/* Guest-tier test environment: S-mode programs booted by `capa run --kernel` (no firmware; capa
 * implements SBI itself). Written from the RISC-V SBI specification v2.0 and the QEMU virt
 * memory map; nothing here is shared with capa's sources.
 *
 * A test is:
 *     #include "sbi.h"
 *     GUEST_START
 *         ... test body, entered in S-mode with a0 = hartid, a1 = device tree, sp set ...
 *     SBI_SHUTDOWN
 *
 * Conventions: the library routines below follow the psABI (they clobber a0-a7 and t0-t6, keep
 * s0-s11 and sp). EXPECT also uses t6. A failed EXPECT prints "FAIL: <what> (got 0x...)" and
 * ends the run with SRST shutdown / system failure (capa exit status 1); an unexpected trap does
 * the same after printing scause, sepc and stval. Results go to the console through DBCN. */
#ifndef CAPA_GUEST_SBI_H
#define CAPA_GUEST_SBI_H

/* Extension IDs (SBI v2.0: BASE ch. 4, legacy ch. 5, TIME 6, IPI 7, RFENCE 8, HSM 9, SRST 10,
 * DBCN 12). */
#define SBI_EXT_BASE   0x10
#define SBI_EXT_TIME   0x54494d45
#define SBI_EXT_IPI    0x735049
#define SBI_EXT_RFENCE 0x52464e43
#define SBI_EXT_HSM    0x48534d
#define SBI_EXT_SRST   0x53525354
#define SBI_EXT_DBCN   0x4442434e
#define SBI_LEGACY_SET_TIMER 0x00
#define SBI_LEGACY_PUTCHAR   0x01
#define SBI_LEGACY_GETCHAR   0x02
#define SBI_LEGACY_SHUTDOWN  0x08

/* Standard error codes (SBI 3.2, table 1). */
#define SBI_SUCCESS               0
#define SBI_ERR_FAILED            -1
#define SBI_ERR_NOT_SUPPORTED     -2
#define SBI_ERR_INVALID_PARAM     -3
#define SBI_ERR_DENIED            -4
#define SBI_ERR_INVALID_ADDRESS   -5
#define SBI_ERR_ALREADY_AVAILABLE -6

/* HSM states (SBI 9, table 16). */
#define HSM_STARTED 0
#define HSM_STOPPED 1

/* S-mode CSR bits (privileged spec 12.1). */
#define SSTATUS_SIE 0x2
#define SIP_SSIP    0x2
#define SIP_STIP    0x20
#define SIP_SEIP    0x200
#define SCAUSE_INT  0x8000000000000000
#define CSR_STIMECMP 0x14d /* Sstc */

/* The virt board (QEMU virt memory map). */
#define SYSCON_BASE 0x00100000
#define RTC_BASE    0x00101000
#define PLIC_BASE   0x0c000000
#define UART_BASE   0x10000000
#define UART_IRQ    10
#define RAM_BASE    0x80000000
#define TIMEBASE_HZ 10000000 /* the device tree's timebase-frequency */

/* ecall with a7 = eid, a6 = fid; arguments already in a0..a5. Returns a0 = error, a1 = value. */
.macro SBI_CALL eid, fid
    li a7, \eid
    li a6, \fid
    ecall
.endm

/* SRST system_reset(shutdown, reason) (SBI 10.1); does not return. */
.macro SBI_SHUTDOWN reason=0
    li a0, 0
    li a1, \reason
    SBI_CALL SBI_EXT_SRST, 0
    j __still_running
.endm

/* Print a string literal. */
.macro PUTS str
    .pushsection .rodata
.Lputs_str\@: .asciz "\str"
    .popsection
    la a0, .Lputs_str\@
    call puts
.endm

/* Print "<label><value>\n", the value in signed decimal or in hex. */
.macro PRINT_DEC label, reg
    mv a1, \reg
    .pushsection .rodata
.Lpd_str\@: .asciz "\label"
    .popsection
    la a0, .Lpd_str\@
    call print_dec_line
.endm
.macro PRINT_HEX label, reg
    mv a1, \reg
    .pushsection .rodata
.Lph_str\@: .asciz "\label"
    .popsection
    la a0, .Lph_str\@
    call print_hex_line
.endm

/* Fail the run unless reg == value (reg must not be t6). */
.macro EXPECT reg, value, what
    li t6, \value
    beq \reg, t6, .Lexpect_ok\@
    mv a1, \reg
    .pushsection .rodata
.Lexpect_str\@: .asciz "\what"
    .popsection
    la a0, .Lexpect_str\@
    j expect_failed
.Lexpect_ok\@:
.endm

/* Fail the run unless reg == other (a register; neither may be a0 or a1). */
.macro EXPECT_EQ reg, other, what
    beq \reg, \other, .Lexpect_ok\@
    mv a1, \reg
    .pushsection .rodata
.Lexpect_str\@: .asciz "\what"
    .popsection
    la a0, .Lexpect_str\@
    j expect_failed
.Lexpect_ok\@:
.endm

/* Entry point: stack, default trap handler, then the test body that follows. The library
 * routines are emitted into .text, after the body (which is in .text.init, at the entry). */
.macro GUEST_START
    .section .text.init, "ax", @progbits
    .globl _start
_start:
    la sp, __stack_top
    la t0, __unexpected_trap
    csrw stvec, t0
    j __test_body

    .text
/* puts(a0 = NUL-terminated string): DBCN console_write (SBI 12.1) of the whole string. */
puts:
    mv t0, a0
1:  lbu t1, 0(t0)
    beqz t1, 2f
    addi t0, t0, 1
    j 1b
2:  sub t0, t0, a0
    beqz t0, 3f
    mv a1, a0             /* base_addr_lo: physical (satp is Bare) */
    mv a0, t0             /* num_bytes */
    li a2, 0              /* base_addr_hi */
    SBI_CALL SBI_EXT_DBCN, 0
3:  ret

/* put_dec(a0): signed decimal. */
put_dec:
    addi sp, sp, -32
    addi t0, sp, 32       /* digits are built backwards from the end of the buffer */
    mv t1, t0
    mv t2, a0
    bgez t2, 1f
    neg t2, t2            /* INT64_MIN stays 2^63 as an unsigned number: still right */
1:  li t3, 10
2:  remu t4, t2, t3
    divu t2, t2, t3
    addi t4, t4, '0'
    addi t1, t1, -1
    sb t4, 0(t1)
    bnez t2, 2b
    bgez a0, 3f
    li t4, '-'
    addi t1, t1, -1
    sb t4, 0(t1)
3:  sub a0, t0, t1
    mv a1, t1
    li a2, 0
    SBI_CALL SBI_EXT_DBCN, 0
    addi sp, sp, 32
    ret

/* put_hex(a0): 0x followed by the hex digits without leading zeros. */
put_hex:
    addi sp, sp, -32
    addi t0, sp, 32
    mv t1, t0
    mv t2, a0
1:  andi t4, t2, 15
    srli t2, t2, 4
    li t3, 10
    blt t4, t3, 2f
    addi t4, t4, 'a' - '0' - 10
2:  addi t4, t4, '0'
    addi t1, t1, -1
    sb t4, 0(t1)
    bnez t2, 1b
    li t4, 'x'
    addi t1, t1, -1
    sb t4, 0(t1)
    li t4, '0'
    addi t1, t1, -1
    sb t4, 0(t1)
    sub a0, t0, t1
    mv a1, t1
    li a2, 0
    SBI_CALL SBI_EXT_DBCN, 0
    addi sp, sp, 32
    ret

/* print_dec_line(a0 = label, a1 = value) and print_hex_line: "<label><value>\n". */
print_dec_line:
    la t5, put_dec
    j 1f
print_hex_line:
    la t5, put_hex
1:  addi sp, sp, -32
    sd ra, 0(sp)
    sd s0, 8(sp)
    sd s1, 16(sp)
    mv s0, a1
    mv s1, t5
    call puts
    mv a0, s0
    jalr s1
    la a0, __newline
    call puts
    ld ra, 0(sp)
    ld s0, 8(sp)
    ld s1, 16(sp)
    addi sp, sp, 32
    ret

/* expect_failed(a0 = what, a1 = got): report and shut down with reason system failure. */
expect_failed:
    mv s0, a0
    mv s1, a1
    PUTS "FAIL: "
    mv a0, s0
    call puts
    PUTS " (got "
    mv a0, s1
    call put_hex
    PUTS ")\n"
    j __fail_exit

    .align 2
__unexpected_trap:
    PUTS "FAIL: unexpected trap, scause "
    csrr a0, scause
    call put_hex
    PUTS " sepc "
    csrr a0, sepc
    call put_hex
    PUTS " stval "
    csrr a0, stval
    call put_hex
    PUTS "\n"
__fail_exit:
    li a0, 0
    li a1, 1              /* SRST reason: system failure */
    SBI_CALL SBI_EXT_SRST, 0
__still_running:          /* SRST returned: report it through the syscon as failure 99 */
    PUTS "FAIL: still running after a shutdown request\n"
    li t0, SYSCON_BASE
    li t1, (99 << 16) | 0x3333
    sw t1, 0(t0)
1:  j 1b

    .pushsection .rodata
__newline: .asciz "\n"
    .popsection

    .section .text.init, "ax", @progbits
__test_body:
.endm

#endif
