/** Numerical solvers behind the optimizer: a dense active-set QP/LP solver and branch and bound (ojAlgo appears only in the tests' cross-check adapter, OjAlgoSolver). */
package io.perennial.optimize.solver;
