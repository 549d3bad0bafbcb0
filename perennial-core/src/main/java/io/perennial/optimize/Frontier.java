package io.perennial.optimize;

import io.perennial.basics.Checks;
import java.util.List;

/**
 * A frontier: optimal allocations at evenly spaced levels of one figure.
 *
 * @param kind which frontier
 * @param points the allocations from the least risky to the most (each a full result: weights,
 *     return, volatility, Sharpe ratio, income); empty when the constraints cannot all hold
 * @param message one line for people (why it is empty, or what it spans)
 */
public record Frontier(Kind kind, List<AllocationResult> points, String message) {

  public Frontier {
    Checks.notNull(kind, "kind");
    points = List.copyOf(points);
    message = message == null ? "" : message;
  }

  /** The two frontiers. */
  public enum Kind {
    /**
     * Mean-variance: minimum volatility (wᵀΣw + γ‖w‖²) at expected returns evenly spaced from that of
     * the minimum-volatility portfolio to the highest the constraints allow (PyPortfolioOpt's
     * efficient_return over a grid of returns).
     */
    EFFICIENT,
    /**
     * Income: maximum after-tax income at volatility caps evenly spaced from the lowest volatility
     * the constraints allow to the volatility of the least risky maximum-income portfolio.
     */
    INCOME
  }
}
