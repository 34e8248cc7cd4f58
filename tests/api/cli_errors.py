#!/usr/bin/env python3
"""api tier: every bad input to the capa management CLI is a clear error with the right exit
status and changes nothing; illegal lifecycle transitions are refused; a VMM killed with SIGKILL
shows as stopped and blocks nothing (start, rm, re-create of its name).

usage: cli_errors.py CAPA KERNEL INITRD
"""
import json
import os
import signal
import sys
import tempfile
import time

from capa_api import Capa, Checks, alive, api, guest_config, wait_gone


def main():
    capa_bin, kernel, initrd = sys.argv[1:4]
    capa = Capa(capa_bin)
    t = Checks("cli_errors")
    tmp = tempfile.mkdtemp(prefix="capa-cfg-")
    try:
        run_checks(capa, t, tmp, kernel, initrd)
        t.check(not capa.sanitizer_reports(), "no sanitizer report from any capa process",
                capa.sanitizer_reports())
    finally:
        capa.cleanup()
        for f in os.listdir(tmp):
            os.unlink(os.path.join(tmp, f))
        os.rmdir(tmp)
    return t.done()


def expect(t, capa, args, rc, needle, what):
    got, out, err = capa.run(*args)
    t.check(got == rc and needle.lower() in err.lower(), what,
            f"(exit {got}, wanted {rc}; stderr {err.strip()!r}, wanted {needle!r})")


def bad_names(t, capa, good_cfg):
    for name in ["a/b", "..", "a..b", "../x", "", "x" * 65, ".hidden", "-x", "a b", "vm\n"]:
        expect(t, capa, ["create", name, "--config", good_cfg], 2, "", f"create {name!r}: usage error")
    t.check(capa.entries() == [], "bad names leave nothing behind", capa.entries())
    # 64 characters is the limit, not an error.
    rc, _, err = capa.run("inspect", "x" * 64)
    t.check(rc == 1 and "no such vm" in err.lower(), "64-character name is valid", err)


def bad_configs(t, capa, tmp, kernel, initrd):
    def cfg(name, text):
        p = os.path.join(tmp, name)
        with open(p, "w") as f:
            f.write(text)
        return p

    good = json.load(open(guest_config(os.path.join(tmp, "base.json"), kernel, initrd)))
    cases = [
        ("missing file", os.path.join(tmp, "nope.json"), "cannot read config"),
        ("malformed JSON", cfg("bad.json", '{"boot-source": {'), "malformed json"),
        ("not an object", cfg("arr.json", "[1, 2]"), "json object"),
        ("unknown top-level field", cfg("unk.json", json.dumps(dict(good, frobnicate=1))),
         "frobnicate"),
        ("unknown machine-config field",
         cfg("unk2.json", json.dumps(dict(good, **{"machine-config": {
             "vcpu_count": 1, "mem_size_mib": 64, "turbo": True}}))), "turbo"),
        ("negative memory",
         cfg("neg.json", json.dumps(dict(good, **{"machine-config": {
             "vcpu_count": 1, "mem_size_mib": -64}}))), "mem_size_mib"),
        ("absurd memory",
         cfg("huge.json", json.dumps(dict(good, **{"machine-config": {
             "vcpu_count": 1, "mem_size_mib": 1 << 40}}))), "mem_size_mib"),
        ("absurd vCPUs",
         cfg("cpus.json", json.dumps(dict(good, **{"machine-config": {
             "vcpu_count": 100000, "mem_size_mib": 64}}))), "vcpu_count"),
    ]
    for what, path, needle in cases:
        expect(t, capa, ["create", "vm", "--config", path], 1, needle, f"create: {what}")
        t.check(capa.entries() == [], f"create: {what}: no directory left", capa.entries())
        if capa.entries():  # keep later cases independent of this failure
            capa.run("rm", "--force", "vm")
    expect(t, capa, ["create", "vm"], 2, "--config", "create without --config: usage error")


def unknown_vm(t, capa):
    for cmd in ["start", "pause", "resume", "stop", "kill", "console", "inspect", "rm"]:
        expect(t, capa, [cmd, "ghost"], 1, "no such vm 'ghost'", f"{cmd} of a nonexistent VM")
    for cmd in ["create", "start", "ls", "pause", "resume", "stop", "kill", "console",
                "inspect", "rm"]:
        rc, out, _ = capa.run(cmd, "--help")
        t.check(rc == 0 and "usage: capa " + cmd in out, f"{cmd} --help")
    expect(t, capa, ["frobnicate"], 2, "unknown command", "unknown command: usage error")
    expect(t, capa, ["pause"], 2, "expected one vm name", "pause without a name")
    expect(t, capa, ["pause", "a", "b"], 2, "expected one vm name", "pause with two names")
    expect(t, capa, ["stop", "x", "--timeout", "-3"], 2, "timeout", "stop --timeout -3")
    expect(t, capa, ["ls", "--frob"], 2, "", "ls --frob: usage error")


def state(capa, name):
    return capa.ls().get(name, {}).get("state")


