#!/usr/bin/env bash
# Build capa's default Linux guest from Debian packages only:
#   guest/out/Image              RISC-V 64 Linux kernel (Debian linux-source-6.1 + guest/kernel.config)
#   guest/out/initramfs.cpio.gz  static busybox (Debian busybox source package) + guest/init
#   guest/out/stamp              hash of all inputs + versions + output checksums
# plus, for debugging: out/vmlinux, out/System.map, out/linux.config, out/busybox.config.
#
# Cached: kernel/busybox sources and build trees live in $CAPA_GUEST_CACHE
# (default ${XDG_CACHE_HOME:-$HOME/.cache}/capa-guest); if the input hash matches
# out/stamp and the outputs are intact, the script exits in about a second.
#
# Usage: guest/build.sh [--force] [--refresh] [-v]
#   --force    rebuild even if out/stamp matches (incremental: build trees are kept)
#   --refresh  re-download the private deb-src package lists now (done automatically
#              when they are older than a day)
#   -v         stream the kernel/busybox make output instead of logging it
# Environment: JOBS (default 2), NICE (default 10), CAPA_GUEST_CACHE, CAPA_GUEST_OUT,
#   BUSYBOX_VERSION (pin the busybox source version, e.g. 1:1.35.0-4+deb12u1),
#   SOURCE_DATE_EPOCH (default: fixed, for reproducible outputs).
set -euo pipefail

GUEST_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
OUT=${CAPA_GUEST_OUT:-$GUEST_DIR/out}
CACHE=${CAPA_GUEST_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/capa-guest}
JOBS=${JOBS:-2}
NICE=${NICE:-10}
CROSS=riscv64-linux-gnu-
KPKG=linux-source-6.1
KTARBALL=/usr/src/linux-source-6.1.tar.xz

FORCE=0 REFRESH=0 VERBOSE=0
for a in "$@"; do
    case $a in
    --force) FORCE=1 ;;
    --refresh) REFRESH=1 ;;
    -v | --verbose) VERBOSE=1 ;;
    -h | --help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown argument: $a (try --help)" >&2; exit 2 ;;
    esac
done

# Reproducibility: fixed timestamps/identity, C locale, UTC.
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1686355200} # 2023-06-10, Debian 12 release
export KBUILD_BUILD_TIMESTAMP="@$SOURCE_DATE_EPOCH" KBUILD_BUILD_USER=capa KBUILD_BUILD_HOST=capa
export KBUILD_BUILD_VERSION=1 KCONFIG_NOTIMESTAMP=1 LC_ALL=C TZ=UTC
umask 022

T0=$(date +%s)
say() { printf '[guest %4ss] %s\n' "$(($(date +%s) - T0))" "$*" >&2; }
die() { say "ERROR: $*"; exit 1; }
run() { say "+ $*"; "$@"; }
# Run a long make, logging to $1 unless -v; show the log tail on failure.
logged() {
    local log=$1; shift
    say "+ $* (log: $log)"
    if ((VERBOSE)); then "$@" 2>&1 | tee "$log"; return "${PIPESTATUS[0]}"; fi
    if ! "$@" >"$log" 2>&1; then tail -n 40 "$log" >&2; die "command failed, full log: $log"; fi
}

mkdir -p "$CACHE" "$OUT" "$CACHE/logs"
exec 9>"$CACHE/lock"
flock -n 9 || { say "waiting for another build.sh holding $CACHE/lock"; flock 9; }

# ---------------------------------------------------------------------------
# 1. Host packages
# ---------------------------------------------------------------------------
DEPS=(make gcc libc6-dev flex bison bc xz-utils gzip dpkg-dev
      gcc-riscv64-linux-gnu binutils-riscv64-linux-gnu "$KPKG")
missing=()
for p in "${DEPS[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then command -v sudo >/dev/null || die "need root to install: ${missing[*]}"; sudo=sudo; fi
    say "installing missing packages: ${missing[*]}"
    run $sudo apt-get update -q
    run env DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
