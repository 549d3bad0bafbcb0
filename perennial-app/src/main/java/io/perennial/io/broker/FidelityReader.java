package io.perennial.io.broker;

import io.perennial.basics.AssetId;
import io.perennial.basics.Money;
import io.perennial.domain.IncomeCharacter;
import io.perennial.domain.TransactionType;
import io.perennial.io.InputException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fidelity's CSV downloads (docs/store.md, "Fidelity"): the activity history in its three header
 * generations — the single-account {@code History_for_Account_X….csv} (account number from the file
 * name or {@code --account}), the Cash Management variant, and the current all-accounts
 * {@code Accounts_History.csv} with {@code Account} and {@code Account Number} columns — and the
 * positions file {@code Portfolio_Positions_Mmm-dd-yyyy.csv}, dated by its "Date downloaded" line
 * or its file name. Preamble and disclaimer rows are skipped; actions are mapped by their first
 * words; core money-market positions (symbols marked {@code **}) are cash.
 */
final class FidelityReader {

  private static final Pattern ACCOUNT_IN_NAME = Pattern.compile("(?i)account_([A-Z0-9]+)");
  private static final Pattern POSITIONS_DATE_IN_NAME = Pattern.compile("([A-Z][a-z]{2}-\\d{2}-\\d{4})");
  private static final Pattern ACCOUNT_NUMBER = Pattern.compile("\\b([A-Z]?\\d{5,}[A-Z0-9]*)\\b");

  private FidelityReader() {}

  static boolean isActivityHeader(List<String> cells) {
    return cells.size() > 3 && cells.get(0).equalsIgnoreCase("Run Date") && CsvLines.column(cells, "Action") >= 0;
  }

  static boolean isPositionsHeader(List<String> cells) {
    return cells.size() > 5 && cells.get(0).equalsIgnoreCase("Account Number")
        && CsvLines.column(cells, "Last Price") >= 0 && CsvLines.column(cells, "Quantity") >= 0;
  }

  static BrokerFile read(BrokerFileBuilder out, List<CsvLines.Record> records) {
    for (int h = 0; h < records.size(); h++) {
      List<String> cells = records.get(h).cells();
      if (isActivityHeader(cells)) {
        activity(out, records, h);
        return out.build();
      }
      if (isPositionsHeader(cells)) {
        positions(out, records, h);
        return out.build();
      }
    }
    throw new InputException(out.file().toString(), "no Fidelity header line (Run Date,… or Account Number,Account Name,…)",
        "download the file again from Fidelity's Activity & Orders or Positions page, unchanged");
  }

  private static void activity(BrokerFileBuilder out, List<CsvLines.Record> records, int headerIndex) {
    List<String> header = records.get(headerIndex).cells();
    int date = 0;
    int accountName = CsvLines.column(header, "Account");
    int accountNumber = CsvLines.column(header, "Account Number");
    int action = CsvLines.column(header, "Action");
    int symbol = CsvLines.column(header, "Symbol");
    int description = CsvLines.column(header, "Description", "Security Description");
    int quantity = CsvLines.column(header, "Quantity");
    int amount = CsvLines.column(header, "Amount ($)", "Amount");
    int accrued = CsvLines.column(header, "Accrued Interest ($)", "Accrued Interest");
    if (amount < 0 || quantity < 0) {
      throw new InputException(out.file() + " line " + records.get(headerIndex).line(),
          "the Fidelity header has no Amount or Quantity column", "download the file again, unchanged");
    }
    String fromName = fileAccount(out);
    // Disclaimers after the rows, and the "Date downloaded" line: not data; other rows without a date are rejected.
    long firstData = records.subList(headerIndex + 1, records.size()).stream().filter(row -> Cells.isDate(row.cell(date)))
        .mapToLong(CsvLines.Record::line).findFirst().orElse(Long.MAX_VALUE);
    DataRows.after(records, headerIndex)
        .skipping(row -> !Cells.isDate(row.cell(date)) && (row.filled() <= 2 || row.line() > firstData))
        .rejecting(row -> Cells.isDate(row.cell(date)) ? null : "'" + row.cell(date) + "' is not a date in the Run Date column")
        .read(out, row -> {
          String number = accountNumber >= 0 ? row.cell(accountNumber) : "";
          String name = accountName >= 0 ? row.cell(accountName) : "";
          if (number.isEmpty() && !name.isEmpty()) {
            Matcher m = ACCOUNT_NUMBER.matcher(name);
            number = m.find() ? m.group(1) : name;
          }
          if (number.isEmpty()) {
            number = fromName;
          }
          String account = out.account(number, name);
          activityRow(out, row, account, action, symbol, description, quantity, amount, accrued);
        });
  }

  private static String fileAccount(BrokerFileBuilder out) {
    Matcher m = ACCOUNT_IN_NAME.matcher(out.file().getFileName().toString());
    return m.find() ? m.group(1).toUpperCase(Locale.ROOT) : "";
  }

