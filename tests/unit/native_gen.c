/* The random program generator of test_native (see native_gen.h). */
#include "native_gen.h"

#include <string.h>

#include "cpu/block.h"
#include "cpu/native.h"

/* ---- Random programs ---------------------------------------------------------------------- */

/* The integer ops programs use most (native_supported() takes them all), and further ones: the
 * rest of M, which native code also takes, and Zba/Zbb/Zbs/Zicond, which only the interpreter
 * runs for now -- they split runs, and are covered as soon as native code takes them on. */
const uint16_t core_ops[] = {
    OP_ADDI, OP_ADDIW, OP_SLLI, OP_SRLI,  OP_SRAI, OP_SLLIW, OP_SRLIW, OP_SRAIW, OP_ANDI,
    OP_ORI,  OP_XORI,  OP_SLTI, OP_SLTIU, OP_LUI,  OP_ADD,   OP_ADDW,  OP_SUB,   OP_SUBW,
    OP_AND,  OP_OR,    OP_XOR,  OP_SLL,   OP_SRL,  OP_SRA,   OP_SLLW,  OP_SRLW,  OP_SRAW,
    OP_SLT,  OP_SLTU,  OP_MUL,  OP_MULW,  OP_MULH, OP_MULHU, OP_DIV,   OP_REM,   OP_AUIPC,
};
const uint16_t extra_ops[] = {
    OP_MULHSU, OP_DIVU,   OP_REMU,   OP_DIVW,      OP_DIVUW,     OP_REMW,    OP_REMUW,
    OP_ADD_UW, OP_SH1ADD, OP_SH2ADD, OP_SH3ADD,    OP_SH1ADD_UW, OP_SLLI_UW, OP_ANDN,
    OP_ORN,    OP_XNOR,   OP_CLZ,    OP_CTZ,       OP_CPOP,      OP_CLZW,    OP_CTZW,
    OP_CPOPW,  OP_MAX,    OP_MAXU,   OP_MIN,       OP_MINU,      OP_SEXT_B,  OP_SEXT_H,
    OP_ZEXT_H, OP_ROL,    OP_ROR,    OP_ROLW,      OP_RORW,      OP_RORI,    OP_RORIW,
    OP_ORC_B,  OP_REV8,   OP_BCLR,   OP_BEXT,      OP_BINV,      OP_BSET,    OP_BCLRI,
    OP_BEXTI,  OP_BINVI,  OP_BSETI,  OP_CZERO_EQZ, OP_CZERO_NEZ,
};

static uint64_t rng;

uint64_t rnd(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return rng;
}

/* Neighbouring seeds start far apart, and the xorshift state is never 0 (a fixed point). */
void seed_rng(uint64_t seed)
{
    rng = seed * 0x9e3779b97f4a7c15ull | 1;
    for (unsigned i = 0; i < 4; i++)
        rnd();
}

unsigned below(unsigned n)
{
    return (unsigned)(rnd() % n);
}

bool pct(unsigned percent)
{
    return below(100) < percent;
}

/* A 64-bit register value, often one where host code gets carries, signs or widths wrong. */
uint64_t rand_value(void)
{
    static const uint64_t edge[] = {
        0,
        1,
        2,
        31,
        32,
        33,
        63,
        64,
        UINT64_MAX,
        UINT64_MAX - 1,
        (uint64_t)INT64_MIN,
        (uint64_t)INT64_MAX,
        0x80000000,
        0x7fffffff,
        0xffffffff,
        0xffffffff80000000,
        0x100000000,
        0x8000000000000001,
        0xffffffffffffff80, /* -128: shift amounts with high bits set */
        0x00000000ffff8000,
    };
    switch (below(4)) {
    case 0: return edge[below(NELEM(edge))];
    case 1: return (uint64_t)((int64_t)below(129) - 64);
    case 2: return (uint64_t)(int64_t)(int32_t)rnd();
    default: return rnd();
    }
}

int32_t rand_imm12(void)
{
    static const int32_t edge[] = { 0, 1, -1, -2, -2048, 2047, 2046, -2047, 0x555, -0x556, 31 };
    if (pct(35))
        return edge[below(NELEM(edge))];
    return pct(30) ? (int32_t)below(33) - 16 : (int32_t)below(4096) - 2048;
}

int32_t rand_shamt(bool w)
{
    static const int32_t edge64[] = { 0, 1, 31, 32, 33, 62, 63 }, edge32[] = { 0, 1, 15, 30, 31 };
    if (pct(45))
        return w ? edge32[below(NELEM(edge32))] : edge64[below(NELEM(edge64))];
    return (int32_t)below(w ? 32 : 64);
}

