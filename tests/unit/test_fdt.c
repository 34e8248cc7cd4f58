/* Unit test: the virt board's device tree, re-parsed with libfdt. Checks the nodes a Linux kernel
 * needs (devicetree bindings of riscv cpus, PLIC, CLINT, ns16550a, syscon, virtio-mmio) and that
 * every address comes from virt_memmap. */
#include <libfdt.h>
#include <stdio.h>
#include <string.h>

#include "board/virt.h"
#include "check.h"

static uint8_t blob[0x10000];

static const void *prop(const char *path, const char *name, int *len)
{
    int node = fdt_path_offset(blob, path);
    if (node < 0)
        return NULL;
    return fdt_getprop(blob, node, name, len);
}

static uint64_t reg_cell64(const fdt32_t *cells, unsigned i)
{
    return (uint64_t)fdt32_to_cpu(cells[i]) << 32 | fdt32_to_cpu(cells[i + 1]);
}

static void test_tree(unsigned nr_harts)
{
    struct virt_board b;
    struct errbuf eb = { "" };
    CHECK_MSG(virt_create(&b, nr_harts, 64ull << 20, NULL, NULL, &eb) == 0, "virt_create: %s",
              eb.msg);
    struct virt_fdt_params p = { "console=ttyS0 quiet", 0x83000000, 0x83100000 };
    int n = virt_build_fdt(&b, &p, blob, sizeof(blob), &eb);
    CHECK_MSG(n > 0 && fdt_check_header(blob) == 0, "blob invalid: %d %s", n, eb.msg);

    int len;
    const char *s = prop("/chosen", "bootargs", &len);
    CHECK_MSG(s && strcmp(s, "console=ttyS0 quiet") == 0, "bootargs");
    const fdt64_t *initrd = prop("/chosen", "linux,initrd-start", &len);
    CHECK_MSG(initrd && len == 8 && fdt64_to_cpu(*initrd) == 0x83000000, "initrd-start");
    s = prop("/chosen", "stdout-path", &len);
    CHECK_MSG(s && strcmp(s, "/soc/serial@10000000") == 0, "stdout-path %s", s ? s : "(none)");
    CHECK_MSG(fdt_path_offset(blob, s ? s : "/") >= 0, "stdout-path resolves");

    const fdt32_t *reg = prop("/memory@80000000", "reg", &len);
    CHECK_MSG(reg && len == 16 && reg_cell64(reg, 0) == virt_memmap[VIRT_DRAM].base &&
                  reg_cell64(reg, 2) == 64ull << 20,
              "memory reg");

    unsigned cpus = 0;
    for (unsigned i = 0; i < VIRT_MAX_HARTS; i++) {
        char path[32];
        snprintf(path, sizeof(path), "/cpus/cpu@%u", i);
        if (fdt_path_offset(blob, path) < 0)
            continue;
        cpus++;
        s = prop(path, "riscv,isa", &len);
        CHECK_MSG(s && strncmp(s, "rv64imafdc", 10) == 0 && strstr(s, "_sstc"), "%s isa", path);
        CHECK_MSG(prop(path, "riscv,isa-extensions", &len) != NULL, "%s isa-extensions", path);
    }
    CHECK_MSG(cpus == nr_harts, "%u cpu nodes, want %u", cpus, nr_harts);

    /* PLIC: two contexts (M external 11, S external 9) per hart, in hart order. */
    int plic = fdt_node_offset_by_compatible(blob, -1, "riscv,plic0");
    CHECK_MSG(plic >= 0, "plic node");
    const fdt32_t *ie = fdt_getprop(blob, plic, "interrupts-extended", &len);
    CHECK_MSG(ie && len == (int)(nr_harts * 4 * sizeof(fdt32_t)),
              "plic interrupts-extended length");
    if (ie && len >= 16)
        CHECK_MSG(fdt32_to_cpu(ie[1]) == 11 && fdt32_to_cpu(ie[3]) == 9, "plic contexts M, S");
    const fdt32_t *ndev = fdt_getprop(blob, plic, "riscv,ndev", &len);
    CHECK_MSG(ndev && fdt32_to_cpu(*ndev) == PLIC_NR_SOURCES - 1, "riscv,ndev");

    /* Every device's reg matches the memory map. */
    static const struct {
        const char *compat;
        enum virt_region r;
    } devs[] = {
        { "ns16550a", VIRT_UART0 },
        { "riscv,clint0", VIRT_CLINT },
        { "google,goldfish-rtc", VIRT_RTC },
        { "sifive,test0", VIRT_TEST },
    };
    for (unsigned i = 0; i < sizeof(devs) / sizeof(devs[0]); i++) {
        int node = fdt_node_offset_by_compatible(blob, -1, devs[i].compat);
        reg = node >= 0 ? fdt_getprop(blob, node, "reg", &len) : NULL;
        CHECK_MSG(reg && len == 16 && reg_cell64(reg, 0) == virt_memmap[devs[i].r].base, "%s reg",
                  devs[i].compat);
    }
    unsigned virtio = 0;
    for (int node = fdt_node_offset_by_compatible(blob, -1, "virtio,mmio"); node >= 0;
         node = fdt_node_offset_by_compatible(blob, node, "virtio,mmio"))
        virtio++;
    CHECK_MSG(virtio == VIRT_NR_VIRTIO, "%u virtio-mmio nodes", virtio);
    CHECK_MSG(fdt_node_offset_by_compatible(blob, -1, "syscon-poweroff") >= 0, "syscon-poweroff");
    CHECK_MSG(fdt_node_offset_by_compatible(blob, -1, "syscon-reboot") >= 0, "syscon-reboot");

    /* Too small a buffer is an error, not an overflow. */
    CHECK_MSG(virt_build_fdt(&b, &p, blob, 256, &eb) < 0, "tiny buffer must fail");
    virt_destroy(&b);
}

int main(void)
{
    test_tree(1);
    test_tree(4);
    test_tree(VIRT_MAX_HARTS);
    return check_report("fdt");
}
