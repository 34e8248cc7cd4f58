/* Boot image loading (see boot_load.h). Kernel formats: the RISC-V Linux Image header
 * (Documentation/riscv/boot-image-header.rst: text_offset at 8, image_size at 16, magic2
 * "RSC\x05" at 56), ELF64 RISC-V (loaded relative to the first segment, like QEMU does for
 * vmlinux), or a raw binary. */
#include "board/boot_load.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "board/elf_load.h"
#include "cpu/riscv.h"

#define KERNEL_ALIGN  0x200000ull /* RV64 kernels must start on a 2 MiB boundary */
#define FDT_AREA      0x10000ull  /* the top 64 KiB of RAM: device tree + fw_dynamic info */
#define FDT_MAX       0xf000u
#define IMAGE_HDR_LEN 64

/* Read a whole file into memory. */
static int slurp(const char *what, const char *path, uint8_t **data, uint64_t *len,
                 struct errbuf *eb)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return errbuf_set(eb, -errno, "cannot open %s %s: %s", what, path, strerror(errno));
    struct stat st;
    if (fstat(fileno(f), &st) < 0 || !S_ISREG(st.st_mode)) {
        fclose(f);
        return errbuf_set(eb, -EINVAL, "%s %s is not a regular file", what, path);
    }
    *len = (uint64_t)st.st_size;
    *data = malloc(*len ? *len : 1);
    if (!*data) {
        fclose(f);
        return errbuf_set(eb, -ENOMEM, "%s %s: out of memory", what, path);
    }
    size_t got = fread(*data, 1, *len, f);
    fclose(f);
    if (got != *len) {
        free(*data);
        return errbuf_set(eb, -EIO, "cannot read %s %s", what, path);
    }
    return 0;
}

static uint64_t get_le64(const uint8_t *p)
{
    uint64_t v;
    memcpy(&v, p, 8);
    return v;
}

/* Copy len bytes to guest-physical addr; fails unless the whole range is RAM. */
static int place(struct virt_board *b, uint64_t addr, const void *src, uint64_t len, uint64_t memsz)
{
    uint8_t *dst = bus_ram_ptr(&b->bus, addr, memsz);
    if (!dst)
        return -ERANGE;
    memcpy(dst, src, len);
    memset(dst + len, 0, memsz - len);
    return 0;
}

static int load_image(struct virt_board *b, const char *path, const uint8_t *d, uint64_t len,
                      uint64_t text_offset, uint64_t image_size, struct boot_layout *out,
                      struct errbuf *eb)
{
    if (text_offset == 0)
        text_offset = KERNEL_ALIGN;
    if (text_offset % KERNEL_ALIGN || text_offset > b->ram_size)
        return errbuf_set(eb, -ENOEXEC, "kernel %s: text_offset 0x%llx is not 2 MiB aligned", path,
                          (unsigned long long)text_offset);
    if (image_size < len)
        image_size = len;
    out->kernel_start = virt_memmap[VIRT_DRAM].base + text_offset;
    out->kernel_end = out->kernel_start + image_size;
    out->kernel_entry = out->kernel_start;
    if (place(b, out->kernel_start, d, len, image_size))
        return errbuf_set(eb, -ENOMEM,
                          "kernel %s needs %llu MiB from 0x%llx: not enough guest memory (--mem)",
                          path, (unsigned long long)((image_size + text_offset) >> 20),
                          (unsigned long long)out->kernel_start);
    return 0;
}

static int load_kernel(struct virt_board *b, const char *path, struct boot_layout *out,
                       struct errbuf *eb)
{
    uint8_t *d;
    uint64_t len;
    int err = slurp("kernel", path, &d, &len, eb);
    if (err)
        return err;
    if (elf_is_elf(d, len)) {
        free(d);
        struct elf_image img;
        err =
            elf_load_relocated(path, &b->bus, virt_memmap[VIRT_DRAM].base + KERNEL_ALIGN, &img, eb);
        if (!err) {
            out->kernel_start = img.lowest;
            out->kernel_end = img.highest;
            out->kernel_entry = img.entry;
        }
        return err;
    }
    if (len >= IMAGE_HDR_LEN && memcmp(d + 56, "RSC\x05", 4) == 0) {
        err = load_image(b, path, d, len, get_le64(d + 8), get_le64(d + 16), out, eb);
    } else if (len >= IMAGE_HDR_LEN && memcmp(d + 56, "ARM\x64", 4) == 0) {
        err = errbuf_set(eb, -ENOEXEC, "kernel %s is an arm64 Image, not RISC-V", path);
    } else if (len >= 0x202 && memcmp(d + 0x202, "HdrS", 4) == 0) {
        err = errbuf_set(eb, -ENOEXEC, "kernel %s is an x86 bzImage, not RISC-V", path);
    } else if (len >= 2 && d[0] == 0x1f && d[1] == 0x8b) {
        err = errbuf_set(eb, -ENOEXEC, "kernel %s is gzip-compressed: pass the uncompressed Image",
                         path);
    } else if (len < IMAGE_HDR_LEN && len >= 2 && d[0] == 'M' && d[1] == 'Z') {
        err = errbuf_set(eb, -ENOEXEC, "kernel %s is truncated (%llu bytes)", path,
                         (unsigned long long)len);
    } else if (len == 0) {
        err = errbuf_set(eb, -ENOEXEC, "kernel %s is empty", path);
    } else {
        /* A raw binary: loaded and entered at the first 2 MiB boundary above RAM start. */
        err = load_image(b, path, d, len, KERNEL_ALIGN, len, out, eb);
    }
    free(d);
    return err;
}