int32_t rand_imm20(void)
{
    static const int32_t edge[] = { 0, 1, 0x80000, 0xfffff, 0x7ffff, 0x80001, 0xff800 };
    return pct(40) ? edge[below(NELEM(edge))] : (int32_t)below(1u << 20);
}

/* A signed 6-bit RVC immediate; nonzero when zero would encode a hint or a reserved form. */
static int32_t rand_imm6(bool nonzero)
{
    static const int32_t edge[] = { 1, -1, -32, 31, 16, -16 };
    int32_t v = pct(40) ? edge[below(NELEM(edge))] : (int32_t)below(64) - 32;
    return nonzero && v == 0 ? 1 : v;
}

/* A C.ADDI16SP immediate: a nonzero multiple of 16 in [-512, 496]. */
static int32_t rand_sp16(void)
{
    if (pct(30))
        return pct(50) ? -512 : 496;
    int32_t v = ((int32_t)below(64) - 32) * 16;
    return v ? v : 16;
}

/* Per-program habits, so that the programs differ in register pressure, aliasing, x0 use, the
 * mix of 16- and 32-bit instructions and how memory is accessed. */

static void note_rd(struct gen *g, unsigned rd)
{
    if (rd)
        g->recent[g->nrecent++ % NELEM(g->recent)] = (uint8_t)rd;
}

static unsigned pick_rd(struct gen *g)
{
    unsigned rd = pct(g->x0_pct) ? 0 : g->pool[below(g->npool)];
    note_rd(g, rd);
    return rd;
}

static unsigned pick_rd_nonzero(struct gen *g)
{
    unsigned rd = pick_rd(g);
    return rd ? rd : g->pool[below(g->npool)];
}

unsigned pick_rs(struct gen *g)
{
    if (pct(g->x0_pct))
        return 0;
    if (pct(6))
        return 29 + below(3); /* LOOP_REG, MMIO_REG, BASE_REG */
    if (g->nrecent && pct(40))
        return g->recent[below(g->nrecent < NELEM(g->recent) ? g->nrecent : NELEM(g->recent))];
    return g->pool[below(g->npool)];
}

/* x8..x15, the registers of the 3-bit RVC fields (never x30 or x31). */
static unsigned pick_creg(struct gen *g)
{
    unsigned r = 8 + below(8);
    note_rd(g, r);
    return r;
}

static void gen_rvc(struct prog *p, struct gen *g)
{
    enum c_op c = (enum c_op)below(C_OPS);
    unsigned rd, rs2;
    int32_t imm;
    switch (c) {
    case C_ADDI: op16(p, c, pick_rd_nonzero(g), 0, rand_imm6(true)); break;
    case C_ADDIW:
    case C_LI: op16(p, c, pick_rd_nonzero(g), 0, rand_imm6(false)); break;
    case C_LUI:
        rd = pick_rd_nonzero(g); /* rd x2 means C.ADDI16SP */
        op16(p, rd == 2 ? C_ADDI16SP : c, rd, 0, rd == 2 ? rand_sp16() : rand_imm6(true));
        break;
    case C_MV:
    case C_ADD:
        rd = pick_rd_nonzero(g);
        rs2 = pick_rs(g); /* rs2 x0 means C.JR / C.JALR */
        op16(p, c, rd, rs2 ? rs2 : 1 + below(31), 0);
        break;
    case C_SUB:
    case C_XOR:
    case C_OR:
    case C_AND:
    case C_SUBW:
    case C_ADDW:
        rd = pick_creg(g);
        op16(p, c, rd, pct(20) ? rd : 8 + below(8), 0);
        break;
    case C_ANDI: op16(p, c, pick_creg(g), 0, rand_imm6(false)); break;
    case C_SLLI: /* shift amount 0 is a hint */
        imm = rand_shamt(false);
        op16(p, c, pick_rd_nonzero(g), 0, imm ? imm : 63);
        break;
    case C_SRLI:
    case C_SRAI:
        imm = rand_shamt(false);
        op16(p, c, pick_creg(g), 0, imm ? imm : 1);
        break;
    case C_ADDI16SP: op16(p, c, 2, 0, rand_sp16()); break;
    case C_ADDI4SPN:
        op16(p, c, pick_creg(g), 0, pct(30) ? 1020 : (int32_t)(below(255) + 1) * 4);
        break;
    case C_NOP: op16(p, c, 0, 0, 0); break;
    case C_OPS: break;
    }
}

static void gen_alu32(struct prog *p, struct gen *g, unsigned op)
{
    unsigned rs1 = pick_rs(g), rs2 = pick_rs(g), rd = pick_rd(g);
    int32_t imm = 0;
    switch (op_format(op)) {
    case FMT_I: imm = rand_imm12(); break;
    case FMT_SH: imm = rand_shamt(sh_is_w(op)); break;
    case FMT_U: imm = rand_imm20(); break;
    }
    if (pct(8))
        rs1 = rs2 = rd; /* rd == rs1 == rs2 */
    op32(p, op, rd, rs1, rs2, imm);
}

