#!/usr/bin/env bash
# Installs every Debian 12 package the build, the console and the tests need.
# Idempotent and non-interactive; runs as root or through sudo. Does nothing when all
# packages are already present, so CI and repeated runs stay fast.
set -euo pipefail

packages=(
    # toolchain; ccache keeps rebuilds (and CI runs with a kept cache) short
    build-essential cmake ninja-build pkg-config git clang-format ccache
    # fuzzing (the fuzz presets): Clang 14 and its libFuzzer runtime
    clang libclang-rt-14-dev
    # Qt 6.4 and friends
    qt6-base-dev qt6-base-dev-tools qtkeychain-qt6-dev qt6-charts-dev libqt6opengl6-dev
    libqt6sql6-sqlite libqt6sql6-psql libqt6svg6 qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-qpa-plugins libgl-dev
    # tests: headless display, a Secret Service for the keychain, PostgreSQL for the team store
    xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools postgresql
    # screenshots and benchmarks
    imagemagick curl
    # packaging: the DEB test, its man page made from --help, desktop and AppStream checks
    help2man desktop-file-utils appstream
    # evidence pack tests read the produced PDF back as text
    poppler-utils fonts-dejavu-core
    # the HTTP server layer (httpserver/) parses with Boost.Beast, header-only
    libboost-dev
    # drafts are encrypted at rest (AES-256-GCM via OpenSSL libcrypto)
    libssl-dev
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$p")
    fi
done
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi
echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
