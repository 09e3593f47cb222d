#!/bin/sh
# Runs a test inside a private D-Bus session with an unlocked gnome-keyring (Secret Service),
# so QtKeychain talks to a real keychain without touching the user's.
set -eu
export CC_TEST_REAL_KEYCHAIN=1
exec dbus-run-session -- sh -c '
    printf "cc-test" | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1 || exit 1
    exec "$@"' keychain-session "$@"
