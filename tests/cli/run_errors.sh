#!/usr/bin/env bash
# `capa run --bare` error handling and exit statuses (issue: bare-metal runner).
# usage: run_bare_errors.sh CAPA RISCV_CC LINK_LD ENV_DIR
set -u
capa=$1 cc=$2 ld=$3 envdir=$4
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0 failed=0

# expect NAME STATUS REGEX -- command...: exit status and a stderr line matching REGEX.
expect() {
    local name=$1 want=$2 re=$3
    shift 4
    "$@" >"$tmp/out" 2>"$tmp/err"
    local got=$?
    if [ "$got" -eq "$want" ] && { [ -z "$re" ] || grep -Eq "$re" "$tmp/err"; }; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        echo "FAIL $name: status $got (want $want), stderr:"; cat "$tmp/err"
    fi
}

build() { # build NAME ASM-BODY [LINK-SCRIPT]
    printf '#include "env.h"\nRVTEST_BEGIN\n%s\nRVTEST_END\n' "$2" >"$tmp/$1.S"
    "$cc" -march=rv64gc -mabi=lp64d -nostdlib -nostartfiles -static -no-pie -fno-pic \
        -Wl,--build-id=none -I"$envdir" -T "${3:-$ld}" -o "$tmp/$1.elf" "$tmp/$1.S"
}

build pass 'RVTEST_PASS'
build fail7 'li TESTNUM, 7; j fail'
build spin '1: j 1b'
sed 's/0x80000000/0x70000000/' "$ld" >"$tmp/low.ld"
build low 'RVTEST_PASS' "$tmp/low.ld"
head -c 100 "$tmp/pass.elf" >"$tmp/truncated.elf"
printf 'not an elf at all' >"$tmp/text.elf"
cp /bin/true "$tmp/x86.elf"

expect pass 0 '' -- "$capa" run --bare "$tmp/pass.elf"
expect fail 1 'test 7 failed' -- "$capa" run --bare "$tmp/fail7.elf"
expect timeout 124 'timed out' -- "$capa" run --bare "$tmp/spin.elf" --timeout 0.3
expect missing 2 'cannot open' -- "$capa" run --bare "$tmp/nope.elf"
expect notelf 2 'not an ELF' -- "$capa" run --bare "$tmp/text.elf"
expect truncated 2 'truncated' -- "$capa" run --bare "$tmp/truncated.elf"
expect x86 2 'not a RISC-V ELF' -- "$capa" run --bare "$tmp/x86.elf"
expect outside 2 'outside guest RAM' -- "$capa" run --bare "$tmp/low.elf"
expect small-mem 2 'outside guest RAM' -- "$capa" run --bare "$tmp/pass.elf" --mem 4K
expect bad-mem 2 'invalid --mem' -- "$capa" run --bare "$tmp/pass.elf" --mem 12Q
expect bad-timeout 2 'invalid --timeout' -- "$capa" run --bare "$tmp/pass.elf" --timeout -1
expect bare-and-kernel 2 'without a kernel' -- "$capa" run --bare "$tmp/pass.elf" --kernel x
expect bare-and-rng 2 'or devices' -- "$capa" run --bare "$tmp/pass.elf" --rng
expect bare-and-vcon 2 'or devices' -- "$capa" run --bare "$tmp/pass.elf" --console virtio
expect bad-console 2 'invalid --console' -- "$capa" run --bare "$tmp/pass.elf" --console tty
expect unknown-cmd 2 'unknown command' -- "$capa" frobnicate

echo "cli: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
