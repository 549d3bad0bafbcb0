package io.perennial.report;

import io.perennial.basics.Money;
import io.perennial.basics.Rates;
import io.perennial.plan.PlanOptimization;
import io.perennial.plan.PlanProjection;
import io.perennial.plan.PlanResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The plan's answer first: what to do and what it changes, in one or two sentences, then the
 * current holdings and the recommendation side by side on the same projected futures. Every
 * renderer shows it first (the text report, {@code --brief}, the {@code advice} object of
 * {@code plan --json}, the HTML report).
 *
 * @param headline what to do and what it changes, one or two sentences
 * @param moves the largest changes by asset class, largest first (at most {@value #MOVES})
 * @param now the figures of the current holdings
 * @param recommended the figures of the recommendation (the holdings after the trades)
 * @param trades the number of trades
 * @param goalMet whether the recommendation meets the goal objective's requirement; null for the
 *     other objectives
 */
public record AdviceView(String headline, List<Move> moves, Figures now, Figures recommended, int trades, Boolean goalMet) {

  /** The most class changes the headline names. */
  public static final int MOVES = 4;
  /** The projected years whose real income is compared. */
  public static final List<Integer> YEARS = List.of(1, 10, 20, 30);

  public AdviceView {
    moves = List.copyOf(moves);
  }

  /**
   * A change of one asset class.
   *
   * @param assetClass the class id
   * @param now its value today
   * @param recommended its value after the trades
   * @param change recommended − now
   */
  public record Move(String assetClass, Money now, Money recommended, Money change) {}

  /**
   * One side of the comparison.
   *
   * @param successRate the share of futures that meet the spending goal every year
   * @param safeWithdrawalRate the safe withdrawal rate (null when nothing is held today)
   * @param realIncome median real after-tax income at each of {@link #YEARS} the projection reaches
   * @param realIncomeP5 the 5th percentile of the same
   * @param worstRealIncomeDrop the median future's worst fall of real income below its earlier peak
   * @param volatility the volatility (yearly)
   * @param expectedRealReturn the arithmetic expected return less the profile's inflation
   * @param afterTaxIncome the after-tax income a year at the optimizer's rates
   */
  public record Figures(double successRate, Double safeWithdrawalRate, List<YearIncome> realIncome, List<YearIncome> realIncomeP5,
      double worstRealIncomeDrop, double volatility, double expectedRealReturn, Money afterTaxIncome) {

    public Figures {
      realIncome = List.copyOf(realIncome);
      realIncomeP5 = List.copyOf(realIncomeP5);
    }
  }

  /** Real after-tax income in year {@code year} of the projection (1 = this year). */
  public record YearIncome(int year, double income) {}

  /** The advice of {@code result}; null when there is no recommendation or no projection of it. */
  public static AdviceView of(PlanResult result) {
    PlanOptimization o = result.optimization();
    if (o == null || !o.hasRecommendation() || o.projection() == null || result.projection() == null) {
      return null;
    }
    double inflation = result.plan().profile().inflation();
    PlanOptimization.RiskComparison risk = o.risk();
    Figures now = figures(result.projection(), risk.currentVolatility(), risk.currentExpectedReturn() - inflation,
        o.afterTaxIncome().current());
    Figures after = figures(o.projection(), risk.recommendedVolatility(), risk.recommendedExpectedReturn() - inflation,
        o.afterTaxIncome().recommended());
    List<Move> moves = moves(o);
    int trades = o.trades().count();
    Boolean met = o.goal() == null ? null : o.goal().met();
    return new AdviceView(headline(result, o, moves, now, after, trades), moves, now, after, trades, met);
  }

  private static Figures figures(PlanProjection p, double volatility, double realReturn, Money afterTaxIncome) {
    List<YearIncome> median = new ArrayList<>();
    List<YearIncome> low = new ArrayList<>();
    for (int year : YEARS) {
      if (year <= p.byYear().size()) {
        PlanProjection.Year y = p.byYear().get(year - 1);
        median.add(new YearIncome(year, y.realIncome().p50()));
        low.add(new YearIncome(year, y.realIncome().p5()));
      }
    }
    Double safe = p.withdrawalRates() == null ? null : p.withdrawalRates().safe();
    return new Figures(p.successRate(), safe, median, low, p.worstRealIncomeDrop().median(), volatility, realReturn,
        afterTaxIncome);
  }

  /** The largest class changes, sales and purchases, largest first; changes under 1 % of the household are left out. */
  private static List<Move> moves(PlanOptimization o) {
    Money total = o.allocation().totalValue();
    BigDecimal least = total.amount().multiply(new BigDecimal("0.01"));
    List<Move> all = new ArrayList<>();
    for (PlanOptimization.ClassAllocation c : o.allocation().byClass()) {
      Money change = c.recommendedValue().minus(c.currentValue());
      if (change.amount().abs().compareTo(least) >= 0) {
        all.add(new Move(c.assetClass().id(), c.currentValue(), c.recommendedValue(), change));
      }
    }
    all.sort(Comparator.comparing((Move m) -> m.change().amount().abs()).reversed());
    return all.subList(0, Math.min(MOVES, all.size()));
  }

  private static String headline(PlanResult result, PlanOptimization o, List<Move> moves, Figures now, Figures after,
      int trades) {
    if (trades == 0 || moves.isEmpty()) {
      return "Keep the holdings as they are: the recommendation is what you hold (" + trades + " trade"
          + (trades == 1 ? "" : "s") + " within one share of every target). Projected success "
          + pct(now.successRate()) + " of the futures.";
    }
    StringBuilder text = new StringBuilder();
    double dv = after.volatility() - now.volatility();
    boolean saver = result.plan().profile().yearsUntilIncome() > 0;
    if (dv < -0.0005) {
      text.append("Take less risk (volatility ").append(pct(now.volatility())).append(" → ").append(pct(after.volatility()))
          .append(")");
    } else if (dv > 0.0005) {
      text.append(saver ? "Aim for more growth" : "Take more risk").append(" (volatility ").append(pct(now.volatility()))
          .append(" → ").append(pct(after.volatility())).append(", expected return after inflation ")
          .append(pct(now.expectedRealReturn())).append(" → ").append(pct(after.expectedRealReturn())).append(")");
    } else {
      text.append("Keep the risk where it is (volatility ").append(pct(after.volatility())).append(")");
    }
    List<Move> out = moves.stream().filter(m -> m.change().isNegative()).toList();
    List<Move> in = moves.stream().filter(m -> !m.change().isNegative()).toList();
    text.append(": ");
    if (!out.isEmpty()) {
      text.append("move ").append(join(out, true)).append(in.isEmpty() ? "" : " into ").append(in.isEmpty() ? "" : join(in, false));
    } else {
      text.append("add ").append(join(in, false));
    }
    text.append(" (").append(trades).append(trades == 1 ? " trade" : " trades").append("). ");
    text.append("Projected success ").append(pct(now.successRate())).append(" → ").append(pct(after.successRate()))
        .append(" of the futures");
    if (now.safeWithdrawalRate() != null && after.safeWithdrawalRate() != null) {
      text.append(", safe withdrawal rate ").append(pct(now.safeWithdrawalRate())).append(" → ")
          .append(pct(after.safeWithdrawalRate()));
    }
    Money change = after.afterTaxIncome().minus(now.afterTaxIncome());
    text.append("; after-tax income ").append(change.isNegative() ? "falls by " : "rises by ").append(whole(abs(change)))
        .append(" a year (").append(whole(now.afterTaxIncome())).append(" → ").append(whole(after.afterTaxIncome())).append(").");
    if (o.goal() != null && !o.goal().met()) {
      text.append(" No portfolio within the volatility cap meets the goal in ").append(pct(o.goal().requiredSuccess()))
          .append(" of the futures: this is the one that meets it most often.");
    }
    return text.toString();
  }

  private static String join(List<Move> moves, boolean out) {
    List<String> parts = new ArrayList<>();
    for (Move m : moves) {
      parts.add(out ? thousands(abs(m.change())) + " out of " + m.assetClass() : m.assetClass() + " (+" + thousands(m.change()) + ")");
    }
    if (parts.size() == 1) {
      return parts.get(0);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
  }

  private static Money abs(Money money) {
    return money.isNegative() ? money.negated() : money;
  }

  private static String pct(double fraction) {
    return Rates.percent(fraction, 2);
  }

  private static String whole(Money money) {
    return String.format(Locale.US, "$%,.0f", money.amount().setScale(0, RoundingMode.HALF_EVEN));
  }

  /** $356k; under $10k in whole dollars. */
  private static String thousands(Money money) {
    BigDecimal amount = money.amount().abs();
    if (amount.compareTo(new BigDecimal("10000")) < 0) {
      return whole(abs(money));
    }
    return String.format(Locale.US, "$%,.0fk", amount.divide(new BigDecimal("1000"), 0, RoundingMode.HALF_EVEN));
  }
}
