#!/usr/bin/python3
"""The CVXOPT peer of the optimization benchmark (io.perennial.bench.optimize).

Solves, for each inputs-N.json written by optimize_inputs.py, the same problems as the JMH
benchmark and prints one JSON line per (problem, N) with the median time in milliseconds:
  min-volatility   long-only minimum variance: solvers.qp(P = 2Σ, q = 0, G = -I, h = 0, A = 1ᵀ, b = 1)
  max-income       max yieldᵀw s.t. Σw = 1, 0 ≤ w ≤ asset cap, sector weights ≤ sector cap and
                   ||Lᵀw|| ≤ volatility cap (Σ = LLᵀ, Cholesky done once outside the timing):
                   solvers.socp (CVXOPT's cone LP solver, conelp)
  frontier-100     100 long-only efficient-return points (min wᵀΣw s.t. μᵀw ≥ r, r evenly spaced from
                   the minimum-volatility return to the largest μ): 100 solvers.qp calls
Warm-up runs first, then the median of the timed repetitions.

usage: qp.py INPUT_DIR N [N ...]
"""
import json
import os
import statistics
import sys
import time

import numpy as np
from cvxopt import matrix, solvers

from peer_blas import loaded_blas

print(f"blas: {loaded_blas()}", file=sys.stderr)

solvers.options["show_progress"] = False
solvers.options["abstol"] = 1e-9
solvers.options["reltol"] = 1e-9
solvers.options["feastol"] = 1e-9


def timed(fn, warmup, repeats):
    for _ in range(warmup):
        fn()
    times = []
    result = None
    for _ in range(repeats):
        start = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - start) * 1000.0)
    return statistics.median(times), result


def main():
    folder, sizes = sys.argv[1], [int(s) for s in sys.argv[2:]]
    for n in sizes:
        with open(os.path.join(folder, "inputs-%d.json" % n)) as f:
            d = json.load(f)
        cov = np.array(d["covariance"])
        mu = np.array(d["expectedReturns"])
        yields = np.array(d["yields"])
        sectors = d["sectors"]
        P, q = matrix(2 * cov), matrix(np.zeros(n))
        G, h = matrix(-np.eye(n)), matrix(np.zeros(n))
        A, b = matrix(np.ones((1, n))), matrix(1.0)

        def min_volatility():
            return solvers.qp(P, q, G, h, A, b)

        ms, sol = timed(min_volatility, 2, 9 if n >= 500 else 15)
        w = np.array(sol["x"]).ravel()
        print(json.dumps({"problem": "min-volatility", "n": n, "ms": ms, "status": sol["status"],
                          "volatility": float(np.sqrt(w @ cov @ w))}), flush=True)

        names = sorted(set(sectors))
        rows = [-np.eye(n), np.eye(n)]
        rhs = [np.zeros(n), np.full(n, d["assetCap"])]
        for s in names:
            rows.append(np.array([[1.0 if x == s else 0.0 for x in sectors]]))
            rhs.append(np.array([d["sectorCap"]]))
        Gl, hl = matrix(np.vstack(rows)), matrix(np.concatenate(rhs))
        L = np.linalg.cholesky(cov)
        Gq = [matrix(np.vstack([np.zeros((1, n)), -L.T]))]
        hq = [matrix(np.concatenate([[d["volatilityCap"]], np.zeros(n)]))]
        c = matrix(-yields)

        def max_income():
            return solvers.socp(c, Gl, hl, Gq, hq, A, b)

        ms, sol = timed(max_income, 1, 5 if n >= 500 else 9)
        w = np.array(sol["x"]).ravel()
        print(json.dumps({"problem": "max-income", "n": n, "ms": ms, "status": sol["status"],
                          "income": float(yields @ w), "volatility": float(np.sqrt(w @ cov @ w))}), flush=True)

        w0 = np.array(min_volatility()["x"]).ravel()
        low, high = float(mu @ w0), float(mu.max())
        targets = [low + (high - low) * k / 99 for k in range(100)]
        Gr = matrix(np.vstack([-np.eye(n), -mu.reshape(1, n)]))

        def frontier():
            points = []
            for r in targets:
                hr = matrix(np.concatenate([np.zeros(n), [-r]]))
                points.append(solvers.qp(P, q, Gr, hr, A, b)["status"])
            return points

        ms, statuses = timed(frontier, 0, 1 if n >= 500 else 3)
        print(json.dumps({"problem": "frontier-100", "n": n, "ms": ms,
                          "optimal": sum(1 for s in statuses if s == "optimal")}), flush=True)


if __name__ == "__main__":
    main()
