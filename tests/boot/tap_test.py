#!/usr/bin/env python3
"""Boot tier: virtio-net on a host tap device, inside a private network namespace.

usage: tap_test.py CAPA KERNEL INITRD [extra capa args...]

Needs root (or CAP_NET_ADMIN and user namespaces) and unshare(1); otherwise it prints SKIP and
exits 77. The test re-runs itself under `unshare -n`, so the tap, its address and every packet
stay in a namespace of its own that has no other interface: nothing reaches a real network.
There it creates tap0 (10.0.3.1/24) and runs a python3 http.server on it; the guest
(`capa run --net tap=tap0,mac=52:54:00:aa:bb:cc`, 10.0.3.15 set by hand) downloads a file with
wget and its md5sum is checked; a `nc -l` in the guest and a host client exchange a line.
Prints 'tap: N passed, M failed'.
"""
import functools
import hashlib
import http.server
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from boot_test import BOOT_TIMEOUT, CMD_TIMEOUT, MARKER, Checks, Guest  # noqa: E402

SKIP = 77
MAC = "52:54:00:aa:bb:cc"


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def in_namespace():
    capa, kernel, initrd = sys.argv[1:4]
    for cmd in (["ip", "link", "set", "lo", "up"],
                ["ip", "tuntap", "add", "dev", "tap0", "mode", "tap"],
                ["ip", "addr", "add", "10.0.3.1/24", "dev", "tap0"],
                ["ip", "link", "set", "tap0", "up"]):
        if subprocess.run(cmd).returncode:
            print(f"SKIP: {' '.join(cmd)} failed", flush=True)
            return SKIP
    check = Checks("tap")

    tmp = tempfile.TemporaryDirectory()
    data = os.urandom(256 << 10)
    with open(os.path.join(tmp.name, "file"), "wb") as f:
        f.write(data)
    httpd = http.server.ThreadingHTTPServer(
        ("10.0.3.1", 0), functools.partial(Quiet, directory=tmp.name))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    port = httpd.server_address[1]
    argv = [capa, "run", "--kernel", kernel, "--initrd", initrd, "--mem", "256M",
            "--append", "console=ttyS0 quiet", "--timeout", "600",
            "--net", f"tap=tap0,mac={MAC}"] + sys.argv[4:]
    g = Guest(argv)
    try:
        g.read_until(MARKER, BOOT_TIMEOUT)
        time.sleep(0.5)
        mac = g.run("cat /sys/class/net/eth0/address", "mac")
        check("mac", mac == MAC, mac)
        g.run("ip addr add 10.0.3.15/24 dev eth0; ip link set eth0 up", "cfg")
        got = g.run(f"wget -q -O /tmp/file http://10.0.3.1:{port}/file && md5sum /tmp/file",
                    "wget")
        want = hashlib.md5(data).hexdigest()
        check("wget md5", got.split()[0:1] == [want], f"{got!r}, want {want}")
        g.send("echo guest-hello | nc -l -p 2222 > /tmp/from-host &")
        time.sleep(1.0)
        line = b""
        for _ in range(20):
            try:
                with socket.create_connection(("10.0.3.15", 2222), timeout=10) as c:
                    c.sendall(b"host-hello\n")
                    c.shutdown(socket.SHUT_WR)
                    c.settimeout(20)
                    while not line.endswith(b"\n"):
                        chunk = c.recv(100)
                        if not chunk:
                            break
                        line += chunk
                if line:
                    break
            except OSError:
                pass
            time.sleep(0.5)
        check("tap host<-guest", line == b"guest-hello\n", repr(line))
        got = g.run("wait; cat /tmp/from-host", "fromhost")
        check("tap guest<-host", got.endswith("host-hello"), repr(got))
        g.send("poweroff -f")
        status = g.proc.wait(timeout=CMD_TIMEOUT)
        g._drain(0.2)
        check("poweroff exit status", status == 0, f"capa exited {status}")
    except (TimeoutError, subprocess.TimeoutExpired) as e:
        check("console", False, str(e))
        g.proc.kill()
        g.proc.wait()
    httpd.shutdown()
    return check.done()


def main():
    if os.environ.get("CAPA_TAP_NETNS") == "1":
        return in_namespace()
    unshare = shutil.which("unshare")
    if not unshare or not shutil.which("ip") or not os.path.exists("/dev/net/tun"):
        print("SKIP: needs unshare(1), ip(8) and /dev/net/tun", flush=True)
        return SKIP
    env = dict(os.environ, CAPA_TAP_NETNS="1")
    probe = subprocess.run([unshare, "-n", "true"], capture_output=True)
    if probe.returncode:
        print("SKIP: cannot create a network namespace (needs root)", flush=True)
        return SKIP
    return subprocess.run([unshare, "-n", sys.executable, os.path.abspath(__file__)]
                          + sys.argv[1:], env=env).returncode


if __name__ == "__main__":
    sys.exit(main())
