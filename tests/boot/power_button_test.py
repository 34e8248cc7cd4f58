#!/usr/bin/env python3
"""Boot tier: the power button (virtio-input, KEY_POWER) and SIGTERM to `capa run`.

usage: power_button_test.py CAPA KERNEL INITRD [extra capa args...]

Checks: the guest sees the "capa power button" input device and runs acpid; after a guest
reboot (the device is rebuilt), SIGTERM to capa presses the button, the guest shuts down cleanly
(its inittab's shutdown message) and capa exits 0 within 20 s. Then, with acpid killed in the
guest (nobody reacts to the button), a second SIGTERM stops the VM hard: exit 143.
Prints 'power_button: N passed, M failed'.
"""
import os
import signal
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from boot_test import BOOT_TIMEOUT, CMD_TIMEOUT, MARKER, Checks, Guest  # noqa: E402

SHUTDOWN = b"capa-guest: shutting down"  # guest/inittab's ::shutdown: action
POWEROFF_TIMEOUT = 20


def main():
    capa, kernel, initrd = sys.argv[1:4]
    argv = [capa, "run", "--kernel", kernel, "--initrd", initrd, "--cpus", "2", "--mem", "256M",
            "--append", "console=ttyS0 quiet", "--timeout", "600"] + sys.argv[4:]
    check = Checks("power_button")

    # 1. SIGTERM -> power button -> acpid -> poweroff -> exit 0.
    g = Guest(argv)
    try:
        t0 = time.monotonic()
        g.read_until(MARKER, BOOT_TIMEOUT)
        print(f"\n[power] init marker after {time.monotonic() - t0:.1f} s", flush=True)
        time.sleep(0.5)
        dev = g.run("grep -c 'capa power button' /proc/bus/input/devices", "dev")
        check("input device", dev == "1", dev)
        keys = g.run("grep -A8 'capa power button' /proc/bus/input/devices | grep B:.KEY=",
                     "keys")
        check("KEY_POWER only", keys.endswith("KEY=10000000000000 0"), keys)
        # A reboot rebuilds the machine, the button included.
        g.send("reboot -f")
        g.read_until(MARKER, BOOT_TIMEOUT)
        time.sleep(0.5)
        acpid = g.run("pidof acpid >/dev/null && echo running", "acpid")
        check("acpid running", acpid == "running", acpid)
        t1 = time.monotonic()
        g.proc.send_signal(signal.SIGTERM)
        g.read_until(SHUTDOWN, POWEROFF_TIMEOUT)
        status = g.proc.wait(timeout=POWEROFF_TIMEOUT)
        took = time.monotonic() - t1
        g._drain(0.2)
        print(f"\n[power] SIGTERM to exit: {took:.1f} s", flush=True)
        check("SIGTERM exit status", status == 0, f"capa exited {status}")
        check("SIGTERM poweroff time", took < POWEROFF_TIMEOUT, f"{took:.1f} s")
    except (TimeoutError, subprocess.TimeoutExpired) as e:
        check("SIGTERM poweroff", False, str(e))
        g.proc.kill()
        g.proc.wait()

    # 2. Nobody handles the button: the second SIGTERM stops the VM hard (exit 143).
    g = Guest(argv)
    try:
        g.read_until(MARKER, BOOT_TIMEOUT)
        time.sleep(0.5)
        gone = g.run("killall acpid; sleep 0.2; pidof acpid || echo gone", "gone")
        check("acpid killed", gone == "gone", gone)
        g.proc.send_signal(signal.SIGTERM)
        g.read_until(b"power button pressed", CMD_TIMEOUT)
        time.sleep(1)
        check("no poweroff without acpid", g.proc.poll() is None, f"exited {g.proc.poll()}")
        g.proc.send_signal(signal.SIGTERM)
        status = g.proc.wait(timeout=POWEROFF_TIMEOUT)
        g._drain(0.2)
        check("second SIGTERM exit status", status == 143, f"capa exited {status}")
    except (TimeoutError, subprocess.TimeoutExpired) as e:
        check("second SIGTERM", False, str(e))
        g.proc.kill()
        g.proc.wait()
    return check.done()


if __name__ == "__main__":
    sys.exit(main())
