#!/bin/sh
# run-fuzzer.sh <fuzzer> <seed-corpus> <work-dir> <seconds> <max-len> [<dict>]
# Fuzzes for <seconds> starting from the committed seeds. New inputs go to <work-dir>/corpus
# (never into the source tree); a crash leaves <work-dir>/artifacts/crash-* and fails the test
# (copy it into tests/fuzz/<target>/ and add a regression test, see README.md).
set -eu
fuzzer=$1 seeds=$2 work=$3 seconds=$4 maxlen=$5 dict=${6:-}
mkdir -p "$work/corpus" "$work/artifacts"
set -- -max_total_time="$seconds" -max_len="$maxlen" -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="$work/artifacts/"
if [ -n "$dict" ]; then
    set -- "$@" -dict="$dict"
fi
exec "$fuzzer" "$@" "$work/corpus" "$seeds"