/* The initrd goes just below the device tree area at the top of RAM. */
static int load_initrd(struct virt_board *b, const char *path, struct boot_layout *out,
                       struct errbuf *eb)
{
    uint8_t *d;
    uint64_t len;
    int err = slurp("initrd", path, &d, &len, eb);
    if (err)
        return err;
    uint64_t top = out->fdt_addr;
    uint64_t start = len > top ? 0 : (top - len) & ~0xfffull;
    if (start < out->kernel_end) {
        free(d);
        return errbuf_set(eb, -ENOMEM,
                          "initrd %s (%llu MiB) does not fit in guest RAM above the kernel: "
                          "raise --mem",
                          path, (unsigned long long)(len >> 20));
    }
    err = place(b, start, d, len, len);
    free(d);
    if (err)
        return errbuf_set(eb, err, "initrd %s does not fit in guest RAM", path);
    out->initrd_start = start;
    out->initrd_end = start + len;
    return 0;
}

/* fw_dynamic_info (OpenSBI docs/firmware/fw_dynamic.md): tells firmware where to go next. */
struct fw_dynamic_info {
    uint64_t magic, version, next_addr, next_mode, options, boot_hart;
};
#define FW_DYNAMIC_MAGIC   0x4942534full
#define FW_DYNAMIC_VERSION 2
#define FW_DYNAMIC_NEXT_S  1

static void boot_harts(struct virt_board *b, const struct boot_layout *l)
{
    uint64_t info_addr = l->fdt_addr + FDT_MAX;
    if (l->firmware) {
        struct fw_dynamic_info info = {
            FW_DYNAMIC_MAGIC, FW_DYNAMIC_VERSION, l->kernel_entry, FW_DYNAMIC_NEXT_S, 0, 0
        };
        place(b, info_addr, &info, sizeof(info), sizeof(info));
    }
    for (unsigned i = 0; i < b->nr_harts; i++) {
        struct hart *h = b->harts[i];
        hart_reset(h, l->firmware ? l->firmware_entry : l->kernel_entry);
        if (l->firmware) {
            h->sbi_in_host = false;
            h->x[10] = i;
            h->x[11] = l->fdt_addr;
            h->x[12] = info_addr;
            continue;
        }
        /* What M-mode firmware would leave behind for an S-mode kernel: every exception and
         * S-level interrupt delegated, counters and Sstc/Zicbo* enabled for S-mode. */
        h->sbi_in_host = true;
        h->medeleg =
            0xffff & ~(1ull << EXC_ECALL_S | 1ull << 10 | 1ull << EXC_ECALL_M | 1ull << 14);
        h->mideleg = MIP_SSIP | MIP_STIP | MIP_SEIP;
        h->mcounteren = 0xffffffff;
        h->scounteren = 0x7; /* CY, TM, IR for user space (rdtime in the vDSO), as OpenSBI sets */
        h->menvcfg = MENVCFG_STCE | ENVCFG_CBZE | ENVCFG_CBCFE | (1ull << 4);
        if (i == 0)
            hart_boot_supervisor(h, l->kernel_entry, l->fdt_addr);
    }
}

static int build_fdt(struct virt_board *b, const struct boot_images *img,
                     const struct boot_layout *l, struct errbuf *eb)
{
    struct virt_fdt_params p = { img->append, l->initrd_start, l->initrd_end };
    void *dst = bus_ram_ptr(&b->bus, l->fdt_addr, FDT_MAX);
    int n = dst ? virt_build_fdt(b, &p, dst, FDT_MAX, eb) : -ENOMEM;
    return n < 0 ? n : 0;
}

int boot_load(struct virt_board *b, const struct boot_images *img, struct boot_layout *out,
              struct errbuf *eb)
{
    memset(out, 0, sizeof(*out));
    out->fdt_addr = virt_memmap[VIRT_DRAM].base + b->ram_size - FDT_AREA;
    int err;
    if (img->bios) {
        struct elf_image fw;
        err = elf_load(img->bios, &b->bus, &fw, eb);
        if (err)
            return err;
        out->firmware = true;
        out->firmware_entry = fw.entry;
    }
    err = load_kernel(b, img->kernel, out, eb);
    if (err)
        return err;
    if (out->kernel_end > out->fdt_addr)
        return errbuf_set(eb, -ENOMEM, "kernel %s does not fit in %llu MiB of guest RAM",
                          img->kernel, (unsigned long long)(b->ram_size >> 20));
    if (img->initrd) {
        err = load_initrd(b, img->initrd, out, eb);
        if (err)
            return err;
    }
    err = build_fdt(b, img, out, eb);
    if (err)
        return err;
    boot_harts(b, out);
    return 0;
}

int boot_dump_dtb(const struct virt_board *b, const struct boot_images *img, const char *path,
                  struct errbuf *eb)
{
    static uint8_t blob[FDT_MAX];
    struct virt_fdt_params p = { img ? img->append : NULL, 0, 0 };
    int n = virt_build_fdt(b, &p, blob, sizeof(blob), eb);
    if (n < 0)
        return n;
    FILE *f = fopen(path, "wb");
    if (!f)
        return errbuf_set(eb, -errno, "cannot create %s: %s", path, strerror(errno));
    size_t wrote = fwrite(blob, 1, (size_t)n, f);
    if (fclose(f) != 0 || wrote != (size_t)n)
        return errbuf_set(eb, -EIO, "cannot write %s", path);
    return 0;
}
