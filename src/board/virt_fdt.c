/* The virt board's device tree, built with libfdt's sequential-write API from virt_memmap.
 * Bindings: Linux Documentation/devicetree/bindings (riscv/cpus.yaml, sifive,plic-1.0.0,
 * riscv,cpu-intc, sifive,clint0, ns16550a, google,goldfish-rtc, syscon-poweroff/-reboot,
 * virtio,mmio) and the Devicetree Specification v0.4 for /chosen and /memory. */
#include <errno.h>
#include <libfdt.h>
#include <stdio.h>
#include <string.h>
#include <sys/random.h>

#include "board/virt.h"
#include "cpu/riscv.h"

/* What the hart implements, for riscv,isa (Linux <= 6.4 reads this) ... */
const char virt_isa_string[] =
    "rv64imafdc_zicbom_zicboz_zicntr_zicond_zicsr_zifencei_zihintpause_zihpm_zba_zbb_zbs_sstc";

/* ... and the same as a list for riscv,isa-extensions (newer kernels). */
static const char *const isa_extensions[] = {
    "i",      "m",     "a",        "f",           "d",     "c",   "zicbom", "zicboz", "zicntr",
    "zicond", "zicsr", "zifencei", "zihintpause", "zihpm", "zba", "zbb",    "zbs",    "sstc",
};

#define PHANDLE_INTC(hart) (1 + (hart))
#define PHANDLE_PLIC       (1 + VIRT_MAX_HARTS)
#define PHANDLE_TEST       (2 + VIRT_MAX_HARTS)

/* fdt_property for a list of 32-bit cells. */
static int prop_cells(void *fdt, const char *name, const uint32_t *cells, unsigned n)
{
    fdt32_t be[2 * 4 * VIRT_MAX_HARTS];
    for (unsigned i = 0; i < n; i++)
        be[i] = cpu_to_fdt32(cells[i]);
    return fdt_property(fdt, name, be, n * sizeof(fdt32_t));
}

static int prop_reg(void *fdt, uint64_t base, uint64_t size)
{
    uint32_t cells[4] = { base >> 32, (uint32_t)base, size >> 32, (uint32_t)size };
    return prop_cells(fdt, "reg", cells, 4);
}

static int begin_dev(void *fdt, enum virt_region r, uint64_t base)
{
    char name[64];
    snprintf(name, sizeof(name), "%s@%llx", virt_memmap[r].name, (unsigned long long)base);
    int err = fdt_begin_node(fdt, name);
    return err ? err
               : prop_reg(fdt, base, r == VIRT_VIRTIO ? VIRT_VIRTIO_STRIDE : virt_memmap[r].size);
}

static int add_irq(void *fdt, unsigned irq)
{
    int err = fdt_property_u32(fdt, "interrupts", irq);
    return err ? err : fdt_property_u32(fdt, "interrupt-parent", PHANDLE_PLIC);
}

static int add_cpu(void *fdt, unsigned i)
{
    char name[32];
    snprintf(name, sizeof(name), "cpu@%u", i);
    int err = fdt_begin_node(fdt, name);
    err = err ?: fdt_property_string(fdt, "device_type", "cpu");
    err = err ?: fdt_property_u32(fdt, "reg", i);
    err = err ?: fdt_property_string(fdt, "status", "okay");
    err = err ?: fdt_property_string(fdt, "compatible", "riscv");
    err = err ?: fdt_property_string(fdt, "riscv,isa", virt_isa_string);
    err = err ?: fdt_property_string(fdt, "riscv,isa-base", "rv64i");
    char exts[256];
    unsigned len = 0;
    for (unsigned e = 0; e < sizeof(isa_extensions) / sizeof(isa_extensions[0]); e++)
        len += (unsigned)snprintf(exts + len, sizeof(exts) - len, "%s", isa_extensions[e]) + 1;
    err = err ?: fdt_property(fdt, "riscv,isa-extensions", exts, len);
    err = err ?: fdt_property_string(fdt, "mmu-type", "riscv,sv57");
    err = err ?: fdt_property_u32(fdt, "riscv,cbom-block-size", 64);
    err = err ?: fdt_property_u32(fdt, "riscv,cboz-block-size", 64);
    err = err ?: fdt_begin_node(fdt, "interrupt-controller");
    err = err ?: fdt_property_u32(fdt, "#address-cells", 0);
    err = err ?: fdt_property_u32(fdt, "#interrupt-cells", 1);
    err = err ?: fdt_property(fdt, "interrupt-controller", NULL, 0);
    err = err ?: fdt_property_string(fdt, "compatible", "riscv,cpu-intc");
    err = err ?: fdt_property_u32(fdt, "phandle", PHANDLE_INTC(i));
    err = err ?: fdt_end_node(fdt);
    return err ?: fdt_end_node(fdt);
}

