/** JMH benchmarks of the optimizer beside CVXOPT (see perennial-bench/compare-optimize.sh). */
package io.perennial.bench.optimize;
