/* Native runs for x86-64 hosts (see native.h): a tiny code generator.
 *
 * A run becomes one leaf function f(struct hart *h, uint64_t pc) (System V: h arrives in rdi,
 * the run's pc in rsi; the register file h->x is at offset 0). Guest registers are loaded into host
 * registers on first use and stay there, written back at the end if they changed (or when evicted,
 * least recently used first). rax, rcx and r11 are scratch: every result is computed in rax (rcx
 * holds shift counts and TLB entries, r11 TLB tags), which keeps each operation's template
 * independent of where its operands live -- register moves are nearly free on current x86 cores
 * (renamed).
 *
 * Each load and store does the interpreter's inline TLB check (run.c TLB_HIT) and, when it
 * fails, jumps to an exit of its own that writes back the guest registers changed so far and
 * returns the instruction's index; the interpreter then runs it (and the rest of the run).
 *
 * Semantics follow the interpreter's handlers in run.c, which follow the unprivileged spec
 * (RV64I ch. 4 "*W" ops compute on the low 32 bits and sign-extend; shifts use the low 6 bits of
 * the amount, 5 for the W forms -- x86 masks shift counts the same way for 64- and 32-bit
 * operands). Encodings: Intel SDM vol. 2 (REX prefix 2.2.1, ModR/M 2.1.5). */
#define _GNU_SOURCE /* memfd_create */
#include "cpu/native.h"

#include <errno.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "cpu/block.h"

#if defined(__x86_64__)

#include <sys/mman.h>
#include <unistd.h>

struct native_code *native_create(size_t size)
{
    struct native_code *nc = calloc(1, sizeof(*nc));
    if (!nc)
        return NULL;
    /* Two views of one memory object: the generator writes through one, the host executes the
     * other, and no mapping is ever both writable and executable. */
    int fd = memfd_create("capa-native", MFD_CLOEXEC);
    if (fd < 0)
        goto fail;
    if (ftruncate(fd, (off_t)size) != 0)
        goto fail_fd;
    void *rw = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    if (rw == MAP_FAILED)
        goto fail_fd;
    void *rx = mmap(NULL, size, PROT_READ | PROT_EXEC, MAP_SHARED, fd, 0);
    if (rx == MAP_FAILED) {
        munmap(rw, size);
        goto fail_fd;
    }
    close(fd);
    nc->rw = rw;
    nc->x = rx;
    nc->size = size;
    return nc;
fail_fd : {
    int e = errno;
    close(fd);
    errno = e;
}
fail:
    free(nc);
    return NULL;
}

void native_destroy(struct native_code *nc)
{
    if (!nc)
        return;
    munmap(nc->rw, nc->size);
    munmap((void *)nc->x, nc->size);
    free(nc);
}

void native_reset(struct native_code *nc)
{
    nc->used = 0;
}

bool native_supported(const struct insn *in)
{
    switch (in->op) {
    case OP_ADDI:
    case OP_ADDIW:
    case OP_SLTI:
    case OP_SLTIU:
    case OP_XORI:
    case OP_ORI:
    case OP_ANDI:
    case OP_SLLI:
    case OP_SRLI:
    case OP_SRAI:
    case OP_SLLIW:
    case OP_SRLIW:
    case OP_SRAIW:
    case OP_LUI:
    case OP_ADD:
    case OP_SUB:
    case OP_SLL:
    case OP_SLT:
    case OP_SLTU:
    case OP_XOR:
    case OP_SRL:
    case OP_SRA:
    case OP_OR:
    case OP_AND:
    case OP_ADDW:
    case OP_SUBW:
    case OP_SLLW:
    case OP_SRLW:
    case OP_SRAW:
    case OP_MUL:
    case OP_MULW:
    case OP_MULH:
    case OP_MULHSU:
    case OP_MULHU:
    case OP_DIV:
    case OP_DIVU:
    case OP_REM:
    case OP_REMU:
    case OP_DIVW:
    case OP_DIVUW:
    case OP_REMW:
    case OP_REMUW:
    case OP_AUIPC:
    case OP_LB:
    case OP_LH:
    case OP_LW:
    case OP_LD:
    case OP_LBU:
    case OP_LHU:
    case OP_LWU:
    case OP_SB:
    case OP_SH:
    case OP_SW:
    case OP_SD: return true;
    default: return false;
    }
}

