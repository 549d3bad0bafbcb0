#!/usr/bin/env bash
# Time and memory of `perennial plan` on a large household (issue 8): the plan written by
# perennial-bench/large_household.py (300 assets in the universe, 20 accounts of 15 holdings each,
# by default), run ROUNDS times in the default heap, interleaved with the retiree example as the
# reference for the machine's load. Prints each run's wall time, CPU time and maximum resident set,
# and the medians. Usage (from the repository root):
#   perennial-bench/large-household.sh [ROUNDS [ASSETS ACCOUNTS HOLDINGS]]   (default 5 300 20 15)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-5}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
python3 perennial-bench/large_household.py "${2:-300}" "${3:-20}" "${4:-15}" > "$out/plan.yaml"
./perennial --version >/dev/null   # builds the jar and the class-data archive if needed
./perennial plan "$out/plan.yaml" >/dev/null 2>&1 || true   # warm the file cache
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "plan: $(head -1 "$out/plan.yaml" | sed 's/^# //')"
for ((r = 1; r <= rounds; r++)); do
  /usr/bin/time -f "%e %U %S %M" -o "$out/big" ./perennial plan "$out/plan.yaml" > "$out/answer" 2>&1 \
    || { echo "exit $? on round $r:"; tail -5 "$out/answer"; exit 1; }
  /usr/bin/time -f "%e %U %S %M" -o "$out/small" ./perennial plan examples/retiree.yaml >/dev/null 2>&1
  read -r wall user sys rss < "$out/big"
  read -r swall _ _ _ < "$out/small"
  printf 'round %d: large %6.2f s wall, %6.2f s CPU, %5d MB max RSS; retiree %5.2f s wall\n' \
    "$r" "$wall" "$(echo "$user + $sys" | bc)" "$((rss / 1024))" "$swall"
  echo "$wall" >> "$out/walls"
  echo "$swall" >> "$out/swalls"
done
median() { sort -n "$1" | awk '{a[NR] = $1} END {print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2)}'; }
echo "median wall: large $(median "$out/walls") s, retiree $(median "$out/swalls") s (load now $(cut -d' ' -f1 /proc/loadavg))"
grep -m1 'in .* accounts is expected' "$out/answer" || true
