#!/usr/bin/env bash
# Run one guest-tier program and check its console output and capa's exit status exactly.
# usage: run_guest.sh CAPA ELF EXPECTED_FILE EXPECTED_STATUS [capa args...]
# stdin is /dev/null (nothing to read); stdout is the guest console; stderr is capa's own.
set -u
if [ $# -lt 4 ]; then
    echo "usage: $0 CAPA ELF EXPECTED_FILE EXPECTED_STATUS [capa args...]" >&2
    exit 2
fi
capa=$1 elf=$2 expected=$3 want=$4
shift 4
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

"$capa" run --kernel "$elf" "$@" </dev/null >"$tmp/out" 2>"$tmp/err"
got=$?

ok=1
if [ "$got" -ne "$want" ]; then
    echo "FAIL: capa exited with status $got, expected $want"
    ok=0
fi
if ! cmp -s "$expected" "$tmp/out"; then
    echo "FAIL: console output differs from $expected:"
    diff -u --label expected --label actual "$expected" "$tmp/out"
    ok=0
fi
if [ "$ok" -eq 0 ]; then
    echo "--- capa stderr:"
    cat "$tmp/err"
    exit 1
fi
echo "ok: $(basename "$elf") (status $got, $(wc -l <"$tmp/out") lines)"
