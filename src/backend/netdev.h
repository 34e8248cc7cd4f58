/* Host network backends for virtio-net: user-mode networking (libslirp, slirp.c) and a host tap
 * device (tap.c). A backend carries whole Ethernet frames (no virtio header) both ways; all of its
 * work runs on the VM's I/O thread (its fds and timers are watched by that loop). */
#ifndef CAPA_BACKEND_NETDEV_H
#define CAPA_BACKEND_NETDEV_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/io_loop.h"
#include "base/log.h"

/* A frame for the guest. I/O thread; may be called from inside netdev_send. */
typedef void (*netdev_rx_fn)(void *opaque, const uint8_t *frame, size_t len);

struct netdev;
struct netdev_ops {
    void (*send)(struct netdev *nd, const uint8_t *frame, size_t len);
    void (*close)(struct netdev *nd);
};

/* The part every backend starts with. */
struct netdev {
    const struct netdev_ops *ops;
    netdev_rx_fn rx;
    void *rx_opaque;
    uint64_t tx_dropped; /* frames the host side could not take */
    bool offloads;       /* takes whole IP packets up to 64 KiB and sends valid checksums (slirp) */
};

#define NETDEV_MAX_HOSTFWD 8

/* --net user: QEMU's user-mode addressing (10.0.2.0/24, gateway 10.0.2.2, DNS 10.0.2.3, DHCP from
 * 10.0.2.15) and host ports forwarded from 127.0.0.1 only. */
struct netdev_user_options {
    unsigned nr_hostfwd;
    struct {
        bool udp;
        uint16_t host_port, guest_port;
    } hostfwd[NETDEV_MAX_HOSTFWD];
};

/* Open a user-mode network on loop (not running yet). 0 or -errno with a message. Setup only. */
int netdev_user_open(const struct netdev_user_options *o, struct io_loop *loop, struct netdev **out,
                     struct errbuf *eb);

/* Open the host tap device name (IFF_TAP | IFF_NO_PI) on loop. 0 or -errno with a message. */
int netdev_tap_open(const char *name, struct io_loop *loop, struct netdev **out, struct errbuf *eb);

/* Where frames for the guest go. Setup only (before the loop runs). */
static inline void netdev_set_rx(struct netdev *nd, netdev_rx_fn fn, void *opaque)
{
    nd->rx = fn;
    nd->rx_opaque = opaque;
}

/* Send a frame from the guest to the host network. I/O thread. */
static inline void netdev_send(void *opaque, const uint8_t *frame, size_t len)
{
    struct netdev *nd = opaque;
    nd->ops->send(nd, frame, len);
}

/* Close and free (the loop is stopped). */
static inline void netdev_close(void *opaque)
{
    struct netdev *nd = opaque;
    nd->ops->close(nd);
}

#endif
