#!/usr/bin/env python3
"""Boot tier: virtio-console. Boot the project's Linux guest with `capa run --console virtio` and
drive its shell over the virtio-console (the UART is present but gets no input).

The guest kernel has CONFIG_HVC_RISCV_SBI=y, whose SBI console claims hvc0 first, so the
virtio-console port is hvc1: the command line says console=hvc1 (capa's default with
--console virtio).

usage: hvc_test.py CAPA KERNEL INITRD [extra capa args...]

Checks: the init marker appears, the shell's terminal is /dev/hvc1 and the device is a
virtio-console (ID 3), `uname -m` is riscv64,
arithmetic works, 3000 bytes typed at once arrive whole, the device works again after a
reboot, and `poweroff` makes capa exit 0. Prints 'hvc: N passed, M failed'.
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
            "--console", "virtio", "--append", "console=hvc1 quiet", "--timeout",
            "600"] + sys.argv[4:]
    check = Checks("hvc")

    g = Guest(argv)
    t0 = time.monotonic()
    try:
        g.read_until(MARKER, BOOT_TIMEOUT)
        print(f"\n[hvc] init marker after {time.monotonic() - t0:.1f} s", flush=True)
        time.sleep(0.5)
        tty = g.run("tty; cat /sys/class/tty/console/active", "tty")
        check("shell on hvc1", tty.split() == ["/dev/hvc1", "hvc1"], tty)
        ids = g.run("cat /sys/bus/virtio/devices/*/device", "ids")
        check("virtio-console present", "0x0003" in ids.split(), ids)
        arch = g.run("uname -m", "arch")
        check("uname", arch == "riscv64", arch)
        arith = g.run("echo $((6*7))", "arith")
        check("arith", arith == "42", arith)
        # 3000 bytes typed at once (30 lines: busybox's line editor caps a command line at 1 KiB).
        g.send("echo '<'long'>'; head -c 3000 | wc -c; echo '</'long'>'")
        g.proc.stdin.write(("x" * 99 + "\n").encode() * 30)
        g.proc.stdin.flush()
        g.read_until(b"<long>\r\n", CMD_TIMEOUT)
        n = g.read_until(b"</long>", CMD_TIMEOUT)[: -len("</long>")].decode().split()
        check("3000 bytes of input", n[-1:] == ["3000"], n[-3:])
        # A reboot tears the device down and builds it again (input goes to the new one).
        g.send("reboot -f")
        g.read_until(MARKER, BOOT_TIMEOUT)
        time.sleep(0.5)
        again = g.run("echo rebooted", "again")
        check("hvc0 after reboot", again == "rebooted", again)
        g.send("poweroff")
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
