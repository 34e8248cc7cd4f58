/* virtio-net (virtio 1.2, 5.1): one queue pair, receiveq0 (queue 0) carries frames to the guest,
 * transmitq0 (queue 1) frames from it. Offers VIRTIO_NET_F_MAC and VIRTIO_NET_F_STATUS, and, when
 * the backend takes them (libslirp does: it parses whole IP packets of any size), transmit
 * checksum offload and TCP segmentation offload for IPv4 (CSUM, HOST_TSO4: the device completes
 * the checksum and hands the large segment over whole) and GUEST_CSUM (received frames are marked
 * DATA_VALID). No mergeable receive buffers, no control queue; a 12-byte struct virtio_net_hdr
 * leads every frame.
 *
 * The host side is a backend (backend/slirp.c, backend/tap.c) behind two callbacks; the device
 * model makes no host calls. Threads: everything runs on the VM's I/O thread. Transmit frames go
 * to the backend from queue_notify (transport lock held); the backend delivers receive frames
 * with virtio_net_receive, also on the I/O thread, which drops them (counted) when the guest has
 * no receive buffer: the I/O thread never waits for the guest. */
#ifndef CAPA_VIRTIO_NET_H
#define CAPA_VIRTIO_NET_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/io_loop.h"
#include "virtio/mmio.h"

/* Feature bits (5.1.3). */
#define VIRTIO_NET_F_CSUM       0
#define VIRTIO_NET_F_GUEST_CSUM 1
#define VIRTIO_NET_F_HOST_TSO4  11
#define VIRTIO_NET_F_MAC        5
#define VIRTIO_NET_F_MRG_RXBUF  15
#define VIRTIO_NET_F_STATUS     16

/* Configuration space (5.1.4): u8 mac[6], le16 status (what capa offers of it). */
#define VIRTIO_NET_CFG_MAC    0
#define VIRTIO_NET_CFG_STATUS 6
#define VIRTIO_NET_CFG_SIZE   8
#define VIRTIO_NET_S_LINK_UP  1

#define VIRTIO_NET_RECEIVEQ  0
#define VIRTIO_NET_TRANSMITQ 1

/* struct virtio_net_hdr (5.1.6): 12 bytes once VIRTIO_F_VERSION_1 is negotiated (num_buffers
 * included even without VIRTIO_NET_F_MRG_RXBUF). */
struct virtio_net_hdr {
    uint8_t flags;
    uint8_t gso_type;
    uint16_t hdr_len;
    uint16_t gso_size;
    uint16_t csum_start;
    uint16_t csum_offset;
    uint16_t num_buffers;
};
#define VIRTIO_NET_HDR_SIZE 12
_Static_assert(sizeof(struct virtio_net_hdr) == VIRTIO_NET_HDR_SIZE, "virtio_net_hdr layout");

/* virtio_net_hdr flags and gso_type values (5.1.6). */
#define VIRTIO_NET_HDR_F_NEEDS_CSUM 1
#define VIRTIO_NET_HDR_F_DATA_VALID 2
#define VIRTIO_NET_HDR_GSO_NONE     0
#define VIRTIO_NET_HDR_GSO_TCPV4    1

/* The offloads a backend may accept (virtio_net_backend.offloads). */
#define VIRTIO_NET_OFFLOADS                                                                        \
    ((1ull << VIRTIO_NET_F_CSUM) | (1ull << VIRTIO_NET_F_GUEST_CSUM) |                             \
     (1ull << VIRTIO_NET_F_HOST_TSO4))

#define VIRTIO_NET_ETH_MIN 14 /* an Ethernet header: destination, source, type */
/* The largest frame either direction carries: an Ethernet header and the largest IPv4 packet (a
 * TSO segment can be that large). */
#define VIRTIO_NET_FRAME_MAX (VIRTIO_NET_ETH_MIN + 65535)

struct virtio_net_backend {
    /* Send one Ethernet frame (no virtio header) from the guest to the host network. I/O thread,
     * transport lock held; may call virtio_net_receive (slirp answers ARP and DHCP at once). */
    void (*send)(void *opaque, const uint8_t *frame, size_t len);
    /* Optional: free the backend (the device is being torn down; the I/O loop is stopped). */
    void (*destroy)(void *opaque);
    void *opaque;
    /* true: the backend takes whole checksummed IP packets of any size up to VIRTIO_NET_FRAME_MAX
     * and trusts the checksums of what it sends (VIRTIO_NET_OFFLOADS are offered). */
    bool offloads;
};

/* Counters (read for logs and tests; I/O thread or after the loop stopped). */
struct virtio_net_stats {
    uint64_t tx_frames, tx_bytes, tx_errors; /* tx_errors: malformed chains, dropped */
    uint64_t rx_frames, rx_bytes;
    uint64_t rx_dropped; /* no receive buffer, buffer too small, or driver not live */
};

struct virtio_net;

/* Create a virtio-net with MAC mac and attach it to the empty slot t, its queues served on loop.
 * On success the transport owns it and the backend (freed by virtio_mmio_fini); *out (if not NULL)
 * points to it until then. Setup only. 0 or -errno (the backend is not destroyed then). */
int virtio_net_create(struct virtio_mmio *t, struct io_loop *loop, const uint8_t mac[6],
                      const struct virtio_net_backend *be, struct virtio_net **out);

/* Deliver one Ethernet frame from the host to the guest. I/O thread only (from inside the
 * backend's send callback too). Returns true when it went into a receive buffer, false when it
 * was dropped (counted). */
bool virtio_net_receive(struct virtio_net *n, const uint8_t *frame, size_t len);

/* A copy of the counters. Same threads as virtio_net_receive, or after the I/O loop stopped. */
void virtio_net_get_stats(const struct virtio_net *n, struct virtio_net_stats *out);

#endif
