#!/usr/bin/env python3
"""virtio-net TCP throughput over user-mode networking: capa (libslirp) vs
qemu-system-riscv64 -M virt (its slirp), same guest.

usage: bench/net_bench.py [--runs R] [--mib N] [--json FILE]

guest->host: the host downloads N MiB from busybox httpd in the guest through a forwarded port.
host->guest: the guest wgets N MiB from an HTTP server on host loopback (10.0.2.2), timed in the
guest with /proc/uptime. Prints medians in MB/s and the capa/QEMU ratio.
"""
import argparse
import http.server
import json
import os
import socket
import socketserver
import statistics
import sys
import tempfile
import threading
import time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tests", "boot"))
from boot_test import BOOT_TIMEOUT, MARKER, Guest  # noqa: E402


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def host_server(directory):
    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *a, **k):
            super().__init__(*a, directory=directory, **k)

        def log_message(self, *a):
            pass

    srv = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    return srv


def one_run(argv, fwd_port, srv_port, mib):
    g = Guest(argv)
    try:
        g.read_until(MARKER, BOOT_TIMEOUT)
        g.run("ip link set eth0 up; ip addr add 10.0.2.15/24 dev eth0; "
              "ip route add default via 10.0.2.2; mkdir -p /www; "
              f"dd if=/dev/zero of=/www/big bs=1M count={mib} 2>/dev/null; httpd -h /www -p 80",
              "setup")
        t0 = time.monotonic()
        with urllib.request.urlopen(f"http://127.0.0.1:{fwd_port}/big", timeout=300) as r:
            n = len(r.read())
        g2h = n / (time.monotonic() - t0) / 1e6
        out = g.run("a=$(cut -d' ' -f1 /proc/uptime); "
                    f"wget -q -O /dev/null http://10.0.2.2:{srv_port}/big; "
                    "b=$(cut -d' ' -f1 /proc/uptime); echo $a $b", "h2g")
        a, b = (float(x) for x in out.split()[-2:])
        h2g = (mib << 20) / max(b - a, 0.01) / 1e6
        g.send("poweroff -f")
        g.proc.wait(timeout=60)
        return g2h, h2g
    finally:
        if g.proc.poll() is None:
            g.proc.kill()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--mib", type=int, default=32)
    ap.add_argument("--json")
    a = ap.parse_args()
    kernel = os.path.join(ROOT, "guest/out/Image")
    initrd = os.path.join(ROOT, "guest/out/initramfs.cpio.gz")
    append = "console=ttyS0 quiet"
    res = {"capa": {"g2h": [], "h2g": []}, "qemu": {"g2h": [], "h2g": []}}
    with tempfile.TemporaryDirectory() as www:
        with open(os.path.join(www, "big"), "wb") as f:
            f.write(b"\0" * (a.mib << 20))
        srv = host_server(www)
        for _ in range(a.runs):
            for name in ("capa", "qemu"):
                port = free_port()
                if name == "capa":
                    argv = [os.path.join(ROOT, "build/capa"), "run", "--kernel", kernel,
                            "--initrd", initrd, "--mem", "256M", "--append", append,
                            "--net", f"user,hostfwd=tcp::{port}-:80"]
                else:
                    argv = ["qemu-system-riscv64", "-M", "virt", "-nographic", "-m", "256M",
                            "-kernel", kernel, "-initrd", initrd, "-append", append,
                            "-netdev", f"user,id=n0,hostfwd=tcp:127.0.0.1:{port}-:80",
                            "-device", "virtio-net-device,netdev=n0"]
                g2h, h2g = one_run(argv, port, srv.server_address[1], a.mib)
                res[name]["g2h"].append(g2h)
                res[name]["h2g"].append(h2g)
        srv.shutdown()
    print(f"{'TCP over user net (MB/s)':<28}{'capa':>10}{'qemu':>10}{'capa/qemu':>11}")
    med = {}
    for key, label in (("g2h", "guest -> host"), ("h2g", "host -> guest")):
        c, q = statistics.median(res["capa"][key]), statistics.median(res["qemu"][key])
        med[key] = {"capa": c, "qemu": q}
        print(f"{label:<28}{c:>10.1f}{q:>10.1f}{c / q:>11.2f}")
    if a.json:
        with open(a.json, "w") as f:
            json.dump({"runs": res, "median": med}, f, indent=1)


if __name__ == "__main__":
    main()
