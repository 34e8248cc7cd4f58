/* Debug Console extension (SBI v2.0 chapter 12) and the legacy console calls (chapter 5).
 * Checks: sbi_debug_console_write (12.1) writes num_bytes from a physical address and returns
 * the count; num_bytes / base_addr pointing outside RAM, a buffer running past the end of RAM,
 * or base_addr_hi != 0 on RV64 return SBI_ERR_INVALID_PARAM and write nothing;
 * sbi_debug_console_read (12.2) with no input returns 0 bytes; sbi_debug_console_write_byte
 * (12.3); legacy sbi_console_putchar (5.2) returns 0 and sbi_console_getchar (5.3) returns -1
 * with no input (stdin is /dev/null). Ends with the legacy sbi_shutdown (5.7) -> exit 0.
 * The default guest RAM is 256 MiB: 0x80000000-0x90000000. */
#include "sbi.h"

    .section .rodata
msg:    .ascii "dbcn: console_write from RAM\n"
msg_end:
bytes:  .ascii "dbcn: write_byte\n"
bytes_end:
legacy: .ascii "legacy: putchar\n"
legacy_end:
    .bss
rdbuf:  .space 16

GUEST_START
    /* 12.1: write a buffer; the value is the number of bytes written */
    la a1, msg
    la s2, msg_end
    sub s2, s2, a1                  /* num_bytes */
    mv a0, s2
    li a2, 0
    SBI_CALL SBI_EXT_DBCN, 0
    mv s0, a0
    mv s1, a1
    EXPECT s0, SBI_SUCCESS, "console_write error"
    PRINT_DEC "console_write value: ", s1
    EXPECT_EQ s1, s2, "console_write count"

    /* 12.3: one byte at a time */
    la s0, bytes
    la s1, bytes_end
1:  lbu a0, 0(s0)
    SBI_CALL SBI_EXT_DBCN, 2
    EXPECT a0, SBI_SUCCESS, "console_write_byte error"
    addi s0, s0, 1
    bltu s0, s1, 1b

    /* 5.2: legacy putchar, a0 = 0 on success */
    la s0, legacy
    la s1, legacy_end
1:  lbu a0, 0(s0)
    SBI_CALL SBI_LEGACY_PUTCHAR, 0
    EXPECT a0, 0, "legacy putchar result"
    addi s0, s0, 1
    bltu s0, s1, 1b

    /* 12.1: bad buffers -> SBI_ERR_INVALID_PARAM */
    li a0, 4
    li a1, 0x1000                   /* below RAM: nothing there */
    li a2, 0
    SBI_CALL SBI_EXT_DBCN, 0
    mv s0, a0
    PRINT_DEC "write from 0x1000: ", s0
    EXPECT s0, SBI_ERR_INVALID_PARAM, "write from 0x1000"

    li a0, 16
    li a1, UART_BASE                /* MMIO is not memory the SBI may read */
    li a2, 0
    SBI_CALL SBI_EXT_DBCN, 0
    mv s0, a0
    PRINT_DEC "write from the UART: ", s0
    EXPECT s0, SBI_ERR_INVALID_PARAM, "write from MMIO"

    li a0, 16
    li a1, 0x90000000 - 8           /* starts in RAM, runs 8 bytes past its end */
    li a2, 0
    SBI_CALL SBI_EXT_DBCN, 0
    mv s0, a0
    PRINT_DEC "write across the end of RAM: ", s0
    EXPECT s0, SBI_ERR_INVALID_PARAM, "write across the end of RAM"

    li a0, 4
    la a1, msg
    li a2, 1                        /* base_addr_hi must be 0 on RV64 */
    SBI_CALL SBI_EXT_DBCN, 0
    mv s0, a0
    PRINT_DEC "write with base_addr_hi 1: ", s0
    EXPECT s0, SBI_ERR_INVALID_PARAM, "base_addr_hi != 0"

    /* 12.2: nothing to read from /dev/null: success, 0 bytes */
    li a0, 16
    la a1, rdbuf
    li a2, 0
    SBI_CALL SBI_EXT_DBCN, 1
    mv s0, a0
    mv s1, a1
    EXPECT s0, SBI_SUCCESS, "console_read error"
    PRINT_DEC "console_read value: ", s1

    /* 5.3: legacy getchar with no input -> -1 */
    SBI_CALL SBI_LEGACY_GETCHAR, 0
    mv s0, a0
    PRINT_DEC "legacy getchar: ", s0
    EXPECT s0, -1, "legacy getchar"

    /* 5.7: legacy shutdown */
    PUTS "sbi_dbcn: done\n"
    SBI_CALL SBI_LEGACY_SHUTDOWN, 0
    j __still_running
