/* Random programs for test_native: a seeded generator of integer ALU runs, loads and stores,
 * branches and RVC, built with native_prog.h's encoders (native_gen.c documents each). */
#ifndef CAPA_TESTS_NATIVE_GEN_H
#define CAPA_TESTS_NATIVE_GEN_H

#include "native_prog.h"

/* Integer ops programs use: those of native runs, and ones only the interpreter runs. */
extern const uint16_t core_ops[], extra_ops[];
extern const unsigned n_core_ops, n_extra_ops;

struct gen {
    uint8_t pool[30]; /* destination registers besides x0 (x1..x30, less x30 with MMIO) */
    unsigned npool;
    unsigned x0_pct, rvc_pct, extra_pct, mem_pct, misalign_pct, mmio_pct, log_pct;
    unsigned log_slot; /* the next doubleword of the log (gen_alu) */
    int32_t span;      /* x31 offsets lie in [-span, span) */
    uint8_t recent[4]; /* recent destinations: sources pick them so results feed later ops */
    unsigned nrecent;
};

uint64_t rnd(void);
void seed_rng(uint64_t seed);
unsigned below(unsigned n);
bool pct(unsigned percent);
uint64_t rand_value(void);
int32_t rand_imm12(void);
int32_t rand_shamt(bool w);
int32_t rand_imm20(void);
unsigned pick_rs(struct gen *g);
void gen_alu(struct prog *p, struct gen *g);
void gen_program(struct prog *p, struct gen *g);

#endif
