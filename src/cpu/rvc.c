/* RVC: expansion of 16-bit compressed instructions to their 32-bit equivalents (unprivileged spec
 * ch. 16, tables 16.4-16.6, RV64 column). Expanding keeps one decoder and one interpreter. */
#include "cpu/decode.h"

static inline uint32_t bit(uint32_t w, unsigned b)
{
    return (w >> b) & 1;
}

static inline uint32_t bits(uint32_t w, unsigned hi, unsigned lo)
{
    return (w >> lo) & ((1u << (hi - lo + 1)) - 1);
}

/* 32-bit encoders (unprivileged spec 2.3). */
static uint32_t enc_i(uint32_t opc, uint32_t f3, uint32_t rd, uint32_t rs1, int32_t imm)
{
    return ((uint32_t)imm & 0xfff) << 20 | rs1 << 15 | f3 << 12 | rd << 7 | opc;
}

static uint32_t enc_s(uint32_t opc, uint32_t f3, uint32_t rs1, uint32_t rs2, int32_t imm)
{
    uint32_t u = (uint32_t)imm;
    return bits(u, 11, 5) << 25 | rs2 << 20 | rs1 << 15 | f3 << 12 | bits(u, 4, 0) << 7 | opc;
}

static uint32_t enc_r(uint32_t opc, uint32_t f3, uint32_t f7, uint32_t rd, uint32_t rs1,
                      uint32_t rs2)
{
    return f7 << 25 | rs2 << 20 | rs1 << 15 | f3 << 12 | rd << 7 | opc;
}

static uint32_t enc_b(uint32_t f3, uint32_t rs1, uint32_t rs2, int32_t imm)
{
    uint32_t u = (uint32_t)imm;
    return bit(u, 12) << 31 | bits(u, 10, 5) << 25 | rs2 << 20 | rs1 << 15 | f3 << 12 |
           bits(u, 4, 1) << 8 | bit(u, 11) << 7 | 0x63;
}

static uint32_t enc_j(uint32_t rd, int32_t imm)
{
    uint32_t u = (uint32_t)imm;
    return bit(u, 20) << 31 | bits(u, 10, 1) << 21 | bit(u, 11) << 20 | bits(u, 19, 12) << 12 |
           rd << 7 | 0x6f;
}

static int32_t sext(uint32_t v, unsigned width)
{
    return (int32_t)(v << (32 - width)) >> (32 - width);
}

enum {
    OPC_LOAD = 0x03,
    OPC_LOAD_FP = 0x07,
    OPC_OP_IMM = 0x13,
    OPC_OP_IMM32 = 0x1b,
    OPC_STORE = 0x23,
    OPC_STORE_FP = 0x27,
    OPC_OP = 0x33,
    OPC_LUI = 0x37,
    OPC_OP32 = 0x3b,
    OPC_JALR = 0x67,
    OPC_SYSTEM = 0x73
};

static uint32_t expand_q0(uint32_t c)
{
    uint32_t rdp = 8 + bits(c, 4, 2), rs1p = 8 + bits(c, 9, 7);
    uint32_t uimm_w = bits(c, 12, 10) << 3 | bit(c, 6) << 2 | bit(c, 5) << 6;
    uint32_t uimm_d = bits(c, 12, 10) << 3 | bits(c, 6, 5) << 6;
    switch (bits(c, 15, 13)) {
    case 0: { /* C.ADDI4SPN; nzuimm = 0 is reserved (and covers the all-zero instruction) */
        uint32_t nzuimm =
            bits(c, 12, 11) << 4 | bits(c, 10, 7) << 6 | bit(c, 6) << 2 | bit(c, 5) << 3;
        return nzuimm ? enc_i(OPC_OP_IMM, 0, rdp, 2, nzuimm) : 0;
    }
    case 1: return enc_i(OPC_LOAD_FP, 3, rdp, rs1p, uimm_d);  /* C.FLD */
    case 2: return enc_i(OPC_LOAD, 2, rdp, rs1p, uimm_w);     /* C.LW */
    case 3: return enc_i(OPC_LOAD, 3, rdp, rs1p, uimm_d);     /* C.LD */
    case 5: return enc_s(OPC_STORE_FP, 3, rs1p, rdp, uimm_d); /* C.FSD */
    case 6: return enc_s(OPC_STORE, 2, rs1p, rdp, uimm_w);    /* C.SW */
    case 7: return enc_s(OPC_STORE, 3, rs1p, rdp, uimm_d);    /* C.SD */
    default: return 0;                                        /* 4: reserved */
    }
}

static uint32_t expand_q1_arith(uint32_t c)
{
    uint32_t rdp = 8 + bits(c, 9, 7), rs2p = 8 + bits(c, 4, 2);
    uint32_t shamt = bit(c, 12) << 5 | bits(c, 6, 2);
    switch (bits(c, 11, 10)) {
    case 0: return enc_i(OPC_OP_IMM, 5, rdp, rdp, shamt);          /* C.SRLI */
    case 1: return enc_i(OPC_OP_IMM, 5, rdp, rdp, 0x400 | shamt);  /* C.SRAI */
    case 2: return enc_i(OPC_OP_IMM, 7, rdp, rdp, sext(shamt, 6)); /* C.ANDI */
    default: break;
    }
    static const uint8_t f3_op[4] = { 0, 4, 6, 7 }; /* SUB XOR OR AND */
    uint32_t f2 = bits(c, 6, 5);
    if (!bit(c, 12))
        return enc_r(OPC_OP, f3_op[f2], f2 == 0 ? 0x20 : 0, rdp, rdp, rs2p);
    if (f2 == 0)
        return enc_r(OPC_OP32, 0, 0x20, rdp, rdp, rs2p); /* C.SUBW */
    if (f2 == 1)
        return enc_r(OPC_OP32, 0, 0x00, rdp, rdp, rs2p); /* C.ADDW */
    return 0;                                            /* reserved */
}

