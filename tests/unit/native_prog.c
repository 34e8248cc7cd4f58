/* Encoders for test_native's programs (see native_prog.h). */
#include "native_prog.h"

#include <stdio.h>
#include <stdlib.h>

/* ---- Encoding ---------------------------------------------------------------------------- */

/* Mask, match and format of every integer op, from the table the decoder uses: the encoders
 * below only place operand fields, and verify() decodes each result independently of them. */
static const struct {
    uint32_t mask, match;
    uint8_t fmt;
} enc_of[OP_COUNT] = {
#define ENC(name, mask, match, fmt) [OP_##name] = { mask, match, FMT_##fmt },
    INSN_TABLE_INT(ENC)
#undef ENC
};

/* The op's instruction format (FMT_R, FMT_I, FMT_SH, FMT_U...). */
unsigned op_format(unsigned op)
{
    return enc_of[op].fmt;
}

bool sh_is_w(unsigned op)
{
    return enc_of[op].mask & (1u << 25); /* 5-bit shift amount: bit 25 is part of the opcode */
}

static bool r_is_unary(unsigned op)
{
    return (enc_of[op].mask & 0x01f00000u) == 0x01f00000u; /* rs2 field fixed: CLZ, REV8... */
}

void verify(struct prog *p, uint32_t word, unsigned len, const struct want *w)
{
    struct insn in;
    if (len == 4)
        insn_decode(word, &in);
    else
        insn_decode_rvc((uint16_t)word, &in);
    bool ok = in.op == w->op && in.len == len && (!(w->cmp & W_RD) || in.rd == w->rd) &&
              (!(w->cmp & W_RS1) || in.rs1 == w->rs1) && (!(w->cmp & W_RS2) || in.rs2 == w->rs2) &&
              (!(w->cmp & W_IMM) || in.imm == w->imm);
    if (ok)
        return;
    if (!p->bad++)
        snprintf(p->bad_why, sizeof(p->bad_why),
                 "insn %u (%0*x) decodes as %s rd %u rs1 %u rs2 %u imm %d, meant %s rd %u rs1 %u "
                 "rs2 %u imm %d",
                 p->n, len * 2, word, insn_name(in.op), in.rd, in.rs1, in.rs2, in.imm,
                 insn_name(w->op), w->rd, w->rs1, w->rs2, w->imm);
}

void prog_put(struct prog *p, unsigned at, uint32_t word, unsigned len)
{
    for (unsigned i = 0; i < len; i++)
        p->code[at + i] = (uint8_t)(word >> (8 * i));
}

/* Append one instruction; w (NULL for a placeholder patched later) is what it must mean. */
void emit(struct prog *p, uint32_t word, unsigned len, const struct want *w)
{
    if (p->n >= MAX_INSNS || p->bytes + len > CODE_MAX) {
        fprintf(stderr, "test program too long\n");
        exit(2);
    }
    if (w)
        verify(p, word, len, w);
    p->off[p->n++] = (uint16_t)p->bytes;
    prog_put(p, p->bytes, word, len);
    p->bytes += len;
}

void prog_begin(struct prog *p, uint64_t start)
{
    p->start = start;
    p->base = DATA_BASE + 0x1000;
    p->mmio = p->loops = false;
    p->n = p->bytes = p->bad = 0;
    p->bad_why[0] = 0;
}

void prog_end(struct prog *p, bool compressed)
{
    p->ebreak_pc = p->start + p->bytes;
    struct want w = { .op = OP_EBREAK };
    emit(p, compressed ? C_EBREAK : EBREAK, compressed ? 2 : 4, &w);
}

static uint32_t enc_r(unsigned op, unsigned rd, unsigned rs1, unsigned rs2)
{
    uint32_t word = enc_of[op].match | rd << 7 | rs1 << 15;
    return r_is_unary(op) ? word : word | rs2 << 20;
}

uint32_t enc_i(unsigned op, unsigned rd, unsigned rs1, int32_t imm)
{
    return enc_of[op].match | rd << 7 | rs1 << 15 | ((uint32_t)imm & 0xfff) << 20;
}

uint32_t enc_s(unsigned op, unsigned rs1, unsigned rs2, int32_t imm)
{
    uint32_t u = (uint32_t)imm;
    return enc_of[op].match | ((u >> 5) & 0x7f) << 25 | rs2 << 20 | rs1 << 15 | (u & 31) << 7;
}

uint32_t enc_b(unsigned op, unsigned rs1, unsigned rs2, int32_t imm)
{
    uint32_t u = (uint32_t)imm;
    return enc_of[op].match | ((u >> 12) & 1) << 31 | ((u >> 5) & 0x3f) << 25 | rs2 << 20 |
           rs1 << 15 | ((u >> 1) & 0xf) << 8 | ((u >> 11) & 1) << 7;
}

