#!/usr/bin/env bash
# Runs the optimizer benchmarks and their CVXOPT peer in one go, on the same inputs, and prints a
# Markdown table with each ratio (CVXOPT time ÷ Perennial time: above 1 means Perennial is faster).
#
#   perennial-bench/compare-optimize.sh [SIZES]      e.g. perennial-bench/compare-optimize.sh "50 200 500"
#
# Needs /usr/bin/python3 with numpy and cvxopt (Debian's python3-numpy, python3-cvxopt) and the
# S&P 500 data in ../shared/data/sp500-universe-2021 (or PERENNIAL_SP500_DIR). JMH options can be
# changed with JMH_OPTS (default: one fork, 3 warm-up and 5 measured iterations of 2 s).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
sizes="${1:-50 200 500}"
data="${PERENNIAL_SP500_DIR:-$root/../shared/data/sp500-universe-2021}"
out="$root/perennial-bench/target/optimize-inputs"
jmh_opts="${JMH_OPTS:--f 1 -wi 3 -i 5 -w 2s -r 2s}"
mkdir -p "$out"

echo "== inputs ($sizes stocks) from $data" >&2
/usr/bin/python3 "$root/perennial-bench/peers/optimize_inputs.py" "$data" "$out" $sizes

params=$(echo "$sizes" | tr ' ' ',')
echo "== Perennial (JMH): $jmh_opts" >&2
PERENNIAL_OPTIMIZE_INPUTS="$out" "$root/perennial-bench/run.sh" 'io.perennial.bench.optimize.OptimizeBenchmark' \
  -p n="$params" $jmh_opts -rf json -rff "$out/jmh.json" 1>&2

echo "== CVXOPT $(/usr/bin/python3 -c 'import cvxopt; print(cvxopt.__version__)')" >&2
/usr/bin/python3 "$root/perennial-bench/peers/qp.py" "$out" $sizes | tee "$out/cvxopt.jsonl" 1>&2

/usr/bin/python3 - "$out" <<'PY'
import json, sys
out = sys.argv[1]
ours = {}
for b in json.load(open(out + "/jmh.json")):
    name = b["benchmark"].rsplit(".", 1)[1]
    ours[(name, int(b["params"]["n"]))] = (b["primaryMetric"]["score"], b["primaryMetric"]["scoreError"])
peer = {}
for line in open(out + "/cvxopt.jsonl"):
    r = json.loads(line)
    peer[(r["problem"], r["n"])] = r["ms"]
pairs = [("min-volatility", "minVolatility"), ("max-income", "maxIncome"), ("frontier-100", "efficientFrontier100"),
         (None, "incomeFrontier100")]
print("| problem | n | Perennial ms | CVXOPT ms | ratio (CVXOPT / Perennial) |")
print("| --- | ---: | ---: | ---: | ---: |")
for problem, bench in pairs:
    for (name, n), (score, error) in sorted(ours.items(), key=lambda kv: kv[0][1]):
        if name != bench:
            continue
        p = peer.get((problem, n)) if problem else None
        ratio = "%.1f×" % (p / score) if p else "—"
        print("| %s | %d | %.3f ± %.3f | %s | %s |" % (problem or "income-frontier-100", n, score, error,
              "%.1f" % p if p else "—", ratio))
PY
