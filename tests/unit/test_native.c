/* Differential test of native runs (cpu/native.h): every program runs twice from the same
 * state, once by the pure interpreter (hart.native_off) and once with runs of integer ALU
 * instructions, loads and stores executed as host code, and both must end with the same
 * registers, pc, counters and memory. The interpreter is the reference (the ISA tests check it
 * against the spec); this test exists to catch a wrong host encoding of any op, operand, register
 * assignment, spill or early exit.
 *
 * Programs are random (a seeded xorshift, so every failure reproduces from the printed seed:
 * `test_native 1 SEED`) and directed (register pressure, aliasing, shift and division corner
 * cases, block-length limits, memory accesses that leave host code, faults, self-modifying
 * code). Random ones mix runs of 1 to 140 ALU instructions, 32-bit and RVC, with loads and
 * stores (TLB misses and hits, misaligned and page-crossing accesses, stores next to decoded
 * code, MMIO, access faults) and with branches, jumps and ops that native code does not take,
 * which split runs at varying places; short counted loops run some code twice, the second time
 * with warm TLBs. Every instruction is decoded after encoding, so a program is what the
 * generator meant. A program ends in EBREAK, whose trap ends in a WFI: hart_run returns at an
 * exact instruction count, so minstret must match too.
 *
 * On a mismatch the test prints the seed, what differs, and the first failing instruction: it
 * reruns ever longer prefixes of the program (the rest replaced by C.EBREAK) until the two
 * modes disagree. */
#include <inttypes.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cpu/block.h"
#include "cpu/native.h"
#include "check.h"

/* On an x86-64 host the runs must really have been compiled, or every comparison below compared
 * the interpreter with itself. */
#if defined(__x86_64__)
#define NATIVE_EXPECTED 1
#else
#define NATIVE_EXPECTED 0
#endif

#include "native_gen.h"
#include "native_prog.h"

static struct bus bus;
static uint8_t *ram;
static uint8_t mmio[MMIO_SIZE]; /* the device's registers: plain storage, any aligned size */
static unsigned mmio_accesses;
static struct hart h;

static bool mmio_read(void *opaque, uint64_t off, unsigned size, uint64_t *val)
{
    (void)opaque;
    *val = 0;
    memcpy(val, &mmio[off], size);
    mmio_accesses++;
    return true;
}

static bool mmio_write(void *opaque, uint64_t off, unsigned size, uint64_t val)
{
    (void)opaque;
    memcpy(&mmio[off], &val, size);
    mmio_accesses++;
    return true;
}

static const struct mmio_ops mmio_ops = {
    .read = mmio_read, .write = mmio_write, .min_access = 1, .max_access = 8
};

/* ---- Running and comparing ---------------------------------------------------------------- */

/* The machine state a program starts from. */
struct state {
    uint64_t x[32];
    uint8_t ram[RAM_SIZE]; /* before the trap handler and the program are placed */
    uint8_t mmio[MMIO_SIZE];
};

/* Random registers and memory, with x31 (and x30) pointing where p's loads and stores go. */
static void rand_state(struct state *s, const struct prog *p)
{
    s->x[0] = 0;
    for (unsigned i = 1; i < 32; i++)
        s->x[i] = rand_value();
    s->x[BASE_REG] = p->base;
    if (p->mmio)
        s->x[MMIO_REG] = MMIO_BASE + MMIO_SIZE / 2;
    for (unsigned i = 0; i < RAM_SIZE; i += 8) {
        uint64_t v = rnd();
        memcpy(&s->ram[i], &v, 8);
    }
    for (unsigned i = 0; i < MMIO_SIZE; i += 8) {
        uint64_t v = rnd();
        memcpy(&s->mmio[i], &v, 8);
    }
}

/* What a run left behind. */
struct outcome {
    enum hart_exit exit;
    unsigned calls, mmio_accesses;
    uint64_t x[32], pc, mepc, mcause, mtval, mstatus, minstret, mcycle;
    uint64_t native_runs, native_insns;
    uint8_t ram[RAM_SIZE];
    uint8_t mmio[MMIO_SIZE];
};

static void run(const struct prog *p, const struct state *s, bool native_off, uint64_t budget,
                struct outcome *o)
{
    memcpy(ram, s->ram, RAM_SIZE);
    memcpy(mmio, s->mmio, MMIO_SIZE);
    mmio_accesses = 0;
    uint32_t trap[16];
    memcpy(ram + (TRAP_PC - RAM_BASE), trap, trap_handler(trap) * sizeof(uint32_t));
    memcpy(ram + (p->start - RAM_BASE), p->code, p->bytes);

