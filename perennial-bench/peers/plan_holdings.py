#!/usr/bin/python3
"""Peer of `perennial plan FILE --json` for benchmarks: the same holdings analysis in Python.

Reads a plan file (PyYAML), values the holdings, and computes income by asset and character,
portfolio yield, expected return and volatility (numpy; class figures and correlations of the
built-in set `perennial-builtin-2026.1`, within-class correlation 0.9), the Herfindahl index and
income coverage; prints one JSON document. No validation beyond what the example files need.
Usage: /usr/bin/python3 plan_holdings.py examples/retiree.yaml
"""
import json
import sys
from decimal import Decimal

import numpy as np
import yaml

CLASSES = [  # id, yield, growth, expected return (arithmetic), volatility, income mix
    ("us-stocks", 0.0115, 0.0425, 0.1132, 0.1668, {"qualified-dividend": 0.95, "ordinary-dividend": 0.05}),
    ("us-dividend-stocks", 0.0300, 0.0425, 0.1224, 0.1590, {"qualified-dividend": 0.95, "ordinary-dividend": 0.05}),
    ("us-dividend-growth-stocks", 0.0170, 0.0625, 0.1234, 0.1436, {"qualified-dividend": 0.98, "ordinary-dividend": 0.02}),
    ("intl-dividend-stocks", 0.0400, 0.0250, 0.1129, 0.2360, {"qualified-dividend": 0.70, "ordinary-dividend": 0.30}),
    ("reits", 0.0380, 0.0250, 0.1234, 0.1732, {"reit-dividend": 0.75, "return-of-capital": 0.15,
                                               "capital-gain-distribution": 0.05, "qualified-dividend": 0.05}),
    ("intermediate-treasuries", 0.0414, 0.0, 0.0471, 0.0700, {"treasury-interest": 1.0}),
    ("tips", 0.0180, 0.0250, 0.0461, 0.0744, {"treasury-interest": 1.0}),
    ("corporate-bonds", 0.0500, 0.0, 0.0559, 0.0734, {"taxable-interest": 1.0}),
    ("municipal-bonds", 0.0320, 0.0, 0.0316, 0.0490, {"muni-interest": 1.0}),
    ("high-yield-bonds", 0.0680, 0.0, 0.0598, 0.1079, {"taxable-interest": 1.0}),
    ("cash", 0.0421, 0.0, 0.0305, 0.0263, {"taxable-interest": 1.0}),
    ("rental-real-estate", 0.0450, 0.0250, 0.0828, 0.1039, {"rental-net-income": 1.0}),
    ("royalties", 0.0700, -0.0200, 0.0722, 0.2109, {"royalty": 1.0}),
]
CORRELATIONS = np.array([
    [1.00, 0.90, 0.86, 0.66, 0.47, 0.02, 0.20, 0.48, 0.32, 0.68, 0.18, 0.23, 0.45],
    [0.90, 1.00, 0.94, 0.62, 0.59, 0.26, 0.37, 0.63, 0.51, 0.67, 0.23, 0.26, 0.50],
    [0.86, 0.94, 1.00, 0.53, 0.58, 0.28, 0.38, 0.65, 0.50, 0.66, 0.31, 0.23, 0.45],
    [0.66, 0.62, 0.53, 1.00, 0.43, 0.03, 0.27, 0.41, 0.36, 0.62, 0.20, 0.44, 0.50],
    [0.47, 0.59, 0.58, 0.43, 1.00, 0.02, 0.31, 0.51, 0.38, 0.69, -0.09, 0.28, 0.50],
    [0.02, 0.26, 0.28, 0.03, 0.02, 1.00, 0.79, 0.65, 0.77, 0.15, 0.50, -0.16, -0.05],
    [0.20, 0.37, 0.38, 0.27, 0.31, 0.79, 1.00, 0.86, 0.86, 0.51, 0.36, -0.01, 0.31],
    [0.48, 0.63, 0.65, 0.41, 0.51, 0.65, 0.86, 1.00, 0.88, 0.77, 0.28, 0.02, 0.31],
    [0.32, 0.51, 0.50, 0.36, 0.38, 0.77, 0.86, 0.88, 1.00, 0.58, 0.43, 0.00, 0.16],
    [0.68, 0.67, 0.66, 0.62, 0.69, 0.15, 0.51, 0.77, 0.58, 1.00, -0.01, 0.07, 0.44],
    [0.18, 0.23, 0.31, 0.20, -0.09, 0.50, 0.36, 0.28, 0.43, -0.01, 1.00, 0.05, 0.19],
    [0.23, 0.26, 0.23, 0.44, 0.28, -0.16, -0.01, 0.02, 0.00, 0.07, 0.05, 1.00, 0.31],
    [0.45, 0.50, 0.45, 0.50, 0.50, -0.05, 0.31, 0.31, 0.16, 0.44, 0.19, 0.31, 1.00],
])
CLASS_INDEX = {c[0]: i for i, c in enumerate(CLASSES)}
WITHIN_CLASS = 0.9