uint32_t enc_j(unsigned rd, int32_t imm)
{
    uint32_t u = (uint32_t)imm;
    return enc_of[OP_JAL].match | rd << 7 | ((u >> 20) & 1) << 31 | ((u >> 1) & 0x3ff) << 21 |
           ((u >> 11) & 1) << 20 | ((u >> 12) & 0xff) << 12;
}

/* The trap handler at mtvec: an access fault (a load or store, always 32-bit here) skips the
 * instruction, so programs may touch unmapped memory and go on; EBREAK (mcause 3) ends the
 * program in WFI, where hart_run returns, at an exact instruction count. It borrows x1 through
 * mscratch and leaves every register as it found it. */
unsigned trap_handler(uint32_t *w)
{
    enum { MSCRATCH = 0x340, MEPC = 0x341, MCAUSE = 0x342 };
    unsigned n = 0;
    w[n++] = enc_i(OP_CSRRW, 1, 1, MSCRATCH);
    w[n++] = enc_i(OP_CSRRS, 1, 0, MCAUSE);
    w[n++] = enc_i(OP_ADDI, 1, 1, -EXC_BREAKPOINT);
    w[n++] = enc_b(OP_BEQ, 1, 0, 6 * 4); /* to the end */
    w[n++] = enc_i(OP_CSRRS, 1, 0, MEPC);
    w[n++] = enc_i(OP_ADDI, 1, 1, 4);
    w[n++] = enc_i(OP_CSRRW, 0, 1, MEPC);
    w[n++] = enc_i(OP_CSRRW, 1, 1, MSCRATCH);
    w[n++] = 0x30200073; /* mret */
    w[n++] = enc_i(OP_CSRRW, 1, 1, MSCRATCH);
    w[n++] = WFI;
    w[n] = enc_j(0, -4);
    return n + 1;
}

/* One 32-bit integer op of format R, I, SH or U: imm is the 12-bit immediate, the shift amount,
 * or the 20-bit upper immediate. */
void op32(struct prog *p, unsigned op, unsigned rd, unsigned rs1, unsigned rs2, int32_t imm)
{
    struct want w = { .op = (uint16_t)op,
                      .rd = (uint8_t)rd,
                      .rs1 = (uint8_t)rs1,
                      .rs2 = (uint8_t)rs2,
                      .cmp = W_RD | W_RS1 };
    uint32_t word;
    switch (enc_of[op].fmt) {
    case FMT_U:
        word = enc_of[op].match | rd << 7 | ((uint32_t)imm & 0xfffff) << 12;
        w.imm = (int32_t)(((uint32_t)imm & 0xfffff) << 12);
        w.cmp = W_RD | W_IMM;
        break;
    case FMT_I:
        word = enc_i(op, rd, rs1, imm);
        w.imm = imm;
        w.cmp |= W_IMM;
        break;
    case FMT_SH:
        word = enc_of[op].match | rd << 7 | rs1 << 15 | ((uint32_t)imm & 63) << 20;
        w.imm = imm;
        w.cmp |= W_IMM;
        break;
    default:
        word = enc_r(op, rd, rs1, rs2);
        if (!r_is_unary(op))
            w.cmp |= W_RS2;
        break;
    }
    emit(p, word, 4, &w);
}

void load32(struct prog *p, unsigned op, unsigned rd, unsigned rs1, int32_t imm)
{
    struct want w = { .op = (uint16_t)op,
                      .rd = (uint8_t)rd,
                      .rs1 = (uint8_t)rs1,
                      .imm = imm,
                      .cmp = W_RD | W_RS1 | W_IMM };
    emit(p, enc_i(op, rd, rs1, imm), 4, &w);
}

void store32(struct prog *p, unsigned op, unsigned rs1, unsigned rs2, int32_t imm)
{
    struct want w = { .op = (uint16_t)op,
                      .rs1 = (uint8_t)rs1,
                      .rs2 = (uint8_t)rs2,
                      .imm = imm,
                      .cmp = W_RS1 | W_RS2 | W_IMM };
    emit(p, enc_s(op, rs1, rs2, imm), 4, &w);
}

/* A counted loop: loop_begin sets x29 to iters and returns the head, loop_end counts down and
 * branches back. Loops run native code more than once, the second time with warm TLBs, so that
 * loads and stores are served by host code and not only by its exits. */
unsigned loop_begin(struct prog *p, unsigned iters)
{
    op32(p, OP_ADDI, LOOP_REG, 0, 0, (int32_t)iters);
    return p->bytes;
}

void loop_end(struct prog *p, unsigned head)
{
    op32(p, OP_ADDI, LOOP_REG, LOOP_REG, 0, -1);
    int32_t off = (int32_t)head - (int32_t)p->bytes;
    struct want w = {
        .op = OP_BNE, .rs1 = LOOP_REG, .rs2 = 0, .imm = off, .cmp = W_RS1 | W_RS2 | W_IMM
    };
    emit(p, enc_b(OP_BNE, LOOP_REG, 0, off), 4, &w);
}

