/** JMH benchmarks of the projection engine and the fixture shared with its NumPy peer. */
package io.perennial.bench.project;
