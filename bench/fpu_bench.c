/* Microbenchmark: nanoseconds per fp_exec() call for the FP instructions an FP-heavy guest
 * (n-body, matrix multiply, compiled by gcc -O2 for rv64gc) executes most. Operands cycle through a
 * table of random normal values so neither the branch predictor nor the value history degenerate
 * to one case. Built as an ordinary host program (tests/CMakeLists.txt), never run by ctest.
 *
 * Usage: fpu_bench [iterations]    (default 20M per instruction)
 * Columns: pure softfloat (the fast path forced off: "before"), the fast path with NX from the
 * MXCSR (FP_MODE_FAST_MXCSR), and fp_exec() itself. Each figure includes the benchmark loop's own
 * cost (the fsgnj.d row: no arithmetic at all). */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cpu/cpu_internal.h"
#include "cpu/fpu_fast.h"

#define NVALS 1024

static uint64_t rng = 0x9e3779b97f4a7c15ull;

static uint64_t rnd(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return rng;
}

static double now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

struct bench_case {
    const char *name;
    enum insn_op op;
    unsigned rm;
    int kind; /* 0: double operands, 1: single operands, 2: integer operand in x1 */
};

static const struct bench_case cases[] = {
    { "fadd.d", OP_FADD_D, RM_DYN, 0 },
    { "fsub.d", OP_FSUB_D, RM_DYN, 0 },
    { "fmul.d", OP_FMUL_D, RM_DYN, 0 },
    { "fdiv.d", OP_FDIV_D, RM_DYN, 0 },
    { "fsqrt.d", OP_FSQRT_D, RM_DYN, 0 },
    { "fmadd.d", OP_FMADD_D, RM_DYN, 0 },
    { "fnmsub.d", OP_FNMSUB_D, RM_DYN, 0 },
    { "fmin.d", OP_FMIN_D, 0, 0 },
    { "flt.d", OP_FLT_D, 1, 0 },
    { "feq.d", OP_FEQ_D, 2, 0 },
    { "fcvt.w.d rtz", OP_FCVT_W_D, RM_RTZ, 0 },
    { "fcvt.l.d rne", OP_FCVT_L_D, RM_DYN, 0 },
    { "fcvt.d.w", OP_FCVT_D_W, RM_DYN, 2 },
    { "fcvt.d.l", OP_FCVT_D_L, RM_DYN, 2 },
    { "fcvt.s.d", OP_FCVT_S_D, RM_DYN, 0 },
    { "fcvt.d.s", OP_FCVT_D_S, RM_DYN, 1 },
    { "fadd.s", OP_FADD_S, RM_DYN, 1 },
    { "fmul.s", OP_FMUL_S, RM_DYN, 1 },
    { "fdiv.s", OP_FDIV_S, RM_DYN, 1 },
    { "fsqrt.s", OP_FSQRT_S, RM_DYN, 1 },
    { "fmadd.s", OP_FMADD_S, RM_DYN, 1 },
    { "fsgnj.d", OP_FSGNJ_D, 0, 0 },
};

static uint64_t va[NVALS], vb[NVALS], vc[NVALS];

static void fill(int kind)
{
    for (int i = 0; i < NVALS; i++) {
        /* Magnitudes between 2^-20 and 2^20: what physics and matrix code mostly sees. */
        double x = ldexp(1.0 + (double)(rnd() >> 11) * 0x1p-53, (int)(rnd() % 41) - 20);
        double y = ldexp(1.0 + (double)(rnd() >> 11) * 0x1p-53, (int)(rnd() % 41) - 20);
        double z = ldexp(1.0 + (double)(rnd() >> 11) * 0x1p-53, (int)(rnd() % 41) - 20);
        if (rnd() & 1)
            y = -y;
        if (kind == 0) {
            va[i] = hf_b64(x), vb[i] = hf_b64(y), vc[i] = hf_b64(z);
        } else if (kind == 1) {
            va[i] = fp_box32(hf_b32((float)x)), vb[i] = fp_box32(hf_b32((float)y)),
            vc[i] = fp_box32(hf_b32((float)z));
        } else {
            va[i] = (uint64_t)(int64_t)(x * 1000.0), vb[i] = va[i], vc[i] = va[i];
        }
    }
}

typedef int (*exec_fn)(struct hart *, const struct insn *);

static int exec_soft(struct hart *h, const struct insn *in)
{
    return fp_exec_mode(h, in, FP_MODE_SOFT);
}
static int exec_mxcsr(struct hart *h, const struct insn *in)
{
    return fp_exec_mode(h, in, FP_MODE_FAST_MXCSR);
}

static double run_case(exec_fn fn, struct hart *h, const struct bench_case *c, long iters)
{
    struct insn in = {
        .op = (uint16_t)c->op, .rd = 3, .rs1 = 1, .rs2 = 2, .rs3 = 4, .rm = (uint8_t)c->rm, .len = 4
    };
    uint64_t sink = 0;
    fill(c->kind);
    double t0 = now_ns();
    for (long i = 0; i < iters; i++) {
        unsigned k = (unsigned)i & (NVALS - 1);
        if (c->kind == 2) {
            h->x[1] = va[k];
        } else {
            h->f[1] = va[k];
            h->f[2] = vb[k];
            h->f[4] = vc[k];
        }
        fn(h, &in);
        sink += h->f[3] ^ h->x[3];
    }
    double t1 = now_ns();
    if (sink == 42)
        printf("!");
    return (t1 - t0) / (double)iters;
}

int main(int argc, char **argv)
{
    long iters = argc > 1 ? atol(argv[1]) : 20000000;
    struct hart *h = calloc(1, sizeof(*h));
    if (!h)
        return 1;
    h->priv = PRV_M;
    h->mstatus = MSTATUS_FS;
    h->frm = RM_RNE;

    printf("%-14s %10s %10s %10s   (ns per fp_exec call)\n", "insn", "softfloat", "fast-mxcsr",
           "fp_exec");
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        double s = run_case(exec_soft, h, &cases[i], iters);
        double m = run_case(exec_mxcsr, h, &cases[i], iters);
        double f = run_case(fp_exec, h, &cases[i], iters);
        printf("%-14s %10.2f %10.2f %10.2f\n", cases[i].name, s, m, f);
    }
    free(h);
    return 0;
}
