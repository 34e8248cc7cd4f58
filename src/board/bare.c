/* The bare-metal machine for ISA tests and demos (see bare.h).
 *
 * HTIF (the Berkeley host-target interface used by riscv-tests and Spike): the program writes a
 * 64-bit command to `tohost`. Device 0 command 0 with bit 0 set is "exit": payload >> 1 is the
 * exit code (0 = pass, n = test n failed). Device 1 command 1 writes the low byte to the console;
 * the host acknowledges by clearing tohost and setting fromhost. capa checks tohost between
 * short slices, which is enough for a protocol where the target waits for the host. */
#include "board/bare.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>

#include "board/elf_load.h"
#include "cpu/hart.h"

#define TIMEBASE_HZ 10000000ull /* 10 MHz, as on the virt board */
#define SLICE_INSNS 20000

static double now_sec(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec * 1e-9;
}

struct bare_clock {
    double start;
};

static uint64_t bare_time(void *opaque)
{
    const struct bare_clock *c = opaque;
    return (uint64_t)((now_sec() - c->start) * TIMEBASE_HZ);
}

/* Handle a pending HTIF command; returns true when the program exited. */
static bool htif_poll(uint64_t *tohost, uint64_t *fromhost, const struct bare_config *cfg,
                      struct bare_outcome *out)
{
    uint64_t cmd = __atomic_load_n(tohost, __ATOMIC_ACQUIRE);
    if (!cmd)
        return false;
    unsigned dev = cmd >> 56, op = (cmd >> 48) & 0xff;
    uint64_t payload = cmd & ((1ull << 48) - 1);
    if (dev == 0 && op == 0 && (payload & 1)) {
        out->test_num = payload >> 1;
        out->result = out->test_num ? BARE_FAIL : BARE_PASS;
        return true;
    }
    if (dev == 1 && op == 1) {
        int c = (int)(payload & 0xff);
        if (cfg->putchar_fn)
            cfg->putchar_fn(c);
        else
            putchar(c), fflush(stdout);
    }
    __atomic_store_n(tohost, 0, __ATOMIC_RELEASE);
    if (fromhost)
        __atomic_store_n(fromhost, (uint64_t)dev << 56 | (uint64_t)op << 48, __ATOMIC_RELEASE);
    return false;
}

static void run_loop(struct hart *h, uint64_t *tohost, uint64_t *fromhost,
                     const struct bare_config *cfg, struct bare_outcome *out, double start)
{
    for (;;) {
        enum hart_exit why = hart_run(h, SLICE_INSNS);
        if (htif_poll(tohost, fromhost, cfg, out))
            return;
        if (cfg->timeout_sec > 0 && now_sec() - start > cfg->timeout_sec) {
            out->result = BARE_TIMEOUT;
            return;
        }
        if (why == HART_EXIT_WFI) {
            /* Nothing can wake the hart but its own timer: sleep briefly instead of spinning. */
            struct timespec ts = { 0, 100000 };
            nanosleep(&ts, NULL);
        }
    }
}

int bare_run(const struct bare_config *cfg, struct bare_outcome *out, struct errbuf *eb)
{
    memset(out, 0, sizeof(*out));
    if (cfg->mem_size < 4096 || cfg->mem_size > (1ull << 40))
        return errbuf_set(eb, -EINVAL, "memory size must be between 4 KiB and 1 TiB");
    void *ram = mmap(NULL, cfg->mem_size, PROT_READ | PROT_WRITE,
                     MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (ram == MAP_FAILED)
        return errbuf_set(eb, -errno, "cannot allocate %llu bytes of guest RAM: %s",
                          (unsigned long long)cfg->mem_size, strerror(errno));
    struct bus bus;
    bus_init(&bus);
    bus_map_ram(&bus, "ram", BARE_RAM_BASE, cfg->mem_size, ram);

    struct hart *h = NULL;
    struct elf_image img;
    int err = elf_load(cfg->elf_path, &bus, &img, eb);
    if (err)
        goto out;
    if (!img.has_tohost) {
        err = errbuf_set(eb, -ENOEXEC, "%s: no `tohost` symbol (HTIF) in the ELF", cfg->elf_path);
        goto out;
    }
    uint64_t *tohost = bus_ram_ptr(&bus, img.tohost, 8);
    uint64_t *fromhost = img.fromhost ? bus_ram_ptr(&bus, img.fromhost, 8) : NULL;
    if (!tohost || (img.tohost & 7)) {
        err =
            errbuf_set(eb, -ERANGE, "%s: `tohost` is not an aligned address in RAM", cfg->elf_path);
        goto out;
    }
    h = aligned_alloc(64, (sizeof(*h) + 63) & ~(size_t)63);
    if (!h) {
        err = errbuf_set(eb, -ENOMEM, "out of memory");
        goto out;
    }
    double start = now_sec();
    struct bare_clock clock = { start };
    hart_init(h, &bus, 0, img.entry);
    h->native_off = cfg->no_jit;
    h->time_fn = bare_time;
    h->time_opaque = &clock;
    run_loop(h, tohost, fromhost, cfg, out, start);
    out->seconds = now_sec() - start;
    out->instret = h->minstret;
    out->stats = h->stats;
    hart_fini(h);
out:
    free(h);
    munmap(ram, cfg->mem_size);
    return err;
}
