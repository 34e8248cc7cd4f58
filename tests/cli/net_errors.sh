#!/usr/bin/env bash
# `capa run --net`: one-line errors and exit status 2 for bad options and backends that cannot
# open (no tap device is ever created: the tap name is one the kernel refuses).
set -u
capa=$1
tmp=$(mktemp -d)
holder=
trap 'rm -rf "$tmp"; [ -n "$holder" ] && kill "$holder" 2>/dev/null' EXIT
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
truncate -s 4096 "$tmp/kernel.bin" # a raw "kernel": never runs (the network fails first)
expect kind "invalid --net 'slirp'" --net slirp
expect option "invalid --net option 'foo=1'" --net user,foo=1
expect mac "invalid --net option 'mac=52:54:00:12:34'" --net user,mac=52:54:00:12:34
expect multicast-mac "invalid --net option 'mac=01:" --net user,mac=01:00:5e:00:00:01
expect hostfwd-syntax "invalid --net option 'hostfwd=tcp:2222-:22'" --net user,hostfwd=tcp:2222-:22
expect hostfwd-port "invalid --net option 'hostfwd=tcp::70000-:22'" --net user,hostfwd=tcp::70000-:22
expect hostfwd-on-tap "invalid --net option 'hostfwd" --net tap=capa0,hostfwd=tcp::2222-:22
expect tap-empty "invalid --net 'tap='" --net tap=
expect too-many "at most 4 --net" --net user --net user --net user --net user --net user
expect tap-refused "net tap:" --net tap=bad/name
# A forwarded port already taken on 127.0.0.1.
python3 -c 'import socket, sys, time
s = socket.socket(); s.bind(("127.0.0.1", 0)); s.listen(1)
print(s.getsockname()[1], flush=True); time.sleep(30)' >"$tmp/port" &
holder=$!
for _ in $(seq 50); do [ -s "$tmp/port" ] && break; sleep 0.1; done
expect hostfwd-in-use "cannot forward tcp 127.0.0.1:$(cat "$tmp/port")" \
    --net "user,hostfwd=tcp::$(cat "$tmp/port")-:22"
echo "net_errors: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
