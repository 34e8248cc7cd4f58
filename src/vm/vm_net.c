#include "vm/vm_net.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "backend/netdev.h"
#include "virtio/net.h"

static int parse_port(const char *s, uint16_t *out)
{
    char *end;
    errno = 0;
    unsigned long v = strtoul(s, &end, 10);
    if (errno || end == s || *end || v == 0 || v > 65535)
        return -1;
    *out = (uint16_t)v;
    return 0;
}

/* hostfwd=[tcp|udp]::HOSTPORT-:GUESTPORT (QEMU's syntax; host and guest addresses left empty:
 * capa listens on 127.0.0.1 and forwards to the DHCP address 10.0.2.15). */
static int parse_hostfwd(const char *v, struct vm_nic *nic)
{
    if (nic->user.nr_hostfwd == NETDEV_MAX_HOSTFWD)
        return -1;
    bool udp = false;
    if (!strncmp(v, "tcp:", 4)) {
        v += 4;
    } else if (!strncmp(v, "udp:", 4)) {
        udp = true;
        v += 4;
    }
    if (*v++ != ':')
        return -1;
    char host[8], guest[8];
    const char *dash = strchr(v, '-');
    if (!dash || (size_t)(dash - v) >= sizeof(host) || dash[1] != ':' ||
        strlen(dash + 2) >= sizeof(guest))
        return -1;
    memcpy(host, v, (size_t)(dash - v));
    host[dash - v] = 0;
    strcpy(guest, dash + 2);
    unsigned i = nic->user.nr_hostfwd;
    if (parse_port(host, &nic->user.hostfwd[i].host_port) ||
        parse_port(guest, &nic->user.hostfwd[i].guest_port))
        return -1;
    nic->user.hostfwd[i].udp = udp;
    nic->user.nr_hostfwd++;
    return 0;
}

static int parse_mac(const char *v, uint8_t mac[6])
{
    unsigned b[6];
    char end;
    if (sscanf(v, "%2x:%2x:%2x:%2x:%2x:%2x%c", &b[0], &b[1], &b[2], &b[3], &b[4], &b[5], &end) != 6)
        return -1;
    for (int i = 0; i < 6; i++)
        mac[i] = (uint8_t)b[i];
    return mac[0] & 1 ? -1 : 0; /* a multicast address cannot be a NIC's */
}

int vm_net_parse(const char *arg, unsigned index, struct vm_nic *nic, struct errbuf *eb)
{
    memset(nic, 0, sizeof(*nic));
    const uint8_t mac[6] = { 0x52, 0x54, 0x00, 0x12, 0x34, (uint8_t)(0x56 + index) };
    memcpy(nic->mac, mac, 6);
    char *copy = strdup(arg), *s = copy;
    if (!copy)
        return errbuf_set(eb, -ENOMEM, "out of memory");
    int err = 0;
    const char *kind = strsep(&s, ",");
    if (!strncmp(kind, "tap=", 4) && kind[4] && strlen(kind + 4) < sizeof(nic->tap)) {
        strcpy(nic->tap, kind + 4);
    } else if (strcmp(kind, "user")) {
        err = errbuf_set(eb, -EINVAL, "invalid --net '%s' (user[,...] or tap=NAME[,...])", arg);
        goto out;
    }
    for (char *opt; !err && (opt = strsep(&s, ","));) {
        if (!strncmp(opt, "mac=", 4) && !parse_mac(opt + 4, nic->mac))
            continue;
        if (!nic->tap[0] && !strncmp(opt, "hostfwd=", 8) && !parse_hostfwd(opt + 8, nic))
            continue;
        err = errbuf_set(eb, -EINVAL,
                         "invalid --net option '%s' (mac=XX:XX:XX:XX:XX:XX, and for user: "
                         "hostfwd=tcp::HOSTPORT-:GUESTPORT, at most %d)",
                         opt, NETDEV_MAX_HOSTFWD);
    }
out:
    free(copy);
    return err;
}

/* Frames from the backend into the device (dropped and counted there when the guest has no room).
 */
static void to_guest(void *opaque, const uint8_t *frame, size_t len)
{
    virtio_net_receive(opaque, frame, len);
}

int vm_net_attach(struct virt_board *b, struct io_loop *loop, const struct vm_nic *nic,
                  struct errbuf *eb)
{
    struct virtio_mmio *slot = virt_virtio_free_slot(b);
    if (!slot)
        return errbuf_set(eb, -ENOSPC, "net: no free virtio slot");
    struct netdev *nd;
    int err = nic->tap[0] ? netdev_tap_open(nic->tap, loop, &nd, eb)
                          : netdev_user_open(&nic->user, loop, &nd, eb);
    if (err)
        return err;
    struct virtio_net_backend be = {
        .send = netdev_send, .destroy = netdev_close, .opaque = nd, .offloads = nd->offloads
    };
    struct virtio_net *dev;
    err = virtio_net_create(slot, loop, nic->mac, &be, &dev);
    if (err) {
        netdev_close(nd);
        return errbuf_set(eb, err, "cannot attach virtio-net: %s", strerror(-err));
    }
    netdev_set_rx(nd, to_guest, dev);
    return 0;
}
