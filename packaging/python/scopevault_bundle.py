"""Read Scopevault agent bundles (format version 1) from Python agent runtimes.

Written from docs/BUNDLE-FORMAT.md; needs only PyNaCl (Debian: python3-nacl).

    from scopevault_bundle import open_bundle
    bundle = open_bundle("alice.svb", identity="alice.identity", vault_key="BASE64...")
    bundle["secrets"]["OPENAI_API_KEY"]      # bytes

The same checks as scopevault-agent, in the same order; every refusal raises a subclass of
BundleError before any secret is returned. Receipts are not written by this module.
"""

__version__ = "0.1.0"

import base64
import os
import stat
import re
import struct
import sys
import time

import nacl.bindings
import nacl.encoding
import nacl.exceptions
import nacl.hash
import nacl.public
import nacl.signing

__all__ = [
    "BundleError", "BundleDamaged", "UnsupportedVersion", "UnknownVaultKey", "BadSignature",
    "WrongIdentity", "BundleExpired", "SelectionError", "open_bundle", "inspect_bundle",
    "load_identity",
]

MAGIC = b"SVBUNDLE"
VERSION = 1
FIXED = 185
SIGNATURE = 64
MAX_CIPHERTEXT = 64 << 20
CLOCK_SKEW_MS = 5 * 60 * 1000
IDENTITY_PREFIX = "SCOPEVAULT-AGENT-IDENTITY-1 "


class BundleError(Exception):
    """A bundle was refused. `exit_code` matches scopevault-agent's."""
    exit_code = 1


class BundleDamaged(BundleError):
    exit_code = 10


class UnsupportedVersion(BundleError):
    exit_code = 11


class UnknownVaultKey(BundleError):
    exit_code = 12


class BadSignature(BundleError):
    exit_code = 13


class WrongIdentity(BundleError):
    exit_code = 14


class BundleExpired(BundleError):
    exit_code = 15


class SelectionError(BundleError):
    exit_code = 16


def _fingerprint(public_key):
    return nacl.hash.blake2b(public_key, digest_size=32, encoder=nacl.encoding.RawEncoder)[:16]


def _fp_text(fingerprint):
    return ":".join("%02x" % b for b in fingerprint)


def _iso(ms):
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(ms / 1000))


def load_identity(path):
    """The X25519 private key of an identity file written by `scopevault-agent keygen`."""
    mode = os.stat(path).st_mode
    if mode & 0o077:
        raise PermissionError("identity %s is accessible by other users (mode %o); run "
                              "'chmod 600 %s' first" % (path, stat.S_IMODE(mode), path))
    with open(path, "r", encoding="ascii", errors="strict") as handle:
        try:
            lines = list(handle)
        except UnicodeDecodeError:
            raise ValueError("%s is not a Scopevault agent identity (it is not ASCII text)"
                             % path) from None
        for number, line in enumerate(lines, 1):
            stripped = line.strip()
            if not stripped or stripped.startswith("#"):
                continue
            if not line.startswith(IDENTITY_PREFIX):
                raise ValueError("%s:%d: not a Scopevault agent identity line" % (path, number))
            try:
                secret = base64.b64decode(line[len(IDENTITY_PREFIX):].strip(), validate=True)
            except ValueError:
                secret = b""
            if len(secret) != 32:
                raise ValueError("%s:%d: the secret key is not 32 bytes of base64"
                                 % (path, number))
            return nacl.public.PrivateKey(secret)
    raise ValueError("%s holds no identity line" % path)


