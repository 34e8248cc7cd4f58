/* Unit tests for the decoder and RVC expansion (src/cpu/decode.c, rvc.c). Expected encodings come
 * from the GNU assembler (riscv64-linux-gnu-as), an independent encoder. */
#include <stdio.h>
#include <string.h>

#include "cpu/decode.h"
#include "check.h"

struct table_row {
    const char *name;
    uint32_t mask, match;
    enum insn_op op;
};

static const struct table_row rows[] = {
#define ROW(name, mask, match, fmt) { #name, mask, match, OP_##name },
    INSN_TABLE_INT(ROW) INSN_TABLE_FP(ROW)
#undef ROW
};

/* Every table entry decodes to itself: catches overlapping or mis-ordered entries. */
static void test_table_self_consistent(void)
{
    for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
        struct insn in;
        CHECK_MSG((rows[i].match & ~rows[i].mask) == 0, "%s: match has bits outside mask",
                  rows[i].name);
        insn_decode(rows[i].match, &in);
        CHECK_MSG(in.op == rows[i].op, "%s decodes as %s", rows[i].name, insn_name(in.op));
    }
}

struct enc_case {
    uint32_t word;
    enum insn_op op;
    unsigned rd, rs1, rs2;
    int64_t imm;
};

static void test_known_encodings(void)
{
    static const struct enc_case cases[] = {
        { 0xfff00313, OP_ADDI, 6, 0, 31, -1 },          /* addi t1, zero, -1 */
        { 0x800002b7, OP_LUI, 5, 0, 0, -0x80000000ll }, /* lui t0, 0x80000 */
        { 0x801ff06f, OP_JAL, 0, 31, 1, -2048 },        /* jal zero, .-2048 */
        { 0xf00500e3, OP_BEQ, 1, 10, 0, -256 },         /* beq a0, zero, .-256 */
        { 0x0ef53823, OP_SD, 16, 10, 15, 240 },         /* sd a5, 240(a0) */
        { 0x4015d593, OP_SRAI, 11, 11, 1, 1 },          /* srai a1, a1, 1 */
        { 0x03f55513, OP_SRLI, 10, 10, 31, 63 },        /* srli a0, a0, 63 */
        { 0x34202573, OP_CSRRS, 10, 0, 2, 0x342 },      /* csrr a0, mcause */
        { 0x1005272f, OP_LR_W, 14, 10, 0, 0 },          /* lr.w a4, (a0) */
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        struct insn in;
        insn_decode(cases[i].word, &in);
        CHECK_MSG(in.op == cases[i].op, "0x%08x: op %s", cases[i].word, insn_name(in.op));
        CHECK_MSG(in.rd == cases[i].rd && in.rs1 == cases[i].rs1, "0x%08x: registers",
                  cases[i].word);
        CHECK_MSG(in.imm == cases[i].imm, "0x%08x: imm %lld, want %lld", cases[i].word,
                  (long long)in.imm, (long long)cases[i].imm);
        CHECK_MSG(in.len == 4, "len");
    }
    struct insn in;
    insn_decode(0x00000000, &in);
    CHECK_MSG(in.op == OP_ILLEGAL, "all-zero word is illegal");
    insn_decode(0xffffffff, &in);
    CHECK_MSG(in.op == OP_ILLEGAL, "all-ones word is illegal");
    insn_decode(0x0ec5b52f, &in); /* amoswap.d.aqrl a0, a2, (a1): aq/rl do not change the op */
    CHECK_MSG(in.op == OP_AMOSWAP_D, "amoswap.d.aqrl: %s", insn_name(in.op));
    insn_decode(0x0e05b02f | (1u << 20), &in);
    CHECK_MSG(in.op == OP_AMOSWAP_D, "amoswap.d with rs2=1");
    insn_decode(0x1015272f, &in); /* lr.w with rs2 != 0 is reserved */
    CHECK_MSG(in.op == OP_ILLEGAL, "lr.w with rs2 != 0 is illegal: %s", insn_name(in.op));
}

/* RVC expansion against the assembler's own 32-bit forms of the same instructions. */
static void test_rvc_expansion(void)
{
    static const uint32_t pairs[][2] = {
        { 0x1fe8, 0x3fc10513 }, { 0x3de8, 0x0f85b507 }, { 0x5ef0, 0x07c6a603 },
        { 0x7ff8, 0x0f87b703 }, { 0xa480, 0x0084b427 }, { 0xc0c0, 0x0084a223 },
        { 0xf97c, 0x0ef53823 }, { 0x0001, 0x00000013 }, { 0x1281, 0xfe028293 },
        { 0x257d, 0x01f5051b }, { 0x537d, 0xfff00313 }, { 0x7101, 0xe0010113 },
        { 0x7385, 0xfffe13b7 }, { 0x917d, 0x03f55513 }, { 0x8585, 0x4015d593 },
        { 0x9a3d, 0xfef67613 }, { 0x8e99, 0x40e686b3 }, { 0x8fa1, 0x0087c7b3 },
        { 0x8cc9, 0x00a4e4b3 }, { 0x8df1, 0x00c5f5b3 }, { 0x9e99, 0x40e686bb },
        { 0x9fa1, 0x008787bb }, { 0xb001, 0x801ff06f }, { 0xd101, 0xf00500e3 },
        { 0xecfd, 0x0e049f63 }, { 0x1e06, 0x021e1e13 }, { 0x30fe, 0x1f813087 },
        { 0x50fe, 0x0fc12083 }, { 0x7efe, 0x1f813e83 }, { 0x8f02, 0x000f0067 },
        { 0x857e, 0x01f00533 }, { 0x9002, 0x00100073 }, { 0x9582, 0x000580e7 },
        { 0x994e, 0x01390933 }, { 0xbfee, 0x1fb13c27 }, { 0xdf96, 0x0e512e23 },
        { 0xffee, 0x1fb13c23 },
    };
    for (size_t i = 0; i < sizeof(pairs) / sizeof(pairs[0]); i++) {
        uint32_t got = rvc_expand((uint16_t)pairs[i][0]);
        CHECK_MSG(got == pairs[i][1], "c 0x%04x expands to 0x%08x, want 0x%08x", pairs[i][0], got,
                  pairs[i][1]);
        struct insn in;
        insn_decode_rvc((uint16_t)pairs[i][0], &in);
        CHECK_MSG(in.len == 2 && in.raw == pairs[i][0], "c 0x%04x: len/raw", pairs[i][0]);
    }
    /* Reserved encodings (unprivileged 16.8, table 16.4-16.6). */
    static const uint16_t reserved[] = {
        0x0000, /* all zero (c.addi4spn nzuimm = 0) */
        0x8000, /* quadrant 0 funct3 100 */
        0x2001, /* c.addiw rd = 0 */
        0x6101, /* c.addi16sp imm = 0 */
        0x6281, /* c.lui t0, 0 */
        0x9c41, /* c.subw-space reserved (funct2 10 with bit 12) */
        0x4002, /* c.lwsp rd = 0 */
        0x6002, /* c.ldsp rd = 0 */
        0x8002, /* c.jr rs1 = 0 */
    };
    for (size_t i = 0; i < sizeof(reserved) / sizeof(reserved[0]); i++)
        CHECK_MSG(rvc_expand(reserved[i]) == 0, "reserved 0x%04x expanded to 0x%08x", reserved[i],
                  rvc_expand(reserved[i]));
}

int main(void)
{
    test_table_self_consistent();
    test_known_encodings();
    test_rvc_expansion();
    return check_report("decode");
}