/* Host registers (x86 numbering). */
enum { RAX = 0, RCX = 1, RDX = 2, RBX = 3, RSP = 4, RBP = 5, RSI = 6, RDI = 7 };
#define NO_REG (-1)

/* Registers that may hold guest values, in order of preference: the caller-saved ones cost
 * nothing, the callee-saved ones a push and a pop per call. */
static const int8_t alloc_order[] = { RDX, RSI, 8, 9, 10, RBX, RBP, 12, 13, 14, 15 };
enum { R11 = 11 }; /* scratch */
#define CALLEE_SAVED(r) ((r) == RBX || (r) == RBP || (r) >= 12)

/* Longest code one guest instruction can produce: three evictions (a store, 7 bytes each), two
 * loads (7 each) and the operation itself (at most 60, a store with its TLB check); and the
 * longest exit: a store per host register, the index and the callee-saved pops. */
#define INSN_MAX_BYTES 96
#define EXIT_MAX_BYTES (16 * 7 + 5 + 8 + 12 + 1)

/* An early exit: where its jump's displacement goes, and the state to write back. */
struct exit_point {
    uint32_t fixup; /* offset of the jne's rel32 in the body */
    uint8_t index;  /* the instruction to resume at */
    int8_t guest_of[16];
    bool dirty[16];
};

/* Where the run's pc is kept for AUIPC: the red zone below the stack pointer, which a leaf
 * function may use (System V ABI 3.2.2) and the body never moves. */
#define PC_SLOT (-8)

struct cg {
    uint8_t *start;  /* of the body */
    uint32_t pc_off; /* of the instruction being compiled, from the run's pc */
    struct exit_point exits[BLOCK_MAX_INSNS];
    unsigned n_exits;
    uint8_t *p;            /* output cursor */
    int8_t host_of[33];    /* guest register -> host register holding it, or NO_REG */
    int8_t guest_of[16];   /* host register -> guest register it holds, or NO_REG */
    bool dirty[16];        /* the host copy is newer than x[] */
    uint32_t last_use[16]; /* for least-recently-used eviction */
    uint32_t clock;
    uint16_t saved; /* callee-saved registers used (must be pushed and popped) */
};

static void put(struct cg *c, uint8_t b)
{
    *c->p++ = b;
}

static void put32(struct cg *c, int32_t v)
{
    memcpy(c->p, &v, 4);
    c->p += 4;
}

/* REX prefix: W = 64-bit operand, R extends ModR/M.reg, B extends ModR/M.rm. Omitted when it
 * would be 0x40 (no byte registers other than al are used, so it is never needed for those). */
static void rex(struct cg *c, bool w, int reg, int rm)
{
    uint8_t r = (uint8_t)(0x40 | (w ? 8 : 0) | ((reg >> 3) & 1) << 2 | ((rm >> 3) & 1));
    if (r != 0x40)
        put(c, r);
}

static void modrm_rr(struct cg *c, int reg, int rm)
{
    put(c, (uint8_t)(0xc0 | (reg & 7) << 3 | (rm & 7)));
}

/* ModR/M for [rdi + disp]: rdi needs no SIB byte. */
static void modrm_x(struct cg *c, int reg, unsigned guest)
{
    int32_t disp = (int32_t)(guest * 8);
    if (disp < 128) {
        put(c, (uint8_t)(0x40 | (reg & 7) << 3 | RDI));
        put(c, (uint8_t)disp);
    } else {
        put(c, (uint8_t)(0x80 | (reg & 7) << 3 | RDI));
        put32(c, disp);
    }
}

static void load_x(struct cg *c, int r, unsigned guest) /* mov r, [rdi + 8 * guest] */
{
    rex(c, true, r, RDI);
    put(c, 0x8b);
    modrm_x(c, r, guest);
}

static void store_x(struct cg *c, int r, unsigned guest) /* mov [rdi + 8 * guest], r */
{
    rex(c, true, r, RDI);
    put(c, 0x89);
    modrm_x(c, r, guest);
}

/* op rm, reg for the 0x01-style ALU opcodes (add 01, or 09, and 21, sub 29, xor 31, cmp 39)
 * and mov (89). */
static void op_rr(struct cg *c, uint8_t opcode, bool w, int rm, int reg)
{
    rex(c, w, reg, rm);
    put(c, opcode);
    modrm_rr(c, reg, rm);
}

