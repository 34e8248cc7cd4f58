/* The Goldfish RTC (Android emulator's goldfish-rtc, register layout of its kernel binding):
 * nanoseconds since the epoch from the host wall clock, and a one-shot alarm interrupt. */
#ifndef CAPA_DEV_RTC_H
#define CAPA_DEV_RTC_H

#include <pthread.h>
#include <stdint.h>

#include "dev/irq.h"
#include "mem/bus.h"

#define RTC_SIZE 0x1000

struct rtc {
    pthread_mutex_t lock;
    int64_t offset_ns;  /* guest time = host time + offset (the guest may set the clock) */
    uint32_t time_high; /* latched by reading TIME_LOW */
    uint64_t alarm_ns;
    bool alarm_armed, irq_enabled, irq_pending;
    struct irq_line irq;
};

extern const struct mmio_ops rtc_mmio_ops;

void rtc_init(struct rtc *r);
void rtc_fini(struct rtc *r);

/* Fire the alarm if its time has come. Called periodically by the VM's housekeeping. */
void rtc_poll(struct rtc *r);

#endif
