#!/usr/bin/env python3
"""Boot tier: virtio-rng. Boot the project's Linux guest with `capa run --rng` and read the
device through the guest's hw_random driver.

usage: rng_test.py CAPA KERNEL INITRD [extra capa args...]

Checks: the guest's hw_random core picked the virtio-rng, 64 bytes come out of /dev/hwrng, two
reads differ, the device works again after a reboot, and `poweroff` makes capa exit 0. Prints 'rng: N passed, M failed'.
"""
import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from boot_test import BOOT_TIMEOUT, CMD_TIMEOUT, MARKER, Checks, Guest  # noqa: E402


def main():
    capa, kernel, initrd = sys.argv[1:4]
    argv = [capa, "run", "--kernel", kernel, "--initrd", initrd, "--cpus", "2", "--mem", "256M",
            "--append", "console=ttyS0 quiet", "--timeout", "600", "--rng"] + sys.argv[4:]
    check = Checks("rng")

    g = Guest(argv)
    t0 = time.monotonic()
    try:
        g.read_until(MARKER, BOOT_TIMEOUT)
        print(f"\n[rng] init marker after {time.monotonic() - t0:.1f} s", flush=True)
        time.sleep(0.5)
        cur = g.run("cat /sys/class/misc/hw_random/rng_current", "cur")
        check("rng_current", cur.startswith("virtio_rng"), cur)
        n = g.run("head -c 64 /dev/hwrng | od -An -tx1 | wc -w", "count")
        check("64 bytes from /dev/hwrng", n == "64", n)
        a = g.run("head -c 32 /dev/hwrng | od -An -tx1 | tr -d ' \\n'", "a")
        b = g.run("head -c 32 /dev/hwrng | od -An -tx1 | tr -d ' \\n'", "b")
        check("two reads differ", len(a) == 64 and len(b) == 64 and a != b, f"{a!r} {b!r}")
        # A reboot tears the device and the I/O thread down and builds them again.
        g.send("reboot -f")
        g.read_until(MARKER, BOOT_TIMEOUT)
        time.sleep(0.5)
        n = g.run("head -c 64 /dev/hwrng | od -An -tx1 | wc -w", "again")
        check("/dev/hwrng after reboot", n == "64", n)
        g.send("poweroff -f")
        status = g.proc.wait(timeout=CMD_TIMEOUT)
        g._drain(0.2)
        check("poweroff exit status", status == 0, f"capa exited {status}")
    except (TimeoutError, subprocess.TimeoutExpired) as e:
        check("console", False, str(e))
        g.proc.kill()
        g.proc.wait()
    return check.done()


if __name__ == "__main__":
    sys.exit(main())
