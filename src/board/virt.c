/* The virt board: memory map, device creation and interrupt wiring. */
#include "board/virt.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "cpu/riscv.h"

/* QEMU virt addresses and PLIC sources (hw/riscv/virt.c memory map, as documented for the
 * machine), so distribution kernels and firmware find devices where they expect them. */
const struct virt_memmap_entry virt_memmap[VIRT_NR_REGIONS] = {
    [VIRT_TEST] = { "test", 0x00100000, 0x1000, 0 },
    [VIRT_RTC] = { "rtc", 0x00101000, 0x1000, 11 },
    [VIRT_CLINT] = { "clint", 0x02000000, ACLINT_SIZE, 0 },
    [VIRT_PLIC] = { "plic", 0x0c000000, PLIC_SIZE, 0 },
    [VIRT_UART0] = { "serial", 0x10000000, UART_SIZE, 10 },
    [VIRT_VIRTIO] = { "virtio_mmio", 0x10001000, VIRT_NR_VIRTIO *VIRT_VIRTIO_STRIDE, 1 },
    [VIRT_DRAM] = { "memory", 0x80000000, 0, 0 },
};

/* Interrupt line into a hart: n = hartid << 8 | mip bit number. */
static void hart_irq_sink(void *opaque, unsigned n, bool level)
{
    struct virt_board *b = opaque;
    unsigned hartid = n >> 8;
    hart_set_pending(b->harts[hartid], 1ull << (n & 0xff), level);
    if (b->wake)
        b->wake(b->wake_opaque, hartid);
}

static struct irq_line hart_line(struct virt_board *b, unsigned hartid, unsigned irq)
{
    return (struct irq_line){ hart_irq_sink, b, hartid << 8 | irq };
}

static struct irq_line plic_line(struct virt_board *b, unsigned src)
{
    return (struct irq_line){ plic_set_irq, &b->plic, src };
}

static int map_devices(struct virt_board *b)
{
    const struct virt_memmap_entry *m = virt_memmap;
    int err = 0;
    err |= bus_map_mmio(&b->bus, "test", m[VIRT_TEST].base, m[VIRT_TEST].size, &syscon_mmio_ops,
                        &b->syscon);
    err |= bus_map_mmio(&b->bus, "rtc", m[VIRT_RTC].base, m[VIRT_RTC].size, &rtc_mmio_ops, &b->rtc);
    err |= bus_map_mmio(&b->bus, "clint", m[VIRT_CLINT].base, m[VIRT_CLINT].size, &aclint_mmio_ops,
                        &b->aclint);
    err |= bus_map_mmio(&b->bus, "plic", m[VIRT_PLIC].base, m[VIRT_PLIC].size, &plic_mmio_ops,
                        &b->plic);
    err |= bus_map_mmio(&b->bus, "uart0", m[VIRT_UART0].base, m[VIRT_UART0].size, &uart_mmio_ops,
                        &b->uart);
    for (unsigned n = 0; n < VIRT_NR_VIRTIO; n++)
        err |= bus_map_mmio(&b->bus, "virtio-mmio", m[VIRT_VIRTIO].base + n * VIRT_VIRTIO_STRIDE,
                            VIRT_VIRTIO_STRIDE, &virtio_mmio_ops, &b->virtio[n]);
    err |= bus_map_ram(&b->bus, "ram", m[VIRT_DRAM].base, b->ram_size, b->ram);
    return err ? -EEXIST : 0;
}

static void wire(struct virt_board *b)
{
    for (unsigned i = 0; i < b->nr_harts; i++) {
        b->plic.out[2 * i] = hart_line(b, i, IRQ_M_EXT);
        b->plic.out[2 * i + 1] = hart_line(b, i, IRQ_S_EXT);
        b->aclint.mtip[i] = hart_line(b, i, IRQ_M_TIMER);
        b->aclint.msip_out[i] = hart_line(b, i, IRQ_M_SOFT);
    }
    b->uart.irq = plic_line(b, virt_memmap[VIRT_UART0].irq);
    b->rtc.irq = plic_line(b, virt_memmap[VIRT_RTC].irq);
    for (unsigned n = 0; n < VIRT_NR_VIRTIO; n++)
        virtio_mmio_init(&b->virtio[n], &b->bus, plic_line(b, virt_memmap[VIRT_VIRTIO].irq + n));
}

struct virtio_mmio *virt_virtio_free_slot(struct virt_board *b)
{
    for (unsigned n = 0; n < VIRT_NR_VIRTIO; n++)
        if (!b->virtio[n].ops)
            return &b->virtio[n];
    return NULL;
}

int virt_create(struct virt_board *b, unsigned nr_harts, uint64_t ram_size,
                uint64_t (*time_fn)(void *), void *time_opaque, struct errbuf *eb)
{
    memset(b, 0, sizeof(*b));
    if (nr_harts < 1 || nr_harts > VIRT_MAX_HARTS)
        return errbuf_set(eb, -EINVAL, "--cpus must be between 1 and %d", VIRT_MAX_HARTS);
    /* RAM ends below 2^40 here; at least 16 MiB so a kernel has room. */
    if (ram_size < (16ull << 20) || ram_size > (512ull << 30) || (ram_size & 0xfff))
        return errbuf_set(eb, -EINVAL, "--mem must be between 16M and 512G, in whole pages");
    b->nr_harts = nr_harts;
    b->ram_size = ram_size;
    b->time_fn = time_fn;
    b->time_opaque = time_opaque;
    /* Lazily backed: untouched guest pages cost the host nothing (overcommit). */
    b->ram = mmap(NULL, ram_size, PROT_READ | PROT_WRITE,
                  MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (b->ram == MAP_FAILED) {
        b->ram = NULL;
        return errbuf_set(eb, -ENOMEM, "cannot reserve %llu MiB of guest RAM",
                          (unsigned long long)(ram_size >> 20));
    }
    bus_init(&b->bus);
    plic_init(&b->plic, 2 * nr_harts);
    aclint_init(&b->aclint, nr_harts, time_fn, time_opaque);
    uart_init(&b->uart);
    rtc_init(&b->rtc);
    int err = map_devices(b);
    if (err) {
        virt_destroy(b);
        return errbuf_set(eb, err, "internal error: overlapping memory map");
    }
    for (unsigned i = 0; i < nr_harts; i++) {
        b->harts[i] = aligned_alloc(64, (sizeof(struct hart) + 63) & ~(size_t)63);
        if (!b->harts[i]) {
            virt_destroy(b);
            return errbuf_set(eb, -ENOMEM, "out of memory");
        }
        hart_init(b->harts[i], &b->bus, i, virt_memmap[VIRT_DRAM].base);
        b->harts[i]->time_fn = time_fn;
        b->harts[i]->time_opaque = time_opaque;
    }
    wire(b);
    return 0;
}

void virt_destroy(struct virt_board *b)
{
    for (unsigned n = 0; n < VIRT_NR_VIRTIO; n++)
        virtio_mmio_fini(&b->virtio[n]); /* destroys the attached device models */
    for (unsigned i = 0; i < VIRT_MAX_HARTS; i++) {
        if (b->harts[i])
            hart_fini(b->harts[i]);
        free(b->harts[i]);
        b->harts[i] = NULL;
    }
    rtc_fini(&b->rtc);
    uart_fini(&b->uart);
    plic_fini(&b->plic);
    if (b->ram)
        munmap(b->ram, b->ram_size);
    b->ram = NULL;
}
