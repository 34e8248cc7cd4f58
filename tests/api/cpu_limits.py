#!/usr/bin/env python3
"""api tier: CPU controls and pausing a busy guest. One VM of two vCPUs keeps both busy (two shell
loops). With cpu_max_percent 50 its VMM uses at most half a host CPU; PATCH /machine-config
changes weight and cap while it runs (the cgroup's files follow) and refuses a cap above 100 per
vCPU, changing nothing; paused, it uses no host CPU at all; resumed, it is busy again. Its cgroup
goes when the VMM exits, and one left by a SIGKILLed VMM goes at the next start.

Where the host has no cgroup cpu controller that we may write to, limits are refused with a clear
message at start instead (the VM stays created), and that is what is checked.

usage: cpu_limits.py CAPA KERNEL INITRD
"""
import json
import os
import signal
import sys
import time

from capa_api import Capa, Checks, api, cpu_ticks, guest_config, wait_gone

NAME = "cpucap"
MARKER = b"capa-guest: init ready"
HZ = os.sysconf("SC_CLK_TCK")


def cgroup_host():
    """'v2' or 'v1' when the VMM can make cgroups with the cpu controller here, else None (the
    same search as src/backend/cgroup.c)."""
    for mnt in ("/sys/fs/cgroup", "/sys/fs/cgroup/unified"):
        try:
            with open(os.path.join(mnt, "cgroup.controllers")) as f:
                if "cpu" in f.read().split() and os.access(mnt, os.W_OK):
                    return "v2"
        except OSError:
            pass
    for mnt in ("/sys/fs/cgroup/cpu", "/sys/fs/cgroup/cpu,cpuacct"):
        if os.path.exists(os.path.join(mnt, "cpu.shares")) and os.access(mnt, os.W_OK):
            return "v1"
    return None


def read(path):
    try:
        with open(path) as f:
            return f.read().strip()
    except OSError:
        return None


