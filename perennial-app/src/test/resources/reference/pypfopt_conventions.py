"""Reference numbers for PyPortfolioOptConventionsTest, computed independently with NumPy only.

Run once with Debian's python3 (numpy, no pandas/sklearn):
    /usr/bin/python3 pypfopt_conventions.py ../../../../../shared/validation/pypfopt/stock_prices.csv \
        ../../../../../shared/data/sp500-universe-2021/adjusted_close_daily_wide.csv
Each quantity follows the conventions in shared/validation/pypfopt/README.md, written from the
formulas (pandas/sklearn semantics spelled out with explicit masks and loops), not from Perennial.
"""
import csv
import sys

import numpy as np


def load(path):
    with open(path) as f:
        rows = list(csv.reader(f))
    header = rows[0][1:]
    prices = np.array([[float(c) if c != "" else np.nan for c in r[1:]] for r in rows[1:]])
    return header, prices


def returns_from_prices(p):
    r = p[1:] / p[:-1] - 1.0  # NaN where either price is missing
    keep = ~np.all(np.isnan(r), axis=1)  # dropna(how="all")
    return r[keep]


def pair_cov(x, y):
    m = ~np.isnan(x) & ~np.isnan(y)
    a, b = x[m], y[m]
    return np.sum((a - a.mean()) * (b - b.mean())) / (len(a) - 1)


def ewm_last(values, span):
    """pandas Series.ewm(span, adjust=True, ignore_na=False).mean().iloc[-1]."""
    alpha = 2.0 / (span + 1.0)
    T = len(values)
    w = (1 - alpha) ** (T - 1 - np.arange(T))
    m = ~np.isnan(values)
    return np.sum(w[m] * values[m]) / np.sum(w[m])


def pair_exp_cov(x, y, span):
    cov = (x - np.nanmean(x)) * (y - np.nanmean(y))
    return ewm_last(cov, span)


def lw_constant_variance(X):
    """sklearn.covariance.ledoit_wolf on nan_to_num returns (non-blocked formula)."""
    t, n = X.shape
    Xc = X - X.mean(0)
    emp = Xc.T @ Xc / t
    mu = np.trace(emp) / n
    X2 = Xc ** 2
    beta_ = np.sum(X2.T @ X2)
    delta_ = np.sum((Xc.T @ Xc) ** 2) / t ** 2
    beta = 1.0 / (n * t) * (beta_ / t - delta_)
    delta = (delta_ - 2.0 * mu * np.trace(emp) + n * mu ** 2) / n
    beta = min(beta, delta)
    s = 0 if beta == 0 else beta / delta
    return (1 - s) * emp + s * mu * np.eye(n), s


def lw_single_factor(X):
    """PyPortfolioOpt _ledoit_wolf_single_factor, matrix form."""
    t, n = X.shape
    Xm = X - X.mean(axis=0)
    xmkt = Xm.mean(axis=1).reshape(t, 1)
    sample = np.cov(np.append(Xm, xmkt, axis=1), rowvar=False) * (t - 1) / t
    betas = sample[0:n, n].reshape(n, 1)
    varmkt = sample[n, n]
    sample = sample[:n, :n]
    F = betas @ betas.T / varmkt
    F[np.eye(n) == 1] = np.diag(sample)
    c = np.linalg.norm(sample - F, "fro") ** 2
    y = Xm ** 2
    p = 1 / t * np.sum(y.T @ y) - np.sum(sample ** 2)
    rdiag = 1 / t * np.sum(y ** 2) - np.sum(np.diag(sample) ** 2)
    z = Xm * np.tile(xmkt, (n,))
    v1 = 1 / t * y.T @ z - np.tile(betas, (n,)) * sample
    roff1 = np.sum(v1 * np.tile(betas, (n,)).T) / varmkt - np.sum(np.diag(v1) * betas.T) / varmkt
    v3 = 1 / t * z.T @ z - varmkt * sample
    roff3 = np.sum(v3 * (betas @ betas.T)) / varmkt ** 2 - np.sum(np.diag(v3).reshape(-1, 1) * betas ** 2) / varmkt ** 2
    r = rdiag + 2 * roff1 - roff3
    delta = max(0, min(1, (p - r) / c / t))
    return delta * F + (1 - delta) * sample, delta


