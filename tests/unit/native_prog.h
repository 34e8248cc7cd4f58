/* Test programs for test_native: the guest memory map they run in, and RISC-V encoders that
 * build them instruction by instruction, each checked against the decoder as it is emitted
 * (a program is what its generator meant, or says where it is not). */
#ifndef CAPA_TESTS_NATIVE_PROG_H
#define CAPA_TESTS_NATIVE_PROG_H

#include <stdbool.h>
#include <stdint.h>

#include "cpu/cpu_internal.h"

/* Guest memory. RAM: the trap handler at mtvec (trap_handler()); code from CODE_BASE, starting
 * at a random halfword of its first page so that page ends cut runs at varying places (or in the
 * page's upper half, when its lower half is data: stores next to decoded code); two data pages
 * around DATA_BASE + 0x1000, so accesses can cross a page; the end of RAM, where accesses fault.
 * MMIO: one page of device registers. Loads and stores reach RAM through x31 and MMIO through
 * x30, and x29 counts loop iterations; random instructions never write these. */
#define RAM_BASE        0x80000000ull
#define RAM_SIZE        0x20000u
#define TRAP_PC         RAM_BASE
#define CODE_BASE       (RAM_BASE + 0x1000)
#define CODE_MAX        0x8000u
#define CODE_DATA_START (CODE_BASE + 0x808) /* code after data in the lower half of the page */
#define DATA_BASE       (RAM_BASE + 0x10000)
#define RAM_END         (RAM_BASE + RAM_SIZE)
#define MMIO_BASE       0x10000000ull
#define MMIO_SIZE       0x1000u
#define BASE_REG        31
#define MMIO_REG        30
#define LOOP_REG        29

#define MAX_INSNS 8192
#define MAX_STEPS 1000000u /* per program and mode: branches go forward, loops run 2 or 3 times */

#define C_EBREAK 0x9002u
#define EBREAK   0x00100073u
#define WFI      0x10500073u

/* What an instruction must decode to; only the fields named in cmp are compared. */
enum { W_RD = 1, W_RS1 = 2, W_RS2 = 4, W_IMM = 8 };
struct want {
    uint16_t op;
    uint8_t rd, rs1, rs2, cmp;
    int32_t imm;
};

/* A program: code bytes as placed at start, and where each instruction begins. */
struct prog {
    uint64_t start, ebreak_pc;
    uint64_t base; /* x31: DATA_BASE + 0x1000, the lower half of the first code page, RAM_END */
    bool mmio;     /* x30 is MMIO_BASE + MMIO_SIZE / 2 (else it is an ordinary register) */
    bool loops;    /* x29 counts loop iterations (else it is an ordinary register) */
    unsigned n, bytes;
    uint16_t off[MAX_INSNS];
    uint8_t code[CODE_MAX];
    unsigned bad;      /* instructions that did not decode as intended */
    char bad_why[160]; /* the first of them */
};

/* RVC (unprivileged ch. 16). Each records the 32-bit instruction it expands to. */
enum c_op {
    /* C_SUB..C_AND, C_SUBW..C_ADDW and C_SRLI..C_ANDI in encoding order (funct2 = c - first) */
    C_SUB,
    C_XOR,
    C_OR,
    C_AND,
    C_SUBW,
    C_ADDW,
    C_SRLI,
    C_SRAI,
    C_ANDI,
    C_ADDI,
    C_ADDIW,
    C_LI,
    C_LUI,
    C_MV,
    C_ADD,
    C_SLLI,
    C_ADDI16SP,
    C_ADDI4SPN,
    C_NOP,
    C_OPS
};

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

/* Building programs (native_prog.c documents each function). */
unsigned op_format(unsigned op);
bool sh_is_w(unsigned op);
void verify(struct prog *p, uint32_t word, unsigned len, const struct want *w);
void prog_put(struct prog *p, unsigned at, uint32_t word, unsigned len);
void emit(struct prog *p, uint32_t word, unsigned len, const struct want *w);
void prog_begin(struct prog *p, uint64_t start);
void prog_end(struct prog *p, bool compressed);
uint32_t enc_i(unsigned op, unsigned rd, unsigned rs1, int32_t imm);
uint32_t enc_s(unsigned op, unsigned rs1, unsigned rs2, int32_t imm);
uint32_t enc_b(unsigned op, unsigned rs1, unsigned rs2, int32_t imm);
uint32_t enc_j(unsigned rd, int32_t imm);
unsigned trap_handler(uint32_t *w);
void op32(struct prog *p, unsigned op, unsigned rd, unsigned rs1, unsigned rs2, int32_t imm);
void load32(struct prog *p, unsigned op, unsigned rd, unsigned rs1, int32_t imm);
void store32(struct prog *p, unsigned op, unsigned rs1, unsigned rs2, int32_t imm);
unsigned loop_begin(struct prog *p, unsigned iters);
void loop_end(struct prog *p, unsigned head);
void op16(struct prog *p, enum c_op c, unsigned rd, unsigned rs2, int32_t imm);

#endif