/* A load or store: through x31 to RAM (misaligned at times, which host code leaves to the
 * interpreter, as it does page-crossing ones, stores next to code and those past the end of RAM,
 * which fault) or through x30 to MMIO (always left to the interpreter; misaligned rarely, as
 * that faults). */
static void gen_mem(struct prog *p, struct gen *g)
{
    static const uint16_t ops[] = { OP_LB,  OP_LH, OP_LW, OP_LD, OP_LBU, OP_LHU,
                                    OP_LWU, OP_SB, OP_SH, OP_SW, OP_SD };
    static const uint8_t size[] = { 1, 2, 4, 8, 1, 2, 4, 1, 2, 4, 8 };
    unsigned i = below(NELEM(ops));
    bool io = p->mmio && pct(g->mmio_pct);
    unsigned base = io ? MMIO_REG : BASE_REG;
    int32_t span = io ? (int32_t)MMIO_SIZE / 2 : g->span;
    int32_t off = (int32_t)below(2 * (unsigned)span) - span;
    if (!pct(io ? g->misalign_pct / 8 : g->misalign_pct)) /* misaligned MMIO faults */
        off &= -(int32_t)size[i];
    else if (off > span - 8)
        off = span - 8; /* stay inside the window */
    if (ops[i] >= OP_SB)
        store32(p, ops[i], base, pick_rs(g), off);
    else
        load32(p, ops[i], pick_rd(g), base, off);
}

void gen_alu(struct prog *p, struct gen *g)
{
    if (pct(g->mem_pct)) {
        gen_mem(p, g);
        return;
    }
    unsigned n = g->nrecent;
    if (pct(g->rvc_pct))
        gen_rvc(p, g);
    else if (pct(g->extra_pct))
        gen_alu32(p, g, extra_ops[below(NELEM(extra_ops))]);
    else
        gen_alu32(p, g, core_ops[below(NELEM(core_ops))]);
    /* Log the result to the next doubleword below x31 at times: most results are overwritten
     * before the program ends, and a wrong value that nothing reads would go unseen. */
    if (g->nrecent != n && pct(g->log_pct)) {
        int32_t off = -8 * (int32_t)(1 + g->log_slot++ % ((unsigned)g->span / 8));
        store32(p, OP_SD, BASE_REG, g->recent[(g->nrecent - 1) % NELEM(g->recent)], off);
    }
}

/* A forward branch or jump over k instructions (which run or not): emitted as a placeholder,
 * patched once the target is known. kind: 0 never taken (rs1 == rs2), 1 data-dependent,
 * 2 C.BEQZ/C.BNEZ, 3 JAL, 4 C.J (3 and 4 always taken). */
static void gen_forward(struct prog *p, struct gen *g, unsigned kind)
{
    static const uint16_t never[] = { OP_BNE, OP_BLT, OP_BLTU };
    static const uint16_t any[] = { OP_BEQ, OP_BNE, OP_BLT, OP_BGE, OP_BLTU, OP_BGEU };
    unsigned at = p->bytes, len = kind == 2 || kind == 4 ? 2 : 4;
    emit(p, 0, len, NULL);
    unsigned k = 1 + below(4);
    for (unsigned i = 0; i < k; i++)
        gen_alu(p, g);
    int32_t off = (int32_t)(p->bytes - at);
    uint32_t u = (uint32_t)off, word;
    struct want w = { .imm = off, .cmp = W_IMM | W_RS1 | W_RS2 };
    unsigned op, rs1, rs2;
    switch (kind) {
    case 0:
    case 1:
        op = kind ? any[below(NELEM(any))] : never[below(NELEM(never))];
        rs1 = pick_rs(g);
        rs2 = kind ? pick_rs(g) : rs1;
        word = enc_b(op, rs1, rs2, off);
        w.op = (uint16_t)op;
        w.rs1 = (uint8_t)rs1;
        w.rs2 = (uint8_t)rs2;
        break;
    case 2:
        rs1 = 8 + below(8);
        op = pct(50) ? OP_BEQ : OP_BNE;
        word = (op == OP_BEQ ? 0xc001u : 0xe001u) | ((u >> 8) & 1) << 12 | ((u >> 3) & 3) << 10 |
               (rs1 - 8) << 7 | ((u >> 6) & 3) << 5 | ((u >> 1) & 3) << 3 | ((u >> 5) & 1) << 2;
        w.op = (uint16_t)op;
        w.rs1 = (uint8_t)rs1;
        w.rs2 = 0;
        break;
    case 3:
        rs1 = pick_rd(g); /* the link register */
        word = enc_j(rs1, off);
        w.op = OP_JAL;
        w.rd = (uint8_t)rs1;
        w.cmp = W_RD | W_IMM;
        break;
    default:
        word = 0xa001u | ((u >> 11) & 1) << 12 | ((u >> 4) & 1) << 11 | ((u >> 8) & 3) << 9 |
               ((u >> 10) & 1) << 8 | ((u >> 6) & 1) << 7 | ((u >> 7) & 1) << 6 |
               ((u >> 1) & 7) << 3 | ((u >> 5) & 1) << 2;
        w.op = OP_JAL;
        w.rd = 0;
        w.cmp = W_RD | W_IMM;
        break;
    }
    prog_put(p, at, word, len);
    verify(p, word, len, &w);
}

