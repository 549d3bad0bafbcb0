package io.perennial.tax;

import io.perennial.basics.Checks;
import io.perennial.basics.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * How a sale chooses the tax lots it relieves (IRS Publication 550, "Identifying the shares you
 * sold"; Publication 564 for the average basis of mutual-fund shares). Each method is a named,
 * validated value; {@link LotRelief} applies it.
 *
 * <ul>
 *   <li>{@link Fifo}: first in, first out, the US default when no lots are named.
 *   <li>{@link HighestCost} / {@link LowestCost}: the lots of highest (lowest) cost per share first.
 *   <li>{@link SpecificLots}: the lots the investor names (by acquisition date and quantity).
 *   <li>{@link MinimumTax}: the lots with the lowest estimated tax ÷ proceeds first, the tax being the
 *       gain per share times the short- or long-term rate of the lot on the sale date (losses rank first).
 *   <li>{@link AverageCost}: the average basis of all shares held (mutual funds); the shares sold are
 *       the oldest ones for the holding period.
 * </ul>
 */
public sealed interface LotReliefMethod
    permits LotReliefMethod.Fifo, LotReliefMethod.HighestCost, LotReliefMethod.LowestCost,
        LotReliefMethod.SpecificLots, LotReliefMethod.MinimumTax, LotReliefMethod.AverageCost {

  /** The method's id in files, JSON and the command line ({@code fifo}, {@code highest-cost}, ...). */
  String id();

  /** First in, first out. */
  record Fifo() implements LotReliefMethod {
    @Override
    public String id() {
      return "fifo";
    }
  }

  /** Highest cost per share first (ties: oldest first). */
  record HighestCost() implements LotReliefMethod {
    @Override
    public String id() {
      return "highest-cost";
    }
  }

  /** Lowest cost per share first (ties: oldest first). */
  record LowestCost() implements LotReliefMethod {
    @Override
    public String id() {
      return "lowest-cost";
    }
  }

  /**
   * The lots the investor names: each pick takes {@code quantity} shares from the lot acquired on
   * {@code acquired} (from the first such lot, then the next one of that date).
   *
   * @param picks the lots named, in order; their quantities must add up to the shares sold
   */
  record SpecificLots(List<LotPick> picks) implements LotReliefMethod {
    public SpecificLots {
      Checks.notNull(picks, "picks");
      Checks.check(!picks.isEmpty(), "specific lots need at least one lot named");
      picks = List.copyOf(picks);
    }

    @Override
    public String id() {
      return "specific-lots";
    }
  }

  /**
   * One named lot of a specific-lot sale.
   *
   * @param acquired the acquisition date of the lot
   * @param quantity shares taken from it, more than zero
   */
  record LotPick(LocalDate acquired, BigDecimal quantity) {
    public LotPick {
      Checks.notNull(acquired, "acquired");
      Checks.notNull(quantity, "quantity");
      Checks.check(quantity.signum() > 0, "a lot pick must take more than zero shares, got " + quantity.toPlainString());
    }
  }

  /**
   * The lots of lowest estimated tax ÷ proceeds first.
   *
   * @param shortTermRate marginal rate on short-term gains, a fraction from 0 to 1
   * @param longTermRate marginal rate on long-term gains, a fraction from 0 to 1
   */
  record MinimumTax(double shortTermRate, double longTermRate) implements LotReliefMethod {
    public MinimumTax {
      Checks.inRange(shortTermRate, 0.0, 1.0, "short-term rate");
      Checks.inRange(longTermRate, 0.0, 1.0, "long-term rate");
    }

    @Override
    public String id() {
      return "minimum-tax";
    }
  }

  /** Average basis per share of all shares held (mutual funds); holding period first in, first out. */
  record AverageCost() implements LotReliefMethod {
    @Override
    public String id() {
      return "average-cost";
    }
  }

  /** First in, first out. */
  LotReliefMethod FIFO = new Fifo();
  /** Highest cost first. */
  LotReliefMethod HIGHEST_COST = new HighestCost();
  /** Lowest cost first. */
  LotReliefMethod LOWEST_COST = new LowestCost();
  /** Average cost. */
  LotReliefMethod AVERAGE_COST = new AverageCost();

  /**
   * The method named {@code text}: {@code fifo}, {@code highest-cost}, {@code lowest-cost},
   * {@code average-cost}, or {@code minimum-tax} with the default rates of 32 % short-term and 15 %
   * long-term. Specific lots cannot be named without their lots.
   */
  static LotReliefMethod parse(String text) {
    String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    switch (wanted) {
      case "fifo":
        return FIFO;
      case "highest-cost":
        return HIGHEST_COST;
      case "lowest-cost":
        return LOWEST_COST;
      case "average-cost":
        return AVERAGE_COST;
      case "minimum-tax":
        return new MinimumTax(0.32, 0.15);
      default:
        throw new InvalidInputException("unknown lot method '" + text
            + "'; use one of: fifo, highest-cost, lowest-cost, average-cost, minimum-tax");
    }
  }
}
