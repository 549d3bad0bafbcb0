package io.perennial.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.perennial.basics.AssetId;
import io.perennial.basics.Money;
import io.perennial.domain.Account;
import io.perennial.domain.AccountType;
import io.perennial.domain.Holding;
import io.perennial.domain.IncomeCharacter;
import io.perennial.domain.Lot;
import io.perennial.domain.Transaction;
import io.perennial.domain.TransactionType;
import io.perennial.io.broker.BrokerFile;
import io.perennial.io.broker.BrokerFiles;
import io.perennial.io.broker.BrokerFormat;
import io.perennial.io.broker.ReadOptions;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The repository tests, run alike on SQLite ({@link SqliteStoreTest}) and PostgreSQL
 * ({@link PostgresStoreTest}): what an import writes, de-duplication, exact decimals, one
 * transaction per import, holdings as domain objects.
 */
abstract class StoreContract {

  static final Instant NOW = Instant.parse("2024-07-01T12:00:00Z");

  @TempDir Path dir;
  String location;
  StoreLedger ledger;

  /** A new, empty store location. */
  abstract String newLocation();

  /** Removes it. */
  void dispose(String where) {}

  @BeforeEach
  void open() {
    location = newLocation();
    ledger = new StoreLedger(Store.open(location, true));
  }

  @AfterEach
  void close() {
    dispose(location);
  }

  Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  BrokerFile read(Path file) {
    return BrokerFiles.read(file, Optional.empty(), ReadOptions.none());
  }

  /**
   * brokerage: deposit 10,000; buy 10 ABC for 1,000.10 (commission in); qualified dividend 12.34;
   * 2-for-1 split (+10); sell 5 for 600.00. Lots after: 15 shares (first in, first out: 20 → 15), cost
   * 1,000.10 × 15/20 = 750.075 → 750.08 (half-even on 750.075 gives 750.08). Cash 10,000 − 1,000.10 +
   * 12.34 + 600 = 9,612.24.
   */
  static final String LEDGER = String.join("\n",
      "Date,Account,Type,Symbol,Quantity,Amount,Character,Description",
      "2024-01-02,brokerage,deposit,,,10000,,contribution",
      "2024-01-03,brokerage,buy,ABC,10,1000.10,,bought",
      "2024-03-15,brokerage,dividend,ABC,,12.34,qualified-dividend,dividend",
      "2024-04-01,brokerage,split,ABC,10,0,,2-for-1",
      "2024-05-01,brokerage,sell,ABC,5,600.00,,sold",
      "");

  @Test
  void anImportStoresEveryRowExactly() throws IOException {
    ImportReport report = ledger.importFiles(List.of(read(write("ledger.csv", LEDGER))), false, ImportProgress.none(), NOW);
    assertThat(report.files().get(0).imported()).isEqualTo(5);
    assertThat(report.files().get(0).duplicates()).isZero();
    List<Transaction> transactions = ledger.transactions();
    assertThat(transactions).hasSize(5);
    Transaction dividend = transactions.get(2);
    assertThat(dividend.type()).isEqualTo(TransactionType.DIVIDEND);
    assertThat(dividend.amount()).isEqualTo(Money.usd("12.34"));
    assertThat(dividend.character()).contains(IncomeCharacter.QUALIFIED_DIVIDEND);
    assertThat(transactions.get(1).amount()).isEqualTo(Money.usd("1000.10"));
    assertThat(ledger.storedAccounts().get("brokerage").type()).isEqualTo(AccountType.TAXABLE);
    assertThat(ledger.storedLots().get("brokerage").get(AssetId.of("ABC")))
        .containsExactly(new Lot(LocalDate.of(2024, 1, 3), new BigDecimal("15"), Money.usd("750.08")));
  }

  @Test
  void reimportingTheSameFileAddsNothing() throws IOException {
    Path file = write("ledger.csv", LEDGER);
    ledger.importFiles(List.of(read(file)), false, ImportProgress.none(), NOW);
    ImportReport again = ledger.importFiles(List.of(read(file)), false, ImportProgress.none(), NOW);
    assertThat(again.files().get(0).imported()).isZero();
    assertThat(again.files().get(0).duplicates()).isEqualTo(5);
    assertThat(ledger.count("transactions")).isEqualTo(5);
  }

  @Test
  void twoIdenticalTradesOfOneDayAreBothKeptAndAnOverlappingFileAddsOnlyTheNewRows() throws IOException {
    String twice = "Date,Account,Type,Symbol,Quantity,Amount\n2024-01-03,a,buy,ABC,1,100\n2024-01-03,a,buy,ABC,1,100\n";
    ledger.importFiles(List.of(read(write("twice.csv", twice))), false, ImportProgress.none(), NOW);
    String overlap = twice + "2024-01-04,a,buy,ABC,1,101\n";
    ImportReport report = ledger.importFiles(List.of(read(write("overlap.csv", overlap))), false, ImportProgress.none(), NOW);
    assertThat(report.files().get(0).imported()).isEqualTo(1);
    assertThat(report.files().get(0).duplicates()).isEqualTo(2);
    assertThat(ledger.count("transactions")).isEqualTo(3);
  }

