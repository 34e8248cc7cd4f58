/* Raw disk images over io_uring (liburing). See disk.h. */
#define _GNU_SOURCE
#include "backend/disk.h"

#include <errno.h>
#include <fcntl.h>
#include <liburing.h>
#include <linux/falloc.h>
#include <linux/fs.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/file.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

#define RING_ENTRIES 256
#define DIRECT_ALIGN 4096 /* O_DIRECT buffers: page alignment satisfies every host block size */

struct disk {
    int fd, efd;
    bool direct;
    uint64_t size;
    char serial[DISK_SERIAL_MAX];
    struct io_uring ring;
    struct io_loop *loop;
    struct io_watch *watch;
    unsigned inflight;
    void (*ready)(void *arg);
    void *ready_arg;
};

/* One host operation. Reads and writes keep their own iovec copy, advanced on short transfers;
 * with a bounce buffer (O_DIRECT and unaligned guest buffers), iov[] stays the guest's. */
struct disk_op {
    void *tag;
    unsigned type;
    bool dsync;
    uint64_t off, left, total;
    void *bounce;
    struct iovec biov; /* the bounce buffer's remaining part */
    struct iovec *cur; /* next iovec to transfer (iov, or &biov) */
    unsigned curcnt, iovcnt;
    struct iovec iov[];
};

/* Fill an SQE for what is left of op. */
static int prep(struct disk *d, struct disk_op *op)
{
    struct io_uring_sqe *sqe = io_uring_get_sqe(&d->ring);
    if (!sqe) {
        io_uring_submit(&d->ring); /* the SQ ring is full: start what it holds */
        sqe = io_uring_get_sqe(&d->ring);
        if (!sqe)
            return -EBUSY;
    }
    switch (op->type) {
    case DISK_OP_READ: io_uring_prep_readv(sqe, d->fd, op->cur, op->curcnt, op->off); break;
    case DISK_OP_WRITE:
        /* Without a negotiated FLUSH, a completed write must be durable: RWF_DSYNC. */
        io_uring_prep_writev2(sqe, d->fd, op->cur, op->curcnt, op->off, op->dsync ? RWF_DSYNC : 0);
        break;
    case DISK_OP_FLUSH: io_uring_prep_fsync(sqe, d->fd, IORING_FSYNC_DATASYNC); break;
    default:
        io_uring_prep_fallocate(sqe, d->fd, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE,
                                (off_t)op->off, (off_t)op->left);
    }
    io_uring_sqe_set_data(sqe, op);
    return 0;
}

static bool aligned(const struct iovec *iov, unsigned n)
{
    for (unsigned i = 0; i < n; i++)
        if ((uintptr_t)iov[i].iov_base % DIRECT_ALIGN || iov[i].iov_len % DIRECT_ALIGN)
            return false;
    return true;
}

int disk_submit(void *opaque, unsigned type, bool dsync, uint64_t off, uint64_t len,
                const struct iovec *iov, unsigned iovcnt, void *tag)
{
    struct disk *d = opaque;
    bool rw = type == DISK_OP_READ || type == DISK_OP_WRITE;
    if (!rw && type != DISK_OP_FLUSH && type != DISK_OP_DISCARD && type != DISK_OP_WRITE_ZEROES)
        return -EINVAL;
    if (off > d->size || len > d->size - off || (rw && (!len || len > INT32_MAX)))
        return -EINVAL; /* the device model validated this already; belt and braces */
    struct disk_op *op = calloc(1, sizeof(*op) + (rw ? iovcnt : 0) * sizeof(struct iovec));
    if (!op)
        return -ENOMEM;
    *op = (struct disk_op){ .tag = tag, .type = type, .dsync = dsync, .off = off, .left = len };
    if (rw) {
        memcpy(op->iov, iov, iovcnt * sizeof(*iov));
        op->iovcnt = op->curcnt = iovcnt;
        op->cur = op->iov;
        if (d->direct && !aligned(iov, iovcnt)) {
            if (posix_memalign(&op->bounce, DIRECT_ALIGN, len)) {
                free(op);
                return -ENOMEM;
            }
            if (type == DISK_OP_WRITE) {
                uint8_t *p = op->bounce;
                for (unsigned i = 0; i < iovcnt; p += iov[i].iov_len, i++)
                    memcpy(p, iov[i].iov_base, iov[i].iov_len);
            }
            op->biov = (struct iovec){ op->bounce, len };
            op->cur = &op->biov;
            op->curcnt = 1;
        }
    }
    int err = prep(d, op);
    if (err) {
        free(op->bounce);
        free(op);
        return err;
    }
    d->inflight++;
    return 0;
}

