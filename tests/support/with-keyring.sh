#!/bin/bash
# Runs a test inside a private D-Bus session with an unlocked gnome-keyring (Secret Service),
# in a private HOME so that nothing touches the user's own keyring. The test learns:
#   SCOPEVAULT_TEST_KEYRING_PID   the daemon (kill -STOP makes a keyring that never answers)
#   SCOPEVAULT_TEST_EMPTY_BUS     a D-Bus config with no services (a bus without a keyring)
# Exit 77 (skipped, with the reason) when gnome-keyring or dbus-run-session is missing.
set -u
here=$(cd "$(dirname "$0")" && pwd)
if [ "${1:-}" != "--inside" ]; then
    for tool in dbus-run-session gnome-keyring-daemon secret-tool; do
        if ! command -v "$tool" >/dev/null 2>&1; then
            echo "SKIP: $tool is not installed (packages dbus, gnome-keyring, libsecret-tools)"
            exit 77
        fi
    done
    home=$(mktemp -d)
    trap 'rm -rf "$home"' EXIT
    mkdir -m 700 "$home/run"
    HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_CONFIG_HOME="$home/.config" \
        XDG_RUNTIME_DIR="$home/run" DISPLAY= WAYLAND_DISPLAY= \
        dbus-run-session -- "$0" --inside "$@" 2> >(grep -v 'Failed to set fd limit' >&2)
    exit $?
fi
shift
# --foreground keeps the daemon's pid ours; the password unlocks (creates) the login keyring.
printf 'test-keyring-password' | gnome-keyring-daemon --foreground --unlock \
    --components=secrets >/dev/null 2>&1 &
daemon=$!
# Wait until the daemon owns the Secret Service name (asking it would activate another).
owner() {
    dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        "org.freedesktop.DBus.$1" string:org.freedesktop.secrets 2>/dev/null | awk 'NR==2 {print $2}'
}
for _ in $(seq 1 200); do
    [ "$(owner NameHasOwner)" = "true" ] && break
    sleep 0.05
done
pid=$(owner GetConnectionUnixProcessID)
if [ -z "$pid" ]; then
    echo "gnome-keyring-daemon did not start" >&2
    exit 1
fi
export SCOPEVAULT_TEST_KEYRING_PID=$pid
export SCOPEVAULT_TEST_EMPTY_BUS="$here/dbus-no-services.conf"
"$@"
status=$?
kill -CONT "$pid" 2>/dev/null
kill "$pid" "$daemon" 2>/dev/null
exit $status
