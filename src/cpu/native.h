/* Native runs: straight-line code of a decoded block compiled to host code.
 *
 * The interpreter spends most of a busy loop on dispatch and on moving operands between the
 * register file and the host's registers, not on the work. A run of consecutive integer ALU
 * instructions, loads and stores inside a decoded block (no control flow, nothing that changes
 * how later instructions execute) is therefore compiled once, when the block is built, into one
 * host function that keeps guest registers in host registers for the whole run and writes back
 * what it changed. Loads and stores do the interpreter's inline TLB check; when it fails (a TLB
 * miss, MMIO, a page with decoded code, a misaligned word) the function writes back and returns
 * the index of that instruction, and the interpreter resumes there -- every instruction before
 * it has completed, none after it has started, so traps and device accesses happen exactly as
 * in the interpreter, which stays the only slow path. The block runs a run as one handler
 * (run.c L_NATIVE_*); its pc, retirement counts and budget are the block's as before.
 *
 * This is the first step of the JIT: x86-64 hosts only (elsewhere native_create fails and the
 * interpreter runs everything). Code lives in a per-hart arena mapped twice (writable, and
 * executable but never writable: W^X), owned by the decoded-block cache and dropped with it. */
#ifndef CAPA_CPU_NATIVE_H
#define CAPA_CPU_NATIVE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "cpu/decode.h"

/* Shortest run worth a native call: a pair of ALU ops is one superinstruction already. */
#define NATIVE_MIN_RUN 3

/* Room one run may need (128 instructions at their worst encoding, with an exit each). */
#define NATIVE_MAX_BYTES (32u << 10)

struct native_code {
    uint8_t *rw;      /* the arena, writable view */
    const uint8_t *x; /* the same memory, executable view */
    size_t size, used;
};

/* A compiled run of n instructions: h is the hart running it, pc the run's first instruction's
 * (for AUIPC). Returns how many of them it completed: n, or the index of a load or store for
 * the interpreter to resume at. A run may end with the block's conditional branch or JAL: when
 * it got there, it returns that one's index | NATIVE_BRANCH, plus NATIVE_TAKEN if it jumps (the
 * interpreter then follows or looks up the successor block, as the jump's handler would). */
#define NATIVE_INDEX  0xffu
#define NATIVE_BRANCH 0x100u
#define NATIVE_TAKEN  0x200u
struct hart;
typedef unsigned (*native_fn)(struct hart *h, uint64_t pc);

/* Map an arena of size bytes; NULL (and errno) when the host cannot run native code. */
struct native_code *native_create(size_t size);
void native_destroy(struct native_code *nc);

/* Drop all code (no run may be executing). */
void native_reset(struct native_code *nc);

/* Whether in can be part of a run: integer ALU ops, AUIPC, loads and stores;
 * and, as its last instruction, a conditional branch or JAL (native_ends_run). */
bool native_supported(const struct insn *in);

static inline bool native_ends_run(const struct insn *in)
{
    return (in->op >= OP_BEQ && in->op <= OP_BGEU) || in->op == OP_JAL;
}

struct dinsn;

/* Compile n decoded instructions (each native_supported; rd 32 is the x0 sink, as in decoded
 * blocks) into one function: its offset in the arena, or -1 when the arena lacks room. */
long native_compile(struct native_code *nc, const struct dinsn *d, unsigned n);

static inline native_fn native_at(const struct native_code *nc, uint32_t off)
{
    return (native_fn)(uintptr_t)(nc->x + off);
}

#endif
