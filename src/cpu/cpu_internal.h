/* Interfaces between the parts of the hart (not for use outside src/cpu). Everything here runs on
 * the hart's own thread. Functions that can fault return EXC_NONE or an exception cause. */
#ifndef CAPA_CPU_INTERNAL_H
#define CAPA_CPU_INTERNAL_H

#include <stdbool.h>
#include <stdint.h>

#include "cpu/decode.h"
#include "cpu/hart.h"
#include "cpu/riscv.h"

enum mem_access { ACCESS_LOAD, ACCESS_STORE, ACCESS_FETCH };

/* --- trap.c: exceptions, interrupts, xRET --- */

/* Take exception `cause` with trap value tval at h->pc (the faulting instruction), honouring
 * medeleg, and switch to the handler. */
void hart_trap(struct hart *h, uint64_t cause, uint64_t tval);

/* Take the highest-priority pending and enabled interrupt, if any; returns true if one was taken.
 */
bool hart_check_interrupts(struct hart *h);

/* Switch privilege (flushes the TLBs when the effective translation context changes). */
void hart_set_priv(struct hart *h, enum priv p);

/* --- mmu.c: address translation (privileged spec 4.3-4.5) and PMP (3.7) --- */

/* Translate va for an access of type acc at the current effective privilege (MPRV applies to
 * loads and stores). Sets A/D bits atomically in the PTE. On success *pa is the physical address
 * and *whole_page says whether the translation and permissions (PMP included) hold for the whole
 * 4 KiB page around va (so the TLB may cache it). Returns EXC_NONE, or the page-fault/access-fault
 * cause for acc. */
int mmu_translate(struct hart *h, uint64_t va, enum mem_access acc, uint64_t *pa, bool *whole_page);

/* The privilege an access is checked at: MPP for loads/stores in M-mode with MPRV = 1, else the
 * current privilege (privileged spec 3.1.6.3). */
enum priv mmu_effective_priv(const struct hart *h, enum mem_access acc);

/* PMP check of the physical range [pa, pa + len) for acc at privilege p: true if allowed. */
bool pmp_allows(const struct hart *h, uint64_t pa, unsigned len, enum mem_access acc, enum priv p);

/* --- memory.c: virtual memory access through the TLBs --- */

/* Load/store size (1, 2, 4, 8) bytes at virtual address va; misaligned accesses are split and
 * performed (hardware misaligned support). On a fault, *tval receives the faulting address. */
int hart_load(struct hart *h, uint64_t va, unsigned size, uint64_t *val, uint64_t *tval);
int hart_store(struct hart *h, uint64_t va, unsigned size, uint64_t val, uint64_t *tval);

/* Host pointer for a naturally aligned size-byte atomic access (LR with ACCESS_LOAD; SC and AMOs
 * with ACCESS_STORE, since they need write permission: privileged spec 4.3.2). NULL when the
 * access faults, is misaligned or targets MMIO: then *exc and *tval hold the exception. */
void *hart_ram_ptr(struct hart *h, uint64_t va, unsigned size, enum mem_access acc, int *exc,
                   uint64_t *tval);

/* Fetch the instruction at va (16 or 32 bits; handles a 32-bit instruction crossing a page).
 * *word receives the raw bits. */
int hart_fetch(struct hart *h, uint64_t va, uint32_t *word, uint64_t *tval);

/* Drop all cached translations (satp, priv, MPRV/SUM/MXR/PMP changes, SFENCE.VMA). */
void tlb_flush_all(struct hart *h);
/* Point the current TLBs at the sets of the current translation context (struct hart). */
void tlb_select(struct hart *h);

/* --- csr.c: CSR access rules (privileged spec ch. 2, 3, 4) --- */

/* Read CSR csr as the instruction at the current privilege would. EXC_ILLEGAL_INSN when the CSR
 * does not exist, needs higher privilege, or is gated (counteren, FS = Off, TVM for satp...). */
int csr_read(struct hart *h, unsigned csr, uint64_t *val);

/* Write CSR csr: the same checks as csr_read plus read-only CSRs (bits 11:10 = 3) are illegal.
 * Applies WARL legalisation and side effects (TLB flush on satp/mstatus changes, kicks for
 * interrupt re-evaluation, minstret_written). */
int csr_write(struct hart *h, unsigned csr, uint64_t val);

/* --- exec.c: instructions run through a call rather than an inline handler --- */

/* Special results of exec_generic besides EXC_NONE and exception causes. */
#define EXEC_WFI   (-2) /* WFI with nothing pending: hart_run returns HART_EXIT_WFI */
#define EXEC_ECALL (-3) /* ECALL for the host's SBI: hart_run returns HART_EXIT_ECALL */

/* Execute the atomic, CSR, fence, cache-block, FP-compute or privileged instruction in at h->pc.
 * On success h->pc moves on (xRET: to the return address). Returns EXC_NONE, an exception cause
 * (with *tval), EXEC_WFI or EXEC_ECALL (h->pc already past the instruction). */
int exec_generic(struct hart *h, const struct insn *in, uint64_t *tval);

/* --- fpu.c: F and D computational instructions --- */

/* Execute an FP computational instruction (OP_IS_FP(in->op)): checks mstatus.FS and the rounding
 * mode (illegal instruction on FS = Off or an invalid rm), computes bit-exactly, accumulates
 * fflags, marks FS dirty. Returns EXC_NONE or EXC_ILLEGAL_INSN. */
int fp_exec(struct hart *h, const struct insn *in);

/* FP state is accessible (mstatus.FS != Off). */
static inline bool fp_enabled(const struct hart *h)
{
    return (h->mstatus & MSTATUS_FS) != 0;
}

/* Record that FP state changed: FS = Dirty and SD = 1. */
static inline void fp_set_dirty(struct hart *h)
{
    h->mstatus |= MSTATUS_FS | MSTATUS_SD;
}

/* NaN-box a single-precision value into an f register. */
static inline uint64_t fp_box32(uint32_t v)
{
    return 0xffffffff00000000ull | v;
}

#endif