/* Group-1 ALU op with an immediate: /digit = add 0, or 1, and 4, sub 5, xor 6, cmp 7. */
static void op_ri(struct cg *c, unsigned digit, bool w, int rm, int32_t imm)
{
    rex(c, w, 0, rm);
    if (imm >= -128 && imm < 128) {
        put(c, 0x83);
        modrm_rr(c, (int)digit, rm);
        put(c, (uint8_t)imm);
    } else {
        put(c, 0x81);
        modrm_rr(c, (int)digit, rm);
        put32(c, imm);
    }
}

enum { SHL = 4, SHR = 5, SAR = 7 };

static void shift_ri(struct cg *c, unsigned digit, bool w, int rm, unsigned amount)
{
    rex(c, w, 0, rm);
    put(c, 0xc1);
    modrm_rr(c, (int)digit, rm);
    put(c, (uint8_t)amount);
}

static void shift_cl(struct cg *c, unsigned digit, bool w, int rm)
{
    rex(c, w, 0, rm);
    put(c, 0xd3);
    modrm_rr(c, (int)digit, rm);
}

static void movsxd_rax_eax(struct cg *c)
{
    put(c, 0x48);
    put(c, 0x63);
    modrm_rr(c, RAX, RAX);
}

static void mov_rax_imm(struct cg *c, int32_t imm) /* sign-extended to 64 bits */
{
    if (imm == 0) {
        op_rr(c, 0x31, false, RAX, RAX); /* xor eax, eax */
        return;
    }
    put(c, 0x48);
    put(c, 0xc7);
    modrm_rr(c, 0, RAX);
    put32(c, imm);
}

/* setcc al (cc: 0x9c = less, signed; 0x92 = below, unsigned); the caller zeroed eax. */
static void set_al(struct cg *c, uint8_t cc)
{
    put(c, 0x0f);
    put(c, cc);
    modrm_rr(c, 0, RAX);
}

/* ModR/M (and SIB) for [base + disp]. */
static void modrm_mem(struct cg *c, int reg, int base, int32_t disp)
{
    unsigned mod = disp == 0 && (base & 7) != RBP ? 0 : disp >= -128 && disp < 128 ? 1 : 2;
    put(c, (uint8_t)(mod << 6 | (reg & 7) << 3 | (base & 7)));
    if ((base & 7) == RSP)
        put(c, 0x24); /* SIB: base only */
    if (mod == 1)
        put(c, (uint8_t)disp);
    else if (mod == 2)
        put32(c, disp);
}

/* op reg, [base + disp] with a one-byte opcode (add 03, cmp 3b, mov 8b, lea 8d), 64-bit. */
static void op_rm(struct cg *c, uint8_t opcode, int reg, int base, int32_t disp)
{
    rex(c, true, reg, base);
    put(c, opcode);
    modrm_mem(c, reg, base, disp);
}

/* --- Register allocation --- */

static void evict(struct cg *c, int r)
{
    int g = c->guest_of[r];
    if (g == NO_REG)
        return;
    if (c->dirty[r])
        store_x(c, r, (unsigned)g);
    c->host_of[g] = NO_REG;
    c->guest_of[r] = NO_REG;
    c->dirty[r] = false;
}

/* A host register for a new value: a free one, else the least recently used one outside pinned
 * (a bit per host register in use by the current instruction). */
static int take_reg(struct cg *c, uint32_t pinned)
{
    int best = NO_REG;
    for (unsigned i = 0; i < sizeof(alloc_order); i++) {
        int r = alloc_order[i];
        if (pinned & (1u << r))
            continue;
        if (c->guest_of[r] == NO_REG) {
            best = r;
            break;
        }
        if (best == NO_REG || c->last_use[r] < c->last_use[best])
            best = r;
    }
    evict(c, best);
    if (CALLEE_SAVED(best))
        c->saved |= (uint16_t)(1u << best);
    return best;
}

/* The host register holding guest register g as a source (loaded if needed); pins it. */
static int use(struct cg *c, unsigned g, uint32_t *pinned)
{
    int r = c->host_of[g];
    if (r == NO_REG) {
        r = take_reg(c, *pinned);
        load_x(c, r, g);
        c->host_of[g] = (int8_t)r;
        c->guest_of[r] = (int8_t)g;
    }
    c->last_use[r] = ++c->clock;
    *pinned |= 1u << r;
    return r;
}