void disk_commit(void *opaque)
{
    struct disk *d = opaque;
    io_uring_submit(&d->ring);
}

/* Skip n transferred bytes of op's current iovecs. */
static void advance(struct disk_op *op, uint64_t n)
{
    op->off += n;
    op->left -= n;
    op->total += n;
    while (n && op->curcnt) {
        if (n >= op->cur->iov_len) {
            n -= op->cur->iov_len;
            op->cur++;
            op->curcnt--;
        } else {
            op->cur->iov_base = (uint8_t *)op->cur->iov_base + n;
            op->cur->iov_len -= n;
            n = 0;
        }
    }
}

/* One completion: 1 = op finished (res in *out), 0 = resubmitted (short transfer, EINTR). */
static int complete(struct disk *d, struct disk_op *op, int res, int *out)
{
    bool rw = op->type == DISK_OP_READ || op->type == DISK_OP_WRITE;
    if (res == -EINTR || res == -EAGAIN || (rw && res > 0 && (uint64_t)res < op->left)) {
        if (res > 0)
            advance(op, (uint64_t)res);
        if (!prep(d, op)) {
            io_uring_submit(&d->ring);
            return 0;
        }
        res = -EIO;
    } else if (rw && res == 0) {
        res = -EIO; /* end of file inside the disk: the image shrank under us */
    } else if (rw && res > 0) {
        advance(op, (uint64_t)res);
        res = (int)op->total;
        if (op->bounce && op->type == DISK_OP_READ) {
            const uint8_t *p = op->bounce;
            for (unsigned i = 0; i < op->iovcnt; p += op->iov[i].iov_len, i++)
                memcpy(op->iov[i].iov_base, p, op->iov[i].iov_len);
        }
    }
    *out = res;
    return 1;
}

unsigned disk_reap(void *opaque, bool wait, void (*done)(void *tag, int res))
{
    struct disk *d = opaque;
    unsigned n = 0;
    while (d->inflight) {
        struct io_uring_cqe *cqe;
        int err = wait ? io_uring_wait_cqe(&d->ring, &cqe) : io_uring_peek_cqe(&d->ring, &cqe);
        if (err == -EINTR)
            continue;
        if (err)
            break;
        struct disk_op *op = io_uring_cqe_get_data(cqe);
        int res = cqe->res;
        io_uring_cqe_seen(&d->ring, cqe);
        if (!complete(d, op, res, &res))
            continue;
        d->inflight--;
        n++;
        void *tag = op->tag;
        free(op->bounce);
        free(op);
        done(tag, res);
    }
    return n;
}

/* The ring's eventfd fired (I/O thread). */
static void on_event(void *opaque, uint32_t events)
{
    struct disk *d = opaque;
    uint64_t v;
    (void)events;
    if (read(d->efd, &v, sizeof(v)) < 0 && errno != EAGAIN)
        log_warn("disk: eventfd read: %s", strerror(errno));
    if (d->ready)
        d->ready(d->ready_arg);
}

void disk_set_ready(void *opaque, void (*fn)(void *arg), void *arg)
{
    struct disk *d = opaque;
    d->ready = fn;
    d->ready_arg = arg;
}

uint64_t disk_size(const struct disk *d)
{
    return d->size;
}

const char *disk_serial(const struct disk *d)
{
    return d->serial;
}