def limits_in_files(version, cg, weight, cap):
    """The cgroup's own files for weight and cap, as the VMM must have written them."""
    if version == "v2":
        want = {"cpu.weight": str(weight), "cpu.max": f"{cap * 1000} 100000" if cap else "max 100000"}
    else:
        want = {"cpu.shares": str(max(2, weight * 1024 // 100)),
                "cpu.cfs_quota_us": str(cap * 1000) if cap else "-1"}
    got = {f: read(os.path.join(cg, f)) for f in want}
    return got == want, got, want


def busy_share(pid, seconds):
    """Host CPU of the process over `seconds`, in percent of one CPU."""
    before = cpu_ticks(pid)
    time.sleep(seconds)
    return (cpu_ticks(pid) - before) * 100.0 / HZ / seconds


def wait_marker(capa, timeout=120):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        log = read(capa.path(NAME, "console.log")) or ""
        if MARKER.decode() in log:
            return True
        time.sleep(0.2)
    return False


def guest_command(capa, line):
    """Type one line on the serial console (capa console exits when its input ends)."""
    rc, _, err = capa.run("console", NAME, stdin=line.encode() + b"\n", timeout=30)
    return rc == 0


def main():
    capa_bin, kernel, initrd = sys.argv[1:4]
    capa = Capa(capa_bin)
    t = Checks("cpu_limits")
    try:
        cfg = guest_config(os.path.join(capa.state_dir, ".vm.json"), kernel, initrd, mem_mib=64,
                           vcpus=2)
        with open(cfg) as f:
            doc = json.load(f)
        doc["machine-config"].update(cpu_weight=50, cpu_max_percent=50)
        with open(cfg, "w") as f:
            json.dump(doc, f)
        rc, _, err = capa.run("create", NAME, "--config", cfg)
        t.check(rc == 0, "create a VM with cpu_weight 50, cpu_max_percent 50", err)
        version = cgroup_host()
        if version:
            with_cgroup(capa, t, version)
        else:
            print("no writable cgroup cpu controller on this host: limits must be refused")
            rc, _, err = capa.run("start", NAME)
            t.check(rc == 1 and "cpu_weight/cpu_max_percent" in err, "start refuses the limits",
                    (rc, err))
            t.check(capa.ls()[NAME]["state"] == "created", "the VM stays created")
        t.check(not capa.sanitizer_reports(), "no sanitizer report from any capa process",
                capa.sanitizer_reports())
    finally:
        capa.cleanup()
    return t.done()


def with_cgroup(capa, t, version):
    rc, _, err = capa.run("start", NAME)
    t.check(rc == 0, "start", err)
    pid, sock = capa.pid(NAME), capa.path(NAME, "api.sock")
    t.check(wait_marker(capa), "the guest reaches init")
    status, m = api(sock, "GET", "/metrics")
    cg = m.get("cgroup") if status == 200 and isinstance(m, dict) else None
    t.check(bool(cg) and os.path.isdir(cg), "GET /metrics names the VM's cgroup", m)
    if not cg:
        return
    own = read(f"/proc/{pid}/cgroup") or ""
    t.check(cg.split("/capa/", 1)[1] in own, "the VMM process is in it", own)
    ok, got, want = limits_in_files(version, cg, 50, 50)
    t.check(ok, "weight 50 and cap 50% are in the cgroup's files", f"{got} != {want}")

    t.check(guest_command(capa, "while :; do :; done & while :; do :; done &"),
            "two busy loops started in the guest")
    time.sleep(0.5)
    share = busy_share(pid, 2.0)
    print(f"busy, capped at 50%: {share:.0f}% of a host CPU")
    t.check(10 <= share <= 60, "the cap holds a busy guest to half a CPU", share)

    status, doc = api(sock, "PATCH", "/machine-config", {"cpu_weight": 300, "cpu_max_percent": 20})
    t.check(status == 204, "PATCH weight 300, cap 20% while running", (status, doc))
    ok, got, want = limits_in_files(version, cg, 300, 20)
    t.check(ok, "the cgroup's files follow", f"{got} != {want}")
    share = busy_share(pid, 2.0)
    print(f"busy, capped at 20%: {share:.0f}% of a host CPU")
    t.check(share <= 26, "the new cap holds", share)

    for body, what in [({"cpu_max_percent": 201}, "a cap above 100 per vCPU"),
                       ({"cpu_weight": 0}, "weight 0"), ({"cpu_weight": 10001}, "weight 10001"),
                       ({"cpu_max_percent": -1}, "a negative cap"),
                       ({"vcpu_count": 1}, "vcpu_count while running")]:
        status, doc = api(sock, "PATCH", "/machine-config", body)
        t.check(status == 400 and isinstance(doc, dict) and doc.get("fault_message"),
                f"PATCH {what} -> 400 with fault_message", (status, doc))
    ok, got, want = limits_in_files(version, cg, 300, 20)
    t.check(ok, "refused PATCHes change nothing", f"{got} != {want}")

    rc, _, err = capa.run("pause", NAME)
    t.check(rc == 0, "pause the busy VM", err)
    time.sleep(0.3)
    before = cpu_ticks(pid)
    time.sleep(2.0)
    used = cpu_ticks(pid) - before
    print(f"paused: {used} clock ticks in 2 s")
    t.check(used <= 1, "a paused VM uses no host CPU", used)
    status, doc = api(sock, "PATCH", "/machine-config", {"cpu_max_percent": 100})
    t.check(status == 204, "limits change while paused too", (status, doc))
    status, doc = api(sock, "PATCH", "/vm", {"state": "Resumed"})
    t.check(status == 204, "resume through the API", (status, doc))
    share = busy_share(pid, 1.0)
    print(f"resumed: {share:.0f}% of a host CPU")
    t.check(share >= 5, "busy again after resume", share)

    rc, _, err = capa.run("kill", NAME)
    t.check(rc == 0 and wait_gone(pid, 10), "kill", err)
    t.check(not os.path.exists(cg), "the cgroup is gone with its VMM", cg)

    # A SIGKILLed VMM cannot clean up; the next VMM to make a cgroup removes what it left.
    rc, _, err = capa.run("start", NAME)
    t.check(rc == 0, "start again", err)
    pid = capa.pid(NAME)
    _, m = api(capa.path(NAME, "api.sock"), "GET", "/metrics")
    stale = m.get("cgroup") if isinstance(m, dict) else None
    os.kill(pid, signal.SIGKILL)
    wait_gone(pid, 10)
    t.check(bool(stale) and os.path.isdir(stale), "a SIGKILLed VMM leaves its cgroup", stale)
    rc, _, err = capa.run("start", NAME)
    t.check(rc == 0 and not os.path.exists(stale or ""), "the next start removes it", err)
    rc, _, err = capa.run("rm", "--force", NAME)
    t.check(rc == 0, "rm --force", err)


if __name__ == "__main__":
    sys.exit(main())
