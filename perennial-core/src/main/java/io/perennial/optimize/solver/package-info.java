/** Numerical solvers behind the optimizer: a dense active-set QP/LP solver and the ojAlgo adapter (the only package importing org.ojalgo). */
package io.perennial.optimize.solver;
