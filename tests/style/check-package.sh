#!/usr/bin/env bash
# Builds the .deb with CPack in a scratch folder, checks its name and run-time dependencies,
# and asks apt whether it would install on this system (apt-get install --simulate).
set -euo pipefail
build=${1:?build dir}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work" >"$work/cpack.log" 2>&1 || {
    cat "$work/cpack.log"; exit 1; }
shopt -s nullglob
debs=("$work"/scopevault_*_*.deb)
if [ ${#debs[@]} -ne 1 ]; then
    echo "expected one scopevault_VERSION_ARCH.deb, found: $(ls "$work")"; exit 1
fi
deb=${debs[0]}
name=$(basename "$deb")
[[ $name =~ ^scopevault_[0-9]+\.[0-9]+\.[0-9]+_[a-z0-9]+\.deb$ ]] || { echo "bad name $name"; exit 1; }
depends=$(dpkg-deb -f "$deb" Depends)
echo "$name Depends: $depends"
for needed in libqt6sql6-sqlite qt6-qpa-plugins libsodium23 libqt6widgets6 libyaml-cpp0.7 libzxcvbn0; do
    grep -q "$needed" <<<"$depends" || { echo "Depends lacks $needed"; exit 1; }
done
contents=$(dpkg-deb -c "$deb")
for file in usr/bin/scopevault usr/bin/scopevault-cli usr/bin/scopevault-agent \
    usr/share/applications/io.github.scopevault.Scopevault.desktop \
    usr/share/metainfo/io.github.scopevault.Scopevault.metainfo.xml \
    usr/share/icons/hicolor/scalable/apps/io.github.scopevault.Scopevault.svg; do
    grep -q " \./$file\$" <<<"$contents" || { echo "package lacks /$file"; exit 1; }
done
apt-get install --simulate "$deb" >"$work/apt.log" 2>&1 || { cat "$work/apt.log"; exit 1; }
grep -E '^Inst scopevault ' "$work/apt.log"
