/* Instruction decoding: a 32-bit (or RVC-expanded) instruction word to struct insn, driven by the
 * table in insn_table.h. Pure functions; any thread. */
#ifndef CAPA_CPU_DECODE_H
#define CAPA_CPU_DECODE_H

#include <stdint.h>

#include "cpu/insn_table.h"

enum insn_op {
    OP_ILLEGAL = 0,
#define INSN_ENUM(name, mask, match, fmt) OP_##name,
    INSN_TABLE_INT(INSN_ENUM) OP_FP_FIRST_,
    INSN_TABLE_FP(INSN_ENUM) OP_COUNT
#undef INSN_ENUM
};
/* The first FP computational op (FMADD_S) equals OP_FP_FIRST_ + 1. */
#define OP_IS_FP(op) ((op) > OP_FP_FIRST_ && (op) < OP_COUNT)

enum insn_fmt { FMT_R, FMT_I, FMT_S, FMT_B, FMT_U, FMT_J, FMT_SH, FMT_CSR };

struct insn {
    uint16_t op; /* enum insn_op */
    uint8_t rd, rs1, rs2, rs3;
    uint8_t rm;   /* funct3: the rounding mode of FP instructions */
    uint8_t len;  /* 2 for compressed, 4 otherwise */
    int32_t imm;  /* per format, see insn_table.h (every RV64 immediate fits in 32 bits) */
    uint32_t raw; /* the instruction as fetched (16 bits for RVC): the illegal-instruction tval */
};

/* Decode a 32-bit instruction word. Unknown encodings give op = OP_ILLEGAL. */
void insn_decode(uint32_t word, struct insn *out);

/* Decode a 16-bit compressed instruction (RVC, unprivileged ch. 16) by expanding it to the 32-bit
 * instruction it stands for. Reserved and illegal encodings give op = OP_ILLEGAL. */
void insn_decode_rvc(uint16_t half, struct insn *out);

/* Expand RVC to its 32-bit equivalent; 0 for reserved/illegal encodings (RV64GC). */
uint32_t rvc_expand(uint16_t half);

/* The mnemonic of op ("addi", "fcvt.w.s", ...), for tracing and tests. */
const char *insn_name(enum insn_op op);

#endif
