package io.perennial.io.broker;

import static org.assertj.core.api.Assertions.assertThat;

import io.perennial.domain.Transaction;
import io.perennial.ledger.DeclaredDividend;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden files, one or more per format: an input written from the broker's documented layout
 * (docs/store.md; research notes in shared/research/brokers.md) and, beside it, the rows expected,
 * written by hand from the input (line, date, account, type, asset, quantity, amount, character;
 * positions, cash, rejected rows with their reasons, accounts and rows left out).
 */
class BrokerGoldenTest {

  @ParameterizedTest(name = "{0} ({1})")
  @CsvSource({
    "fidelity-accounts-history.csv, fidelity, fidelity-accounts-history.expected",
    "History_for_Account_X12345678.csv, fidelity, History_for_Account_X12345678.expected",
    "History_for_Account_Z11112222.csv, fidelity, History_for_Account_Z11112222.expected",
    "fidelity-positions.csv, fidelity, fidelity-positions.expected",
    "schwab-transactions.csv, schwab, schwab-transactions.expected",
    "schwab-positions.csv, schwab, schwab-positions.expected",
    "OfxDownload.csv, vanguard, OfxDownload.expected",
    "vanguard.qfx, ofx, vanguard.expected",
    "ibkr-flex.xml, ibkr-flex, ibkr-flex.expected",
    "generic.csv, csv, generic.expected",
  })
  void readsTheDocumentedLayout(String input, String format, String expected) throws Exception {
    Path file = resource(input);
    BrokerFile read = BrokerFiles.read(file, Optional.empty(), ReadOptions.none());
    assertThat(read.format().id()).as("format told from the content").isEqualTo(format);
    List<String> want = Files.readAllLines(resource(expected)).stream()
        .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
    assertThat(render(read)).containsExactlyElementsOf(want);
  }

  static Path resource(String name) throws URISyntaxException {
    return Path.of(BrokerGoldenTest.class.getResource("/broker/" + name).toURI());
  }

  static List<String> render(BrokerFile file) throws IOException {
    List<String> lines = new ArrayList<>();
    for (ImportedTransaction row : file.transactions()) {
      Transaction t = row.transaction();
      lines.add("tx " + row.line() + " " + t.date() + " " + t.accountId() + " " + t.type().id() + " "
          + t.assetId().map(a -> a.value()).orElse("-") + " " + plain(t.quantity()) + " " + t.amount().amount().toPlainString()
          + " " + t.character().map(c -> c.id()).orElse("-"));
    }
    for (Rejection rejection : file.rejected()) {
      lines.add("rejected " + rejection.line() + " " + rejection.reason());
    }
    for (DeclaredDividend d : file.declared()) {
      lines.add("declared " + d.assetId() + " " + d.exDate() + " " + d.payDate() + " " + d.amountPerShare().toPlainString());
    }
    for (ImportedPosition p : file.positions()) {
      lines.add("position " + p.line() + " " + p.accountId() + " " + p.assetId() + " " + p.asOf() + " " + plain(p.quantity()) + " "
          + p.costBasis().map(c -> c.amount().toPlainString()).orElse("-"));
    }
    for (ImportedCash c : file.cash()) {
      lines.add("cash " + c.accountId() + " " + c.asOf() + " " + c.amount().amount().toPlainString());
    }
    for (ImportedAccount a : file.accounts()) {
      lines.add("account " + a.id() + " " + a.type().id());
    }
    if (file.ignored() > 0) {
      lines.add("ignored " + file.ignored());
    }
    return lines;
  }

  private static String plain(BigDecimal value) {
    return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
  }
}
