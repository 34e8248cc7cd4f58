/* SBI v2.0 calls handled by capa (see sbi.h). Every argument comes from the guest: hart IDs and
 * masks are range-checked, and physical buffers are checked to lie in guest RAM. */
#include "sbi/sbi.h"

#include <stddef.h>

#include "cpu/riscv.h"

#define SBI_SPEC_VERSION (2u << 24) /* v2.0 (major << 24 | minor) */
#define SBI_IMPL_ID      0x43415041 /* "CAPA": not in the SBI registry's list of IDs */
#define SBI_IMPL_VERSION 1

enum { A0 = 10, A1, A2, A3, A4, A5, A6, A7 };

struct sbi_ret {
    int64_t error;
    uint64_t value;
};

static bool ext_supported(uint64_t eid)
{
    switch (eid) {
    case SBI_EXT_BASE:
    case SBI_EXT_TIME:
    case SBI_EXT_IPI:
    case SBI_EXT_RFENCE:
    case SBI_EXT_HSM:
    case SBI_EXT_SRST:
    case SBI_EXT_DBCN:
    case SBI_EXT_LEGACY_SET_TIMER ... SBI_EXT_LEGACY_SHUTDOWN: return true;
    default: return false;
    }
}

static struct sbi_ret sbi_base(uint64_t fid, uint64_t arg0)
{
    switch (fid) {
    case 0: return (struct sbi_ret){ SBI_SUCCESS, SBI_SPEC_VERSION };
    case 1: return (struct sbi_ret){ SBI_SUCCESS, SBI_IMPL_ID };
    case 2: return (struct sbi_ret){ SBI_SUCCESS, SBI_IMPL_VERSION };
    case 3: return (struct sbi_ret){ SBI_SUCCESS, ext_supported(arg0) };
    case 4:
    case 5:
    case 6: return (struct sbi_ret){ SBI_SUCCESS, 0 }; /* mvendorid, marchid, mimpid */
    default: return (struct sbi_ret){ SBI_ERR_NOT_SUPPORTED, 0 };
    }
}

/* Apply fn to each hart selected by (mask, base); base = -1 selects every hart (SBI 3.1). */
static int64_t for_each_hart(const struct sbi *s, uint64_t mask, uint64_t base,
                             void (*fn)(const struct sbi *, unsigned))
{
    if (base == UINT64_MAX) {
        for (unsigned i = 0; i < s->nr_harts; i++)
            fn(s, i);
        return SBI_SUCCESS;
    }
    if (base >= s->nr_harts)
        return mask ? SBI_ERR_INVALID_PARAM : SBI_SUCCESS;
    /* Validate the whole mask first: either every selected hart exists or nothing happens. */
    for (unsigned bit = 0; bit < 64; bit++)
        if (((mask >> bit) & 1) && base + bit >= s->nr_harts)
            return SBI_ERR_INVALID_PARAM;
    for (unsigned bit = 0; bit < 64; bit++)
        if ((mask >> bit) & 1)
            fn(s, (unsigned)(base + bit));
    return SBI_SUCCESS;
}

static void do_ipi(const struct sbi *s, unsigned hartid)
{
    struct hart *t = s->ops->hart(s->opaque, hartid);
    if (t) {
        hart_set_pending(t, MIP_SSIP, true);
        s->ops->wake(s->opaque, hartid); /* a hart parked in WFI must see it now */
    }
}

static void do_sfence(const struct sbi *s, unsigned hartid)
{
    s->ops->remote_sfence(s->opaque, hartid);
}

/* Remote FENCE.I: the hart drops its decoded blocks, before it runs again if it is running
 * (the same handshake as a remote SFENCE.VMA). */
static void do_fence_i(const struct sbi *s, unsigned hartid)
{
    struct hart *t = s->ops->hart(s->opaque, hartid);
    if (t) {
        hart_request_icache_flush(t);
        s->ops->remote_sfence(s->opaque, hartid);
    }
}

static struct sbi_ret sbi_rfence(const struct sbi *s, uint64_t fid, const uint64_t *a)
{
    switch (fid) {
    case 0: return (struct sbi_ret){ for_each_hart(s, a[0], a[1], do_fence_i), 0 };
    case 1:
    case 2: return (struct sbi_ret){ for_each_hart(s, a[0], a[1], do_sfence), 0 };
    default: return (struct sbi_ret){ SBI_ERR_NOT_SUPPORTED, 0 }; /* hypervisor fences */
    }
}

