/* The host side of virtio-rng: random bytes from the kernel's CSPRNG (getrandom(2)). */
#ifndef CAPA_BACKEND_ENTROPY_H
#define CAPA_BACKEND_ENTROPY_H

#include <stddef.h>
#include <sys/types.h>

/* Fill up to len bytes of buf; returns how many (> 0) or -errno. opaque is unused. Any thread;
 * blocks only while the host pool is not yet initialised (early host boot). */
ssize_t entropy_fill(void *opaque, void *buf, size_t len);

#endif
