package io.perennial.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Over random ledgers imported from a generic CSV, {@code perennial income --json} adds up to the
 * cent against the imported rows: the total is the sum of the income rows (dividends, interest,
 * return of capital, corrections included; buys, fees and foreign tax left out), each month, asset,
 * account and character is the sum of its rows, and every breakdown adds up to the total; the
 * forecast's total is the sum of its twelve months.
 */
class IncomeLedgerPropertiesTest {

  static final LocalDate FIRST = LocalDate.of(2022, 1, 1);
  static final int DAYS = 3 * 365;
  static final List<String> INCOME_TYPES = List.of("dividend", "interest", "return-of-capital");
  static Path dir;

  record Row(LocalDate date, String account, String type, String symbol, String character, BigDecimal amount) {
    boolean income() {
      return INCOME_TYPES.contains(type);
    }

    String csv() {
      String quantity = type.equals("buy") ? "1" : "";
      return date + "," + account + "," + type + "," + symbol + "," + quantity + "," + amount.toPlainString() + "," + character;
    }
  }

  @BeforeContainer
  static void folder() throws IOException {
    dir = Files.createTempDirectory("income-properties");
  }

  @AfterContainer
  static void clean() throws IOException {
    try (var files = Files.list(dir)) {
      for (Path file : files.toList()) {
        Files.deleteIfExists(file);
      }
    }
    Files.deleteIfExists(dir);
  }

  @Provide
  Arbitrary<List<Row>> ledgers() {
    return rows().list().ofMinSize(1).ofMaxSize(60);
  }

  Arbitrary<Row> rows() {
    Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, DAYS - 1).map(FIRST::plusDays);
    Arbitrary<String> accounts = Arbitraries.of("roth", "brokerage", "ira");
    Arbitrary<String> types = Arbitraries.of("dividend", "dividend", "dividend", "interest", "return-of-capital", "buy", "fee", "foreign-tax");
    Arbitrary<String> symbols = Arbitraries.of("SCHD", "VYM", "O", "");
    Arbitrary<Integer> cents = Arbitraries.integers().between(1, 250_000);
    Arbitrary<Boolean> correction = Arbitraries.integers().between(0, 9).map(i -> i == 0);
    return Combinators.combine(dates, accounts, types, symbols, cents, correction).as((date, account, type, symbol, c, negative) -> {
      String s = type.equals("buy") && symbol.isEmpty() ? "SCHD" : type.equals("return-of-capital") && symbol.isEmpty() ? "O" : symbol;
      String character = switch (type) {
        case "dividend" -> c % 3 == 0 ? "" : c % 3 == 1 ? "qualified-dividend" : "ordinary-dividend";
        case "interest" -> c % 2 == 0 ? "taxable-interest" : "";
        default -> "";
      };
      boolean corrects = negative && (type.equals("dividend") || type.equals("interest"));
      BigDecimal amount = BigDecimal.valueOf(corrects ? -c : c, 2);
      return new Row(date, account, type, s, character, amount);
    });
  }

  @Property(tries = 25)
  void incomeAddsUpToTheCentAgainstTheImportedRows(@ForAll("ledgers") List<Row> rows) throws Exception {
    Path file = dir.resolve("ledger-" + UUID.randomUUID() + ".csv");
    List<String> lines = new ArrayList<>(List.of("Date,Account,Type,Symbol,Quantity,Amount,Character"));
    rows.forEach(r -> lines.add(r.csv()));
    Files.write(file, lines);
    String store = dir.resolve("store-" + UUID.randomUUID() + ".db").toString();
    JsonNode imported = run("import", file.toString(), "--store", store, "--json");
    assertThat(imported.get("imported").asInt()).isEqualTo(rows.size());
    assertThat(imported.get("rejected")).isEmpty();

    JsonNode income = run("income", "--store", store, "--from", FIRST.toString(), "--to", FIRST.plusDays(DAYS - 1).toString(), "--json");
    BigDecimal total = BigDecimal.ZERO;
    Map<String, BigDecimal> byMonth = new HashMap<>();
    Map<String, BigDecimal> byAsset = new HashMap<>();
    Map<String, BigDecimal> byAccount = new HashMap<>();
    Map<String, BigDecimal> byCharacter = new HashMap<>();
    for (Row r : rows) {
      if (!r.income()) {
        continue;
      }
      total = total.add(r.amount());
      byMonth.merge(r.date().toString().substring(0, 7), r.amount(), BigDecimal::add);
      byAsset.merge(r.symbol().isEmpty() ? "CASH" : r.symbol(), r.amount(), BigDecimal::add);
      byAccount.merge(r.account(), r.amount(), BigDecimal::add);
      String character = r.type().equals("return-of-capital") ? "return-of-capital" : r.character().isEmpty() ? "unspecified" : r.character();
      byCharacter.merge(character, r.amount(), BigDecimal::add);
    }
    JsonNode received = income.get("received");
    assertThat(received.get("total").decimalValue()).isEqualByComparingTo(total);
    assertSums(received.get("byMonth"), byMonth, total);
    assertSums(received.get("byAsset"), byAsset, total);
    assertSums(received.get("byAccount"), byAccount, total);
    assertSums(received.get("byCharacter"), byCharacter, total);

    JsonNode forecast = income.get("forecast");
    BigDecimal months = BigDecimal.ZERO;
    for (JsonNode month : forecast.get("byMonth")) {
      months = months.add(month.get("amount").decimalValue());
    }
    assertThat(forecast.get("byMonth")).hasSize(12);
    assertThat(forecast.get("total").decimalValue()).isEqualByComparingTo(months);
  }

  /** Each key's figure is its rows' sum (keys whose rows cancel to zero may be absent or zero), and they add up to the total. */
  static void assertSums(JsonNode node, Map<String, BigDecimal> expected, BigDecimal total) {
    BigDecimal sum = BigDecimal.ZERO;
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      assertThat(entry.getValue().decimalValue()).as(entry.getKey())
          .isEqualByComparingTo(expected.getOrDefault(entry.getKey(), BigDecimal.ZERO));
      sum = sum.add(entry.getValue().decimalValue());
    }
    expected.forEach((key, value) -> {
      if (value.signum() != 0) {
        assertThat(node.has(key)).as("key " + key).isTrue();
      }
    });
    assertThat(sum).isEqualByComparingTo(total);
  }

  static JsonNode run(String... args) throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(new PrintWriter(out), new PrintWriter(err), args);
    assertThat(code).as(err.toString()).isZero();
    return Json.mapper().readTree(out.toString());
  }
}