    hart_init(&h, &bus, 0, p->start);
    h.native_off = native_off; /* before the first hart_run, which creates the block cache */
    h.mtvec = TRAP_PC;
    memcpy(&h.x[1], &s->x[1], 31 * sizeof(uint64_t));
    o->exit = HART_EXIT_BUDGET;
    for (o->calls = 0; o->calls <= MAX_STEPS / budget && o->exit == HART_EXIT_BUDGET; o->calls++)
        o->exit = hart_run(&h, budget);
    memcpy(o->x, h.x, sizeof(o->x));
    o->pc = h.pc;
    o->mepc = h.mepc;
    o->mcause = h.mcause;
    o->mtval = h.mtval;
    o->mstatus = h.mstatus;
    o->minstret = h.minstret;
    o->mcycle = h.mcycle;
    o->native_runs = h.stats.native_runs;
    o->native_insns = h.stats.native_insns;
    o->mmio_accesses = mmio_accesses;
    memcpy(o->ram, ram, RAM_SIZE);
    memcpy(o->mmio, mmio, MMIO_SIZE);
    hart_fini(&h);
}

/* Compare two outcomes; describe the first difference in why. */
static bool same(const struct outcome *a, const struct outcome *b, char *why, size_t len)
{
    for (unsigned i = 0; i < 32; i++) {
        if (a->x[i] != b->x[i]) {
            snprintf(why, len, "x%u: interpreter %#" PRIx64 ", native %#" PRIx64, i, a->x[i],
                     b->x[i]);
            return false;
        }
    }
#define FIELD(f)                                                                                   \
    if (a->f != b->f) {                                                                            \
        snprintf(why, len, #f ": interpreter %#" PRIx64 ", native %#" PRIx64, (uint64_t)a->f,      \
                 (uint64_t)b->f);                                                                  \
        return false;                                                                              \
    }
    FIELD(exit)
    FIELD(pc)
    FIELD(mepc)
    FIELD(mcause)
    FIELD(mtval)
    FIELD(mstatus)
    FIELD(minstret)
    FIELD(mcycle)
    FIELD(mmio_accesses)
#undef FIELD
    for (unsigned i = 0; i < RAM_SIZE; i++) {
        if (a->ram[i] != b->ram[i]) {
            snprintf(why, len, "RAM byte %#" PRIx64 ": interpreter %#x, native %#x",
                     (uint64_t)(RAM_BASE + i), a->ram[i], b->ram[i]);
            return false;
        }
    }
    for (unsigned i = 0; i < MMIO_SIZE; i++) {
        if (a->mmio[i] != b->mmio[i]) {
            snprintf(why, len, "MMIO byte %#" PRIx64 ": interpreter %#x, native %#x",
                     (uint64_t)(MMIO_BASE + i), a->mmio[i], b->mmio[i]);
            return false;
        }
    }
    return true;
}

static void print_insn(const struct prog *p, unsigned i)
{
    uint16_t lo = (uint16_t)(p->code[p->off[i]] | p->code[p->off[i] + 1] << 8);
    struct insn in;
    uint32_t word = lo;
    if ((lo & 3) == 3) {
        word |= (uint32_t)(p->code[p->off[i] + 2] | p->code[p->off[i] + 3] << 8) << 16;
        insn_decode(word, &in);
    } else {
        insn_decode_rvc(lo, &in);
    }
    fprintf(stderr, "  insn %u at %#" PRIx64 ": %0*x %s rd x%u rs1 x%u rs2 x%u imm %d\n", i,
            p->start + p->off[i], in.len * 2, word, insn_name(in.op), in.rd, in.rs1, in.rs2,
            in.imm);
}

/* Find the shortest prefix of p (the rest turned into C.EBREAKs, so any path past it stops)
 * on which the two modes disagree, and print its last instructions. */
static void localise(const struct prog *p, const struct state *s, uint64_t budget)
{
    static struct prog t;
    static struct outcome a, b;
    char why[200];
    for (unsigned k = 1; k < p->n; k++) {
        t = *p;
        for (unsigned at = p->off[k]; at + 1 < p->bytes; at += 2)
            prog_put(&t, at, C_EBREAK, 2);
        run(&t, s, true, budget, &a);
        run(&t, s, false, budget, &b);
        if (!same(&a, &b, why, sizeof(why))) {
            fprintf(stderr, "  first disagreement with instructions 0..%u (%s); the last ones:\n",
                    k - 1, why);
            for (unsigned i = k > 4 ? k - 4 : 0; i < k; i++)
                print_insn(p, i);
            return;
        }
    }
    fprintf(stderr, "  no proper prefix disagrees: the whole program is needed\n");
}

static struct {
    unsigned programs, insns, mismatches, localised;
    uint64_t native_runs, native_insns, mmio_accesses;
} total;

/* Run p from s in both modes and check that both completed and agree. The native outcome is
 * left in *on for checks of expected values. label names the program in messages. */