def lw_constant_correlation(X, S):
    """PyPortfolioOpt _ledoit_wolf_constant_correlation, matrix form (S pairwise n-1)."""
    t, n = X.shape
    var = np.diag(S).reshape(-1, 1)
    std = np.sqrt(var)
    _var = np.tile(var, (n,))
    _std = np.tile(std, (n,))
    r_bar = (np.sum(S / (_std * _std.T)) - n) / (n * (n - 1))
    F = r_bar * (_std * _std.T)
    F[np.eye(n) == 1] = var.reshape(-1)
    Xm = X - X.mean(axis=0)
    y = Xm ** 2
    pi_mat = y.T @ y / t - 2 * (Xm.T @ Xm) * S / t + S ** 2
    pi_hat = np.sum(pi_mat)
    term1 = (Xm ** 3).T @ Xm / t
    help_ = Xm.T @ Xm / t
    help_diag = np.diag(help_)
    term2 = np.tile(help_diag, (n, 1)).T * S
    term3 = help_ * _var
    term4 = _var * S
    theta_mat = term1 - term2 - term3 + term4
    theta_mat[np.eye(n) == 1] = np.zeros(n)
    rho_hat = np.sum(np.diag(pi_mat)) + r_bar * np.sum((1 / std) @ std.T * theta_mat)
    gamma_hat = np.linalg.norm(S - F, "fro") ** 2
    delta = max(0.0, min(1.0, (pi_hat - rho_hat) / gamma_hat / t))
    return delta * F + (1 - delta) * S, delta


def main():
    header, p = load(sys.argv[1])
    r = returns_from_prices(p)
    t, n = r.shape
    print("return rows", t)
    col = {name: i for i, name in enumerate(header)}
    for name in ["GOOG", "AAPL", "FB", "SBUX"]:
        x = r[:, col[name]]
        m = ~np.isnan(x)
        geo = np.prod(1 + x[m]) ** (252 / m.sum()) - 1
        ari = x[m].mean() * 252
        ema = ewm_last(x, 500)
        print(f"{name} count {m.sum()} geometric {geo!r} arithmetic {ari!r} ema500_geometric {(1 + ema) ** 252 - 1!r} ema500_arithmetic {ema * 252!r}")
    S = np.array([[pair_cov(r[:, i], r[:, j]) for j in range(n)] for i in range(n)])
    print("sample cov min eigenvalue (annual)", np.linalg.eigvalsh(S * 252).min())
    for a, b in [("GOOG", "AAPL"), ("AAPL", "AAPL"), ("FB", "BABA"), ("SBUX", "XOM")]:
        print(f"sample_cov {a} {b} {S[col[a], col[b]] * 252!r}")
    for a, b in [("GOOG", "AAPL"), ("AAPL", "AAPL"), ("FB", "BABA")]:
        print(f"exp_cov180 {a} {b} {pair_exp_cov(r[:, col[a]], r[:, col[b]], 180) * 252!r}")
    X = np.nan_to_num(r)
    cv, dcv = lw_constant_variance(X)
    sf, dsf = lw_single_factor(X)
    cc, dcc = lw_constant_correlation(X, S)
    print("lw constant_variance delta", repr(dcv), "GOOG,AAPL", repr(cv[col["GOOG"], col["AAPL"]] * 252), "AAPL,AAPL", repr(cv[col["AAPL"], col["AAPL"]] * 252))
    print("lw single_factor delta", repr(dsf), "GOOG,AAPL", repr(sf[col["GOOG"], col["AAPL"]] * 252), "AAPL,AAPL", repr(sf[col["AAPL"], col["AAPL"]] * 252))
    print("lw constant_correlation delta", repr(dcc), "GOOG,AAPL", repr(cc[col["GOOG"], col["AAPL"]] * 252), "AAPL,AAPL", repr(cc[col["AAPL"], col["AAPL"]] * 252))
    for M, name in [(cv, "cv"), (sf, "sf"), (cc, "cc")]:
        print(name, "min eigenvalue", np.linalg.eigvalsh(M * 252).min())
    if len(sys.argv) > 2:
        header, p = load(sys.argv[2])
        r = returns_from_prices(p)
        col = {name: i for i, name in enumerate(header)}
        print("sp500 return rows", r.shape)
        for a, b in [("AAPL", "MSFT"), ("KIM", "SPGI"), ("VIAC", "WELL"), ("VAR", "AAPL"), ("KIM", "KIM"), ("RHI", "ABBV")]:
            print(f"sp500 sample_cov {a} {b} {pair_cov(r[:, col[a]], r[:, col[b]]) * 252!r}")
        n = r.shape[1]
        full = np.array([[pair_cov(r[:, i], r[:, j]) for j in range(n)] for i in range(n)]) * 252
        q = np.linalg.eigvalsh(full)
        print("sp500 annual sample cov: smallest eigenvalue", repr(q.min()), "eigenvalues <= 0:", int((q <= 0).sum()),
              "Frobenius change of the spectral repair:", repr(float(np.sqrt(np.sum(q[q <= 0] ** 2)))))


if __name__ == "__main__":
    main()