/* The host register that will hold guest register g's new value (marked dirty). */
static int def(struct cg *c, unsigned g, uint32_t pinned)
{
    int r = c->host_of[g];
    if (r == NO_REG) {
        r = take_reg(c, pinned);
        c->host_of[g] = (int8_t)r;
        c->guest_of[r] = (int8_t)g;
    }
    c->dirty[r] = true;
    c->last_use[r] = ++c->clock;
    return r;
}

/* --- Instruction templates --- */

/* rd = rs1 op imm or rs1 op rs2 where op is a two-operand x86 ALU op (64-bit), computed in place
 * when rd is rs1 (the common "x += y"), else in rax. */
static void emit_alu(struct cg *c, const struct insn *in, uint8_t rr_opcode, int digit, bool reg2)
{
    uint32_t pinned = 0;
    int a = use(c, in->rs1, &pinned);
    int b = reg2 ? use(c, in->rs2, &pinned) : NO_REG;
    if (in->rd == in->rs1) {
        int d = def(c, in->rd, pinned); /* == a */
        if (reg2)
            op_rr(c, rr_opcode, true, d, b);
        else
            op_ri(c, (unsigned)digit, true, d, in->imm);
        return;
    }
    op_rr(c, 0x89, true, RAX, a); /* mov rax, a */
    if (reg2)
        op_rr(c, rr_opcode, true, RAX, b);
    else
        op_ri(c, (unsigned)digit, true, RAX, in->imm);
    op_rr(c, 0x89, true, def(c, in->rd, pinned), RAX);
}

/* A load or store (index k in the run): the inline TLB check of run.c (TLB_HIT), the access on a
 * hit, an exit for the interpreter otherwise. */
static void emit_mem(struct cg *c, const struct insn *in, unsigned k)
{
    bool store = in->op >= OP_SB && in->op <= OP_SD;
    unsigned size;
    switch (in->op) {
    case OP_LB:
    case OP_LBU:
    case OP_SB: size = 1; break;
    case OP_LH:
    case OP_LHU:
    case OP_SH: size = 2; break;
    case OP_LW:
    case OP_LWU:
    case OP_SW: size = 4; break;
    default: size = 8; break;
    }
    uint32_t pinned = 0;
    int a = use(c, in->rs1, &pinned);
    int v = store ? use(c, in->rs2, &pinned) : NO_REG;

    op_rr(c, 0x89, true, RAX, a); /* rax = va */
    if (in->imm)
        op_ri(c, 0, true, RAX, in->imm);
    op_rr(c, 0x89, true, RCX, RAX); /* rcx = &tlb[(va >> 12) % TLB_SIZE] */
    shift_ri(c, SHR, true, RCX, 12);
    op_ri(c, 4, false, RCX, TLB_SIZE - 1);
    _Static_assert(sizeof(struct tlb_entry) == 16, "the index is scaled by a shift of 4");
    shift_ri(c, SHL, false, RCX, 4);
    op_rm(c, 0x03, RCX, RDI,
          (int32_t)(store ? offsetof(struct hart, tlb_store) : offsetof(struct hart, tlb_load)));
    /* r11 = the tag a hit must match: the page, plus the low bits a word or doubleword must have
     * clear; a halfword must not cross the page (its last byte's page is the tag). */
    if (size == 2) {
        op_rm(c, 0x8d, R11, RAX, 1); /* lea r11, [rax + 1] */
        op_ri(c, 4, true, R11, -4096);
    } else {
        op_rr(c, 0x89, true, R11, RAX);
        op_ri(c, 4, true, R11, size == 1 ? -4096 : -4096 | (int32_t)(size - 1));
    }
    op_rm(c, 0x3b, R11, RCX, (int32_t)offsetof(struct tlb_entry, vpage)); /* cmp r11, vpage */
    struct exit_point *e = &c->exits[c->n_exits++];
    memcpy(e->guest_of, c->guest_of, sizeof(e->guest_of));
    memcpy(e->dirty, c->dirty, sizeof(e->dirty));
    e->index = (uint8_t)k;
    put(c, 0x0f); /* jne exit (rel32, patched when the exits are placed) */
    put(c, 0x85);
    e->fixup = (uint32_t)(c->p - c->start);
    put32(c, 0);
    op_rm(c, 0x03, RAX, RCX, (int32_t)offsetof(struct tlb_entry, addend)); /* rax = host */

    if (store) {
        if (size == 2)
            put(c, 0x66);
        if (size == 1 && v >= 4) /* spl, bpl, sil, dil (and r8b..) need a REX prefix */
            put(c, (uint8_t)(0x40 | ((v >> 3) & 1) << 2));
        else
            rex(c, size == 8, v, RAX);
        put(c, size == 1 ? 0x88 : 0x89);
        modrm_mem(c, v, RAX, 0);
        return;
    }
    switch (in->op) {
    case OP_LB: put(c, 0x48), put(c, 0x0f), put(c, 0xbe); break; /* movsx rax, byte */
    case OP_LBU: put(c, 0x0f), put(c, 0xb6); break;              /* movzx eax, byte */
    case OP_LH: put(c, 0x48), put(c, 0x0f), put(c, 0xbf); break; /* movsx rax, word */
    case OP_LHU: put(c, 0x0f), put(c, 0xb7); break;              /* movzx eax, word */
    case OP_LW: put(c, 0x48), put(c, 0x63); break;               /* movsxd rax, dword */
    case OP_LWU: put(c, 0x8b); break;                            /* mov eax, dword */
    default: put(c, 0x48), put(c, 0x8b); break;                  /* mov rax, qword */
    }
    modrm_mem(c, RAX, RAX, 0);
    if (in->rd != 32)
        op_rr(c, 0x89, true, def(c, in->rd, pinned), RAX);
}