static bool diff_run(const struct prog *p, const struct state *s, uint64_t budget,
                     const char *label, struct outcome *on)
{
    static struct outcome off;
    char why[200];
    bool ok = true;

    CHECK_MSG(p->bad == 0, "%s: generator bug: %s", label, p->bad_why);
    run(p, s, true, budget, &off);
    run(p, s, false, budget, on);
    total.programs++;
    total.insns += p->n;
    total.native_runs += on->native_runs;
    total.native_insns += on->native_insns;
    total.mmio_accesses += on->mmio_accesses;

    const struct outcome *o[2] = { &off, on };
    for (unsigned m = 0; m < 2; m++) {
        const char *mode = m ? "native" : "interpreter";
        bool done = o[m]->exit == HART_EXIT_WFI && o[m]->mcause == EXC_BREAKPOINT &&
                    o[m]->mepc == p->ebreak_pc;
        CHECK_MSG(done,
                  "%s, %s: did not end at its EBREAK: exit %d after %u calls, mcause %#" PRIx64
                  " mepc %#" PRIx64 " (EBREAK at %#" PRIx64 ")",
                  label, mode, o[m]->exit, o[m]->calls, o[m]->mcause, o[m]->mepc, p->ebreak_pc);
        CHECK_MSG(o[m]->x[0] == 0, "%s, %s: x0 reads %#" PRIx64, label, mode, o[m]->x[0]);
        ok = ok && done && o[m]->x[0] == 0;
    }
    CHECK_MSG(off.native_runs == 0, "%s: native_off still compiled %" PRIu64 " runs", label,
              off.native_runs);

    bool agree = same(&off, on, why, sizeof(why));
    CHECK_MSG(agree,
              "%s (%u insns from %#" PRIx64 ", budget %" PRIu64
              "): native and interpreter differ: %s",
              label, p->n, p->start, budget, why);
    if (!agree) {
        total.mismatches++;
        if (total.localised++ < 3)
            localise(p, s, budget);
    }
    return ok && agree;
}

/* ---- Tests -------------------------------------------------------------------------------- */

static uint64_t rand_budget(void)
{
    static const uint64_t budgets[] = { 1, 5, 100, MAX_STEPS };
    return pct(70) ? MAX_STEPS : budgets[below(NELEM(budgets))];
}

static void test_random(unsigned count, uint64_t first_seed)
{
    static struct prog p;
    static struct state s;
    static struct outcome on;
    static struct gen g;
    for (unsigned i = 0; i < count; i++) {
        uint64_t seed = first_seed + i;
        seed_rng(seed);
        gen_program(&p, &g);
        rand_state(&s, &p);
        char label[80];
        snprintf(label, sizeof(label), "random program %#" PRIx64 " (test_native 1 %#" PRIx64 ")",
                 seed, seed);
        diff_run(&p, &s, rand_budget(), label, &on);
    }
}

/* The registers of a directed test's generator: x1..x28, no RVC, no memory. */
static void directed_gen(struct gen *g)
{
    memset(g, 0, sizeof(*g));
    g->npool = 28;
    for (unsigned i = 0; i < 28; i++)
        g->pool[i] = (uint8_t)(i + 1);
    g->span = 0x800;
}

/* 60 instructions over x1..x30 (x31 too as a source): more live guest registers than the host
 * has for them, so the compiler must spill and reload, and a wrong spill slot shows. */
static void test_all_registers(void)
{
    static struct prog p;
    static struct state s;
    static struct outcome on;
    static const uint16_t ops[] = { OP_ADD,  OP_SUB,  OP_XOR,  OP_OR,   OP_AND,  OP_ADDW,
                                    OP_SUBW, OP_MUL,  OP_SLL,  OP_SRA,  OP_SLTU, OP_MULW,
                                    OP_ADDI, OP_XORI, OP_SLLI, OP_SRAIW };
    seed_rng(0x1234567);
    prog_begin(&p, CODE_BASE);
    for (unsigned i = 0; i < 60; i++) {
        unsigned op = ops[i % NELEM(ops)];
        unsigned rd = 1 + i % 30, rs1 = 1 + (i * 7 + 3) % 31, rs2 = 1 + (i * 13 + 5) % 31;
        op32(&p, op, rd, rs1, rs2, op_format(op) == FMT_SH ? (int32_t)(i % 32) : (int32_t)i - 30);
    }
    prog_end(&p, false);
    rand_state(&s, &p);
    diff_run(&p, &s, MAX_STEPS, "all registers", &on);
    /* One run of all 60, or the spills were not tested. */
    if (NATIVE_EXPECTED)
        CHECK_MSG(on.native_runs == 1 && on.native_insns == 60,
                  "all registers: %" PRIu64 " native runs of %" PRIu64 " insns, want 1 of 60",
                  on.native_runs, on.native_insns);
}

/* Every op with rd == rs1 == rs2 (immediate ops rd == rs1), each on its own register so that no
 * op's result is zeroed away by the previous one's; then the same with x0 everywhere. */
static void test_aliasing(void)
{
    static struct prog p;
    static struct state s;
    static struct outcome on;
    for (unsigned pass = 0; pass < 2; pass++) {
        seed_rng(0xa11a5 + pass);
        prog_begin(&p, CODE_BASE + 2 * pass);
        unsigned r = 0;
        for (unsigned list = 0; list < 2; list++) {
            const uint16_t *ops = list ? extra_ops : core_ops;
            unsigned n = list ? n_extra_ops : n_core_ops;
            for (unsigned i = 0; i < n; i++) {
                unsigned reg = pass ? 0 : 1 + r++ % 30;
                int32_t imm = op_format(ops[i]) == FMT_SH ? (sh_is_w(ops[i]) ? 31 : 63) : -1;
                op32(&p, ops[i], reg, reg, reg, imm);
            }
        }
        prog_end(&p, true);
        rand_state(&s, &p);
        diff_run(&p, &s, MAX_STEPS, pass ? "aliasing x0" : "aliasing", &on);
    }
}

