/* Guest-side disk benchmark (static riscv64 binary, built by bench/disk_bench.py).
 * usage: diskbench DEV MODE MIB BS   MODE = seqread | seqwrite | randread | randwrite
 * O_DIRECT, one request at a time; prints "MODE MB/s IOPS". */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec * 1e-9;
}

int main(int argc, char **argv)
{
    if (argc != 5)
        return 2;
    const char *mode = argv[2];
    long long total = atoll(argv[3]) << 20, bs = atoll(argv[4]);
    int wr = strstr(mode, "write") != NULL, rnd = strncmp(mode, "rand", 4) == 0;
    int fd = open(argv[1], (wr ? O_RDWR : O_RDONLY) | O_DIRECT);
    if (fd < 0) {
        perror("open");
        return 1;
    }
    void *buf;
    if (posix_memalign(&buf, 4096, bs))
        return 1;
    memset(buf, 0x5a, bs);
    long long blocks = total / bs, ops = rnd ? (blocks < 4096 ? blocks : 4096) : blocks;
    unsigned long long seed = 88172645463325252ull;
    double t0 = now();
    for (long long i = 0; i < ops; i++) {
        long long blk = i;
        if (rnd) {
            seed ^= seed << 13, seed ^= seed >> 7, seed ^= seed << 17;
            blk = (long long)(seed % (unsigned long long)blocks);
        }
        ssize_t n = wr ? pwrite(fd, buf, bs, blk * bs) : pread(fd, buf, bs, blk * bs);
        if (n != bs) {
            perror("io");
            return 1;
        }
    }
    if (wr)
        fdatasync(fd);
    double dt = now() - t0;
    printf("RESULT %s %.1f %.0f\n", mode, ops * bs / dt / 1e6, ops / dt);
    return 0;
}
