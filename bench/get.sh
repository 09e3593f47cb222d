#!/usr/bin/env bash
# The sandbox's read path under load, against named peers in the same run (ratios only; the
# machine is shared and noisy). See bench/README.md, "GET bench".
#
#   bench/get.sh [--identities N] [--repeat R] [--duration S] [--connections C]
#                [--build-dir DIR] [--no-build]
#
# 1. GET identity: `wrk -t2 -cC -dS --latency` on one identity of a seeded paxos-sandbox (a
#    Bearer token from /oauth2/token with every request, so it is authenticated and the path
#    validated), and on the same identity JSON served by
#      nginx (Debian, one worker, a static file), json-server (npm), Prism (npm, a mock from
#      Paxos's own OpenAPI document, /work/shared/reference or --openapi FILE).
#    Peers run one after the other inside each repetition, so a change of machine load hits
#    all of them. Reported: median requests/second, ratio sandbox / peer, median p99.
# 2. A list page of 100 (GET /v2/identity/identities?limit=100): wrk with one connection, so
#    each request is served alone: mean and p99 latency (what "a page served in N ms" means
#    for a client on loopback). Two pages: the first (newest) page and one from the middle of
#    the range (created_at.lt), both after the sandbox has served them once, and the first
#    walk over every page right after start, before anything has been served (Node's fetch
#    loop, bench/peers/list-all.mjs): its time per page.
set -euo pipefail
cd "$(dirname "$0")/.."

identities=10000 repeat=3 duration=10 connections=64 build=build/release nobuild=0
openapi=/work/shared/reference/paxos-v2-openapi-2025-09-11.json
usage="usage: bench/get.sh [--identities N] [--repeat R] [--duration S] [--connections C] [--build-dir DIR] [--no-build] [--openapi FILE]"
while [ $# -gt 0 ]; do
    case "$1" in
    --identities) identities=$2; shift 2 ;;
    --repeat) repeat=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    --build-dir) build=$2; shift 2 ;;
    --no-build) nobuild=1; shift ;;
    --openapi) openapi=$2; shift 2 ;;
    *) echo "$usage" >&2; exit 2 ;;
    esac
done

for tool in wrk nginx node npm curl jq; do
    command -v "$tool" >/dev/null || [ -x "/usr/sbin/$tool" ] || {
        echo "bench needs $tool (apt-get install wrk nginx-light nodejs npm curl jq)" >&2
        exit 2
    }
done
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)
[ -f "$openapi" ] || { echo "no OpenAPI document for Prism at $openapi (--openapi FILE)" >&2; exit 2; }

# The npm peers, pinned, installed once into a cache outside the tree.
peers_dir=${XDG_CACHE_HOME:-$HOME/.cache}/compliance-console-bench/npm
if [ ! -x "$peers_dir/node_modules/.bin/json-server" ] || [ ! -x "$peers_dir/node_modules/.bin/prism" ]; then
    mkdir -p "$peers_dir"
    (cd "$peers_dir" && npm install --no-audit --no-fund json-server@0.17.4 @stoplight/prism-cli@5 >/dev/null)
fi

if [ "$nobuild" = 0 ]; then
    [ "$build" = build/release ] && cmake --preset release >/dev/null
    cmake --build "$build" --target paxos-sandbox -j 2 >/dev/null
fi

work=$(mktemp -d)
chmod 755 "$work" # nginx's worker reads the static file as its own user
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT

free_port() { node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }
wait_http() { # URL [curl args...]: until it answers (any status)
    local url=$1; shift
    for _ in $(seq 1 300); do
        curl -s -o /dev/null "$@" "$url" && return 0
        sleep 0.1
    done
    echo "no answer from $url" >&2; exit 1
}

"$build/sandbox/paxos-sandbox" --port 0 --in-memory --seed-identities "$identities" \
    >"$work/sandbox.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 600); do
    base=$(sed -n 's/^listening on \(http:[^ ]*\).*/\1/p' "$work/sandbox.log" | head -n 1)
    [ -n "$base" ] && break
    sleep 0.1
