/* virtio-net (virtio 1.2, 5.1): see net.h. */
#include "virtio/net.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "base/log.h"

#define NET_QUEUE_SIZE 256
#define NET_TX_BUF     (VIRTIO_NET_HDR_SIZE + VIRTIO_NET_FRAME_MAX)

struct virtio_net {
    struct virtio_mmio *t;
    struct virtio_net_backend be;
    uint8_t mac[6];
    bool in_op; /* inside queue_notify (I/O thread): the transport lock is already held */
    struct virtio_net_stats stats;
    unsigned errors_logged;
    /* Large (one iovec per possible descriptor, a whole frame): not on the stack. */
    struct virtq_elem tx_elem, rx_elem;
    uint8_t tx_buf[NET_TX_BUF];
};

static void net_guest_error(struct virtio_net *n, const char *why, uint32_t len)
{
    if (n->errors_logged < 16) {
        n->errors_logged++;
        log_warn("virtio-net: %s (%u bytes), dropped", why, len);
    }
}

/* The Internet checksum (RFC 1071) of len bytes at p: the ones' complement sum, not inverted. */
static uint16_t csum_sum(const uint8_t *p, size_t len)
{
    uint64_t acc = 0;
    size_t i = 0;
    for (; i + 1 < len; i += 2)
        acc += (uint32_t)p[i] << 8 | p[i + 1];
    if (i < len)
        acc += (uint32_t)p[i] << 8;
    while (acc >> 16)
        acc = (acc & 0xffff) + (acc >> 16);
    return (uint16_t)acc;
}

/* Carry out what the header asks (5.1.6.2): complete a partial checksum; a TSO segment goes on
 * whole (the backend takes large IP packets). false: a request not negotiated or out of bounds. */
static bool tx_offload(struct virtio_net *n, const struct virtio_net_hdr *h, uint8_t *f, size_t len)
{
    uint64_t feat = virtio_features(n->t);
    /* Guest-controlled: the validation point for the header's offload requests. */
    if (h->gso_type != VIRTIO_NET_HDR_GSO_NONE &&
        (!(feat & (1ull << VIRTIO_NET_F_HOST_TSO4)) || h->gso_type != VIRTIO_NET_HDR_GSO_TCPV4 ||
         !(h->flags & VIRTIO_NET_HDR_F_NEEDS_CSUM)))
        return false;
    if (!(h->flags & VIRTIO_NET_HDR_F_NEEDS_CSUM))
        return true;
    size_t start = h->csum_start, pos = (size_t)h->csum_start + h->csum_offset;
    if (!(feat & (1ull << VIRTIO_NET_F_CSUM)) || start >= len || pos + 2 > len)
        return false;
    /* The field holds the pseudo-header sum the driver put there: it is part of the sum. */
    uint16_t c = (uint16_t)~csum_sum(f + start, len - start);
    f[pos] = (uint8_t)(c >> 8);
    f[pos + 1] = (uint8_t)c;
    return true;
}

/* 5.1.6.2: each transmitq chain is a virtio_net_hdr then one whole frame, device-readable. */
static void net_tx(struct virtio_net *n, struct virtq *vq)
{
    bool pushed = false;
    /* virtq_pop returns < 0 for a malformed ring: the transport has flagged NEEDS_RESET. */
    while (virtq_pop(vq, &n->tx_elem) > 0) {
        uint32_t len = n->tx_elem.out_len;
        /* Guest-controlled: the validation point for transmit frame lengths. */
        if (len < VIRTIO_NET_HDR_SIZE + VIRTIO_NET_ETH_MIN || len > NET_TX_BUF) {
            n->stats.tx_errors++;
            net_guest_error(n,
                            len < VIRTIO_NET_HDR_SIZE + VIRTIO_NET_ETH_MIN
                                ? "transmit frame shorter than header + Ethernet header"
                                : "transmit frame longer than 65549 bytes",
                            len);
        } else {
            /* Any device-writable part of the chain (5.1.6.2: there should be none) is left
             * alone. */
            virtq_elem_from_guest(&n->tx_elem, n->tx_buf, len);
            struct virtio_net_hdr h;
            memcpy(&h, n->tx_buf, sizeof(h));
            uint8_t *frame = n->tx_buf + VIRTIO_NET_HDR_SIZE;
            if (tx_offload(n, &h, frame, len - VIRTIO_NET_HDR_SIZE)) {
                n->stats.tx_frames++;
                n->stats.tx_bytes += len - VIRTIO_NET_HDR_SIZE;
                n->be.send(n->be.opaque, frame, len - VIRTIO_NET_HDR_SIZE);
            } else {
                n->stats.tx_errors++;
                net_guest_error(n,
                                "transmit header asks for an offload not negotiated or "
                                "out of the frame",
                                len);
            }
        }
        virtq_push(vq, &n->tx_elem, 0);
        pushed = true;
    }
    if (pushed)
        virtio_notify_used(n->t, vq);
}