static struct sbi_ret sbi_hsm(const struct sbi *s, struct hart *h, uint64_t fid, const uint64_t *a,
                              enum sbi_action *act, uint32_t *suspend_type)
{
    switch (fid) {
    case 0: /* hart_start(hartid, start_addr, opaque) */
        if (a[0] >= s->nr_harts)
            return (struct sbi_ret){ SBI_ERR_INVALID_PARAM, 0 };
        return (struct sbi_ret){ s->ops->hart_start(s->opaque, (unsigned)a[0], a[1], a[2]), 0 };
    case 1: /* hart_stop(): does not return on success */
        *act = SBI_ACTION_HART_STOP;
        return (struct sbi_ret){ SBI_SUCCESS, 0 };
    case 2: /* hart_get_status(hartid) */
        if (a[0] >= s->nr_harts)
            return (struct sbi_ret){ SBI_ERR_INVALID_PARAM, 0 };
        return (struct sbi_ret){ SBI_SUCCESS, (uint64_t)s->ops->hart_status(s->opaque, a[0]) };
    case 3: /* hart_suspend(type, resume_addr, opaque) */
        if (a[0] == SBI_HSM_SUSPEND_RETENTIVE) {
            *act = SBI_ACTION_HART_SUSPEND;
            *suspend_type = SBI_HSM_SUSPEND_RETENTIVE;
            return (struct sbi_ret){ SBI_SUCCESS, 0 };
        }
        if (a[0] == SBI_HSM_SUSPEND_NON_RETENTIVE) {
            if (!bus_ram_ptr(s->bus, a[1], 4))
                return (struct sbi_ret){ SBI_ERR_INVALID_ADDRESS, 0 };
            /* Resume like a fresh start: S-mode at resume_addr, a0 = hartid, a1 = opaque. */
            *act = SBI_ACTION_HART_SUSPEND;
            *suspend_type = SBI_HSM_SUSPEND_NON_RETENTIVE;
            h->pc = a[1];
            h->x[A1] = a[2];
            h->x[A0] = h->mhartid;
            return (struct sbi_ret){ SBI_SUCCESS, h->x[A1] };
        }
        return (struct sbi_ret){ SBI_ERR_INVALID_PARAM, 0 };
    default: return (struct sbi_ret){ SBI_ERR_NOT_SUPPORTED, 0 };
    }
}

static struct sbi_ret sbi_srst(uint64_t fid, const uint64_t *a, enum sbi_action *act,
                               struct sbi_reset *reset)
{
    if (fid != 0)
        return (struct sbi_ret){ SBI_ERR_NOT_SUPPORTED, 0 };
    if (a[0] > SBI_SRST_WARM_REBOOT || a[1] > SBI_SRST_REASON_FAILURE)
        return (struct sbi_ret){ SBI_ERR_INVALID_PARAM, 0 };
    reset->type = (uint32_t)a[0];
    reset->reason = (uint32_t)a[1];
    *act = SBI_ACTION_SYSTEM_RESET;
    return (struct sbi_ret){ SBI_SUCCESS, 0 };
}

/* DBCN: buffers are guest-physical (SBI 12); the whole range must be guest RAM. */
static struct sbi_ret sbi_dbcn(const struct sbi *s, uint64_t fid, const uint64_t *a)
{
    if (fid == 2) {
        uint8_t b = (uint8_t)a[0];
        s->ops->console_write(s->opaque, &b, 1);
        return (struct sbi_ret){ SBI_SUCCESS, 0 };
    }
    if (fid > 1)
        return (struct sbi_ret){ SBI_ERR_NOT_SUPPORTED, 0 };
    uint64_t len = a[0], addr = a[1]; /* a[2] (high bits) must be 0 on RV64 */
    if (a[2] != 0)
        return (struct sbi_ret){ SBI_ERR_INVALID_PARAM, 0 };
    uint8_t *buf = len ? bus_ram_ptr(s->bus, addr, len) : NULL;
    if (len && !buf)
        return (struct sbi_ret){ SBI_ERR_INVALID_PARAM, 0 };
    if (fid == 0) {
        s->ops->console_write(s->opaque, buf, (unsigned)(len > UINT32_MAX ? UINT32_MAX : len));
        return (struct sbi_ret){ SBI_SUCCESS, len };
    }
    uint64_t n = 0;
    for (int c; n < len && (c = s->ops->console_read(s->opaque)) >= 0; n++)
        buf[n] = (uint8_t)c;
    return (struct sbi_ret){ SBI_SUCCESS, n };
}

