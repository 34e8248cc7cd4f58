#!/usr/bin/env bash
# `capa run --disk`: one-line errors and exit status 2 for bad images and options.
set -u
capa=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
expect() { # expect NAME PATTERN ARGS...
    local name=$1 pat=$2
    shift 2
    out=$("$capa" run --kernel "$tmp/kernel.bin" --timeout 5 "$@" 2>&1 </dev/null)
    rc=$?
    if [ "$rc" -eq 2 ] && [ "$(printf '%s\n' "$out" | wc -l)" -eq 1 ] && [[ $out == *$pat* ]]; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
        echo "FAIL $name: rc=$rc out=$out"
    fi
}
truncate -s 4096 "$tmp/kernel.bin" # a raw "kernel": never runs (the disks fail first)
truncate -s 1000 "$tmp/odd.img"
truncate -s 0 "$tmp/empty.img"
truncate -s 1M "$tmp/ok.img"
expect missing "No such file or directory" --disk "$tmp/nope.img"
expect odd-size "not a multiple of 512" --disk "$tmp/odd.img"
expect empty "empty image" --disk "$tmp/empty.img"
expect directory "Is a directory" --disk "$tmp"
expect bad-option "invalid --disk option 'fast'" --disk "$tmp/ok.img,fast"
expect long-serial "invalid --disk option" --disk "$tmp/ok.img,serial=123456789012345678901"
expect no-path "needs a path" --disk ",ro"
expect in-use "in use by another process" --disk "$tmp/ok.img" --disk "$tmp/ok.img"
echo "disk_errors: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
