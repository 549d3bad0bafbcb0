package io.perennial.domain;

import io.perennial.basics.Checks;
import io.perennial.basics.InvalidInputException;
import java.util.Locale;

/**
 * How much risk the investor accepts, as the highest annual volatility of the whole portfolio.
 * Named levels: conservative 8 %, moderate 12 %, growth 16 %, aggressive 20 %.
 *
 * @param label the level's name, or "custom"
 * @param maxVolatility highest acceptable annual volatility (standard deviation of yearly total
 *     return), a fraction
 */
public record RiskTolerance(String label, double maxVolatility) {

  public RiskTolerance {
    Checks.notBlank(label, "risk tolerance label");
    Checks.inRange(maxVolatility, 0.0, 1.0, "maximum volatility");
  }

  public static final RiskTolerance CONSERVATIVE = new RiskTolerance("conservative", 0.08);
  public static final RiskTolerance MODERATE = new RiskTolerance("moderate", 0.12);
  public static final RiskTolerance GROWTH = new RiskTolerance("growth", 0.16);
  public static final RiskTolerance AGGRESSIVE = new RiskTolerance("aggressive", 0.20);

  /** A named level ({@code conservative, moderate, growth, aggressive}). */
  public static RiskTolerance named(String name) {
    switch (name == null ? "" : name.strip().toLowerCase(Locale.ROOT)) {
      case "conservative":
        return CONSERVATIVE;
      case "moderate":
        return MODERATE;
      case "growth":
        return GROWTH;
      case "aggressive":
        return AGGRESSIVE;
      default:
        throw new InvalidInputException("unknown risk tolerance '" + name
            + "'; use conservative, moderate, growth or aggressive, or give maxVolatility as a fraction");
    }
  }

  /** A custom level. */
  public static RiskTolerance ofMaxVolatility(double maxVolatility) {
    return new RiskTolerance("custom", maxVolatility);
  }
}
