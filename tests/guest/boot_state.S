/* The S-mode boot state capa leaves when it is the firmware (what OpenSBI leaves on QEMU virt,
 * privileged spec 3.1.11 and 4.1.5): scounteren = 7 so user space may read cycle, time and
 * instret (the Linux vDSO reads `time` for clock_gettime); a0 = hart id 0; sstatus.SIE = 0;
 * satp = 0 (translation off); sie = 0. */
#include "sbi.h"

GUEST_START
    mv s0, a0
    PRINT_DEC "boot: a0 (hartid) = ", s0
    csrr a0, scounteren
    PRINT_DEC "boot: scounteren = ", a0
    csrr a0, satp
    PRINT_DEC "boot: satp = ", a0
    csrr a0, sie
    PRINT_DEC "boot: sie = ", a0
    csrr a0, sstatus
    andi a0, a0, 2
    PRINT_DEC "boot: sstatus.SIE = ", a0
    PUTS "boot: done\n"
    SBI_SHUTDOWN
