#!/usr/bin/env python3
"""capa vs qemu-system-riscv64 -M virt (TCG): boot time, guest CPU workloads, host cost.

usage: bench/compare.py [--capa build/capa] [--qemu qemu-system-riscv64]
                        [--kernel guest/out/Image] [--initrd guest/out/initramfs.cpio.gz]
                        [--cpus 1] [--mem 256] [--runs 3] [--json FILE] [--only boot,sha256,...]
                        [--idle-seconds 10] [--vmm capa,qemu | --capa-only | --qemu-only]

Both machines boot the same kernel and initramfs (the project guest, which carries
/usr/bin/capa-bench from bench/guest/capabench.c) with the same memory, vCPU count and kernel
command line; QEMU runs its default OpenSBI (-bios default) and no NIC. Runs alternate
(capa, qemu, capa, qemu, ...). Each run measures:

  boot    wall time from starting the VMM process to the guest's "capa-guest: init ready"
  sha256  dd if=/dev/zero bs=1M count=64 | sha256sum          (timed inside the guest)
  gzip    gzip -c of a 32 MiB generated text file in tmpfs | wc -c
  shell   a busybox ash arithmetic loop
  int     capa-bench int   (sort, sha256/crc32, a bytecode interpreter, 64-bit mul/div)
  fp      capa-bench fp    (n-body and matrix multiply in double, Mandelbrot in float)
  idle    host CPU of the VMM process while the booted guest idles, % of one core
and, for the whole VMM process (boot + workloads + idle + poweroff), its host CPU seconds
(user + system) and peak RSS from wait4(). Workloads are timed by `capa-bench time`
(CLOCK_MONOTONIC in the guest around fork/exec/wait), never over the serial line, and each
one's output is checked (known digest, or identical on every run and machine).

Prints a table of medians with the capa/QEMU ratio and the targets (time to /init at most
1.5x QEMU, each workload at most 3x), and writes every run to a JSON file.
"""
import argparse
import datetime
import hashlib
import json
import os
import re
import select
import signal
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MARKER = b"capa-guest: init ready"
PROMPT = b"# "  # the guest shell's prompt ends so (guest/profile)
DEFAULT_APPEND = "console=ttyS0"  # capa run's default (src/cli/cmd_run.c)
BOOT_TIMEOUT = 300.0
CMD_TIMEOUT = 1200.0
IDLE_AFTER_BOOT = 30.0  # the kernel keeps initialising for a while after /init starts

SHELL_N = 40000
SHA_ZERO_64M = hashlib.sha256(bytes(64 << 20)).hexdigest()
GZ_FILE, GZ_MIB = "/tmp/capa-bench.txt", 32

# name -> (label, preparation (untimed), command timed in the guest, expected output or None)
# Commands run under `capa-bench time sh -c '...'` unless they start with capa-bench.
WORKLOADS = {
    "sha256": ("sha256 of 64 MiB zeros (s)", None,
               "dd if=/dev/zero bs=1M count=64 2>/dev/null | sha256sum", SHA_ZERO_64M + "  -"),
    "gzip": ("gzip -6 of 32 MiB text (s)", f"capa-bench gen {GZ_FILE} {GZ_MIB}",
             f"gzip -c {GZ_FILE} | wc -c", None),
    "shell": (f"ash arithmetic loop {SHELL_N // 1000}k (s)", None,
              f"i=0; s=0; while [ $i -lt {SHELL_N} ]; do s=$((s+i*i%7)); i=$((i+1)); done; "
              "echo $s", str(sum(i * i % 7 for i in range(SHELL_N)))),
    "int": ("capa-bench int (s)", None, "capa-bench int", None),
    "fp": ("capa-bench fp (s)", None, "capa-bench fp", None),
}
METRICS = ["boot"] + list(WORKLOADS) + ["idle"]
TIME_RE = re.compile(r"capa-bench: time (\d+) status (\d+) cpu_us (\d+)")


