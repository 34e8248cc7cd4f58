#!/usr/bin/env python3
"""Boot the capa default guest and drive its console non-interactively.

Default: QEMU (the reference)
    guest/smoke.py --smp 4
Any other emulator whose console is on stdio (e.g. capa):
    guest/smoke.py --smp 4 -- ./build/capa --kernel guest/out/Image ...
Checks: boot marker, shell prompt, `uname -m`, `nproc`, `echo $((6*7))`,
Ctrl-C of a foreground `sleep`, then `poweroff` (or `exit`: --shutdown exit) and
that the emulator exits.
Prints the time from start to the boot marker. Exit status 0 iff all pass.
"""
import argparse
import os
import pty
import re
import select
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
MARKER = b"capa-guest: init ready"
PROMPT = re.compile(rb"capa:[^\r\n]*# (\x1b\[[0-9;]*[a-zA-Z])*$")


class Console:
    def __init__(self, argv, log):
        self.master, slave = pty.openpty()
        self.proc = subprocess.Popen(argv, stdin=slave, stdout=slave, stderr=slave, close_fds=True)
        os.close(slave)
        self.buf = b""
        self.log = log
        self.t0 = time.monotonic()

    def read(self, timeout):
        r, _, _ = select.select([self.master], [], [], timeout)
        if not r:
            return False
        try:
            data = os.read(self.master, 4096)
        except OSError:  # EIO: the emulator closed the pty (exited)
            data = b""
        if not data:
            raise EOFError
        self.buf += data
        if self.log:
            sys.stdout.write(data.decode("utf-8", "replace"))
            sys.stdout.flush()
        return True

    def expect(self, pattern, timeout):
        """Wait until pattern (bytes or regex) appears; return the text before it."""
        deadline = time.monotonic() + timeout
        while True:
            if isinstance(pattern, bytes):
                i = self.buf.find(pattern)
                m = (i, i + len(pattern)) if i >= 0 else None
            else:
                mm = pattern.search(self.buf)
                m = mm.span() if mm else None
            if m:
                before, self.buf = self.buf[: m[0]], self.buf[m[1]:]
                return before
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError(f"timeout waiting for {pattern!r}; tail: {self.buf[-300:]!r}")
            self.read(min(left, 0.5))

    def send(self, s):
        os.write(self.master, s.encode() if isinstance(s, str) else s)

    def run(self, cmd, timeout=30):
        """Run a shell command, return its output lines (without the echoed command)."""
        self.send(cmd + "\r")
        out = self.expect(PROMPT, timeout).decode("utf-8", "replace")
        lines = [l.strip() for l in out.replace("\r", "").split("\n")]
        if lines and lines[0].endswith(cmd):
            lines = lines[1:]
        return [l for l in lines if l]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--smp", type=int, default=1)
    ap.add_argument("--mem", default="256M")
    ap.add_argument("--timeout", type=float, default=300, help="seconds allowed to reach the marker")
    ap.add_argument("--kernel", default=os.path.join(HERE, "out", "Image"))
    ap.add_argument("--initrd", default=os.path.join(HERE, "out", "initramfs.cpio.gz"))
    ap.add_argument("--append", default="console=ttyS0")
    ap.add_argument("--shutdown", choices=["poweroff", "exit"], default="poweroff",
                    help="how to end the session: `poweroff`, or `exit` the shell (init then powers off)")
    ap.add_argument("-q", "--quiet", action="store_true", help="do not echo the console")
    ap.add_argument("cmd", nargs="*", help="emulator command (default: qemu-system-riscv64 -M virt ...)")
    a = ap.parse_args()
    argv = a.cmd or ["qemu-system-riscv64", "-M", "virt", "-m", a.mem, "-smp", str(a.smp), "-nographic",
                     "-kernel", a.kernel, "-initrd", a.initrd, "-append", a.append]
    print("smoke: running:", " ".join(argv), flush=True)
    c = Console(argv, not a.quiet)
    fails = []

    def check(name, got, want):
        ok = got == want
        print(f"\nsmoke: {'PASS' if ok else 'FAIL'} {name}: got {got!r}, want {want!r}", flush=True)
        if not ok:
            fails.append(name)

    try:
        c.expect(MARKER, a.timeout)
        t_marker = time.monotonic() - c.t0
        c.expect(PROMPT, 60)
        t_prompt = time.monotonic() - c.t0
        check("uname -m", c.run("uname -m"), ["riscv64"])
        check("nproc", c.run("nproc"), [str(a.smp)])
        check("echo $((6*7))", c.run("echo $((6*7))"), ["42"])
        # Ctrl-C must reach the foreground job (controlling tty + job control).
        c.send("sleep 100; echo slept\r")
        time.sleep(1.0)
        c.send(b"\x03")
        out = c.expect(PROMPT, 10)
        check("ctrl-c interrupts sleep", b"slept" not in out.replace(b"echo slept", b""), True)
        check("post ctrl-c shell alive", c.run("echo alive"), ["alive"])
        c.send(a.shutdown + "\r")
        c.expect(b"capa-guest: shutting down", 30)
        t_off = time.monotonic()
        while c.proc.poll() is None and time.monotonic() - t_off < 30:
            try:
                c.read(0.2)
            except EOFError:
                c.proc.wait(timeout=30)
        rc = c.proc.poll()
        check("emulator exited after poweroff", rc is not None, True)
        print(f"\nsmoke: smp={a.smp} boot-to-marker {t_marker:.2f}s, to-prompt {t_prompt:.2f}s, "
              f"emulator exit status {rc}", flush=True)
    except (TimeoutError, EOFError) as e:
        print(f"\nsmoke: FAIL: {type(e).__name__}: {e}", flush=True)
        fails.append(type(e).__name__)
    finally:
        if c.proc.poll() is None:
            c.proc.kill()
            c.proc.wait()
    print("smoke:", "OK" if not fails else "FAILED: " + ", ".join(fails))
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
