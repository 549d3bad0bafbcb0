package io.perennial.io;

import io.perennial.basics.AssetId;
import io.perennial.basics.InvalidInputException;
import io.perennial.basics.Problem;
import io.perennial.estimate.DividendSafety;
import io.perennial.estimate.DividendSafetyScreen;
import io.perennial.estimate.Frequencies;
import io.perennial.estimate.IncomeEstimate;
import io.perennial.estimate.IncomeEstimator;
import io.perennial.estimate.ReturnStatistics;
import io.perennial.market.DividendHistory;
import io.perennial.market.ImpliedDistributions;
import io.perennial.market.PriceSeries;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * An asset's own figures estimated from its price and dividend history files (the plan file's
 * {@code priceHistory} and {@code dividendHistory}), with the readers and estimators of
 * {@code perennial estimate} (docs/estimate.md).
 *
 * <ul>
 *   <li>From the prices (one ticker's file: {@code Date, Close, Adj Close} or Alpha Vantage's
 *       layout): expected return = the annualised arithmetic mean of the simple returns of the
 *       adjusted close, {@code mean(r) × f}; volatility = {@code sd(r) × √f}, f the periods per year
 *       inferred from the dates.</li>
 *   <li>From the distributions (the dividend file; else the dividend column of an Alpha Vantage
 *       price file; else the distributions implied by Yahoo's {@code Adj Close}), as of the
 *       valuation date or the last price date if earlier: yield = the trailing yield (regular
 *       distributions of the last 12 months ÷ close; the forward yield, last payment × payments a
 *       year, is only noted, being unreliable for funds whose payments vary by quarter); income growth = the 5-year growth of calendar-year regular distributions when the history
 *       has both years; and the history-only dividend-safety score of {@link DividendSafetyScreen}
 *       (for {@code perennial check}'s {@code dividend-safety}).</li>
 * </ul>
 */
final class AssetHistory {

  /** Fewer years of prices than this give an expected return too uncertain to use without a note. */
  static final double SHORT_HISTORY_YEARS = 10.0;

  private AssetHistory() {}

  /**
   * The figures found, each empty when the files cannot support it, and notes for the report.
   *
   * @param yield trailing 12-month yield
   * @param incomeGrowth 5-year growth of the yearly distributions
   * @param expectedReturn annualised arithmetic mean return
   * @param volatility annualised volatility
   * @param safety the history-only dividend-safety score ({@link DividendSafetyScreen}) as of the same
   *     date as the yield, when the files hold distributions
   * @param notes what was estimated from what, and any caveat
   */
  record Figures(OptionalDouble yield, OptionalDouble incomeGrowth, OptionalDouble expectedReturn,
      OptionalDouble volatility, Optional<DividendSafety> safety, List<Problem> notes) {}

  /**
   * Reads the history files of asset {@code id}. {@code priceFile} and {@code dividendFile} may be
   * null (not both); {@code where} names the plan-file field for errors and notes.
   *
   * @throws InputException when a file cannot be read or holds nothing usable for the asset
   */
  static Figures read(AssetId id, Path priceFile, Path dividendFile, LocalDate valuationDate, String where) {
    PriceSeries prices = null;
    DividendHistory dividends = null;
    OptionalDouble expectedReturn = OptionalDouble.empty();
    OptionalDouble volatility = OptionalDouble.empty();
    StringBuilder note = new StringBuilder();
    List<Problem> notes = new java.util.ArrayList<>();
    if (priceFile != null) {
      PriceCsv.PriceFile file = withContext(() -> PriceCsv.read(priceFile), where + ".priceHistory");
      PriceSeries series = file.prices();
      prices = PriceSeries.of(id, series.dates(), series.close(), series.adjustedClose());
      if (prices.size() < 3) {
        throw new InputException(priceFile.toString(), "holds " + prices.size() + " prices; the returns of " + id + " need more",
            "give at least a year of prices");
      }
      double[] adjusted = prices.adjustedClose();
      double[] returns = new double[adjusted.length - 1];
      for (int i = 1; i < adjusted.length; i++) {
        returns[i - 1] = adjusted[i] / adjusted[i - 1] - 1.0;
      }
      int frequency = Frequencies.infer(prices.dates());
      int needed = ReturnStatistics.minimumObservations(frequency);
      if (returns.length < needed) {
        throw new InputException(priceFile.toString(), "holds " + prices.size() + " prices, " + returns.length + " returns of " + id
            + " at " + frequency + " periods a year; at least " + needed + " are needed to annualise them",
            "give at least " + (needed + 1) + " prices (about a quarter of a year; a year or more is better), or leave "
                + "priceHistory out and give the asset's expectedReturn and volatility");
      }
      ReturnStatistics statistics = ReturnStatistics.of(returns, frequency);
      expectedReturn = finite(statistics.arithmeticMean());
      volatility = finite(statistics.volatility());
      double years = ChronoUnit.DAYS.between(prices.firstDate(), prices.lastDate()) / 365.25;
      note.append(String.format(Locale.ROOT, "expected return %.2f %% and volatility %.2f %% from %d %s returns %s to %s",
          statistics.arithmeticMean() * 100, statistics.volatility() * 100, statistics.observations(),
          frequency == 252 ? "daily" : frequency == 52 ? "weekly" : frequency == 12 ? "monthly" : frequency == 4 ? "quarterly" : "yearly",
          prices.firstDate(), prices.lastDate()));
      if (years < SHORT_HISTORY_YEARS) {
        notes.add(Problem.of(where + ".priceHistory", String.format(Locale.ROOT,
            "the expected return of %s comes from %.1f years of prices only; its standard error is about "
                + "volatility / √years = %.1f points", id, years, statistics.volatility() / Math.sqrt(years) * 100),
            "give a longer history, or the asset's own expectedReturn (or none, to inherit its class's)"));
      }
      dividends = file.dividends().orElse(null);
      if (dividends == null && file.layout() == PriceCsv.Layout.CLOSE_ADJ_CLOSE) {
        DividendHistory implied = ImpliedDistributions.of(prices);
        dividends = implied.events().isEmpty() ? null : implied;
      }
    }
    if (dividendFile != null) {
      DividendCsv.DividendFile file = withContext(() -> DividendCsv.read(dividendFile), where + ".dividendHistory");
      Optional<DividendHistory> mine = file.histories().stream()
          .filter(h -> h.ticker().value().equalsIgnoreCase(id.value())).findFirst();
      if (mine.isEmpty() && file.histories().size() == 1) {
        mine = Optional.of(file.histories().get(0));
      }
      if (mine.isEmpty()) {
        throw new InputException(dividendFile.toString(), "has no dividends of " + id,
            "give a file with a ticker column holding " + id + ", or a 'date,dividend' file of " + id + " alone");
      }
      DividendHistory history = mine.get();
      if (prices == null) {
        PriceSeries closes = file.exDateCloses().get(history.ticker());
        prices = closes == null ? null : PriceSeries.of(id, closes.dates(), closes.close(), closes.adjustedClose());
      }
      dividends = new DividendHistory(id, history.events(), history.observedFrom(), history.observedTo());
    }

    OptionalDouble yield = OptionalDouble.empty();
    OptionalDouble growth = OptionalDouble.empty();
    Optional<DividendSafety> safety = Optional.empty();
    if (dividends != null) {
      if (!dividends.ticker().equals(id)) {
        dividends = new DividendHistory(id, dividends.events(), dividends.observedFrom(), dividends.observedTo());
      }
      LocalDate asOf = prices != null && prices.lastDate().isBefore(valuationDate) ? prices.lastDate() : valuationDate;
      if (prices == null && dividends.observedTo().isBefore(asOf)) {
        asOf = dividends.observedTo();
      }
      IncomeEstimate income;
      try {
        income = IncomeEstimator.standard().estimate(dividends, prices, asOf);
      } catch (InvalidInputException e) {
        throw new InputException(where, "the distributions of " + id + " cannot be estimated: " + e.getMessage(),
            "check the history files", e);
      }
      try {
        safety = Optional.of(DividendSafetyScreen.standard().score(dividends, prices, asOf));
      } catch (InvalidInputException e) {
        // The plan's figures do not need the score; only perennial check misses it, and says why here.
        notes.add(Problem.of(where, "the dividend safety of " + id + " cannot be scored: " + e.getMessage(),
            "check the history files"));
      }
      double trailing = income.trailingYield();
      yield = Double.isFinite(trailing) && trailing >= 0 && trailing <= 1 ? OptionalDouble.of(trailing) : OptionalDouble.empty();
      growth = finite(income.dividendGrowth()).isPresent() && Math.abs(income.dividendGrowth()) <= 1
          ? OptionalDouble.of(income.dividendGrowth()) : OptionalDouble.empty();
      if (note.length() > 0) {
        note.append("; ");
      }
      note.append(yield.isPresent()
          ? String.format(Locale.ROOT, "yield %.2f %% (trailing 12 months%s) as of %s", yield.getAsDouble() * 100,
              Double.isFinite(income.forwardYield()) && income.paymentsPerYear() > 0
                  ? String.format(Locale.ROOT, "; forward %.2f %%", income.forwardYield() * 100) : "", asOf)
          : "no yield (no prices to divide the distributions by)");
      note.append(growth.isPresent()
          ? String.format(Locale.ROOT, ", income growth %.2f %% over %d years", growth.getAsDouble() * 100, income.growthYears())
          : ", no income growth (fewer than " + (income.growthYears() + 1) + " complete years of distributions)");
      if (!income.excluded().isEmpty()) {
        note.append(", ").append(income.excluded().size()).append(" special payment(s) left out");
      }
    } else if (priceFile != null) {
      note.append("; no distributions found (the class's yield and growth are used)");
    }
    if (prices != null && ChronoUnit.DAYS.between(prices.lastDate(), valuationDate) > 366) {
      notes.add(Problem.of(where, "the history of " + id + " ends on " + prices.lastDate()
          + ", more than a year before the valuation date " + valuationDate, "update the history file"));
    }
    notes.add(0, Problem.of(where, id + ": " + note, ""));
    return new Figures(yield, growth, expectedReturn, volatility, safety, notes);
  }

  private static OptionalDouble finite(double value) {
    return Double.isFinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
  }

  /** Runs a reader; its errors keep their own file and line and say which plan field named the file. */
  private static <T> T withContext(java.util.function.Supplier<T> reader, String field) {
    try {
      return reader.get();
    } catch (InputException e) {
      throw new InputException(e.where(), e.problem() + " (the file named by " + field + ")", e.fix(), e);
    } catch (InvalidInputException e) {
      throw new InputException(field, e.getMessage(), "check the history file", e);
    }
  }
}