static int add_cpus(void *fdt, const struct virt_board *b)
{
    int err = fdt_begin_node(fdt, "cpus");
    err = err ?: fdt_property_u32(fdt, "#address-cells", 1);
    err = err ?: fdt_property_u32(fdt, "#size-cells", 0);
    err = err ?: fdt_property_u32(fdt, "timebase-frequency", VIRT_TIMEBASE_HZ);
    for (unsigned i = 0; i < b->nr_harts && !err; i++)
        err = add_cpu(fdt, i);
    return err ?: fdt_end_node(fdt);
}

/* interrupts-extended pairs <&intc_h irq> for each hart. */
static int prop_irqs_extended(void *fdt, const struct virt_board *b, const unsigned *irqs,
                              unsigned per_hart)
{
    uint32_t cells[2 * 4 * VIRT_MAX_HARTS];
    unsigned n = 0;
    for (unsigned h = 0; h < b->nr_harts; h++)
        for (unsigned k = 0; k < per_hart; k++) {
            cells[n++] = PHANDLE_INTC(h);
            cells[n++] = irqs[k];
        }
    return prop_cells(fdt, "interrupts-extended", cells, n);
}

static int add_controllers(void *fdt, const struct virt_board *b)
{
    static const char clint_compat[] = "sifive,clint0\0riscv,clint0";
    static const char plic_compat[] = "sifive,plic-1.0.0\0riscv,plic0";
    static const unsigned clint_irqs[] = { IRQ_M_SOFT, IRQ_M_TIMER };
    static const unsigned plic_irqs[] = { IRQ_M_EXT, IRQ_S_EXT }; /* contexts 2h, 2h+1 */
    int err = begin_dev(fdt, VIRT_CLINT, virt_memmap[VIRT_CLINT].base);
    err = err ?: fdt_property(fdt, "compatible", clint_compat, sizeof(clint_compat));
    err = err ?: prop_irqs_extended(fdt, b, clint_irqs, 2);
    err = err ?: fdt_end_node(fdt);
    err = err ?: begin_dev(fdt, VIRT_PLIC, virt_memmap[VIRT_PLIC].base);
    err = err ?: fdt_property(fdt, "compatible", plic_compat, sizeof(plic_compat));
    err = err ?: fdt_property_u32(fdt, "#address-cells", 0);
    err = err ?: fdt_property_u32(fdt, "#interrupt-cells", 1);
    err = err ?: fdt_property(fdt, "interrupt-controller", NULL, 0);
    err = err ?: fdt_property_u32(fdt, "riscv,ndev", PLIC_NR_SOURCES - 1);
    err = err ?: prop_irqs_extended(fdt, b, plic_irqs, 2);
    err = err ?: fdt_property_u32(fdt, "phandle", PHANDLE_PLIC);
    return err ?: fdt_end_node(fdt);
}

static int add_syscon(void *fdt)
{
    static const char test_compat[] = "sifive,test1\0sifive,test0\0syscon";
    int err = begin_dev(fdt, VIRT_TEST, virt_memmap[VIRT_TEST].base);
    err = err ?: fdt_property(fdt, "compatible", test_compat, sizeof(test_compat));
    err = err ?: fdt_property_u32(fdt, "phandle", PHANDLE_TEST);
    return err ?: fdt_end_node(fdt);
}

/* syscon-poweroff/-reboot have no registers of their own, so they sit at the root, outside the
 * simple-bus (as on QEMU virt). */
static int add_power_nodes(void *fdt)
{
    static const struct {
        const char *node, *compat;
        uint32_t value;
    } acts[] = {
        { "poweroff", "syscon-poweroff", SYSCON_POWEROFF },
        { "reboot", "syscon-reboot", SYSCON_RESET },
    };
    int err = 0;
    for (unsigned i = 0; i < 2 && !err; i++) {
        err = fdt_begin_node(fdt, acts[i].node);
        err = err ?: fdt_property_string(fdt, "compatible", acts[i].compat);
        err = err ?: fdt_property_u32(fdt, "regmap", PHANDLE_TEST);
        err = err ?: fdt_property_u32(fdt, "offset", 0);
        err = err ?: fdt_property_u32(fdt, "value", acts[i].value);
        err = err ?: fdt_end_node(fdt);
    }
    return err;
}

