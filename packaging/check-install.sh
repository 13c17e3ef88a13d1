#!/usr/bin/env bash
# Installs each package, on its own, into a clean Debian 12 chroot (debootstrap minbase) with
# apt, so that its Depends are complete, and runs what a user runs first:
#   scopevault-agent    keygen, --version; nothing of Qt or X installed
#   scopevault-cli      init, set, get (exact bytes), the completion script loads in bash
#   scopevault          --version and --help without a display
#   python3-scopevault  the modules import, scopevault-bundle and a provider open a real bundle
#   packaging/check-install.sh DEB_DIR BUILD_DIR [CACHE_DIR]
# Needs root, debootstrap and the Debian archive; exits 77 (skipped) saying which is missing.
set -euo pipefail
debs=$(cd "${1:?deb dir}" && pwd)
build=$(cd "${2:?build dir}" && pwd)
cache=${3:-$build/chroot-cache}
mirror=${SCOPEVAULT_DEBIAN_MIRROR:-http://deb.debian.org/debian}
skip() { echo "SKIPPED: $*"; exit 77; }
[ "$(id -u)" -eq 0 ] || skip "installing into a chroot needs root"
command -v debootstrap >/dev/null || skip "debootstrap is not installed"
if ! timeout 20 bash -c "exec 3<>/dev/tcp/${mirror#*://}" 2>/dev/null; then
    host=${mirror#*://}; host=${host%%/*}
    timeout 20 bash -c "exec 3<>/dev/tcp/$host/80" 2>/dev/null ||
        skip "the Debian archive ($mirror) cannot be reached"
fi

mkdir -p "$cache/archives/partial"
base=$cache/bookworm-minbase
if [ ! -x "$base/usr/bin/apt-get" ]; then
    rm -rf "$base"
    echo "== debootstrap --variant=minbase bookworm (once; kept in $base)"
    debootstrap --variant=minbase --cache-dir="$cache/archives" bookworm "$base" "$mirror" \
        >"$cache/debootstrap.log" 2>&1 || { tail -20 "$cache/debootstrap.log"; exit 1; }
fi

work=$(mktemp -d)
root=
cleanup() {
    if [ -n "$root" ]; then
        umount "$root/var/cache/apt/archives" "$root/proc" 2>/dev/null || true
        rm -rf "$root"
    fi
    rm -rf "$work"
}
trap cleanup EXIT

# A bundle made by this build, for the Python reader to open in its chroot.
cli=$build/app/cli/scopevault-cli
agent=$build/app/agent/scopevault-agent
printf 'pass phrase for the chroot check' >"$work/pass"
v=(--vault "$work/v.svdb" --passphrase-file "$work/pass")
"$cli" "${v[@]}" init --kdf interactive >/dev/null
printf 'sk-chroot-check-value' | "$cli" "${v[@]}" set research/summarise:OPENAI_API_KEY >/dev/null
public=$("$agent" keygen --out "$work/py.identity" 2>/dev/null)
"$cli" "${v[@]}" agent add py --public-key "$public" >/dev/null
"$cli" "${v[@]}" action declare research/summarise OPENAI_API_KEY >/dev/null
"$cli" "${v[@]}" grant py research/summarise >/dev/null
"$cli" "${v[@]}" export py --out "$work/py.svb" >/dev/null
"$cli" "${v[@]}" vault-key >"$work/vault.pub" 2>/dev/null

install_into_fresh_root() { # PACKAGE: a copy of the base with only that package added
    root=$(mktemp -d "$work/root.XXXX")
    cp -a "$base/." "$root/"
    cp /etc/resolv.conf "$root/etc/resolv.conf"
    mount -t proc proc "$root/proc"
    mount --bind "$cache/archives" "$root/var/cache/apt/archives"
    cp "$debs/$1"_*.deb "$root/tmp/"
    echo "== $1: apt-get install into a clean bookworm"
    chroot "$root" sh -c 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -qq --no-install-recommends /tmp/*.deb' >"$work/$1.log" 2>&1 ||
        { tail -30 "$work/$1.log"; exit 1; }
    echo "   $(grep -c '^Setting up' "$work/$1.log") packages set up"
}
leave_root() {
    umount "$root/var/cache/apt/archives" "$root/proc"
    rm -rf "$root"
    root=
}
in_root() { chroot "$root" env -i PATH=/usr/bin:/bin HOME=/root LANG=C.UTF-8 "$@"; }

install_into_fresh_root scopevault-agent
in_root scopevault-agent --version
in_root scopevault-agent keygen --out /root/id >/dev/null 2>&1
if in_root dpkg-query -W -f='${Package}\n' | grep -iE '^(libqt|qt6|libx11|libxcb)'; then
    echo "FAIL: installing scopevault-agent pulled in Qt or X (above)"; exit 1
fi
leave_root

install_into_fresh_root scopevault-cli
in_root scopevault-cli --version
in_root sh -c 'printf pw > /root/pass && scopevault-cli --passphrase-file /root/pass init \
    --kdf interactive >/dev/null && printf "exact\001bytes" | scopevault-cli --passphrase-file \
    /root/pass set system:X >/dev/null && scopevault-cli --passphrase-file /root/pass get \
    system:X > /root/out && printf "exact\001bytes" | cmp - /root/out'
[ "$(stat -c %a "$root/root/.local/share/scopevault/vault.svdb")" = 600 ] ||
    { echo "FAIL: the vault is not 0600"; exit 1; }
in_root bash -c '. /usr/share/bash-completion/completions/scopevault-cli &&
    COMP_WORDS=(scopevault-cli agent a) COMP_CWORD=2 && _scopevault_cli &&
    [ "${COMPREPLY[*]}" = add ]' || { echo "FAIL: bash completion"; exit 1; }
leave_root

install_into_fresh_root scopevault
in_root scopevault --version
in_root scopevault --help >/dev/null
leave_root

install_into_fresh_root python3-scopevault
cp "$work/py.svb" "$work/py.identity" "$work/vault.pub" "$root/root/"
in_root python3 -c 'import scopevault_bundle; print("module", scopevault_bundle.__version__)'
in_root python3 -c 'import sys; from scopevault_providers import AbstractCoreSecretProvider as P
p = P("/root/py.svb", identity="/root/py.identity", vault_key=sys.argv[1])
assert p.supports("openai") and p.get_secret("openai") == "sk-chroot-check-value"
print("providers: AbstractCoreSecretProvider opens the bundle")' "$(cat "$work/vault.pub")"
in_root scopevault-bundle --version
in_root scopevault-bundle /root/py.svb --identity /root/py.identity --vault-key \
    "$(cat "$work/vault.pub")" >"$work/opened.json"
/usr/bin/python3 -c 'import json, sys, base64
v = json.load(open(sys.argv[1]))["secrets"]["OPENAI_API_KEY"]
assert base64.b64decode(v) == b"sk-chroot-check-value", v' "$work/opened.json"
leave_root
echo "== all four packages install alone into a clean Debian 12 and work"
