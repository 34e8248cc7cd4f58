/* The "sifive,test" finisher (syscon-poweroff in the device tree) at 0x100000: a 32-bit write of
 * 0x5555 (FINISHER_PASS) powers the machine off: capa exits 0 without any SBI call. */
#include "sbi.h"

GUEST_START
    PUTS "syscon: poweroff\n"
    li t0, SYSCON_BASE
    li t1, 0x5555
    sw t1, 0(t0)
1:  j 1b                            /* still running: capa times out (124) */
