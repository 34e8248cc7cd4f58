#include "dev/syscon.h"

static bool syscon_read(void *opaque, uint64_t off, unsigned size, uint64_t *val)
{
    (void)opaque, (void)off, (void)size;
    *val = 0;
    return true;
}

static bool syscon_write(void *opaque, uint64_t off, unsigned size, uint64_t val)
{
    struct syscon *s = opaque;
    (void)size;
    if (off != 0 || !s->event)
        return true;
    switch (val & 0xffff) {
    case SYSCON_POWEROFF: s->event(s->opaque, SYSCON_EV_POWEROFF, 0); break;
    case SYSCON_RESET: s->event(s->opaque, SYSCON_EV_RESET, 0); break;
    case SYSCON_FAIL: s->event(s->opaque, SYSCON_EV_FAIL, (uint32_t)(val >> 16) & 0xffff); break;
    default: break; /* other values are ignored, as on the real finisher */
    }
    return true;
}

/* 16-bit writes too: OpenSBI's sifive_test driver uses writew for pass/reset. */
const struct mmio_ops syscon_mmio_ops = {
    .read = syscon_read,
    .write = syscon_write,
    .min_access = 2,
    .max_access = 4,
};