done
[ -n "${base:-}" ] || { cat "$work/sandbox.log"; exit 1; }

# The first walk over every page, before the sandbox has served anything (seeding is done
# when the token answers: requests wait in the backlog until then).
token=$(curl -sf "$base/oauth2/token" -d grant_type=client_credentials -d client_id=demo \
    -d client_secret=demo-secret -d scope=identity:read_identity | jq -r .access_token)
auth="Authorization: Bearer $token"
start_ns=$(date +%s%N)
walked=$(node bench/peers/list-all.mjs "$base" demo demo-secret 100)
walk_ms=$(( ($(date +%s%N) - start_ns) / 1000000 ))
[ "$walked" = "$identities" ] || { echo "walk listed $walked, expected $identities" >&2; exit 1; }

# One identity well inside the range (the 1000th newest, or the oldest of a smaller seed), and
# its JSON as the sandbox serves it.
middle=$(curl -sf -H "$auth" "$base/v2/identity/identities?limit=1000" \
    | jq -r '.items[-1] | "\(.id) \(.created_at)"')
id=${middle% *}
middle_at=${middle#* }
curl -sf -H "$auth" "$base/v2/identity/identities/$id" >"$work/identity.json"
jq -e --arg id "$id" '.id == $id' "$work/identity.json" >/dev/null
bytes=$(wc -c <"$work/identity.json")

# nginx: one worker, the identity JSON as a static file.
nginx_port=$(free_port)
mkdir -p "$work/www" "$work/nginx-tmp"
cp "$work/identity.json" "$work/www/identity.json"
chmod -R a+rX "$work/www"
cat >"$work/nginx.conf" <<EOF
worker_processes 1;
daemon off;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $work/nginx-tmp; proxy_temp_path $work/nginx-tmp;
    fastcgi_temp_path $work/nginx-tmp; uwsgi_temp_path $work/nginx-tmp; scgi_temp_path $work/nginx-tmp;
    keepalive_requests 1000000;
    server {
        listen 127.0.0.1:$nginx_port;
        location / { root $work/www; default_type application/json; }
    }
}
EOF
"$nginx_bin" -c "$work/nginx.conf" -p "$work" >"$work/nginx.log" 2>&1 &
pids+=($!)

# json-server: the same identity as the one record of a collection.
json_port=$(free_port)
jq '{identities: [.]}' "$work/identity.json" >"$work/db.json"
"$peers_dir/node_modules/.bin/json-server" --quiet --port "$json_port" --host 127.0.0.1 \
    "$work/db.json" >"$work/json-server.log" 2>&1 &
pids+=($!)

# Prism: a mock of Paxos's OpenAPI document (it checks the request against the document,
# the Bearer header included, and answers the documented example).
prism_port=$(free_port)
"$peers_dir/node_modules/.bin/prism" mock --host 127.0.0.1 --port "$prism_port" "$openapi" \
    >"$work/prism.log" 2>&1 &
pids+=($!)

declare -A url
url[sandbox]="$base/v2/identity/identities/$id"
url[nginx]="http://127.0.0.1:$nginx_port/identity.json"
url[json-server]="http://127.0.0.1:$json_port/identities/$id"
url[prism]="http://127.0.0.1:$prism_port/identity/identities/$id"
peers=(sandbox nginx json-server prism)
for peer in "${peers[@]}"; do
    wait_http "${url[$peer]}" -H "$auth"
    code=$(curl -s -o "$work/$peer.body" -w '%{http_code}' -H "$auth" "${url[$peer]}")
    [ "$code" = 200 ] || { echo "$peer answered $code: $(head -c 300 "$work/$peer.body")" >&2; exit 1; }