def _parse_header(data, source):
    if len(data) < 8 or data[:8] != MAGIC:
        raise BundleDamaged("%s is not a usable bundle: it does not start with the Scopevault "
                            "bundle magic" % source)
    if len(data) < 10:
        raise BundleDamaged("%s is not a usable bundle: it is truncated (%d bytes)"
                            % (source, len(data)))
    (version,) = struct.unpack_from(">H", data, 8)
    if version != VERSION:
        raise UnsupportedVersion("%s uses bundle format version %d; this reader knows version %d"
                                 % (source, version, VERSION))
    if len(data) < FIXED:
        raise BundleDamaged("%s is not a usable bundle: it is truncated (%d bytes)"
                            % (source, len(data)))
    flags, = struct.unpack_from(">H", data, 10)
    created, expires = struct.unpack_from(">qq", data, 28)
    ciphertext_length, name_length = struct.unpack_from(">IB", data, 180)
    if flags != 0:
        raise BundleDamaged("%s is not a usable bundle: unknown header flags %d" % (source, flags))
    if name_length == 0:
        raise BundleDamaged("%s is not a usable bundle: the agent name is empty" % source)
    if not 16 <= ciphertext_length <= MAX_CIPHERTEXT:
        raise BundleDamaged("%s is not a usable bundle: the payload length %d is out of range"
                            % (source, ciphertext_length))
    header_length = FIXED + name_length
    expected = header_length + ciphertext_length + SIGNATURE
    if len(data) < expected:
        raise BundleDamaged("%s is not a usable bundle: it is truncated (%d of %d bytes)"
                            % (source, len(data), expected))
    if len(data) > expected:
        raise BundleDamaged("%s is not a usable bundle: it has %d unexpected bytes after the "
                            "signature" % (source, len(data) - expected))
    return {
        "format": version,
        "bundle_id": data[12:28].hex(),
        "created_ms": created,
        "expires_ms": expires,
        "vault_key_fingerprint": data[44:60],
        "agent_key_fingerprint": data[60:76],
        "sealed_file_key": data[76:156],
        "nonce": data[156:180],
        "ciphertext_length": ciphertext_length,
        "agent": data[FIXED:header_length].decode("utf-8", errors="replace"),
        "header_length": header_length,
    }


def inspect_bundle(path):
    """Header fields, without any key and without verifying anything beyond the structure."""
    with open(path, "rb") as handle:
        header = _parse_header(handle.read(), path)
    return {
        "format": header["format"],
        "bundle_id": header["bundle_id"],
        "agent": header["agent"],
        "agent_key": _fp_text(header["agent_key_fingerprint"]),
        "vault_key": _fp_text(header["vault_key_fingerprint"]),
        "created": _iso(header["created_ms"]),
        "expires": _iso(header["expires_ms"]),
    }


class _Reader:
    def __init__(self, data, source):
        self.data, self.at, self.source = data, 0, source

    def fail(self, why):
        raise BundleDamaged("the payload of %s is malformed: %s" % (self.source, why))

    def take(self, count):
        if count > len(self.data) - self.at:
            self.fail("it is cut short")
        chunk = self.data[self.at:self.at + count]
        self.at += count
        return chunk

    def u16(self):
        return struct.unpack(">H", self.take(2))[0]

    def u32(self):
        return struct.unpack(">I", self.take(4))[0]

    def u64(self):
        return struct.unpack(">Q", self.take(8))[0]

    def text16(self):
        try:
            return self.take(self.u16()).decode("utf-8")
        except UnicodeDecodeError:
            self.fail("a text field is not UTF-8")


def _parse_payload(plaintext, source):
    reader = _Reader(plaintext, source)
    actions = [reader.text16() for _ in range(reader.u16())]
    secrets = []
    for _ in range(reader.u16()):
        entry = {"name": reader.text16(), "reference": reader.text16(),
                 "provenance": reader.text16(), "version": reader.u64()}
        uses = [reader.u16() for _ in range(reader.u16())]
        if any(index >= len(actions) for index in uses):
            reader.fail("an action index is out of range")
        entry["actions"] = [actions[index] for index in uses]
        entry["value"] = reader.take(reader.u32())
        if not entry["name"]:
            reader.fail("a secret has no name")
        secrets.append(entry)
    if reader.at != len(plaintext):
        reader.fail("%d unexpected bytes at the end" % (len(plaintext) - reader.at))
    _check_names(reader, actions, secrets)
    return actions, secrets


