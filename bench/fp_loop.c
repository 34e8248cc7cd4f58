/* A bare-metal floating-point workload for the interpreter's FP speed (the fast path of
 * src/cpu/fpu.c): double-precision particle steps (add, mul, div, sqrt, fmadd), a 48x48 double
 * matrix product, and a single-precision escape-time loop (fmadd.s, flt.s, fcvt), about 450 M
 * guest instructions in all. Build and run (M-mode, no firmware; HTIF tohost reports the end):
 *   riscv64-linux-gnu-gcc -march=rv64gc -mabi=lp64d -mcmodel=medany -O2 -ffreestanding -nostdlib \
 *     -nostartfiles -static -no-pie -fno-pic -Wl,--build-id=none -Wl,--no-warn-rwx-segments \
 *     -T tests/isa/link.ld -o /tmp/fp_loop.elf bench/fp_loop.c
 *   /usr/bin/time -f '%U s user' build/capa run --bare /tmp/fp_loop.elf --stats
 * It prints a checksum of the results on the HTIF console ("fp_loop 0123456789abcdef"): it must be
 * the same with and without the host fast path (bit-exact FP). */
#include <stdint.h>

__asm__(".section .text.init\n"
        ".globl _start\n"
        "_start:\n"
        "  la sp, stack_top\n"
        "  li t0, 1 << 13\n" /* mstatus.FS = Initial: FP on */
        "  csrs mstatus, t0\n"
        "  csrwi fcsr, 0\n"
        "  call fp_main\n"
        "  li t0, 1\n"
        "  la t1, tohost\n"
        "  sd t0, 0(t1)\n"
        "1: j 1b\n"
        ".text\n");

volatile uint64_t tohost __attribute__((section(".tohost"), aligned(64)));
volatile uint64_t fromhost __attribute__((section(".tohost"), aligned(64)));

static uint64_t stack[4096] __attribute__((aligned(16), used));
__asm__(".set stack_top, stack + 32768");

static double dsqrt(double x)
{
    double r;
    __asm__("fsqrt.d %0, %1" : "=f"(r) : "f"(x));
    return r;
}

static float fsqrtf(float x)
{
    float r;
    __asm__("fsqrt.s %0, %1" : "=f"(r) : "f"(x));
    return r;
}

enum { NP = 6 };

static double particles(int steps)
{
    double x[NP], y[NP], vx[NP], vy[NP], m[NP];
    for (int i = 0; i < NP; i++) {
        x[i] = (double)(i * 3 + 1) * 0.75;
        y[i] = (double)(i * i) * 0.5 - 2.0;
        vx[i] = 0.01 * (double)(i - 2);
        vy[i] = -0.02 * (double)(i - 3);
        m[i] = 1.0 + (double)i * 0.25;
    }
    const double dt = 0.001, soft = 0.01;
    for (int s = 0; s < steps; s++) {
        for (int i = 0; i < NP; i++)
            for (int j = i + 1; j < NP; j++) {
                double dx = x[i] - x[j], dy = y[i] - y[j];
                double d2 = dx * dx + dy * dy + soft;
                double inv = dt / (d2 * dsqrt(d2));
                vx[i] -= dx * m[j] * inv;
                vy[i] -= dy * m[j] * inv;
                vx[j] += dx * m[i] * inv;
                vy[j] += dy * m[i] * inv;
            }
        for (int i = 0; i < NP; i++) {
            x[i] += dt * vx[i];
            y[i] += dt * vy[i];
        }
    }
    double e = 0;
    for (int i = 0; i < NP; i++)
        e += x[i] * 3.0 + y[i] + vx[i] * 7.0 - vy[i];
    return e;
}

enum { N = 48 };
static double ma[N][N], mb[N][N], mc[N][N];

static double matrix(int reps)
{
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            ma[i][j] = (double)((i * 5 + j * 3) % 11) / 4.0 - 1.25;
            mb[i][j] = (double)((i * 7 + j) % 13) / 6.0 - 1.0;
        }
    double t = 0;
    for (int r = 0; r < reps; r++) {
        for (int i = 0; i < N; i++)
            for (int j = 0; j < N; j++) {
                double s = 0;
                for (int k = 0; k < N; k++)
                    s += ma[i][k] * mb[k][j];
                mc[i][j] = s;
            }
        /* rows of the product, scaled to unit length, become the next left factor */
        for (int i = 0; i < N; i++) {
            double n = 0;
            for (int j = 0; j < N; j++)
                n += mc[i][j] * mc[i][j];
            n = dsqrt(n) + 1e-3;
            for (int j = 0; j < N; j++)
                ma[i][j] = mc[i][j] / n + (i == j ? 0.5 : 0.0);
        }
        t += ma[r % N][(r * 5) % N];
    }
    return t;
}

static float escape(int reps)
{
    float acc = 0;
    for (int r = 0; r < reps; r++)
        for (int py = 0; py < 64; py++)
            for (int px = 0; px < 96; px++) {
                float cx = -2.1f + (float)px * (2.8f / 96) + (float)r * 1e-4f;
                float cy = -1.2f + (float)py * (2.4f / 64);
                float zx = 0, zy = 0;
                int it = 0;
                while (it < 48 && zx * zx + zy * zy < 4.0f) {
                    float t = zx * zx - zy * zy + cx;
                    zy = 2 * zx * zy + cy;
                    zx = t;
                    it++;
                }
                acc += (float)it + fsqrtf(zx * zx + zy * zy) / (1.0f + (float)it);
            }
    return acc;
}

/* HTIF console: device 1, command 1, the byte; the host clears tohost when it has taken it. */
static void put(char c)
{
    tohost = (1ull << 56) | (1ull << 48) | (uint8_t)c;
    while (tohost)
        ;
}

void fp_main(void);

void fp_main(void)
{
    union {
        double d;
        uint64_t u;
    } a, b;
    union {
        float f;
        uint32_t u;
    } c;
    a.d = particles(400000);
    b.d = matrix(80);
    c.f = escape(80);
    uint64_t sum = a.u ^ (b.u * 0x9e3779b97f4a7c15ull) ^ ((uint64_t)c.u << 17);
    for (const char *p = "fp_loop "; *p; p++)
        put(*p);
    for (int i = 60; i >= 0; i -= 4)
        put("0123456789abcdef"[(sum >> i) & 15]);
    put('\n');
}