/* A short forward jump (jcc or jmp rel8) to be patched by land(). */
static uint8_t *jump8(struct cg *c, uint8_t opcode)
{
    put(c, opcode);
    put(c, 0);
    return c->p;
}

static void land(struct cg *c, uint8_t *after_jump)
{
    after_jump[-1] = (uint8_t)(c->p - after_jump);
}

/* Division and remainder (M extension 13.2): x86 faults where RISC-V defines a result, so the
 * two cases are taken first -- divisor 0 (quotient all ones, remainder the dividend) and
 * divisor -1 for signed ops (quotient -a, remainder 0; this also covers the overflow
 * MIN / -1, whose quotient wraps to MIN). W forms divide the low 32 bits and sign-extend. */
static void emit_div(struct cg *c, const struct insn *in)
{
    bool w32 = in->op == OP_DIVW || in->op == OP_DIVUW || in->op == OP_REMW || in->op == OP_REMUW;
    bool rem = in->op == OP_REM || in->op == OP_REMU || in->op == OP_REMW || in->op == OP_REMUW;
    bool sign = in->op == OP_DIV || in->op == OP_REM || in->op == OP_DIVW || in->op == OP_REMW;
    evict(c, RDX); /* idiv/div use rdx:rax */
    uint32_t pinned = 1u << RDX;
    int a = use(c, in->rs1, &pinned), b = use(c, in->rs2, &pinned);
    op_rr(c, 0x89, true, RAX, a);
    op_rr(c, 0x85, !w32, b, b); /* test b, b */
    uint8_t *to_zero = jump8(c, 0x74), *to_minus1 = NULL, *done[2];
    if (sign) {
        op_ri(c, 7, !w32, b, -1); /* cmp b, -1 */
        to_minus1 = jump8(c, 0x74);
    }
    if (sign) {
        rex(c, !w32, 0, 0);
        put(c, 0x99); /* cqo / cdq */
    } else {
        op_rr(c, 0x31, false, RDX, RDX);
    }
    rex(c, !w32, 0, b);
    put(c, 0xf7);
    modrm_rr(c, sign ? 7 : 6, b); /* idiv b / div b */
    if (rem)
        op_rr(c, 0x89, true, RAX, RDX);
    done[0] = jump8(c, 0xeb);
    land(c, to_zero);
    if (!rem)
        mov_rax_imm(c, -1); /* all ones (the dividend stays in rax for a remainder) */
    done[1] = NULL;
    if (sign) {
        done[1] = jump8(c, 0xeb);
        land(c, to_minus1);
        if (rem) {
            op_rr(c, 0x31, false, RAX, RAX);
        } else {
            rex(c, !w32, 0, RAX);
            put(c, 0xf7);
            modrm_rr(c, 3, RAX); /* neg */
        }
    }
    land(c, done[0]);
    if (done[1])
        land(c, done[1]);
    if (w32)
        movsxd_rax_eax(c);
    op_rr(c, 0x89, true, def(c, in->rd, pinned), RAX);
}

