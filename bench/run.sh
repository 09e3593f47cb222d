#!/usr/bin/env bash
# Benchmarks that report ratios against named peers measured in the same run, never absolute
# times (the machine is shared and noisy). See bench/README.md.
#
#   bench/run.sh [--identities N] [--repeat R] [--build-dir DIR] [--latency MS] [--list-only]
#                [--parallel N]
#
# --latency MS makes the sandbox add MS milliseconds to every answer (--fault-latency), to
# stand for a remote Paxos: a sequential client then pays it once per page.
# --list-only runs (and builds) only the list-all bench: paxosctl and paxos-sandbox.
# --parallel N runs paxosctl with --parallel N (calls in flight) instead of its default.
#
# 1. list-all: fetch every identity from a seeded paxos-sandbox, page by page.
#      paxosctl  vs  Node's fetch (peers/list-all.mjs)  vs  curl + jq (peers/list-all-curl.sh)
#    reported: median wall time ratio and peak RSS ratio (paxosctl / peer).
# 2. decode: Google Benchmark of decoding identity list pages into paxos::Identity values
#    against a plain QJsonDocument parse of the same bytes (bench/decode_bench).
set -euo pipefail
cd "$(dirname "$0")/.."

identities=20000 repeat=5 build=build/release latency=0 listonly=0 parallel=()
while [ $# -gt 0 ]; do
    case "$1" in
    --identities) identities=$2; shift 2 ;;
    --repeat) repeat=$2; shift 2 ;;
    --build-dir) build=$2; shift 2 ;;
    --latency) latency=$2; shift 2 ;;
    --list-only) listonly=1; shift ;;
    --parallel) parallel=(--parallel "$2"); shift 2 ;;
    *) echo "usage: bench/run.sh [--identities N] [--repeat R] [--build-dir DIR] [--latency MS] [--list-only] [--parallel N]" >&2; exit 2 ;;
    esac
done

for tool in node curl jq /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "bench needs $tool (apt-get install nodejs curl jq time)" >&2; exit 2; }
done

if [ "$build" = build/release ]; then
    cmake --preset release >/dev/null
fi
targets="paxosctl paxos-sandbox"
[ "$listonly" = 1 ] || targets="$targets decode_bench"
# shellcheck disable=SC2086 # the target list is meant to split
cmake --build "$build" --target $targets -j "$(nproc)" >/dev/null

work=$(mktemp -d)
trap 'kill $sandbox_pid 2>/dev/null || true; rm -rf "$work"' EXIT
"$build/sandbox/paxos-sandbox" --port 0 --in-memory --seed-identities "$identities" \
    --fault-latency "$latency" >"$work/sandbox.log" 2>&1 &
sandbox_pid=$!
for _ in $(seq 1 600); do
    url=$(sed -n 's/^listening on \(http:[^ ]*\).*/\1/p' "$work/sandbox.log" | head -n 1)
    [ -n "$url" ] && break
    sleep 0.1
done
[ -n "${url:-}" ] || { cat "$work/sandbox.log"; exit 1; }
echo "paxos-sandbox with $identities identities at $url, ${latency} ms added to every answer"

export PAXOS_CLIENT_ID=demo PAXOS_CLIENT_SECRET=demo-secret

# run_once NAME CMD... : runs the command once, appends "seconds maxrss_kb" to NAME.times and
# checks the count it listed.
run_once() {
    local name=$1; shift
    /usr/bin/time -f '%e %M' -o "$work/$name.one" "$@" >"$work/$name.out"
    cat "$work/$name.one" >>"$work/$name.times"
    local got
    if [ "$name" = paxosctl ]; then
        got=$(($(wc -l <"$work/$name.out") - 1)) # CSV: a header, then one line each
    else
        got=$(tail -n 1 "$work/$name.out" | tr -dc '0-9')
    fi
    if [ "$got" != "$identities" ]; then
        echo "$name listed $got identities, expected $identities" >&2; exit 1
    fi
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

# One untimed walk first: the sandbox keeps identities it rendered (until its state changes;
# sandbox/renderedidentities.h), so without it whichever tool ran first would pay the
# rendering for the others. Every timed run below finds the same warm sandbox.
node bench/peers/list-all.mjs "$url" demo demo-secret 100 >/dev/null
load_start=$(cut -d' ' -f1-3 /proc/loadavg)

# The tools take turns inside each repetition, so a change of machine load meets all three.
: >"$work/paxosctl.times"; : >"$work/node.times"; : >"$work/curl.times"
for _ in $(seq 1 "$repeat"); do
    run_once paxosctl "$build/cli/paxosctl" ${parallel[@]+"${parallel[@]}"} --env "$url" --format csv \
        identities list --all --limit 100
    run_once node node bench/peers/list-all.mjs "$url" demo demo-secret 100
    run_once curl bench/peers/list-all-curl.sh "$url" demo demo-secret 100
done

printf '\nlist-all: %s identities, pages of 100, %s ms added latency, median of %s runs%s\n' \
    "$identities" "$latency" "$repeat" "${parallel[1]:+, paxosctl --parallel ${parallel[1]}}"
printf '%-10s %12s %12s %16s %14s\n' peer "time ratio" "RSS ratio" "peer median (s)" "peer RSS (MB)"
p_t=$(cut -d' ' -f1 "$work/paxosctl.times" | median)
p_m=$(cut -d' ' -f2 "$work/paxosctl.times" | median)
for peer in node curl; do
    t=$(cut -d' ' -f1 "$work/$peer.times" | median)
    m=$(cut -d' ' -f2 "$work/$peer.times" | median)
    awk -v pt="$p_t" -v pm="$p_m" -v t="$t" -v m="$m" -v n="$peer" \
        'BEGIN { printf "%-10s %11.2fx %11.2fx %16.2f %14.1f\n", n, pt / t, pm / m, t, m / 1024 }'
done
echo "(ratio = paxosctl / peer; below 1 means paxosctl is faster or smaller)"
printf 'load average %s before the timed runs, %s after (%s cores)\n' "$load_start" \
    "$(cut -d' ' -f1-3 /proc/loadavg)" "$(nproc)"
[ "$listonly" = 1 ] && exit 0

printf '\ndecode: a page of 100 identities; ratio = cost / QJsonDocument parse of the same bytes\n'
"$build/bench/decode_bench" --benchmark_format=json --benchmark_repetitions="$repeat" \
    --benchmark_report_aggregates_only=true >"$work/decode.json" 2>/dev/null
jq -r '
  [.benchmarks[] | select(.aggregate_name == "median")] as $m
  | ($m[] | select(.run_name == "BM_PeerQJsonParse") | .cpu_time) as $peer
  | $m[] | "\(.run_name | ltrimstr("BM_") | .[0:28] | . + " " * (28 - length)) \(.cpu_time / $peer * 100 | round / 100)x"
' "$work/decode.json"
