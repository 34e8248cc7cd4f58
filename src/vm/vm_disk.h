/* Attaching --disk images: a backend/disk.c image behind a virtio/blk.c device. */
#ifndef CAPA_VM_VM_DISK_H
#define CAPA_VM_VM_DISK_H

#include "base/io_loop.h"
#include "base/log.h"
#include "board/virt.h"
#include "vm/vm.h"

/* Open d's image and attach a virtio-blk for it to the board's next free virtio slot, served on
 * loop. Setup only (each boot). 0 or -errno with a one-line message. */
int vm_disk_attach(struct virt_board *b, struct io_loop *loop, const struct vm_disk *d,
                   struct errbuf *eb);

#endif