  private static void activityRow(BrokerFileBuilder out, CsvLines.Record row, String account, int actionColumn,
      int symbolColumn, int descriptionColumn, int quantityColumn, int amountColumn, int accruedColumn) {
    LocalDate day = Cells.date(row.cell(0), "Run Date");
    String action = row.cell(actionColumn).toUpperCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    AssetId asset = Cells.symbol(row.cell(symbolColumn));
    String name = descriptionColumn >= 0 ? row.cell(descriptionColumn) : "";
    BigDecimal quantity = Cells.decimalOrZero(row.cell(quantityColumn), "Quantity");
    BigDecimal amount = Cells.decimalOrZero(row.cell(amountColumn), "Amount");
    BigDecimal accrued = accruedColumn >= 0 ? Cells.decimalOrZero(row.cell(accruedColumn), "Accrued Interest") : BigDecimal.ZERO;
    String text = row.cell(actionColumn);
    boolean cashFund = CashFunds.isCash(asset) || action.contains("CORE ACCOUNT");
    TransactionType type;
    IncomeCharacter character = null;
    if (action.startsWith("YOU BOUGHT") || action.startsWith("BOUGHT")) {
      type = TransactionType.BUY;
    } else if (action.startsWith("YOU SOLD") || action.startsWith("SOLD") || action.startsWith("REDEMPTION PAYOUT")
        || action.startsWith("REDEMPTION FROM") && !action.contains("CORE ACCOUNT")) {
      type = TransactionType.SELL;
      amount = amount.abs();
    } else if (action.startsWith("REINVESTMENT")) {
      type = TransactionType.REINVESTMENT;
    } else if (action.startsWith("DIVIDEND RECEIVED") || action.startsWith("DIVIDEND ADJUSTMENT")) {
      type = TransactionType.DIVIDEND;
    } else if (action.startsWith("SHORT-TERM CAP GAIN")) {
      type = TransactionType.DIVIDEND;
      character = IncomeCharacter.ORDINARY_DIVIDEND;
    } else if (action.startsWith("LONG-TERM CAP GAIN")) {
      type = TransactionType.DIVIDEND;
      character = IncomeCharacter.CAPITAL_GAIN_DISTRIBUTION;
    } else if (action.startsWith("MUNI EXEMPT INT")) {
      type = TransactionType.INTEREST;
      character = IncomeCharacter.MUNI_INTEREST;
    } else if (action.startsWith("INTEREST EARNED") || action.startsWith("INTEREST")) {
      type = TransactionType.INTEREST;
      character = IncomeCharacter.TAXABLE_INTEREST;
    } else if (action.startsWith("RETURN OF CAPITAL")) {
      type = TransactionType.RETURN_OF_CAPITAL;
    } else if (action.startsWith("FOREIGN TAX PAID") || action.startsWith("ADJ FOREIGN TAX")) {
      type = TransactionType.FOREIGN_TAX;
      amount = amount.negate();
    } else if (action.startsWith("FEE CHARGED") || action.startsWith("ADVISOR FEE") || action.startsWith("MARGIN INTEREST")) {
      type = TransactionType.FEE;
      amount = amount.negate();
    } else if (action.startsWith("DISTRIBUTION") && asset != null && quantity.signum() != 0 && amount.signum() == 0) {
      type = TransactionType.SPLIT;
    } else if (action.startsWith("PURCHASE INTO CORE ACCOUNT") || action.startsWith("REDEMPTION FROM CORE ACCOUNT")) {
      out.ignore();
      return;
    } else if (action.startsWith("TRANSFERRED FROM") || action.startsWith("TRANSFERRED TO") || action.startsWith("JOURNALED")
        || action.startsWith("ROLLOVER SHARES") || action.startsWith("CONVERSION")) {
      boolean shares = asset != null && !cashFund && quantity.signum() != 0;
      BigDecimal direction = shares ? quantity : amount;
      type = Activity.inOrOut(direction, TransactionType.TRANSFER_IN, TransactionType.TRANSFER_OUT);
      if (shares) {
        out.asset(asset, name);
        out.transaction(row.line(), Activity.of(day, account, type, asset, quantity, BigDecimal.ZERO, null), text);
        return;
      }
      asset = null;
    } else if (action.startsWith("DIRECT DEPOSIT") || action.startsWith("CHECK RECEIVED") || action.startsWith("CONTRIBUTED")
        || action.startsWith("CONTRIBUTION") || action.startsWith("ROLLOVER CASH") || action.startsWith("DEPOSIT")
        || action.startsWith("WIRE TRANSFER") || action.startsWith("ELECTRONIC FUNDS TRANSFER")
        || action.startsWith("DIRECT DEBIT") || action.startsWith("CHECK PAID") || action.startsWith("BILL PAYMENT")
        || action.startsWith("WITHDRAWAL") || action.startsWith("PARTIC CONTR") || action.startsWith("DISTRIBUTION")) {
      type = Activity.inOrOut(amount, TransactionType.DEPOSIT, TransactionType.WITHDRAWAL);
      asset = null;
    } else {
      throw new RowException("unknown Fidelity action '" + text + "'; enter it by hand in a generic CSV file (docs/store.md)");
    }
    if (cashFund && (type == TransactionType.BUY || type == TransactionType.SELL || type == TransactionType.REINVESTMENT)) {
      out.ignore(); // moving cash into the core fund (which is cash) changes nothing
      return;
    }
    if (type == TransactionType.BUY || type == TransactionType.SELL || type == TransactionType.REINVESTMENT) {
      if (asset == null) {
        throw new RowException("a " + type.id() + " without a symbol");
      }
      if (quantity.signum() == 0) {
        throw new RowException("a " + type.id() + " of " + asset + " without a quantity");
      }
      // Bond purchases include the accrued interest paid to the seller; it is not cost.
      if (type == TransactionType.BUY && accrued.signum() != 0) {
        amount = amount.abs().subtract(accrued.abs());
      }
    }
    if (asset != null) {
      out.asset(asset, name);
    }
    out.transaction(row.line(), Activity.of(day, account, type, asset, quantity, amount, character), text);
  }

