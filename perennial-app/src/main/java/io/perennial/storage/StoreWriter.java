package io.perennial.storage;

import io.perennial.basics.AssetId;
import io.perennial.basics.Problem;
import io.perennial.basics.WithProblems;
import io.perennial.domain.Lot;
import io.perennial.domain.Transaction;
import io.perennial.io.broker.BrokerFile;
import io.perennial.io.broker.ImportedAccount;
import io.perennial.io.broker.ImportedAsset;
import io.perennial.io.broker.ImportedCash;
import io.perennial.io.broker.ImportedPosition;
import io.perennial.io.broker.ImportedTransaction;
import io.perennial.ledger.CashBalance;
import io.perennial.ledger.DeclaredDividend;
import io.perennial.ledger.LedgerPosition;
import io.perennial.ledger.LedgerReplay;
import io.perennial.ledger.LedgerState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes broker files into the store inside one database transaction: accounts and assets new to
 * the store, transactions whose {@link TransactionHash} is not there yet, reported positions, prices
 * and cash (a re-import of the same date replaces them), declared dividends; then the lots and the
 * derived cash of every account touched, rebuilt from all its transactions. A failure, or the end of
 * a dry run, rolls it all back; a killed process leaves an open transaction that the database
 * discards.
 */
final class StoreWriter {

  /** Rows per JDBC batch. */
  static final int BATCH = 2_000;
  /** Rows between progress reports. */
  static final int PROGRESS_EVERY = 5_000;

  private final Connection connection;
  private final Dialect dialect;

  StoreWriter(Connection connection, Dialect dialect) {
    this.connection = connection;
    this.dialect = dialect;
  }

  ImportReport write(List<BrokerFile> files, boolean dryRun, ImportProgress progress, Instant now) throws SQLException {
    long importId = next("imports");
    long transactionId = next("transactions");
    Set<String> touched = new TreeSet<>();
    for (BrokerFile file : files) {
      for (ImportedAccount account : file.accounts()) {
        touched.add(account.id());
      }
    }
    Set<String> known = existingHashes(touched);
    // The transactions already stored and those added, in the order they happened: the lots are
    // rebuilt from them without reading the new rows back.
    List<Transaction> all = new ArrayList<>(new StoreReader(connection, dialect).transactions(touched));
    List<ImportReport.FileReport> reports = new ArrayList<>();
    for (BrokerFile file : files) {
      accounts(file);
      assets(file);
      try (PreparedStatement s = connection.prepareStatement(
          "INSERT INTO imports (id, file_name, format, imported_at, rows_imported, duplicates, rejected) VALUES (?, ?, ?, ?, 0, 0, ?)")) {
        s.setLong(1, importId);
        s.setString(2, truncate(file.file().toString(), 500));
        s.setString(3, file.format().id());
        s.setString(4, now.toString());
        s.setInt(5, file.rejected().size());
        s.executeUpdate();
      }
      int[] counts = transactions(file, importId, transactionId, known, progress, all);
      transactionId += counts[0];
      int positions = positions(file, importId);
      cash(file);
      declared(file.declared());
      try (PreparedStatement s = connection.prepareStatement("UPDATE imports SET rows_imported = ?, duplicates = ? WHERE id = ?")) {
        s.setInt(1, counts[0]);
        s.setInt(2, counts[1]);
        s.setLong(3, importId);
        s.executeUpdate();
      }
      reports.add(new ImportReport.FileReport(file, counts[0], counts[1], positions));
      importId++;
    }
    all.sort(java.util.Comparator.comparing(Transaction::date)); // stable: stored rows first within a day, as their ids
    List<Problem> problems = rebuildLots(touched, all);
    return new ImportReport(reports, dryRun, problems);
  }

  private long next(String table) throws SQLException {
    try (PreparedStatement s = connection.prepareStatement("SELECT MAX(id) FROM " + table); ResultSet rows = s.executeQuery()) {
      rows.next();
      return rows.getLong(1) + 1;
    }
  }

  private Set<String> existingHashes(Set<String> accounts) throws SQLException {
    Set<String> hashes = new HashSet<>();
    try (PreparedStatement s = connection.prepareStatement("SELECT hash FROM transactions WHERE account_id = ?")) {
      s.setFetchSize(10_000);
      for (String account : accounts) {
        s.setString(1, account);
        try (ResultSet rows = s.executeQuery()) {
          while (rows.next()) {
            hashes.add(rows.getString(1));
          }
        }
      }
    }
    return hashes;
  }

  private void accounts(BrokerFile file) throws SQLException {
    try (PreparedStatement s = connection.prepareStatement(
        "INSERT INTO accounts (id, name, type, broker, lot_method) VALUES (?, ?, ?, ?, 'fifo') ON CONFLICT (id) DO NOTHING")) {
      for (ImportedAccount account : file.accounts()) {
        s.setString(1, account.id());
        s.setString(2, truncate(account.name(), 200));
        s.setString(3, account.type().id());
        s.setString(4, account.broker().id());
        s.executeUpdate();
      }
    }
  }

