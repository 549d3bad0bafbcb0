#!/usr/bin/python3
"""The CVXOPT peer of the asset-location benchmark (io.perennial.bench.location).

Reads location-inputs-N.json (written by location_inputs.py) and solves the same problems as the
JMH benchmark over one variable x[i, a] per fund and account, with the after-tax figures restated
here from their definitions (docs/location.md):
  drag[i, a]   = sum_c mix_i(c) * rate(c) in the taxable account, the withdrawal rate in the
                 tax-deferred one, 0 in the Roth
  inc[i, a]    = yield_i * (1 - drag[i, a])            after-tax income per unit of weight
  mu_at[i, a]  = mu_i - yield_i * drag[i, a]            after-tax expected return
Rules: each account holds its share (equalities), x >= 0, each fund's total <= asset cap, each
class's total <= class cap, volatility of the totals sqrt(w' S w) <= cap, w = M x.
  joint-max-income        max inc' x                                  solvers.socp
  joint-income-and-growth max e inc' x + (1 - e) mu_at' x              solvers.socp
  fixed-allocation        max inc' x with every fund's total fixed at the joint max-income
                          answer's (totals under 1e-7 set to 0, renormalised; location only:
                          a linear program over the cells of the funds held) solvers.lp
Prints one JSON line per problem with the median time in milliseconds and the optimum.

usage: location.py INPUT_DIR N
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
    folder, n = sys.argv[1], int(sys.argv[2])
    with open(os.path.join(folder, "location-inputs-%d.json" % n)) as f:
        d = json.load(f)
    accounts = d["accounts"]
    m = len(accounts)
    mu = np.array(d["expectedReturns"])
    cov = np.array(d["covariance"])
    y = np.array(d["yields"])
    total = sum(a["balance"] for a in accounts)
    shares = [a["balance"] / total for a in accounts]
    cells = [(i, a) for i in range(n) for a in range(m)]
    size = len(cells)
    inc = np.zeros(size)
    mu_at = np.zeros(size)
    for k, (i, a) in enumerate(cells):
        kind = accounts[a]["type"]
        if kind == "taxable":
            drag = sum(share * d["rates"][c] for c, share in d["mixes"][i].items())
        elif kind == "tax-deferred":
            drag = d["withdrawal"]
        else:
            drag = 0.0
        inc[k] = y[i] * (1 - drag)
        mu_at[k] = mu[i] - y[i] * drag
    M = np.zeros((n, size))
    B = np.zeros((m, size))
    for k, (i, a) in enumerate(cells):
        M[i, k] = 1.0
        B[a, k] = 1.0
    classes = sorted(set(d["classes"]))
    C = np.array([[1.0 if d["classes"][i] == c else 0.0 for (i, a) in cells] for c in classes])
    Gl = matrix(np.vstack([-np.eye(size), M, C]))
    hl = matrix(np.concatenate([np.zeros(size), np.full(n, d["assetCap"]), np.full(len(classes), d["classCap"])]))
    L = np.linalg.cholesky(cov)
    Gq = [matrix(np.vstack([np.zeros((1, size)), -L.T @ M]))]
    hq = [matrix(np.concatenate([[d["volatilityCap"]], np.zeros(n)]))]
    A, b = matrix(B), matrix(np.array(shares))

    def socp(c):
        return lambda: solvers.socp(matrix(-c), Gl, hl, Gq, hq, A, b)

    e = d["incomeEmphasis"]
    results = {}
    for name, c in [("joint-max-income", inc), ("joint-income-and-growth", e * inc + (1 - e) * mu_at)]:
        ms, sol = timed(socp(c), 2, 15)
        x = np.array(sol["x"]).ravel()
        w = M @ x
        results[name] = x
        print(json.dumps({"problem": name, "n": n, "accounts": m, "ms": ms, "status": sol["status"],
                          "objective": float(c @ x), "afterTaxIncome": float(inc @ x),
                          "volatility": float(np.sqrt(w @ cov @ w))}), flush=True)

    totals = M @ results["joint-max-income"]
    totals = np.where(totals > 1e-7, totals, 0.0)
    totals /= totals.sum()
    # presolve: funds with a zero total have no cells (an interior-point method needs an interior)
    held = [i for i in range(n) if totals[i] > 0.0]
    keep = [k for k, (i, a) in enumerate(cells) if totals[i] > 0.0]
    Ae = matrix(np.vstack([M[held][:, keep], B[:-1][:, keep]]))
    be = matrix(np.concatenate([totals[held], shares[:-1]]))
    G0, h0 = matrix(-np.eye(len(keep))), matrix(np.zeros(len(keep)))
    c0 = matrix(-inc[keep])

    def lp():
        return solvers.lp(c0, G0, h0, Ae, be)

    ms, sol = timed(lp, 2, 15)
    x = np.array(sol["x"]).ravel()
    print(json.dumps({"problem": "fixed-allocation", "n": n, "accounts": m, "held": len(held), "ms": ms,
                      "status": sol["status"], "afterTaxIncome": float(inc[keep] @ x)}), flush=True)


if __name__ == "__main__":
    main()
