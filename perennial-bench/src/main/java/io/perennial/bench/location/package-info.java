/** JMH benchmarks of asset location (allocation and location together), beside the CVXOPT peer {@code peers/location.py}. */
package io.perennial.bench.location;