static int add_soc(void *fdt, const struct virt_board *b)
{
    int err = fdt_begin_node(fdt, "soc");
    err = err ?: fdt_property_u32(fdt, "#address-cells", 2);
    err = err ?: fdt_property_u32(fdt, "#size-cells", 2);
    err = err ?: fdt_property_string(fdt, "compatible", "simple-bus");
    err = err ?: fdt_property(fdt, "ranges", NULL, 0);
    err = err ?: add_controllers(fdt, b);
    err = err ?: add_syscon(fdt);
    err = err ?: begin_dev(fdt, VIRT_UART0, virt_memmap[VIRT_UART0].base);
    err = err ?: fdt_property_string(fdt, "compatible", "ns16550a");
    err = err ?: fdt_property_u32(fdt, "clock-frequency", 3686400);
    err = err ?: add_irq(fdt, virt_memmap[VIRT_UART0].irq);
    err = err ?: fdt_end_node(fdt);
    err = err ?: begin_dev(fdt, VIRT_RTC, virt_memmap[VIRT_RTC].base);
    err = err ?: fdt_property_string(fdt, "compatible", "google,goldfish-rtc");
    err = err ?: add_irq(fdt, virt_memmap[VIRT_RTC].irq);
    err = err ?: fdt_end_node(fdt);
    /* Lowest address first: Linux probes virtio-mmio nodes in tree order, and devices take
     * slots lowest first (virt_virtio_free_slot), so the first --disk is /dev/vda. (QEMU lists
     * highest first because it fills its slots from the top.) */
    for (int n = 0; n < VIRT_NR_VIRTIO && !err; n++) {
        err = begin_dev(fdt, VIRT_VIRTIO, virt_memmap[VIRT_VIRTIO].base + n * VIRT_VIRTIO_STRIDE);
        err = err ?: fdt_property_string(fdt, "compatible", "virtio,mmio");
        err = err ?: add_irq(fdt, virt_memmap[VIRT_VIRTIO].irq + n);
        err = err ?: fdt_end_node(fdt);
    }
    return err ?: fdt_end_node(fdt);
}

static int add_chosen(void *fdt, const struct virt_fdt_params *p)
{
    char stdout_path[64];
    snprintf(stdout_path, sizeof(stdout_path), "/soc/serial@%llx",
             (unsigned long long)virt_memmap[VIRT_UART0].base);
    int err = fdt_begin_node(fdt, "chosen");
    if (p->bootargs && *p->bootargs)
        err = err ?: fdt_property_string(fdt, "bootargs", p->bootargs);
    err = err ?: fdt_property_string(fdt, "stdout-path", stdout_path);
    if (p->initrd_end > p->initrd_start) {
        err = err ?: fdt_property_u64(fdt, "linux,initrd-start", p->initrd_start);
        err = err ?: fdt_property_u64(fdt, "linux,initrd-end", p->initrd_end);
    }
    uint8_t seed[64]; /* entropy for the guest's RNG from boot (chosen/rng-seed) */
    if (getrandom(seed, sizeof(seed), GRND_NONBLOCK) == sizeof(seed))
        err = err ?: fdt_property(fdt, "rng-seed", seed, sizeof(seed));
    return err ?: fdt_end_node(fdt);
}

int virt_build_fdt(const struct virt_board *b, const struct virt_fdt_params *p, void *buf,
                   unsigned size, struct errbuf *eb)
{
    static const char root_compat[] = "capa,virt\0riscv-virtio";
    int err = fdt_create(buf, size);
    err = err ?: fdt_finish_reservemap(buf);
    err = err ?: fdt_begin_node(buf, "");
    err = err ?: fdt_property_u32(buf, "#address-cells", 2);
    err = err ?: fdt_property_u32(buf, "#size-cells", 2);
    err = err ?: fdt_property(buf, "compatible", root_compat, sizeof(root_compat));
    err = err ?: fdt_property_string(buf, "model", "capa virt");
    err = err ?: add_chosen(buf, p);
    err = err ?: fdt_begin_node(buf, "memory@80000000");
    err = err ?: fdt_property_string(buf, "device_type", "memory");
    err = err ?: prop_reg(buf, virt_memmap[VIRT_DRAM].base, b->ram_size);
    err = err ?: fdt_end_node(buf);
    err = err ?: add_cpus(buf, b);
    err = err ?: add_soc(buf, b);
    err = err ?: add_power_nodes(buf);
    err = err ?: fdt_end_node(buf);
    err = err ?: fdt_finish(buf);
    if (err)
        return errbuf_set(eb, -ENOSPC, "cannot build the device tree: %s", fdt_strerror(err));
    return (int)fdt_totalsize(buf);
}
