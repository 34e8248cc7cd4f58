/* capa-bench: guest-side CPU workloads and a timer for bench/compare.py.
 *
 * Built static for riscv64 by guest/build.sh and installed in the default initramfs as
 * /usr/bin/capa-bench. Every workload prints a checksum so the host can check that the same
 * work was done on every machine (integer and floating-point results must be bit-identical).
 *
 * usage: capa-bench time CMD [ARGS...]   run CMD, then print
 *                                        "capa-bench: time NS status S cpu_us U"
 *                                        (CLOCK_MONOTONIC wall time of CMD, its exit status
 *                                        and its user+system CPU time)
 *        capa-bench gen FILE MIB         write MIB MiB of deterministic pseudo-random words
 *                                        (moderately compressible), print "gen BYTES FNV64"
 *        capa-bench int [SCALE]          integer workload (sort, hashing, a bytecode
 *                                        interpreter, 64-bit multiply/divide)
 *        capa-bench fp [SCALE]           floating-point workload (n-body, matrix multiply
 *                                        with sqrt/div in double; Mandelbrot in float)
 * SCALE (default 1) multiplies the amount of work.
 */
#define _GNU_SOURCE
#include <inttypes.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static uint64_t rng_state;

static uint64_t rng_next(void) /* xorshift64* */
{
    rng_state ^= rng_state >> 12;
    rng_state ^= rng_state << 25;
    rng_state ^= rng_state >> 27;
    return rng_state * 0x2545f4914f6cdd1dULL;
}

static uint64_t mix(uint64_t h, uint64_t v)
{
    h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
    return h;
}

static uint64_t dbits(double d)
{
    uint64_t u;
    memcpy(&u, &d, sizeof u);
    return u;
}

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* ---- time ---------------------------------------------------------------------------- */