void disk_close(void *opaque)
{
    struct disk *d = opaque;
    if (!d)
        return;
    while (d->inflight) {
        struct io_uring_cqe *cqe;
        int err = io_uring_wait_cqe(&d->ring, &cqe);
        if (err == -EINTR)
            continue;
        if (err)
            break;
        struct disk_op *op = io_uring_cqe_get_data(cqe);
        io_uring_cqe_seen(&d->ring, cqe);
        d->inflight--;
        free(op->bounce);
        free(op);
    }
    if (d->watch)
        io_loop_del_fd(d->loop, d->watch);
    io_uring_queue_exit(&d->ring);
    close(d->efd);
    close(d->fd);
    free(d);
}

/* Size of the image: st_size, or the device size for a block device. */
static int image_size(int fd, const struct stat *st, uint64_t *size)
{
    if (S_ISREG(st->st_mode)) {
        *size = (uint64_t)st->st_size;
        return 0;
    }
    if (S_ISBLK(st->st_mode))
        return ioctl(fd, BLKGETSIZE64, size) ? -errno : 0;
    return -EINVAL;
}

static void set_serial(struct disk *d, const char *path, const char *serial)
{
    if (!serial) {
        const char *slash = strrchr(path, '/');
        serial = slash ? slash + 1 : path;
    }
    size_t n = strnlen(serial, sizeof(d->serial)); /* NUL-padded, unterminated at 20 bytes */
    memset(d->serial, 0, sizeof(d->serial));
    memcpy(d->serial, serial, n);
}

static int open_image(struct disk *d, const char *path, const struct disk_options *o,
                      struct errbuf *eb)
{
    int flags = (o->read_only ? O_RDONLY : O_RDWR) | O_CLOEXEC | (o->direct ? O_DIRECT : 0);
    d->fd = open(path, flags);
    if (d->fd < 0) {
        int err = -errno;
        if (err == -EINVAL && o->direct)
            return errbuf_set(eb, err, "disk %s: the host filesystem does not support direct I/O",
                              path);
        return errbuf_set(eb, err, "cannot open disk %s: %s", path, strerror(-err));
    }
    struct stat st;
    uint64_t size = 0;
    if (fstat(d->fd, &st) || image_size(d->fd, &st, &size))
        return errbuf_set(eb, -EINVAL, "disk %s: not a regular file or block device", path);
    if (!size)
        return errbuf_set(eb, -EINVAL, "disk %s: empty image", path);
    if (size % 512)
        return errbuf_set(eb, -EINVAL, "disk %s: size %llu is not a multiple of 512 bytes", path,
                          (unsigned long long)size);
    /* Two VMs writing one image would corrupt it: writers exclusive, readers shared. */
    if (flock(d->fd, (o->read_only ? LOCK_SH : LOCK_EX) | LOCK_NB))
        return errbuf_set(eb, -EBUSY, "disk %s: in use by another process", path);
    d->size = size;
    return 0;
}

int disk_open(const char *path, const struct disk_options *o, struct io_loop *loop,
              struct disk **out, struct errbuf *eb)
{
    struct disk *d = calloc(1, sizeof(*d));
    if (!d)
        return errbuf_set(eb, -ENOMEM, "out of memory");
    d->fd = d->efd = -1;
    d->direct = o->direct;
    d->loop = loop;
    set_serial(d, path, o->serial);
    int err = open_image(d, path, o, eb);
    if (err)
        goto err_fd;
    err = io_uring_queue_init(RING_ENTRIES, &d->ring, 0);
    if (err) {
        errbuf_set(eb, err, "disk %s: io_uring unavailable: %s", path, strerror(-err));
        goto err_fd;
    }
    d->efd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    if (d->efd < 0) {
        err = errbuf_set(eb, -errno, "disk %s: eventfd: %s", path, strerror(errno));
        goto err_ring;
    }
    err = io_uring_register_eventfd(&d->ring, d->efd);
    if (!err)
        err = io_loop_add_fd(loop, d->efd, EPOLLIN, on_event, d, &d->watch);
    if (err) {
        errbuf_set(eb, err, "disk %s: cannot watch completions: %s", path, strerror(-err));
        goto err_efd;
    }
    *out = d;
    return 0;
err_efd:
    close(d->efd);
err_ring:
    io_uring_queue_exit(&d->ring);
err_fd:
    if (d->fd >= 0)
        close(d->fd);
    free(d);
    return err;
}
