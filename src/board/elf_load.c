/* ELF64 loader (System V gABI; RISC-V psABI: EM_RISCV = 243, little-endian). The file is read
 * whole and every offset/size in it is checked against the file size before use. */
#include "board/elf_load.h"

#include <elf.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef EM_RISCV
#define EM_RISCV 243
#endif

bool elf_is_elf(const void *buf, uint64_t len)
{
    return len >= SELFMAG && memcmp(buf, ELFMAG, SELFMAG) == 0;
}

static int read_file(const char *path, uint8_t **data, uint64_t *len, struct errbuf *eb)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return errbuf_set(eb, -errno, "cannot open %s: %s", path, strerror(errno));
    uint8_t *buf = NULL;
    uint64_t n = 0, cap = 0;
    for (;;) {
        if (n == cap) {
            cap = cap ? cap * 2 : 1 << 16;
            uint8_t *nb = realloc(buf, cap);
            if (!nb) {
                free(buf);
                fclose(f);
                return errbuf_set(eb, -ENOMEM, "%s: out of memory", path);
            }
            buf = nb;
        }
        size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (got == 0)
            break;
    }
    int err = ferror(f);
    fclose(f);
    if (err) {
        free(buf);
        return errbuf_set(eb, -EIO, "cannot read %s", path);
    }
    *data = buf;
    *len = n;
    return 0;
}

static bool range_ok(uint64_t off, uint64_t size, uint64_t len)
{
    return off <= len && size <= len - off;
}

/* Find the HTIF tohost/fromhost symbols in .symtab (optional). */
static void find_htif(const uint8_t *data, uint64_t len, const Elf64_Ehdr *eh,
                      struct elf_image *img)
{
    if (eh->e_shentsize != sizeof(Elf64_Shdr) ||
        !range_ok(eh->e_shoff, (uint64_t)eh->e_shnum * sizeof(Elf64_Shdr), len))
        return;
    const Elf64_Shdr *sh = (const Elf64_Shdr *)(data + eh->e_shoff);
    for (unsigned i = 0; i < eh->e_shnum; i++) {
        if (sh[i].sh_type != SHT_SYMTAB || sh[i].sh_link >= eh->e_shnum)
            continue;
        const Elf64_Shdr *strs = &sh[sh[i].sh_link];
        if (!range_ok(sh[i].sh_offset, sh[i].sh_size, len) ||
            !range_ok(strs->sh_offset, strs->sh_size, len))
            continue;
        const Elf64_Sym *syms = (const Elf64_Sym *)(data + sh[i].sh_offset);
        uint64_t nsyms = sh[i].sh_size / sizeof(Elf64_Sym);
        for (uint64_t s = 0; s < nsyms; s++) {
            if (syms[s].st_name >= strs->sh_size)
                continue;
            const char *name = (const char *)data + strs->sh_offset + syms[s].st_name;
            size_t max = strs->sh_size - syms[s].st_name;
            if (strnlen(name, max) == max)
                continue;
            if (strcmp(name, "tohost") == 0) {
                img->tohost = syms[s].st_value;
                img->has_tohost = true;
            } else if (strcmp(name, "fromhost") == 0) {
                img->fromhost = syms[s].st_value;
            }
        }
    }
}

static int check_header(const char *path, const uint8_t *data, uint64_t len, struct errbuf *eb)
{
    if (!elf_is_elf(data, len))
        return errbuf_set(eb, -ENOEXEC, "%s: not an ELF file", path);
    if (len < sizeof(Elf64_Ehdr))
        return errbuf_set(eb, -ENOEXEC, "%s: truncated ELF header", path);
    const Elf64_Ehdr *eh = (const Elf64_Ehdr *)data;
    if (eh->e_ident[EI_CLASS] != ELFCLASS64 || eh->e_ident[EI_DATA] != ELFDATA2LSB)
        return errbuf_set(eb, -ENOEXEC, "%s: not a 64-bit little-endian ELF", path);
    if (eh->e_machine != EM_RISCV)
        return errbuf_set(eb, -ENOEXEC, "%s: not a RISC-V ELF (e_machine %u)", path, eh->e_machine);
    if (eh->e_phentsize != sizeof(Elf64_Phdr) || eh->e_phnum == 0 ||
        !range_ok(eh->e_phoff, (uint64_t)eh->e_phnum * sizeof(Elf64_Phdr), len))
        return errbuf_set(eb, -ENOEXEC, "%s: truncated or missing program headers", path);
    return 0;
}