/* Compile one instruction; rd 32 (the x0 sink) was filtered out by the caller. */
static void emit_insn(struct cg *c, const struct insn *in)
{
    uint32_t pinned = 0;
    int a, b;
    bool w32 = false; /* the result is the low 32 bits of eax, sign-extended */
    switch (in->op) {
    case OP_ADDI:
        if (in->rs1 == 0) { /* li */
            mov_rax_imm(c, in->imm);
            break;
        }
        if (in->imm == 0 && in->rd != in->rs1) { /* mv */
            a = use(c, in->rs1, &pinned);
            op_rr(c, 0x89, true, RAX, a);
            break;
        }
        emit_alu(c, in, 0, 0, false);
        return;
    case OP_XORI: emit_alu(c, in, 0, 6, false); return;
    case OP_ORI: emit_alu(c, in, 0, 1, false); return;
    case OP_ANDI: emit_alu(c, in, 0, 4, false); return;
    case OP_ADD: emit_alu(c, in, 0x01, 0, true); return;
    case OP_SUB: emit_alu(c, in, 0x29, 0, true); return;
    case OP_XOR: emit_alu(c, in, 0x31, 0, true); return;
    case OP_OR: emit_alu(c, in, 0x09, 0, true); return;
    case OP_AND: emit_alu(c, in, 0x21, 0, true); return;
    case OP_LUI: mov_rax_imm(c, in->imm); break;
    case OP_SLTI:
    case OP_SLTIU:
        a = use(c, in->rs1, &pinned);
        op_rr(c, 0x89, true, RCX, a);
        op_rr(c, 0x31, false, RAX, RAX); /* before the compare: xor clobbers flags */
        op_ri(c, 7, true, RCX, in->imm);
        set_al(c, in->op == OP_SLTI ? 0x9c : 0x92);
        break;
    case OP_SLT:
    case OP_SLTU:
        a = use(c, in->rs1, &pinned);
        b = use(c, in->rs2, &pinned);
        op_rr(c, 0x31, false, RAX, RAX);
        op_rr(c, 0x39, true, a, b); /* cmp a, b: flags of a - b */
        set_al(c, in->op == OP_SLT ? 0x9c : 0x92);
        break;
    case OP_SLLI:
    case OP_SRLI:
    case OP_SRAI:
    case OP_SLLIW:
    case OP_SRLIW:
    case OP_SRAIW:
        w32 = in->op == OP_SLLIW || in->op == OP_SRLIW || in->op == OP_SRAIW;
        a = use(c, in->rs1, &pinned);
        op_rr(c, 0x89, !w32, RAX, a);
        if (in->imm)
            shift_ri(c,
                     in->op == OP_SLLI || in->op == OP_SLLIW   ? SHL
                     : in->op == OP_SRLI || in->op == OP_SRLIW ? SHR
                                                               : SAR,
                     !w32, RAX, (unsigned)in->imm);
        break;
    case OP_SLL:
    case OP_SRL:
    case OP_SRA:
    case OP_SLLW:
    case OP_SRLW:
    case OP_SRAW:
        w32 = in->op == OP_SLLW || in->op == OP_SRLW || in->op == OP_SRAW;
        a = use(c, in->rs1, &pinned);
        b = use(c, in->rs2, &pinned);
        op_rr(c, 0x89, false, RCX, b); /* only cl matters */
        op_rr(c, 0x89, !w32, RAX, a);
        shift_cl(c,
                 in->op == OP_SLL || in->op == OP_SLLW   ? SHL
                 : in->op == OP_SRL || in->op == OP_SRLW ? SHR
                                                         : SAR,
                 !w32, RAX);
        break;
    case OP_ADDIW:
        a = use(c, in->rs1, &pinned);
        op_rr(c, 0x89, false, RAX, a);
        if (in->imm)
            op_ri(c, 0, false, RAX, in->imm);
        w32 = true;
        break;
    case OP_ADDW:
    case OP_SUBW:
        a = use(c, in->rs1, &pinned);
        b = use(c, in->rs2, &pinned);
        op_rr(c, 0x89, false, RAX, a);
        op_rr(c, in->op == OP_ADDW ? 0x01 : 0x29, false, RAX, b);
        w32 = true;
        break;
    case OP_MUL:
    case OP_MULW:
        w32 = in->op == OP_MULW;
        a = use(c, in->rs1, &pinned);
        b = use(c, in->rs2, &pinned);
        op_rr(c, 0x89, true, RAX, a);
        rex(c, !w32, RAX, b); /* imul rax, b */
        put(c, 0x0f);
        put(c, 0xaf);
        modrm_rr(c, RAX, b);
        break;
    case OP_MULH:
    case OP_MULHSU:
    case OP_MULHU:
        /* One-operand mul/imul: rdx:rax = rax * b. rdx is written back and kept out of use
         * first, so the product's upper half can land there. */
        evict(c, RDX);
        pinned = 1u << RDX;
        a = use(c, in->rs1, &pinned);
        b = use(c, in->rs2, &pinned);
        op_rr(c, 0x89, true, RAX, a);
        rex(c, true, 0, b);
        put(c, 0xf7);
        modrm_rr(c, in->op == OP_MULH ? 5 : 4, b); /* imul b (signed) or mul b */
        if (in->op == OP_MULHSU) {
            /* signed x unsigned: the unsigned high half minus b when a is negative */
            op_rr(c, 0x89, true, RAX, a);
            shift_ri(c, SAR, true, RAX, 63);
            op_rr(c, 0x21, true, RAX, b);
            op_rr(c, 0x29, true, RDX, RAX);
        }
        op_rr(c, 0x89, true, RAX, RDX);
        break;
    case OP_DIV:
    case OP_DIVU:
    case OP_REM:
    case OP_REMU:
    case OP_DIVW:
    case OP_DIVUW:
    case OP_REMW:
    case OP_REMUW: emit_div(c, in); return;
    case OP_AUIPC:
        /* pc of the instruction = the run's pc (saved at entry) + its offset in the run */
        op_rm(c, 0x8b, RAX, RSP, PC_SLOT); /* mov rax, [rsp + PC_SLOT] */
        if (in->imm + (int32_t)c->pc_off)
            op_ri(c, 0, true, RAX, in->imm + (int32_t)c->pc_off);
        break;
    default: abort(); /* native_supported said yes */
    }
    if (w32)
        movsxd_rax_eax(c);
    op_rr(c, 0x89, true, def(c, in->rd, pinned), RAX); /* mov rd, rax */
}

