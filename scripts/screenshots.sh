#!/usr/bin/env bash
# Regenerates the screenshots in docs/ that README.md shows: the main window with data, on
# an in-memory local sandbox seeded with the same identities every time (--seed-identities
# uses a fixed seed), at a fixed size. Rerun after changing the window:
#
#   scripts/screenshots.sh            # builds compliance-console (dev preset) if needed
#   BUILD_DIR=build/release scripts/screenshots.sh
#
# Needs a display: uses xvfb-run when there is none. Ages and dates are relative to the day
# the script runs (the sandbox seeds relative to "now"); names, statuses and layout are not.
set -euo pipefail
cd "$(dirname "$0")/.."

build_dir=${BUILD_DIR:-build/dev}
if [ ! -x "$build_dir/app/compliance-console" ]; then
    [ -f "$build_dir/CMakeCache.txt" ] || cmake --preset dev >/dev/null
    cmake --build "$build_dir" --target compliance-console -j "${JOBS:-2}"
fi
mkdir -p docs
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT

run() {
    env HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" \
        XDG_CACHE_HOME="$home/cache" LANG=C.UTF-8 TZ=UTC QT_SCALE_FACTOR=1 "$@"
}
shoot() {
    local out=$1
    shift
    if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
        run "$build_dir/app/compliance-console" --screenshot "$out" "$@"
    else
        run xvfb-run -a -s '-screen 0 1600x1000x24' \
            "$build_dir/app/compliance-console" --screenshot "$out" "$@"
    fi
    echo "wrote $out"
}

shoot docs/main-window.png --window-size 1600x1000 --seed-identities 240
# A 1366x768 laptop: the window as it opens there, Events dock included.
shoot docs/main-window-1366x768.png --window-size 1366x768 --seed-identities 240

# --- Onboarding walk-through (ui/onboarding) -------------------------------------------------
# The person dialog's GUI test drives the whole walk-through against a private paxos-sandbox
# (new person, the Sandbox example, approved, a validation message, the duplicate cip_id
# workflow, an update's changes) and saves each step when CC_SCREENSHOT_DIR is set.
if [ ! -x "$build_dir/tests/bin/tst_onboarding_person_dialog" ]; then
    cmake --build "$build_dir" --target tst_onboarding_person_dialog paxos-sandbox -j "${JOBS:-2}"
fi
walkthrough=(env CC_SCREENSHOT_DIR="$PWD/docs" PAXOS_SANDBOX_BIN="$PWD/$build_dir/sandbox/paxos-sandbox"
    "$PWD/$build_dir/tests/bin/tst_onboarding_person_dialog")
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
    run "${walkthrough[@]}" >/dev/null
else
    run xvfb-run -a -s '-screen 0 1600x1000x24' "${walkthrough[@]}" >/dev/null
fi
for f in docs/onboarding-*.png; do echo "wrote $f"; done

# --- Institution review and Accounts tab (ui/detail, ui/accounts), at 1366x768 --------------
# Their window tests save the window when CC_SCREENSHOT_DIR is set (embedded sandbox).
for t in tst_institution_review tst_accounts_tab; do
    [ -x "$build_dir/tests/bin/$t" ] || cmake --build "$build_dir" --target "$t" -j "${JOBS:-2}"
    run env CC_SCREENSHOT_DIR="$PWD/docs" QT_QPA_PLATFORM=offscreen \
        "$PWD/$build_dir/tests/bin/$t" >/dev/null
done
echo "wrote docs/institution-review.png docs/queue-institution-member.png docs/accounts-tab.png docs/accounts-member-picker.png"