def lifecycle(t, capa, cfg):
    rc, out, err = capa.run("create", "vm", "--config", cfg)
    if not t.check(rc == 0, "create vm", err):
        return
    expect(t, capa, ["create", "vm", "--config", cfg], 1, "already exists", "duplicate create")
    t.check(state(capa, "vm") == "created", "state created")
    sock = capa.path("vm", "api.sock")
    status, doc = api(sock, "GET", "/")
    t.check(status == 200 and doc.get("state") == "Not started", "API: GET / on a created VM",
            doc)
    for cmd, needle in [("pause", "not been started"), ("resume", "not been started")]:
        expect(t, capa, [cmd, "vm"], 1, needle, f"{cmd} of a created VM is refused")
    t.check(state(capa, "vm") == "created", "refusals change nothing")
    rc, _, err = capa.run("start", "vm")
    t.check(rc == 0 and state(capa, "vm") == "running", "start", err)
    expect(t, capa, ["start", "vm"], 1, "running", "start of a running VM is refused")
    expect(t, capa, ["resume", "vm"], 1, "not paused", "resume of a running VM is refused")
    expect(t, capa, ["rm", "vm"], 1, "--force", "rm of a running VM is refused")
    t.check(state(capa, "vm") == "running", "still running after the refusals")
    # Bad requests straight to the socket: each a 4xx with a fault_message, nothing changed.
    for what, method, path, raw in [
        ("malformed JSON", "PUT", "/actions", '{"action_type": '),
        ("unknown action", "PUT", "/actions", '{"action_type": "Explode"}'),
        ("unknown field", "PATCH", "/vm", '{"state": "Paused", "colour": "red"}'),
        ("bad state", "PATCH", "/vm", '{"state": "Sleeping"}'),
        ("start twice", "PUT", "/actions", '{"action_type": "InstanceStart"}'),
        ("resume a running VM", "PATCH", "/vm", '{"state": "Resumed"}'),
    ]:
        status, doc = api(sock, method, path, raw=raw)
        t.check(400 <= status < 500 and isinstance(doc, dict) and doc.get("fault_message"),
                f"API: {what} -> {status}", doc)
    t.check(state(capa, "vm") == "running", "API refusals change nothing")
    rc, _, err = capa.run("pause", "vm")
    t.check(rc == 0 and state(capa, "vm") == "paused", "pause", err)
    expect(t, capa, ["pause", "vm"], 1, "paused", "pause of a paused VM is refused")
    expect(t, capa, ["start", "vm"], 1, "paused", "start of a paused VM is refused")
    rc, out, _ = capa.run("inspect", "vm")
    try:
        doc = json.loads(out)
    except ValueError:
        doc = {}
    t.check(rc == 0 and doc.get("state") == "paused" and doc.get("pid") == capa.pid("vm")
            and doc.get("config", {}).get("machine-config"), "inspect is JSON", out[:200])

    # SIGKILL the VMM: the VM reads as stopped and nothing blocks its name.
    pid = capa.pid("vm")
    os.kill(pid, signal.SIGKILL)
    wait_gone(pid, 5)
    t.check(state(capa, "vm") == "stopped", "SIGKILLed VMM: ls shows stopped")
    for cmd in ["pause", "resume", "kill", "stop"]:
        expect(t, capa, [cmd, "vm"], 1, "stopped", f"{cmd} of a stopped VM is refused")
    expect(t, capa, ["console", "vm"], 1, "stopped", "console of a stopped VM is refused")
    rc, _, err = capa.run("start", "vm")
    t.check(rc == 0 and state(capa, "vm") == "running" and capa.pid("vm") != pid,
            "start restarts a SIGKILLed VM", err)
    rc, _, err = capa.run("kill", "vm")
    t.check(rc == 0 and state(capa, "vm") == "stopped", "kill", err)
    rc, _, err = capa.run("rm", "vm")
    t.check(rc == 0 and capa.entries() == [], "rm of a stopped VM", err)
    rc, _, err = capa.run("create", "vm", "--config", cfg)
    t.check(rc == 0, "re-create the same name", err)
    os.kill(capa.pid("vm"), signal.SIGKILL)  # a created (never started) VMM dies too
    wait_gone(capa.pid("vm"), 5)
    expect(t, capa, ["create", "vm", "--config", cfg], 1, "already exists",
           "create over a dead VM says use rm")
    rc, _, err = capa.run("rm", "vm")
    t.check(rc == 0 and capa.entries() == [], "rm of a dead created VM", err)
    rc, _, err = capa.run("create", "vm", "--config", cfg)
    rc2, _, err2 = capa.run("start", "vm")
    pid = capa.pid("vm")
    rc3, _, err3 = capa.run("rm", "--force", "vm")
    t.check(rc == 0 and rc2 == 0 and rc3 == 0 and capa.entries() == [] and wait_gone(pid, 5),
            "rm --force of a running VM kills it", err + err2 + err3)


def nothing_left_running(t, capa):
    t.check(not any(alive(capa.pid(n)) for n in capa.entries()), "no VMM left running")


def run_checks(capa, t, tmp, kernel, initrd):
    cfg = guest_config(os.path.join(tmp, "vm.json"), kernel, initrd, mem_mib=64)
    bad_names(t, capa, cfg)
    bad_configs(t, capa, tmp, kernel, initrd)
    unknown_vm(t, capa)
    lifecycle(t, capa, cfg)
    nothing_left_running(t, capa)


if __name__ == "__main__":
    start = time.monotonic()
    rc = main()
    print(f"cli_errors: {time.monotonic() - start:.1f} s")
    sys.exit(rc)
