package io.perennial.ledger;

import io.perennial.basics.AssetId;
import io.perennial.basics.Checks;
import io.perennial.basics.Money;
import io.perennial.domain.IncomeCharacter;
import io.perennial.domain.Transaction;
import io.perennial.domain.TransactionType;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The income calendar of the next twelve months (the month of the as-of date and the eleven after),
 * per holding:
 *
 * <ol>
 *   <li>Paid: income received from the first of the as-of month to the as-of date.
 *   <li>Declared: each {@link DeclaredDividend} paid after the as-of date within the window, on the
 *       shares held at its ex-date (from the transactions when the ex-date is past, else the shares
 *       held now); the cash falls in the pay-date month.
 *   <li>Estimated: the holding's regular payments per share (its cash distributions and interest,
 *       capital-gain distributions left out; payments of one day summed; per share = amount ÷ shares
 *       held the day before), specials excluded — a payment below 30 % of its year's mean (Portfolio
 *       Performance's rule) or above 1.5 × the median of all payments (our choice) — give the
 *       frequency from the mean of the last six gaps ({@link PaymentFrequency}); the last regular
 *       payment per share × the shares held now is paid every 12 ÷ frequency months after the last
 *       regular payment date, each date past the as-of date in the window. A declared payment
 *       within half a period of an estimated date replaces it.
 * </ol>
 *
 * Holdings with fewer than two regular payments, or irregular ones, are listed without an estimate
 * and with a note. Stateless.
 */
public final class IncomeForecaster {

  /** Payments below this share of their year's mean are extras (Portfolio Performance). */
  public static final BigDecimal EXTRA_BELOW_MEAN = new BigDecimal("0.30");
  /** Payments above this multiple of the median are specials. */
  public static final BigDecimal SPECIAL_ABOVE_MEDIAN = new BigDecimal("1.5");
  /** Gaps averaged for the frequency. */
  public static final int GAPS_AVERAGED = 6;

  private IncomeForecaster() {}

  private record Payment(LocalDate date, BigDecimal perShare) {}

  /** The calendar of the twelve months from the month of {@code asOf}. */
  public static IncomeForecast forecast(List<Transaction> transactions, List<DeclaredDividend> declared, LocalDate asOf) {
    Checks.notNull(transactions, "transactions");
    Checks.notNull(declared, "declared dividends");
    Checks.notNull(asOf, "as-of date");
    YearMonth first = YearMonth.from(asOf);
    LocalDate windowEnd = first.plusMonths(11).atEndOfMonth();
    Map<YearMonth, Money[]> months = new TreeMap<>();
    for (int i = 0; i < 12; i++) {
      months.put(first.plusMonths(i), new Money[] {Money.ZERO_USD, Money.ZERO_USD, Money.ZERO_USD});
    }
    for (Transaction t : transactions) {
      if (t.type().isIncome() && !t.date().isBefore(first.atDay(1)) && !t.date().isAfter(asOf)) {
        add(months, t.date(), 0, t.amount());
      }
    }
    Map<String, Map<AssetId, TreeMap<LocalDate, BigDecimal>>> shares = LedgerReplay.shareHistory(transactions);
    Map<String, Map<AssetId, TreeMap<LocalDate, BigDecimal>>> paymentsByHolding = payments(transactions, asOf);
    List<HoldingForecast> holdings = new ArrayList<>();
    for (String account : new TreeMap<>(shares).keySet()) {
      for (Map.Entry<AssetId, TreeMap<LocalDate, BigDecimal>> entry : new TreeMap<>(shares.get(account)).entrySet()) {
        AssetId asset = entry.getKey();
        BigDecimal held = sharesOn(entry.getValue(), asOf);
        if (held.signum() <= 0) {
          continue;
        }
        TreeMap<LocalDate, BigDecimal> paid = paymentsByHolding.getOrDefault(account, Map.of())
            .getOrDefault(asset, new TreeMap<>());
        holdings.add(forecastHolding(account, asset, held, entry.getValue(), paid, declared, asOf, windowEnd, months));
      }
    }
    List<ForecastMonth> calendar = new ArrayList<>();
    months.forEach((month, parts) -> calendar.add(new ForecastMonth(month, parts[0], parts[1], parts[2])));
    return new IncomeForecast(asOf, calendar, holdings);
  }