static uint32_t expand_q1(uint32_t c)
{
    uint32_t rd = bits(c, 11, 7);
    int32_t imm6 = sext(bit(c, 12) << 5 | bits(c, 6, 2), 6);
    switch (bits(c, 15, 13)) {
    case 0: return enc_i(OPC_OP_IMM, 0, rd, rd, imm6);            /* C.ADDI / C.NOP */
    case 1: return rd ? enc_i(OPC_OP_IMM32, 0, rd, rd, imm6) : 0; /* C.ADDIW */
    case 2: return enc_i(OPC_OP_IMM, 0, rd, 0, imm6);             /* C.LI */
    case 3:
        if (rd == 2) { /* C.ADDI16SP */
            int32_t nzimm = sext(bit(c, 12) << 9 | bit(c, 6) << 4 | bit(c, 5) << 6 |
                                     bits(c, 4, 3) << 7 | bit(c, 2) << 5,
                                 10);
            return nzimm ? enc_i(OPC_OP_IMM, 0, 2, 2, nzimm) : 0;
        } else { /* C.LUI */
            int32_t nzimm = sext(bit(c, 12) << 17 | bits(c, 6, 2) << 12, 18);
            return nzimm ? ((uint32_t)nzimm & 0xfffff000u) | rd << 7 | OPC_LUI : 0;
        }
    case 4: return expand_q1_arith(c);
    case 5: /* C.J */
        return enc_j(0, sext(bit(c, 12) << 11 | bit(c, 11) << 4 | bits(c, 10, 9) << 8 |
                                 bit(c, 8) << 10 | bit(c, 7) << 6 | bit(c, 6) << 7 |
                                 bits(c, 5, 3) << 1 | bit(c, 2) << 5,
                             12));
    default: { /* 6: C.BEQZ, 7: C.BNEZ */
        int32_t off = sext(bit(c, 12) << 8 | bits(c, 11, 10) << 3 | bits(c, 6, 5) << 6 |
                               bits(c, 4, 3) << 1 | bit(c, 2) << 5,
                           9);
        return enc_b(bits(c, 15, 13) == 6 ? 0 : 1, 8 + bits(c, 9, 7), 0, off);
    }
    }
}

static uint32_t expand_q2(uint32_t c)
{
    uint32_t rd = bits(c, 11, 7), rs2 = bits(c, 6, 2);
    uint32_t sp_d = bit(c, 12) << 5 | bits(c, 6, 5) << 3 | bits(c, 4, 2) << 6;
    uint32_t sp_w = bit(c, 12) << 5 | bits(c, 6, 4) << 2 | bits(c, 3, 2) << 6;
    uint32_t ss_d = bits(c, 12, 10) << 3 | bits(c, 9, 7) << 6;
    uint32_t ss_w = bits(c, 12, 9) << 2 | bits(c, 8, 7) << 6;
    switch (bits(c, 15, 13)) {
    case 0: return enc_i(OPC_OP_IMM, 1, rd, rd, bit(c, 12) << 5 | bits(c, 6, 2)); /* C.SLLI */
    case 1: return enc_i(OPC_LOAD_FP, 3, rd, 2, sp_d);                            /* C.FLDSP */
    case 2: return rd ? enc_i(OPC_LOAD, 2, rd, 2, sp_w) : 0;                      /* C.LWSP */
    case 3: return rd ? enc_i(OPC_LOAD, 3, rd, 2, sp_d) : 0;                      /* C.LDSP */
    case 4:
        if (!bit(c, 12)) {
            if (rs2 == 0)
                return rd ? enc_i(OPC_JALR, 0, 0, rd, 0) : 0; /* C.JR */
            return enc_r(OPC_OP, 0, 0, rd, 0, rs2);           /* C.MV */
        }
        if (rs2 == 0) {
            if (rd == 0)
                return 0x00100073;               /* C.EBREAK */
            return enc_i(OPC_JALR, 0, 1, rd, 0); /* C.JALR */
        }
        return enc_r(OPC_OP, 0, 0, rd, rd, rs2);         /* C.ADD */
    case 5: return enc_s(OPC_STORE_FP, 3, 2, rs2, ss_d); /* C.FSDSP */
    case 6: return enc_s(OPC_STORE, 2, 2, rs2, ss_w);    /* C.SWSP */
    default: return enc_s(OPC_STORE, 3, 2, rs2, ss_d);   /* C.SDSP */
    }
}

uint32_t rvc_expand(uint16_t half)
{
    uint32_t c = half;
    switch (c & 3) {
    case 0: return expand_q0(c);
    case 1: return expand_q1(c);
    case 2: return expand_q2(c);
    default: return 0; /* not a compressed instruction */
    }
}
