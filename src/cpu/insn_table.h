/* The instruction table: one line per RV64GC (+Zba/Zbb/Zbs/Zicond/Zicbom/Zicboz/Zicsr/Zifencei)
 * instruction, as INSN(name, mask, match, format). An instruction word w is `name` when
 * (w & mask) == match. Encodings from the unprivileged ISA spec's opcode maps (ch. 34/37) and the
 * privileged spec (ch. 9). The decoder, interpreter, disassembler and tests all read this table.
 *
 * Formats say which immediate the decoder extracts into insn.imm:
 *   R: none; I: imm[11:0] sign-extended; S: store offset; B: branch offset; U: imm[31:12] << 12;
 *   J: jump offset; SH: shift amount bits 25:20; CSR: CSR number bits 31:20 (zimm in rs1).
 * Integer instructions come first; INSN_TABLE_FP lists those handled by fp_exec(). */
#ifndef CAPA_CPU_INSN_TABLE_H
#define CAPA_CPU_INSN_TABLE_H

#define INSN_TABLE_INT(INSN)                                                                       \
    /* RV64I */                                                                                    \
    INSN(LUI, 0x0000007f, 0x00000037, U)                                                           \
    INSN(AUIPC, 0x0000007f, 0x00000017, U)                                                         \
    INSN(JAL, 0x0000007f, 0x0000006f, J)                                                           \
    INSN(JALR, 0x0000707f, 0x00000067, I)                                                          \
    INSN(BEQ, 0x0000707f, 0x00000063, B)                                                           \
    INSN(BNE, 0x0000707f, 0x00001063, B)                                                           \
    INSN(BLT, 0x0000707f, 0x00004063, B)                                                           \
    INSN(BGE, 0x0000707f, 0x00005063, B)                                                           \
    INSN(BLTU, 0x0000707f, 0x00006063, B)                                                          \
    INSN(BGEU, 0x0000707f, 0x00007063, B)                                                          \
    INSN(LB, 0x0000707f, 0x00000003, I)                                                            \
    INSN(LH, 0x0000707f, 0x00001003, I)                                                            \
    INSN(LW, 0x0000707f, 0x00002003, I)                                                            \
    INSN(LD, 0x0000707f, 0x00003003, I)                                                            \
    INSN(LBU, 0x0000707f, 0x00004003, I)                                                           \
    INSN(LHU, 0x0000707f, 0x00005003, I)                                                           \
    INSN(LWU, 0x0000707f, 0x00006003, I)                                                           \
    INSN(SB, 0x0000707f, 0x00000023, S)                                                            \
    INSN(SH, 0x0000707f, 0x00001023, S)                                                            \
    INSN(SW, 0x0000707f, 0x00002023, S)                                                            \
    INSN(SD, 0x0000707f, 0x00003023, S)                                                            \
    INSN(ADDI, 0x0000707f, 0x00000013, I)                                                          \
    INSN(SLTI, 0x0000707f, 0x00002013, I)                                                          \
    INSN(SLTIU, 0x0000707f, 0x00003013, I)                                                         \
    INSN(XORI, 0x0000707f, 0x00004013, I)                                                          \
    INSN(ORI, 0x0000707f, 0x00006013, I)                                                           \
    INSN(ANDI, 0x0000707f, 0x00007013, I)                                                          \
    INSN(SLLI, 0xfc00707f, 0x00001013, SH)                                                         \
    INSN(SRLI, 0xfc00707f, 0x00005013, SH)                                                         \
    INSN(SRAI, 0xfc00707f, 0x40005013, SH)                                                         \
    INSN(ADD, 0xfe00707f, 0x00000033, R)                                                           \
    INSN(SUB, 0xfe00707f, 0x40000033, R)                                                           \
    INSN(SLL, 0xfe00707f, 0x00001033, R)                                                           \
    INSN(SLT, 0xfe00707f, 0x00002033, R)                                                           \
    INSN(SLTU, 0xfe00707f, 0x00003033, R)                                                          \
    INSN(XOR, 0xfe00707f, 0x00004033, R)                                                           \
    INSN(SRL, 0xfe00707f, 0x00005033, R)                                                           \
    INSN(SRA, 0xfe00707f, 0x40005033, R)                                                           \
    INSN(OR, 0xfe00707f, 0x00006033, R)                                                            \
    INSN(AND, 0xfe00707f, 0x00007033, R)                                                           \
    INSN(ADDIW, 0x0000707f, 0x0000001b, I)                                                         \
    INSN(SLLIW, 0xfe00707f, 0x0000101b, SH)                                                        \
    INSN(SRLIW, 0xfe00707f, 0x0000501b, SH)                                                        \
    INSN(SRAIW, 0xfe00707f, 0x4000501b, SH)                                                        \
    INSN(ADDW, 0xfe00707f, 0x0000003b, R)                                                          \
    INSN(SUBW, 0xfe00707f, 0x4000003b, R)                                                          \
    INSN(SLLW, 0xfe00707f, 0x0000103b, R)                                                          \
    INSN(SRLW, 0xfe00707f, 0x0000503b, R)                                                          \
    INSN(SRAW, 0xfe00707f, 0x4000503b, R)                                                          \
    INSN(FENCE, 0x0000707f, 0x0000000f, I)                                                         \
    INSN(FENCE_I, 0x0000707f, 0x0000100f, I)                                                       \
    INSN(ECALL, 0xffffffff, 0x00000073, R)                                                         \
    INSN(EBREAK, 0xffffffff, 0x00100073, R)                                                        \
    /* Zicsr */                                                                                    \
    INSN(CSRRW, 0x0000707f, 0x00001073, CSR)                                                       \
    INSN(CSRRS, 0x0000707f, 0x00002073, CSR)                                                       \
    INSN(CSRRC, 0x0000707f, 0x00003073, CSR)                                                       \
    INSN(CSRRWI, 0x0000707f, 0x00005073, CSR)                                                      \
    INSN(CSRRSI, 0x0000707f, 0x00006073, CSR)                                                      \
    INSN(CSRRCI, 0x0000707f, 0x00007073, CSR)                                                      \
    /* Privileged */                                                                               \
    INSN(MRET, 0xffffffff, 0x30200073, R)                                                          \
    INSN(SRET, 0xffffffff, 0x10200073, R)                                                          \
    INSN(WFI, 0xffffffff, 0x10500073, R)                                                           \
    INSN(SFENCE_VMA, 0xfe007fff, 0x12000073, R)                                                    \
    /* M */                                                                                        \
    INSN(MUL, 0xfe00707f, 0x02000033, R)                                                           \
    INSN(MULH, 0xfe00707f, 0x02001033, R)                                                          \
    INSN(MULHSU, 0xfe00707f, 0x02002033, R)                                                        \
    INSN(MULHU, 0xfe00707f, 0x02003033, R)                                                         \
    INSN(DIV, 0xfe00707f, 0x02004033, R)                                                           \
    INSN(DIVU, 0xfe00707f, 0x02005033, R)                                                          \
    INSN(REM, 0xfe00707f, 0x02006033, R)                                                           \
    INSN(REMU, 0xfe00707f, 0x02007033, R)                                                          \
    INSN(MULW, 0xfe00707f, 0x0200003b, R)                                                          \
    INSN(DIVW, 0xfe00707f, 0x0200403b, R)                                                          \
    INSN(DIVUW, 0xfe00707f, 0x0200503b, R)                                                         \
    INSN(REMW, 0xfe00707f, 0x0200603b, R)                                                          \
    INSN(REMUW, 0xfe00707f, 0x0200703b, R)                                                         \
    /* A (aq/rl bits 26:25 are ignored: the interpreter is sequentially consistent) */             \
    INSN(LR_W, 0xf9f0707f, 0x1000202f, R)                                                          \
    INSN(SC_W, 0xf800707f, 0x1800202f, R)                                                          \
    INSN(AMOSWAP_W, 0xf800707f, 0x0800202f, R)                                                     \
    INSN(AMOADD_W, 0xf800707f, 0x0000202f, R)                                                      \
    INSN(AMOXOR_W, 0xf800707f, 0x2000202f, R)                                                      \
    INSN(AMOAND_W, 0xf800707f, 0x6000202f, R)                                                      \
    INSN(AMOOR_W, 0xf800707f, 0x4000202f, R)                                                       \
    INSN(AMOMIN_W, 0xf800707f, 0x8000202f, R)                                                      \
    INSN(AMOMAX_W, 0xf800707f, 0xa000202f, R)                                                      \
    INSN(AMOMINU_W, 0xf800707f, 0xc000202f, R)                                                     \
    INSN(AMOMAXU_W, 0xf800707f, 0xe000202f, R)                                                     \
    INSN(LR_D, 0xf9f0707f, 0x1000302f, R)                                                          \
    INSN(SC_D, 0xf800707f, 0x1800302f, R)                                                          \
    INSN(AMOSWAP_D, 0xf800707f, 0x0800302f, R)                                                     \
    INSN(AMOADD_D, 0xf800707f, 0x0000302f, R)                                                      \
    INSN(AMOXOR_D, 0xf800707f, 0x2000302f, R)                                                      \
    INSN(AMOAND_D, 0xf800707f, 0x6000302f, R)                                                      \
    INSN(AMOOR_D, 0xf800707f, 0x4000302f, R)                                                       \
    INSN(AMOMIN_D, 0xf800707f, 0x8000302f, R)                                                      \
    INSN(AMOMAX_D, 0xf800707f, 0xa000302f, R)                                                      \
    INSN(AMOMINU_D, 0xf800707f, 0xc000302f, R)                                                     \
    INSN(AMOMAXU_D, 0xf800707f, 0xe000302f, R)                                                     \
    /* Zba */                                                                                      \
    INSN(ADD_UW, 0xfe00707f, 0x0800003b, R)                                                        \
    INSN(SH1ADD, 0xfe00707f, 0x20002033, R)                                                        \
    INSN(SH2ADD, 0xfe00707f, 0x20004033, R)                                                        \
    INSN(SH3ADD, 0xfe00707f, 0x20006033, R)                                                        \
    INSN(SH1ADD_UW, 0xfe00707f, 0x2000203b, R)                                                     \
    INSN(SH2ADD_UW, 0xfe00707f, 0x2000403b, R)                                                     \
    INSN(SH3ADD_UW, 0xfe00707f, 0x2000603b, R)                                                     \
    INSN(SLLI_UW, 0xfc00707f, 0x0800101b, SH)                                                      \
    /* Zbb */                                                                                      \
    INSN(ANDN, 0xfe00707f, 0x40007033, R)                                                          \
    INSN(ORN, 0xfe00707f, 0x40006033, R)                                                           \
    INSN(XNOR, 0xfe00707f, 0x40004033, R)                                                          \
    INSN(CLZ, 0xfff0707f, 0x60001013, R)                                                           \
    INSN(CTZ, 0xfff0707f, 0x60101013, R)                                                           \
    INSN(CPOP, 0xfff0707f, 0x60201013, R)                                                          \
    INSN(CLZW, 0xfff0707f, 0x6000101b, R)                                                          \
    INSN(CTZW, 0xfff0707f, 0x6010101b, R)                                                          \
    INSN(CPOPW, 0xfff0707f, 0x6020101b, R)                                                         \
    INSN(MAX, 0xfe00707f, 0x0a006033, R)                                                           \
    INSN(MAXU, 0xfe00707f, 0x0a007033, R)                                                          \
    INSN(MIN, 0xfe00707f, 0x0a004033, R)                                                           \
    INSN(MINU, 0xfe00707f, 0x0a005033, R)                                                          \
    INSN(SEXT_B, 0xfff0707f, 0x60401013, R)                                                        \
    INSN(SEXT_H, 0xfff0707f, 0x60501013, R)                                                        \
    INSN(ZEXT_H, 0xfff0707f, 0x0800403b, R)                                                        \
    INSN(ROL, 0xfe00707f, 0x60001033, R)                                                           \
    INSN(ROR, 0xfe00707f, 0x60005033, R)                                                           \
    INSN(ROLW, 0xfe00707f, 0x6000103b, R)                                                          \
    INSN(RORW, 0xfe00707f, 0x6000503b, R)                                                          \
    INSN(RORI, 0xfc00707f, 0x60005013, SH)                                                         \
    INSN(RORIW, 0xfe00707f, 0x6000501b, SH)                                                        \
    INSN(ORC_B, 0xfff0707f, 0x28705013, R)                                                         \
    INSN(REV8, 0xfff0707f, 0x6b805013, R)                                                          \
    /* Zbs */                                                                                      \
    INSN(BCLR, 0xfe00707f, 0x48001033, R)                                                          \
    INSN(BEXT, 0xfe00707f, 0x48005033, R)                                                          \
    INSN(BINV, 0xfe00707f, 0x68001033, R)                                                          \
    INSN(BSET, 0xfe00707f, 0x28001033, R)                                                          \
    INSN(BCLRI, 0xfc00707f, 0x48001013, SH)                                                        \
    INSN(BEXTI, 0xfc00707f, 0x48005013, SH)                                                        \
    INSN(BINVI, 0xfc00707f, 0x68001013, SH)                                                        \
    INSN(BSETI, 0xfc00707f, 0x28001013, SH)                                                        \
    /* Zicond */                                                                                   \
    INSN(CZERO_EQZ, 0xfe00707f, 0x0e005033, R)                                                     \
    INSN(CZERO_NEZ, 0xfe00707f, 0x0e007033, R)                                                     \
    /* Zicbom, Zicboz (cbo.* use the I-type imm field as the operation, rs1 as the address) */     \
    INSN(CBO_INVAL, 0xfff07fff, 0x0000200f, R)                                                     \
    INSN(CBO_CLEAN, 0xfff07fff, 0x0010200f, R)                                                     \
    INSN(CBO_FLUSH, 0xfff07fff, 0x0020200f, R)                                                     \
    INSN(CBO_ZERO, 0xfff07fff, 0x0040200f, R)                                                      \
    /* F/D loads and stores (executed with the integer memory path) */                             \
    INSN(FLW, 0x0000707f, 0x00002007, I)                                                           \
    INSN(FLD, 0x0000707f, 0x00003007, I)                                                           \
    INSN(FSW, 0x0000707f, 0x00002027, S)                                                           \
    INSN(FSD, 0x0000707f, 0x00003027, S)

