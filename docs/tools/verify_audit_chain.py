#!/usr/bin/env python3
"""Checks a Scopevault vault's audit log without the vault key (docs/AUDIT.md).

Usage: verify_audit_chain.py VAULT.svdb [--public-key B64] [--checkpoint FILE]...

What a holder of the file and the vault's public key can check:
  * sequence numbers run 1, 2, 3, ... and every event's prev_hash is the hash stored for the
    event before it (genesis for event 1): nothing removed, reordered or inserted between
    the hashes the vault signed;
  * events hashed without a key (written by a format-1 vault, or failed unlocks, which are
    written without the key) are recomputed;
  * every stored checkpoint and every exported checkpoint FILE is signed (Ed25519) by the
    vault's public key for this vault, and names the hash stored for its event.
Events written with the key have keyed hashes: their content can only be checked with the
vault key (`scopevault-cli audit verify`). The public key is --public-key (pin it from a
trusted place, e.g. `scopevault-cli audit checkpoint --out` kept elsewhere); without it the
key in the first exported checkpoint is used, and said so.

Prints "N events, links intact, K recomputed without a key, C checkpoints signed" and exits
0, or "broken at SEQ: why" and exits 5. Needs Python 3 with python3-nacl (Debian).
"""
import argparse
import base64
import hashlib
import json
import sqlite3
import struct
import sys

from nacl.exceptions import BadSignatureError
from nacl.signing import VerifyKey


def blob(value):
    value = value if value is not None else b""
    return struct.pack("<I", len(value)) + value


def encode(row):
    seq, time_ms, action, outcome, actor_tag, target_tag, payload, sealed, prev_hash = row
    return (b"SV1-audit" + struct.pack("<QQ", seq, time_ms) + blob(action.encode())
            + blob(outcome.encode()) + blob(actor_tag) + blob(target_tag)
            + bytes([1 if sealed else 0]) + blob(payload) + prev_hash)


def keyed_from(db):
    """The first sequence number with keyed hashes, from the commitment state (format 2);
    a format-1 vault has none."""
    row = db.execute("SELECT value FROM header WHERE key = 'commitment'").fetchone()
    if row is None:
        return None
    state = row[0]
    at = 9 + 16 + 8 + 32 + 8
    (head_len,) = struct.unpack_from("<I", state, at)
    (first,) = struct.unpack_from("<Q", state, at + 4 + head_len)
    return first


def checkpoint_message(vault_id, seq, time_ms, hash_):
    return b"SV1-checkpoint" + vault_id + struct.pack("<QQ", seq, time_ms) + hash_


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("vault")
    parser.add_argument("--public-key", help="the vault's Ed25519 public key, base64")
    parser.add_argument("--checkpoint", action="append", default=[],
                        help="an exported checkpoint file (repeatable)")
    args = parser.parse_args()

    db = sqlite3.connect(f"file:{args.vault}?mode=ro", uri=True)
    vault_id = db.execute("SELECT value FROM header WHERE key = 'vault_id'").fetchone()[0]
    first_keyed = keyed_from(db)

    exported = []
    for path in args.checkpoint:
        with open(path, encoding="utf-8") as f:
            exported.append(json.load(f))
    public_key = args.public_key
    if public_key is None and exported:
        public_key = exported[0]["publicKey"]
        print("note: using the public key of the first exported checkpoint (not pinned)")

    expected_prev = hashlib.blake2b(b"scopevault-audit-genesis" + vault_id,
                                    digest_size=32).digest()
    expected_seq = 1
    recomputed = 0
    stored_hashes = {}
    rows = db.execute("SELECT seq, time_ms, action, outcome, actor_tag, target_tag, payload, "
                      "sealed, prev_hash, hash FROM audit ORDER BY seq")
    for row in rows:
        seq, sealed, stored_hash = row[0], row[7], row[9]
        if seq != expected_seq:
            print(f"broken at {expected_seq}: events missing or out of order")
            return 5
        if row[8] != expected_prev:
            print(f"broken at {seq}: previous hash does not match")
            return 5
        keyless = not sealed or first_keyed is None or seq < first_keyed
        if keyless:
            if hashlib.blake2b(encode(row[:9]), digest_size=32).digest() != stored_hash:
                print(f"broken at {seq}: hash mismatch")
                return 5
            recomputed += 1
        stored_hashes[seq] = stored_hash
        expected_prev, expected_seq = stored_hash, seq + 1

    checkpoints = [(seq, time_ms, hash_, signature, "stored checkpoint")
                   for seq, time_ms, hash_, signature in
                   db.execute("SELECT seq, time_ms, hash, signature FROM audit_checkpoints")]
    for item in exported:
        if bytes.fromhex(item["vaultId"]) != vault_id:
            print(f"broken at {item['seq']}: the exported checkpoint belongs to another vault")
            return 5
        checkpoints.append((item["seq"], item["timeMs"], bytes.fromhex(item["hash"]),
                            base64.b64decode(item["signature"]), "exported checkpoint"))
    signed = 0
    if public_key is not None:
        key = VerifyKey(base64.b64decode(public_key))
        for seq, time_ms, hash_, signature, what in checkpoints:
            try:
                key.verify(checkpoint_message(vault_id, seq, time_ms, hash_), signature)
            except BadSignatureError:
                print(f"broken at {seq}: bad signature on the {what}")
                return 5
            if seq not in stored_hashes:
                print(f"broken at {seq}: the log ends at {expected_seq - 1}, before the {what}")
                return 5
            if stored_hashes[seq] != hash_:
                print(f"broken at {seq}: the event differs from what the {what} signed")
                return 5
            signed += 1
    print(f"{expected_seq - 1} events, links intact, {recomputed} recomputed without a key, "
          f"{signed} checkpoints signed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
