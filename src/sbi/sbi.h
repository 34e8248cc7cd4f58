/* The Supervisor Binary Interface implemented by capa itself (RISC-V SBI specification v2.0):
 * BASE, TIME, IPI, RFENCE, HSM, SRST, DBCN and the legacy v0.1 calls. A guest kernel boots
 * straight into S-mode and its ECALLs arrive here (hart_run returns HART_EXIT_ECALL). */
#ifndef CAPA_SBI_SBI_H
#define CAPA_SBI_SBI_H

#include <stdint.h>

#include "cpu/hart.h"

/* Extension IDs (SBI spec, chapters 4-12). */
#define SBI_EXT_BASE                   0x10
#define SBI_EXT_TIME                   0x54494d45
#define SBI_EXT_IPI                    0x735049
#define SBI_EXT_RFENCE                 0x52464e43
#define SBI_EXT_HSM                    0x48534d
#define SBI_EXT_SRST                   0x53525354
#define SBI_EXT_DBCN                   0x4442434e
#define SBI_EXT_LEGACY_SET_TIMER       0x00
#define SBI_EXT_LEGACY_PUTCHAR         0x01
#define SBI_EXT_LEGACY_GETCHAR         0x02
#define SBI_EXT_LEGACY_CLEAR_IPI       0x03
#define SBI_EXT_LEGACY_SEND_IPI        0x04
#define SBI_EXT_LEGACY_REMOTE_FENCE_I  0x05
#define SBI_EXT_LEGACY_SFENCE_VMA      0x06
#define SBI_EXT_LEGACY_SFENCE_VMA_ASID 0x07
#define SBI_EXT_LEGACY_SHUTDOWN        0x08

/* Standard error codes (SBI spec 3.2). */
#define SBI_SUCCESS               0
#define SBI_ERR_FAILED            (-1)
#define SBI_ERR_NOT_SUPPORTED     (-2)
#define SBI_ERR_INVALID_PARAM     (-3)
#define SBI_ERR_DENIED            (-4)
#define SBI_ERR_INVALID_ADDRESS   (-5)
#define SBI_ERR_ALREADY_AVAILABLE (-6)
#define SBI_ERR_ALREADY_STARTED   (-7)
#define SBI_ERR_ALREADY_STOPPED   (-8)

/* HSM hart states (SBI spec 9, table 14). */
#define SBI_HSM_STARTED               0
#define SBI_HSM_STOPPED               1
#define SBI_HSM_START_PENDING         2
#define SBI_HSM_STOP_PENDING          3
#define SBI_HSM_SUSPENDED             4
#define SBI_HSM_SUSPEND_PENDING       5
#define SBI_HSM_RESUME_PENDING        6
#define SBI_HSM_SUSPEND_RETENTIVE     0x00000000u
#define SBI_HSM_SUSPEND_NON_RETENTIVE 0x80000000u

/* SRST types and reasons (SBI spec 10). */
#define SBI_SRST_SHUTDOWN       0
#define SBI_SRST_COLD_REBOOT    1
#define SBI_SRST_WARM_REBOOT    2
#define SBI_SRST_REASON_NONE    0
#define SBI_SRST_REASON_FAILURE 1

/* What the vCPU loop must do after an SBI call. */
enum sbi_action {
    SBI_ACTION_CONTINUE,     /* return to the guest */
    SBI_ACTION_HART_STOP,    /* HSM hart_stop: park this hart as STOPPED */
    SBI_ACTION_HART_SUSPEND, /* HSM retentive/non-retentive suspend: park until an interrupt */
    SBI_ACTION_SYSTEM_RESET, /* SRST: the whole VM stops (see struct sbi_reset) */
};

/* The platform services SBI needs from the VM (implemented by the vm/sched layers). */
struct sbi_platform_ops {
    struct hart *(*hart)(void *opaque, unsigned hartid); /* NULL if no such hart */
    int (*hart_start)(void *opaque, unsigned hartid, uint64_t start, uint64_t arg); /* SBI err */
    int (*hart_status)(void *opaque, unsigned hartid);
    /* Make hartid drop its TLB before it runs guest code again; waits for a running hart. */
    void (*remote_sfence)(void *opaque, unsigned hartid);
    /* Wake hartid if it is parked (WFI, suspend) so it sees a newly pending interrupt. */
    void (*wake)(void *opaque, unsigned hartid);
    void (*console_write)(void *opaque, const uint8_t *buf, unsigned len);
    int (*console_read)(void *opaque); /* a byte, or -1 if none is waiting */
};

struct sbi {
    unsigned nr_harts;
    const struct bus *bus;
    const struct sbi_platform_ops *ops;
    void *opaque;
};

/* Result of a system reset request. */
struct sbi_reset {
    uint32_t type, reason;
};

/* Handle the ECALL that made hart h exit (a7 = extension, a6 = function, a0..a5 = arguments);
 * sets a0/a1 (or a0 for legacy calls). For SBI_ACTION_HART_SUSPEND, *suspend_type says which;
 * for SBI_ACTION_SYSTEM_RESET, *reset says what. The calling hart's own thread. */
enum sbi_action sbi_handle_ecall(const struct sbi *s, struct hart *h, uint32_t *suspend_type,
                                 struct sbi_reset *reset);

#endif