  private static HoldingForecast forecastHolding(String account, AssetId asset, BigDecimal held,
      TreeMap<LocalDate, BigDecimal> shareSeries, TreeMap<LocalDate, BigDecimal> paid, List<DeclaredDividend> declared,
      LocalDate asOf, LocalDate windowEnd, Map<YearMonth, Money[]> months) {
    List<Payment> perShare = new ArrayList<>();
    paid.forEach((date, amount) -> {
      BigDecimal before = sharesOn(shareSeries, date.minusDays(1));
      BigDecimal basis = before.signum() > 0 ? before : sharesOn(shareSeries, date);
      if (basis.signum() > 0 && amount.signum() > 0) {
        perShare.add(new Payment(date, amount.divide(basis, MathContext.DECIMAL64)));
      }
    });
    List<Payment> regular = regular(perShare);
    int specials = perShare.size() - regular.size();
    Optional<PaymentFrequency> frequency = Optional.empty();
    String note = "";
    if (regular.size() < 2) {
      note = regular.isEmpty() ? "no payments received yet" : "one regular payment so far: the frequency is not known";
    } else {
      int from = Math.max(0, regular.size() - 1 - GAPS_AVERAGED);
      long days = ChronoUnit.DAYS.between(regular.get(from).date(), regular.get(regular.size() - 1).date());
      double meanGap = (double) days / (regular.size() - 1 - from);
      frequency = PaymentFrequency.ofMeanGap(meanGap);
      if (frequency.isEmpty()) {
        note = "irregular payments (mean gap " + Math.round(meanGap) + " days)";
      }
    }
    Optional<Payment> last = regular.isEmpty() ? Optional.empty() : Optional.of(regular.get(regular.size() - 1));
    List<LocalDate> estimatedDates = new ArrayList<>();
    if (frequency.isPresent()) {
      LocalDate next = last.get().date().plusMonths(frequency.get().months());
      for (int k = 2; !next.isAfter(windowEnd); k++) {
        if (next.isAfter(asOf)) {
          estimatedDates.add(next);
        }
        next = last.get().date().plusMonths((long) frequency.get().months() * k);
      }
    }
    Money forecast = Money.ZERO_USD;
    for (DeclaredDividend dividend : declared) {
      if (!dividend.assetId().equals(asset) || !dividend.payDate().isAfter(asOf) || dividend.payDate().isAfter(windowEnd)) {
        continue;
      }
      BigDecimal eligible = dividend.exDate().isAfter(asOf) ? held : sharesOn(shareSeries, dividend.exDate().minusDays(1));
      if (eligible.signum() <= 0) {
        continue;
      }
      Money amount = Money.usd(dividend.amountPerShare().multiply(eligible));
      add(months, dividend.payDate(), 1, amount);
      forecast = forecast.plus(amount);
      long halfPeriod = frequency.map(f -> 15L * f.months()).orElse(0L);
      estimatedDates.stream()
          .filter(date -> Math.abs(ChronoUnit.DAYS.between(date, dividend.payDate())) <= halfPeriod)
          .min((a, b) -> Long.compare(Math.abs(ChronoUnit.DAYS.between(a, dividend.payDate())),
              Math.abs(ChronoUnit.DAYS.between(b, dividend.payDate()))))
          .ifPresent(estimatedDates::remove);
    }
    for (LocalDate date : estimatedDates) {
      Money amount = Money.usd(last.get().perShare().multiply(held));
      add(months, date, 2, amount);
      forecast = forecast.plus(amount);
    }
    return new HoldingForecast(account, asset, held, frequency, last.map(Payment::perShare),
        last.map(Payment::date), specials, forecast, note);
  }

  /** Payments without extras (below 30 % of their year's mean) and specials (above 1.5 × the median). */
  private static List<Payment> regular(List<Payment> payments) {
    if (payments.size() < 2) {
      return payments;
    }
    List<BigDecimal> sorted = new ArrayList<>(payments.stream().map(Payment::perShare).toList());
    Collections.sort(sorted);
    int n = sorted.size();
    BigDecimal median = n % 2 == 1 ? sorted.get(n / 2)
        : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2), MathContext.DECIMAL64);
    Map<Integer, BigDecimal[]> yearSums = new TreeMap<>();
    for (Payment p : payments) {
      BigDecimal[] sum = yearSums.computeIfAbsent(p.date().getYear(), y -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
      sum[0] = sum[0].add(p.perShare());
      sum[1] = sum[1].add(BigDecimal.ONE);
    }
    List<Payment> regular = new ArrayList<>();
    for (Payment p : payments) {
      BigDecimal[] sum = yearSums.get(p.date().getYear());
      BigDecimal mean = sum[0].divide(sum[1], MathContext.DECIMAL64);
      boolean extra = p.perShare().compareTo(mean.multiply(EXTRA_BELOW_MEAN)) < 0;
      boolean special = p.perShare().compareTo(median.multiply(SPECIAL_ABOVE_MEDIAN)) > 0;
      if (!extra && !special) {
        regular.add(p);
      }
    }
    return regular;
  }

  /** Regular cash distributions and interest on holdings up to {@code asOf}, summed per day. */
  private static Map<String, Map<AssetId, TreeMap<LocalDate, BigDecimal>>> payments(List<Transaction> transactions, LocalDate asOf) {
    Map<String, Map<AssetId, TreeMap<LocalDate, BigDecimal>>> result = new TreeMap<>();
    for (Transaction t : transactions) {
      boolean distribution = t.type() == TransactionType.DIVIDEND || t.type() == TransactionType.INTEREST;
      if (!distribution || t.assetId().isEmpty() || t.date().isAfter(asOf)
          || t.character().filter(c -> c == IncomeCharacter.CAPITAL_GAIN_DISTRIBUTION).isPresent()) {
        continue;
      }
      result.computeIfAbsent(t.accountId(), k -> new TreeMap<>())
          .computeIfAbsent(t.assetId().get(), k -> new TreeMap<>())
          .merge(t.date(), t.amount().amount(), BigDecimal::add);
    }
    return result;
  }

  private static BigDecimal sharesOn(TreeMap<LocalDate, BigDecimal> series, LocalDate date) {
    Map.Entry<LocalDate, BigDecimal> entry = series.floorEntry(date);
    return entry == null ? BigDecimal.ZERO : entry.getValue();
  }

  private static void add(Map<YearMonth, Money[]> months, LocalDate date, int part, Money amount) {
    Money[] parts = months.get(YearMonth.from(date));
    if (parts != null) {
      parts[part] = parts[part].plus(amount);
    }
  }
}
