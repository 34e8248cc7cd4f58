#!/usr/bin/env python3
"""api tier: ten VMs of the project guest side by side. Created and started concurrently, listed,
paused (their host CPU time stops advancing) and resumed, one attached with `capa console`,
stopped concurrently through the guest's power button, removed. Half of the operations go
through the CLI, half straight to each VMM's API socket.

usage: many_vms.py CAPA KERNEL INITRD
"""
import os
import sys
import threading
import time

from capa_api import Capa, Checks, api, cpu_ticks, guest_config, wait_gone

N = 10
MARKER = b"capa-guest: init ready"
BOOT_TIMEOUT = 120
STOP_TIMEOUT = 30


def names():
    return [f"vm{i}" for i in range(N)]


def via_cli(name):
    """Even-numbered VMs are driven with the CLI, odd ones through their API socket."""
    return int(name[2:]) % 2 == 0


def parallel(fn, items):
    """Run fn(item) on one thread per item; returns {item: result or exception}."""
    results = {}

    def run(item):
        try:
            results[item] = fn(item)
        except Exception as e:  # reported by the caller's check
            results[item] = e

    threads = [threading.Thread(target=run, args=(i,)) for i in items]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    return results


def main():
    capa_bin, kernel, initrd = sys.argv[1:4]
    capa = Capa(capa_bin)
    t = Checks("many_vms")
    cfg = guest_config(os.path.join(capa.state_dir, ".vm.json"), kernel, initrd, mem_mib=64)
    try:
        scenario(capa, t, cfg)
        t.check(not capa.sanitizer_reports(), "no sanitizer report from any capa process",
                capa.sanitizer_reports())
    finally:
        capa.cleanup()
    return t.done()


def wait_marker(capa, name, timeout):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with open(capa.path(name, "console.log"), "rb") as f:
                if MARKER in f.read():
                    return True
        except OSError:
            pass
        time.sleep(0.2)
    return False


def lifecycle_op(capa, name, cli_args, method, path, body):
    """One transition, by CLI or by API depending on the VM; returns an error string or None."""
    if via_cli(name):
        rc, _, err = capa.run(*cli_args, name)
        return None if rc == 0 else f"capa {cli_args[0]}: {rc} {err.strip()}"
    status, doc = api(capa.path(name, "api.sock"), method, path, body)
    return None if 200 <= status < 300 else f"API {method} {path}: {status} {doc}"


def all_states(capa, want):
    vms = capa.ls()
    return [n for n in names() if vms.get(n, {}).get("state") != want]


def scenario(capa, t, cfg):
    t0 = time.monotonic()
    res = parallel(lambda n: capa.run("create", n, "--config", cfg), names())
    bad = {n: r for n, r in res.items() if isinstance(r, Exception) or r[0] != 0}
    if not t.check(not bad, "create 10 VMs concurrently", bad):
        return
    t.check(not all_states(capa, "created"), "all created")

    res = parallel(lambda n: lifecycle_op(capa, n, ["start"], "PUT", "/actions",
                                          {"action_type": "InstanceStart"}), names())
    t.check(not any(res.values()), "start 10 VMs concurrently (5 CLI, 5 API)", res)
    booted = parallel(lambda n: wait_marker(capa, n, BOOT_TIMEOUT), names())
    if not t.check(all(booted.values()), "all ten guests reach init", booted):
        return
    print(f"booted ten guests in {time.monotonic() - t0:.1f} s", flush=True)
    t.check(not all_states(capa, "running"), "ls --json: all running")
    rc, out, _ = capa.run("ls")
    print(out, flush=True)
    t.check(rc == 0 and sum(" running " in line for line in out.splitlines()) == N,
            "ls table shows ten running VMs")

    res = parallel(lambda n: lifecycle_op(capa, n, ["pause"], "PATCH", "/vm",
                                          {"state": "Paused"}), names())
    t.check(not any(res.values()), "pause all (5 CLI, 5 API)", res)
    t.check(not all_states(capa, "paused"), "ls: all paused")
    pids = {n: capa.pid(n) for n in names()}
    time.sleep(0.3)  # let vCPU threads reach their parking point
    before = {n: cpu_ticks(p) for n, p in pids.items()}
    time.sleep(1.0)
    used = {n: cpu_ticks(p) - before[n] for n, p in pids.items()}
    # Clock ticks are 10 ms: a paused VMM may wake for its I/O loop, not run guest code.
    t.check(all(u <= 3 for u in used.values()), "paused VMMs use no host CPU over 1 s", used)

    res = parallel(lambda n: lifecycle_op(capa, n, ["resume"], "PATCH", "/vm",
                                          {"state": "Resumed"}), names())
    t.check(not any(res.values()), "resume all (5 CLI, 5 API)", res)
    t.check(not all_states(capa, "running"), "ls: all running again")

    console(capa, t)
    stop_all(capa, t, pids)

    res = parallel(lambda n: capa.run("rm", n), names())
    t.check(all(not isinstance(r, Exception) and r[0] == 0 for r in res.values()),
            "rm all concurrently", res)
    left = [e for e in capa.entries() if e != ".vm.json"]
    t.check(left == [], "state directory empty", left)
    print(f"many_vms: {time.monotonic() - t0:.1f} s", flush=True)


def console(capa, t):
    p = capa.popen("console", "vm0")
    p.stdin.write(b"echo hi-$((6*7))\n")
    buf = b""
    deadline = time.monotonic() + 30
    os.set_blocking(p.stdout.fileno(), False)
    while b"hi-42" not in buf and time.monotonic() < deadline:
        try:
            data = p.stdout.read(65536)
        except BlockingIOError:
            data = None
        if data:
            buf += data
        elif p.poll() is not None:
            break
        else:
            time.sleep(0.05)
    t.check(b"hi-42" in buf, "capa console vm0: a command answers", buf[-300:])
    rc, _, err = capa.run("console", "vm0", stdin=b"", timeout=30)
    t.check(rc == 1 and "already has a console attached" in err,
            "a second capa console is refused while one is attached", (rc, err))
    p.stdin.close()
    try:
        rc = p.wait(10)
    except Exception:
        p.kill()
        rc = None
    t.check(rc == 0, "capa console exits when its input ends", rc)
    t.check(capa.ls()["vm0"]["state"] == "running", "vm0 still running after the console left")


def stop_one(capa, name, pid):
    if via_cli(name):
        rc, out, err = capa.run("stop", "--timeout", str(STOP_TIMEOUT), name)
        if rc != 0:
            return f"capa stop: {rc} {err.strip()}"
        return None if "powered off" in out else "killed"
    status, doc = api(capa.path(name, "api.sock"), "PUT", "/actions",
                      {"action_type": "SendCtrlAltDel"})
    if not 200 <= status < 300:
        return f"SendCtrlAltDel: {status} {doc}"
    if wait_gone(pid, STOP_TIMEOUT):
        return None
    rc, _, err = capa.run("kill", name)
    return "killed" if rc == 0 else f"capa kill: {rc} {err.strip()}"


def stop_all(capa, t, pids):
    res = parallel(lambda n: stop_one(capa, n, pids[n]), names())
    errors = {n: r for n, r in res.items() if r and r != "killed"}
    killed = [n for n, r in res.items() if r == "killed"]
    t.check(not errors, "stop all concurrently (5 CLI, 5 API power button)", errors)
    t.check(not killed, "every guest powered off by its power button", killed)
    t.check(all(wait_gone(p, 5) for p in pids.values()), "every VMM process exited")
    t.check(not all_states(capa, "stopped"), "ls: all stopped")


if __name__ == "__main__":
    sys.exit(main())
