#!/usr/bin/env bash
# `capa run --kernel` error handling: each bad kernel, initrd or option makes capa exit 2 with a
# single clear line on stderr (and no guest output). A fake RISC-V Linux Image (64-byte header,
# Documentation/riscv/boot-image-header.rst: code0/code1, text_offset at 8, image_size at 16,
# magic2 "RSC\x05" at 56) built here is the valid baseline, and the source of the bad variants.
# usage: run_errors.sh CAPA RISCV_CC
set -u
capa=$1 cc=$2
objcopy=${cc%gcc}objcopy
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0 failed=0

# expect NAME STATUS REGEX -- capa args...: the exit status, a stderr line matching REGEX (none
# if REGEX is empty), and for status 2 exactly one stderr line and no console output.
expect() {
    local name=$1 want=$2 re=$3
    shift 4
    "$capa" run "$@" </dev/null >"$tmp/out" 2>"$tmp/err"
    local got=$? why=
    if [ "$got" -ne "$want" ]; then
        why="status $got (want $want)"
    elif [ -n "$re" ] && ! grep -Eq -- "$re" "$tmp/err"; then
        why="no stderr line matches /$re/"
    elif [ "$want" -eq 2 ] && [ "$(wc -l <"$tmp/err")" -ne 1 ]; then
        why="stderr is not one line"
    elif [ "$want" -eq 2 ] && [ -s "$tmp/out" ]; then
        why="console output on an error"
    fi
    if [ -z "$why" ]; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        echo "FAIL $name: $why; stderr:"
        cat "$tmp/err"
    fi
}

# The fake Image: a valid header whose code branches over it to a syscon poweroff (or a spin).
image() { # image OUT [-DSPIN]
    cat >"$tmp/image.S" <<'ASM'
    .text
    .globl _start
_start:
    c.li s4, -13            /* code0: "MZ", as with an EFI stub */
    c.nop
    .option push
    .option norvc
    j entry                 /* code1 */
    .option pop
    .dword 0                /* text_offset: 0 = 2 MiB */
    .dword end - _start     /* image_size */
    .dword 0                /* flags: little-endian */
    .word 2                 /* version 0.2 */
    .word 0                 /* res1 */
    .dword 0                /* res2 */
    .ascii "RISCV\0\0\0"    /* magic (deprecated) */
    .ascii "RSC\x05"        /* magic2 */
    .word 0                 /* res3 */
entry:
#ifdef SPIN
1:  j 1b
#endif
    li t0, 0x100000         /* sifive,test finisher: pass */
    li t1, 0x5555
    sw t1, 0(t0)
2:  j 2b
end:
ASM
    "$cc" -march=rv64gc -mabi=lp64d -nostdlib -nostartfiles -static -no-pie -fno-pic \
        -Wl,--build-id=none -Wl,-Ttext=0x80200000 "${@:2}" -o "$tmp/image.elf" "$tmp/image.S" &&
        "$objcopy" -O binary "$tmp/image.elf" "$1"
}
patch() { # patch FILE OFFSET BYTES(printf format)
    printf "$3" | dd of="$1" bs=1 seek="$2" conv=notrunc status=none
}

image "$tmp/Image" || exit 1
image "$tmp/spin.Image" -DSPIN || exit 1
[ "$(head -c 2 "$tmp/Image")" = MZ ] && [ "$(head -c 59 "$tmp/Image" | tail -c 3)" = RSC ] ||
    { echo "FAIL: the fake Image header is wrong"; exit 1; }
head -c 40 "$tmp/Image" >"$tmp/truncated.Image"
cp "$tmp/Image" "$tmp/arm64.Image" && patch "$tmp/arm64.Image" 56 'ARM\x64'
cp "$tmp/Image" "$tmp/big.Image" && patch "$tmp/big.Image" 16 '\x00\x00\x00\x04\x00\x00\x00\x00' # 64 MiB
cp "$tmp/Image" "$tmp/odd.Image" && patch "$tmp/odd.Image" 8 '\x00\x10\x00\x00\x00\x00\x00\x00' # 4 KiB
gzip -c "$tmp/Image" >"$tmp/Image.gz"
: >"$tmp/empty"
head -c $((20 << 20)) /dev/zero >"$tmp/initrd.20M"
printf 'initrd' >"$tmp/initrd.small"

# The baseline boots: a valid Image (with an initrd that fits) powers off through the syscon.
expect image 0 '' -- --kernel "$tmp/Image" --timeout 20
expect image-initrd 0 '' -- --kernel "$tmp/Image" --initrd "$tmp/initrd.small" --mem 16M \
    --timeout 20
expect timeout 124 'timed out after 0.3 s' -- --kernel "$tmp/spin.Image" --timeout 0.3

# Kernels.
expect missing-kernel 2 "cannot open kernel $tmp/nope: No such file" -- --kernel "$tmp/nope"
expect kernel-dir 2 'is not a regular file' -- --kernel "$tmp"
expect empty-kernel 2 'kernel .* is empty' -- --kernel "$tmp/empty"
expect x86-elf 2 'not a RISC-V ELF' -- --kernel /bin/true
expect truncated-image 2 'kernel .*truncated.Image is truncated \(40 bytes\)' -- \
    --kernel "$tmp/truncated.Image"
expect arm64-image 2 'is an arm64 Image, not RISC-V' -- --kernel "$tmp/arm64.Image"
expect gzip-image 2 'is gzip-compressed: pass the uncompressed Image' -- --kernel "$tmp/Image.gz"
expect big-image 2 'not enough guest memory \(--mem\)' -- --kernel "$tmp/big.Image" --mem 16M
expect text-offset 2 'text_offset 0x1000 is not 2 MiB aligned' -- --kernel "$tmp/odd.Image"

# Initrds.
expect missing-initrd 2 "cannot open initrd $tmp/nope" -- --kernel "$tmp/Image" --initrd "$tmp/nope"
expect initrd-too-big 2 'initrd .* \(20 MiB\) does not fit in guest RAM above the kernel: raise --mem' \
    -- --kernel "$tmp/Image" --initrd "$tmp/initrd.20M" --mem 16M

# Options.
expect cpus-0 2 "invalid --cpus '0' \(1-32\)" -- --kernel "$tmp/Image" --cpus 0
expect cpus-33 2 "invalid --cpus '33' \(1-32\)" -- --kernel "$tmp/Image" --cpus 33
expect cpus-text 2 "invalid --cpus 'two'" -- --kernel "$tmp/Image" --cpus two
expect mem-1M 2 '--mem must be between 16M and 512G' -- --kernel "$tmp/Image" --mem 1M
expect mem-bad 2 "invalid --mem '12Q'" -- --kernel "$tmp/Image" --mem 12Q
expect extra-arg 2 "unexpected argument 'stray'" -- --kernel "$tmp/Image" stray

echo "guest/run_errors: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
