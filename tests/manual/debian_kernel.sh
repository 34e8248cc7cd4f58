#!/usr/bin/env bash
# Manual check (not in CI: it downloads ~110 MB): boot an UNMODIFIED Debian riscv64 distribution
# kernel on capa with the project's busybox initramfs plus the kernel's own virtio/ext4 modules,
# and use a disk (mkfs.ext4 in the guest, host e2fsck + readback), user networking (DHCP, wget
# from host loopback) and virtio-rng, on 1 and 4 harts.
#   usage: tests/manual/debian_kernel.sh [WORKDIR]      (needs build/capa and guest/out)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=${1:-/tmp/capa-debian-kernel}
mirror=http://deb.debian.org/debian
mkdir -p "$work" && cd "$work"
if [ ! -d kx ]; then
    # The trixie riscv64 Packages index, then the newest linux-image-*-riscv64 from the pool.
    curl -fsS -o P.xz "$mirror/dists/trixie/main/binary-riscv64/Packages.xz"
    xz -dc P.xz >Packages
    deb=$(awk '/^Package: linux-image-[0-9].*-riscv64$/ {p=1} p && /^Filename:/ {print $2; exit}' Packages)
    curl -fsS -o k.deb "$mirror/$deb"
    dpkg-deb -x k.deb kx
fi
kernel=$(ls kx/boot/vmlinux-*)
mods=$(ls -d kx/usr/lib/modules/*)
# Modules in load order (dependencies first; from each module's modinfo "depends=").
order="kernel/drivers/virtio/virtio_mmio kernel/drivers/block/virtio_blk kernel/net/core/failover
kernel/drivers/net/net_failover kernel/drivers/net/virtio_net kernel/drivers/char/hw_random/virtio-rng
kernel/crypto/crc32c_generic kernel/fs/jbd2/jbd2 kernel/fs/mbcache kernel/lib/crc16 kernel/fs/ext4/ext4"
rm -rf rd && mkdir -p rd/mods && (cd rd && gzip -dc "$root/guest/out/initramfs.cpio.gz" | cpio -idm 2>/dev/null)
n=10
for m in $order; do xz -dc "$mods/$m.ko.xz" >"rd/mods/$n-$(basename "$m").ko"; n=$((n + 1)); done
(cd rd && find . | cpio -o -H newc 2>/dev/null | gzip) >initrd.gz
for cpus in 1 4; do
    python3 "$root/tests/manual/debian_virtio_check.py" "$root/build/capa" "$kernel" initrd.gz "$cpus" "$work"
done
