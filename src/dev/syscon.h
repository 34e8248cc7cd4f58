/* The "sifive,test" finisher used as syscon on QEMU's virt board: a 32-bit write of 0x5555 powers
 * off, 0x7777 resets, (code << 16) | 0x3333 powers off reporting failure code. Linux drives it
 * through the generic syscon-poweroff/syscon-reboot nodes. */
#ifndef CAPA_DEV_SYSCON_H
#define CAPA_DEV_SYSCON_H

#include <stdint.h>

#include "mem/bus.h"

#define SYSCON_SIZE     0x1000
#define SYSCON_POWEROFF 0x5555
#define SYSCON_RESET    0x7777
#define SYSCON_FAIL     0x3333

enum syscon_event { SYSCON_EV_POWEROFF, SYSCON_EV_RESET, SYSCON_EV_FAIL };

struct syscon {
    void (*event)(void *opaque, enum syscon_event ev, uint32_t code);
    void *opaque;
};

extern const struct mmio_ops syscon_mmio_ops;

#endif