/* Write back what exit e (or the end, e NULL) must leave in x[], set the return value, pop the
 * callee-saved registers and return. */
static void emit_exit(struct cg *c, const struct exit_point *e, unsigned index, int taken_cc)
{
    for (int r = 0; r < 16; r++) { /* movs: the flags of a final compare survive */
        int g = e ? e->guest_of[r] : c->guest_of[r];
        if (g != NO_REG && (e ? e->dirty[r] : c->dirty[r]))
            store_x(c, r, (unsigned)g);
    }
    put(c, 0xb8); /* mov eax, index */
    put32(c, (int32_t)index);
    if (taken_cc >= 0) { /* mov ecx, index | NATIVE_TAKEN; cmovcc eax, ecx */
        put(c, 0xb9);
        put32(c, (int32_t)(index | NATIVE_TAKEN));
        put(c, 0x0f);
        put(c, (uint8_t)(0x40 | taken_cc));
        modrm_rr(c, RAX, RCX);
    }
    for (int r = 15; r >= 0; r--)
        if (c->saved & (1u << r)) {
            if (r >= 8)
                put(c, 0x41);
            put(c, (uint8_t)(0x58 + (r & 7))); /* pop */
        }
    put(c, 0xc3); /* ret */
}

_Static_assert(BLOCK_MAX_INSNS *(INSN_MAX_BYTES + EXIT_MAX_BYTES) + EXIT_MAX_BYTES + 16 <=
                   NATIVE_MAX_BYTES,
               "NATIVE_MAX_BYTES holds the longest run");