/* CI format: funct3, imm[5] at 12, rd at 11:7, imm[4:0] at 6:2. */
static uint16_t enc_ci(unsigned f3, unsigned rd, int32_t imm, unsigned quadrant)
{
    uint32_t u = (uint32_t)imm;
    return (uint16_t)(f3 << 13 | ((u >> 5) & 1) << 12 | rd << 7 | (u & 31) << 2 | quadrant);
}

/* Emit compressed op c. rd and rs2 must suit it (x8..x15 where the format has 3-bit fields,
 * nonzero where zero means another instruction); imm is the immediate in its final scale
 * (C.LUI: the 6-bit value that lands in bits 17:12; shifts: the amount). */
void op16(struct prog *p, enum c_op c, unsigned rd, unsigned rs2, int32_t imm)
{
    struct want w = { .rd = (uint8_t)rd,
                      .rs1 = (uint8_t)rd,
                      .rs2 = (uint8_t)rs2,
                      .imm = imm,
                      .cmp = W_RD | W_RS1 | W_IMM };
    uint32_t u = (uint32_t)imm;
    uint16_t half = 0;
    unsigned r3 = (rd - 8) & 7, s3 = (rs2 - 8) & 7;
    switch (c) {
    case C_ADDI:
        half = enc_ci(0, rd, imm, 1);
        w.op = OP_ADDI;
        break;
    case C_ADDIW:
        half = enc_ci(1, rd, imm, 1);
        w.op = OP_ADDIW;
        break;
    case C_LI:
        half = enc_ci(2, rd, imm, 1);
        w.op = OP_ADDI;
        w.rs1 = 0;
        break;
    case C_LUI:
        half = enc_ci(3, rd, imm, 1);
        w.op = OP_LUI;
        w.imm = (int32_t)(u << 26) >> 14; /* the 6-bit value, sign-extended, at bit 12 */
        w.cmp = W_RD | W_IMM;
        break;
    case C_ADDI16SP:
        half = (uint16_t)(0x6101 | ((u >> 9) & 1) << 12 | ((u >> 4) & 1) << 6 |
                          ((u >> 6) & 1) << 5 | ((u >> 7) & 3) << 3 | ((u >> 5) & 1) << 2);
        w.op = OP_ADDI;
        w.rd = w.rs1 = 2;
        break;
    case C_ADDI4SPN:
        half = (uint16_t)(((u >> 4) & 3) << 11 | ((u >> 6) & 15) << 7 | ((u >> 2) & 1) << 6 |
                          ((u >> 3) & 1) << 5 | r3 << 2);
        w.op = OP_ADDI;
        w.rs1 = 2;
        break;
    case C_NOP:
        half = 0x0001;
        w.op = OP_ADDI;
        w.rd = w.rs1 = 0;
        w.imm = 0;
        break;
    case C_SRLI:
    case C_SRAI:
    case C_ANDI:
        half = (uint16_t)(0x8001 | ((u >> 5) & 1) << 12 | (unsigned)(c - C_SRLI) << 10 | r3 << 7 |
                          (u & 31) << 2);
        w.op = c == C_SRLI ? OP_SRLI : c == C_SRAI ? OP_SRAI : OP_ANDI;
        break;
    case C_SUB:
    case C_XOR:
    case C_OR:
    case C_AND:
        half = (uint16_t)(0x8c01 | r3 << 7 | (unsigned)(c - C_SUB) << 5 | s3 << 2);
        w.op = (uint16_t)(c == C_SUB ? OP_SUB : c == C_XOR ? OP_XOR : c == C_OR ? OP_OR : OP_AND);
        w.cmp = W_RD | W_RS1 | W_RS2;
        break;
    case C_SUBW:
    case C_ADDW:
        half = (uint16_t)(0x9c01 | r3 << 7 | (unsigned)(c - C_SUBW) << 5 | s3 << 2);
        w.op = c == C_SUBW ? OP_SUBW : OP_ADDW;
        w.cmp = W_RD | W_RS1 | W_RS2;
        break;
    case C_SLLI:
        half = enc_ci(0, rd, imm, 2);
        w.op = OP_SLLI;
        break;
    case C_MV:
        half = (uint16_t)(0x8002 | rd << 7 | rs2 << 2);
        w.op = OP_ADD;
        w.rs1 = 0;
        w.cmp = W_RD | W_RS1 | W_RS2;
        break;
    case C_ADD:
        half = (uint16_t)(0x9002 | rd << 7 | rs2 << 2);
        w.op = OP_ADD;
        w.cmp = W_RD | W_RS1 | W_RS2;
        break;
    case C_OPS: break;
    }
    emit(p, half, 2, &w);
}
