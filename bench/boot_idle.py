#!/usr/bin/env python3
"""Boot-to-/init time and idle host CPU of a booted guest: capa vs qemu-system-riscv64 -M virt.

usage: bench/boot_idle.py [--kernel K] [--initrd I] [--cpus N] [--runs R] [--json FILE] ...

A thin wrapper: bench/compare.py --only boot,idle (same options; see its --help).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import compare  # noqa: E402

if __name__ == "__main__":
    if not any(a == "--only" or a.startswith("--only=") for a in sys.argv[1:]):
        sys.argv[1:1] = ["--only", "boot,idle"]
    sys.exit(compare.main())