_SECRET_NAME = re.compile(r"\A[A-Za-z_][A-Za-z0-9_]{0,254}\Z")
_ACTION = re.compile(r"\A[a-z0-9][a-z0-9_-]{0,63}/[a-z0-9][a-z0-9_-]{0,63}\Z")


def _check_names(reader, actions, secrets):
    """The same rules as the C++ reader (BUNDLE-FORMAT.md), even under a valid signature."""
    if any(not _ACTION.match(action) for action in actions):
        reader.fail("an action is not PACK/ACTION")
    if len(set(actions)) != len(actions):
        reader.fail("an action is listed twice")
    seen = set()
    for entry in secrets:
        if not _SECRET_NAME.match(entry["name"]):
            reader.fail("a secret name is not an environment-variable name "
                        "([A-Za-z_][A-Za-z0-9_]*)")
        key = (entry["name"], entry["reference"])
        if key in seen:
            reader.fail("a secret is listed twice")
        seen.add(key)
        if len(set(entry["actions"])) != len(entry["actions"]):
            reader.fail("a secret names one action twice")


def _select(actions, secrets, action):
    if action is not None and action not in actions:
        raise SelectionError("the bundle was not made for action %s; it holds: %s"
                             % (action, ", ".join(actions)))
    chosen = {}
    for entry in secrets:
        if action is not None and action not in entry["actions"]:
            continue
        existing = chosen.get(entry["name"])
        if existing is not None and existing["reference"] != entry["reference"]:
            raise SelectionError("%s is %s for one action and %s for another; choose the action"
                                 % (entry["name"], existing["reference"], entry["reference"]))
        chosen[entry["name"]] = entry
    return [chosen[name] for name in sorted(chosen)]


def open_bundle(path, identity, vault_key, action=None, now_ms=None):
    """Verify and decrypt a bundle.

    identity: a path to an identity file, or a nacl.public.PrivateKey.
    vault_key: the pinned vault key, base64 text (or its 32 raw bytes).
    action: deliver only this "PACK/ACTION"'s secrets.
    now_ms: the time to check expiry against (default: now).

    Returns a dict: bundle_id, agent, created, expires, actions, secrets (name -> bytes) and
    details (name -> reference, provenance, version, actions).
    """
    if isinstance(identity, (str, os.PathLike)):
        identity = load_identity(identity)
    if isinstance(vault_key, str):
        try:
            vault_key = base64.b64decode(vault_key.strip(), validate=True)
        except ValueError:
            vault_key = b""
    if len(vault_key) != 32:
        raise ValueError("the vault key must be the base64 text 'scopevault-cli vault-key' "
                         "prints (32 bytes)")
    if os.path.exists(path) and not stat.S_ISREG(os.stat(path).st_mode):
        # A FIFO would block the reader; a folder or device is no bundle (as scopevault-agent).
        raise ValueError("%s is not a regular file (a folder, FIFO or device)" % path)
    with open(path, "rb") as handle:
        data = handle.read(FIXED + 255 + MAX_CIPHERTEXT + SIGNATURE + 1)
    source = str(path)
    header = _parse_header(data, source)

    if header["vault_key_fingerprint"] != _fingerprint(vault_key):
        raise UnknownVaultKey("%s is signed by vault key %s, not by the pinned vault key %s"
                              % (source, _fp_text(header["vault_key_fingerprint"]),
                                 _fp_text(_fingerprint(vault_key))))
    signed = len(data) - SIGNATURE
    try:
        nacl.signing.VerifyKey(vault_key).verify(data[:signed], data[signed:])
    except nacl.exceptions.BadSignatureError:
        raise BadSignature("the vault's signature on %s does not verify: the file was altered "
                           "or damaged" % source) from None
    public_key = bytes(identity.public_key)
    if header["agent_key_fingerprint"] != _fingerprint(public_key):
        raise WrongIdentity("%s was made for agent '%s' (key %s); this identity's key is %s"
                            % (source, header["agent"],
                               _fp_text(header["agent_key_fingerprint"]),
                               _fp_text(_fingerprint(public_key))))
    now = int(time.time() * 1000) if now_ms is None else now_ms
    if now > header["expires_ms"]:
        raise BundleExpired("%s expired at %s (now %s); ask the admin for a new bundle"
                            % (source, _iso(header["expires_ms"]), _iso(now)))
    if header["created_ms"] > now + CLOCK_SKEW_MS:
        raise BundleExpired("%s was created at %s, in the future (now %s); check this host's "
                            "clock" % (source, _iso(header["created_ms"]), _iso(now)))
    try:
        file_key = nacl.public.SealedBox(identity).decrypt(header["sealed_file_key"])
    except nacl.exceptions.CryptoError:
        raise WrongIdentity("the file key of %s does not open with this identity"
                            % source) from None
    header_length = header["header_length"]
    try:
        plaintext = nacl.bindings.crypto_aead_xchacha20poly1305_ietf_decrypt(
            data[header_length:signed], data[:header_length], header["nonce"], file_key)
    except nacl.exceptions.CryptoError:
        raise BundleDamaged("the payload of %s does not decrypt" % source) from None
    actions, secrets = _parse_payload(plaintext, source)
    selected = _select(actions, secrets, action)
    return {
        "bundle_id": header["bundle_id"],
        "agent": header["agent"],
        "created": _iso(header["created_ms"]),
        "expires": _iso(header["expires_ms"]),
        "actions": [action] if action is not None else actions,
        "secrets": {entry["name"]: entry["value"] for entry in selected},
        "details": {entry["name"]: {key: entry[key] for key in
                                    ("reference", "provenance", "version", "actions")}
                    for entry in selected},
    }