/* F and D computational instructions; rm is insn.rm (funct3), rs3 is bits 31:27. */
#define INSN_TABLE_FP(INSN)                                                                        \
    INSN(FMADD_S, 0x0600007f, 0x00000043, R)                                                       \
    INSN(FMSUB_S, 0x0600007f, 0x00000047, R)                                                       \
    INSN(FNMSUB_S, 0x0600007f, 0x0000004b, R)                                                      \
    INSN(FNMADD_S, 0x0600007f, 0x0000004f, R)                                                      \
    INSN(FMADD_D, 0x0600007f, 0x02000043, R)                                                       \
    INSN(FMSUB_D, 0x0600007f, 0x02000047, R)                                                       \
    INSN(FNMSUB_D, 0x0600007f, 0x0200004b, R)                                                      \
    INSN(FNMADD_D, 0x0600007f, 0x0200004f, R)                                                      \
    INSN(FADD_S, 0xfe00007f, 0x00000053, R)                                                        \
    INSN(FSUB_S, 0xfe00007f, 0x08000053, R)                                                        \
    INSN(FMUL_S, 0xfe00007f, 0x10000053, R)                                                        \
    INSN(FDIV_S, 0xfe00007f, 0x18000053, R)                                                        \
    INSN(FSQRT_S, 0xfff0007f, 0x58000053, R)                                                       \
    INSN(FSGNJ_S, 0xfe00707f, 0x20000053, R)                                                       \
    INSN(FSGNJN_S, 0xfe00707f, 0x20001053, R)                                                      \
    INSN(FSGNJX_S, 0xfe00707f, 0x20002053, R)                                                      \
    INSN(FMIN_S, 0xfe00707f, 0x28000053, R)                                                        \
    INSN(FMAX_S, 0xfe00707f, 0x28001053, R)                                                        \
    INSN(FCVT_W_S, 0xfff0007f, 0xc0000053, R)                                                      \
    INSN(FCVT_WU_S, 0xfff0007f, 0xc0100053, R)                                                     \
    INSN(FCVT_L_S, 0xfff0007f, 0xc0200053, R)                                                      \
    INSN(FCVT_LU_S, 0xfff0007f, 0xc0300053, R)                                                     \
    INSN(FMV_X_W, 0xfff0707f, 0xe0000053, R)                                                       \
    INSN(FCLASS_S, 0xfff0707f, 0xe0001053, R)                                                      \
    INSN(FEQ_S, 0xfe00707f, 0xa0002053, R)                                                         \
    INSN(FLT_S, 0xfe00707f, 0xa0001053, R)                                                         \
    INSN(FLE_S, 0xfe00707f, 0xa0000053, R)                                                         \
    INSN(FCVT_S_W, 0xfff0007f, 0xd0000053, R)                                                      \
    INSN(FCVT_S_WU, 0xfff0007f, 0xd0100053, R)                                                     \
    INSN(FCVT_S_L, 0xfff0007f, 0xd0200053, R)                                                      \
    INSN(FCVT_S_LU, 0xfff0007f, 0xd0300053, R)                                                     \
    INSN(FMV_W_X, 0xfff0707f, 0xf0000053, R)                                                       \
    INSN(FADD_D, 0xfe00007f, 0x02000053, R)                                                        \
    INSN(FSUB_D, 0xfe00007f, 0x0a000053, R)                                                        \
    INSN(FMUL_D, 0xfe00007f, 0x12000053, R)                                                        \
    INSN(FDIV_D, 0xfe00007f, 0x1a000053, R)                                                        \
    INSN(FSQRT_D, 0xfff0007f, 0x5a000053, R)                                                       \
    INSN(FSGNJ_D, 0xfe00707f, 0x22000053, R)                                                       \
    INSN(FSGNJN_D, 0xfe00707f, 0x22001053, R)                                                      \
    INSN(FSGNJX_D, 0xfe00707f, 0x22002053, R)                                                      \
    INSN(FMIN_D, 0xfe00707f, 0x2a000053, R)                                                        \
    INSN(FMAX_D, 0xfe00707f, 0x2a001053, R)                                                        \
    INSN(FCVT_S_D, 0xfff0007f, 0x40100053, R)                                                      \
    INSN(FCVT_D_S, 0xfff0007f, 0x42000053, R)                                                      \
    INSN(FEQ_D, 0xfe00707f, 0xa2002053, R)                                                         \
    INSN(FLT_D, 0xfe00707f, 0xa2001053, R)                                                         \
    INSN(FLE_D, 0xfe00707f, 0xa2000053, R)                                                         \
    INSN(FCLASS_D, 0xfff0707f, 0xe2001053, R)                                                      \
    INSN(FCVT_W_D, 0xfff0007f, 0xc2000053, R)                                                      \
    INSN(FCVT_WU_D, 0xfff0007f, 0xc2100053, R)                                                     \
    INSN(FCVT_L_D, 0xfff0007f, 0xc2200053, R)                                                      \
    INSN(FCVT_LU_D, 0xfff0007f, 0xc2300053, R)                                                     \
    INSN(FCVT_D_W, 0xfff0007f, 0xd2000053, R)                                                      \
    INSN(FCVT_D_WU, 0xfff0007f, 0xd2100053, R)                                                     \
    INSN(FCVT_D_L, 0xfff0007f, 0xd2200053, R)                                                      \
    INSN(FCVT_D_LU, 0xfff0007f, 0xd2300053, R)                                                     \
    INSN(FMV_X_D, 0xfff0707f, 0xe2000053, R)                                                       \
    INSN(FMV_D_X, 0xfff0707f, 0xf2000053, R)

#endif
