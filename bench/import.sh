#!/usr/bin/env bash
# Bulk import bench: ratios against a peer measured in the same run, never absolute times
# alone (the machine is shared and noisy). See bench/README.md.
#
#   bench/import.sh [--rows N] [--repeat R] [--build-dir DIR] [--latency MS]
#
# 1. import: N persons from a CSV into a fresh in-memory paxos-sandbox.
#      paxosctl identities import (checks every row, sends through the write gate, 4 in
#      flight, report)  vs  Node's fetch posting the same file, 4 in flight (peers/import-persons.mjs)
#    reported: median wall time ratio and peak RSS ratio (paxosctl / peer).
# 2. check only: the same file with one column that makes every row invalid, so paxosctl reads
#    and checks all N rows and sends nothing: rows checked per second, and the share of the
#    import's time that checking takes.
set -euo pipefail
cd "$(dirname "$0")/.."

rows=10000 repeat=3 build=build/release latency=0
while [ $# -gt 0 ]; do
    case "$1" in
    --rows) rows=$2; shift 2 ;;
    --repeat) repeat=$2; shift 2 ;;
    --build-dir) build=$2; shift 2 ;;
    --latency) latency=$2; shift 2 ;;
    *) echo "usage: bench/import.sh [--rows N] [--repeat R] [--build-dir DIR] [--latency MS]" >&2; exit 2 ;;
    esac
done
for tool in node python3 /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "bench needs $tool" >&2; exit 2; }
done
if [ "$build" = build/release ]; then
    cmake --preset release >/dev/null
fi
cmake --build "$build" --target paxosctl paxos-sandbox -j "$(nproc)" >/dev/null

work=$(mktemp -d)
sandbox_pid=
trap 'kill $sandbox_pid 2>/dev/null || true; rm -rf "$work"' EXIT
export PAXOS_CLIENT_ID=demo PAXOS_CLIENT_SECRET=demo-secret

# persons FILE RANGE [BAD]: N rows, SSNs RANGE-xx-xxxx (distinct per file), every column an API name.
persons() {
    python3 - "$1" "$rows" "$2" "${3:-}" <<'PY'
import sys
path, n, prefix, bad = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
head = ("first_name,last_name,date_of_birth,email,address1,city,province,zip_code,country,"
        "nationality,cip_id,cip_id_type,cip_id_country,verifier_type,estimated_yearly_income,"
        "expected_transfer_value,source_of_wealth,employment_status,employment_industry_sector")
with open(path, "w", newline="") as f:
    f.write(head + (",tax_details_not_required" if bad else "") + "\r\n")
    for i in range(n):
        f.write(f"Person{i:05d},Bench,19{60 + i % 40}-0{1 + i % 9}-1{i % 10},p{i}@example.org,"
                f"\"{i} Main St, Apt {i % 7}\",Austin,TX,78701,USA,USA,"
                f"{prefix}-{i // 10000:02d}-{i % 10000:04d},SSN,USA,MANUAL,INCOME_50K_TO_100K,"
                "TRANSFER_VALUE_25K_TO_50K,EMPLOYMENT_INCOME,FULL_TIME,FINANCE_INSURANCE"
                + (",maybe" if bad else "") + "\r\n")
PY
}

start_sandbox() {
    kill $sandbox_pid 2>/dev/null || true
    "$build/sandbox/paxos-sandbox" --port 0 --in-memory --fault-latency "$latency" \
        >"$work/sandbox.log" 2>&1 &
    sandbox_pid=$!
    url=
    for _ in $(seq 1 600); do
        url=$(sed -n 's/^listening on \(http:[^ ]*\).*/\1/p' "$work/sandbox.log" | head -n 1)
        [ -n "$url" ] && break
        sleep 0.1
    done
    [ -n "$url" ] || { cat "$work/sandbox.log"; exit 1; }
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
: >"$work/paxosctl.times"; : >"$work/node.times"; : >"$work/check.times"
for r in $(seq 1 "$repeat"); do
    # A fresh sandbox and fresh SSNs per run and per tool, so each creates all N.
    start_sandbox
    persons "$work/p.csv" "7$((40 + r))"
    persons "$work/n.csv" "7$((60 + r))"
    /usr/bin/time -f '%e %M' -o "$work/one" "$build/cli/paxosctl" --env "$url" --store none \
        --format json identities import "$work/p.csv" --report "$work/report.csv" >"$work/p.out"
    cat "$work/one" >>"$work/paxosctl.times"
    created=$(grep -c ',created,' "$work/report.csv" || true)
    [ "$created" = "$rows" ] || { echo "paxosctl created $created of $rows" >&2; exit 1; }
    /usr/bin/time -f '%e %M' -o "$work/one" node bench/peers/import-persons.mjs "$url" demo \
        demo-secret "$work/n.csv" 4 >"$work/n.out"
    cat "$work/one" >>"$work/node.times"
    [ "$(tail -n 1 "$work/n.out")" = "$rows" ] || { echo "node created $(cat "$work/n.out") of $rows" >&2; exit 1; }
    persons "$work/bad.csv" "7$((80 + r))" bad
    /usr/bin/time -f '%e %M' -o "$work/one" "$build/cli/paxosctl" --env "$url" --store none \
        identities import "$work/bad.csv" >/dev/null 2>"$work/bad.err" || true
    grep -q "need a fix; nothing was sent" "$work/bad.err" || { cat "$work/bad.err" | tail -3; exit 1; }
    cat "$work/one" >>"$work/check.times"
done

p_t=$(cut -d' ' -f1 "$work/paxosctl.times" | median)
p_m=$(cut -d' ' -f2 "$work/paxosctl.times" | median)
n_t=$(cut -d' ' -f1 "$work/node.times" | median)
n_m=$(cut -d' ' -f2 "$work/node.times" | median)
c_t=$(cut -d' ' -f1 "$work/check.times" | median)
printf '\nimport: %s persons, fresh in-memory sandbox, %s ms added latency, 4 in flight, median of %s runs\n' \
    "$rows" "$latency" "$repeat"
awk -v pt="$p_t" -v pm="$p_m" -v t="$n_t" -v m="$n_m" \
    'BEGIN { printf "paxosctl / Node: time %.2fx, peak RSS %.2fx (paxosctl %.2f s, Node %.2f s)\n", pt / t, pm / m, pt, t }'
awk -v c="$c_t" -v n="$rows" -v pt="$p_t" \
    'BEGIN { printf "check only: %s rows read and checked in %.2f s = %.0f rows/s (process start included); %.1f%% of the import time\n", n, c, n / c, 100 * c / pt }'