def _main(argv):
    import argparse
    import json
    parser = argparse.ArgumentParser(prog="scopevault-bundle",
                                     description="Open a Scopevault bundle; print its secrets "
                                     "as JSON (base64 values, for testing and scripting).",
                                     epilog="Exit codes are those of scopevault-agent: 2 usage, "
                                     "4 file not found, 6 identity readable by others, 10 "
                                     "damaged bundle, 11 unsupported version, 12 unknown vault "
                                     "key, 13 bad signature, 14 wrong identity, 15 expired, 16 "
                                     "action not in the bundle.")
    parser.add_argument("--version", action="version", version="scopevault-bundle " + __version__)
    parser.add_argument("bundle")
    parser.add_argument("--identity", required=True)
    parser.add_argument("--vault-key", required=True)
    parser.add_argument("--action")
    parser.add_argument("--now-ms", type=int)
    args = parser.parse_args(argv)
    try:
        result = open_bundle(args.bundle, args.identity, args.vault_key, args.action,
                             args.now_ms)
    except BundleError as error:
        print("scopevault_bundle: error: %s" % error, file=sys.stderr)
        return error.exit_code
    # The exit codes scopevault-agent uses for the same problems.
    except PermissionError as error:
        print("scopevault_bundle: error: %s" % error, file=sys.stderr)
        return 6
    except FileNotFoundError as error:
        print("scopevault_bundle: error: %s" % error, file=sys.stderr)
        return 4
    except IsADirectoryError as error:
        print("scopevault_bundle: error: %s is a folder, not a file" % error.filename,
              file=sys.stderr)
        return 2
    except OSError as error:
        print("scopevault_bundle: error: %s" % error, file=sys.stderr)
        return 1
    except ValueError as error:
        print("scopevault_bundle: error: %s" % error, file=sys.stderr)
        return 2
    result["secrets"] = {name: base64.b64encode(value).decode("ascii")
                         for name, value in result["secrets"].items()}
    print(json.dumps(result, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