[ -f "$KTARBALL" ] || die "$KTARBALL missing (is $KPKG installed correctly?)"

# ---------------------------------------------------------------------------
# 2. Private apt configuration for deb-src (the machine's apt config is untouched)
# ---------------------------------------------------------------------------
APTD=$CACHE/apt
# shellcheck disable=SC1091
CODENAME=$(. /etc/os-release && echo "${VERSION_CODENAME:-bookworm}")
mkdir -p "$APTD/sources.list.d" "$APTD/lists/partial" "$APTD/cache/archives/partial"
: >"$APTD/sources.list"
gen_sources() {
    # deb822 *.sources: copy every enabled "deb" stanza for $CODENAME* as "deb-src".
    local f
    for f in /etc/apt/sources.list.d/*.sources; do
        [ -f "$f" ] || continue
        awk -v cn="$CODENAME" '
            function flush(   i, ok, n, s) {
                ok = (types ~ /(^|[ \t])deb([ \t]|$)/) && (tolower(enabled) != "no")
                n = split(suites, s, /[ \t]+/)
                for (i = 1; i <= n; i++) if (s[i] == cn || index(s[i], cn "-") == 1) m = m " " s[i]
                if (ok && m != "" && uris != "") {
                    print "Types: deb-src"; print "URIs: " uris; print "Suites:" m
                    print "Components: " comps
                    if (signed != "") print "Signed-By: " signed
                    print ""
                }
                types = uris = suites = comps = signed = enabled = m = ""; key = ""
            }
            /^[ \t]*#/ { next }
            /^[ \t]*$/ { flush(); next }
            /^[ \t]/ { if (key == "signed-by") signed = signed "\n" $0; next }
            {
                key = tolower($0); sub(/:.*/, "", key)
                val = $0; sub(/^[^:]*:[ \t]*/, "", val); sub(/[ \t]+$/, "", val)
                if (key == "types") types = val; else if (key == "uris") uris = val
                else if (key == "suites") suites = val; else if (key == "components") comps = val
                else if (key == "signed-by") signed = val; else if (key == "enabled") enabled = val
            }
            END { flush() }' "$f"
    done
}
gen_lists() {
    # one-line format: "deb [opts] URI SUITE COMPONENTS..." -> "deb-src ..."
    local f
    for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
        if [ -f "$f" ]; then cat "$f"; fi
    done | awk -v cn="$CODENAME" '
            $1 != "deb" { next }
            { i = 2; if ($2 ~ /^\[/) { while ($i !~ /\]$/) i++; i++ } }
            $(i + 1) == cn || index($(i + 1), cn "-") == 1 { $1 = "deb-src"; print }'
}
gen_sources >"$APTD/sources.list.d/capa-src.sources.new"
gen_lists >"$APTD/sources.list.d/capa-src.list.new"
if ! [ -s "$APTD/sources.list.d/capa-src.sources.new" ] && ! [ -s "$APTD/sources.list.d/capa-src.list.new" ]; then
    say "no $CODENAME entries found in /etc/apt; falling back to deb.debian.org"
    cat >"$APTD/sources.list.d/capa-src.sources.new" <<EOF
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: $CODENAME $CODENAME-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb-src
URIs: http://deb.debian.org/debian-security
Suites: $CODENAME-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
fi
for f in "$APTD"/sources.list.d/capa-src.{sources,list}; do
    if cmp -s "$f.new" "$f" || { ! [ -s "$f.new" ] && ! [ -e "$f" ]; }; then
        rm "$f.new"                     # unchanged (or still empty)
    else
        REFRESH=1                       # sources changed: re-download the lists
        if [ -s "$f.new" ]; then mv "$f.new" "$f"; else rm -f "$f.new" "$f"; fi
    fi
done
APT=(-o "Dir::Etc::SourceList=$APTD/sources.list" -o "Dir::Etc::SourceParts=$APTD/sources.list.d"
     -o "Dir::State::Lists=$APTD/lists" -o "Dir::Cache=$APTD/cache" -q)
