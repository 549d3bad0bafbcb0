package io.perennial.storage;

import io.perennial.basics.AssetId;
import io.perennial.basics.Money;
import io.perennial.domain.AccountType;
import io.perennial.domain.IncomeCharacter;
import io.perennial.domain.Lot;
import io.perennial.domain.Transaction;
import io.perennial.domain.TransactionType;
import io.perennial.io.broker.AssetKind;
import io.perennial.ledger.CashBalance;
import io.perennial.ledger.DeclaredDividend;
import io.perennial.ledger.LedgerReplay;
import io.perennial.ledger.ReportedPosition;
import io.perennial.tax.LotReliefMethod;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Reads the store's tables into domain values, on a connection the caller owns. */
final class StoreReader {

  private final Connection connection;
  private final Dialect dialect;

  StoreReader(Connection connection, Dialect dialect) {
    this.connection = connection;
    this.dialect = dialect;
  }

  Map<String, StoredAccount> accounts() throws SQLException {
    Map<String, StoredAccount> accounts = new TreeMap<>();
    try (PreparedStatement s = connection.prepareStatement("SELECT id, name, type, broker, lot_method FROM accounts");
        ResultSet rows = s.executeQuery()) {
      while (rows.next()) {
        accounts.put(rows.getString("id"), new StoredAccount(rows.getString("id"), rows.getString("name"),
            AccountType.parse(rows.getString("type")), rows.getString("broker"), LotReliefMethod.parse(rows.getString("lot_method"))));
      }
    }
    return accounts;
  }

  Map<AssetId, StoredAsset> assets() throws SQLException {
    Map<AssetId, StoredAsset> assets = new TreeMap<>();
    try (PreparedStatement s = connection.prepareStatement("SELECT id, name, kind, lot_method FROM assets");
        ResultSet rows = s.executeQuery()) {
      while (rows.next()) {
        String method = rows.getString("lot_method");
        AssetId id = AssetId.of(rows.getString("id"));
        assets.put(id, new StoredAsset(id, rows.getString("name"), AssetKind.parse(rows.getString("kind")),
            method == null ? Optional.empty() : Optional.of(LotReliefMethod.parse(method))));
      }
    }
    return assets;
  }

  /** The relief method of each account and asset: the asset's own, else average cost for mutual funds, else the account's. */
  LedgerReplay.MethodChoice methods() throws SQLException {
    Map<String, StoredAccount> accounts = accounts();
    Map<AssetId, StoredAsset> assets = assets();
    return (account, asset) -> {
      LotReliefMethod accountMethod = accounts.containsKey(account) ? accounts.get(account).lotMethod() : LotReliefMethod.FIFO;
      StoredAsset stored = assets.get(asset);
      return stored == null ? accountMethod : stored.methodIn(accountMethod);
    };
  }

  /** The transactions of {@code accountIds} (all accounts when null), in the order they happened. */
  List<Transaction> transactions(Collection<String> accountIds) throws SQLException {
    String sql = "SELECT trade_date, account_id, type, asset_id, quantity, amount, currency, income_character FROM transactions"
        + (accountIds == null ? "" : " WHERE account_id = ?") + " ORDER BY trade_date, id";
    List<Transaction> transactions = new ArrayList<>();
    List<String> ids = accountIds == null ? java.util.Collections.singletonList(null) : new ArrayList<>(accountIds);
    for (String id : ids) {
      try (PreparedStatement s = connection.prepareStatement(sql)) {
        s.setFetchSize(10_000);
        if (id != null) {
          s.setString(1, id);
        }
        try (ResultSet rows = s.executeQuery()) {
          while (rows.next()) {
            String asset = rows.getString("asset_id");
            String character = rows.getString("income_character");
            transactions.add(new Transaction(Dialect.date(rows, "trade_date"), rows.getString("account_id"),
                TransactionType.parse(rows.getString("type")), Optional.ofNullable(asset).map(AssetId::of),
                Dialect.decimal(rows, "quantity"), new Money(Dialect.decimal(rows, "amount"), java.util.Currency.getInstance(rows.getString("currency").strip())),
                Optional.ofNullable(character).map(IncomeCharacter::parse)));
          }
        }
      }
    }
    if (ids.size() > 1) {
      transactions.sort(java.util.Comparator.comparing(Transaction::date));
    }
    return transactions;
  }