/* A queue was notified. I/O thread, transport lock held. The receiveq needs nothing: buffers are
 * popped when a frame arrives. */
static void net_queue_notify(void *opaque, unsigned qidx, struct virtq *vq)
{
    struct virtio_net *n = opaque;
    if (qidx != VIRTIO_NET_TRANSMITQ)
        return;
    n->in_op = true;
    net_tx(n, vq);
    n->in_op = false;
}

/* Copy len bytes of buf into the device-writable part of e from byte off on. */
static void to_guest_at(const struct virtq_elem *e, uint32_t off, const uint8_t *buf, size_t len)
{
    for (unsigned i = e->out_num; i < e->out_num + e->in_num && len; i++) {
        size_t seg = e->iov[i].iov_len;
        if (off >= seg) {
            off -= (uint32_t)seg;
            continue;
        }
        size_t n = seg - off < len ? seg - off : len;
        memcpy((uint8_t *)e->iov[i].iov_base + off, buf, n);
        buf += n;
        len -= n;
        off = 0;
    }
}

/* Whether the driver is live and the receiveq usable. Lock held. */
static struct virtq *rx_queue(struct virtio_net *n)
{
    const uint32_t bad = VIRTIO_STATUS_DEVICE_NEEDS_RESET | VIRTIO_STATUS_FAILED;
    if (!(n->t->status & VIRTIO_STATUS_DRIVER_OK) || (n->t->status & bad))
        return NULL;
    if (!n->t->queues[VIRTIO_NET_RECEIVEQ].ready)
        return NULL;
    struct virtq *vq = virtio_queue(n->t, VIRTIO_NET_RECEIVEQ);
    return vq && vq->num && !vq->broken ? vq : NULL;
}

/* 5.1.6.3/5.1.6.4: without MRG_RXBUF each frame goes whole into one receive buffer, behind a
 * header with num_buffers = 1. Lock held. */
static bool net_rx_locked(struct virtio_net *n, const uint8_t *frame, size_t len)
{
    struct virtq *vq = rx_queue(n);
    if (!vq || virtq_pop(vq, &n->rx_elem) <= 0)
        return false; /* no buffer (or a malformed ring: NEEDS_RESET is set) */
    struct virtq_elem *e = &n->rx_elem;
    /* Guest-controlled: the validation point for receive buffers (5.1.6.3.1: device-writable
     * only, large enough for the header and the frame). */
    if (e->out_num) {
        virtio_set_needs_reset(n->t, "device-readable buffer in the receiveq");
        return false;
    }
    bool fits = e->in_len >= VIRTIO_NET_HDR_SIZE + len;
    if (fits) {
        struct virtio_net_hdr h = { .num_buffers = 1 };
        /* GUEST_CSUM: the backend's frames carry valid checksums (5.1.6.4.1). */
        if (virtio_features(n->t) & (1ull << VIRTIO_NET_F_GUEST_CSUM))
            h.flags = VIRTIO_NET_HDR_F_DATA_VALID;
        to_guest_at(e, 0, (const uint8_t *)&h, sizeof(h));
        to_guest_at(e, VIRTIO_NET_HDR_SIZE, frame, len);
    } else {
        net_guest_error(n, "receive buffer too small for the frame", e->in_len);
    }
    /* A buffer too small is returned empty: the driver drops it as a length error. */
    virtq_push(vq, e, fits ? (uint32_t)(VIRTIO_NET_HDR_SIZE + len) : 0);
    virtio_notify_used(n->t, vq);
    return fits;
}

