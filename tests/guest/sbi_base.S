/* SBI Base extension (SBI v2.0 chapter 4) and the calling convention (chapter 3).
 * Checks: get_spec_version = 2.0 (4.1: major in bits 30:24, minor in 23:0 -> 0x2000000);
 * probe_extension (4.4) returns 1 for TIME, IPI, RFENCE, HSM, SRST, DBCN and the legacy
 * console putchar (chapter 5 extensions are probed by their EID), 0 for an unknown EID;
 * an unknown EID and an unknown BASE function return SBI_ERR_NOT_SUPPORTED (3.1, 3.2);
 * get_mvendorid/marchid/mimpid (4.5-4.7) succeed; every register but a0/a1 is preserved across
 * an SBI call (3.1: "All registers except a0 & a1 must be preserved"). Ends with SRST
 * shutdown / no reason (10.1) -> capa exits 0. */
#include "sbi.h"

.macro PROBE name, eid
    li a0, \eid
    SBI_CALL SBI_EXT_BASE, 3
    EXPECT a0, SBI_SUCCESS, "probe_extension(\name) error"
    PRINT_DEC "probe \name: ", a1
.endm

GUEST_START
    /* 4.1 sbi_get_spec_version */
    SBI_CALL SBI_EXT_BASE, 0
    EXPECT a0, SBI_SUCCESS, "get_spec_version error"
    mv s0, a1
    PRINT_HEX "spec_version: ", s0
    EXPECT s0, 0x2000000, "spec_version is not 2.0"

    /* 4.2/4.3 get_impl_id and get_impl_version: any value, but no error */
    SBI_CALL SBI_EXT_BASE, 1
    EXPECT a0, SBI_SUCCESS, "get_impl_id error"
    SBI_CALL SBI_EXT_BASE, 2
    EXPECT a0, SBI_SUCCESS, "get_impl_version error"

    /* 4.4 sbi_probe_extension */
    PROBE TIME, SBI_EXT_TIME
    PROBE IPI, SBI_EXT_IPI
    PROBE RFENCE, SBI_EXT_RFENCE
    PROBE HSM, SBI_EXT_HSM
    PROBE SRST, SBI_EXT_SRST
    PROBE DBCN, SBI_EXT_DBCN
    PROBE legacy_putchar, SBI_LEGACY_PUTCHAR
    PROBE unknown_0x12345678, 0x12345678

    /* 4.5-4.7: machine IDs; 0 is a legal "not implemented" value, so only the error is fixed */
    SBI_CALL SBI_EXT_BASE, 4
    PRINT_DEC "get_mvendorid error: ", a0
    SBI_CALL SBI_EXT_BASE, 5
    PRINT_DEC "get_marchid error: ", a0
    SBI_CALL SBI_EXT_BASE, 6
    PRINT_DEC "get_mimpid error: ", a0

    /* 3.2: an extension that is not implemented -> SBI_ERR_NOT_SUPPORTED */
    SBI_CALL 0x12345678, 0
    mv s0, a0
    PRINT_DEC "unknown extension: ", s0
    EXPECT s0, SBI_ERR_NOT_SUPPORTED, "unknown EID"
    /* ... and so is an unknown function of an implemented one */
    SBI_CALL SBI_EXT_BASE, 99
    mv s0, a0
    PRINT_DEC "unknown base function: ", s0
    EXPECT s0, SBI_ERR_NOT_SUPPORTED, "unknown BASE FID"

    /* 3.1: a2..a7 (and everything else but a0, a1) survive an SBI call */
    li a0, SBI_EXT_DBCN
    li a2, 0x2222
    li a3, 0x3333
    li a4, 0x4444
    li a5, 0x5555
    li s1, 0x1111
    li t0, 0x7777
    li a6, 3
    li a7, SBI_EXT_BASE
    ecall
    EXPECT a2, 0x2222, "a2 clobbered"
    EXPECT a3, 0x3333, "a3 clobbered"
    EXPECT a4, 0x4444, "a4 clobbered"
    EXPECT a5, 0x5555, "a5 clobbered"
    EXPECT a6, 3, "a6 clobbered"
    EXPECT a7, SBI_EXT_BASE, "a7 clobbered"
    EXPECT s1, 0x1111, "s1 clobbered"
    EXPECT t0, 0x7777, "t0 clobbered"
    PUTS "registers preserved: yes\n"

    PUTS "sbi_base: done\n"
    SBI_SHUTDOWN
