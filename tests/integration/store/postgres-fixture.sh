#!/bin/sh
# CTest fixture: a throwaway PostgreSQL cluster for the store tests.
#   postgres-fixture.sh start DIR   initdb + start on 127.0.0.1 (free port), password auth;
#                                   writes DIR/connection (key=value lines) for the tests
#   postgres-fixture.sh stop DIR    stop the server and delete the cluster
# As root (CI) the server runs as the `postgres` account; otherwise as the current user.
set -eu
action=$1 dir=$2
mkdir -p "$dir"
conn="$dir/connection"

find_bin() {
    for v in 15 16 17 14 13; do
        if [ -x "/usr/lib/postgresql/$v/bin/initdb" ]; then
            echo "/usr/lib/postgresql/$v/bin"
            return 0
        fi
    done
    command -v initdb >/dev/null 2>&1 && dirname "$(command -v initdb)" && return 0
    return 1
}

as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

stop_cluster() {
    if [ -f "$dir/datadir" ]; then
        data=$(cat "$dir/datadir")
        bin=$(find_bin || true)
        if [ -n "$bin" ] && [ -f "$data/postmaster.pid" ]; then
            as_owner "$bin/pg_ctl" -D "$data" -m fast -w -t 30 stop >/dev/null 2>&1 || true
        fi
        rm -rf "$(dirname "$data")"
        rm -f "$dir/datadir"
    fi
    rm -f "$conn"
}

case "$action" in
start)
    stop_cluster
    bin=$(find_bin) || { echo "PostgreSQL server binaries not found (install postgresql)" >&2; exit 1; }
    # The cluster lives in the build tree when its owner can reach it, else in /tmp.
    base="$dir/cluster"
    mkdir -p "$base"
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres "$base"
        if ! runuser -u postgres -- test -w "$base"; then
            rm -rf "$base"
            base=$(mktemp -d /tmp/cc-pg.XXXXXX)
            chown postgres "$base"
        fi
    fi
    data="$base/data"
    echo "$data" >"$dir/datadir"
    password=$(od -An -tx1 -N16 /dev/urandom | tr -d ' \n')
    printf '%s\n' "$password" >"$base/pwfile"
    [ "$(id -u)" -eq 0 ] && chown postgres "$base/pwfile"
    as_owner "$bin/initdb" -D "$data" -U cc_test --pwfile="$base/pwfile" \
        --auth=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 >"$base/initdb.log" 2>&1 \
        || { cat "$base/initdb.log" >&2; exit 1; }
    rm -f "$base/pwfile"
    port=$((20000 + $$ % 20000))
    tries=0
    while :; do
        if as_owner "$bin/pg_ctl" -D "$data" -l "$base/server.log" -w -t 30 \
            -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories= -c fsync=off" \
            start >/dev/null 2>&1; then
            break
        fi
        tries=$((tries + 1))
        if [ $tries -ge 20 ]; then
            cat "$base/server.log" >&2
            exit 1
        fi
        port=$((port + 1))
    done
    {
        echo "host=127.0.0.1"
        echo "port=$port"
        echo "user=cc_test"
        echo "password=$password"
        echo "database=postgres"
    } >"$conn"
    echo "PostgreSQL fixture on 127.0.0.1:$port ($data)"
    ;;
stop)
    stop_cluster
    ;;
*)
    echo "usage: $0 start|stop DIR" >&2
    exit 2
    ;;
esac
