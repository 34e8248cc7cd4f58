/* Instruction decoding driven by insn_table.h. */
#include "cpu/decode.h"

#include <pthread.h>
#include <stddef.h>

struct insn_desc {
    uint32_t mask, match;
    uint16_t op;
    uint8_t fmt;
};

static const struct insn_desc insn_descs[] = {
#define INSN_DESC(name, mask, match, fmt) { mask, match, OP_##name, FMT_##fmt },
    INSN_TABLE_INT(INSN_DESC) INSN_TABLE_FP(INSN_DESC)
#undef INSN_DESC
};

static const char *const insn_names[OP_COUNT] = { [OP_ILLEGAL] = "illegal",
#define INSN_NAME(name, mask, match, fmt) [OP_##name] = #name,
                                                  INSN_TABLE_INT(INSN_NAME) INSN_TABLE_FP(INSN_NAME)
#undef INSN_NAME
};

const char *insn_name(enum insn_op op)
{
    if ((unsigned)op >= OP_COUNT || !insn_names[op])
        return "?";
    return insn_names[op];
}

static inline uint32_t bits(uint32_t w, unsigned hi, unsigned lo)
{
    return (w >> lo) & ((1u << (hi - lo + 1)) - 1);
}

static inline int64_t sext(uint64_t v, unsigned width)
{
    return (int64_t)(v << (64 - width)) >> (64 - width);
}

/* Immediate extraction per format (unprivileged spec 2.3, figure 2.4). */
static int64_t decode_imm(uint32_t w, enum insn_fmt fmt)
{
    switch (fmt) {
    case FMT_I: return sext(bits(w, 31, 20), 12);
    case FMT_S: return sext(bits(w, 31, 25) << 5 | bits(w, 11, 7), 12);
    case FMT_B:
        return sext(bits(w, 31, 31) << 12 | bits(w, 7, 7) << 11 | bits(w, 30, 25) << 5 |
                        bits(w, 11, 8) << 1,
                    13);
    case FMT_U: return sext(w & 0xfffff000u, 32);
    case FMT_J:
        return sext(bits(w, 31, 31) << 20 | bits(w, 19, 12) << 12 | bits(w, 20, 20) << 11 |
                        bits(w, 30, 21) << 1,
                    21);
    case FMT_SH: return bits(w, 25, 20);
    case FMT_CSR: return bits(w, 31, 20);
    case FMT_R: return 0;
    }
    return 0;
}

/* Candidate lists per (opcode[6:2], funct3): the table is scanned only among entries whose
 * mask/match agree with those 8 bits. Built once; read-only afterwards. */
#define NR_DESCS    (sizeof(insn_descs) / sizeof(insn_descs[0]))
#define NR_BUCKETS  256
#define MAX_PER_KEY 64

_Static_assert(sizeof(insn_descs) / sizeof(insn_descs[0]) <= 256, "bucket_desc holds uint8_t");
static uint8_t bucket_len[NR_BUCKETS];
static uint8_t bucket_desc[NR_BUCKETS][MAX_PER_KEY];
static pthread_once_t buckets_once = PTHREAD_ONCE_INIT;

static uint32_t key_bits(unsigned key)
{
    return (key >> 3) << 2 | 3 | (key & 7) << 12;
}

static void build_buckets(void)
{
    const uint32_t key_mask = 0x7c | 0x7000;
    for (unsigned key = 0; key < NR_BUCKETS; key++)
        for (unsigned i = 0; i < NR_DESCS; i++) {
            uint32_t m = insn_descs[i].mask & key_mask;
            if ((key_bits(key) & m) == (insn_descs[i].match & m) && bucket_len[key] < MAX_PER_KEY)
                bucket_desc[key][bucket_len[key]++] = (uint8_t)i;
        }
}

void insn_decode(uint32_t word, struct insn *out)
{
    out->op = OP_ILLEGAL;
    out->rd = bits(word, 11, 7);
    out->rs1 = bits(word, 19, 15);
    out->rs2 = bits(word, 24, 20);
    out->rs3 = bits(word, 31, 27);
    out->rm = bits(word, 14, 12);
    out->len = 4;
    out->imm = 0;
    out->raw = word;
    if ((word & 3) != 3)
        return;
    pthread_once(&buckets_once, build_buckets);
    unsigned key = ((word >> 2) & 31) << 3 | ((word >> 12) & 7);
    for (unsigned k = 0; k < bucket_len[key]; k++) {
        const struct insn_desc *d = &insn_descs[bucket_desc[key][k]];
        if ((word & d->mask) == d->match) {
            out->op = d->op;
            out->imm = (int32_t)decode_imm(word, d->fmt);
            return;
        }
    }
}

void insn_decode_rvc(uint16_t half, struct insn *out)
{
    uint32_t word = rvc_expand(half);
    if (word)
        insn_decode(word, out);
    else
        insn_decode(0, out);
    out->len = 2;
    out->raw = half;
}