  @Test
  void aDryRunWritesNothing() throws IOException {
    ImportReport report = ledger.importFiles(List.of(read(write("ledger.csv", LEDGER))), true, ImportProgress.none(), NOW);
    assertThat(report.files().get(0).imported()).isEqualTo(5);
    assertThat(ledger.count("transactions")).isZero();
    assertThat(ledger.count("accounts")).isZero();
  }

  @Test
  void aFailingImportLeavesNothingBehind() throws IOException {
    ledger.importFiles(List.of(read(write("ledger.csv", LEDGER))), false, ImportProgress.none(), NOW);
    BrokerFile good = read(write("more.csv", "Date,Account,Type,Symbol,Quantity,Amount\n2024-06-03,brokerage,buy,XYZ,1,50\n"));
    ImportProgress failing = (file, done, total) -> {
      if (file.endsWith("more.csv") && done == total && total > 0) {
        throw new IllegalStateException("disk full");
      }
    };
    assertThatThrownBy(() -> ledger.importFiles(List.of(good), false, failing, NOW)).hasMessageContaining("disk full");
    assertThat(ledger.count("transactions")).isEqualTo(5);
    assertThat(ledger.count("imports")).isEqualTo(1);
    assertThat(ledger.storedAssets()).doesNotContainKey(AssetId.of("XYZ"));
  }

  @Test
  void moneyIsStoredAsExactDecimalsNeverFloats() throws Exception {
    String tiny = "Date,Account,Type,Symbol,Quantity,Amount\n2024-01-03,a,buy,ABC,0.1,0.10\n2024-01-04,a,buy,ABC,0.2,0.20\n";
    ledger.importFiles(List.of(read(write("tiny.csv", tiny))), false, ImportProgress.none(), NOW);
    try (Connection c = ledger.store().connect(); Statement s = c.createStatement()) {
      String typeOf = ledger.store().isPostgres()
          ? "SELECT pg_typeof(quantity)::text, pg_typeof(amount)::text FROM transactions"
          : "SELECT typeof(quantity), typeof(amount) FROM transactions";
      try (ResultSet rows = s.executeQuery(typeOf)) {
        while (rows.next()) {
          assertThat(rows.getString(1)).isIn("text", "numeric");
          assertThat(rows.getString(2)).isIn("text", "numeric");
        }
      }
    }
    // 0.1 + 0.2 shares is exactly 0.3 (a double gives 0.30000000000000004).
    Holding abc = ledger.accounts(LocalDate.of(2024, 12, 31)).value().get(0).holding(AssetId.of("ABC")).orElseThrow();
    assertThat(abc.quantity()).isEqualByComparingTo("0.3");
    assertThat(abc.costBasis()).contains(Money.usd("0.30"));
  }

  @Test
  void holdingsComeBackAsDomainAccountsWithLotsAndCash() throws IOException {
    ledger.importFiles(List.of(read(write("ledger.csv", LEDGER))), false, ImportProgress.none(), NOW);
    List<Account> accounts = ledger.accounts(LocalDate.of(2024, 6, 30)).value();
    assertThat(accounts).singleElement().satisfies(account -> {
      assertThat(account.id()).isEqualTo("brokerage");
      assertThat(account.holding(AssetId.of("ABC")).orElseThrow().lots())
          .containsExactly(new Lot(LocalDate.of(2024, 1, 3), new BigDecimal("15"), Money.usd("750.08")));
      assertThat(account.holding(AssetId.CASH).orElseThrow().quantity()).isEqualByComparingTo("9612.24");
    });
    // Before the split and the sale: 10 shares.
    assertThat(ledger.accounts(LocalDate.of(2024, 2, 1)).value().get(0).holding(AssetId.of("ABC")).orElseThrow().quantity())
        .isEqualByComparingTo("10");
  }

  @Test
  void reportedPositionsAreCheckedAgainstTheTransactions() throws IOException {
    ledger.importFiles(List.of(read(write("ledger.csv", LEDGER))), false, ImportProgress.none(), NOW);
    // The broker says 16 shares and 9,612.24 cash on 2024-06-30: one share differs, cash agrees.
    String positions = "Date,Account,Type,Symbol,Quantity,Amount\n2024-06-30,brokerage,position,ABC,16,750.08\n"
        + "2024-06-30,brokerage,cash,,,9612.24\n";
    ledger.importFiles(List.of(read(write("positions.csv", positions))), false, ImportProgress.none(), NOW);
    StoreHoldings holdings = ledger.holdings(LocalDate.of(2024, 6, 30));
    assertThat(holdings.differences()).extracting(d -> d.describe())
        .containsExactly("account brokerage ABC: quantity 15 from transactions, 16 in the positions file");
  }

  @Test
  void theSchemaIsMigratedOnceAndReopens() {
    Store again = Store.open(location, false);
    assertThat(new StoreLedger(again).count("accounts")).isZero();
    try (Connection c = again.connect(); Statement s = c.createStatement();
        ResultSet rows = s.executeQuery("SELECT COUNT(*) FROM flyway_schema_history WHERE success = " + (again.isPostgres() ? "true" : "1"))) {
      rows.next();
      assertThat(rows.getInt(1)).isEqualTo(1);
    } catch (java.sql.SQLException e) {
      throw new AssertionError(e);
    }
  }
}
