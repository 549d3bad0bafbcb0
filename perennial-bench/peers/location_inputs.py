#!/usr/bin/python3
"""Writes the asset-location benchmark inputs shared by the JMH benchmark and the CVXOPT peer.

N income ETFs of ../shared/data/income-etfs-2016-2021 (a seeded draw among the 69 funds with all
1,258 trading days, 2016-04-28 .. 2021-04-27; the index ^GSPC and DIVO, which starts later, left
out): the annualised mean (x 252) and sample covariance (x 252, ddof 1) of daily adjusted-close
returns, the trailing-12-month implied distributions (implied_distributions_derived.csv, ex-dates
after 2020-04-27) over the last close as yield, a class and an income mix by character from the
fund's kind (table KINDS below: a judgement, e.g. a REIT fund pays 75 % REIT dividends, 15 %
return of capital, 10 % capital-gain distributions), three accounts (taxable 50 %, traditional
IRA 30 %, Roth 20 % of $1,000,000), and the marginal rates of a married couple in the 24 %
federal bracket with a 5 % state tax (RATES). Household rules: at most 10 % in one fund, 30 % in
one class, volatility at most 8 %. These are benchmark fixtures, not product estimates.

usage: location_inputs.py DATA_DIR OUT_DIR N
"""
import csv
import json
import os
import sys

import numpy as np

# kind: (class, {character: share})
KINDS = {
    "us-stocks": ("us-stocks", {"qualified-dividend": 0.95, "ordinary-dividend": 0.05}),
    "dividend": ("us-dividend-stocks", {"qualified-dividend": 0.9, "ordinary-dividend": 0.1}),
    "buy-write": ("us-dividend-stocks", {"qualified-dividend": 0.5, "ordinary-dividend": 0.3, "return-of-capital": 0.2}),
    "intl": ("intl-stocks", {"qualified-dividend": 0.7, "ordinary-dividend": 0.3}),
    "reit": ("reits", {"reit-dividend": 0.75, "return-of-capital": 0.15, "capital-gain-distribution": 0.10}),
    "mortgage-reit": ("reits", {"reit-dividend": 0.9, "return-of-capital": 0.1}),
    "intl-reit": ("reits", {"ordinary-dividend": 0.6, "qualified-dividend": 0.4}),
    "utilities": ("utilities", {"qualified-dividend": 1.0}),
    "mlp": ("utilities", {"return-of-capital": 0.9, "qualified-dividend": 0.1}),
    "infrastructure": ("utilities", {"qualified-dividend": 0.7, "return-of-capital": 0.3}),
    "aggregate": ("core-bonds", {"treasury-interest": 0.45, "taxable-interest": 0.55}),
    "treasury": ("treasuries", {"treasury-interest": 1.0}),
    "gov-credit": ("treasuries", {"treasury-interest": 0.6, "taxable-interest": 0.4}),
    "tips": ("tips", {"treasury-interest": 1.0}),
    "corporate": ("corporate-bonds", {"taxable-interest": 1.0}),
    "high-yield": ("high-yield-bonds", {"taxable-interest": 1.0}),
    "muni": ("municipal-bonds", {"muni-interest": 1.0}),
    "mortgage": ("mortgage-bonds", {"taxable-interest": 1.0}),
    "foreign-bonds": ("foreign-bonds", {"taxable-interest": 1.0}),
    "gold": ("gold", {"return-of-capital": 1.0}),
}
FUNDS = {
    "SPY": "us-stocks", "VOO": "us-stocks", "IVV": "us-stocks", "VTV": "us-stocks",
    "VYM": "dividend", "SCHD": "dividend", "DVY": "dividend", "SDY": "dividend", "VIG": "dividend", "DON": "dividend",
    "DLN": "dividend", "CVY": "dividend", "PID": "dividend", "SPLV": "dividend", "FTHI": "buy-write",
    "IDV": "intl", "EFA": "intl", "VEA": "intl", "VWO": "intl", "VXUS": "intl",
    "VNQ": "reit", "SCHH": "reit", "IYR": "reit", "ICF": "reit", "RWR": "reit", "RWO": "reit", "REM": "mortgage-reit",
    "VNQI": "intl-reit", "XLU": "utilities", "VPU": "utilities", "IDU": "utilities", "AMLP": "mlp",
    "EMLP": "infrastructure", "BND": "aggregate", "AGG": "aggregate", "SCHZ": "aggregate", "BNDX": "foreign-bonds",
    "TLT": "treasury", "VGLT": "treasury", "IEF": "treasury", "VGIT": "treasury", "SHY": "treasury",
    "VGSH": "treasury", "SHV": "treasury", "BIL": "treasury", "SCHO": "treasury", "SCHR": "treasury",
    "GVI": "gov-credit", "EDV": "treasury", "TIP": "tips", "SCHP": "tips", "VTIP": "tips", "LQD": "corporate",
    "VCIT": "corporate", "VCSH": "corporate", "VCLT": "corporate", "HYG": "high-yield", "JNK": "high-yield",
    "SJNK": "high-yield", "MUB": "muni", "TFI": "muni", "SHM": "muni", "HYD": "muni", "MBB": "mortgage",
    "VMBS": "mortgage", "EMB": "foreign-bonds", "PCY": "foreign-bonds", "GLD": "gold", "IAU": "gold",
}
# Marginal rates (federal + NIIT + state) by income character in a taxable account: married filing
# jointly in the 24 % bracket, under the NIIT threshold, state 5 % (Treasury interest state-exempt,
# out-of-state munis taxed by the state only, REIT dividends 24 % x 0.8 after the 199A deduction).
RATES = {
    "qualified-dividend": 0.20, "ordinary-dividend": 0.29, "reit-dividend": 0.242, "taxable-interest": 0.29,
    "treasury-interest": 0.24, "muni-interest": 0.05, "return-of-capital": 0.0, "capital-gain-distribution": 0.20,
    "rental-net-income": 0.29, "royalty": 0.29,
}
WITHDRAWAL = 0.29
ACCOUNTS = [
    {"id": "taxable", "type": "taxable", "balance": 500000.0},
    {"id": "ira", "type": "tax-deferred", "balance": 300000.0},
    {"id": "roth", "type": "tax-free", "balance": 200000.0},
]