  /** The latest reported cash of each account on or before {@code asOf}. */
  Map<String, CashBalance> reportedCash(LocalDate asOf) throws SQLException {
    Map<String, CashBalance> cash = new TreeMap<>();
    try (PreparedStatement s = connection.prepareStatement(
        "SELECT account_id, as_of, amount FROM cash_balances WHERE source = 'reported' AND as_of <= ? ORDER BY as_of")) {
      dialect.setDate(s, 1, asOf);
      try (ResultSet rows = s.executeQuery()) {
        while (rows.next()) {
          cash.put(rows.getString("account_id"), new CashBalance(Dialect.date(rows, "as_of"), Money.usd(Dialect.decimal(rows, "amount"))));
        }
      }
    }
    return cash;
  }

  /** The positions of each account's latest positions file on or before {@code asOf}, with its date. */
  Map<String, LocalDate> latestPositionDates(LocalDate asOf) throws SQLException {
    Map<String, LocalDate> dates = new TreeMap<>();
    try (PreparedStatement s = connection.prepareStatement(
        "SELECT account_id, MAX(as_of) AS latest FROM positions WHERE as_of <= ? GROUP BY account_id")) {
      dialect.setDate(s, 1, asOf);
      try (ResultSet rows = s.executeQuery()) {
        while (rows.next()) {
          dates.put(rows.getString("account_id"), Dialect.date(rows, "latest"));
        }
      }
    }
    return dates;
  }

  /** The reported positions of {@code accountId} on {@code day}. */
  List<ReportedPosition> positions(String accountId, LocalDate day) throws SQLException {
    List<ReportedPosition> positions = new ArrayList<>();
    try (PreparedStatement s = connection.prepareStatement(
        "SELECT asset_id, quantity, cost_basis FROM positions WHERE account_id = ? AND as_of = ? ORDER BY asset_id")) {
      s.setString(1, accountId);
      dialect.setDate(s, 2, day);
      try (ResultSet rows = s.executeQuery()) {
        while (rows.next()) {
          BigDecimal cost = Dialect.decimal(rows, "cost_basis");
          positions.add(new ReportedPosition(accountId, AssetId.of(rows.getString("asset_id")), Dialect.decimal(rows, "quantity"),
              Optional.ofNullable(cost).map(Money::usd)));
        }
      }
    }
    return positions;
  }

  List<DeclaredDividend> declared() throws SQLException {
    List<DeclaredDividend> declared = new ArrayList<>();
    try (PreparedStatement s = connection.prepareStatement(
        "SELECT asset_id, ex_date, pay_date, amount_per_share FROM declared_dividends ORDER BY pay_date, asset_id");
        ResultSet rows = s.executeQuery()) {
      while (rows.next()) {
        declared.add(new DeclaredDividend(AssetId.of(rows.getString("asset_id")), Dialect.date(rows, "ex_date"),
            Dialect.date(rows, "pay_date"), Dialect.decimal(rows, "amount_per_share")));
      }
    }
    return declared;
  }

  /** The lots table (rebuilt at each import): account → asset → lots, oldest first. */
  Map<String, Map<AssetId, List<Lot>>> lots() throws SQLException {
    Map<String, Map<AssetId, List<Lot>>> lots = new TreeMap<>();
    try (PreparedStatement s = connection.prepareStatement(
        "SELECT account_id, asset_id, acquired, quantity, cost FROM lots ORDER BY account_id, asset_id, seq");
        ResultSet rows = s.executeQuery()) {
      while (rows.next()) {
        lots.computeIfAbsent(rows.getString("account_id"), k -> new LinkedHashMap<>())
            .computeIfAbsent(AssetId.of(rows.getString("asset_id")), k -> new ArrayList<>())
            .add(new Lot(Dialect.date(rows, "acquired"), Dialect.decimal(rows, "quantity"), Money.usd(Dialect.decimal(rows, "cost"))));
      }
    }
    return lots;
  }

  /** A count of the rows of {@code table} (tests and reports). */
  long count(String table) throws SQLException {
    try (PreparedStatement s = connection.prepareStatement("SELECT COUNT(*) FROM " + table); ResultSet rows = s.executeQuery()) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