/* Shifts by 0, 31, 32, 63 and by register amounts with high bits set (only the low 6 or 5 bits
 * count), of values whose sign and upper-half bits matter. */
static void test_shifts(void)
{
    static struct prog p;
    static struct state s;
    static struct outcome on;
    static const uint64_t amount[] = { 0, 31, 32, 63, 64, UINT64_MAX, 0xffffffffffffff1f, 33 };
    static const uint64_t value[] = { (uint64_t)INT64_MIN, UINT64_MAX, 0x80000000,
                                      0x7fffffff,          0xffffffff, 1,
                                      0x8000000080000001 };
    static const uint16_t reg_ops[] = { OP_SLL,  OP_SRL, OP_SRA, OP_SLLW, OP_SRLW,
                                        OP_SRAW, OP_ROL, OP_ROR, OP_ROLW, OP_RORW };
    static const uint16_t imm_ops[] = { OP_SLLI,  OP_SRLI, OP_SRAI,  OP_SLLIW,  OP_SRLIW,
                                        OP_SRAIW, OP_RORI, OP_RORIW, OP_SLLI_UW };
    static const int32_t shamt[] = { 0, 1, 31, 32, 63 };
    seed_rng(0x5417);
    prog_begin(&p, CODE_BASE);
    rand_state(&s, &p);
    for (unsigned i = 0; i < NELEM(amount); i++)
        s.x[1 + i] = amount[i]; /* x1..x8 */
    for (unsigned i = 0; i < NELEM(value); i++)
        s.x[9 + i] = value[i]; /* x9..x15 */
    unsigned rd = 16;          /* results rotate through x16..x30 */
    for (unsigned o = 0; o < NELEM(reg_ops); o++)
        for (unsigned v = 0; v < NELEM(value); v++)
            for (unsigned a = 0; a < NELEM(amount); a++) {
                op32(&p, reg_ops[o], rd, 9 + v, 1 + a, 0);
                rd = rd == 30 ? 16 : rd + 1;
            }
    for (unsigned o = 0; o < NELEM(imm_ops); o++)
        for (unsigned v = 0; v < NELEM(value); v++)
            for (unsigned a = 0; a < NELEM(shamt); a++) {
                if (sh_is_w(imm_ops[o]) && shamt[a] > 31)
                    continue;
                op32(&p, imm_ops[o], rd, 9 + v, 0, shamt[a]);
                rd = rd == 30 ? 16 : rd + 1;
            }
    /* RVC shifts (amount 0 is a hint there): C.SLLI on any register, C.SRLI/C.SRAI on x8..x15. */
    for (unsigned a = 1; a < NELEM(shamt); a++) {
        op32(&p, OP_ADDI, 8, 9 + a, 0, 0); /* mv x8, value */
        op16(&p, C_SRAI, 8, 0, shamt[a]);
        op32(&p, OP_ADDI, 12, 9 + a, 0, 0);
        op16(&p, C_SRLI, 12, 0, shamt[a]);
        op32(&p, OP_ADDI, 20 + a, 9, 0, 0);
        op16(&p, C_SLLI, 20 + a, 0, shamt[a]);
    }
    prog_end(&p, false);
    diff_run(&p, &s, MAX_STEPS, "shifts", &on);
}

/* Upper immediates with bit 31 set sign-extend into the upper half (RV64I 5.2.1), also in the
 * W ops that consume them; checked against known values as well as between the modes. */
