#!/usr/bin/env bash
# Runs the asset-location benchmark and its CVXOPT peer in one go, on the same inputs, and prints a
# Markdown table with each ratio (CVXOPT time ÷ Perennial time: above 1 means Perennial is faster)
# and the optima both found.
#
#   perennial-bench/compare-location.sh [N]      N funds (default 50; at most 69), three accounts
#
# Needs /usr/bin/python3 with numpy and cvxopt (Debian's python3-numpy, python3-cvxopt) and the
# income ETF data in ../shared/data/income-etfs-2016-2021 (or PERENNIAL_INCOME_ETFS_DIR). JMH options
# can be changed with JMH_OPTS (default: one fork, 3 warm-up and 5 measured iterations of 2 s).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-50}"
data="${PERENNIAL_INCOME_ETFS_DIR:-$root/../shared/data/income-etfs-2016-2021}"
out="$root/perennial-bench/target/location-inputs"
jmh_opts="${JMH_OPTS:--f 1 -wi 3 -i 5 -w 2s -r 2s}"
mkdir -p "$out"

echo "== inputs ($n funds × 3 accounts) from $data" >&2
/usr/bin/python3 "$root/perennial-bench/peers/location_inputs.py" "$data" "$out" "$n"

echo "== Perennial (JMH): $jmh_opts" >&2
PERENNIAL_LOCATION_INPUTS="$out" "$root/perennial-bench/run.sh" 'io.perennial.bench.location.LocationBenchmark' \
  -p n="$n" $jmh_opts -rf json -rff "$out/jmh.json" 2> >(tee "$out/jmh.err" >&2) 1>&2

echo "== CVXOPT $(/usr/bin/python3 -c 'import cvxopt; print(cvxopt.__version__)')" >&2
/usr/bin/python3 "$root/perennial-bench/peers/location.py" "$out" "$n" | tee "$out/cvxopt.jsonl" 1>&2

/usr/bin/python3 - "$out" <<'PY'
import json, re, sys
out = sys.argv[1]
ours = {}
for b in json.load(open(out + "/jmh.json")):
    name = b["benchmark"].rsplit(".", 1)[1]
    ours[name] = (b["primaryMetric"]["score"], b["primaryMetric"]["scoreError"], int(b["params"]["n"]))
peer = {}
for line in open(out + "/cvxopt.jsonl"):
    r = json.loads(line)
    peer[r["problem"]] = r
figures = ""
for line in open(out + "/jmh.err"):
    if line.startswith("[n="):
        figures = line.strip()
m = re.search(r"max-income ([0-9.]+).*objective ([0-9.]+).*fixed allocation ([0-9.]+)", figures)
inputs = json.load(open("%s/location-inputs-%d.json" % (out, next(iter(ours.values()))[2])))
shift = (1 - inputs["incomeEmphasis"]) * inputs["inflation"]  # Perennial's blend subtracts (1 − e)·inflation
ours_opt = {"joint-max-income": float(m.group(1)), "joint-income-and-growth": float(m.group(2)) + shift,
            "fixed-allocation": float(m.group(3))} if m else {}
pairs = [("joint-max-income", "jointMaxIncome", "objective"), ("joint-income-and-growth", "jointIncomeAndGrowth", "objective"),
         ("fixed-allocation", "fixedAllocation", "afterTaxIncome")]
print("| problem | funds × accounts | Perennial ms | CVXOPT ms | ratio (CVXOPT / Perennial) | optimum Perennial | optimum CVXOPT |")
print("| --- | --- | ---: | ---: | ---: | ---: | ---: |")
for problem, bench, key in pairs:
    score, error, n = ours[bench]
    p = peer[problem]
    print("| %s | %d × %d | %.3f ± %.3f | %.2f | %.1f× | %.10f | %.10f |" % (problem, n, p["accounts"], score, error, p["ms"],
          p["ms"] / score, ours_opt.get(problem, float("nan")), p[key]))
PY
