/* One RISC-V RV64GC hart (privileged spec 1.12: M, S and U modes; Sv39/48/57; Sstc).
 *
 * The hart is pure: no threads, no sleeping, no I/O. It runs guest code in slices with hart_run()
 * and reports why it stopped; everything else (time, devices, SBI, parking an idle vCPU) belongs to
 * the layers above. All state hangs off struct hart so many harts and tests can coexist. */
#ifndef CAPA_CPU_HART_H
#define CAPA_CPU_HART_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "cpu/decode.h"
#include "mem/bus.h"

enum priv { PRV_U = 0, PRV_S = 1, PRV_M = 3 };

/* Why hart_run() returned. */
enum hart_exit {
    HART_EXIT_BUDGET, /* the instruction budget is used up */
    HART_EXIT_WFI,   /* WFI with no interrupt pending: the caller may park until hart_set_pending */
    HART_EXIT_ECALL, /* ECALL from S-mode with sbi_in_host set: the caller implements SBI, sets
                        a0/a1 and calls hart_run again (pc already points past the ECALL) */
    HART_EXIT_STOP,  /* hart_kick(h, true) asked the hart to return to its caller */
};

/* Software TLB: direct-mapped, one per access type, filled by the slow path only when the whole
 * 4 KiB page has the same translation and permission (see cpu/memory.c). */
#define TLB_BITS 8
#define TLB_SIZE (1u << TLB_BITS)

struct tlb_entry {
    uint64_t vpage;   /* the virtual page's address (low 12 bits clear), or TLB_INVALID */
    uintptr_t addend; /* host address = virtual address + addend */
};
#define TLB_INVALID UINT64_MAX

/* Translation contexts, each with its own TLBs, so that a trap or an xRET switches sets instead of
 * flushing: what an access may do depends on the effective privilege (privileged 3.1.6.3: MPRV
 * and MPP for loads and stores in M-mode) and, in S-mode, on SUM (4.3.1: S-mode loads and stores
 * to U pages). Linux flips SUM around every copy to or from user memory. MXR, satp, SFENCE.VMA and
 * PMP still flush every set (they change translations, not just the context). */
enum tlb_context { TLB_CTX_U, TLB_CTX_S, TLB_CTX_S_SUM, TLB_CTX_M, TLB_CONTEXTS };

struct tlb_set {
    struct tlb_entry load[TLB_SIZE], store[TLB_SIZE], fetch[TLB_SIZE];
    /* A second way, looked at by the slow path only: what each slot above held before its last
     * refill (memory.c), so two pages that share a slot (ASLR makes that a matter of luck) do
     * not keep evicting each other through page walks. Entry e's is at e + TLB_WAY2. */
    struct tlb_entry victim[3][TLB_SIZE];
};
#define TLB_WAY2 (3 * TLB_SIZE)
/* In a store-TLB tag: the page holds decoded code, so the inline fast path must miss (block.c).
 * A page-offset bit: no lookup compares with it set. */
#define TLB_CODE     (1ull << 11)
#define TLB_PAGE(va) ((va) & ~(uint64_t)0xfff)

/* Where the time goes (capa run --stats). Counted on slow paths and per block, never per access:
 * loads and stores are the static counts of the blocks executed. */
struct hart_stats {
    uint64_t blocks;              /* decoded blocks executed (single steps included) */
    uint64_t chained;             /* of which reached straight from their predecessor */
    uint64_t block_builds;        /* lookups that decoded a new block */
    uint64_t block_flushes;       /* FENCE.I epochs and full-arena drops */
    uint64_t block_revalidations; /* stale blocks found unchanged in memory and kept */
    uint64_t code_writes;         /* stores that invalidated decoded code on their page */
    uint64_t steps;         /* instructions run one at a time (page-crossing, MMIO fetch...) */
    uint64_t loads, stores; /* memory instructions in executed blocks */
    uint64_t tlb_miss[3];   /* software TLB misses: load, store, fetch */
    uint64_t native_runs;   /* ALU runs compiled to host code (cpu/native.h) */
    uint64_t native_insns;  /* instructions in them */
};

struct bcache;

struct hart {
    /* Unprivileged state. x[32] is not a register: decoded blocks send writes to x0 there, so
     * handlers store results without testing rd (it is never read as a source). */
    uint64_t x[33];
    uint64_t pc;
    uint64_t f[32]; /* raw bits; singles are NaN-boxed (upper 32 bits all ones) */
    uint8_t frm;    /* fcsr.frm */
    uint8_t fflags; /* fcsr.fflags: NV DZ OF UF NX = bits 4..0 */

    enum priv priv;

    /* Machine-level CSRs (privileged spec ch. 3). mstatus holds sstatus too (a restricted view). */
    uint64_t mhartid;
    uint64_t misa;
    uint64_t mstatus;
    uint64_t medeleg, mideleg;
    uint64_t mie;
    _Atomic uint64_t mip; /* any thread may set/clear device lines through hart_set_pending */
    uint64_t mtvec, mscratch, mepc, mcause, mtval;
    uint64_t mcounteren, mcountinhibit, menvcfg;
    uint64_t mcycle, minstret;
    uint64_t pmpcfg[16]; /* one byte per entry, 8 entries per word (pmpcfg0, 2, ... 14) */
    uint64_t pmpaddr[64];

