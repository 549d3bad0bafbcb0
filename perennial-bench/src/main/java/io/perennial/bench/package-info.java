/** JMH benchmarks of the engine, each measured beside a peer program in the same run (see BENCHMARKS.md). */
package io.perennial.bench;
