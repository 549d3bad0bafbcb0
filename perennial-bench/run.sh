#!/usr/bin/env bash
# Builds the benchmark jar and runs JMH with the given arguments (a benchmark name pattern, -f, -wi, -i ...).
# Example: perennial-bench/run.sh Covariance -f 1 -wi 3 -i 5
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
(cd "$root" && ./mvnw -q -B -DskipTests -pl perennial-bench -am package 1>&2)
exec java -jar "$root/perennial-bench/target/perennial-benchmarks.jar" "$@"
