#!/usr/bin/python3
"""Vectorised NumPy peer of Perennial's projection engine (io.perennial.project).

Same model, same order of events, same fixture (written by
io.perennial.bench.project.TwelveClassProjection): correlated lognormal returns for 12 asset
classes and AR(1) inflation; per year, at the start: an indexed income stream, income paid as
yield x value, taxed by account, partly reinvested, spending met from the stream, then income,
then principal account by account (grossed up for tax); then returns; then the dividend response
(cuts after bad years, yield reversion); then rebalancing within accounts; inflation; records.
Summaries: success rate, income coverage per year, 5/25/50/75/95th percentiles of real income and
real value per year, worst fall of real income.

Every path of a year is one row of an array, so each step is a handful of whole-array operations
over 100,000 x 12 numbers. Random numbers come from NumPy's PCG64, so the figures agree with the
Java engine's within Monte Carlo error, not digit for digit.

Usage: /usr/bin/python3 montecarlo.py FIXTURE.json [--repeat N]
Prints one JSON document: the time of each run (seconds) and the headline figures of the last.
"""
import json
import math
import sys
import time

import numpy as np

from peer_blas import loaded_blas

print(f"blas: {loaded_blas()}", file=sys.stderr)


def run(f):
    classes = f["classes"]
    n = len(classes)
    paths, years = f["paths"], f["years"]
    rng = np.random.default_rng(f["seed"])

    mu = np.array([c["expectedReturn"] for c in classes])
    sigma = np.array([c["volatility"] for c in classes])
    s = np.sqrt(np.log1p((sigma / (1 + mu)) ** 2))        # log-return volatility
    m = np.log1p(mu) - 0.5 * s * s                         # log-return mean
    d = n + 1
    corr = np.eye(d)
    corr[:n, :n] = np.array(f["correlation"])
    corr[:n, n] = corr[n, :n] = np.array(f["inflationCorrelation"])
    lower_t = np.linalg.cholesky(corr).T                   # e = z @ L^T
    infl = f["inflation"]
    pi_mean, phi = infl["mean"], infl["persistence"]
    pi_shock = infl["volatility"] * math.sqrt(1 - phi * phi)

    value0 = np.array([c["value"] for c in classes])
    y0 = np.array([c["yield"] for c in classes])
    dividend = np.array([c["dividend"] for c in classes])
    resp = f["response"]
    down, up, kappa = resp["downside"], resp["upside"], resp["yieldReversion"]
    # gamma: expected log growth of income equals ln(1 + growth); E[min(x,0)] = -s/sqrt(2 pi).
    tail = s / math.sqrt(2 * math.pi)
    gamma = np.where(dividend, np.log1p([c["incomeGrowth"] for c in classes]) + down * tail - up * tail, 0.0)
    max_yield = f["maxYield"]

    taxes = f["taxes"]
    account = [c["account"] for c in classes]
    receipt_tax = np.array([taxes["income"] if a == "taxable" else 0.0 for a in account])
    spend_tax = np.array([taxes["deferredWithdrawal"] if a == "tax-deferred" else 0.0 for a in account])
    sale_tax = np.array([taxes["taxableSale"] if a == "taxable" else
                         taxes["deferredWithdrawal"] if a == "tax-deferred" else 0.0 for a in account])
    reinvest = np.array([c["reinvest"] for c in classes])
    groups = [np.array([i for i in range(n) if account[i] == a]) for a in f["withdrawalOrder"]]
    target_in_account = np.zeros(n)
    for g in groups:
        target_in_account[g] = value0[g] / value0[g].sum()
    household = value0 / value0.sum()

    spending = f["spending"]
    stream = f["stream"]
    stream_after_tax = 1.0 - stream["taxableFraction"] * taxes["income"]

    value = np.tile(value0, (paths, 1))
    yld = np.tile(y0, (paths, 1))
    level = np.ones(paths)
    stream_index = np.ones(paths)
    prev_pi = np.full(paths, pi_mean)
    ok = np.ones(paths, dtype=bool)
    peak = np.zeros(paths)
    worst_drop = np.zeros(paths)
    covered = np.zeros(years)
    real_income = np.empty((years, paths), dtype=np.float32)
    real_value = np.empty((years, paths), dtype=np.float32)

    for t in range(years):
        e = rng.standard_normal((paths, d)) @ lower_t
        log_r = m + s * e[:, :n]
        gross = np.exp(log_r)
        pi = pi_mean + phi * (prev_pi - pi_mean) + pi_shock * e[:, n]
        prev_pi = pi

        # Payment date: stream, income, spending, taxes, reinvestment.
        need = spending * level
        streams = stream["amount"] * stream_index * stream_after_tax if t >= stream["start"] else np.zeros(paths)
        income = yld * value
        net = income * (1 - receipt_tax)
        kept = reinvest * net
        free = net - kept
        value += kept - income
        available = (free * (1 - spend_tax)).sum(axis=1)
        income_total = (net * (1 - spend_tax)).sum(axis=1) + streams
        remaining = need - streams
        surplus = remaining <= 0
        share = np.where(available > remaining, remaining / np.where(available > 0, available, 1.0), 1.0)
        share = np.where(surplus, 0.0, share)
        value += free * (1 - share[:, None])
        remaining = np.where(surplus, 0.0, remaining - share * available)
        value += np.where(surplus, -(need - streams), 0.0)[:, None] * household
        touched = remaining > 0
        for g in groups:
            pool = (value[:, g] * (1 - sale_tax[g])).sum(axis=1)
            active = (remaining > 0) & (pool > 0)
            partial = active & (pool > remaining)
            factor = np.where(partial, 1 - remaining / np.where(pool > 0, pool, 1.0), np.where(active, 0.0, 1.0))
            value[:, g] *= factor[:, None]
            remaining = np.where(active, np.where(partial, 0.0, remaining - pool), remaining)
        met = ~(touched & ((remaining > 0) | (value.sum(axis=1) <= 0)))
        ok &= met
        income_real = income_total / level
        covered[t] = np.count_nonzero(income_total >= need)
        rising = income_real > peak
        drop = np.where(peak > 0, 1 - income_real / np.where(peak > 0, peak, 1.0), 0.0)
        worst_drop = np.where(rising, worst_drop, np.maximum(worst_drop, drop))
        peak = np.maximum(peak, income_real)

        # Returns; next year's income reacts to this year's surprise.
        value *= gross
        x = log_r - m
        g = gamma + np.where(x < 0, down * x, up * x) + 2 * kappa * (y0 - yld) / (y0 + yld)
        next_yield = np.minimum(yld * np.exp(g) / ((1 - yld) * gross), max_yield)
        yld = np.where(dividend, next_yield, yld)

        # Rebalance within each account; inflation; records.
        for grp in groups:
            total = value[:, grp].sum(axis=1)
            value[:, grp] = total[:, None] * target_in_account[grp]
        level_end = level * (1 + pi)
        real_income[t] = income_real
        real_value[t] = value.sum(axis=1) / level_end
        level = level_end
        stream_index *= 1 + stream["indexation"] * pi

    q = [5, 25, 50, 75, 95]
    income_bands = np.percentile(real_income, q, axis=1)
    value_bands = np.percentile(real_value, q, axis=1)
    return {
        "successRate": float(ok.mean()),
        "medianRealValueYear50": float(value_bands[2, years - 1]),
        "medianRealIncomeYear1": float(income_bands[2, 0]),
        "medianRealIncomeYear50": float(income_bands[2, years - 1]),
        "incomeCoverageYear20": float(covered[19] / paths),
        "medianWorstIncomeDrop": float(np.median(worst_drop)),
    }


def main():
    with open(sys.argv[1]) as handle:
        fixture = json.load(handle)
    repeat = int(sys.argv[sys.argv.index("--repeat") + 1]) if "--repeat" in sys.argv else 3
    times = []
    figures = None
    for _ in range(repeat):
        start = time.perf_counter()
        figures = run(fixture)
        times.append(time.perf_counter() - start)
    print(json.dumps({"numpy": np.__version__, "seconds": times, "figures": figures}, indent=2))


if __name__ == "__main__":
    main()
