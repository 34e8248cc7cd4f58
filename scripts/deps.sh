#!/usr/bin/env bash
# Install everything capa needs to build and test on Debian 12 (idempotent; needs root or sudo).
set -euo pipefail
pkgs=(build-essential cmake clang-format gcc-riscv64-linux-gnu binutils-riscv64-linux-gnu
      qemu-system-misc libfdt-dev device-tree-compiler opensbi
      liburing-dev libslirp-dev pkg-config e2fsprogs python3 iproute2
      libmicrohttpd-dev libcurl4-openssl-dev libjansson-dev)
missing=()
for p in "${pkgs[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -q
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
