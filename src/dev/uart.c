#include "dev/uart.h"

#include <string.h>

/* Register offsets and bits (PC16550D data sheet, table II). */
enum {
    REG_RBR_THR = 0,
    REG_IER = 1,
    REG_IIR_FCR = 2,
    REG_LCR = 3,
    REG_MCR = 4,
    REG_LSR = 5,
    REG_MSR = 6,
    REG_SCR = 7
};
#define IER_RDI         0x01
#define IER_THRI        0x02
#define IIR_NO_INT      0x01
#define IIR_THRI        0x02
#define IIR_RDI         0x04
#define IIR_FIFO_ON     0xc0
#define LCR_DLAB        0x80
#define LSR_DR          0x01
#define LSR_THRE        0x20
#define LSR_TEMT        0x40
#define MSR_CTS_DSR_DCD 0xb0
#define FCR_ENABLE      0x01
#define FCR_CLR_RX      0x02

void uart_init(struct uart *u)
{
    memset(u, 0, sizeof(*u));
    pthread_mutex_init(&u->lock, NULL);
}

void uart_fini(struct uart *u)
{
    pthread_mutex_destroy(&u->lock);
}

static void update_irq(struct uart *u)
{
    bool level = ((u->ier & IER_RDI) && u->rx_count) || ((u->ier & IER_THRI) && u->thre_pending);
    irq_set(&u->irq, level);
}

unsigned uart_receive(struct uart *u, const uint8_t *buf, unsigned len)
{
    pthread_mutex_lock(&u->lock);
    unsigned n = 0;
    while (n < len && u->rx_count < UART_FIFO_SIZE) {
        u->rx[(u->rx_head + u->rx_count) % UART_FIFO_SIZE] = buf[n++];
        u->rx_count++;
    }
    update_irq(u);
    pthread_mutex_unlock(&u->lock);
    return n;
}

static uint8_t read_reg(struct uart *u, unsigned reg)
{
    bool dlab = u->lcr & LCR_DLAB;
    switch (reg) {
    case REG_RBR_THR: {
        if (dlab)
            return u->dll;
        if (!u->rx_count)
            return 0;
        uint8_t b = u->rx[u->rx_head];
        u->rx_head = (u->rx_head + 1) % UART_FIFO_SIZE;
        u->rx_count--;
        return b;
    }
    case REG_IER: return dlab ? u->dlm : u->ier;
    case REG_IIR_FCR: {
        uint8_t fifo = (u->fcr & FCR_ENABLE) ? IIR_FIFO_ON : 0;
        if ((u->ier & IER_RDI) && u->rx_count)
            return fifo | IIR_RDI;
        if ((u->ier & IER_THRI) && u->thre_pending) {
            u->thre_pending = false; /* reading IIR clears the THRE interrupt */
            return fifo | IIR_THRI;
        }
        return fifo | IIR_NO_INT;
    }
    case REG_LCR: return u->lcr;
    case REG_MCR: return u->mcr;
    case REG_LSR: return LSR_THRE | LSR_TEMT | (u->rx_count ? LSR_DR : 0);
    case REG_MSR: return MSR_CTS_DSR_DCD;
    default: return u->scr;
    }
}

static void write_reg(struct uart *u, unsigned reg, uint8_t v)
{
    bool dlab = u->lcr & LCR_DLAB;
    switch (reg) {
    case REG_RBR_THR:
        if (dlab) {
            u->dll = v;
        } else {
            if (u->tx)
                u->tx(u->tx_opaque, v);
            u->thre_pending = true; /* sent at once: THR is empty again */
        }
        break;
    case REG_IER:
        if (dlab) {
            u->dlm = v;
        } else {
            /* Enabling the THRE interrupt while THR is empty raises it (data sheet, IER). */
            if ((v & IER_THRI) && !(u->ier & IER_THRI))
                u->thre_pending = true;
            u->ier = v & 0x0f;
        }
        break;
    case REG_IIR_FCR:
        u->fcr = v & ~0x06;
        if (v & FCR_CLR_RX)
            u->rx_count = 0;
        break;
    case REG_LCR: u->lcr = v; break;
    case REG_MCR: u->mcr = v & 0x1f; break;
    case REG_SCR: u->scr = v; break;
    default: break; /* LSR and MSR are read-only */
    }
}

static bool uart_read(void *opaque, uint64_t off, unsigned size, uint64_t *val)
{
    struct uart *u = opaque;
    (void)size;
    pthread_mutex_lock(&u->lock);
    *val = off < 8 ? read_reg(u, (unsigned)off) : 0;
    update_irq(u);
    pthread_mutex_unlock(&u->lock);
    return true;
}

static bool uart_write(void *opaque, uint64_t off, unsigned size, uint64_t val)
{
    struct uart *u = opaque;
    (void)size;
    pthread_mutex_lock(&u->lock);
    if (off < 8)
        write_reg(u, (unsigned)off, (uint8_t)val);
    update_irq(u);
    pthread_mutex_unlock(&u->lock);
    return true;
}

const struct mmio_ops uart_mmio_ops = {
    .read = uart_read,
    .write = uart_write,
    .min_access = 1,
    .max_access = 1,
};