  private void assets(BrokerFile file) throws SQLException {
    Set<AssetId> needed = new LinkedHashSet<>();
    file.transactions().forEach(t -> t.transaction().assetId().ifPresent(needed::add));
    file.positions().forEach(p -> needed.add(p.assetId()));
    file.declared().forEach(d -> needed.add(d.assetId()));
    Map<AssetId, ImportedAsset> named = new HashMap<>();
    file.assets().forEach(a -> named.put(a.id(), a));
    try (PreparedStatement s = connection.prepareStatement(
        "INSERT INTO assets (id, name, kind) VALUES (?, ?, ?) ON CONFLICT (id) DO NOTHING")) {
      for (AssetId id : needed) {
        ImportedAsset asset = named.getOrDefault(id, new ImportedAsset(id, id.value(), io.perennial.io.broker.AssetKind.guess(id.value(), "")));
        s.setString(1, id.value());
        s.setString(2, truncate(asset.name(), 200));
        s.setString(3, asset.kind().id());
        s.executeUpdate();
      }
    }
  }

  /** Inserts the new transactions; returns {imported, duplicates}. */
  private int[] transactions(BrokerFile file, long importId, long firstId, Set<String> known, ImportProgress progress,
      List<Transaction> added) throws SQLException {
    int imported = 0;
    int duplicates = 0;
    Map<String, Integer> occurrences = new HashMap<>();
    long total = file.transactions().size();
    progress.progress(file.file().toString(), 0, total);
    try (PreparedStatement s = connection.prepareStatement("INSERT INTO transactions (id, hash, import_id, account_id, trade_date,"
        + " type, asset_id, quantity, amount, currency, income_character, description, source_line)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int pending = 0;
      long done = 0;
      for (ImportedTransaction row : file.transactions()) {
        Transaction t = row.transaction();
        String key = TransactionHash.key(t);
        int occurrence = occurrences.merge(key, 1, Integer::sum);
        String hash = TransactionHash.of(key, occurrence);
        done++;
        if (!known.add(hash)) {
          duplicates++;
        } else {
          s.setLong(1, firstId + imported);
          s.setString(2, hash);
          s.setLong(3, importId);
          s.setString(4, t.accountId());
          dialect.setDate(s, 5, t.date());
          s.setString(6, t.type().id());
          s.setString(7, t.assetId().map(AssetId::value).orElse(null));
          dialect.setDecimal(s, 8, t.quantity());
          dialect.setDecimal(s, 9, t.amount().amount());
          s.setString(10, t.amount().currency().getCurrencyCode());
          s.setString(11, t.character().map(c -> c.id()).orElse(null));
          s.setString(12, truncate(row.description(), 500));
          s.setLong(13, row.line());
          s.addBatch();
          added.add(t);
          imported++;
          if (++pending == BATCH) {
            s.executeBatch();
            pending = 0;
          }
        }
        if (done % PROGRESS_EVERY == 0) {
          progress.progress(file.file().toString(), done, total);
        }
      }
      if (pending > 0) {
        s.executeBatch();
      }
    }
    progress.progress(file.file().toString(), total, total);
    return new int[] {imported, duplicates};
  }

  private int positions(BrokerFile file, long importId) throws SQLException {
    Set<String> cleared = new HashSet<>();
    try (PreparedStatement delete = connection.prepareStatement("DELETE FROM positions WHERE account_id = ? AND as_of = ?");
        PreparedStatement insert = connection.prepareStatement("INSERT INTO positions (account_id, asset_id, as_of, import_id, quantity,"
            + " price, market_value, cost_basis) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement price = connection.prepareStatement("INSERT INTO prices (asset_id, as_of, source, price) VALUES (?, ?, ?, ?)"
            + " ON CONFLICT (asset_id, as_of, source) DO UPDATE SET price = excluded.price")) {
      Map<String, ImportedPosition> merged = new java.util.LinkedHashMap<>();
      for (ImportedPosition p : file.positions()) {
        // One asset listed twice in an account (cash and margin lots): one position of their sum.
        merged.merge(p.accountId() + "\u0000" + p.assetId().value() + "\u0000" + p.asOf(), p, (a, b) -> new ImportedPosition(a.line(),
            a.accountId(), a.assetId(), a.asOf(), a.quantity().add(b.quantity()), a.price(),
            a.marketValue().flatMap(x -> b.marketValue().map(x::plus)), a.costBasis().flatMap(x -> b.costBasis().map(x::plus))));
      }
      for (ImportedPosition p : merged.values()) {
        if (cleared.add(p.accountId() + "\u0000" + p.asOf())) {
          delete.setString(1, p.accountId());
          dialect.setDate(delete, 2, p.asOf());
          delete.executeUpdate();
        }
        insert.setString(1, p.accountId());
        insert.setString(2, p.assetId().value());
        dialect.setDate(insert, 3, p.asOf());
        insert.setLong(4, importId);
        dialect.setDecimal(insert, 5, p.quantity());
        dialect.setDecimal(insert, 6, p.price().orElse(null));
        dialect.setDecimal(insert, 7, p.marketValue().map(m -> m.amount()).orElse(null));
        dialect.setDecimal(insert, 8, p.costBasis().map(m -> m.amount()).orElse(null));
        insert.executeUpdate();
        if (p.price().isPresent()) {
          price.setString(1, p.assetId().value());
          dialect.setDate(price, 2, p.asOf());
          price.setString(3, file.format().id());
          dialect.setDecimal(price, 4, p.price().get());
          price.executeUpdate();
        }
      }
      return merged.size();
    }
  }

  private void cash(BrokerFile file) throws SQLException {
    try (PreparedStatement s = connection.prepareStatement("INSERT INTO cash_balances (account_id, as_of, source, amount, currency)"
        + " VALUES (?, ?, 'reported', ?, ?) ON CONFLICT (account_id, as_of, source) DO UPDATE SET amount = excluded.amount")) {
      for (ImportedCash cash : file.cash()) {
        s.setString(1, cash.accountId());
        dialect.setDate(s, 2, cash.asOf());
        dialect.setDecimal(s, 3, cash.amount().amount());
        s.setString(4, cash.amount().currency().getCurrencyCode());
        s.executeUpdate();
      }
    }
  }

  private void declared(List<DeclaredDividend> declared) throws SQLException {
    try (PreparedStatement s = connection.prepareStatement("INSERT INTO declared_dividends (asset_id, ex_date, pay_date, amount_per_share)"
        + " VALUES (?, ?, ?, ?) ON CONFLICT (asset_id, ex_date) DO UPDATE SET pay_date = excluded.pay_date,"
        + " amount_per_share = excluded.amount_per_share")) {
      for (DeclaredDividend d : declared) {
        s.setString(1, d.assetId().value());
        dialect.setDate(s, 2, d.exDate());
        dialect.setDate(s, 3, d.payDate());
        dialect.setDecimal(s, 4, d.amountPerShare());
        s.executeUpdate();
      }
    }
  }

  /** Rebuilds the lots and derived cash of {@code accounts} from all their {@code transactions}. */
  private List<Problem> rebuildLots(Set<String> accounts, List<Transaction> transactions) throws SQLException {
    StoreReader reader = new StoreReader(connection, dialect);
    LocalDate end = transactions.stream().map(Transaction::date).max(LocalDate::compareTo).orElse(LocalDate.of(1970, 1, 1));
    Map<String, CashBalance> opening = reader.reportedCash(end);
    WithProblems<LedgerState> state = LedgerReplay.replay(transactions, end, reader.methods(), opening);
    try (PreparedStatement delete = connection.prepareStatement("DELETE FROM lots WHERE account_id = ?");
        PreparedStatement deleteCash = connection.prepareStatement("DELETE FROM cash_balances WHERE account_id = ? AND source = 'derived'")) {
      for (String account : accounts) {
        delete.setString(1, account);
        delete.executeUpdate();
        deleteCash.setString(1, account);
        deleteCash.executeUpdate();
      }
    }
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO lots (account_id, asset_id, seq, acquired, quantity, cost) VALUES (?, ?, ?, ?, ?, ?)")) {
      int pending = 0;
      for (LedgerPosition position : state.value().positions()) {
        int seq = 0;
        for (Lot lot : position.lots()) {
          insert.setString(1, position.accountId());
          insert.setString(2, position.assetId().value());
          insert.setInt(3, seq++);
          dialect.setDate(insert, 4, lot.acquired());
          dialect.setDecimal(insert, 5, lot.quantity());
          dialect.setDecimal(insert, 6, lot.cost().amount());
          insert.addBatch();
          if (++pending == BATCH) {
            insert.executeBatch();
            pending = 0;
          }
        }
      }
      if (pending > 0) {
        insert.executeBatch();
      }
    }
    if (!transactions.isEmpty()) {
      try (PreparedStatement insert = connection.prepareStatement(
          "INSERT INTO cash_balances (account_id, as_of, source, amount, currency) VALUES (?, ?, 'derived', ?, ?)")) {
        for (Map.Entry<String, io.perennial.basics.Money> cash : state.value().cash().entrySet()) {
          insert.setString(1, cash.getKey());
          dialect.setDate(insert, 2, end);
          dialect.setDecimal(insert, 3, cash.getValue().amount());
          insert.setString(4, cash.getValue().currency().getCurrencyCode());
          insert.executeUpdate();
        }
      }
    }
    return state.problems();
  }

  private static String truncate(String text, int length) {
    return text == null ? "" : text.length() <= length ? text : text.substring(0, length);
  }
}