class VM:
    """One VMM process with its serial console on a pipe; reaped with wait4 for its rusage."""

    def __init__(self, argv, log_path):
        self.log = open(log_path, "wb")
        self.t0 = time.monotonic()
        self.proc = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.STDOUT, bufsize=0,
                                     start_new_session=True)
        self.buf = b""
        self.status = self.rusage = None

    def poll(self):
        """True once the process has exited (reaped here, keeping its rusage)."""
        if self.status is None:
            pid, status, ru = os.wait4(self.proc.pid, os.WNOHANG)
            if pid:
                self.status, self.rusage = status, ru
                self.proc.returncode = os.waitstatus_to_exitcode(status)
        return self.status is not None

    def wait(self, timeout):
        deadline = time.monotonic() + timeout
        while not self.poll():
            if time.monotonic() > deadline:
                return False
            self._drain(0.1)
        self._drain(0)
        return True

    def kill(self):
        if not self.poll():
            try:
                os.killpg(self.proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            pid, status, ru = os.wait4(self.proc.pid, 0)
            self.status, self.rusage = status, ru
            self.proc.returncode = os.waitstatus_to_exitcode(status)

    def close(self):
        self.kill()
        self.log.close()

    def tail(self, n=15):
        text = self.buf[-4000:].decode(errors="replace").replace("\r", "")
        return "\n".join(text.splitlines()[-n:])

    def _drain(self, timeout):
        r, _, _ = select.select([self.proc.stdout], [], [], timeout)
        if not r:
            return False
        data = os.read(self.proc.stdout.fileno(), 65536)
        self.buf += data
        self.log.write(data)
        return bool(data)

    def read_until(self, needle, timeout):
        """Consume console output up to and including needle; return it."""
        deadline = time.monotonic() + timeout
        while needle not in self.buf:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError(f"no {needle.decode()!r} after {timeout:.0f} s")
            if self.poll() and not self._drain(0):
                raise RuntimeError(f"VMM exited ({self.proc.returncode}) waiting for "
                                   f"{needle.decode()!r}")
            self._drain(min(left, 0.5))
        i = self.buf.index(needle) + len(needle)
        out, self.buf = self.buf[:i], self.buf[i:]
        return out

    def send(self, line):
        self.proc.stdin.write(line.encode() + b"\n")
        self.proc.stdin.flush()

    def run(self, cmd, tag, timeout=CMD_TIMEOUT):
        """Run cmd in the guest shell; return what it printed (between shell-built markers,
        so the echoed command line never matches them)."""
        self.send(f"echo '<'{tag}'>'; {cmd}; echo '</'{tag}'>'")
        self.read_until(f"<{tag}>\r\n".encode(), 60)
        out = self.read_until(f"</{tag}>".encode(), timeout)
        return out[: -len(tag) - 3].decode(errors="replace").replace("\r", "").strip()

    def cpu_seconds(self):
        """user + system CPU seconds of the VMM so far (all threads), from /proc/PID/stat."""
        with open(f"/proc/{self.proc.pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def vmm_argv(name, a):
    if name == "capa":
        return [a.capa, "run", "--kernel", a.kernel, "--initrd", a.initrd, "--mem",
                f"{a.mem}M", "--cpus", str(a.cpus), "--append", a.append] + a.capa_arg
    return [a.qemu, "-M", "virt", "-nographic", "-m", f"{a.mem}M", "-smp", str(a.cpus),
            "-bios", "default", "-nic", "none", "-kernel", a.kernel, "-initrd", a.initrd,
            "-append", a.append]


def guest_time(vm, name, cmd):
    """Time cmd inside the guest with capa-bench time; return (seconds, guest cpu s, output)."""
    if cmd.startswith("capa-bench "):
        timed = "capa-bench time " + cmd
    else:
        timed = "capa-bench time sh -c '" + cmd + "'"
    out = vm.run(timed, name)
    m = TIME_RE.search(out)
    if not m:
        raise RuntimeError(f"{name}: no timing line in guest output: {out[-500:]!r}")
    if int(m.group(2)) != 0:
        raise RuntimeError(f"{name}: exit status {m.group(2)}: {out[-500:]!r}")
    lines = out[: m.start()].strip().splitlines()
    result = "\n".join(ln for ln in lines if not ln.startswith("parts: "))
    parts = " ".join(ln[7:] for ln in lines if ln.startswith("parts: "))
    return int(m.group(1)) / 1e9, int(m.group(3)) / 1e6, result, parts


def one_run(name, idx, a, logdir):
    r = {"vmm": name, "run": idx, "ok": False, "error": None, "workloads": {}}
    vm = VM(vmm_argv(name, a), os.path.join(logdir, f"{name}-{idx}.log"))
    try:
        vm.read_until(MARKER, BOOT_TIMEOUT)
        t_marker = time.monotonic()
        r["boot_s"] = t_marker - vm.t0
        print(f"  {name} #{idx}: /init after {r['boot_s']:.2f} s", file=sys.stderr, flush=True)
        # Input sent before the shell has opened the console tty is lost: wait for its prompt.
        vm.read_until(PROMPT, BOOT_TIMEOUT)
        time.sleep(0.5)
        vm.run("echo ok", "sync", 60)
        for w in a.only:
            if w not in WORKLOADS:
                continue
            _, prep, cmd, _ = WORKLOADS[w]
            if prep:
                vm.run(prep, "prep", CMD_TIMEOUT)
            c0, h0 = vm.cpu_seconds(), time.monotonic()
            secs, gcpu, out, parts = guest_time(vm, w, cmd)
            r["workloads"][w] = {"s": secs, "guest_cpu_s": gcpu,
                                 "host_cpu_s": vm.cpu_seconds() - c0,
                                 "host_wall_s": time.monotonic() - h0, "output": out}
            if parts:
                r["workloads"][w]["parts"] = parts
            print(f"  {name} #{idx}: {w} {secs:.2f} s  [{out.splitlines()[-1] if out else ''}]"
                  + (f" [{parts}]" if parts else ""), file=sys.stderr, flush=True)
        vm.run(f"rm -f {GZ_FILE}", "cleanup", 60)
        if "idle" in a.only:
            settle = max(a.idle_settle, IDLE_AFTER_BOOT - (time.monotonic() - t_marker))
            time.sleep(settle)
            c0, t0 = vm.cpu_seconds(), time.monotonic()
            time.sleep(a.idle_seconds)
            r["idle_cpu_pct"] = (vm.cpu_seconds() - c0) / (time.monotonic() - t0) * 100
            print(f"  {name} #{idx}: idle {r['idle_cpu_pct']:.2f}% of a core", file=sys.stderr,
                  flush=True)
        vm.send("poweroff")
        if not vm.wait(120):
            raise TimeoutError("no exit within 120 s of poweroff")
        r["exit_status"] = vm.proc.returncode
        r["ok"] = True
    except Exception as e:  # record, kill, go on with the next run
        r["error"] = f"{type(e).__name__}: {e}"
        r["console_tail"] = vm.tail()
        print(f"  {name} #{idx}: FAILED: {r['error']}\n    console tail:\n    "
              + r["console_tail"].replace("\n", "\n    "), file=sys.stderr, flush=True)
    finally:
        vm.close()
        r["wall_s"] = time.monotonic() - vm.t0
        if vm.rusage:
            ru = vm.rusage
            r["host_cpu_s"] = ru.ru_utime + ru.ru_stime
            r["peak_rss_mib"] = ru.ru_maxrss / 1024
    return r


def check_outputs(runs):
    """Mark each workload's output: the expected one where known, else identical everywhere."""
    problems = []
    for w, (_, _, _, want) in WORKLOADS.items():
        outs = {}
        for r in runs:
            if w in r["workloads"]:
                outs.setdefault(r["workloads"][w]["output"], []).append(f"{r['vmm']}#{r['run']}")
        if want is not None and any(o != want for o in outs):
            problems.append(f"{w}: expected {want!r}, got {outs}")
        elif len(outs) > 1:
            problems.append(f"{w}: outputs differ between runs: {outs}")
    return problems


def check_clocks(runs):
    """The workloads are timed with the guest's clock: check it against the host's wall time
    around the whole console exchange (which can only be longer)."""
    problems = []
    for r in runs:
        for w, v in r["workloads"].items():
            if v["s"] > v["host_wall_s"] + 0.05 or v["s"] < 0.8 * v["host_wall_s"] - 1.0:
                problems.append(f"{r['vmm']}#{r['run']} {w}: guest measured {v['s']:.2f} s, "
                                f"host saw {v['host_wall_s']:.2f} s")
    return problems


def value(r, m):
    if m == "boot":
        return r.get("boot_s")
    if m == "idle":
        return r.get("idle_cpu_pct")
    if m in ("host_cpu", "rss"):
        return r.get({"host_cpu": "host_cpu_s", "rss": "peak_rss_mib"}[m]) if r["ok"] else None
    w = r["workloads"].get(m)
    return w["s"] if w else None


def summarise(runs, a):
    rows = []
    labels = {"boot": "time to /init (s)", "idle": "idle host CPU (% of a core)",
              "host_cpu": "host CPU, whole run (s)", "rss": "peak RSS (MiB)"}
    labels.update({w: v[0] for w, v in WORKLOADS.items()})
    targets = {"boot": 1.5, **{w: 3.0 for w in WORKLOADS}}
    order = [m for m in METRICS if m in a.only] + ["host_cpu", "rss"]
    med = {}
    for m in order:
        row = {"metric": m, "label": labels[m]}
        for name in a.vmm:
            vals = [v for r in runs if r["vmm"] == name for v in [value(r, m)] if v is not None]
            row[name] = statistics.median(vals) if vals else None
            row[name + "_n"] = len(vals)
        c, q = row.get("capa"), row.get("qemu")
        row["ratio"] = c / q if c is not None and q else None
        row["target"] = targets.get(m)
        if row["target"] and row["ratio"] is not None:
            row["pass"] = row["ratio"] <= row["target"]
        rows.append(row)
        med[m] = row
    return rows


def fmt(v, width, prec=2):
    return f"{v:>{width}.{prec}f}" if isinstance(v, (int, float)) else f"{'-':>{width}}"


def print_table(rows, a, meta):
    print(f"\ncapa vs QEMU: {a.cpus} vCPU, {a.mem} MiB, {a.runs} run(s), medians; "
          f"load average {meta['loadavg_before']} -> {meta['loadavg_after']} "
          f"on {meta['host_cpus']} host CPUs")
    print(f"{'metric':<34}{'capa':>10}{'qemu':>10}{'capa/qemu':>11}  target")
    for row in rows:
        mark = ""
        if row["target"]:
            mark = f"<= {row['target']:.1f}x "
            mark += {True: "PASS", False: "FAIL", None: "n/a"}[row.get("pass")]
        print(f"{row['label']:<34}{fmt(row.get('capa'), 10)}{fmt(row.get('qemu'), 10)}"
              f"{fmt(row['ratio'], 11)}  {mark}")


def version_of(argv):
    try:
        out = subprocess.run(argv, capture_output=True, text=True, timeout=30).stdout
        return out.strip().splitlines()[0] if out.strip() else None
    except (OSError, subprocess.SubprocessError):
        return None


def sha256_file(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--capa", default=os.path.join(ROOT, "build/capa"))
    ap.add_argument("--capa-arg", action="append", default=[],
                    help="extra argument for capa run, e.g. --capa-arg=--no-jit (repeatable)")
    ap.add_argument("--qemu", default="qemu-system-riscv64")
    ap.add_argument("--kernel", default=os.path.join(ROOT, "guest/out/Image"))
    ap.add_argument("--initrd", default=os.path.join(ROOT, "guest/out/initramfs.cpio.gz"))
    ap.add_argument("--cpus", type=int, default=1)
    ap.add_argument("--mem", type=int, default=256, help="guest RAM in MiB (default 256)")
    ap.add_argument("--append", default=DEFAULT_APPEND,
                    help=f"kernel command line for both (default {DEFAULT_APPEND!r}, capa's)")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--json", help="raw results (default bench/results/compare-DATE.json)")
    ap.add_argument("--only", default=",".join(METRICS),
                    help=f"comma-separated subset of {','.join(METRICS)}")
    ap.add_argument("--idle-seconds", type=float, default=10.0)
    ap.add_argument("--idle-settle", type=float, default=5.0,
                    help="seconds of quiet before the idle measurement (at least 30 s after "
                    "/init in any case)")
    ap.add_argument("--vmm", default="capa,qemu", help="which to run (default capa,qemu)")
    ap.add_argument("--capa-only", dest="vmm", action="store_const", const="capa")
    ap.add_argument("--qemu-only", dest="vmm", action="store_const", const="qemu")
    a = ap.parse_args()
    a.only = [m.strip() for m in a.only.split(",") if m.strip()]
    a.vmm = [v.strip() for v in a.vmm.split(",") if v.strip()]
    bad = [m for m in a.only if m not in METRICS] + [v for v in a.vmm if v not in ("capa", "qemu")]
    if bad or not a.vmm:
        ap.error(f"unknown metric/vmm: {bad} (metrics: {','.join(METRICS)}; vmm: capa,qemu)")
    for path in (a.kernel, a.initrd) + ((a.capa,) if "capa" in a.vmm else ()):
        if not os.path.exists(path):
            ap.error(f"{path} does not exist (build capa and guest/build.sh first)")
    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
    if not a.json:
        a.json = os.path.join(ROOT, "bench", "results", f"compare-{stamp}.json")
    logdir = os.path.splitext(a.json)[0] + ".logs"
    os.makedirs(logdir, exist_ok=True)

    meta = {
        "date": stamp, "cpus": a.cpus, "mem_mib": a.mem, "runs": a.runs, "append": a.append,
        "only": a.only, "vmm": a.vmm, "idle_seconds": a.idle_seconds,
        "host_cpus": os.cpu_count(), "loadavg_before": [round(x, 2) for x in os.getloadavg()],
        "capa": a.capa, "capa_git": version_of(["git", "-C", ROOT, "describe", "--always",
                                                "--dirty"]),
        "qemu": version_of([a.qemu, "--version"]),
        "kernel_sha256": sha256_file(a.kernel), "initrd_sha256": sha256_file(a.initrd),
        "console_logs": logdir,
    }
    print(f"capa vs QEMU ({', '.join(a.vmm)}): {a.runs} run(s) of {','.join(a.only)}; "
          f"console logs in {logdir}", file=sys.stderr, flush=True)
    runs = []
    for i in range(a.runs):
        for name in a.vmm:
            runs.append(one_run(name, i, a, logdir))
    meta["loadavg_after"] = [round(x, 2) for x in os.getloadavg()]
    problems = check_outputs(runs)
    clock_problems = check_clocks(runs)
    rows = summarise(runs, a)
    print_table(rows, a, meta)
    failed = [f"{r['vmm']}#{r['run']}: {r['error']}" for r in runs if not r["ok"]]
    for p in failed:
        print(f"FAILED RUN {p}")
    for p in problems:
        print(f"OUTPUT MISMATCH {p}")
    for p in clock_problems:
        print(f"WARNING guest clock: {p}")
    with open(a.json, "w") as f:
        json.dump({"meta": meta, "runs": runs, "summary": rows, "failed_runs": failed,
                   "output_problems": problems, "clock_problems": clock_problems}, f, indent=1)
    print(f"raw results: {a.json}")
    return 1 if failed or problems else 0


if __name__ == "__main__":
    sys.exit(main())
