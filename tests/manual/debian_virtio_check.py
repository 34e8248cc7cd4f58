#!/usr/bin/env python3
"""Drive a Debian-kernel guest (see debian_kernel.sh): load the virtio modules, then use the
disk, the network and the rng. usage: CAPA KERNEL INITRD CPUS WORKDIR"""
import hashlib
import http.server
import os
import socketserver
import subprocess
import sys
import threading

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "boot"))
from boot_test import Guest, MARKER  # noqa: E402

capa, kernel, initrd, cpus, work = sys.argv[1:6]
img, www = os.path.join(work, "disk.img"), os.path.join(work, "www")
subprocess.run(["rm", "-f", img], check=True)
subprocess.run(["truncate", "-s", "64M", img], check=True)
os.makedirs(www, exist_ok=True)
data = os.urandom(300000)
with open(os.path.join(www, "f.bin"), "wb") as f:
    f.write(data)


class Handler(http.server.SimpleHTTPRequestHandler):
    def __init__(self, *a, **k):
        super().__init__(*a, directory=www, **k)

    def log_message(self, *a):
        pass


srv = socketserver.TCPServer(("127.0.0.1", 0), Handler)
threading.Thread(target=srv.serve_forever, daemon=True).start()
g = Guest([capa, "run", "--kernel", kernel, "--initrd", initrd, "--cpus", cpus, "--mem", "512M",
           "--append", "console=ttyS0 quiet", "--disk", img, "--net", "user", "--rng",
           "--timeout", "900"])
g.read_until(MARKER, 600)
ok = []
out = g.run("for m in /mods/*.ko; do insmod $m || echo FAIL $m; done; ls /dev/vda /dev/hwrng", "m")
ok.append(("modules", "FAIL" not in out and "/dev/vda" in out))
out = g.run("mkfs.ext4 -q /dev/vda && mkdir -p /mnt && mount -t ext4 /dev/vda /mnt && "
            "echo hello-debian > /mnt/hello && sync && cat /mnt/hello", "fs")
ok.append(("ext4", out.endswith("hello-debian")))
out = g.run("ip link set eth0 up; udhcpc -i eth0 -q -n -t 5 -s /usr/share/udhcpc/default.script"
            " 2>&1 | grep -c 'lease of 10.0.2.15'; ip addr add 10.0.2.15/24 dev eth0 2>/dev/null; "
            "ip route add default via 10.0.2.2 2>/dev/null; "
            f"wget -q -O /tmp/f http://10.0.2.2:{srv.server_address[1]}/f.bin && md5sum /tmp/f",
            "net")
ok.append(("dhcp+wget", hashlib.md5(data).hexdigest() in out and out.startswith("1")))
out = g.run("head -c 64 /dev/hwrng | wc -c", "rng")
ok.append(("rng", out.strip() == "64"))
g.send("umount /mnt; poweroff -f")
ok.append(("poweroff", g.proc.wait(timeout=120) == 0))
fsck = subprocess.run(["e2fsck", "-fn", img], capture_output=True).returncode
cat = subprocess.run(["debugfs", "-R", "cat /hello", img], capture_output=True, text=True).stdout
ok.append(("host e2fsck + readback", fsck == 0 and cat.strip() == "hello-debian"))
failed = [n for n, good in ok if not good]
print(f"\ndebian kernel, {cpus} cpu(s): {len(ok) - len(failed)} passed, {len(failed)} failed",
      failed or "")
sys.exit(1 if failed else 0)
