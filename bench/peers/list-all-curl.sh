#!/usr/bin/env bash
# Peer for bench/run.sh: the same full listing with curl and jq, as a shell script would.
# usage: list-all-curl.sh BASE_URL CLIENT_ID CLIENT_SECRET [LIMIT]
set -euo pipefail
base=$1 id=$2 secret=$3 limit=${4:-100}
token=$(curl -sf "$base/oauth2/token" \
    --data-urlencode grant_type=client_credentials --data-urlencode "client_id=$id" \
    --data-urlencode "client_secret=$secret" --data-urlencode scope=identity:read_identity |
    jq -r .access_token)
cursor="" count=0
while :; do
    page=$(curl -sf -G "$base/v2/identity/identities" -H "Authorization: Bearer $token" \
        --data-urlencode "limit=$limit" ${cursor:+--data-urlencode "page_cursor=$cursor"})
    count=$((count + $(jq '.items | length' <<<"$page")))
    cursor=$(jq -r '.next_page_cursor // ""' <<<"$page")
    [ -n "$cursor" ] || break
done
echo "$count"
