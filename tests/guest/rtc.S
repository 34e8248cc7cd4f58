/* Goldfish RTC at 0x101000 (the Android goldfish RTC: TIME_LOW at 0x0, TIME_HIGH at 0x4,
 * nanoseconds since the Unix epoch; reading TIME_LOW latches TIME_HIGH, so LOW is read first).
 * Checks: the wall clock is after 2024-01-01 00:00:00 UTC (1704067200 s); it advances between
 * two reads; across a wait of 2 ms measured with the `time` CSR (10 MHz) it advances by at
 * least 1 ms (slack for clock slewing between the host's wall and monotonic clocks) and by
 * less than 10 s. */
#include "sbi.h"

#define TIME_LOW  0
#define TIME_HIGH 4

    .text
/* a0 = RTC nanoseconds */
rtc_read:
    li t0, RTC_BASE
    lwu a0, TIME_LOW(t0)
    lwu t1, TIME_HIGH(t0)
    slli t1, t1, 32
    or a0, a0, t1
    ret

GUEST_START
    call rtc_read
    mv s0, a0
    li t0, 1000000000
    divu s1, s0, t0                 /* seconds since the epoch */
    li t0, 1704067200
    sltu a0, s1, t0
    xori a0, a0, 1
    PRINT_DEC "rtc: after 2024-01-01: ", a0

    /* advances: spin until a later read differs (bounded) */
    li s2, 1000000
1:  call rtc_read
    bgtu a0, s0, 2f
    addi s2, s2, -1
    bnez s2, 1b
2:  sltu a0, s0, a0
    PRINT_DEC "rtc: advances: ", a0

    /* tracks real time: over 2 ms of `time`, the RTC advances by 1 ms .. 10 s */
    call rtc_read
    mv s0, a0
    rdtime s1
    li t0, TIMEBASE_HZ / 500
    add s1, s1, t0
3:  rdtime t0
    bltu t0, s1, 3b
    call rtc_read
    sub s1, a0, s0                  /* elapsed RTC nanoseconds */
    li t0, 1000000
    sltu a0, s1, t0
    xori a0, a0, 1
    PRINT_DEC "rtc: over 2 ms of time, advanced >= 1 ms: ", a0
    li t0, 10000000000
    sltu a0, s1, t0
    PRINT_DEC "rtc: over 2 ms of time, advanced < 10 s: ", a0

    PUTS "rtc: done\n"
    SBI_SHUTDOWN