    /* Supervisor-level CSRs (ch. 4). */
    uint64_t stvec, sscratch, sepc, scause, stval, satp;
    uint64_t scounteren, senvcfg;
    uint64_t stimecmp; /* Sstc */

    /* LR/SC reservation: SC succeeds only if the reserved address still holds the value LR read
     * (checked with an atomic compare-and-swap so it stays atomic across harts). */
    uint64_t resv_addr;
    uint64_t resv_value;
    bool resv_valid;

    /* Set when an instruction wrote minstret, so that instruction does not count itself. */
    bool minstret_written;

    /* Anything that may make an interrupt deliverable (mip, mie, mstatus, priv changes, external
     * lines) sets this; the run loop re-evaluates interrupts when it is non-zero. Any thread. */
    atomic_int kick;
    atomic_bool stop_requested;

    /* Remote TLB shootdown (SBI RFENCE): other threads bump flush_req; the hart flushes and
     * publishes flush_done before it executes another instruction. */
    atomic_uint flush_req, flush_done;
    /* Remote FENCE.I (SBI RFENCE): set before a flush request; the hart drops its decoded blocks
     * when it serves the request. */
    atomic_bool icache_flush_req;

    /* The platform: the guest-physical bus and the time source (mtime, in ticks of timebase_hz). */
    const struct bus *bus;
    uint64_t (*time_fn)(void *opaque);
    void *time_opaque;

    /* Configuration (hart_reset keeps each field by name: add new ones there too). */
    bool sbi_in_host; /* ECALL from S-mode exits to the caller (capa implements SBI) */
    bool native_off;  /* never run ALU runs as host code (cpu/native.h): pure interpreter */

    /* Software TLBs: loads, stores and instruction fetches of the current translation context,
     * pointing into tlb_sets (tlb_select picks them after every change of privilege, MPRV, MPP or
     * SUM; tlb_live has a bit per set that may hold entries). */
    struct tlb_entry *tlb_load, *tlb_store, *tlb_fetch;
    unsigned tlb_live;
    struct tlb_set tlb_sets[TLB_CONTEXTS];

    /* Decoded-block cache (cpu/block.c), allocated on the first hart_run; kept across resets. */
    struct bcache *bc;

    struct hart_stats stats;
    uint64_t stats_pending; /* block counts not yet in stats (cpu/block.h STAT_*) */
};

/* Prepare a hart in reset state (M-mode, pc = reset_pc, mhartid = hartid) on bus. Setup thread. */
void hart_init(struct hart *h, const struct bus *bus, uint64_t hartid, uint64_t reset_pc);

/* Free what hart_run allocated (the decoded-block cache). The hart may be reused after
 * hart_init. Owning thread, after the last hart_run. */
void hart_fini(struct hart *h);

/* Return to reset state, keeping bus, time source and configuration. Owning thread only. */
void hart_reset(struct hart *h, uint64_t reset_pc);

/* Run up to budget instructions. Owning (vCPU) thread only. */
enum hart_exit hart_run(struct hart *h, uint64_t budget);

/* Raise (level = true) or lower the mip bits in mip_bits, e.g. MIP_MEIP from an interrupt
 * controller. Any thread; wakes the run loop to re-check interrupts. */
void hart_set_pending(struct hart *h, uint64_t mip_bits, bool level);

/* Make the run loop re-check interrupts; with stop, also return HART_EXIT_STOP. Any thread. */
void hart_kick(struct hart *h, bool stop);

/* True when some interrupt is pending and enabled in mie (the WFI wake-up condition, which
 * ignores the global MIE/SIE enables). Owning thread, or any thread as a hint. */
bool hart_wfi_wakeup(struct hart *h);

/* Current value of the time CSR. */
uint64_t hart_time(const struct hart *h);

/* Sstc (1.0): with menvcfg.STCE = 1, mip.STIP is read-only and follows time >= stimecmp. The run
 * loop polls this; CSR reads of mip/sip refresh it, and a vCPU refreshes it before it parks.
 * Owning thread. */
void hart_update_sstc(struct hart *h);

/* Set stimecmp (the Sstc CSR, also SBI set_timer) and update STIP at once. Owning thread. */
void hart_set_stimecmp(struct hart *h, uint64_t value);

/* Read size bytes of guest virtual memory as the hart's current privilege would (for SBI calls
 * that pass pointers). 0, or -EFAULT on any fault. Owning thread. */
int hart_load_virt(struct hart *h, uint64_t va, unsigned size, uint64_t *val);

/* Ask the hart to drop its TLBs before it executes another instruction. Any thread. */
void hart_request_tlb_flush(struct hart *h);

/* Ask the hart to drop its decoded blocks (a remote FENCE.I) together with the next TLB flush
 * request (hart_request_tlb_flush, which the caller makes next). Any thread. */
void hart_request_icache_flush(struct hart *h);

/* Add h's counters to sum. Any thread while the hart is not running. */
void hart_stats_add(struct hart_stats *sum, const struct hart *h);

/* Format "N instructions in S s (M MIPS); blocks ...; TLB hits ..." for --stats into buf. */
void hart_stats_format(char *buf, size_t len, uint64_t instret, double seconds,
                       const struct hart_stats *s);

/* Bring the hart up in S-mode at pc with a0 = hartid, a1 = arg, translation off (the SBI HSM
 * hart_start state, SBI spec 9.1). Owning thread, or any thread while the hart is stopped. */
void hart_boot_supervisor(struct hart *h, uint64_t pc, uint64_t arg);

#endif