static int cmd_time(int argc, char **argv)
{
    if (argc < 1) {
        fprintf(stderr, "capa-bench time: missing command\n");
        return 2;
    }
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    pid_t pid = fork();
    if (pid < 0) {
        perror("fork");
        return 1;
    }
    if (pid == 0) {
        execvp(argv[0], argv);
        perror(argv[0]);
        _exit(127);
    }
    int status;
    struct rusage ru;
    if (wait4(pid, &status, 0, &ru) < 0) {
        perror("wait4");
        return 1;
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    int64_t ns = (int64_t)(t1.tv_sec - t0.tv_sec) * 1000000000 + (t1.tv_nsec - t0.tv_nsec);
    int64_t cpu_us = (int64_t)(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1000000 +
                     ru.ru_utime.tv_usec + ru.ru_stime.tv_usec;
    int st = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    fflush(stdout);
    printf("capa-bench: time %" PRId64 " status %d cpu_us %" PRId64 "\n", ns, st, cpu_us);
    return st;
}

/* ---- gen ----------------------------------------------------------------------------- */

#define VOCAB 4096

static int cmd_gen(const char *path, long mib)
{
    static char words[VOCAB][12];
    static unsigned char buf[1 << 16];
    rng_state = 0x1234567887654321ULL;
    for (int i = 0; i < VOCAB; i++) {
        int len = 2 + (int)(rng_next() % 9);
        for (int j = 0; j < len; j++)
            words[i][j] = (char)('a' + rng_next() % 26);
        words[i][len] = 0;
    }
    FILE *f = fopen(path, "wb");
    if (!f) {
        perror(path);
        return 1;
    }
    uint64_t total = (uint64_t)mib << 20, done = 0, fnv = 0xcbf29ce484222325ULL;
    size_t n = 0;
    int col = 0;
    while (done < total) {
        /* skewed word choice (the product of two uniforms): common words repeat often */
        uint64_t r = rng_next();
        uint64_t a = r & 0xfff, b = (r >> 12) & 0xfff;
        const char *w = words[(a * b) >> 12];
        size_t len = strlen(w);
        col += (int)len + 1;
        for (size_t j = 0; j <= len && done < total; j++, done++) {
            unsigned char c = j < len ? (unsigned char)w[j] : (col > 72 ? '\n' : ' ');
            buf[n++] = c;
            fnv = (fnv ^ c) * 0x100000001b3ULL;
            if (n == sizeof buf) {
                if (fwrite(buf, 1, n, f) != n) {
                    perror("write");
                    return 1;
                }
                n = 0;
            }
        }
        if (col > 72)
            col = 0;
    }
    if ((n && fwrite(buf, 1, n, f) != n) || fclose(f) != 0) {
        perror("write");
        return 1;
    }
    printf("gen %" PRIu64 " %016" PRIx64 "\n", total, fnv);
    return 0;
}

/* ---- int ----------------------------------------------------------------------------- */

static void quicksort(uint32_t *a, long lo, long hi)
{
    while (hi - lo > 16) {
        uint32_t p = a[lo + (hi - lo) / 2];
        long i = lo, j = hi;
        while (i <= j) {
            while (a[i] < p)
                i++;
            while (a[j] > p)
                j--;
            if (i <= j) {
                uint32_t t = a[i];
                a[i++] = a[j];
                a[j--] = t;
            }
        }
        if (j - lo < hi - i) {
            quicksort(a, lo, j);
            lo = i;
        } else {
            quicksort(a, i, hi);
            hi = j;
        }
    }
    for (long i = lo + 1; i <= hi; i++) {
        uint32_t v = a[i];
        long j = i - 1;
        while (j >= lo && a[j] > v) {
            a[j + 1] = a[j];
            j--;
        }
        a[j + 1] = v;
    }
}

static uint64_t work_sort(int reps)
{
    enum { N = 1 << 16 };
    static uint32_t a[N];
    uint64_t h = 0;
    for (int r = 0; r < reps; r++) {
        for (int i = 0; i < N; i++)
            a[i] = (uint32_t)(rng_next() >> 32);
        quicksort(a, 0, N - 1);
        for (int i = 1; i < N; i++)
            if (a[i - 1] > a[i])
                return 0; /* not sorted: a visible wrong checksum */
        h = mix(h, a[0] ^ a[N / 2] ^ a[N - 1]);
    }
    return h;
}

#define ROR32(x, n) (((x) >> (n)) | ((x) << (32 - (n))))

static void sha256_block(uint32_t st[8], const unsigned char *p)
{
    static const uint32_t k[64] = {
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4,
        0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe,
        0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f,
        0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7,
        0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc,
        0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
        0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116,
        0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
        0xc67178f2
    };
    uint32_t w[64];
    for (int i = 0; i < 16; i++)
        w[i] = (uint32_t)p[4 * i] << 24 | (uint32_t)p[4 * i + 1] << 16 |
               (uint32_t)p[4 * i + 2] << 8 | p[4 * i + 3];
    for (int i = 16; i < 64; i++) {
        uint32_t s0 = ROR32(w[i - 15], 7) ^ ROR32(w[i - 15], 18) ^ (w[i - 15] >> 3);
        uint32_t s1 = ROR32(w[i - 2], 17) ^ ROR32(w[i - 2], 19) ^ (w[i - 2] >> 10);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    uint32_t a = st[0], b = st[1], c = st[2], d = st[3], e = st[4], f = st[5], g = st[6], h = st[7];
    for (int i = 0; i < 64; i++) {
        uint32_t t1 =
            h + (ROR32(e, 6) ^ ROR32(e, 11) ^ ROR32(e, 25)) + ((e & f) ^ (~e & g)) + k[i] + w[i];
        uint32_t t2 = (ROR32(a, 2) ^ ROR32(a, 13) ^ ROR32(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
        h = g;
        g = f;
        f = e;
        e = d + t1;
        d = c;
        c = b;
        b = a;
        a = t1 + t2;
    }
    st[0] += a;
    st[1] += b;
    st[2] += c;
    st[3] += d;
    st[4] += e;
    st[5] += f;
    st[6] += g;
    st[7] += h;
}

static uint64_t work_hash(int reps)
{
    enum { LEN = 1 << 16 };
    static unsigned char buf[LEN];
    static uint32_t crctab[256];
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t c = i;
        for (int j = 0; j < 8; j++)
            c = c & 1 ? 0xedb88320 ^ (c >> 1) : c >> 1;
        crctab[i] = c;
    }
    for (int i = 0; i < LEN; i++)
        buf[i] = (unsigned char)rng_next();
    uint32_t st[8] = { 0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                       0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19 };
    uint32_t crc = 0xffffffff;
    for (int r = 0; r < reps; r++) {
        for (int i = 0; i < LEN; i += 64)
            sha256_block(st, buf + i);
        for (int i = 0; i < LEN; i++)
            crc = crctab[(crc ^ buf[i]) & 0xff] ^ (crc >> 8);
        buf[r % LEN] ^= (unsigned char)st[0];
    }
    uint64_t h = crc;
    for (int i = 0; i < 8; i++)
        h = mix(h, st[i]);
    return h;
}

/* A small register-machine interpreter (branchy switch dispatch). */
enum op { OP_LI, OP_ADD, OP_SUB, OP_MUL, OP_AND, OP_XOR, OP_SHR, OP_REM, OP_BLT, OP_BNE, OP_HALT };
struct insn {
    uint8_t op, rd, rs, rt;
    int32_t imm;
};

static uint64_t interp(const struct insn *prog, uint64_t *r)
{
    uint64_t steps = 0;
    for (int pc = 0;; steps++) {
        const struct insn *i = &prog[pc++];
        switch (i->op) {
        case OP_LI: r[i->rd] = (uint64_t)(int64_t)i->imm; break;
        case OP_ADD: r[i->rd] = r[i->rs] + r[i->rt]; break;
        case OP_SUB: r[i->rd] = r[i->rs] - r[i->rt]; break;
        case OP_MUL: r[i->rd] = r[i->rs] * r[i->rt]; break;
        case OP_AND: r[i->rd] = r[i->rs] & r[i->rt]; break;
        case OP_XOR: r[i->rd] = r[i->rs] ^ r[i->rt]; break;
        case OP_SHR: r[i->rd] = r[i->rs] >> (r[i->rt] & 63); break;
        case OP_REM: r[i->rd] = r[i->rt] ? r[i->rs] % r[i->rt] : 0; break;
        case OP_BLT:
            if (r[i->rs] < r[i->rt])
                pc = i->imm;
            break;
        case OP_BNE:
            if (r[i->rs] != r[i->rt])
                pc = i->imm;
            break;
        default: return steps;
        }
    }
}

static uint64_t work_interp(int reps)
{
    /* Collatz lengths of 1..n-1: r1 = i, r2 = x, r3 = total steps, r4 = n
     * (fields: op, rd, rs, rt, imm; branches compare rs with rt and jump to imm) */
    static const struct insn prog[] = {
        { OP_LI, 1, 0, 0, 1 },   /* 0: i = 1 */
        { OP_LI, 3, 0, 0, 0 },   /* 1: total = 0 */
        { OP_LI, 5, 0, 0, 1 },   /* 2: r5 = 1 */
        { OP_LI, 6, 0, 0, 2 },   /* 3: r6 = 2 */
        { OP_LI, 7, 0, 0, 3 },   /* 4: r7 = 3 */
        { OP_ADD, 2, 1, 0, 0 },  /* 5: x = i (r0 == 0) */
        { OP_BNE, 0, 2, 5, 8 },  /* 6: loop: if x != 1 goto 8 */
        { OP_BLT, 0, 0, 5, 16 }, /* 7: goto next (0 < 1) */
        { OP_ADD, 3, 3, 5, 0 },  /* 8: total++ */
        { OP_AND, 8, 2, 5, 0 },  /* 9: odd = x & 1 */
        { OP_BNE, 0, 8, 0, 13 }, /* 10: if odd goto 13 */
        { OP_SHR, 2, 2, 5, 0 },  /* 11: x >>= 1 */
        { OP_BLT, 0, 0, 5, 6 },  /* 12: goto loop */
        { OP_MUL, 2, 2, 7, 0 },  /* 13: x *= 3 */
        { OP_ADD, 2, 2, 5, 0 },  /* 14: x += 1 */
        { OP_BLT, 0, 0, 5, 6 },  /* 15: goto loop */
        { OP_ADD, 1, 1, 5, 0 },  /* 16: next: i++ */
        { OP_BLT, 0, 1, 4, 5 },  /* 17: if i < n goto 5 */
        { OP_HALT, 0, 0, 0, 0 },
    };
    uint64_t h = 0;
    for (int r = 0; r < reps; r++) {
        uint64_t reg[16] = { 0 };
        reg[4] = 3000 + (uint64_t)r;
        uint64_t steps = interp(prog, reg);
        h = mix(h, reg[3] ^ steps << 20);
    }
    return h;
}

static uint64_t mulmod(uint64_t a, uint64_t b, uint64_t m)
{
    return (uint64_t)((unsigned __int128)a * b % m);
}

static uint64_t work_muldiv(int reps)
{
    uint64_t x = 0x0123456789abcdefULL, acc = 0, p = 0;
    for (int r = 0; r < reps; r++) {
        for (int i = 0; i < 4096; i++) {
            x = x * 6364136223846793005ULL + 1442695040888963407ULL;
            uint64_t d = (x >> 40) | 1;
            acc += x / d + x % 1000000007ULL;
            acc ^= (uint64_t)((int64_t)acc / -(int64_t)(d | 3));
        }
        /* modular exponentiation: 64x64->128 multiply and 128-bit remainder */
        uint64_t m = 0xffffffff00000001ULL, b = x % m, e = acc, y = 1;
        while (e) {
            if (e & 1)
                y = mulmod(y, b, m);
            b = mulmod(b, b, m);
            e >>= 1;
        }
        p = mix(p, y);
    }
    return mix(acc, p);
}

static int cmd_int(int scale)
{
    rng_state = 0x9e3779b97f4a7c15ULL;
    double t0 = now_s();
    uint64_t s = work_sort(80 * scale);
    double t1 = now_s();
    uint64_t h = work_hash(400 * scale);
    double t2 = now_s();
    uint64_t i = work_interp(12 * scale);
    double t3 = now_s();
    uint64_t m = work_muldiv(4000 * scale);
    double t4 = now_s();
    uint64_t all = mix(mix(mix(s, h), i), m);
    printf("int %016" PRIx64 " (sort %016" PRIx64 " hash %016" PRIx64 " interp %016" PRIx64
           " muldiv %016" PRIx64 ")\n",
           all, s, h, i, m);
    printf("parts: sort %.3f s, hash %.3f s, interp %.3f s, muldiv %.3f s\n", t1 - t0, t2 - t1,
           t3 - t2, t4 - t3);
    return 0;
}

/* ---- fp ------------------------------------------------------------------------------ */

struct body {
    double x, y, z, vx, vy, vz, m;
};

static double nbody(int steps)
{
    const double pi = 3.141592653589793, sm = 4 * pi * pi, dpy = 365.24;
    struct body b[5] = {
        { 0, 0, 0, 0, 0, 0, sm },
        { 4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
          1.66007664274403694e-03 * dpy, 7.69901118419740425e-03 * dpy,
          -6.90460016972063023e-05 * dpy, 9.54791938424326609e-04 * sm },
        { 8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
          -2.76742510726862411e-03 * dpy, 4.99852801234917238e-03 * dpy,
          2.30417297573763929e-05 * dpy, 2.85885980666130812e-04 * sm },
        { 1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
          2.96460137564761618e-03 * dpy, 2.37847173959480950e-03 * dpy,
          -2.96589568540237556e-05 * dpy, 4.36624404335156298e-05 * sm },
        { 1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
          2.68067772490389322e-03 * dpy, 1.62824170038242295e-03 * dpy,
          -9.51592254519715870e-05 * dpy, 5.15138902046611451e-05 * sm },
    };
    const double dt = 0.01;
    for (int s = 0; s < steps; s++) {
        for (int i = 0; i < 5; i++)
            for (int j = i + 1; j < 5; j++) {
                double dx = b[i].x - b[j].x, dy = b[i].y - b[j].y, dz = b[i].z - b[j].z;
                double d2 = dx * dx + dy * dy + dz * dz;
                double mag = dt / (d2 * sqrt(d2));
                b[i].vx -= dx * b[j].m * mag;
                b[i].vy -= dy * b[j].m * mag;
                b[i].vz -= dz * b[j].m * mag;
                b[j].vx += dx * b[i].m * mag;
                b[j].vy += dy * b[i].m * mag;
                b[j].vz += dz * b[i].m * mag;
            }
        for (int i = 0; i < 5; i++) {
            b[i].x += dt * b[i].vx;
            b[i].y += dt * b[i].vy;
            b[i].z += dt * b[i].vz;
        }
    }
    double e = 0;
    for (int i = 0; i < 5; i++)
        e += b[i].x + b[i].y * 3 + b[i].vz * 7;
    return e;
}

static double matmul(int reps)
{
    enum { N = 64 };
    static double a[N][N], b[N][N], c[N][N];
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            a[i][j] = (double)((i * 7 + j * 3) % 17) / 8.0 - 1.0;
            b[i][j] = (double)((i * 5 + j * 11) % 13) / 6.0 - 1.0;
        }
    double t = 0;
    for (int r = 0; r < reps; r++) {
        for (int i = 0; i < N; i++)
            for (int j = 0; j < N; j++) {
                double s = 0;
                for (int k = 0; k < N; k++)
                    s += a[i][k] * b[k][j];
                c[i][j] = s;
            }
        /* normalise rows of c into a: keeps the values bounded and uses sqrt/div */
        for (int i = 0; i < N; i++) {
            double n = 0;
            for (int j = 0; j < N; j++)
                n += c[i][j] * c[i][j];
            n = sqrt(n) + 1e-3;
            for (int j = 0; j < N; j++)
                a[i][j] = c[i][j] / n + (double)(j == i);
        }
        t += a[r % N][(r * 7) % N];
    }
    return t;
}

static float mandel(int reps)
{
    float acc = 0;
    for (int r = 0; r < reps; r++)
        for (int py = 0; py < 96; py++)
            for (int px = 0; px < 128; px++) {
                float cx = -2.0f + (float)px * (2.6f / 128) + (float)r * 1e-4f;
                float cy = -1.2f + (float)py * (2.4f / 96);
                float x = 0, y = 0;
                int it = 0;
                while (it < 64 && x * x + y * y < 4.0f) {
                    float xt = x * x - y * y + cx;
                    y = 2 * x * y + cy;
                    x = xt;
                    it++;
                }
                acc += (float)it + sqrtf(x * x + y * y) / (1.0f + (float)it);
            }
    return acc;
}

static int cmd_fp(int scale)
{
    double t0 = now_s();
    double n = nbody(300000 * scale);
    double t1 = now_s();
    double m = matmul(60 * scale);
    double t2 = now_s();
    float f = mandel(30 * scale);
    double t3 = now_s();
    uint32_t fb;
    memcpy(&fb, &f, sizeof fb);
    uint64_t all = mix(mix(dbits(n), dbits(m)), fb);
    printf("fp %016" PRIx64 " (nbody %.17g matmul %.17g mandel %.9g)\n", all, n, m, (double)f);
    printf("parts: nbody %.3f s, matmul %.3f s, mandel %.3f s\n", t1 - t0, t2 - t1, t3 - t2);
    return 0;
}

int main(int argc, char **argv)
{
    if (argc >= 2 && !strcmp(argv[1], "time"))
        return cmd_time(argc - 2, argv + 2);
    if (argc == 4 && !strcmp(argv[1], "gen"))
        return cmd_gen(argv[2], atol(argv[3]));
    if ((argc == 2 || argc == 3) && !strcmp(argv[1], "int"))
        return cmd_int(argc == 3 ? atoi(argv[2]) : 1);
    if ((argc == 2 || argc == 3) && !strcmp(argv[1], "fp"))
        return cmd_fp(argc == 3 ? atoi(argv[2]) : 1);
    fprintf(stderr, "usage: capa-bench time CMD [ARGS...] | gen FILE MIB | int [SCALE] | "
                    "fp [SCALE]\n");
    return 2;
}