long native_compile(struct native_code *nc, const struct dinsn *d, unsigned n)
{
    if (nc->size - nc->used < NATIVE_MAX_BYTES || n > BLOCK_MAX_INSNS)
        return -1;
    _Static_assert(offsetof(struct hart, x) == 0, "h is the register file's address");
    uint8_t body[BLOCK_MAX_INSNS * (INSN_MAX_BYTES + EXIT_MAX_BYTES) + EXIT_MAX_BYTES];
    struct cg c = { .p = body, .start = body };
    memset(c.host_of, NO_REG, sizeof(c.host_of));
    memset(c.guest_of, NO_REG, sizeof(c.guest_of));
    for (unsigned i = 0; i < n; i++)
        if ((d[i].in.op == OP_AUIPC || d[i].in.op == OP_JAL) && d[i].in.rd != 32) {
            op_rm(&c, 0x89, RSI, RSP, PC_SLOT); /* mov [rsp + PC_SLOT], rsi: the pc argument */
            break;
        }
    /* A branch or JAL can only be last: a branch is compared after everything else and the exit
     * reports which way it goes (x86 condition codes, Intel SDM vol. 1 B.1); JAL always goes. */
    const struct insn *last = &d[n - 1].in;
    enum { JUMPS = 16 }; /* not a condition code: unconditional */
    int taken_cc = -1;
    switch (last->op) {
    case OP_JAL: taken_cc = JUMPS; break;
    case OP_BEQ: taken_cc = 0x4; break;  /* e */
    case OP_BNE: taken_cc = 0x5; break;  /* ne */
    case OP_BLT: taken_cc = 0xc; break;  /* l */
    case OP_BGE: taken_cc = 0xd; break;  /* ge */
    case OP_BLTU: taken_cc = 0x2; break; /* b */
    case OP_BGEU: taken_cc = 0x3; break; /* ae */
    default: break;
    }
    unsigned body_n = taken_cc >= 0 ? n - 1 : n;
    for (unsigned i = 0; i < body_n; i++) {
        const struct insn *in = &d[i].in;
        c.pc_off = (uint32_t)(d[i].pc_off - d[0].pc_off);
        if ((in->op >= OP_LB && in->op <= OP_LWU) || (in->op >= OP_SB && in->op <= OP_SD))
            emit_mem(&c, in, i);
        else if (in->rd != 32) /* x0 results go nowhere: no side effect to keep */
            emit_insn(&c, in);
    }
    if (taken_cc == JUMPS) {
        if (last->rd != 32) { /* the link: pc + length */
            int32_t link = (int32_t)(d[n - 1].pc_off - d[0].pc_off) + last->len;
            op_rm(&c, 0x8b, RAX, RSP, PC_SLOT);
            op_ri(&c, 0, true, RAX, link);
            op_rr(&c, 0x89, true, def(&c, last->rd, 0), RAX);
        }
        emit_exit(&c, NULL, (n - 1) | NATIVE_BRANCH | NATIVE_TAKEN, -1);
    } else if (taken_cc >= 0) {
        uint32_t pinned = 0;
        int a = use(&c, last->rs1, &pinned), b = use(&c, last->rs2, &pinned);
        op_rr(&c, 0x39, true, a, b); /* cmp a, b */
        emit_exit(&c, NULL, (n - 1) | NATIVE_BRANCH, taken_cc);
    } else {
        emit_exit(&c, NULL, n, -1);
    }
    for (unsigned i = 0; i < c.n_exits; i++) {
        struct exit_point *e = &c.exits[i];
        uint8_t *rel = body + e->fixup;
        int32_t disp = (int32_t)(c.p - (rel + 4));
        memcpy(rel, &disp, 4);
        emit_exit(&c, e, e->index, -1);
    }

    /* Entry: push the callee-saved registers used (the exits pop them). */
    uint8_t *out = nc->rw + nc->used, *p = out;
    for (int r = 0; r < 16; r++)
        if (c.saved & (1u << r)) {
            if (r >= 8)
                *p++ = 0x41;
            *p++ = (uint8_t)(0x50 + (r & 7));
        }
    size_t len = (size_t)(c.p - body);
    memcpy(p, body, len);
    p += len;
    long off = (long)nc->used;
    nc->used = ((size_t)(p - nc->rw) + 15) & ~(size_t)15; /* entries 16-byte aligned */
    return off;
}

#else /* not x86-64: no native code, the interpreter runs everything */

struct native_code *native_create(size_t size)
{
    (void)size;
    errno = ENOSYS;
    return NULL;
}

void native_destroy(struct native_code *nc)
{
    (void)nc;
}

void native_reset(struct native_code *nc)
{
    (void)nc;
}

bool native_supported(const struct insn *in)
{
    (void)in;
    return false;
}

long native_compile(struct native_code *nc, const struct dinsn *d, unsigned n)
{
    (void)nc;
    (void)d;
    (void)n;
    return -1;
}

#endif
