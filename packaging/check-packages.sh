#!/usr/bin/env bash
# Builds the four .debs with CPack from a build tree and checks them without installing:
# names and contents, Depends, lintian (no error or warning; overrides only with a reason
# next to them), the hardening flags in every ELF file, that scopevault-agent's dependency
# closure holds no Qt, and that apt would install all four here (--simulate).
#   packaging/check-packages.sh BUILD_DIR OUT_DIR
# packaging/check-install.sh then installs each into a clean Debian 12 chroot.
set -euo pipefail
build=${1:?build dir}
out=${2:?output dir}
rm -rf "$out"
mkdir -p "$out"
cpack --config "$build/CPackConfig.cmake" -G DEB -B "$out" >"$out/cpack.log" 2>&1 || {
    cat "$out/cpack.log"; exit 1; }
rm -rf "$out/_CPack_Packages"
version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build/CPackConfig.cmake")
arch=$(dpkg --print-architecture)
fail() { echo "FAIL: $*"; exit 1; }
deb() { echo "$out/${1}_${version}_${2:-$arch}.deb"; }
for pkg in scopevault scopevault-cli scopevault-agent; do
    [ -f "$(deb $pkg)" ] || fail "no $(basename "$(deb $pkg)") (have: $(ls "$out"))"
done
[ -f "$(deb python3-scopevault all)" ] || fail "no python3-scopevault_${version}_all.deb"
[ "$(ls "$out"/*.deb | wc -l)" -eq 4 ] || fail "expected exactly four packages: $(ls "$out")"

has() { # PACKAGE FILE...: the package ships each file
    local contents
    contents=$(dpkg-deb -c "$1")
    shift
    for file in "$@"; do
        grep -q " \./$file\$" <<<"$contents" || fail "$(basename "$deb") lacks /$file"
    done
}
lacks() { # PACKAGE PATTERN: no file matches
    local contents
    contents=$(dpkg-deb -c "$1")
    ! grep -qE "$2" <<<"$contents" || fail "$(basename "$1") ships $2"
}
has "$(deb scopevault)" usr/bin/scopevault usr/share/man/man1/scopevault.1.gz \
    usr/share/applications/io.github.scopevault.Scopevault.desktop \
    usr/share/metainfo/io.github.scopevault.Scopevault.metainfo.xml \
    usr/share/icons/hicolor/scalable/apps/io.github.scopevault.Scopevault.svg \
    usr/share/doc/scopevault/copyright usr/share/doc/scopevault/changelog.gz
lacks "$(deb scopevault)" 'usr/bin/scopevault-'
has "$(deb scopevault-cli)" usr/bin/scopevault-cli usr/share/man/man1/scopevault-cli.1.gz \
    usr/share/bash-completion/completions/scopevault-cli \
    usr/share/zsh/vendor-completions/_scopevault-cli usr/share/doc/scopevault-cli/copyright
has "$(deb scopevault-agent)" usr/bin/scopevault-agent \
    usr/share/man/man1/scopevault-agent.1.gz usr/share/doc/scopevault-agent/copyright \
    usr/share/bash-completion/completions/scopevault-agent \
    usr/share/zsh/vendor-completions/_scopevault-agent
has "$(deb python3-scopevault all)" usr/bin/scopevault-bundle \
    usr/lib/python3/dist-packages/scopevault_bundle.py \
    usr/lib/python3/dist-packages/scopevault_providers.py \
    usr/share/man/man1/scopevault-bundle.1.gz usr/share/doc/python3-scopevault/copyright

depends() { dpkg-deb -f "$1" Depends; }
for needed in libqt6sql6-sqlite qt6-qpa-plugins libqt6svg6 libsodium23 libqt6widgets6 \
    libyaml-cpp0.7 libzxcvbn0 libqt6keychain1; do
    grep -q "$needed" <<<"$(depends "$(deb scopevault)")" || fail "scopevault Depends lacks $needed"
done
for needed in libqt6sql6-sqlite libsodium23 libqt6core6; do
    grep -q "$needed" <<<"$(depends "$(deb scopevault-cli)")" || fail "scopevault-cli Depends lacks $needed"
done
grep -q python3-nacl <<<"$(depends "$(deb python3-scopevault all)")" || fail "python3-scopevault needs python3-nacl"

# The agent host needs no Qt and no X: not in Depends, not anywhere in their closure.
agent_depends=$(depends "$(deb scopevault-agent)")
echo "scopevault-agent Depends: $agent_depends"
grep -qiE 'qt|libx11|libxcb' <<<"$agent_depends" && fail "scopevault-agent depends on Qt or X"
mapfile -t direct < <(tr ',' '\n' <<<"$agent_depends" | sed 's/(.*//; s/|.*//; s/ //g' | grep .)
closure=$(apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks \
    --no-replaces --no-enhances "${direct[@]}" | grep -E '^[a-z0-9]' | sort -u)
[ "$(wc -l <<<"$closure")" -gt 3 ] || fail "apt-cache could not resolve the agent's closure"
if grep -iE '^(libqt|qt6|libx11|libxcb)' <<<"$closure"; then
    fail "scopevault-agent's dependency closure holds Qt or X (above)"
fi
echo "scopevault-agent closure: $(wc -l <<<"$closure") packages, no Qt, no X"

# Hardening: fortified functions, stack protector, full RELRO, immediate binding, PIE.
for pkg in scopevault scopevault-cli scopevault-agent; do
    x=$(mktemp -d)
    dpkg-deb -x "$(deb $pkg)" "$x"
    for elf in "$x"/usr/bin/*; do
        name=$(basename "$elf")
        # Whole outputs first: grep -q on a pipe would end the writer early (pipefail).
        kind=$(file -b "$elf")
        dynamic=$(readelf -dW "$elf")
        segments=$(readelf -lW "$elf")
        symbols=$(readelf -sW --dyn-syms "$elf")
        grep -q 'pie executable' <<<"$kind" || fail "$name is not PIE"
        grep -qE 'BIND_NOW|FLAGS.*NOW' <<<"$dynamic" || fail "$name lacks bindnow"
        grep -q GNU_RELRO <<<"$segments" || fail "$name lacks RELRO"
        grep -q '__[a-z_]*_chk@' <<<"$symbols" || fail "$name calls no fortified function"
        grep -q '__stack_chk_fail' <<<"$symbols" || fail "$name has no stack protector"
    done
    rm -rf "$x"
done
echo "hardening: PIE, RELRO, bindnow, fortify and stack protector in every executable"

lintian --fail-on error,warning --display-info --tag-display-limit 0 "$out"/*.deb |
    tee "$out/lintian.log"
echo "lintian: no error or warning"

apt-get install --simulate "$out"/*.deb >"$out/apt.log" 2>&1 || { cat "$out/apt.log"; exit 1; }
grep -E '^Inst (scopevault|python3-scopevault)' "$out/apt.log"