static void test_upper_immediates(void)
{
    static struct prog p;
    static struct state s;
    static struct outcome on;
    seed_rng(0x10a1);
    prog_begin(&p, CODE_BASE + 0x7fa); /* AUIPC results depend on where the run sits */
    op32(&p, OP_LUI, 5, 0, 0, 0x80000);
    op32(&p, OP_LUI, 6, 0, 0, 0xfffff);
    op32(&p, OP_LUI, 7, 0, 0, 0x7ffff);
    op16(&p, C_LUI, 8, 0, -32);
    op32(&p, OP_ADDIW, 9, 5, 0, -1);
    op32(&p, OP_ADDI, 10, 5, 0, -1);
    uint64_t auipc_pc = p.start + p.bytes;
    op32(&p, OP_AUIPC, 11, 0, 0, 0x80000);
    op32(&p, OP_AUIPC, 12, 0, 0, 0);
    op32(&p, OP_LUI, 13, 0, 0, 0x80000);
    op32(&p, OP_ADDW, 13, 13, 13, 0); /* 0x80000000 + 0x80000000 wraps to 0 in 32 bits */
    op32(&p, OP_LUI, 14, 0, 0, 0x80000);
    op32(&p, OP_SLTI, 15, 14, 0, 0);   /* negative: 1 */
    op32(&p, OP_SLTIU, 16, 14, 0, -1); /* below 2^64 - 1: 1 */
    op32(&p, OP_SLTU, 17, 0, 14, 0);   /* 0 < huge: 1 */
    prog_end(&p, false);
    rand_state(&s, &p);
    if (!diff_run(&p, &s, MAX_STEPS, "upper immediates", &on))
        return;
    CHECK_EQ(on.x[5], 0xffffffff80000000);
    CHECK_EQ(on.x[6], 0xfffffffffffff000);
    CHECK_EQ(on.x[7], 0x7ffff000);
    CHECK_EQ(on.x[8], 0xfffffffffffe0000);
    CHECK_EQ(on.x[9], 0x7fffffff);
    CHECK_EQ(on.x[10], 0xffffffff7fffffff);
    CHECK_EQ(on.x[11], auipc_pc + 0xffffffff80000000);
    CHECK_EQ(on.x[12], auipc_pc + 4);
    CHECK_EQ(on.x[13], 0);
    CHECK_EQ(on.x[15], 1);
    CHECK_EQ(on.x[16], 1);
    CHECK_EQ(on.x[17], 1);
}

/* Runs of BLOCK_MAX_INSNS - 1, BLOCK_MAX_INSNS and BLOCK_MAX_INSNS + 1 instructions that native
 * code takes, from a block start, 32-bit and RVC: a run that fills its block exactly or goes on
 * into the next one, which must compile as one whole block. */
static void test_block_limit(void)
{
    static struct prog p;
    static struct state s;
    static struct outcome on;
    static struct gen g;
    for (unsigned len = BLOCK_MAX_INSNS - 1; len <= BLOCK_MAX_INSNS + 1; len++) {
        for (unsigned rvc = 0; rvc < 2; rvc++) {
            seed_rng(len * 2 + rvc);
            directed_gen(&g);
            g.x0_pct = 5;
            g.rvc_pct = rvc ? 60 : 0;
            prog_begin(&p, CODE_BASE + 0x100);
            while (p.n < len) {
                unsigned at = p.bytes, n = p.n;
                gen_alu(&p, &g);
                struct insn in;
                if (p.bytes - at == 4)
                    insn_decode(p.code[at] | p.code[at + 1] << 8 |
                                    (uint32_t)(p.code[at + 2] | p.code[at + 3] << 8) << 16,
                                &in);
                else
                    insn_decode_rvc((uint16_t)(p.code[at] | p.code[at + 1] << 8), &in);
                if (NATIVE_EXPECTED && !native_supported(&in))
                    p.n = n, p.bytes = at; /* take it back: this test wants one whole run */
            }
            prog_end(&p, rvc);
            rand_state(&s, &p);
            char label[40];
            snprintf(label, sizeof(label), "%u-insn run%s", len, rvc ? " (RVC)" : "");
            diff_run(&p, &s, MAX_STEPS, label, &on);
            unsigned want = len < BLOCK_MAX_INSNS ? len : BLOCK_MAX_INSNS;
            if (NATIVE_EXPECTED)
                CHECK_MSG(on.native_insns >= want,
                          "%s: %" PRIu64 " native runs of %" PRIu64 " insns, want %u insns", label,
                          on.native_runs, on.native_insns, want);
        }
    }
}

/* A run whose only destination is x0, loads included: nothing may change but pc, counters and
 * stored memory. */
static void test_x0_destination(void)
{
    static struct prog p;
    static struct state s;
    static struct outcome on;
    static struct gen g;
    seed_rng(0x5eed0);
    directed_gen(&g);
    g.x0_pct = 10;
    prog_begin(&p, CODE_BASE);
    for (unsigned i = 0; i < 100; i++) {
        if (i % 10 == 9) {
            load32(&p, OP_LD - (i / 10) % 4, 0, BASE_REG, (int32_t)i * 8 - 400);
            continue;
        }
        unsigned op = i < 2 * n_core_ops ? core_ops[i % n_core_ops] : extra_ops[below(n_extra_ops)];
        int32_t imm = op_format(op) == FMT_SH  ? rand_shamt(sh_is_w(op))
                      : op_format(op) == FMT_U ? rand_imm20()
                                               : rand_imm12();
        unsigned rs1 = pick_rs(&g), rs2 = pick_rs(&g);
        op32(&p, op, 0, rs1, rs2, imm);
    }
    prog_end(&p, false);
    rand_state(&s, &p);
    if (!diff_run(&p, &s, MAX_STEPS, "x0 destination", &on))
        return;
    for (unsigned i = 1; i < 32; i++)
        CHECK_MSG(on.x[i] == s.x[i], "x0 destination: x%u changed", i);
}

/* Division and multiplication corner cases (unprivileged 7.2): by zero, INT_MIN / -1 (a host
 * trap if compiled as a plain IDIV), and the high halves of products of extreme values. */
