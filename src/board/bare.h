/* The bare-metal machine: one hart in M-mode, RAM at 0x80000000, an ELF program and the HTIF
 * tohost/fromhost protocol of the RISC-V test suites. Used by `capa run --bare`. */
#ifndef CAPA_BOARD_BARE_H
#define CAPA_BOARD_BARE_H

#include <stdint.h>

#include "base/log.h"
#include "cpu/hart.h"

#define BARE_RAM_BASE 0x80000000ull

struct bare_config {
    const char *elf_path;
    uint64_t mem_size;        /* bytes of RAM */
    double timeout_sec;       /* 0 = none */
    int (*putchar_fn)(int c); /* HTIF console output; NULL = stdout */
    bool no_jit;              /* interpreter only (hart.native_off) */
};

/* Outcome of a bare run. */
enum bare_result {
    BARE_PASS,    /* tohost = 1 */
    BARE_FAIL,    /* tohost = (n << 1) | 1, n != 0: test case n failed */
    BARE_TIMEOUT, /* the program did not finish in time */
};

struct bare_outcome {
    enum bare_result result;
    uint64_t test_num;       /* BARE_FAIL: the failing test case */
    uint64_t instret;        /* instructions retired */
    struct hart_stats stats; /* interpreter counters (--stats) */
    double seconds;          /* wall time of the run */
};

/* Load and run the program. Returns 0 with *out filled, or -errno with a message in eb (bad ELF,
 * no tohost symbol, out of memory). Calling thread runs the hart. */
int bare_run(const struct bare_config *cfg, struct bare_outcome *out, struct errbuf *eb);

#endif
