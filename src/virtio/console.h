/* virtio-console (virtio 1.2, 5.3): one port, no MULTIPORT. receiveq0 (queue 0) carries host input
 * to the guest, transmitq0 (queue 1) guest output to the host. The host side is a set of backend
 * callbacks (the terminal console in backend/console.c), so the device model makes no host calls.
 *
 * Threads: queue work runs on the VM's I/O thread under the transport lock. Host input arrives on
 * another thread: it stays in the backend's buffer and virtio_console_input() only wakes the I/O
 * thread, which moves it into receive buffers when the guest has some (nothing is dropped while
 * it has none: the next receiveq notification delivers it). */
#ifndef CAPA_VIRTIO_CONSOLE_H
#define CAPA_VIRTIO_CONSOLE_H

#include <stdint.h>

#include "base/io_loop.h"
#include "virtio/mmio.h"

/* Feature bits (5.3.3). */
#define VIRTIO_CONSOLE_F_SIZE        0
#define VIRTIO_CONSOLE_F_MULTIPORT   1
#define VIRTIO_CONSOLE_F_EMERG_WRITE 2

/* Configuration space (5.3.4): le16 cols, le16 rows, le32 max_nr_ports, le32 emerg_wr. */
#define VIRTIO_CONSOLE_CFG_COLS         0
#define VIRTIO_CONSOLE_CFG_ROWS         2
#define VIRTIO_CONSOLE_CFG_MAX_NR_PORTS 4
#define VIRTIO_CONSOLE_CFG_EMERG_WR     8
#define VIRTIO_CONSOLE_CFG_SIZE         12

#define VIRTIO_CONSOLE_RECEIVEQ  0
#define VIRTIO_CONSOLE_TRANSMITQ 1

struct virtio_console_backend {
    /* Write guest output (the transmitq, emerg_wr). I/O or vCPU thread, transport lock held. */
    void (*write)(void *opaque, const uint8_t *buf, unsigned len);
    /* Take up to len bytes of buffered host input into buf; returns how many (0 = none). I/O
     * thread, transport lock held. */
    unsigned (*read)(void *opaque, uint8_t *buf, unsigned len);
    /* Bytes of host input waiting (a hint: read may return fewer). Same context as read. */
    unsigned (*pending)(void *opaque);
    void *opaque;
    /* Terminal size for VIRTIO_CONSOLE_F_SIZE, offered only when both are non-zero. */
    uint16_t cols, rows;
};

struct virtio_console;

/* Create a virtio-console and attach it to the empty slot t, its queues served on loop. On success
 * the transport owns it (freed by virtio_mmio_fini) and *out (if not NULL) points to it until
 * then. Setup only. 0 or -errno. */
int virtio_console_create(struct virtio_mmio *t, struct io_loop *loop,
                          const struct virtio_console_backend *be, struct virtio_console **out);

/* Host input is waiting in the backend: deliver it to the guest soon (on the I/O thread). Any
 * thread, lock-free; a no-op while the driver is not live or the receiveq is not ready (the
 * transport kicks every ready queue at DRIVER_OK, and the guest's next receiveq notification
 * delivers what is still waiting). */
void virtio_console_input(struct virtio_console *d);

#endif