static void test_muldiv(void)
{
    static struct prog p;
    static struct state s;
    static struct outcome on;
    static const uint64_t v[] = { 0,
                                  1,
                                  UINT64_MAX,
                                  (uint64_t)INT64_MIN,
                                  (uint64_t)INT64_MAX,
                                  0xffffffff80000000,
                                  0x80000000,
                                  0xffffffff,
                                  7 };
    static const uint16_t ops[] = { OP_DIV,   OP_REM,    OP_DIVU,  OP_REMU, OP_DIVW,
                                    OP_REMW,  OP_DIVUW,  OP_REMUW, OP_MUL,  OP_MULH,
                                    OP_MULHU, OP_MULHSU, OP_MULW };
    seed_rng(0xd1f);
    prog_begin(&p, CODE_BASE);
    rand_state(&s, &p);
    for (unsigned i = 0; i < NELEM(v); i++)
        s.x[1 + i] = v[i]; /* x1..x9 */
    unsigned rd = 10;
    for (unsigned o = 0; o < NELEM(ops); o++)
        for (unsigned a = 0; a < NELEM(v); a++)
            for (unsigned b = 0; b < NELEM(v); b++) {
                op32(&p, ops[o], rd, 1 + a, 1 + b, 0);
                rd = rd == 30 ? 10 : rd + 1;
            }
    /* Known results, in registers nothing overwrites afterwards. */
    op32(&p, OP_DIV, 10, 4, 3, 0);   /* INT64_MIN / -1 = INT64_MIN */
    op32(&p, OP_REM, 11, 4, 3, 0);   /* INT64_MIN % -1 = 0 */
    op32(&p, OP_DIV, 12, 9, 1, 0);   /* 7 / 0 = -1 */
    op32(&p, OP_REM, 13, 9, 1, 0);   /* 7 % 0 = 7 */
    op32(&p, OP_DIVW, 14, 6, 3, 0);  /* (int32)INT32_MIN / -1 = INT32_MIN, sign-extended */
    op32(&p, OP_MULH, 15, 4, 4, 0);  /* INT64_MIN^2 = 2^126: high half 2^62 */
    op32(&p, OP_MULHU, 16, 3, 3, 0); /* (2^64 - 1)^2: high half 2^64 - 2 */
    op32(&p, OP_MULW, 17, 7, 7, 0);  /* 2^62 truncated to 32 bits: 0 */
    op32(&p, OP_MUL, 18, 4, 3, 0);   /* INT64_MIN * -1 wraps to INT64_MIN */
    prog_end(&p, false);
    if (!diff_run(&p, &s, MAX_STEPS, "mul/div", &on))
        return;
    CHECK_EQ(on.x[10], (uint64_t)INT64_MIN);
    CHECK_EQ(on.x[11], 0);
    CHECK_EQ(on.x[12], UINT64_MAX);
    CHECK_EQ(on.x[13], 7);
    CHECK_EQ(on.x[14], 0xffffffff80000000);
    CHECK_EQ(on.x[15], 1ull << 62);
    CHECK_EQ(on.x[16], UINT64_MAX - 1);
    CHECK_EQ(on.x[17], 0);
    CHECK_EQ(on.x[18], (uint64_t)INT64_MIN);
}

/* Every load and store width at offsets that host code serves (aligned, same page) and ones it
 * leaves to the interpreter mid-run (misaligned words, accesses crossing a page, stores next to
 * decoded code, MMIO), with the value stored read back at once through every load of that width;
 * stored values come from all host register numbers (byte stores of sil/dil/r8b... need a REX
 * prefix). Twice, in a loop: the first pass fills the TLBs, the second runs on them. */
static void test_memory(void)
{
    static struct prog p;
    static struct state s;
    static struct outcome on;
    static const uint16_t stores[] = { OP_SB, OP_SH, OP_SW, OP_SD };
    static const uint16_t loads[4][2] = {
        { OP_LB, OP_LBU }, { OP_LH, OP_LHU }, { OP_LW, OP_LWU }, { OP_LD, OP_LD }
    };
    /* x31: the RAM page boundary at offset 0; x28: the code page's data half; x30: MMIO. */
    static const int32_t ram_off[] = { 0, -8, -1, -2, -3, -4, 1, 3, 5, 6, 2040, -2048 };
    static const int32_t io_off[] = { 0, 8, -16, 2040, -2048 };
    seed_rng(0x3e3);
    prog_begin(&p, CODE_DATA_START);
    p.mmio = p.loops = true;
    unsigned head = loop_begin(&p, 2);
    unsigned v = 1; /* value register: cycles through x1..x27 */
    for (unsigned base = 0; base < 3; base++) {
        unsigned reg = base == 0 ? BASE_REG : base == 1 ? 28 : MMIO_REG;
        const int32_t *offs = base == 2 ? io_off : ram_off;
        unsigned n = base == 2 ? NELEM(io_off) : NELEM(ram_off);
        for (unsigned sz = 0; sz < 4; sz++)
            for (unsigned i = 0; i < n; i++) {
                int32_t off = base == 2 ? offs[i] & -(1 << sz) : base == 1 ? offs[i] / 2 : offs[i];
                store32(&p, stores[sz], reg, v, off);
                load32(&p, loads[sz][0], 1 + (v + 3) % 27, reg, off);
                load32(&p, loads[sz][1], 1 + (v + 7) % 27, reg, off);
                op32(&p, OP_XOR, v, v, 1 + (v + 3) % 27, 0);
                v = v % 27 + 1;
            }
    }
    loop_end(&p, head);
    prog_end(&p, false);
    rand_state(&s, &p);
    s.x[28] = CODE_BASE + 0x400;
    diff_run(&p, &s, MAX_STEPS, "memory", &on);
    CHECK_MSG(on.mmio_accesses == 2 * 3 * 4 * NELEM(io_off), "memory: %u MMIO accesses",
              on.mmio_accesses);
}

