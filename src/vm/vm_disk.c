#include "vm/vm_disk.h"

#include <errno.h>
#include <string.h>

#include "backend/disk.h"
#include "virtio/blk.h"

/* The backend's operation types pass through as virtio-blk request types. */
_Static_assert(DISK_OP_READ == VIRTIO_BLK_T_IN && DISK_OP_WRITE == VIRTIO_BLK_T_OUT &&
                   DISK_OP_FLUSH == VIRTIO_BLK_T_FLUSH && DISK_OP_DISCARD == VIRTIO_BLK_T_DISCARD &&
                   DISK_OP_WRITE_ZEROES == VIRTIO_BLK_T_WRITE_ZEROES,
               "disk op numbering");
_Static_assert(DISK_SERIAL_MAX == VIRTIO_BLK_ID_BYTES, "serial size");

int vm_disk_attach(struct virt_board *b, struct io_loop *loop, const struct vm_disk *d,
                   struct errbuf *eb)
{
    struct virtio_mmio *slot = virt_virtio_free_slot(b);
    if (!slot)
        return errbuf_set(eb, -ENOSPC, "disk %s: no free virtio slot", d->path);
    struct disk *disk;
    struct disk_options o = { .read_only = d->read_only, .direct = d->direct, .serial = d->serial };
    int err = disk_open(d->path, &o, loop, &disk, eb);
    if (err)
        return err;
    struct virtio_blk_backend be = {
        .size = disk_size(disk),
        .read_only = d->read_only,
        .opaque = disk,
        .submit = disk_submit,
        .commit = disk_commit,
        .reap = disk_reap,
        .set_ready = disk_set_ready,
        .destroy = disk_close,
    };
    memcpy(be.serial, disk_serial(disk), sizeof(be.serial));
    err = virtio_blk_create(slot, loop, &be);
    if (err) {
        disk_close(disk);
        return errbuf_set(eb, err, "cannot attach virtio-blk for %s: %s", d->path, strerror(-err));
    }
    return 0;
}
