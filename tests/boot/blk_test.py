#!/usr/bin/env python3
"""Boot tier: virtio-blk. Boot the project's Linux guest with `capa run --disk` and use the disks.

usage: blk_test.py CAPA KERNEL INITRD [extra capa args...]

Run 1: a blank 64 MiB sparse image, a scratch image with a serial and a read-only image. The
guest checks the sizes, the serial (GET_ID), is refused writes to the read-only disk, formats
/dev/vda ext4 itself (e2fsprogs' static mkfs.ext4 in the initramfs, see guest/build.sh), mounts
it, writes files (4 MiB from /dev/urandom) and records their md5sums, unmounts, checks it with its
own e2fsck -fn, reads the disk with dd (throughput printed) and powers off. The host then checks
the file system with `e2fsck -fn` and reads the files back with debugfs, comparing checksums.
Run 2: the guest writes a file and syncs, and capa is SIGKILLed right after sync returned: the file
must be on the host image (journal replayed by e2fsck on a copy, as a mount would).
Prints 'blk: N passed, M failed'.
"""
import hashlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from boot_test import BOOT_TIMEOUT, CMD_TIMEOUT, MARKER, Checks, Guest  # noqa: E402

E2FS = ["/usr/sbin", "/sbin"]


def tool(name):
    path = shutil.which(name) or next((f"{d}/{name}" for d in E2FS
                                       if os.path.exists(f"{d}/{name}")), None)
    if not path:
        raise SystemExit(f"blk: {name} not found (install e2fsprogs)")
    return path


def debugfs_cat(img, path):
    r = subprocess.run([tool("debugfs"), "-R", f"cat {path}", img], capture_output=True)
    return r.stdout


def md5_of(out):
    """The first field of an md5sum line."""
    return out.split()[0] if out.split() else ""


