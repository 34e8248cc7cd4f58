#!/usr/bin/env python3
"""virtio-blk throughput: capa vs qemu-system-riscv64 -M virt, same guest, same image.

usage: bench/disk_bench.py [--runs R] [--json FILE]

Builds bench/guest/diskbench.c (static riscv64) into a small ext4 "tools" image, boots the
project guest with the tools disk and a 256 MiB test image (raw, fully allocated) on each VMM,
and runs sequential 1 MiB and random 4 KiB O_DIRECT reads and writes in the guest. Prints the
medians (MB/s for sequential, IOPS for random) and the capa/QEMU ratio.
"""
import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tests", "boot"))
from boot_test import BOOT_TIMEOUT, MARKER, Guest  # noqa: E402

TESTS = [("seqread", 256, 1 << 20), ("seqwrite", 256, 1 << 20),
         ("randread", 256, 4096), ("randwrite", 256, 4096)]


def make_images(tmp):
    exe = os.path.join(tmp, "tools", "diskbench")
    os.makedirs(os.path.dirname(exe))
    subprocess.run(["riscv64-linux-gnu-gcc", "-O2", "-static", "-o", exe,
                    os.path.join(ROOT, "bench", "guest", "diskbench.c")], check=True)
    tools = os.path.join(tmp, "tools.img")
    subprocess.run(["mkfs.ext4", "-q", "-F", "-d", os.path.join(tmp, "tools"), tools, "16M"],
                   check=True)
    test = os.path.join(tmp, "test.img")
    with open(test, "wb") as f:  # allocated, so reads hit the host file system
        f.write(b"\x5a" * (256 << 20))
    return tools, test


def run_vmm(argv):
    g = Guest(argv)
    results = {}
    try:
        g.read_until(MARKER, BOOT_TIMEOUT)
        # The tools disk is whichever one mounts (slot order differs between VMMs).
        dev = g.run("mkdir -p /t; (mount -o ro /dev/vda /t 2>/dev/null && echo /dev/vdb) || "
                    "(mount -o ro /dev/vdb /t && echo /dev/vda)", "dev")
        for mode, mib, bs in TESTS:
            out = g.run(f"/t/diskbench {dev} {mode} {mib} {bs}", mode)
            m = re.search(r"RESULT \S+ ([\d.]+) ([\d.]+)", out)
            results[mode] = (float(m.group(1)), float(m.group(2))) if m else None
        g.send("poweroff -f")
        g.proc.wait(timeout=60)
    finally:
        if g.proc.poll() is None:
            g.proc.kill()
    return results


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--json")
    a = ap.parse_args()
    kernel = os.path.join(ROOT, "guest/out/Image")
    initrd = os.path.join(ROOT, "guest/out/initramfs.cpio.gz")
    with tempfile.TemporaryDirectory() as tmp:
        tools, test = make_images(tmp)
        append = "console=ttyS0 quiet"
        vmms = {
            "capa": [os.path.join(ROOT, "build/capa"), "run", "--kernel", kernel, "--initrd",
                     initrd, "--mem", "256M", "--append", append, "--disk", tools + ",ro",
                     "--disk", test + ",direct"],  # O_DIRECT, like QEMU cache=none
            "qemu": ["qemu-system-riscv64", "-M", "virt", "-nographic", "-m", "256M", "-kernel",
                     kernel, "-initrd", initrd, "-append", append,
                     "-drive", f"file={tools},format=raw,if=none,id=t,readonly=on",
                     "-device", "virtio-blk-device,drive=t",
                     "-drive", f"file={test},format=raw,if=none,id=d,cache=none,aio=io_uring",
                     "-device", "virtio-blk-device,drive=d"],
        }
        raw = {n: {m: [] for m, _, _ in TESTS} for n in vmms}
        for _ in range(a.runs):
            for name, argv in vmms.items():
                for mode, val in run_vmm(argv).items():
                    if val:
                        raw[name][mode].append(val)
    print(f"{'test':<24}{'capa':>12}{'qemu':>12}{'capa/qemu':>11}")
    med = {}
    for mode, _, bs in TESTS:
        idx, unit = (0, "MB/s") if bs > 4096 else (1, "IOPS")
        c = statistics.median(v[idx] for v in raw["capa"][mode]) if raw["capa"][mode] else 0
        q = statistics.median(v[idx] for v in raw["qemu"][mode]) if raw["qemu"][mode] else 0
        med[mode] = {"capa": c, "qemu": q, "unit": unit}
        label = f"{mode} ({unit})"
        print(f"{label:<24}{c:>12.1f}{q:>12.1f}{(c / q if q else 0):>11.2f}")
    if a.json:
        with open(a.json, "w") as f:
            json.dump({"raw": raw, "median": med}, f, indent=1)


if __name__ == "__main__":
    main()
