#include "backend/entropy.h"

#include <errno.h>
#include <sys/random.h>

ssize_t entropy_fill(void *opaque, void *buf, size_t len)
{
    (void)opaque;
    for (;;) {
        /* The urandom source (flags 0): never depletes; short reads are allowed above 256 bytes
         * and on signals, and the caller loops. */
        ssize_t n = getrandom(buf, len, 0);
        if (n >= 0)
            return n ? n : -EIO;
        if (errno != EINTR)
            return -errno;
    }
}
