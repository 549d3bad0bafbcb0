#!/usr/bin/env bash
# Latency of `perennial plan` from the shell, against the Python peer and the bare start-up
# (`perennial --version`), measured INTERLEAVED (one run of each command per round) so that a
# burst of load on a shared machine hits all of them alike. Prints the median wall and CPU
# (user + system) time of each command and its ratio to the peer. Usage (from the repository root):
#   perennial-bench/plan-latency.sh [ROUNDS]      (default 30; the first 3 rounds are warm-up)
# With BEFORE=/path/to/an/older/checkout (its jar built there), the older checkout's `plan` commands
# run in the same rounds, so that a change's latency is compared on the same machine at the same load.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-30}"
commands=(
  "/usr/bin/python3 perennial-bench/peers/plan_holdings.py examples/retiree.yaml"
  "./perennial --version"
  "./perennial plan examples/retiree.yaml"
  "./perennial plan examples/retiree.yaml --json"
  "./perennial plan examples/accumulator.yaml"
)
if [ -n "${BEFORE:-}" ]; then
  commands+=(
    "$BEFORE/perennial plan $BEFORE/examples/retiree.yaml"
    "$BEFORE/perennial plan $BEFORE/examples/retiree.yaml --json"
    "$BEFORE/perennial plan $BEFORE/examples/accumulator.yaml"
  )
  "$BEFORE/perennial" --version >/dev/null
fi
./perennial --version >/dev/null   # builds the jar and the class-data archive if needed
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
for ((r = 0; r < rounds + 3; r++)); do
  for i in "${!commands[@]}"; do
    /usr/bin/time -f "%e %U %S" -o "$out/t" ${commands[$i]} >/dev/null 2>&1
    if ((r >= 3)); then
      cat "$out/t" >> "$out/$i"
    fi
  done
done
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "rounds: $rounds (interleaved), medians"
peer_wall=""
for i in "${!commands[@]}"; do
  wall=$(awk '{print $1}' "$out/$i" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}')
  cpu=$(awk '{print $2 + $3}' "$out/$i" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}')
  [ -z "$peer_wall" ] && peer_wall=$wall && peer_cpu=$cpu
  printf "%-52s wall %6.3f s (%5.2f x peer)   cpu %6.3f s (%5.2f x peer)\n" "${commands[$i]}" "$wall" \
    "$(awk -v a="$wall" -v b="$peer_wall" 'BEGIN {print a / b}')" "$cpu" "$(awk -v a="$cpu" -v b="$peer_cpu" 'BEGIN {print a / b}')"
done
