#!/bin/sh
# Builds the DEB with CPack, unpacks it into a temporary root and checks the package as a user
# gets it: the three programs run from there (the console's --self-test on its embedded
# sandbox, paxosctl and paxos-sandbox --version), the man pages are present, and the desktop
# file, AppStream id and icons share one id.
set -eu
build=$1 work=$2 id=$3
rm -rf "$work"
mkdir -p "$work/root" "$work/home"
cd "$build"
cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/out/*.deb | head -n 1)
dpkg-deb -x "$deb" "$work/root"
root=$work/root/usr

fail() { echo "FAIL: $*" >&2; exit 1; }
for f in bin/compliance-console bin/paxosctl bin/paxos-sandbox; do
    [ -x "$root/$f" ] || fail "$f is not installed"
done
for m in paxosctl paxos-sandbox; do
    [ -f "$root/share/man/man1/$m.1" ] || [ -f "$root/share/man/man1/$m.1.gz" ] \
        || fail "no man page for $m"
done
[ -f "$root/share/applications/$id.desktop" ] || fail "desktop file is not named $id.desktop"
grep -q "<id>$id</id>" "$root/share/metainfo/$id.metainfo.xml" || fail "AppStream id differs"
grep -q "^Icon=$id\$" "$root/share/applications/$id.desktop" || fail "icon name differs"
for s in 16 32 48 128 256; do
    [ -f "$root/share/icons/hicolor/${s}x${s}/apps/$id.png" ] || fail "no ${s}px icon"
done
[ -f "$root/share/icons/hicolor/scalable/apps/$id.svg" ] || fail "no scalable icon"

"$root/bin/paxosctl" --version
"$root/bin/paxos-sandbox" --version
# The installed console starts, loads from its embedded sandbox, opens an identity and exits 0.
"$root/bin/compliance-console" --self-test --data-dir "$work/data"
echo "package $(basename "$deb") installs and runs"
