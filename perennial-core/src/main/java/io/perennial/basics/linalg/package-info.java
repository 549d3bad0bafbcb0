/** Dense linear algebra on {@code double[][]} written for the engine: Cholesky, symmetric eigendecomposition, PSD repair. */
package io.perennial.basics.linalg;