/* Accesses that fault in the middle of a run (past the end of RAM, or crossing it): the
 * instructions before must have completed, the faulting one must leave its rd alone, and the
 * trap handler's skip must resume the run right after it. Twice, the second time with the last
 * RAM page in the TLBs, so host code must tell a crossing access from one inside the page. */
static void test_faults(void)
{
    static struct prog p;
    static struct state s;
    static struct outcome on;
    seed_rng(0xfa17);
    prog_begin(&p, CODE_BASE + 0x40);
    p.base = RAM_END;
    p.loops = true;
    unsigned head = loop_begin(&p, 2);
    op32(&p, OP_ADDI, 5, 0, 0, 1);
    op32(&p, OP_ADDI, 6, 0, 0, 2);
    op32(&p, OP_ADDI, 7, 0, 0, 3);
    load32(&p, OP_LD, 12, BASE_REG, -8); /* the last doubleword of RAM */
    load32(&p, OP_LD, 8, BASE_REG, 0);   /* unmapped */
    op32(&p, OP_ADDI, 9, 5, 0, 10);
    op32(&p, OP_ADDI, 10, 6, 0, 10);
    store32(&p, OP_SD, BASE_REG, 9, 8); /* unmapped */
    op32(&p, OP_ADDI, 11, 7, 0, 10);
    load32(&p, OP_LW, 13, BASE_REG, -2);  /* crosses the end */
    load32(&p, OP_LH, 17, BASE_REG, -1);  /* crosses the end */
    store32(&p, OP_SW, BASE_REG, 9, -2);  /* crosses the end (its RAM half may be written) */
    store32(&p, OP_SH, BASE_REG, 10, -4); /* in RAM */
    op32(&p, OP_ADD, 14, 9, 10, 0);
    op32(&p, OP_ADD, 15, 14, 11, 0);
    load32(&p, OP_LD, 16, BASE_REG, -8);
    loop_end(&p, head);
    prog_end(&p, false);
    rand_state(&s, &p);
    if (!diff_run(&p, &s, MAX_STEPS, "faults", &on))
        return;
    uint64_t last, now;
    memcpy(&last, &s.ram[RAM_SIZE - 8], 8);
    memcpy(&now, &on.ram[RAM_SIZE - 8], 8);
    CHECK_EQ(on.x[8], s.x[8]);
    CHECK_EQ(on.x[9], 11);
    CHECK_EQ(on.x[10], 12);
    CHECK_EQ(on.x[11], 13);
    CHECK_EQ(on.x[13], s.x[13]);
    CHECK_EQ(on.x[17], s.x[17]);
    CHECK_EQ((uint32_t)now, (uint32_t)last);
    CHECK_EQ((now >> 32) & 0xffff, 12);
    CHECK_EQ(on.x[15], 36);
    CHECK_EQ(on.x[16], now);
}

/* A store in a run that rewrites a later instruction of the same block: stores to decoded code
 * are caught even without FENCE.I (block.c), so both modes must run the new instruction. Twice,
 * with a different instruction each time: the second store, with the code page in the load
 * TLB (a load read it) and the store TLB, must still leave host code for the slow path. */
