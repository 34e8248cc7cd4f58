/* virtio-blk, the block device (virtio 1.2, 5.2): one request queue; reads, writes, flushes,
 * discards and write-zeroes go to a host backend through the callbacks of struct
 * virtio_blk_backend (backend/disk.c implements them with io_uring), so the device model itself
 * makes no host calls. Backend operations complete asynchronously on the VM's I/O thread. */
#ifndef CAPA_VIRTIO_BLK_H
#define CAPA_VIRTIO_BLK_H

#include <stdbool.h>
#include <stdint.h>
#include <sys/uio.h>

#include "base/io_loop.h"
#include "virtio/mmio.h"

/* Feature bits (5.2.3). */
#define VIRTIO_BLK_F_SIZE_MAX     1
#define VIRTIO_BLK_F_SEG_MAX      2
#define VIRTIO_BLK_F_GEOMETRY     4
#define VIRTIO_BLK_F_RO           5
#define VIRTIO_BLK_F_BLK_SIZE     6
#define VIRTIO_BLK_F_FLUSH        9
#define VIRTIO_BLK_F_TOPOLOGY     10
#define VIRTIO_BLK_F_CONFIG_WCE   11
#define VIRTIO_BLK_F_MQ           12
#define VIRTIO_BLK_F_DISCARD      13
#define VIRTIO_BLK_F_WRITE_ZEROES 14

/* Configuration space offsets (5.2.4, struct virtio_blk_config). */
#define VIRTIO_BLK_CFG_CAPACITY                 0
#define VIRTIO_BLK_CFG_SIZE_MAX                 8
#define VIRTIO_BLK_CFG_SEG_MAX                  12
#define VIRTIO_BLK_CFG_BLK_SIZE                 20
#define VIRTIO_BLK_CFG_NUM_QUEUES               34
#define VIRTIO_BLK_CFG_MAX_DISCARD_SECTORS      36
#define VIRTIO_BLK_CFG_MAX_DISCARD_SEG          40
#define VIRTIO_BLK_CFG_DISCARD_SECTOR_ALIGNMENT 44
#define VIRTIO_BLK_CFG_MAX_WRITE_ZEROES_SECTORS 48
#define VIRTIO_BLK_CFG_MAX_WRITE_ZEROES_SEG     52
#define VIRTIO_BLK_CFG_WRITE_ZEROES_MAY_UNMAP   56
#define VIRTIO_BLK_CFG_SIZE                     60 /* up to the secure-erase fields (not offered) */

/* Request types (5.2.6). */
#define VIRTIO_BLK_T_IN           0
#define VIRTIO_BLK_T_OUT          1
#define VIRTIO_BLK_T_FLUSH        4
#define VIRTIO_BLK_T_GET_ID       8
#define VIRTIO_BLK_T_DISCARD      11
#define VIRTIO_BLK_T_WRITE_ZEROES 13

/* Status byte values (5.2.6). */
#define VIRTIO_BLK_S_OK     0
#define VIRTIO_BLK_S_IOERR  1
#define VIRTIO_BLK_S_UNSUPP 2

/* struct virtio_blk_discard_write_zeroes flags (5.2.6). */
#define VIRTIO_BLK_WZ_F_UNMAP 1

#define VIRTIO_BLK_SECTOR_SIZE 512
#define VIRTIO_BLK_ID_BYTES    20 /* GET_ID: the serial, NUL-padded */
#define VIRTIO_BLK_REQ_HDR     16 /* le32 type, le32 reserved, le64 sector */
#define VIRTIO_BLK_QUEUE_SIZE  256
#define VIRTIO_BLK_MAX_SEG     32      /* discard / write-zeroes segments per request */
#define VIRTIO_BLK_MAX_SECTORS 4194304 /* per discard / write-zeroes segment (2 GiB) */

/* A backend operation finished: res is the bytes transferred (reads, writes) or 0, or -errno. */
typedef void (*virtio_blk_done_fn)(void *tag, int res);
/* The backend has completions to reap (called on the I/O thread, no lock held). */
typedef void (*virtio_blk_ready_fn)(void *arg);

/* The host side. Every callback but set_ready is called with the device's transport lock held,
 * so the backend needs no locking of its own. */
struct virtio_blk_backend {
    uint64_t size;                    /* bytes, a multiple of VIRTIO_BLK_SECTOR_SIZE */
    bool read_only;                   /* offer VIRTIO_BLK_F_RO (writes are refused anyway) */
    char serial[VIRTIO_BLK_ID_BYTES]; /* GET_ID answer, NUL-padded (no terminator needed) */
    void *opaque;                     /* the backend instance, passed to every callback */
    /* Queue one operation: type is VIRTIO_BLK_T_IN, _OUT, _FLUSH, _DISCARD or _WRITE_ZEROES; off
     * and len in bytes (len = the iovecs' total for IN/OUT); dsync: the write must be durable
     * when it completes. The iovecs stay valid until done(tag) runs (from reap). 0 or -errno
     * (then nothing was queued and done will not run). */
    int (*submit)(void *opaque, unsigned type, bool dsync, uint64_t off, uint64_t len,
                  const struct iovec *iov, unsigned iovcnt, void *tag);
    /* Start what submit queued (once per batch). */
    void (*commit)(void *opaque);
    /* Call done for finished operations; wait = block until nothing is in flight. Returns how
     * many completed. */
    unsigned (*reap)(void *opaque, bool wait, virtio_blk_done_fn done);
    /* Register the I/O-thread callback that says completions are waiting. Setup only. */
    void (*set_ready)(void *opaque, virtio_blk_ready_fn fn, void *arg);
    /* Free the backend (nothing in flight). */
    void (*destroy)(void *opaque);
};

/* Create a virtio-blk on the empty slot t, served on loop. On success the transport owns the
 * device and the device owns the backend (be->destroy at teardown); on failure the caller still
 * owns the backend. Setup only. 0 or -errno. */
int virtio_blk_create(struct virtio_mmio *t, struct io_loop *loop,
                      const struct virtio_blk_backend *be);

#endif
