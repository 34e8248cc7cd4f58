/* ns16550a UART (register set of the National Semiconductor PC16550D data sheet) with a 16-byte
 * receive FIFO and interrupts. Transmission is instant: bytes go to the tx callback. */
#ifndef CAPA_DEV_UART_H
#define CAPA_DEV_UART_H

#include <pthread.h>
#include <stdint.h>

#include "dev/irq.h"
#include "mem/bus.h"

#define UART_FIFO_SIZE 16
#define UART_SIZE      0x100

struct uart {
    pthread_mutex_t lock;
    uint8_t ier, lcr, mcr, scr, dll, dlm, fcr;
    bool thre_pending; /* the "THR empty" interrupt is armed */
    uint8_t rx[UART_FIFO_SIZE];
    unsigned rx_head, rx_count;
    struct irq_line irq;
    void (*tx)(void *opaque, uint8_t byte); /* console output */
    void *tx_opaque;
};

extern const struct mmio_ops uart_mmio_ops;

void uart_init(struct uart *u);
void uart_fini(struct uart *u);

/* Queue received bytes; returns how many fit (the rest must be retried later: nothing is
 * dropped). Any thread. */
unsigned uart_receive(struct uart *u, const uint8_t *buf, unsigned len);

#endif
