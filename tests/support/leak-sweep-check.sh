#!/bin/sh
# The leak sweep itself must find what it is meant to find: plant each kind of leak in a
# folder and expect a finding for it, then expect a clean folder to pass.
set -eu
sweep=$1 dir=$2
rm -rf "$dir" && mkdir -p "$dir/clean" "$dir/leaky/config" "$dir/leaky/keyrings" "$dir/leaky/sandbox"
printf '[paxos]\nclientId=demo\napiBase=http://127.0.0.1:8640\n' >"$dir/clean/settings.conf"
printf 'curl -H "Authorization: Bearer {access_token}" -d client_secret={paxos_secret}\n' >"$dir/clean/call.txt"
# Secrets where they belong are not findings.
printf 'known-secret-value\n' >"$dir/leaky/keyrings/login.keyring"
printf 'known-secret-value\n' >"$dir/leaky/sandbox/state.txt"
printf 'Authorization: Bearer aZ3k9Qx7Lm2Np5Rt8Vw1Yb4Cd6Ef0Gh\n' >"$dir/leaky/config/a.log"
printf '{"access_token":"aZ3k9Qx7Lm2Np5Rt8Vw1"}\n' >"$dir/leaky/config/b.json"
printf 'grant_type=client_credentials&client_secret=hunter2\n' >"$dir/leaky/config/c.txt"
printf '{"cip_id":"073-05-1120"}\n' >"$dir/leaky/config/d.json"
printf 'token: known-secret-value\n' >"$dir/leaky/config/e.txt"

"$sweep" "$dir/clean" --secret known-secret-value || { echo "clean folder reported" >&2; exit 1; }
out=$("$sweep" "$dir/leaky" --secret known-secret-value 2>&1) && { echo "leaks not reported" >&2; exit 1; }
for kind in "bearer token" "access token" "client secret in a form" "unmasked cip_id" "known secret"; do
    count=$(printf '%s\n' "$out" | grep -c "LEAK $kind in" || true)
    [ "$count" -ge 1 ] || { echo "missed: $kind" >&2; printf '%s\n' "$out" >&2; exit 1; }
done
# Neither keyrings nor the sandbox's own state are reported, and nothing found is echoed.
if printf '%s\n' "$out" | grep -q -e keyrings -e /sandbox/ -e hunter2 -e 1120; then
    printf '%s\n' "$out" >&2; exit 1
fi
echo "leak sweep finds every planted kind"