# apt's unprivileged _apt downloader cannot reach a cache under /root: download as
# root directly instead of letting apt warn about falling back to it.
[ "$(id -u)" -ne 0 ] || APT+=(-o APT::Sandbox::User=root)
have_lists() { compgen -G "$APTD/lists/*_Sources*" >/dev/null; }
if ((REFRESH)) || ! have_lists || [ -n "$(find "$APTD/lists" -maxdepth 1 -name '*_Sources*' -mmin +1440 -print -quit)" ]; then
    say "updating private deb-src lists in $APTD"
    if ! run apt-get "${APT[@]}" update; then
        have_lists || die "apt-get update (deb-src) failed"
        say "warning: deb-src list update failed; using the existing lists"
    fi
fi
bb_spec=busybox${BUSYBOX_VERSION:+=$BUSYBOX_VERSION}
BB_DSC=$(cd "$APTD" && apt-get "${APT[@]}" source --print-uris "$bb_spec" 2>/dev/null |
         awk '$2 ~ /^busybox_.*\.dsc$/ { print $2; exit }') || true
[ -n "$BB_DSC" ] || die "cannot find the busybox source package ($bb_spec) in $APTD lists"
BB_VER=${BB_DSC#busybox_}; BB_VER=${BB_VER%.dsc}   # Debian version without epoch

# ---------------------------------------------------------------------------
# 3. Input hash; exit early if the outputs are current
# ---------------------------------------------------------------------------
KVER=$(dpkg-query -W -f='${Version}' "$KPKG")
versions() {
    echo "$KPKG $KVER"
    echo "busybox (source) $BB_VER"
    dpkg-query -W -f='${Package} ${Version}\n' gcc-riscv64-linux-gnu binutils-riscv64-linux-gnu \
        libc6-dev-riscv64-cross linux-libc-dev-riscv64-cross gcc
    "${CROSS}gcc" --version | sed -n 1p
}
INPUTS=(build.sh kernel.config busybox.config init inittab profile)
KEY=$( { versions; echo "SOURCE_DATE_EPOCH=$SOURCE_DATE_EPOCH";
         for f in "${INPUTS[@]}"; do echo "== $f"; cat "$GUEST_DIR/$f"; done; } | sha256sum | cut -d' ' -f1)
OUTPUTS=(Image initramfs.cpio.gz vmlinux System.map linux.config busybox.config)
if ((!FORCE)) && [ -f "$OUT/stamp" ] && grep -qx "key=$KEY" "$OUT/stamp" &&
   (cd "$OUT" && grep '^[0-9a-f]\{64\}  ' stamp | sha256sum --quiet -c - >/dev/null 2>&1); then
    say "up to date: $OUT (key ${KEY:0:16}; use --force to rebuild)"
    exit 0
fi
say "building guest: $KPKG $KVER, busybox $BB_VER, key ${KEY:0:16}"

# Drop cached trees of other versions (they can be large).
for d in "$CACHE"/src/linux-* "$CACHE"/build/linux-*; do
    [ -e "$d" ] && [ "${d##*/}" != "linux-$KVER" ] && run rm -rf "$d"
done
for d in "$CACHE"/src/busybox-* "$CACHE"/build/busybox-*; do
    [ -e "$d" ] && [ "${d##*/}" != "busybox-$BB_VER" ] && run rm -rf "$d"
done
mkdir -p "$CACHE/src" "$CACHE/build"

# ---------------------------------------------------------------------------
# 4. Kernel
# ---------------------------------------------------------------------------
KSRC=$CACHE/src/linux-$KVER
KB=$CACHE/build/linux-$KVER
if [ ! -f "$KSRC/.capa-extracted" ]; then
    say "extracting $KTARBALL"
    rm -rf "$KSRC" "$KSRC.tmp"; mkdir -p "$KSRC.tmp"
    run tar -C "$KSRC.tmp" -xf "$KTARBALL"
    mv "$KSRC.tmp"/linux-source-6.1 "$KSRC"; rmdir "$KSRC.tmp"
    touch "$KSRC/.capa-extracted"
fi
kmake() { nice -n "$NICE" make -C "$KSRC" O="$KB" ARCH=riscv CROSS_COMPILE="$CROSS" "$@"; }
mkdir -p "$KB"
logged "$CACHE/logs/kernel-config.log" kmake KCONFIG_ALLCONFIG="$GUEST_DIR/kernel.config" allnoconfig
logged "$CACHE/logs/kernel-config.log.2" kmake olddefconfig
# Kconfig silently drops symbols whose dependencies are unmet: check every one.
check_config() { # fragment resulting-.config what
    local bad=0 line sym
    while IFS= read -r line; do
        case $line in
        CONFIG_*=*)
            grep -qxF -- "$line" "$2" || { say "MISSING in $3 .config: $line (got: $(grep -E "^(# )?${line%%=*}[= ]" "$2" || echo unset))"; bad=1; } ;;
        "# CONFIG_"*" is not set")
            sym=${line#\# }; sym=${sym%% *}
            ! grep -q "^$sym=" "$2" || { say "UNWANTED in $3 .config: $(grep "^$sym=" "$2")"; bad=1; } ;;
        esac
    done <"$1"
    ((bad == 0)) || die "$3 config does not contain the required symbols (see above)"
    say "$3 config: all symbols of ${1##*/} present"
}
check_config "$GUEST_DIR/kernel.config" "$KB/.config" kernel
logged "$CACHE/logs/kernel-build.log" kmake -j"$JOBS" Image
say "kernel built: $(stat -c %s "$KB/arch/riscv/boot/Image") bytes"

# ---------------------------------------------------------------------------
# 5. Busybox (Debian source, busybox-static flavour config + guest overrides)
# ---------------------------------------------------------------------------
BSRC=$CACHE/src/busybox-$BB_VER
BB=$CACHE/build/busybox-$BB_VER
if [ ! -f "$BSRC/.capa-extracted" ]; then
    dl=$CACHE/src/.download
    rm -rf "$dl" "$BSRC"; mkdir -p "$dl"
    say "fetching busybox $BB_VER source (apt-get source, private deb-src lists)"
    (cd "$dl" && run apt-get "${APT[@]}" source --download-only "$bb_spec")
    [ -f "$dl/$BB_DSC" ] || die "apt-get source did not produce $BB_DSC"
    run dpkg-source -x "$dl/$BB_DSC" "$BSRC"
    rm -rf "$dl"
    touch "$BSRC/.capa-extracted"
fi
bbmake() {
    nice -n "$NICE" make -C "$BB" -f "$BSRC/Makefile" KBUILD_SRC="$BSRC" CROSS_COMPILE="$CROSS" \
        BB_EXTRA_VERSION="Debian $BB_VER, capa guest" "$@"
}
mkdir -p "$BB"
cat "$GUEST_DIR/busybox.config" "$BSRC/debian/config/os/linux" "$BSRC/debian/config/pkg/static" >"$BB/.capa-config-in.new"
if ! cmp -s "$BB/.capa-config-in.new" "$BB/.capa-config-in" || [ ! -f "$BB/include/autoconf.h" ]; then
    cp "$BB/.capa-config-in.new" "$BB/.config"
    bb_oldconfig() { { yes "" || true; } | bbmake oldconfig; }
    logged "$CACHE/logs/busybox-config.log" bb_oldconfig
    mv "$BB/.capa-config-in.new" "$BB/.capa-config-in"
else
    rm "$BB/.capa-config-in.new"
fi
check_config "$GUEST_DIR/busybox.config" "$BB/.config" busybox
# Upstream's build cannot take several targets in one parallel make (see debian/rules).
logged "$CACHE/logs/busybox-build.log" bbmake -j"$JOBS" all
logged "$CACHE/logs/busybox-links.log" bbmake busybox.links
"${CROSS}readelf" -h "$BB/busybox" | grep -q 'Machine:.*RISC-V' || die "busybox is not a RISC-V binary"
! "${CROSS}readelf" -l "$BB/busybox" | grep -q INTERP || die "busybox is not static"
say "busybox built: $(stat -c %s "$BB/busybox") bytes, $(wc -l <"$BB/busybox.links") applets"

# ---------------------------------------------------------------------------
# 6. initramfs (newc cpio via the kernel's gen_init_cpio: no root, deterministic)
# ---------------------------------------------------------------------------
GEN=$CACHE/build/gen_init_cpio-$KVER
[ -x "$GEN" ] || run gcc -O2 -o "$GEN" "$KSRC/usr/gen_init_cpio.c"
STAGE=$CACHE/build/initramfs-stage
rm -rf "$STAGE"; mkdir -p "$STAGE"
cp "$BB/busybox" "$GUEST_DIR/init" "$GUEST_DIR/inittab" "$GUEST_DIR/profile" "$STAGE/"
printf 'root:x:0:0:root:/root:/bin/sh\n' >"$STAGE/passwd"
printf 'root:x:0:\n' >"$STAGE/group"
printf 'capa\n' >"$STAGE/hostname"
touch -d "@$SOURCE_DATE_EPOCH" "$STAGE"/*
LIST=$STAGE.list
{
    echo "# capa guest initramfs"
    # every directory the applet links need, parents first, plus the fixed skeleton
    { printf '%s\n' /bin /sbin /usr /usr/bin /usr/sbin /dev /etc /proc /sys /root /run /mnt /var
      sed 's,/[^/]*$,,' "$BB/busybox.links"; } | grep -v '^$' | sort -u | awk '
        $0 == "/root" { print "dir /root 0700 0 0"; next }
        { print "dir " $0 " 0755 0 0" }'
    echo "dir /tmp 1777 0 0"
    echo "nod /dev/console 0600 0 0 c 5 1"
    echo "nod /dev/null 0666 0 0 c 1 3"
    echo "file /bin/busybox $STAGE/busybox 0755 0 0"
    grep -vx /bin/busybox "$BB/busybox.links" | sort -u | awk '{ print "slink " $0 " /bin/busybox 0777 0 0" }'
    echo "file /init $STAGE/init 0755 0 0"
    echo "file /etc/inittab $STAGE/inittab 0644 0 0"
    echo "file /etc/profile $STAGE/profile 0644 0 0"
    echo "file /etc/passwd $STAGE/passwd 0644 0 0"
    echo "file /etc/group $STAGE/group 0644 0 0"
    echo "file /etc/hostname $STAGE/hostname 0644 0 0"
} >"$LIST"
say "+ gen_init_cpio $LIST | gzip -9 -n > $OUT/initramfs.cpio.gz"
"$GEN" -t "$SOURCE_DATE_EPOCH" "$LIST" | gzip -9 -n >"$OUT/initramfs.cpio.gz.tmp"

# ---------------------------------------------------------------------------
# 7. Outputs + stamp
# ---------------------------------------------------------------------------
install -m 0644 "$KB/arch/riscv/boot/Image" "$OUT/Image.tmp"
install -m 0644 "$KB/vmlinux" "$OUT/vmlinux.tmp"
install -m 0644 "$KB/System.map" "$OUT/System.map.tmp"
install -m 0644 "$KB/.config" "$OUT/linux.config.tmp"
install -m 0644 "$BB/.config" "$OUT/busybox.config.tmp"
for f in "${OUTPUTS[@]}"; do mv -f "$OUT/$f.tmp" "$OUT/$f"; done
{
    echo "# capa guest build stamp (guest/build.sh); outputs are current iff key matches"
    echo "key=$KEY"
    versions | sed 's/^/version: /'
    (cd "$OUT" && sha256sum "${OUTPUTS[@]}")
} >"$OUT/stamp.tmp"
mv -f "$OUT/stamp.tmp" "$OUT/stamp"
say "done: $OUT/Image ($(stat -c %s "$OUT/Image") B), $OUT/initramfs.cpio.gz ($(stat -c %s "$OUT/initramfs.cpio.gz") B)"
