#!/usr/bin/env bash
# Projection engine vs its NumPy peer, in one session on one machine (BENCHMARKS.md, "Projection").
# 1. builds the benchmark jar; 2. writes the 12-class fixture and prints the engine's figures on it;
# 3. times the NumPy peer (perennial-bench/peers/montecarlo.py, /usr/bin/python3 with Debian's
#    numpy); 4. runs the JMH benchmark io.perennial.bench.project.ProjectionBenchmark; 5. times the
#    peer again; 6. prints both and the ratios (peer time ÷ engine time).
# Usage: perennial-bench/compare-project.sh [extra JMH options]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$root" && ./mvnw -q -B -DskipTests -pl perennial-bench -am package 1>&2)
jar="$root/perennial-bench/target/perennial-benchmarks.jar"
python=/usr/bin/python3

echo "== machine" >&2
echo "$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg)" >&2
java -version 2>&1 | head -1 >&2

echo "== engine figures on the fixture" >&2
java -cp "$jar" io.perennial.bench.project.TwelveClassProjection "$work/fixture.json" > "$work/engine.json"
cat "$work/engine.json" >&2

echo "== NumPy peer (before JMH)" >&2
"$python" "$root/perennial-bench/peers/montecarlo.py" "$work/fixture.json" --repeat 3 > "$work/numpy-before.json"
cat "$work/numpy-before.json" >&2

echo "== JMH" >&2
java -jar "$jar" 'io.perennial.bench.project.ProjectionBenchmark' -f 1 -wi 3 -i 5 -rf json -rff "$work/jmh.json" "$@" >&2

echo "== NumPy peer (after JMH)" >&2
"$python" "$root/perennial-bench/peers/montecarlo.py" "$work/fixture.json" --repeat 3 > "$work/numpy-after.json"
cat "$work/numpy-after.json" >&2

"$python" - "$work" << 'PY'
import json, statistics, sys
work = sys.argv[1]
jmh = {r["benchmark"].rsplit(".", 1)[1]: r["primaryMetric"] for r in json.load(open(f"{work}/jmh.json"))}
peer = json.load(open(f"{work}/numpy-before.json"))["seconds"] + json.load(open(f"{work}/numpy-after.json"))["seconds"]
engine = json.load(open(f"{work}/engine.json"))
figures = json.load(open(f"{work}/numpy-after.json"))["figures"]
numpy_s = statistics.median(peer)
print("Projection: 100,000 paths x 50 years x 12 correlated classes (income, cuts, reinvestment, taxes, spending)")
print(f"{'':28}{'seconds':>10}{'+/- (99.9%)':>14}{'NumPy / engine':>16}")
for name in ("twoThreads", "oneThread"):
    m = jmh[name]
    s = m["score"] / 1000.0
    err = m["scoreError"] / 1000.0 if m["scoreError"] == m["scoreError"] else float("nan")
    print(f"{'engine, ' + name:28}{s:10.3f}{err:14.3f}{numpy_s / s:16.1f}")
print(f"{'NumPy (median of ' + str(len(peer)) + ' runs)':28}{numpy_s:10.3f}{'':14}{1.0:16.1f}")
print("NumPy runs: " + ", ".join(f"{t:.2f}" for t in peer))
print(f"{'figure':28}{'engine':>14}{'NumPy':>14}")
for key in engine:
    print(f"{key:28}{engine[key]:14.4f}{figures[key]:14.4f}")
PY
