#!/usr/bin/env bash
# `perennial import` of 100,000 activity rows vs a plain Python csv + sqlite3 loader of the same
# rows, in one session on one machine (BENCHMARKS.md, "Import").
# 1. builds the application jar; 2. writes 100,000 rows of the generic CSV (3 accounts, 25 tickers:
#    buys, dividends by character, reinvestments, interest, fees); 3. runs ROUNDS interleaved rounds,
#    each a fresh store: `./perennial import FILE --store DB` (the whole command: JVM start, schema
#    migration, reading and checking every row, hashing, one transaction, lots rebuilt) and the peer
#    perennial-bench/peers/import_csv.py (/usr/bin/python3 or python3); 4. prints wall times (median,
#    min, max) and the ratio.
# Usage: perennial-bench/compare-import.sh [ROUNDS]   (default 5)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rounds="${1:-5}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python=/usr/bin/python3
[ -x "$python" ] || python="$(command -v python3)"
(cd "$root" && ./mvnw -q -B -DskipTests -pl perennial-app -am package 1>&2)

echo "== machine" >&2
echo "$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg)" >&2
java -version 2>&1 | head -1 >&2
"$python" --version >&2

"$python" - "$work/rows.csv" << 'PY'
import datetime, random, sys
random.seed(7)
tickers = ["SCHD", "VYM", "VTI", "BND", "O", "JEPI", "VXUS", "DGRO", "HDV", "NOBL", "SPYD", "VNQ", "TLT",
           "MUB", "KO", "PEP", "JNJ", "PG", "XOM", "T", "VZ", "ABBV", "MO", "IBM", "CVX"]
accounts = ["brokerage", "roth", "ira"]
start = datetime.date(2000, 1, 3)
with open(sys.argv[1], "w") as out:
    out.write("Date,Account,Type,Symbol,Quantity,Amount,Character\n")
    for i in range(100_000):
        day = start + datetime.timedelta(days=i // 12)
        account = accounts[i % 3]
        ticker = tickers[(i * 7) % len(tickers)]
        kind = i % 10
        if kind < 3:
            out.write(f"{day},{account},buy,{ticker},{1 + i % 50},{(1 + i % 50) * (20 + i % 80)}.{i % 100:02d},\n")
        elif kind < 7:
            character = ["qualified-dividend", "ordinary-dividend", "reit-dividend", ""][i % 4]
            out.write(f"{day},{account},dividend,{ticker},,{1 + i % 300}.{i % 97:02d},{character}\n")
        elif kind < 9:
            out.write(f"{day},{account},reinvestment,{ticker},0.{100 + i % 900},{1 + i % 300}.{i % 89:02d},\n")
        elif i % 20 == 9:
            out.write(f"{day},{account},interest,,,{i % 50}.{i % 100:02d},taxable-interest\n")
        else:
            out.write(f"{day},{account},fee,,,{1 + i % 25}.00,\n")
PY
echo "== $(($(wc -l < "$work/rows.csv") - 1)) rows in $(du -h "$work/rows.csv" | cut -f1)" >&2

seconds() { local t0 t1; t0=$(date +%s.%N); "$@" > /dev/null 2>&1; t1=$(date +%s.%N); awk -v a="$t0" -v b="$t1" "BEGIN { printf \"%.3f\", b - a }"; }
engine=(); peer=()
for round in $(seq 1 "$rounds"); do
  rm -f "$work"/engine.db* "$work"/peer.db*
  engine+=("$(seconds "$root/perennial" import "$work/rows.csv" --store "$work/engine.db")")
  peer+=("$(seconds "$python" "$root/perennial-bench/peers/import_csv.py" "$work/rows.csv" "$work/peer.db")")
  echo "round $round: perennial ${engine[-1]} s, python ${peer[-1]} s, load $(cut -d' ' -f1 /proc/loadavg)" >&2
done
rows=$(echo "SELECT COUNT(*) FROM transactions;" | "$python" -c "import sqlite3,sys; print(sqlite3.connect('$work/engine.db').execute(sys.stdin.read()).fetchone()[0])")
peer_rows=$("$python" -c "import sqlite3; print(sqlite3.connect('$work/peer.db').execute('SELECT COUNT(*) FROM transactions').fetchone()[0])")
"$python" - "$rows" "$peer_rows" "${engine[*]}" "${peer[*]}" << 'PY'
import statistics, sys
rows, peer_rows = sys.argv[1], sys.argv[2]
engine = [float(x) for x in sys.argv[3].split()]
peer = [float(x) for x in sys.argv[4].split()]
print(f"Import of 100,000 generic-CSV activity rows into a fresh SQLite store ({rows} rows stored by perennial, {peer_rows} by the peer)")
print(f"{'':34}{'median s':>10}{'min':>8}{'max':>8}")
print(f"{'perennial import (whole command)':34}{statistics.median(engine):10.2f}{min(engine):8.2f}{max(engine):8.2f}")
print(f"{'python csv + sqlite3 peer':34}{statistics.median(peer):10.2f}{min(peer):8.2f}{max(peer):8.2f}")
print(f"ratio perennial / python (medians): {statistics.median(engine) / statistics.median(peer):.2f}")
PY
