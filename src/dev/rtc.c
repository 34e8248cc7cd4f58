#include "dev/rtc.h"

#include <string.h>
#include <time.h>

enum {
    TIME_LOW = 0x00,
    TIME_HIGH = 0x04,
    ALARM_LOW = 0x08,
    ALARM_HIGH = 0x0c,
    IRQ_ENABLED = 0x10,
    CLEAR_ALARM = 0x14,
    ALARM_STATUS = 0x18,
    CLEAR_INTERRUPT = 0x1c
};

void rtc_init(struct rtc *r)
{
    memset(r, 0, sizeof(*r));
    pthread_mutex_init(&r->lock, NULL);
}

void rtc_fini(struct rtc *r)
{
    pthread_mutex_destroy(&r->lock);
}

static uint64_t now_ns(const struct rtc *r)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (uint64_t)ts.tv_sec * 1000000000ull + ts.tv_nsec + r->offset_ns;
}

static void update_irq(struct rtc *r)
{
    irq_set(&r->irq, r->irq_enabled && r->irq_pending);
}

void rtc_poll(struct rtc *r)
{
    pthread_mutex_lock(&r->lock);
    if (r->alarm_armed && now_ns(r) >= r->alarm_ns) {
        r->alarm_armed = false;
        r->irq_pending = true;
        update_irq(r);
    }
    pthread_mutex_unlock(&r->lock);
}

static bool rtc_read(void *opaque, uint64_t off, unsigned size, uint64_t *val)
{
    struct rtc *r = opaque;
    (void)size;
    pthread_mutex_lock(&r->lock);
    switch (off) {
    case TIME_LOW: {
        uint64_t t = now_ns(r);
        r->time_high = (uint32_t)(t >> 32);
        *val = (uint32_t)t;
        break;
    }
    case TIME_HIGH: *val = r->time_high; break;
    case ALARM_LOW: *val = (uint32_t)r->alarm_ns; break;
    case ALARM_HIGH: *val = (uint32_t)(r->alarm_ns >> 32); break;
    case IRQ_ENABLED: *val = r->irq_enabled; break;
    case ALARM_STATUS: *val = r->alarm_armed; break;
    default: *val = 0; break;
    }
    pthread_mutex_unlock(&r->lock);
    return true;
}

static bool rtc_write(void *opaque, uint64_t off, unsigned size, uint64_t val)
{
    struct rtc *r = opaque;
    (void)size;
    pthread_mutex_lock(&r->lock);
    switch (off) {
    case TIME_LOW: { /* setting the clock: TIME_HIGH first, then TIME_LOW commits */
        uint64_t want = (uint64_t)r->time_high << 32 | (uint32_t)val;
        r->offset_ns += (int64_t)(want - now_ns(r));
        break;
    }
    case TIME_HIGH: r->time_high = (uint32_t)val; break;
    case ALARM_HIGH: r->alarm_ns = (r->alarm_ns & 0xffffffffull) | (uint64_t)val << 32; break;
    case ALARM_LOW: /* writing ALARM_LOW arms the alarm */
        r->alarm_ns = (r->alarm_ns & ~0xffffffffull) | (uint32_t)val;
        r->alarm_armed = true;
        break;
    case IRQ_ENABLED: r->irq_enabled = val & 1; break;
    case CLEAR_ALARM: r->alarm_armed = false; break;
    case CLEAR_INTERRUPT: r->irq_pending = false; break;
    default: break;
    }
    update_irq(r);
    pthread_mutex_unlock(&r->lock);
    return true;
}

const struct mmio_ops rtc_mmio_ops = {
    .read = rtc_read,
    .write = rtc_write,
    .min_access = 4,
    .max_access = 4,
};
