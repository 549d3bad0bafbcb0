package io.perennial.cli;

import io.perennial.basics.AssetId;
import io.perennial.basics.Money;
import io.perennial.domain.IncomeCharacter;
import io.perennial.domain.Transaction;
import io.perennial.ledger.ForecastMonth;
import io.perennial.ledger.HoldingForecast;
import io.perennial.ledger.IncomeForecast;
import io.perennial.ledger.IncomeForecaster;
import io.perennial.ledger.IncomeLedger;
import io.perennial.ledger.ReceivedIncome;
import io.perennial.ledger.YearOverYear;
import io.perennial.storage.StoreLedger;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code perennial income}: income received by month, asset, account and tax character, its
 * year-over-year growth, and the calendar of the next twelve months (paid, declared, estimated).
 * See docs/store.md.
 */
@Command(
    name = "income",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Income in the store: received (dividends, interest, return of capital) by month, asset, account "
          + "and tax character; growth of the last twelve months over the twelve before; and the next twelve "
          + "months, each labelled paid, declared or estimated (frequency from the payment gaps, specials "
          + "left out, the last regular payment per share times the shares held)."
    })
public final class IncomeCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin StoreOption store;

  @Option(names = "--from", paramLabel = "D", description = "First day of the income received (YYYY-MM-DD); default the first transaction.")
  LocalDate from;

  @Option(names = "--to", paramLabel = "D",
      description = "Last day of the income received and the day of the forecast (YYYY-MM-DD); default today.")
  LocalDate to;

  @Option(names = "--goal", paramLabel = "AMOUNT",
      description = "The yearly spending the portfolio's income should cover, in dollars, to compare with the forecast.")
  BigDecimal goal;

  @Option(names = "--json", description = "Print one JSON document on stdout.")
  boolean json;

  @Override
  public Integer call() {
    if (goal != null && goal.signum() <= 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--goal must be more than zero dollars, got " + goal.toPlainString());
    }
    StoreLedger ledger = new StoreLedger(store.open(false));
    List<Transaction> transactions = ledger.transactions();
    LocalDate end = to == null ? LocalDate.now() : to;
    LocalDate start = from != null ? from
        : transactions.stream().map(Transaction::date).min(LocalDate::compareTo).orElse(end);
    if (start.isAfter(end)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--from " + start + " comes after --to " + end);
    }
    ReceivedIncome received = IncomeLedger.received(transactions, start, end);
    YearOverYear growth = IncomeLedger.yearOverYear(transactions, end);
    IncomeForecast forecast = IncomeForecaster.forecast(transactions, ledger.declared(), end);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Json.print(out, toJson(received, growth, forecast, goal));
    } else {
      print(out, received, growth, forecast, goal);
    }
    return ExitCodes.OK;
  }

  static Map<String, Object> toJson(ReceivedIncome received, YearOverYear growth, IncomeForecast forecast, BigDecimal goal) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("from", received.from());
    r.put("to", received.to());
    r.put("total", received.total());
    Map<String, Object> byMonth = new LinkedHashMap<>();
    received.byMonth().forEach((month, amount) -> byMonth.put(month.toString(), amount));
    r.put("byMonth", byMonth);
    Map<String, Object> byAsset = new LinkedHashMap<>();
    received.byAsset().forEach((asset, amount) -> byAsset.put(asset.value(), amount));
    r.put("byAsset", byAsset);
    r.put("byAccount", new LinkedHashMap<>(received.byAccount()));
    Map<String, Object> byCharacter = new LinkedHashMap<>();
    received.byCharacter().forEach((character, amount) -> byCharacter.put(character.id(), amount));
    if (!received.unspecified().isZero()) {
      byCharacter.put("unspecified", received.unspecified());
    }
    r.put("byCharacter", byCharacter);
    r.put("foreignTaxWithheld", received.foreignTax());

    Map<String, Object> f = new LinkedHashMap<>();
    f.put("asOf", forecast.asOf());
    Map<String, Object> months = new LinkedHashMap<>();
    for (ForecastMonth month : forecast.months()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("amount", month.amount());
      m.put("status", month.status());
      m.put("paid", month.paid());
      m.put("declared", month.declared());
      m.put("estimated", month.estimated());
      months.put(month.month().toString(), m);
    }
    f.put("byMonth", months);
    f.put("total", forecast.total());
    List<Map<String, Object>> holdings = new ArrayList<>();
    for (HoldingForecast h : forecast.holdings()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("account", h.accountId());
      m.put("asset", h.assetId());
      m.put("shares", h.shares());
      m.put("frequency", h.frequency().orElse(null));
      m.put("lastRegularPerShare", h.lastRegularPerShare().orElse(null));
      m.put("lastRegularDate", h.lastRegularDate().orElse(null));
      m.put("annualRatePerShare", h.annualRatePerShare());
      m.put("specialsExcluded", h.specialsExcluded());
      m.put("next12Months", h.forecast());
      if (!h.note().isEmpty()) {
        m.put("note", h.note());
      }
      holdings.add(m);
    }
    f.put("byHolding", holdings);

    Map<String, Object> y = new LinkedHashMap<>();
    y.put("asOf", growth.asOf());
    y.put("trailing12Months", growth.trailing12Months());
    y.put("prior12Months", growth.prior12Months());
    y.put("growth", growth.growth().isPresent() ? growth.growth().getAsDouble() : null);
    Map<String, Object> byYear = new LinkedHashMap<>();
    growth.byYear().forEach((year, amount) -> byYear.put(String.valueOf(year), amount));
    y.put("byYear", byYear);

    Map<String, Object> json = new LinkedHashMap<>();
    json.put("received", r);
    json.put("forecast", f);
    json.put("yearOverYear", y);
    if (goal != null) {
      Map<String, Object> g = new LinkedHashMap<>();
      g.put("annualSpending", Money.usd(goal));
      g.put("forecastIncome", forecast.total());
      g.put("coverage", forecast.total().amount().divide(goal, MathContext.DECIMAL64).doubleValue());
      g.put("shortfall", Money.usd(goal.subtract(forecast.total().amount()).max(BigDecimal.ZERO)));
      json.put("goal", g);
    }
    return json;
  }

  private static void print(PrintWriter out, ReceivedIncome received, YearOverYear growth, IncomeForecast forecast, BigDecimal goal) {
    out.printf(Locale.ROOT, "Income received %s to %s: %s%n", received.from(), received.to(), received.total());
    AlignedTable months = new AlignedTable("month", ">received");
    received.byMonth().forEach((month, amount) -> months.row(month.toString(), amount.amount().toPlainString()));
    months.print(out, "  ", true);
    out.println();
    AlignedTable assets = new AlignedTable("asset", ">received");
    received.byAsset().forEach((AssetId asset, Money amount) -> assets.row(asset.value(), amount.amount().toPlainString()));
    assets.print(out, "  ", true);
    out.println();
    AlignedTable characters = new AlignedTable("tax character", ">received");
    received.byCharacter().forEach((IncomeCharacter character, Money amount) -> characters.row(character.id(), amount.amount().toPlainString()));
    if (!received.unspecified().isZero()) {
      characters.row("not stated by the broker", received.unspecified().amount().toPlainString());
    }
    characters.print(out, "  ", true);
    if (!received.foreignTax().isZero()) {
      out.println("  foreign tax withheld: " + received.foreignTax());
    }
    out.println();
    out.printf(Locale.ROOT, "Last 12 months %s, the 12 before %s%s%n", growth.trailing12Months(), growth.prior12Months(),
        growth.growth().isPresent() ? ": " + signed(growth.growth().getAsDouble()) : "");
    out.println();
    out.println("Next 12 months from " + forecast.asOf() + ": " + forecast.total());
    AlignedTable calendar = new AlignedTable("month", ">amount", "status");
    forecast.months().forEach(m -> calendar.row(m.month().toString(), m.amount().amount().toPlainString(), m.status().id()));
    calendar.print(out, "  ", true);
    for (HoldingForecast h : forecast.holdings()) {
      if (!h.note().isEmpty()) {
        out.println("  " + h.accountId() + " " + h.assetId() + ": not estimated, " + h.note());
      }
    }
    if (goal != null) {
      out.printf(Locale.ROOT, "%nGoal %s a year: the next 12 months cover %.1f %% of it%n", Money.usd(goal),
          100 * forecast.total().amount().divide(goal, MathContext.DECIMAL64).doubleValue());
    }
    out.flush();
  }

  /** A change as signed percent text with one decimal ("+4.2 %", "-3.0 %"), bounded as {@link Rates#percent}. */
  static String signed(double fraction) {
    String text = io.perennial.basics.Rates.percent(fraction, 1);
    return fraction > 0 && Character.isDigit(text.charAt(0)) ? "+" + text : text;
  }
}
