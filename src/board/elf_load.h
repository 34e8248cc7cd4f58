/* Loading ELF64 RISC-V executables into guest RAM at their physical addresses. */
#ifndef CAPA_BOARD_ELF_LOAD_H
#define CAPA_BOARD_ELF_LOAD_H

#include <stdbool.h>
#include <stdint.h>

#include "base/log.h"
#include "mem/bus.h"

struct elf_image {
    uint64_t entry;
    uint64_t lowest, highest; /* physical range covered by PT_LOAD segments */
    bool has_tohost;          /* the HTIF symbols, when the ELF defines them */
    uint64_t tohost, fromhost;
};

/* Load the ELF file at path: every PT_LOAD segment is copied to its physical address (p_paddr),
 * which must lie in RAM on bus; BSS is zeroed. Returns 0, or -errno with a one-line message in eb
 * (missing file, not ELF64/RISC-V/little-endian, truncated, segment outside RAM). Setup thread. */
int elf_load(const char *path, const struct bus *bus, struct elf_image *img, struct errbuf *eb);

/* Load an ELF kernel (e.g. vmlinux, linked at virtual addresses) so that its lowest segment
 * lands at physical base and the others keep their offsets from it; img->entry is translated
 * the same way. Same checks and errors as elf_load. */
int elf_load_relocated(const char *path, const struct bus *bus, uint64_t base,
                       struct elf_image *img, struct errbuf *eb);

/* True if the buffer starts with the ELF magic. */
bool elf_is_elf(const void *buf, uint64_t len);

#endif
