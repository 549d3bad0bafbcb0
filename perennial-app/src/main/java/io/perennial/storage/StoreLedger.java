package io.perennial.storage;

import io.perennial.basics.AssetId;
import io.perennial.basics.Money;
import io.perennial.basics.Problem;
import io.perennial.basics.WithProblems;
import io.perennial.domain.Account;
import io.perennial.domain.Holding;
import io.perennial.domain.Transaction;
import io.perennial.io.InputException;
import io.perennial.io.broker.BrokerFile;
import io.perennial.ledger.CashBalance;
import io.perennial.ledger.DeclaredDividend;
import io.perennial.ledger.LedgerPosition;
import io.perennial.ledger.LedgerReplay;
import io.perennial.ledger.LedgerState;
import io.perennial.ledger.PositionCheck;
import io.perennial.ledger.PositionDifference;
import io.perennial.ledger.ReportedPosition;
import io.perennial.tax.LotReliefMethod;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the commands and the plan ask of the store: import broker files (one database transaction),
 * the transactions, declared dividends, and holdings — rebuilt from transactions, checked against
 * the positions files — also as domain {@link Account}s with holdings and lots
 * ({@link #accounts(LocalDate)}), which {@code plan --store} is to read.
 */
public final class StoreLedger {


  private final Store store;

  public StoreLedger(Store store) {
    this.store = store;
  }

  public Store store() {
    return store;
  }

  /**
   * Writes {@code files} in one database transaction: all of it or, on any failure (or with
   * {@code dryRun}), none of it.
   *
   * @param now the time recorded with the import
   */
  public ImportReport importFiles(List<BrokerFile> files, boolean dryRun, ImportProgress progress, Instant now) {
    try (Connection connection = store.connect()) {
      connection.setAutoCommit(false);
      try {
        ImportReport report = new StoreWriter(connection, store.dialect()).write(files, dryRun, progress, now);
        if (dryRun) {
          connection.rollback();
        } else {
          connection.commit();
        }
        return report;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw failure("import", e);
    }
  }

  /** All transactions, in the order they happened. */
  public List<Transaction> transactions() {
    return read(reader -> reader.transactions(null));
  }

  /** The declared dividends stored. */
  public List<DeclaredDividend> declared() {
    return read(StoreReader::declared);
  }

  /** The accounts stored, by id. */
  public Map<String, StoredAccount> storedAccounts() {
    return read(StoreReader::accounts);
  }

  /** The assets stored, by id. */
  public Map<AssetId, StoredAsset> storedAssets() {
    return read(StoreReader::assets);
  }

  /** The lots table as the last import left it: account → asset → lots. */
  public Map<String, Map<AssetId, List<io.perennial.domain.Lot>>> storedLots() {
    return read(StoreReader::lots);
  }

  /** Rows in {@code table} (for checks). */
  public long count(String table) {
    return read(reader -> reader.count(table));
  }

  /** The holdings on {@code asOf}, with their differences from each account's latest positions file. */
  public StoreHoldings holdings(LocalDate asOf) {
    return read(reader -> holdings(reader, asOf, Optional.empty()));
  }

  /**
   * The holdings on {@code asOf} with every sale relieved by {@code method} instead of the stored
   * methods (a what-if of the realized gains and the lots left).
   */
  public StoreHoldings holdings(LocalDate asOf, LotReliefMethod method) {
    return read(reader -> holdings(reader, asOf, Optional.of(method)));
  }

  /**
   * The accounts on {@code asOf} as domain objects: positions with their lots (positions of a
   * positions file without lots for accounts without transactions) and cash as a holding of
   * {@link AssetId#CASH} (a negative balance counts as zero and is reported).
   */
  public WithProblems<List<Account>> accounts(LocalDate asOf) {
    StoreHoldings holdings = holdings(asOf);
    List<Account> accounts = new ArrayList<>();
    List<Problem> problems = new ArrayList<>(holdings.problems());
    for (StoreHoldings.AccountHoldings account : holdings.accounts()) {
      List<Holding> list = new ArrayList<>();
      account.positions().forEach(p -> list.add(p.toHolding()));
      account.reported().forEach(p -> list.add(Holding.of(p.assetId(), p.quantity())));
      if (account.cash().isNegative()) {
        problems.add(Problem.of("account " + account.account().id(), "cash is " + account.cash() + " (a debit); counted as zero",
            "import the deposits or the positions file that states the cash"));
      } else if (!account.cash().isZero()) {
        list.add(Holding.of(AssetId.CASH, account.cash().amount()));
      }
      accounts.add(new Account(account.account().id(), account.account().name(), account.account().type(), list));
    }
    return WithProblems.of(accounts, problems);
  }

  private StoreHoldings holdings(StoreReader reader, LocalDate asOf, Optional<LotReliefMethod> override) throws SQLException {
    Map<String, StoredAccount> stored = reader.accounts();
    List<Transaction> transactions = reader.transactions(null);
    LedgerReplay.MethodChoice methods = override.isPresent() ? (account, asset) -> override.get() : reader.methods();
    Map<String, CashBalance> cash = reader.reportedCash(asOf);
    WithProblems<LedgerState> state = LedgerReplay.replay(transactions, asOf, methods, cash);
    Set<String> withTransactions = new HashSet<>();
    transactions.forEach(t -> withTransactions.add(t.accountId()));
    Map<String, LocalDate> positionDates = reader.latestPositionDates(asOf);
    List<StoreHoldings.AccountHoldings> accounts = new ArrayList<>();
    List<PositionDifference> differences = new ArrayList<>();
    Map<LocalDate, LedgerState> statesOn = new TreeMap<>();
    for (StoredAccount account : stored.values()) {
      Optional<LocalDate> positionsDate = Optional.ofNullable(positionDates.get(account.id()));
      Money accountCash = state.value().cash().getOrDefault(account.id(),
          cash.containsKey(account.id()) ? cash.get(account.id()).amount() : Money.ZERO_USD);
      if (withTransactions.contains(account.id())) {
        List<LedgerPosition> positions = state.value().positions(account.id());
        accounts.add(new StoreHoldings.AccountHoldings(account, positions, List.of(), accountCash, Optional.empty(),
            state.value().realized().getOrDefault(account.id(), List.of())));
        if (positionsDate.isPresent()) {
          LocalDate day = positionsDate.get();
          LedgerState then = statesOn.get(day);
          if (then == null) {
            then = LedgerReplay.replay(transactions, day, methods, reader.reportedCash(day.minusDays(1))).value();
            statesOn.put(day, then);
          }
          List<ReportedPosition> reported = reader.positions(account.id(), day);
          Map<String, Money> reportedCash = new TreeMap<>();
          CashBalance balance = reader.reportedCash(day).get(account.id());
          if (balance != null && balance.asOf().equals(day)) {
            reportedCash.put(account.id(), balance.amount());
          }
          differences.addAll(PositionCheck.compare(then, reported, reportedCash));
        }
      } else {
        List<ReportedPosition> reported = positionsDate.isPresent() ? reader.positions(account.id(), positionsDate.get()) : List.of();
        accounts.add(new StoreHoldings.AccountHoldings(account, List.of(), reported, accountCash, positionsDate, List.of()));
      }
    }
    return new StoreHoldings(asOf, accounts, differences, state.problems());
  }

  @FunctionalInterface
  private interface Read<T> {
    T apply(StoreReader reader) throws SQLException;
  }

  private <T> T read(Read<T> read) {
    try (Connection connection = store.connect()) {
      connection.setReadOnly(!store.isPostgres() ? false : true);
      return read.apply(new StoreReader(connection, store.dialect()));
    } catch (SQLException e) {
      throw failure("read", e);
    }
  }

  private InputException failure(String what, SQLException e) {
    String message = e.getMessage() == null ? e.toString() : e.getMessage().split("\n")[0];
    return new InputException("--store " + store.location(), "cannot " + what + " the store: " + message,
        message.contains("UNIQUE") || message.contains("duplicate key")
            ? "another import ran at the same time; run this one again"
            : "check the store (nothing was changed: the import is one transaction)", e);
  }
}
