#!/usr/bin/env bash
# Pairwise-complete sample covariance of the 504 S&P 500 stocks' daily returns: Perennial (JMH,
# io.perennial.bench.CovarianceBenchmark) beside NumPy (peers/covariance.py), on this machine, in
# this run, one after the other. Prints the machine, both times and the ratio NumPy / Perennial.
# Usage: perennial-bench/compare-covariance.sh [PRICES.csv]   (default: ../shared/... beside the repo)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
prices="$(realpath "${1:-$root/../shared/data/sp500-universe-2021/adjusted_close_daily_wide.csv}")"
python=/usr/bin/python3
results="$root/perennial-bench/results"
mkdir -p "$results"
jmh_json="$results/covariance-jmh.json"
ours="$results/covariance-eigenvalues-perennial.txt"
theirs="$results/covariance-eigenvalues-numpy.txt"

echo "== machine"
echo "nproc: $(nproc)"
echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
java -version 2>&1 | head -n 1
"$python" -c 'import numpy, sys; print("python", sys.version.split()[0], "numpy", numpy.__version__)'
echo "blas: $(readlink -f /usr/lib/x86_64-linux-gnu/libblas.so.3 2>/dev/null || echo unknown)"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"

echo "== Perennial (JMH: 1 fork, 3 warm-up and 5 measured iterations)"
"$root/perennial-bench/run.sh" CovarianceBenchmark -f 1 -wi 3 -i 5 -p prices="$prices" -p eigenvalues="$ours" -rf json -rff "$jmh_json" \
  | grep -E '^(Benchmark|CovarianceBenchmark)|perennial checksum' | sed 's/^.*perennial checksum/perennial checksum/' | awk '!seen[$0]++' || true

echo "== NumPy"
peer="$("$python" "$root/perennial-bench/peers/covariance.py" "$prices" 7 "$theirs")"
echo "$peer"

echo "== ratio (NumPy time / Perennial time; above 1 = Perennial faster)"
"$python" - "$jmh_json" "$peer" <<'PY'
import json, sys
jmh = {r["benchmark"].rsplit(".", 1)[1]: r["primaryMetric"]["score"] for r in json.load(open(sys.argv[1]))}
peer = {}
for line in sys.argv[2].splitlines():
    parts = line.split()
    if len(parts) > 1 and parts[0] in jmh:
        peer[parts[0]] = float(parts[1])
print(f"{'benchmark':32} {'Perennial ms':>13} {'NumPy ms':>10} {'ratio':>7}")
for name, ms in jmh.items():
    if name in peer:
        print(f"{name:32} {ms:13.1f} {peer[name]:10.1f} {peer[name] / ms:7.2f}")
PY
echo "== eigenvalues (Perennial's SymmetricEigen.eigenvalues against NumPy's eigh, all of them)"
"$python" - "$ours" "$theirs" <<'PY'
import sys
import numpy as np
ours, theirs = np.loadtxt(sys.argv[1]), np.loadtxt(sys.argv[2])
relative = np.abs(ours - theirs) / np.abs(theirs)
print(f"{len(ours)} eigenvalues; max |ours - eigh| / |eigh| = {relative.max():.2e} (index {relative.argmax()}), "
      f"max |ours - eigh| / max|eigh| = {np.abs(ours - theirs).max() / np.abs(theirs).max():.2e}")
PY
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