  private static void positions(BrokerFileBuilder out, List<CsvLines.Record> records, int headerIndex) {
    List<String> header = records.get(headerIndex).cells();
    int number = CsvLines.column(header, "Account Number");
    int accountName = CsvLines.column(header, "Account Name");
    int symbol = CsvLines.column(header, "Symbol");
    int description = CsvLines.column(header, "Description");
    int quantity = CsvLines.column(header, "Quantity");
    int price = CsvLines.column(header, "Last Price");
    int value = CsvLines.column(header, "Current Value");
    int cost = CsvLines.column(header, "Cost Basis Total");
    LocalDate asOf = positionsDate(out, records);
    DataRows.after(records, headerIndex)
        .skipping(row -> row.filled() <= 2 || row.cell(symbol).isEmpty() || row.cell(symbol).equalsIgnoreCase("Pending activity")
            || row.cell(symbol).toLowerCase(Locale.ROOT).startsWith("pending"))
        .read(out, row -> {
          String account = out.account(row.cell(number), row.cell(accountName));
          boolean core = row.cell(symbol).endsWith("**");
          AssetId asset = Cells.symbol(row.cell(symbol));
          BigDecimal marketValue = Cells.decimal(row.cell(value), "Current Value");
          if (core || CashFunds.isCash(asset)) {
            out.cash(account, asOf, marketValue);
            return;
          }
          BigDecimal shares = Cells.required(row.cell(quantity), "Quantity");
          BigDecimal last = Cells.decimal(row.cell(price), "Last Price");
          // Municipal bonds are listed at 100 × their quantity: price ÷ (value ÷ quantity) near 100 gives it away.
          if (last != null && marketValue != null && marketValue.signum() > 0 && shares.signum() > 0
              && last.divide(marketValue.divide(shares, MathContext.DECIMAL64), MathContext.DECIMAL64).compareTo(BigDecimal.valueOf(90)) > 0) {
            shares = shares.divide(BigDecimal.valueOf(100), MathContext.DECIMAL64);
          }
          BigDecimal basis = cost >= 0 ? Cells.decimal(row.cell(cost), "Cost Basis Total") : null;
          String name = description >= 0 ? row.cell(description) : "";
          out.asset(asset, name);
          out.position(new ImportedPosition(row.line(), account, asset, asOf, shares.abs().stripTrailingZeros(), Optional.ofNullable(last),
              Optional.ofNullable(marketValue).map(Money::usd), Optional.ofNullable(basis).map(Money::usd)));
        });
  }

  /** The "Date downloaded" line (Mmm-dd-yyyy or MM/dd/yyyy), else the date in the file name, else --as-of. */
  private static LocalDate positionsDate(BrokerFileBuilder out, List<CsvLines.Record> records) {
    for (int r = records.size() - 1; r >= 0; r--) {
      String first = records.get(r).cell(0);
      if (first.toLowerCase(Locale.ROOT).contains("date downloaded")) {
        String rest = first.substring(first.toLowerCase(Locale.ROOT).indexOf("date downloaded") + "date downloaded".length()).strip();
        return Cells.date(rest.split("\\s+")[0], "Date downloaded");
      }
    }
    Matcher m = POSITIONS_DATE_IN_NAME.matcher(out.file().getFileName().toString());
    if (m.find()) {
      return Cells.date(m.group(1), "file name date");
    }
    return out.options().asOf().orElseThrow(() -> new InputException(out.file().toString(),
        "the positions file has no 'Date downloaded' line and no date in its name", "give the date with --as-of YYYY-MM-DD"));
  }
}