/* The length of the next run: mostly short (around NATIVE_MIN_RUN), sometimes long, sometimes
 * right at the block limit. */
static unsigned run_length(void)
{
    static const unsigned special[] = { NATIVE_MIN_RUN - 1,  NATIVE_MIN_RUN,  NATIVE_MIN_RUN + 1,
                                        BLOCK_MAX_INSNS - 1, BLOCK_MAX_INSNS, BLOCK_MAX_INSNS + 1 };
    unsigned r = below(100);
    if (r < 50)
        return 1 + below(8);
    if (r < 80)
        return 9 + below(32);
    if (r < 95)
        return 41 + below(100);
    return special[below(NELEM(special))];
}

void gen_program(struct prog *p, struct gen *g)
{
    static const unsigned x0_pcts[] = { 3, 12, 30 }, rvc_pcts[] = { 0, 25, 50, 90 };
    static const unsigned mem_pcts[] = { 0, 5, 20 }, misalign_pcts[] = { 0, 10, 50 };
    unsigned where = below(100);
    bool code_data = where < 20, ram_end = where >= 20 && where < 35, io = pct(35), loops = pct(50);

    /* Register pool: a few registers (heavy aliasing), many, or all (host spills). */
    uint8_t all[30] = { 0 };
    unsigned nall = 0;
    for (unsigned r = 1; r <= 30; r++)
        if (!(r == MMIO_REG && io) && !(r == LOOP_REG && loops))
            all[nall++] = (uint8_t)r;
    for (unsigned i = nall - 1; i > 0; i--) {
        unsigned j = below(i + 1);
        uint8_t t = all[i];
        all[i] = all[j];
        all[j] = t;
    }
    unsigned mode = below(4);
    g->npool = mode == 0 ? 2 + below(3) : mode == 3 ? 8 + below(9) : nall;
    memcpy(g->pool, all, sizeof(all));
    g->x0_pct = x0_pcts[below(NELEM(x0_pcts))];
    g->rvc_pct = rvc_pcts[below(NELEM(rvc_pcts))];
    g->extra_pct = below(3) == 2 ? 8 : 0;
    g->mem_pct = mem_pcts[below(NELEM(mem_pcts))];
    g->misalign_pct = misalign_pcts[below(NELEM(misalign_pcts))];
    g->mmio_pct = 30;
    g->span = code_data ? 0x400 : 0x800;
    g->log_pct = below(2) ? 0 : below(2) ? 10 : 30;
    g->log_slot = 0;
    g->nrecent = 0;

    unsigned target = below(3) == 0 ? 20 + below(180)
                      : below(2)    ? 200 + below(600)
                                    : 800 + below(700);
    prog_begin(p, code_data ? CODE_DATA_START + 2 * below(1000) : CODE_BASE + 2 * below(2048));
    if (code_data)
        p->base = CODE_BASE + 0x400;
    else if (ram_end)
        p->base = RAM_END; /* accesses at negative offsets work, the others fault */
    p->mmio = io;
    p->loops = loops;
    while (p->n < target) {
        bool loop = loops && pct(25);
        unsigned head = loop ? loop_begin(p, 2 + below(2)) : 0;
        unsigned len = run_length();
        for (unsigned i = 0; i < len; i++)
            gen_alu(p, g);
        unsigned r = below(100);
        if (r < 20)
            gen_mem(p, g);
        else if (r < 40)
            gen_forward(p, g, 0);
        else if (r < 55)
            gen_forward(p, g, pct(70) ? 1 : 2);
        else if (r < 65)
            gen_forward(p, g, pct(50) ? 3 : 4);
        else if (r < 75)
            gen_alu32(p, g, extra_ops[below(NELEM(extra_ops))]);
        /* else nothing: this run and the next one merge */
        if (loop)
            loop_end(p, head);
    }
    prog_end(p, pct(50));
}

const unsigned n_core_ops = NELEM(core_ops), n_extra_ops = NELEM(extra_ops);