/* Legacy extensions (SBI 5): hart masks are pointers to an unsigned long in S-mode memory. */
static int64_t legacy_mask(struct hart *h, uint64_t ptr, uint64_t *mask)
{
    if (ptr == 0) {
        *mask = UINT64_MAX; /* NULL means all harts */
        return SBI_SUCCESS;
    }
    return hart_load_virt(h, ptr, 8, mask) == 0 ? SBI_SUCCESS : SBI_ERR_INVALID_ADDRESS;
}

static int64_t sbi_legacy(const struct sbi *s, struct hart *h, uint64_t eid, const uint64_t *a,
                          enum sbi_action *act, struct sbi_reset *reset)
{
    uint64_t mask;
    switch (eid) {
    case SBI_EXT_LEGACY_SET_TIMER: hart_set_stimecmp(h, a[0]); return SBI_SUCCESS;
    case SBI_EXT_LEGACY_PUTCHAR: {
        uint8_t b = (uint8_t)a[0];
        s->ops->console_write(s->opaque, &b, 1);
        return SBI_SUCCESS;
    }
    case SBI_EXT_LEGACY_GETCHAR: return s->ops->console_read(s->opaque);
    case SBI_EXT_LEGACY_CLEAR_IPI: hart_set_pending(h, MIP_SSIP, false); return SBI_SUCCESS;
    case SBI_EXT_LEGACY_SHUTDOWN:
        reset->type = SBI_SRST_SHUTDOWN;
        reset->reason = SBI_SRST_REASON_NONE;
        *act = SBI_ACTION_SYSTEM_RESET;
        return SBI_SUCCESS;
    default: break;
    }
    int64_t err = legacy_mask(h, a[0], &mask);
    if (err)
        return err;
    uint64_t base = a[0] ? 0 : UINT64_MAX;
    mask &= s->nr_harts >= 64 ? UINT64_MAX : (1ull << s->nr_harts) - 1;
    if (eid == SBI_EXT_LEGACY_SEND_IPI)
        return for_each_hart(s, mask, base, do_ipi);
    if (eid == SBI_EXT_LEGACY_REMOTE_FENCE_I)
        return for_each_hart(s, mask, base, do_fence_i);
    return for_each_hart(s, mask, base, do_sfence);
}

enum sbi_action sbi_handle_ecall(const struct sbi *s, struct hart *h, uint32_t *suspend_type,
                                 struct sbi_reset *reset)
{
    uint64_t eid = h->x[A7], fid = h->x[A6];
    const uint64_t a[6] = { h->x[A0], h->x[A1], h->x[A2], h->x[A3], h->x[A4], h->x[A5] };
    enum sbi_action act = SBI_ACTION_CONTINUE;
    struct sbi_ret ret = { SBI_ERR_NOT_SUPPORTED, 0 };

    if (eid <= SBI_EXT_LEGACY_SHUTDOWN) {
        h->x[A0] = (uint64_t)sbi_legacy(s, h, eid, a, &act, reset);
        return act;
    }
    switch (eid) {
    case SBI_EXT_BASE: ret = sbi_base(fid, a[0]); break;
    case SBI_EXT_TIME:
        if (fid == 0) {
            hart_set_stimecmp(h, a[0]);
            ret = (struct sbi_ret){ SBI_SUCCESS, 0 };
        }
        break;
    case SBI_EXT_IPI:
        if (fid == 0)
            ret = (struct sbi_ret){ for_each_hart(s, a[0], a[1], do_ipi), 0 };
        break;
    case SBI_EXT_RFENCE: ret = sbi_rfence(s, fid, a); break;
    case SBI_EXT_HSM: ret = sbi_hsm(s, h, fid, a, &act, suspend_type); break;
    case SBI_EXT_SRST: ret = sbi_srst(fid, a, &act, reset); break;
    case SBI_EXT_DBCN: ret = sbi_dbcn(s, fid, a); break;
    default: break; /* unknown extensions: SBI_ERR_NOT_SUPPORTED (SBI 3) */
    }
    if (act == SBI_ACTION_HART_SUSPEND && *suspend_type == SBI_HSM_SUSPEND_NON_RETENTIVE)
        return act; /* a0/a1 already hold the resume arguments */
    h->x[A0] = (uint64_t)ret.error;
    h->x[A1] = ret.value;
    return act;
}
