/* The "sifive,test" finisher with FINISHER_FAIL and code 256: (256 << 16) | 0x3333. An exit
 * status keeps only 8 bits, and 256's are all zero; a failure must still not look like success:
 * capa exits 1 (its generic failure status), as it does for code 0. */
/* exit-status: 1 */
#include "sbi.h"

GUEST_START
    PUTS "syscon: fail with code 256\n"
    li t0, SYSCON_BASE
    li t1, (256 << 16) | 0x3333
    sw t1, 0(t0)
1:  j 1b                            /* still running: capa times out (124) */
