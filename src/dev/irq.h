/* An interrupt wire from a device to an interrupt controller input (or from a controller to a
 * hart). The device never names the controller it is wired to. */
#ifndef CAPA_DEV_IRQ_H
#define CAPA_DEV_IRQ_H

#include <stdbool.h>

struct irq_line {
    void (*set)(void *opaque, unsigned n, bool level);
    void *opaque;
    unsigned n;
};

/* Drive the line to level (level-triggered). Any thread; a line with no sink is ignored. */
static inline void irq_set(const struct irq_line *line, bool level)
{
    if (line->set)
        line->set(line->opaque, line->n, level);
}

#endif