def main():
    capa, kernel, initrd = sys.argv[1:4]
    extra = sys.argv[4:]
    check = Checks("blk")

    tmp = tempfile.mkdtemp(prefix="capa-blk-")
    img, scratch, roimg = (os.path.join(tmp, n) for n in ("disk.img", "scratch.img", "ro.img"))
    for path, size in ((img, 64 << 20), (scratch, 16 << 20), (roimg, 1 << 20)):
        with open(path, "wb") as f:
            f.truncate(size)  # sparse
    with open(roimg, "r+b") as f:
        f.write(b"read-only-pattern!" * 10)
    base = [capa, "run", "--kernel", kernel, "--initrd", initrd, "--cpus", "2", "--mem", "256M",
            "--append", "console=ttyS0 quiet", "--timeout", "600"] + extra
    argv = base + ["--disk", img, "--disk", scratch + ",serial=scratch-0123456789",
                   "--disk", roimg + ",ro"]
    g = Guest(argv)
    t0 = time.monotonic()
    sums = {}
    try:
        g.read_until(MARKER, BOOT_TIMEOUT)
        print(f"\n[blk] init marker after {time.monotonic() - t0:.1f} s", flush=True)
        time.sleep(0.5)
        size = g.run("cat /sys/block/vda/size", "size")
        check("vda size", size == str(64 << 11), size)
        serial = g.run("cat /sys/block/vdb/serial", "serial")
        check("vdb serial (GET_ID)", serial == "scratch-0123456789", serial)
        serial = g.run("cat /sys/block/vda/serial", "serial0")
        check("vda default serial", serial == "disk.img", serial)
        ro = g.run("cat /sys/block/vdc/ro", "ro")
        check("vdc read-only", ro == "1", ro)
        head = g.run("head -c 18 /dev/vdc", "rohead")
        check("read vdc", head == "read-only-pattern!", head)
        rc = g.run("dd if=/dev/zero of=/dev/vdc bs=512 count=1 2>/dev/null; echo rc=$?", "rowr")
        check("write to ro disk refused", rc.endswith("rc=1"), rc)
        mkfs = g.run("a=$(cut -d' ' -f1 /proc/uptime); mkfs.ext4 -q /dev/vda && "
                     "echo \"formatted $a $(cut -d' ' -f1 /proc/uptime)\"", "mkfs")
        check("mkfs.ext4 in the guest", mkfs.startswith("formatted"), mkfs)
        try:
            a, b = (float(x) for x in mkfs.split()[1:3])
            print(f"\n[blk] guest mkfs.ext4 of 64 MiB: {b - a:.2f} s", flush=True)
        except ValueError:
            pass
        out = g.run("mkdir -p /mnt && mount -t ext4 /dev/vda /mnt && echo mounted", "mount")
        check("mount ext4", out.endswith("mounted"), out)
        g.run("echo hello-capa > /mnt/hello.txt; mkdir /mnt/dir; seq 1 50000 > /mnt/dir/seq.txt",
              "write")
        g.run("dd if=/dev/urandom of=/mnt/rand.bin bs=1M count=4 2>/dev/null", "rand")
        for name in ("/hello.txt", "/dir/seq.txt", "/rand.bin"):
            sums[name] = md5_of(g.run(f"md5sum /mnt{name}", "md5"))
        out = g.run("sync && umount /mnt && echo unmounted", "umount")
        check("umount", out.endswith("unmounted"), out)
        out = g.run("e2fsck -fn /dev/vda >/dev/null 2>&1; echo rc=$?", "fsck")
        check("guest e2fsck -fn /dev/vda clean", out.endswith("rc=0"), out)
        # busybox dd prints no rate: time it with /proc/uptime (10 ms resolution).
        dd = g.run("echo 3 > /proc/sys/vm/drop_caches; a=$(cut -d' ' -f1 /proc/uptime); "
                   "dd if=/dev/vda of=/dev/null bs=1M count=64 2>&1 | tail -1; "
                   "b=$(cut -d' ' -f1 /proc/uptime); echo \"$a $b\"", "dd")
        lines = dd.splitlines()
        check("dd read", len(lines) == 2 and lines[0].startswith("64+0"), dd)
        try:
            a, b = (float(x) for x in lines[-1].split())
            print(f"\n[blk] guest dd read: 64 MiB in {b - a:.2f} s "
                  f"({64 / max(b - a, 0.01):.0f} MiB/s)", flush=True)
        except ValueError:
            pass
        g.send("poweroff -f")
        status = g.proc.wait(timeout=CMD_TIMEOUT)
        g._drain(0.2)
        check("poweroff exit status", status == 0, f"capa exited {status}")
    except (TimeoutError, subprocess.TimeoutExpired) as e:
        check("console", False, str(e))
        g.proc.kill()
        g.proc.wait()

    r = subprocess.run([tool("e2fsck"), "-fn", img], capture_output=True, text=True)
    check("e2fsck -fn disk.img clean", r.returncode == 0, r.stdout + r.stderr)
    for name, want in sums.items():
        got = hashlib.md5(debugfs_cat(img, name)).hexdigest()
        check(f"host md5 {name}", got == want, f"{got} != {want}")

    # Run 2: SIGKILL right after the guest's sync returned.
    g = Guest(base + ["--disk", img])
    want = None
    try:
        g.read_until(MARKER, BOOT_TIMEOUT)
        time.sleep(0.5)
        g.run("mkdir -p /mnt && mount -t ext4 /dev/vda /mnt", "mount2")
        g.run("dd if=/dev/urandom of=/mnt/crash.bin bs=64k count=40 2>/dev/null", "crash")
        want = md5_of(g.run("md5sum /mnt/crash.bin", "md5c"))
        g.run("sync", "sync")
        g.proc.send_signal(signal.SIGKILL)
        g.proc.wait(timeout=CMD_TIMEOUT)
    except (TimeoutError, subprocess.TimeoutExpired) as e:
        check("console (run 2)", False, str(e))
        g.proc.kill()
        g.proc.wait()
    # A mount would replay the journal: do that on a copy, then read the file.
    copy = img + ".copy"
    shutil.copyfile(img, copy)
    r = subprocess.run([tool("e2fsck"), "-fy", copy], capture_output=True, text=True)
    check("e2fsck after SIGKILL", r.returncode in (0, 1), r.stdout + r.stderr)
    r = subprocess.run([tool("e2fsck"), "-fn", copy], capture_output=True, text=True)
    check("clean after journal replay", r.returncode == 0, r.stdout + r.stderr)
    got = hashlib.md5(debugfs_cat(copy, "/crash.bin")).hexdigest()
    check("synced data survived SIGKILL", want is not None and got == want, f"{got} != {want}")
    shutil.rmtree(tmp, ignore_errors=True)
    return check.done()


if __name__ == "__main__":
    sys.exit(main())
