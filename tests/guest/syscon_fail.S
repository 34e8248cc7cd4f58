/* The "sifive,test" finisher at 0x100000: a 32-bit write of (code << 16) | 0x3333
 * (FINISHER_FAIL) stops the machine with a failure code: capa exits with that code, here 3. */
/* exit-status: 3 */
#include "sbi.h"

GUEST_START
    PUTS "syscon: fail with code 3\n"
    li t0, SYSCON_BASE
    li t1, (3 << 16) | 0x3333
    sw t1, 0(t0)
1:  j 1b                            /* still running: capa times out (124) */