def main(path):
    with open(path) as f:
        plan = yaml.safe_load(f)
    universe = {a["id"]: a for a in plan.get("universe", [])}
    universe.setdefault("CASH", {"id": "CASH", "class": "cash"})
    prices = {k: Decimal(str(v)) for k, v in (plan.get("prices") or {}).items()}
    for a in universe.values():
        if "price" in a:
            prices[a["id"]] = Decimal(str(a["price"]))
        if a["class"] == "cash":
            prices[a["id"]] = Decimal(1)
    value, income = {}, {}
    for account in plan["accounts"]:
        for h in account.get("holdings", []):
            qty = Decimal(str(h["quantity"])) if "quantity" in h else sum(Decimal(str(l["quantity"])) for l in h["lots"])
            asset = universe[h["asset"]]
            figures = CLASSES[CLASS_INDEX[asset["class"]]]
            v = qty * prices[h["asset"]]
            value[h["asset"]] = value.get(h["asset"], 0) + v
            income[h["asset"]] = income.get(h["asset"], 0) + v * Decimal(str(asset.get("yield", figures[1])))
    total, total_income = sum(value.values()), sum(income.values())
    ids = list(value)
    w = np.array([float(value[i] / total) for i in ids])
    cls = [CLASS_INDEX[universe[i]["class"]] for i in ids]
    sigma = np.array([universe[i].get("volatility", CLASSES[c][4]) for i, c in zip(ids, cls)])
    mu = np.array([universe[i].get("expectedReturn", CLASSES[c][3]) for i, c in zip(ids, cls)])
    rho = CORRELATIONS[np.ix_(cls, cls)].copy()
    same = np.equal.outer(cls, cls)
    rho[same] = WITHIN_CLASS
    np.fill_diagonal(rho, 1.0)
    cov = rho * np.outer(sigma, sigma)
    by_character = {}
    for i in ids:
        mix = universe[i].get("incomeMix", CLASSES[CLASS_INDEX[universe[i]["class"]]][5])
        for character, share in mix.items():
            by_character[character] = by_character.get(character, 0) + income[i] * Decimal(str(share))
    need = max(Decimal(str(plan["profile"]["annualSpending"])) - Decimal(str(plan["profile"].get("otherIncome", 0))), 0)
    hhi = float((w ** 2).sum())
    print(json.dumps({
        "totalValue": str(total.quantize(Decimal("0.01"))),
        "annualIncome": str(total_income.quantize(Decimal("0.01"))),
        "portfolioYield": float(total_income / total),
        "byCharacter": {k: str(v.quantize(Decimal("0.01"))) for k, v in by_character.items()},
        "expectedReturn": float(w @ mu),
        "volatility": float(np.sqrt(w @ cov @ w)),
        "herfindahlIndex": hhi,
        "effectiveHoldings": 1 / hhi,
        "incomeCoverage": float(total_income / need) if need else None,
    }, indent=2))


if __name__ == "__main__":
    main(sys.argv[1])
