#!/bin/sh
# CTest fixture: start one paxos-sandbox on a free loopback port for the whole test run,
# or stop it. The URL goes to DIR/url, the pid to DIR/pid, its output to DIR/log.
set -eu
action=$1 bin=$2 dir=$3
mkdir -p "$dir"
case "$action" in
start)
    if [ -f "$dir/pid" ] && kill -0 "$(cat "$dir/pid")" 2>/dev/null; then
        kill "$(cat "$dir/pid")" 2>/dev/null || true
    fi
    rm -f "$dir/url" "$dir/pid" "$dir/log"
    # setsid + redirected stdio: CTest must not wait on pipes the server keeps open.
    setsid "$bin" --host 127.0.0.1 --port 0 --in-memory --seed-identities 0 \
        </dev/null >"$dir/log" 2>&1 &
    echo $! >"$dir/pid"
    i=0
    while [ $i -lt 300 ]; do
        url=$(sed -n 's/^listening on \(http:[^ ]*\).*/\1/p' "$dir/log" | head -n 1)
        if [ -n "$url" ]; then
            printf '%s\n' "$url" >"$dir/url"
            echo "paxos-sandbox fixture at $url"
            exit 0
        fi
        kill -0 "$(cat "$dir/pid")" 2>/dev/null || { cat "$dir/log"; exit 1; }
        sleep 0.1
        i=$((i + 1))
    done
    echo "paxos-sandbox did not report a listening address" >&2
    cat "$dir/log" >&2
    exit 1
    ;;
stop)
    if [ -f "$dir/pid" ]; then
        pid=$(cat "$dir/pid")
        kill -TERM "$pid" 2>/dev/null || true
        i=0
        while kill -0 "$pid" 2>/dev/null && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
        kill -KILL "$pid" 2>/dev/null || true
        rm -f "$dir/pid" "$dir/url"
    fi
    ;;
*)
    echo "usage: $0 start|stop BIN DIR" >&2
    exit 2
    ;;
esac
