"""NumPy peer of io.perennial.bench.CovarianceBenchmark.

The annualised pairwise-complete sample covariance (pandas' returns.cov() * 252: for each pair,
the periods where both returns are present, n - 1 denominator) of the daily returns of the wide
price file, vectorised with masks:
    M = present (0/1), X0 = returns centred on their column means, 0 where missing
    n = M'M, S_i|j = X0'M, G = X0'X0, cov = (G - S * S' / n) / (n - 1) * 252
and, like the full estimator, PyPortfolioOpt's PSD test (Cholesky of cov + 1e-16 I) with the
spectral repair (eigh, clip negative eigenvalues) when it fails.

Usage: /usr/bin/python3 covariance.py PRICES.csv [REPEATS [EIGENVALUES.txt]]
Prints one line per measurement: name, milliseconds per operation (median of REPEATS runs), and a
checksum of the matrix for comparison with the Java result; then the eigh eigenvalues' checksums
in the format CovarianceBenchmark prints for Perennial's, and writes the eigenvalues (ascending,
one a line) to EIGENVALUES.txt when given.
"""
import csv
import sys
import time

import numpy as np

from peer_blas import loaded_blas


def load_returns(path):
    with open(path) as f:
        rows = list(csv.reader(f))
    prices = np.array([[float(c) if c != "" else np.nan for c in r[1:]] for r in rows[1:]])
    returns = prices[1:] / prices[:-1] - 1.0
    return returns[~np.all(np.isnan(returns), axis=1)]


def pairwise_cov(returns, frequency=252):
    present = ~np.isnan(returns)
    m = present.astype(np.float64)
    x0 = np.where(present, returns - np.nanmean(returns, axis=0), 0.0)
    n = m.T @ m
    s = x0.T @ m  # s[i, j] = sum of x_i over the periods where j is present
    g = x0.T @ x0
    with np.errstate(divide="ignore", invalid="ignore"):
        cov = (g - s * s.T / n) / (n - 1)
    cov[n < 2] = np.nan
    return cov * frequency


def psd_repaired(cov):
    try:
        np.linalg.cholesky(cov + 1e-16 * np.eye(len(cov)))
        return cov
    except np.linalg.LinAlgError:
        q, v = np.linalg.eigh(cov)
        return v @ np.diag(np.where(q > 0, q, 0)) @ v.T


def measure(name, function, repeats):
    times = []
    result = None
    for _ in range(repeats):
        start = time.perf_counter()
        result = function()
        times.append((time.perf_counter() - start) * 1000.0)
    print(f"{name} {np.median(times):.3f} ms/op (median of {repeats}; min {min(times):.3f}) checksum {np.nansum(result):.12e}")
    return result


def main():
    path = sys.argv[1]
    repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 7
    returns = load_returns(path)
    print(f"returns {returns.shape[0]} x {returns.shape[1]}, numpy {np.__version__}, blas {loaded_blas()}")
    measure("pairwiseSampleCovariance", lambda: pairwise_cov(returns), repeats)
    measure("sampleCovarianceWithPsdRepair", lambda: psd_repaired(pairwise_cov(returns)), max(3, repeats // 2))
    cov = pairwise_cov(returns)
    q = np.linalg.eigh(cov)[0]
    print(f"numpy checksum {np.nansum(cov):.12e} eigenvalues: sum|l| {np.abs(q).sum():.12e} smallest {q[0]:.12e} "
          f"largest {q[-1]:.12e} <=0 {int((q <= 0).sum())}")
    if len(sys.argv) > 3:
        np.savetxt(sys.argv[3], q, fmt="%.17e")


if __name__ == "__main__":
    main()