def main():
    data, out, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
    os.makedirs(out, exist_ok=True)
    full = []
    with open(os.path.join(data, "files.csv")) as f:
        for r in csv.DictReader(f):
            if r["ticker"] in FUNDS and int(r["rows"]) == 1258:
                full.append(r["ticker"])
    rng = np.random.default_rng(20210427)
    tickers = sorted(rng.permutation(full)[:n].tolist())
    closes, adjusted = [], []
    for t in tickers:
        with open(os.path.join(data, "daily", t + ".csv")) as f:
            rows = list(csv.DictReader(f))
        closes.append(float(rows[-1]["Close"]))
        adjusted.append([float(r["Adj Close"]) for r in rows])
    prices = np.array(adjusted).T
    returns = prices[1:] / prices[:-1] - 1
    mu = returns.mean(axis=0) * 252
    cov = np.cov(returns, rowvar=False, ddof=1) * 252
    paid = {t: 0.0 for t in tickers}
    with open(os.path.join(data, "implied_distributions_derived.csv")) as f:
        for r in csv.DictReader(f):
            if r["ticker"] in paid and r["ex_date"] > "2020-04-27":
                paid[r["ticker"]] += float(r["implied_distribution_per_share"])
    yields = [min(paid[t] / c, 0.5) for t, c in zip(tickers, closes)]
    doc = {
        "tickers": tickers,
        "classes": [KINDS[FUNDS[t]][0] for t in tickers],
        "mixes": [KINDS[FUNDS[t]][1] for t in tickers],
        "expectedReturns": mu.tolist(),
        "covariance": cov.tolist(),
        "yields": yields,
        "accounts": ACCOUNTS,
        "rates": RATES,
        "withdrawal": WITHDRAWAL,
        "assetCap": 0.10,
        "classCap": 0.30,
        "volatilityCap": 0.08,
        "incomeEmphasis": 0.5,
        "inflation": 0.025,
    }
    path = os.path.join(out, "location-inputs-%d.json" % n)
    with open(path, "w") as f:
        json.dump(doc, f)
    print("%s: %d funds, %d classes, mean yield %.4f" % (path, n, len(set(doc["classes"])), float(np.mean(yields))),
          file=sys.stderr)


if __name__ == "__main__":
    main()
