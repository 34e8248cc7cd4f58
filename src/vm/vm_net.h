/* --net: a virtio-net (virtio/net.c) behind a host network backend (backend/slirp.c, tap.c). */
#ifndef CAPA_VM_VM_NET_H
#define CAPA_VM_VM_NET_H

#include "base/io_loop.h"
#include "base/log.h"
#include "board/virt.h"
#include "vm/vm.h"

/* Parse `user[,hostfwd=tcp::HOSTPORT-:GUESTPORT]...[,mac=XX:..]` or `tap=NAME[,mac=..]` into nic;
 * index (0, 1, ...) picks the default MAC 52:54:00:12:34:(56 + index). 0 or -EINVAL with a
 * message. Any thread. */
int vm_net_parse(const char *arg, unsigned index, struct vm_nic *nic, struct errbuf *eb);

/* Open nic's backend and attach a virtio-net for it to the board's next free virtio slot, served
 * on loop. Setup only (each boot). 0 or -errno with a one-line message. */
int vm_net_attach(struct virt_board *b, struct io_loop *loop, const struct vm_nic *nic,
                  struct errbuf *eb);

#endif