static void test_self_modifying(void)
{
    static struct prog p;
    static struct state s;
    static struct outcome on;
    const uint32_t new_insn = enc_i(OP_ADDI, 6, 0, 123); /* addi x6, x0, 123 */
    seed_rng(0x5e1f);
    prog_begin(&p, CODE_BASE + 0x100);
    p.loops = true;
    op32(&p, OP_LUI, 5, 0, 0, (int32_t)((new_insn + 0x800) >> 12));
    op32(&p, OP_ADDIW, 5, 5, 0, (int32_t)(new_insn << 20) >> 20);
    op32(&p, OP_LUI, 13, 0, 0, 1 << 8); /* 1 << 20: adds 1 to an I-type immediate */
    unsigned auipc_at = p.bytes;
    op32(&p, OP_AUIPC, 7, 0, 0, 0);
    unsigned load_at = p.n;
    load32(&p, OP_LW, 14, 7, 0); /* offset patched below */
    unsigned head = loop_begin(&p, 2);
    for (unsigned i = 0; i < 3; i++)
        op32(&p, OP_ADDI, 8, 8, 0, 1);
    unsigned store_at = p.n;
    store32(&p, OP_SW, 7, 5, 0); /* offset patched below */
    op32(&p, OP_ADDW, 5, 5, 13, 0);
    for (unsigned i = 0; i < 2; i++)
        op32(&p, OP_ADDI, 9, 9, 0, 1);
    int32_t target = (int32_t)(p.bytes - auipc_at);
    op32(&p, OP_ADDI, 6, 0, 0, 1); /* becomes addi x6, x0, 123, then 124 */
    op32(&p, OP_ADD, 15, 15, 6, 0);
    loop_end(&p, head);
    prog_end(&p, false);
    prog_put(&p, p.off[load_at], enc_i(OP_LW, 14, 7, target), 4);
    prog_put(&p, p.off[store_at], enc_s(OP_SW, 7, 5, target), 4);
    rand_state(&s, &p);
    s.x[15] = 0;
    if (!diff_run(&p, &s, MAX_STEPS, "self-modifying", &on))
        return;
    CHECK_EQ(on.x[6], 124);
    CHECK_EQ(on.x[15], 123 + 124);
}

/* native_off is configuration, which hart_reset keeps (cpu/hart.h): the VM sets it before the
 * boot loader resets the harts (vm_boot_setup, boot_load), and `capa run --no-jit` must still
 * mean no host code. */
static void test_reset_keeps_native_off(void)
{
    static struct prog p;
    prog_begin(&p, CODE_BASE);
    for (unsigned i = 0; i < 10; i++)
        op32(&p, OP_ADDI, 5, 5, 0, 1);
    prog_end(&p, false);
    memcpy(ram + (p.start - RAM_BASE), p.code, p.bytes);
    hart_init(&h, &bus, 0, p.start);
    h.native_off = true;
    hart_reset(&h, p.start);
    CHECK(h.native_off);
    h.mtvec = p.ebreak_pc; /* EBREAK traps to itself: a loop the budget ends */
    hart_run(&h, 100);
    CHECK_MSG(h.stats.native_runs == 0, "native_off lost in hart_reset: %" PRIu64 " runs compiled",
              h.stats.native_runs);
    hart_fini(&h);
}

/* The comparison itself must notice a change anywhere it looks, or a pass proves nothing. */
static void test_compare_detects(void)
{
    static struct outcome a, b;
    char why[200];
    memset(&a, 0, sizeof(a));
    CHECK(same(&a, &a, why, sizeof(why)));
    for (unsigned i = 0; i < 32; i++) {
        b = a;
        b.x[i] = 1;
        CHECK_MSG(!same(&a, &b, why, sizeof(why)), "a change of x%u goes unnoticed", i);
    }
    uint64_t *fields[] = {
        &b.pc, &b.mepc, &b.mcause, &b.mtval, &b.mstatus, &b.minstret, &b.mcycle
    };
    for (unsigned i = 0; i < NELEM(fields); i++) {
        b = a;
        *fields[i] = 1;
        CHECK_MSG(!same(&a, &b, why, sizeof(why)), "a change of field %u goes unnoticed", i);
    }
    b = a;
    b.ram[RAM_SIZE - 1] = 1;
    CHECK(!same(&a, &b, why, sizeof(why)));
    b = a;
    b.mmio[0] = 1;
    CHECK(!same(&a, &b, why, sizeof(why)));
}

int main(int argc, char **argv)
{
    /* test_native [COUNT [FIRST_SEED]]: more or other random programs, e.g. to reproduce one. */
    unsigned count = argc > 1 ? (unsigned)strtoul(argv[1], NULL, 0) : 600;
    uint64_t first_seed = argc > 2 ? strtoull(argv[2], NULL, 0) : 1;

    ram = aligned_alloc(4096, RAM_SIZE);
    if (!ram)
        return 2;
    bus_init(&bus);
    if (bus_map_ram(&bus, "ram", RAM_BASE, RAM_SIZE, ram) != 0 ||
        bus_map_mmio(&bus, "regs", MMIO_BASE, MMIO_SIZE, &mmio_ops, NULL) != 0)
        return 2;

    test_compare_detects();
    test_all_registers();
    test_aliasing();
    test_shifts();
    test_upper_immediates();
    test_block_limit();
    test_x0_destination();
    test_muldiv();
    test_memory();
    test_self_modifying();
    test_faults();
    test_reset_keeps_native_off();
    test_random(count, first_seed);

    printf("test_native: %u programs, %u instructions, %" PRIu64 " native runs (%" PRIu64
           " instructions), %" PRIu64 " MMIO accesses, %u mismatches\n",
           total.programs, total.insns, total.native_runs, total.native_insns, total.mmio_accesses,
           total.mismatches);
    if (NATIVE_EXPECTED)
        CHECK_MSG(total.native_runs > 0, "no run was compiled to host code");
    free(ram);
    return check_report("test_native");
}
