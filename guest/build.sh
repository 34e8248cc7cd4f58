#!/usr/bin/env bash
# Build capa's default Linux guest from Debian packages only:
#   guest/out/Image              RISC-V 64 Linux kernel (Debian linux-source-6.1 + guest/kernel.config)
#   guest/out/initramfs.cpio.gz  static busybox (Debian busybox source package) + guest/init
#                                + static mke2fs/e2fsck (Debian e2fsprogs source package)
#                                + /usr/bin/capa-bench (bench/guest/capabench.c, bench/compare.py)
#   guest/out/stamp              hash of all inputs + versions + output checksums
# plus, for debugging: out/vmlinux, out/System.map, out/linux.config, out/busybox.config.
#
# Cached: kernel/busybox/e2fsprogs sources and build trees live in $CAPA_GUEST_CACHE
# (default ${XDG_CACHE_HOME:-$HOME/.cache}/capa-guest); if the input hash matches
# out/stamp and the outputs are intact, the script exits in about a second.
#
# Usage: guest/build.sh [--force] [--refresh] [-v]
#   --force    rebuild even if out/stamp matches (incremental: build trees are kept)
#   --refresh  re-download the private deb-src package lists now (done automatically
#              when they are older than a day)
#   -v         stream the kernel/busybox/e2fsprogs make output instead of logging it
# Environment: JOBS (default 2), NICE (default 10), CAPA_GUEST_CACHE, CAPA_GUEST_OUT,
#   BUSYBOX_VERSION (pin the busybox source version, e.g. 1:1.35.0-4+deb12u1),
#   E2FSPROGS_VERSION (pin the e2fsprogs source version, e.g. 1.47.0-2),
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
# The .dsc file name of source package $1 (apt spec $2, e.g. "busybox=1:1.35.0-4").
find_dsc() {
    local dsc
    dsc=$(cd "$APTD" && apt-get "${APT[@]}" source --print-uris "$2" 2>/dev/null |
          awk -v p="$1" '$2 ~ ("^" p "_.*\\.dsc$") { print $2; exit }') || true
    [ -n "$dsc" ] || die "cannot find the $1 source package ($2) in $APTD lists"
    echo "$dsc"
}
bb_spec=busybox${BUSYBOX_VERSION:+=$BUSYBOX_VERSION}
BB_DSC=$(find_dsc busybox "$bb_spec")
BB_VER=${BB_DSC#busybox_}; BB_VER=${BB_VER%.dsc}   # Debian version without epoch
e2_spec=e2fsprogs${E2FSPROGS_VERSION:+=$E2FSPROGS_VERSION}
E2_DSC=$(find_dsc e2fsprogs "$e2_spec")
E2_VER=${E2_DSC#e2fsprogs_}; E2_VER=${E2_VER%.dsc}

# ---------------------------------------------------------------------------
# 3. Input hash; exit early if the outputs are current
# ---------------------------------------------------------------------------
KVER=$(dpkg-query -W -f='${Version}' "$KPKG")
versions() {
    echo "$KPKG $KVER"
    echo "busybox (source) $BB_VER"
    echo "e2fsprogs (source) $E2_VER"
    dpkg-query -W -f='${Package} ${Version}\n' gcc-riscv64-linux-gnu binutils-riscv64-linux-gnu \
        libc6-dev-riscv64-cross linux-libc-dev-riscv64-cross gcc
    "${CROSS}gcc" --version | sed -n 1p
}
INPUTS=(build.sh kernel.config busybox.config init inittab profile acpid.conf)
BENCH_SRC=$GUEST_DIR/../bench/guest/capabench.c
KEY=$( { versions; echo "SOURCE_DATE_EPOCH=$SOURCE_DATE_EPOCH";
         for f in "${INPUTS[@]}"; do echo "== $f"; cat "$GUEST_DIR/$f"; done;
         echo "== capabench.c"; cat "$BENCH_SRC"; } | sha256sum | cut -d' ' -f1)
OUTPUTS=(Image initramfs.cpio.gz vmlinux System.map linux.config busybox.config)
if ((!FORCE)) && [ -f "$OUT/stamp" ] && grep -qx "key=$KEY" "$OUT/stamp" &&
   (cd "$OUT" && grep '^[0-9a-f]\{64\}  ' stamp | sha256sum --quiet -c - >/dev/null 2>&1); then
    say "up to date: $OUT (key ${KEY:0:16}; use --force to rebuild)"
    exit 0
fi
say "building guest: $KPKG $KVER, busybox $BB_VER, e2fsprogs $E2_VER, key ${KEY:0:16}"

# Drop cached trees of other versions (they can be large).
for d in "$CACHE"/src/linux-* "$CACHE"/build/linux-*; do
    [ -e "$d" ] && [ "${d##*/}" != "linux-$KVER" ] && run rm -rf "$d"
done
for d in "$CACHE"/src/busybox-* "$CACHE"/build/busybox-*; do
    [ -e "$d" ] && [ "${d##*/}" != "busybox-$BB_VER" ] && run rm -rf "$d"
done
for d in "$CACHE"/src/e2fsprogs-* "$CACHE"/build/e2fsprogs-*; do
    [ -e "$d" ] && [ "${d##*/}" != "e2fsprogs-$E2_VER" ] && run rm -rf "$d"
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
# fetch_source NAME APT-SPEC DSC DEST: apt-get source (private lists) + dpkg-source -x, once.
fetch_source() {
    local dl=$CACHE/src/.download
    [ ! -f "$4/.capa-extracted" ] || return 0
    rm -rf "$dl" "$4"; mkdir -p "$dl"
    say "fetching $1 ${3#"$1"_} source (apt-get source, private deb-src lists)"
    (cd "$dl" && run apt-get "${APT[@]}" source --download-only "$2")
    [ -f "$dl/$3" ] || die "apt-get source did not produce $3"
    run dpkg-source -x "$dl/$3" "$4"
    rm -rf "$dl"
    touch "$4/.capa-extracted"
}
BSRC=$CACHE/src/busybox-$BB_VER
BB=$CACHE/build/busybox-$BB_VER
fetch_source busybox "$bb_spec" "$BB_DSC" "$BSRC"
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
# 5b. e2fsprogs (Debian source): static mke2fs + e2fsck, so the guest can make and check ext4
# ---------------------------------------------------------------------------
ESRC=$CACHE/src/e2fsprogs-$E2_VER
EB=$CACHE/build/e2fsprogs-$E2_VER
fetch_source e2fsprogs "$e2_spec" "$E2_DSC" "$ESRC"
# No -g and mapped paths: the binaries must not depend on where the cache lives.
# PKG_CONFIG=false: nothing from the host's (amd64) pkg-config may leak into a riscv64 build.
E2_CONFIGURE=(--host=riscv64-linux-gnu --disable-nls --disable-fuse2fs --disable-defrag
    --disable-imager --disable-debugfs --disable-resizer --disable-e2initrd-helper --disable-uuidd
    --disable-tdb --disable-elf-shlibs --disable-bsd-shlibs --disable-backtrace
    --with-udev-rules-dir=no --with-systemd-unit-dir=no --with-crond-dir=no
    "CFLAGS=-O2 -ffile-prefix-map=$ESRC=e2fsprogs -ffile-prefix-map=$EB=e2fsprogs"
    LDFLAGS=-static PKG_CONFIG=false)
mkdir -p "$EB"
printf '%s\n' "${E2_CONFIGURE[@]}" >"$EB/.capa-configure.new"
if ! cmp -s "$EB/.capa-configure.new" "$EB/.capa-configure" || [ ! -f "$EB/MCONFIG" ]; then
    e2_configure() { (cd "$EB" && nice -n "$NICE" "$ESRC/configure" "${E2_CONFIGURE[@]}"); }
    logged "$CACHE/logs/e2fsprogs-configure.log" e2_configure
    mv "$EB/.capa-configure.new" "$EB/.capa-configure"
else
    rm "$EB/.capa-configure.new"
fi
e2make() { nice -n "$NICE" make -C "$EB" -j"$JOBS" "$@"; }
# Only the libraries and the two programs (no docs, po, debugfs, resize2fs...).
logged "$CACHE/logs/e2fsprogs-build.log" e2make libs
logged "$CACHE/logs/e2fsprogs-build.log.2" e2make -C misc mke2fs mke2fs.conf
logged "$CACHE/logs/e2fsprogs-build.log.3" e2make -C e2fsck e2fsck
for b in misc/mke2fs e2fsck/e2fsck; do
    "${CROSS}readelf" -h "$EB/$b" | grep -q 'Machine:.*RISC-V' || die "$b is not a RISC-V binary"
    ! "${CROSS}readelf" -l "$EB/$b" | grep -q INTERP || die "$b is not static"
done
say "e2fsprogs built: mke2fs $(stat -c %s "$EB/misc/mke2fs") bytes, e2fsck $(stat -c %s "$EB/e2fsck/e2fsck") bytes (unstripped)"

# ---------------------------------------------------------------------------
# 6. initramfs (newc cpio via the kernel's gen_init_cpio: no root, deterministic)
# ---------------------------------------------------------------------------
GEN=$CACHE/build/gen_init_cpio-$KVER
[ -x "$GEN" ] || run gcc -O2 -o "$GEN" "$KSRC/usr/gen_init_cpio.c"
STAGE=$CACHE/build/initramfs-stage
rm -rf "$STAGE"; mkdir -p "$STAGE"
cp "$BB/busybox" "$GUEST_DIR/init" "$GUEST_DIR/inittab" "$GUEST_DIR/profile" "$GUEST_DIR/acpid.conf" "$STAGE/"
"${CROSS}strip" -o "$STAGE/mke2fs" "$EB/misc/mke2fs"
"${CROSS}strip" -o "$STAGE/e2fsck" "$EB/e2fsck/e2fsck"
cp "$EB/misc/mke2fs.conf" "$STAGE/mke2fs.conf"
# The guest side of bench/compare.py (no -g: the binary must not depend on the checkout path).
run "${CROSS}gcc" -std=gnu11 -O2 -static -Wall -Wextra -Werror -s -o "$STAGE/capa-bench" "$BENCH_SRC" -lm
printf 'root:x:0:0:root:/root:/bin/sh\n' >"$STAGE/passwd"
printf 'root:x:0:\n' >"$STAGE/group"
printf 'capa\n' >"$STAGE/hostname"
touch -d "@$SOURCE_DATE_EPOCH" "$STAGE"/*
LIST=$STAGE.list
# e2fsprogs programs and their links; busybox's applets of the same names are left out.
E2LINKS=(/sbin/mkfs.ext2 /sbin/mkfs.ext3 /sbin/mkfs.ext4 /sbin/fsck.ext2 /sbin/fsck.ext3 /sbin/fsck.ext4)
E2NAMES="mke2fs e2fsck ${E2LINKS[*]##*/}"
{
    echo "# capa guest initramfs"
    # every directory the applet links need, parents first, plus the fixed skeleton
    { printf '%s\n' /bin /sbin /usr /usr/bin /usr/sbin /dev /etc /etc/acpi /proc /sys /root /run /mnt /var /var/log
      sed 's,/[^/]*$,,' "$BB/busybox.links"; } | grep -v '^$' | sort -u | awk '
        $0 == "/root" { print "dir /root 0700 0 0"; next }
        { print "dir " $0 " 0755 0 0" }'
    echo "dir /tmp 1777 0 0"
    echo "nod /dev/console 0600 0 0 c 5 1"
    echo "nod /dev/null 0666 0 0 c 1 3"
    echo "file /bin/busybox $STAGE/busybox 0755 0 0"
    grep -vx /bin/busybox "$BB/busybox.links" | sort -u | awk -v e2="$E2NAMES" '
        BEGIN { n = split(e2, a, " "); for (i = 1; i <= n; i++) skip[a[i]] = 1 }
        { b = $0; sub(/.*\//, "", b) } !(b in skip) { print "slink " $0 " /bin/busybox 0777 0 0" }'
    echo "file /sbin/mke2fs $STAGE/mke2fs 0755 0 0"
    echo "file /sbin/e2fsck $STAGE/e2fsck 0755 0 0"
    for l in "${E2LINKS[@]}"; do
        case $l in */mkfs.*) echo "slink $l mke2fs 0777 0 0" ;; *) echo "slink $l e2fsck 0777 0 0" ;; esac
    done
    echo "file /etc/mke2fs.conf $STAGE/mke2fs.conf 0644 0 0"
    echo "file /usr/bin/capa-bench $STAGE/capa-bench 0755 0 0"
    echo "file /init $STAGE/init 0755 0 0"
    echo "file /etc/inittab $STAGE/inittab 0644 0 0"
    echo "file /etc/profile $STAGE/profile 0644 0 0"
    # acpid runs /etc/acpi/<action> (acpid.conf); busybox picks the applet from its name.
    echo "file /etc/acpid.conf $STAGE/acpid.conf 0644 0 0"
    echo "slink /etc/acpi/poweroff /bin/busybox 0777 0 0"
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
