/* The `virt` board: a QEMU-virt-compatible machine (same addresses and interrupt numbers, so
 * stock distribution kernels boot on it). The memory map lives in one table, virt_memmap; the
 * device tree reads addresses only from it. */
#ifndef CAPA_BOARD_VIRT_H
#define CAPA_BOARD_VIRT_H

#include <stdint.h>

#include "base/log.h"
#include "cpu/hart.h"
#include "dev/aclint.h"
#include "dev/plic.h"
#include "dev/rtc.h"
#include "dev/syscon.h"
#include "dev/uart.h"
#include "mem/bus.h"
#include "virtio/mmio.h"

#define VIRT_MAX_HARTS   32
#define VIRT_NR_VIRTIO   8
#define VIRT_TIMEBASE_HZ 10000000ull /* 10 MHz */

enum virt_region {
    VIRT_TEST,  /* syscon: sifive,test finisher */
    VIRT_RTC,   /* goldfish RTC */
    VIRT_CLINT, /* ACLINT MSWI + MTIMER (CLINT layout) */
    VIRT_PLIC,
    VIRT_UART0,
    VIRT_VIRTIO, /* VIRT_NR_VIRTIO slots of VIRT_VIRTIO_STRIDE bytes */
    VIRT_DRAM,
    VIRT_NR_REGIONS
};

struct virt_memmap_entry {
    const char *name;
    uint64_t base, size;
    unsigned irq; /* PLIC source, 0 = none (virtio: first slot's; slot n uses irq + n) */
};

#define VIRT_VIRTIO_STRIDE 0x1000

extern const struct virt_memmap_entry virt_memmap[VIRT_NR_REGIONS];

struct virt_board {
    unsigned nr_harts;
    uint64_t ram_size;
    void *ram;
    struct bus bus;
    struct hart *harts[VIRT_MAX_HARTS];
    struct plic plic;
    struct aclint aclint;
    struct uart uart;
    struct syscon syscon;
    struct rtc rtc;
    struct virtio_mmio virtio[VIRT_NR_VIRTIO];
    uint64_t (*time_fn)(void *opaque);
    void *time_opaque;
    /* Called after an interrupt line to a hart changed, so a parked vCPU can wake up. */
    void (*wake)(void *opaque, unsigned hartid);
    void *wake_opaque;
};

/* Create the board: RAM (lazily backed), devices and harts, all wired. The caller sets the
 * callbacks (uart.tx, syscon.event) afterwards. Returns 0 or -errno with a message. */
int virt_create(struct virt_board *b, unsigned nr_harts, uint64_t ram_size,
                uint64_t (*time_fn)(void *), void *time_opaque, struct errbuf *eb);
void virt_destroy(struct virt_board *b);

/* The first virtio-mmio slot without a device (lowest address, irq 1 first), or NULL when all
 * VIRT_NR_VIRTIO are taken. Attach a device model to it (virtio_*_create). Setup only. */
struct virtio_mmio *virt_virtio_free_slot(struct virt_board *b);

struct virt_fdt_params {
    const char *bootargs;              /* NULL or "" for none */
    uint64_t initrd_start, initrd_end; /* 0, 0 = no initrd */
};

/* Build the device tree into buf (size bytes). Returns the blob size or -errno. */
int virt_build_fdt(const struct virt_board *b, const struct virt_fdt_params *p, void *buf,
                   unsigned size, struct errbuf *eb);

/* The ISA string the harts implement (device tree riscv,isa). */
extern const char virt_isa_string[];

#endif
