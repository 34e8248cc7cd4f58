/* --net tap=NAME: frames through a host tap device (/dev/net/tun, IFF_TAP | IFF_NO_PI: no packet
 * information prefix, no virtio header), its fd watched by the VM's I/O thread. */
#include <errno.h>
#include <fcntl.h>
#include <linux/if.h>
#include <linux/if_tun.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "backend/netdev.h"

#define TAP_FRAME_MAX 65535
#define TAP_BATCH     64 /* frames read per wake-up, so one busy tap cannot starve the loop */

struct net_tap {
    struct netdev nd;
    struct io_loop *loop;
    int fd;
    struct io_watch *watch;
    uint8_t buf[TAP_FRAME_MAX];
};

static void tap_readable(void *opaque, uint32_t events)
{
    struct net_tap *t = opaque;
    (void)events;
    for (int i = 0; i < TAP_BATCH; i++) {
        ssize_t n = read(t->fd, t->buf, sizeof(t->buf));
        if (n < 0) {
            if (errno != EAGAIN && errno != EINTR)
                log_warn("net tap: read: %s", strerror(errno));
            return;
        }
        if (t->nd.rx)
            t->nd.rx(t->nd.rx_opaque, t->buf, (size_t)n); /* dropped there if no buffer */
    }
}

static void tap_send(struct netdev *nd, const uint8_t *frame, size_t len)
{
    struct net_tap *t = (struct net_tap *)nd;
    /* Non-blocking: a full tap queue drops the frame (the I/O thread never waits). */
    if (write(t->fd, frame, len) != (ssize_t)len)
        t->nd.tx_dropped++;
}

static void tap_close(struct netdev *nd)
{
    struct net_tap *t = (struct net_tap *)nd;
    io_loop_del_fd(t->loop, t->watch);
    close(t->fd);
    free(t);
}

static const struct netdev_ops tap_ops = { .send = tap_send, .close = tap_close };

int netdev_tap_open(const char *name, struct io_loop *loop, struct netdev **out, struct errbuf *eb)
{
    struct ifreq ifr = { .ifr_flags = IFF_TAP | IFF_NO_PI };
    if (!name[0] || strlen(name) >= sizeof(ifr.ifr_name))
        return errbuf_set(eb, -EINVAL, "net tap: invalid interface name '%s'", name);
    strcpy(ifr.ifr_name, name);
    int fd = open("/dev/net/tun", O_RDWR | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return errbuf_set(eb, -errno, "net tap: /dev/net/tun: %s", strerror(errno));
    if (ioctl(fd, TUNSETIFF, &ifr) < 0) {
        int err = -errno;
        close(fd);
        return errbuf_set(eb, err, "net tap: cannot attach to %s: %s", name, strerror(-err));
    }
    struct net_tap *t = calloc(1, sizeof(*t));
    if (!t) {
        close(fd);
        return errbuf_set(eb, -ENOMEM, "net tap: out of memory");
    }
    t->nd.ops = &tap_ops;
    t->loop = loop;
    t->fd = fd;
    int err = io_loop_add_fd(loop, fd, EPOLLIN, tap_readable, t, &t->watch);
    if (err) {
        close(fd);
        free(t);
        return errbuf_set(eb, err, "net tap: %s", strerror(-err));
    }
    *out = &t->nd;
    return 0;
}
