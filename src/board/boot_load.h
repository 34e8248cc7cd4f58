/* Loading a guest's boot images into the virt board: M-mode firmware (optional), the kernel
 * (RISC-V Linux Image, ELF vmlinux or raw binary), the initrd and the device tree, and putting
 * the harts in their boot state. */
#ifndef CAPA_BOARD_BOOT_LOAD_H
#define CAPA_BOARD_BOOT_LOAD_H

#include <stdbool.h>
#include <stdint.h>

#include "board/virt.h"

struct boot_images {
    const char *kernel; /* required */
    const char *initrd; /* NULL = none */
    const char *bios;   /* NULL = capa's own SBI; else M-mode firmware (e.g. OpenSBI fw_jump) */
    const char *append; /* kernel command line */
};

struct boot_layout {
    uint64_t kernel_start, kernel_end, kernel_entry;
    uint64_t initrd_start, initrd_end;
    uint64_t fdt_addr;
    bool firmware; /* harts start in M-mode in the firmware */
    uint64_t firmware_entry;
};

/* Load everything and set every hart's boot state: with firmware, all harts start in M-mode at
 * its entry (a0 = hartid, a1 = device tree, a2 = fw_dynamic info); without, hart 0 starts in
 * S-mode at the kernel (a0 = 0, a1 = device tree) and the others wait for SBI HSM hart_start.
 * Returns 0 or -errno with a one-line message (missing/truncated/non-RISC-V kernel, initrd that
 * does not fit, too little memory). Setup thread, harts not running. */
int boot_load(struct virt_board *b, const struct boot_images *img, struct boot_layout *out,
              struct errbuf *eb);

/* Write the device tree blob of the board to path (capa run --dump-dtb). */
int boot_dump_dtb(const struct virt_board *b, const struct boot_images *img, const char *path,
                  struct errbuf *eb);

#endif
