/* System Reset extension (SBI v2.0 chapter 10). Checks: sbi_system_reset (10.1) with a reserved
 * reset_type (0x3) or a reserved reset_reason (0x2) returns SBI_ERR_INVALID_PARAM and goes on;
 * a shutdown with reset_reason = system failure (0x1) ends the run: capa exits 1. */
/* exit-status: 1 */
#include "sbi.h"

GUEST_START
    li a0, 3                        /* reset_type 0x3: reserved */
    li a1, 0
    SBI_CALL SBI_EXT_SRST, 0
    mv s0, a0
    PRINT_DEC "reserved reset_type: ", s0
    EXPECT s0, SBI_ERR_INVALID_PARAM, "reserved reset_type"

    li a0, 0
    li a1, 2                        /* reset_reason 0x2: reserved */
    SBI_CALL SBI_EXT_SRST, 0
    mv s0, a0
    PRINT_DEC "reserved reset_reason: ", s0
    EXPECT s0, SBI_ERR_INVALID_PARAM, "reserved reset_reason"

    SBI_CALL SBI_EXT_SRST, 1        /* SRST has one function */
    mv s0, a0
    PRINT_DEC "unknown SRST function: ", s0
    EXPECT s0, SBI_ERR_NOT_SUPPORTED, "unknown SRST FID"

    PUTS "shutdown, reason system failure\n"
    li a0, 0                        /* shutdown */
    li a1, 1                        /* system failure */
    SBI_CALL SBI_EXT_SRST, 0
    j __still_running
