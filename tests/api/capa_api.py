"""Shared helpers of the api tier: run the capa CLI against a private state directory, talk to a
VMM's API socket directly (http.client over AF_UNIX), and clean up every VMM a test started."""
import glob
import http.client
import json
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time


class UnixHTTPConnection(http.client.HTTPConnection):
    def __init__(self, path, timeout=10):
        super().__init__("localhost", timeout=timeout)
        self.unix_path = path

    def connect(self):
        s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        s.settimeout(self.timeout)
        s.connect(self.unix_path)
        self.sock = s


def api(sock, method, path, body=None, raw=None, timeout=10):
    """One request to the VMM's API; returns (status, parsed JSON body or None), or
    (0, the error) when the VMM cannot be reached or hangs up."""
    c = UnixHTTPConnection(sock, timeout)
    try:
        data = raw if raw is not None else (json.dumps(body) if body is not None else None)
        headers = {"Content-Type": "application/json"} if data is not None else {}
        c.request(method, path, body=data, headers=headers)
        r = c.getresponse()
        text = r.read()
        try:
            doc = json.loads(text) if text else None
        except ValueError:
            doc = text
        return r.status, doc
    except (OSError, http.client.HTTPException) as e:
        return 0, repr(e)
    finally:
        c.close()


class Capa:
    """The CLI with CAPA_STATE_DIR set to a fresh temporary directory."""

    def __init__(self, binary):
        self.binary = binary
        self.state_dir = tempfile.mkdtemp(prefix="capa-api-")
        # In a sanitizer build every capa process (the CLI and the detached VMMs, whose stderr
        # is a vmm.log that rm deletes) writes its reports here, for sanitizer_reports().
        self.report_dir = tempfile.mkdtemp(prefix="capa-san-")
        self.env = dict(os.environ, CAPA_STATE_DIR=self.state_dir)
        for var, name in (("ASAN_OPTIONS", "asan"), ("UBSAN_OPTIONS", "ubsan")):
            opts = [o for o in [os.environ.get(var, "")] if o]
            opts.append("log_path=" + os.path.join(self.report_dir, name))
            self.env[var] = ":".join(opts)

    def sanitizer_reports(self):
        """The text of every ASan/UBSan/LSan report so far (none outside a sanitizer build)."""
        texts = []
        for f in sorted(os.listdir(self.report_dir)):
            with open(os.path.join(self.report_dir, f), errors="replace") as fh:
                texts.append(f"{f}: {fh.read()[:2000]}")
        return texts

    def run(self, *args, timeout=120, stdin=None):
        p = subprocess.run([self.binary, *args], env=self.env, capture_output=True,
                           timeout=timeout, input=stdin)
        return p.returncode, p.stdout.decode(errors="replace"), p.stderr.decode(errors="replace")

    def popen(self, *args):
        return subprocess.Popen([self.binary, *args], env=self.env, stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, bufsize=0)

    def path(self, name, f=""):
        return os.path.join(self.state_dir, name, f) if f else os.path.join(self.state_dir, name)

    def pid(self, name):
        try:
            with open(self.path(name, "vmm.pid")) as f:
                return int(f.read().split()[0])
        except (OSError, ValueError, IndexError):
            return 0

    def ls(self):
        rc, out, err = self.run("ls", "--json")
        assert rc == 0, f"capa ls --json: {rc} {err}"
        return {v["name"]: v for v in json.loads(out)}

    def entries(self):
        return sorted(os.listdir(self.state_dir))

    def cleanup(self):
        """SIGKILL every VMM still recorded (never leave VMs running) and drop the state dir."""
        for pidfile in glob.glob(os.path.join(self.state_dir, "*", "vmm.pid")) + glob.glob(
                os.path.join(self.state_dir, ".*", "vmm.pid")):
            try:
                with open(pidfile) as f:
                    os.kill(int(f.read().split()[0]), signal.SIGKILL)
            except (OSError, ValueError, IndexError):
                pass
        shutil.rmtree(self.state_dir, ignore_errors=True)
        shutil.rmtree(self.report_dir, ignore_errors=True)


def cpu_ticks(pid):
    """utime + stime of a process in clock ticks (None when it is gone)."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return int(fields[11]) + int(fields[12])
    except (OSError, IndexError, ValueError):
        return None


def alive(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] not in ("Z", "X")
    except OSError:
        return False


def wait_gone(pid, timeout):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not alive(pid):
            return True
        time.sleep(0.05)
    return not alive(pid)


def guest_config(path, kernel, initrd, mem_mib=96, vcpus=1, **extra):
    cfg = {
        "boot-source": {"kernel_image_path": kernel, "initrd_path": initrd,
                        "boot_args": "console=ttyS0 quiet"},
        "machine-config": {"vcpu_count": vcpus, "mem_size_mib": mem_mib},
    }
    cfg.update(extra)
    with open(path, "w") as f:
        json.dump(cfg, f)
    return path


class Checks:
    def __init__(self, tier):
        self.tier, self.passed, self.failed = tier, 0, 0

    def check(self, ok, what, detail=""):
        if ok:
            self.passed += 1
            print(f"ok   {what}", flush=True)
        else:
            self.failed += 1
            print(f"FAIL {what} {detail}", flush=True)
        return ok

    def done(self):
        print(f"{self.tier}: {self.passed} passed, {self.failed} failed", flush=True)
        return 1 if self.failed else 0
