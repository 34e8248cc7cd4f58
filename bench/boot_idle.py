#!/usr/bin/env python3
"""Boot-to-shell time and idle host CPU of a booted guest: capa vs qemu-system-riscv64 -M virt.

usage: bench/boot_idle.py [--kernel K] [--initrd I] [--cpus N] [--runs R] [--json FILE]

Both VMMs boot the same kernel and initramfs with the same memory and vCPU count (QEMU with its
default OpenSBI firmware, TCG). Time to the guest's init marker is measured from process start;
idle CPU is the VMM's user+system CPU time over IDLE_SECONDS after the shell is up, as a
percentage of one host core. Runs alternate between the two. Prints medians.
"""
import argparse
import json
import os
import select
import statistics
import subprocess
import sys
import time

MARKER = b"capa-guest: init ready"
IDLE_SETTLE, IDLE_SECONDS = 30.0, 10.0  # the kernel keeps initialising after /init starts
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def cpu_seconds(pid):
    """user + system CPU seconds of pid and its threads, from /proc/PID/stat."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    ticks = os.sysconf("SC_CLK_TCK")
    return (int(fields[11]) + int(fields[12])) / ticks


def one_run(argv):
    t0 = time.monotonic()
    p = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                         stderr=subprocess.STDOUT, bufsize=0)
    buf = b""
    try:
        while MARKER not in buf:
            if time.monotonic() - t0 > 600 or p.poll() is not None:
                raise RuntimeError("no init marker: " + buf[-500:].decode(errors="replace"))
            r, _, _ = select.select([p.stdout], [], [], 1.0)
            if r:
                buf += os.read(p.stdout.fileno(), 65536)
        boot = time.monotonic() - t0
        time.sleep(IDLE_SETTLE)
        c0 = cpu_seconds(p.pid)
        time.sleep(IDLE_SECONDS)
        idle = (cpu_seconds(p.pid) - c0) / IDLE_SECONDS * 100
        p.stdin.write(b"poweroff -f\n")
        p.stdin.flush()
        p.wait(timeout=60)
        return boot, idle
    finally:
        if p.poll() is None:
            p.kill()
            p.wait()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--kernel", default=os.path.join(ROOT, "guest/out/Image"))
    ap.add_argument("--initrd", default=os.path.join(ROOT, "guest/out/initramfs.cpio.gz"))
    ap.add_argument("--capa", default=os.path.join(ROOT, "build/capa"))
    ap.add_argument("--cpus", type=int, default=1)
    ap.add_argument("--mem", default="256M")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--json")
    a = ap.parse_args()
    append = "console=ttyS0 quiet"
    vmms = {
        "capa": [a.capa, "run", "--kernel", a.kernel, "--initrd", a.initrd, "--cpus",
                 str(a.cpus), "--mem", a.mem, "--append", append],
        "qemu": ["qemu-system-riscv64", "-M", "virt", "-nographic", "-m", a.mem, "-smp",
                 str(a.cpus), "-kernel", a.kernel, "-initrd", a.initrd, "-append", append],
    }
    results = {name: {"boot_s": [], "idle_cpu_pct": []} for name in vmms}
    for _ in range(a.runs):
        for name, argv in vmms.items():
            boot, idle = one_run(argv)
            results[name]["boot_s"].append(boot)
            results[name]["idle_cpu_pct"].append(idle)
            print(f"{name}: boot {boot:.2f} s, idle {idle:.2f}% of a core", file=sys.stderr)
    med = {n: {k: statistics.median(v) for k, v in r.items()} for n, r in results.items()}
    print(f"{'metric':<28}{'capa':>10}{'qemu':>10}{'capa/qemu':>11}")
    for key, label in (("boot_s", "time to /init marker (s)"),
                       ("idle_cpu_pct", "idle host CPU (% core)")):
        c, q = med["capa"][key], med["qemu"][key]
        print(f"{label:<28}{c:>10.2f}{q:>10.2f}{(c / q if q else float('inf')):>11.2f}")
    if a.json:
        with open(a.json, "w") as f:
            json.dump({"cpus": a.cpus, "mem": a.mem, "runs": results, "median": med}, f, indent=1)


if __name__ == "__main__":
    main()