bool virtio_net_receive(struct virtio_net *n, const uint8_t *frame, size_t len)
{
    if (len < VIRTIO_NET_ETH_MIN || len > VIRTIO_NET_FRAME_MAX) {
        n->stats.rx_dropped++;
        return false;
    }
    bool locked = !n->in_op;
    if (locked)
        virtio_lock(n->t);
    bool ok = net_rx_locked(n, frame, len);
    if (ok) {
        n->stats.rx_frames++;
        n->stats.rx_bytes += len;
    } else {
        n->stats.rx_dropped++;
    }
    if (locked)
        virtio_unlock(n->t);
    return ok;
}

void virtio_net_get_stats(const struct virtio_net *n, struct virtio_net_stats *out)
{
    *out = n->stats;
}

/* 5.1.4: mac (VIRTIO_NET_F_MAC), status (VIRTIO_NET_F_STATUS: the link is always up). */
static void net_config_read(void *opaque, uint32_t off, void *buf, unsigned len)
{
    struct virtio_net *n = opaque;
    uint8_t cfg[VIRTIO_NET_CFG_SIZE];
    memcpy(cfg + VIRTIO_NET_CFG_MAC, n->mac, 6);
    uint16_t status = VIRTIO_NET_S_LINK_UP;
    memcpy(cfg + VIRTIO_NET_CFG_STATUS, &status, 2);
    memcpy(buf, cfg + off, len);
}

static void net_destroy(void *opaque)
{
    struct virtio_net *n = opaque;
    log_info("virtio-net: tx %llu frames %llu bytes %llu errors, rx %llu frames %llu bytes %llu "
             "dropped",
             (unsigned long long)n->stats.tx_frames, (unsigned long long)n->stats.tx_bytes,
             (unsigned long long)n->stats.tx_errors, (unsigned long long)n->stats.rx_frames,
             (unsigned long long)n->stats.rx_bytes, (unsigned long long)n->stats.rx_dropped);
    if (n->be.destroy)
        n->be.destroy(n->be.opaque);
    free(n);
}

/* 5.1.3.1: HOST_TSO4 requires CSUM. */
static bool net_features_ok(void *opaque, uint64_t features)
{
    (void)opaque;
    return !(features & (1ull << VIRTIO_NET_F_HOST_TSO4)) ||
           (features & (1ull << VIRTIO_NET_F_CSUM));
}

/* 5.1.1-5.1.3: device ID 1, receiveq0 and transmitq0, MAC and STATUS, and the offloads when the
 * backend takes them. Config writes (the legacy MAC write) are ignored. */
#define NET_OPS(extra)                                                                             \
    {                                                                                              \
        .name = "net", .device_id = VIRTIO_ID_NET,                                                 \
        .features = (1ull << VIRTIO_NET_F_MAC) | (1ull << VIRTIO_NET_F_STATUS) | (extra),          \
        .nr_queues = 2, .queue_max = NET_QUEUE_SIZE, .config_size = VIRTIO_NET_CFG_SIZE,           \
        .features_ok = net_features_ok, .config_read = net_config_read,                            \
        .queue_notify = net_queue_notify, .destroy = net_destroy,                                  \
    }
static const struct virtio_device_ops net_ops = NET_OPS(0);
static const struct virtio_device_ops net_ops_offload = NET_OPS(VIRTIO_NET_OFFLOADS);

int virtio_net_create(struct virtio_mmio *t, struct io_loop *loop, const uint8_t mac[6],
                      const struct virtio_net_backend *be, struct virtio_net **out)
{
    if (!be->send)
        return -EINVAL;
    struct virtio_net *n = calloc(1, sizeof(*n));
    if (!n)
        return -ENOMEM;
    n->t = t;
    n->be = *be;
    memcpy(n->mac, mac, 6);
    int err = virtio_mmio_attach(t, be->offloads ? &net_ops_offload : &net_ops, n, loop);
    if (err) {
        free(n);
        return err;
    }
    if (out)
        *out = n;
    return 0;
}
