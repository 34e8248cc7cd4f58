#!/usr/bin/env python3
"""Boot tier: boot a Linux guest on capa to its shell, drive the serial console, power off.

usage: boot_test.py CAPA KERNEL INITRD CPUS [extra capa args...]

Checks: the init marker appears, `uname -m` is riscv64, the guest sees CPUS processors, a
sha256 computed in the guest matches the host's, `reboot` boots the guest again (with console
input arriving all through it), and `poweroff` makes capa exit 0.
Prints 'boot: N passed, M failed' and exits non-zero on any failure.
"""
import hashlib
import os
import select
import subprocess
import sys
import time

MARKER = b"capa-guest: init ready"
PROMPT = b"# "  # the guest shell's prompt ends so (guest/profile)
BOOT_TIMEOUT = 240  # seconds to the shell (the interpreter under ASan is slow)
CMD_TIMEOUT = 120


class Checks:
    """Counts a test's checks; a failure is printed at once, the summary by done()."""

    def __init__(self, name):
        self.name, self.passed, self.failed = name, 0, 0

    def __call__(self, what, ok, detail=""):
        if ok:
            self.passed += 1
        else:
            self.failed += 1
            print(f"\nFAIL {what}: {detail}", flush=True)

    def done(self):
        """Print 'NAME: N passed, M failed'; the exit status (1 on any failure)."""
        print(f"\n{self.name}: {self.passed} passed, {self.failed} failed", flush=True)
        return 1 if self.failed else 0


class Guest:
    def __init__(self, argv):
        self.proc = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.STDOUT, bufsize=0)
        self.buf = b""

    def read_until(self, needle, timeout):
        """Consume console output up to and including needle. Waiting for the init MARKER also
        waits for the shell's first prompt: input sent before the shell has opened the console
        tty is lost (the line discipline starts at that open)."""
        if needle == MARKER:
            out = self._read_until(MARKER, timeout)
            return out + self._read_until(PROMPT, timeout)
        return self._read_until(needle, timeout)

    def _read_until(self, needle, timeout):
        deadline = time.monotonic() + timeout
        while needle not in self.buf:
            left = deadline - time.monotonic()
            if left <= 0 or self.proc.poll() is not None and not self._drain(0):
                raise TimeoutError(f"waiting for {needle!r}; console tail:\n"
                                   + self.buf[-2000:].decode(errors="replace"))
            self._drain(min(left, 1.0))
        idx = self.buf.index(needle) + len(needle)
        out, self.buf = self.buf[:idx], self.buf[idx:]
        return out

    def _drain(self, timeout):
        r, _, _ = select.select([self.proc.stdout], [], [], timeout)
        if not r:
            return False
        data = os.read(self.proc.stdout.fileno(), 65536)
        self.buf += data
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return bool(data)

    def send(self, line):
        self.proc.stdin.write(line.encode() + b"\n")
        self.proc.stdin.flush()

    def run(self, cmd, tag):
        """Run cmd in the guest shell and return what it printed between two markers."""
        begin, end = f"<{tag}>", f"</{tag}>"
        # The markers are built by the shell so the echoed command line does not match them.
        self.send(f"echo '<'{tag}'>'; {cmd}; echo '</'{tag}'>'")
        self.read_until(begin.encode() + b"\r\n", CMD_TIMEOUT)
        out = self.read_until(end.encode(), CMD_TIMEOUT)
        return out[: -len(end)].decode(errors="replace").replace("\r", "").strip()


def main():
    capa, kernel, initrd, cpus = sys.argv[1:5]
    extra = sys.argv[5:]
    argv = [capa, "run", "--kernel", kernel, "--initrd", initrd, "--cpus", cpus,
            "--mem", "256M", "--append", "console=ttyS0 quiet", "--timeout", "600"] + extra
    check = Checks("boot")

    g = Guest(argv)
    t0 = time.monotonic()
    try:
        g.read_until(MARKER, BOOT_TIMEOUT)
        print(f"\n[boot] init marker after {time.monotonic() - t0:.1f} s", flush=True)
        time.sleep(0.5)
        arch = g.run("uname -m", "arch")
        check("uname", arch == "riscv64", arch)
        n = g.run("grep -c ^processor /proc/cpuinfo", "ncpu")
        check("cpus", n == cpus, f"guest sees {n!r}, want {cpus}")
        sha = g.run("seq 1 20000 | sha256sum", "sha")
        want = hashlib.sha256("".join(f"{i}\n" for i in range(1, 20001)).encode()).hexdigest()
        check("sha256", sha.split()[0:1] == [want], sha)
        arith = g.run("echo $((6*7))", "arith")
        check("arith", arith == "42", arith)
        # A guest reboot restarts the machine from reset: the kernel boots again.
        g.send("reboot -f")
        # Typing on while the machine is torn down and built again: the input must wait for the
        # next boot's UART (it once went into a UART whose harts were being freed).
        for _ in range(80):
            g.send(": " + "x" * 38)
            time.sleep(0.025)
        g.read_until(MARKER, BOOT_TIMEOUT)
        time.sleep(0.5)
        again = g.run("echo rebooted", "again")
        check("reboot", again == "rebooted", again)
        g.send("poweroff -f")
        status = g.proc.wait(timeout=CMD_TIMEOUT)
        g._drain(0.2)
        check("poweroff exit status", status == 0, f"capa exited {status}")
    except (TimeoutError, subprocess.TimeoutExpired, BrokenPipeError) as e:
        check("console", False, str(e))
        g.proc.kill()
        g.proc.wait()
    return check.done()


if __name__ == "__main__":
    sys.exit(main())
