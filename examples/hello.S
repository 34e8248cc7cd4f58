/* The bare-metal demo: prints a greeting through the HTIF console (device 1, command 1), sums
 * 1..1000000 as a tiny workload, and exits through HTIF with status 0. */
    .section .text.init
    .globl _start
_start:
    la      s0, message
1:  lbu     a0, 0(s0)
    beqz    a0, 2f
    li      t0, (1 << 56) | (1 << 48)   /* device 1 (console), command 1 (write) */
    or      a0, a0, t0
    la      t1, tohost
    sd      a0, 0(t1)
3:  ld      t2, 0(t1)                   /* wait until the host has taken the character */
    bnez    t2, 3b
    addi    s0, s0, 1
    j       1b
2:  li      t0, 0                       /* sum 1..1000000 */
    li      t1, 1000000
4:  add     t0, t0, t1
    addi    t1, t1, -1
    bnez    t1, 4b
    li      t1, 500000500000
    bne     t0, t1, fail
    li      a0, 1
    la      t1, tohost
    sd      a0, 0(t1)
5:  j       5b
fail:
    li      a0, 3
    la      t1, tohost
    sd      a0, 0(t1)
6:  j       6b

    .section .rodata
message:
    .string "Hello from a RISC-V hart inside capa!\n"

    .section .tohost, "aw", @progbits
    .align 6
    .globl tohost
tohost: .dword 0
    .size tohost, 8
    .align 6
    .globl fromhost
fromhost: .dword 0
    .size fromhost, 8
