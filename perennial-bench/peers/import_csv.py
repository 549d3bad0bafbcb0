#!/usr/bin/env python3
"""Peer of `perennial import` for BENCHMARKS.md ("Import"): a plain Python loader of the same
generic CSV into SQLite -- csv module, decimals kept as text (decimal.Decimal normalised), the same
SHA-256 de-duplication key, one transaction, executemany -- with no checks beyond what sqlite3
does. Usage: import_csv.py FILE DB; prints {"rows": n, "seconds": s} on stdout."""
import csv
import decimal
import hashlib
import json
import sqlite3
import sys
import time

SCHEMA = """
CREATE TABLE IF NOT EXISTS transactions (
  id INTEGER PRIMARY KEY, hash CHAR(64) NOT NULL UNIQUE, account_id TEXT NOT NULL, trade_date TEXT NOT NULL,
  type TEXT NOT NULL, asset_id TEXT, quantity TEXT NOT NULL, amount TEXT NOT NULL, currency CHAR(3) NOT NULL,
  income_character TEXT, description TEXT NOT NULL, source_line INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS transactions_by_account ON transactions (account_id, trade_date, id);
"""


def plain(text):
    value = decimal.Decimal(text or "0")
    return "0" if value == 0 else format(value.normalize(), "f")


def main(path, db):
    start = time.perf_counter()
    connection = sqlite3.connect(db)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=NORMAL")
    connection.executescript(SCHEMA)
    known = {row[0] for row in connection.execute("SELECT hash FROM transactions")}
    rows = []
    seen = {}
    with open(path, newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        for line, record in enumerate(reader, start=2):
            amount = "{:.2f}".format(decimal.Decimal(record["Amount"]))
            key = "|".join([record["Account"], record["Type"], record["Date"], record["Symbol"],
                            plain(record["Quantity"]), plain(amount), "USD"])
            seen[key] = seen.get(key, 0) + 1
            digest = hashlib.sha256(f"{key}|{seen[key]}".encode()).hexdigest()
            if digest in known:
                continue
            known.add(digest)
            rows.append((digest, record["Account"], record["Date"], record["Type"], record["Symbol"] or None,
                         plain(record["Quantity"]), amount, "USD", record["Character"] or None, record["Type"], line))
    with connection:
        connection.executemany(
            "INSERT INTO transactions (hash, account_id, trade_date, type, asset_id, quantity, amount, currency,"
            " income_character, description, source_line) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    connection.close()
    print(json.dumps({"rows": len(rows), "seconds": time.perf_counter() - start}))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
