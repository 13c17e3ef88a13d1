#!/usr/bin/env python3
"""Recomputes a Scopevault vault's audit hash chain from the file alone (docs/AUDIT.md).

Usage: verify_audit_chain.py VAULT.svdb
Prints "N events, chain intact" or the first broken sequence number; exit 0 or 5.
Needs only the Python standard library (sqlite3, hashlib). It checks the chain, not the
checkpoint signatures (those need the vault's signing key: use `scopevault-cli audit verify`).
"""
import hashlib
import sqlite3
import struct
import sys


def blob(value):
    value = value if value is not None else b""
    return struct.pack("<I", len(value)) + value


def encode(row):
    seq, time_ms, action, outcome, actor_tag, target_tag, payload, sealed, prev_hash = row
    return (b"SV1-audit" + struct.pack("<QQ", seq, time_ms) + blob(action.encode())
            + blob(outcome.encode()) + blob(actor_tag) + blob(target_tag)
            + bytes([1 if sealed else 0]) + blob(payload) + prev_hash)


def main(path):
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    vault_id = db.execute("SELECT value FROM header WHERE key = 'vault_id'").fetchone()[0]
    expected_prev = hashlib.blake2b(b"scopevault-audit-genesis" + vault_id, digest_size=32).digest()
    expected_seq = 1
    rows = db.execute("SELECT seq, time_ms, action, outcome, actor_tag, target_tag, payload, "
                      "sealed, prev_hash, hash FROM audit ORDER BY seq")
    for row in rows:
        seq, stored_hash = row[0], row[9]
        if seq != expected_seq:
            print(f"broken at {expected_seq}: events missing or out of order")
            return 5
        if row[8] != expected_prev:
            print(f"broken at {seq}: previous hash does not match")
            return 5
        if hashlib.blake2b(encode(row[:9]), digest_size=32).digest() != stored_hash:
            print(f"broken at {seq}: hash mismatch")
            return 5
        expected_prev, expected_seq = stored_hash, seq + 1
    print(f"{expected_seq - 1} events, chain intact")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