/* Lowest p_vaddr of the loadable segments (for relocated loading). */
static uint64_t lowest_vaddr(const uint8_t *data)
{
    const Elf64_Ehdr *eh = (const Elf64_Ehdr *)data;
    const Elf64_Phdr *ph = (const Elf64_Phdr *)(data + eh->e_phoff);
    uint64_t low = UINT64_MAX;
    for (unsigned i = 0; i < eh->e_phnum; i++)
        if (ph[i].p_type == PT_LOAD && ph[i].p_memsz && ph[i].p_vaddr < low)
            low = ph[i].p_vaddr;
    return low;
}

/* relocate: place each segment at *relocate + (p_vaddr - lowest vaddr) instead of p_paddr. */
static int load_segments(const char *path, const uint8_t *data, uint64_t len, const struct bus *bus,
                         const uint64_t *relocate, struct elf_image *img, struct errbuf *eb)
{
    const Elf64_Ehdr *eh = (const Elf64_Ehdr *)data;
    const Elf64_Phdr *ph = (const Elf64_Phdr *)(data + eh->e_phoff);
    uint64_t low = relocate ? lowest_vaddr(data) : 0;
    unsigned loaded = 0;
    img->lowest = UINT64_MAX;
    img->highest = 0;
    for (unsigned i = 0; i < eh->e_phnum; i++) {
        if (ph[i].p_type != PT_LOAD || ph[i].p_memsz == 0)
            continue;
        if (ph[i].p_filesz > ph[i].p_memsz || !range_ok(ph[i].p_offset, ph[i].p_filesz, len))
            return errbuf_set(eb, -ENOEXEC, "%s: segment %u is truncated", path, i);
        uint64_t pa = relocate ? *relocate + (ph[i].p_vaddr - low) : ph[i].p_paddr;
        uint8_t *dst = bus_ram_ptr(bus, pa, ph[i].p_memsz);
        if (!dst)
            return errbuf_set(eb, -ERANGE,
                              "%s: segment %u at 0x%llx (+0x%llx) is outside guest RAM", path, i,
                              (unsigned long long)pa, (unsigned long long)ph[i].p_memsz);
        memcpy(dst, data + ph[i].p_offset, ph[i].p_filesz);
        memset(dst + ph[i].p_filesz, 0, ph[i].p_memsz - ph[i].p_filesz);
        if (pa < img->lowest)
            img->lowest = pa;
        if (pa + ph[i].p_memsz > img->highest)
            img->highest = pa + ph[i].p_memsz;
        loaded++;
    }
    if (!loaded)
        return errbuf_set(eb, -ENOEXEC, "%s: no loadable segments", path);
    return 0;
}

static int elf_load_at(const char *path, const struct bus *bus, const uint64_t *relocate,
                       struct elf_image *img, struct errbuf *eb)
{
    uint8_t *data = NULL;
    uint64_t len = 0;
    memset(img, 0, sizeof(*img));
    int err = read_file(path, &data, &len, eb);
    if (err)
        return err;
    err = check_header(path, data, len, eb);
    if (!err)
        err = load_segments(path, data, len, bus, relocate, img, eb);
    if (!err) {
        const Elf64_Ehdr *eh = (const Elf64_Ehdr *)data;
        img->entry = relocate ? *relocate + (eh->e_entry - lowest_vaddr(data)) : eh->e_entry;
        find_htif(data, len, eh, img);
    }
    free(data);
    return err;
}

int elf_load(const char *path, const struct bus *bus, struct elf_image *img, struct errbuf *eb)
{
    return elf_load_at(path, bus, NULL, img, eb);
}

int elf_load_relocated(const char *path, const struct bus *bus, uint64_t base,
                       struct elf_image *img, struct errbuf *eb)
{
    return elf_load_at(path, bus, &base, img, eb);
}
