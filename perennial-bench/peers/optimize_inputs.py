#!/usr/bin/python3
"""Writes the optimization benchmark inputs shared by the JMH benchmark and the CVXOPT peer.

For each size N: N S&P 500 stocks (seeded random draw among the 502 with a price on every day of
the last 252 daily returns up to 2021-04-21; one year, because only 488 stocks have five full
years and the benchmark asks for 500), their annualised mean daily return and covariance (x 252),
the covariance shrunk 10 % towards its average variance times the identity so that it is positive
definite with 252 observations of up to 500 stocks, the 2020 regular dividends per share over the
last price as income yield, the GICS sector as the class, a per-asset cap of 5 %, a cap of 25 % per
sector and a volatility cap of 1.2 x the long-only minimum volatility (found here with CVXOPT).
These are benchmark fixtures, not product estimates.

usage: optimize_inputs.py DATA_DIR OUT_DIR N [N ...]
"""
import csv
import json
import os
import sys

import numpy as np
from cvxopt import matrix, solvers

solvers.options["show_progress"] = False

WINDOW = 252
SHRINKAGE = 0.1


def main():
    data, out, sizes = sys.argv[1], sys.argv[2], [int(s) for s in sys.argv[3:]]
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(data, "adjusted_close_daily_wide.csv")) as f:
        rows = list(csv.reader(f))
    header, body = rows[0], rows[-(WINDOW + 1):]
    first_date = body[0][0]
    bad = set()
    with open(os.path.join(data, "adjustment_inconsistencies.csv")) as f:
        for r in csv.DictReader(f):
            if r["date"] >= first_date:
                bad.add(r["ticker"])
    complete = [j for j in range(1, len(header))
                if header[j] not in bad and all(j < len(r) and r[j] != "" for r in body)]
    sector = {}
    with open(os.path.join(data, "constituents.csv")) as f:
        for r in csv.DictReader(f):
            sector[r["Symbol"]] = r["Sector"]
    dividends = {}
    with open(os.path.join(data, "annual_dividends_split_adjusted.csv")) as f:
        for r in csv.DictReader(f):
            if r["year"] == "2020":
                dividends[r["ticker"]] = float(r["regular_dividends_per_share"])
    rng = np.random.default_rng(20210421)
    order = rng.permutation(complete)
    for n in sizes:
        cols = sorted(order[:n].tolist())
        tickers = [header[j] for j in cols]
        prices = np.array([[float(r[j]) for j in cols] for r in body])
        returns = prices[1:] / prices[:-1] - 1
        mu = returns.mean(axis=0) * 252
        sample = np.cov(returns, rowvar=False, ddof=1) * 252
        cov = (1 - SHRINKAGE) * sample + SHRINKAGE * np.trace(sample) / n * np.eye(n)
        last = prices[-1]
        yields = [min(dividends.get(t, 0.0) / p, 0.5) for t, p in zip(tickers, last)]
        # long-only minimum volatility, for the volatility cap
        solution = solvers.qp(matrix(2 * cov), matrix(np.zeros(n)), matrix(-np.eye(n)), matrix(np.zeros(n)),
                              matrix(np.ones((1, n))), matrix(1.0))
        w = np.array(solution["x"]).ravel()
        min_vol = float(np.sqrt(w @ cov @ w))
        doc = {
            "tickers": tickers,
            "sectors": [sector.get(t, "Unknown") for t in tickers],
            "expectedReturns": mu.tolist(),
            "covariance": cov.tolist(),
            "yields": yields,
            "assetCap": 0.05,
            "sectorCap": 0.25,
            "volatilityCap": 1.2 * min_vol,
            "window": [body[0][0], body[-1][0]],
        }
        with open(os.path.join(out, "inputs-%d.json" % n), "w") as f:
            json.dump(doc, f)
        print("inputs-%d.json: %d tickers, %s .. %s, min volatility %.4f" % (n, n, body[0][0], body[-1][0], min_vol),
              file=sys.stderr)


if __name__ == "__main__":
    main()