done
for peer in nginx json-server; do
    jq -e --arg id "$id" '.id == $id' "$work/$peer.body" >/dev/null \
        || { echo "$peer does not serve the identity" >&2; exit 1; }
done

# wrk NAME URL CONNECTIONS THREADS: appends "requests/s p99_ms mean_ms" to $work/NAME.runs
to_ms() { awk '{ v=$1; if (v ~ /us$/) print (v+0) / 1000; else if (v ~ /ms$/) print v+0; else if (v ~ /s$/) print (v+0) * 1000; else print v }'; }
wrk_run() {
    local name=$1 target=$2 conns=$3 threads=$4
    wrk -t"$threads" -c"$conns" -d"${duration}s" --latency -H "$auth" "$target" >"$work/wrk.out" 2>&1
    # A wrong answer or a broken connection voids the run; wrk's time-outs (no answer within
    # 2 s) are counted and shown: the slow peers have them at 64 connections.
    if grep -q 'Non-2xx' "$work/wrk.out" \
        || grep 'Socket errors' "$work/wrk.out" | grep -qv 'connect 0, read 0, write 0,'; then
        cat "$work/wrk.out" >&2
        exit 1
    fi
    local rps p99 mean timeouts
    timeouts=$(sed -n 's/.*timeout \([0-9]*\).*/\1/p' "$work/wrk.out")
    rps=$(awk '/^Requests\/sec/ {print $2}' "$work/wrk.out")
    p99=$(awk '$1 == "99%" {print $2}' "$work/wrk.out" | to_ms)
    mean=$(awk '$1 == "Latency" {print $2; exit}' "$work/wrk.out" | to_ms)
    echo "$rps $p99 $mean ${timeouts:-0}" >>"$work/$name.runs"
}
median() { sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

url[page-first]="$base/v2/identity/identities?limit=100"
url[page-middle]="$base/v2/identity/identities?limit=100&created_at.lt=$middle_at"
load_start=$(cut -d' ' -f1-3 /proc/loadavg)
for _ in $(seq 1 "$repeat"); do
    for peer in "${peers[@]}"; do wrk_run "$peer" "${url[$peer]}" "$connections" 2; done
    for page in page-first page-middle; do wrk_run "$page" "${url[$page]}" 1 1; done
done
load_end=$(cut -d' ' -f1-3 /proc/loadavg)

col() { cut -d' ' -f"$1" "$work/$2.runs" | median; }
printf '\nGET identity (%s bytes), %s identities, wrk -t2 -c%s -d%ss, median of %s runs\n' \
    "$bytes" "$identities" "$connections" "$duration" "$repeat"
printf 'load average %s at the start, %s at the end (%s cores)\n' "$load_start" "$load_end" "$(nproc)"
printf '%-12s %14s %12s %22s\n' server "requests/s" "p99 (ms)" "sandbox / server (rps)"
s_rps=$(col 1 sandbox)
for peer in "${peers[@]}"; do
    awk -v n="$peer" -v r="$(col 1 "$peer")" -v p="$(col 2 "$peer")" -v s="$s_rps" \
        'BEGIN { printf "%-12s %14.0f %12.2f %21.2fx\n", n, r, p, s / r }'
done
printf 'every run (requests/s p99_ms mean_ms timeouts):\n'
for peer in "${peers[@]}"; do printf '  %-12s %s\n' "$peer" "$(tr '\n' ';' <"$work/$peer.runs")"; done

printf '\nlist page of 100, one connection (wrk -t1 -c1), median of %s runs\n' "$repeat"
for page in page-first page-middle; do
    printf '  %-12s mean %6.2f ms  p99 %6.2f ms\n' "$page" "$(col 3 "$page")" "$(col 2 "$page")"
done
pages=$(( (identities + 99) / 100 ))
awk -v s="$walk_ms" -v p="$pages" \
    'BEGIN { printf "  first walk right after start (Node fetch loop, %d pages): %.2f ms a page\n", p, s / p }'
