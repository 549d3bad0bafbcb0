package io.perennial.io.broker;

import io.perennial.basics.AssetId;
import io.perennial.basics.Money;
import io.perennial.domain.IncomeCharacter;
import io.perennial.domain.TransactionType;
import io.perennial.io.InputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Vanguard's brokerage download, {@code OfxDownload.csv} (docs/store.md, "Vanguard"): two CSV
 * tables one after the other — holdings ({@code Account Number,Investment Name,Symbol,Shares,Share
 * Price,Total Value,}) and transactions ({@code Account Number,Trade Date,Settlement Date,Transaction
 * Type,…,Net Amount,…}, with {@code Commission Fees} or {@code Commissions and Fees}). The file states
 * no date for the holdings: the newest trade date is taken (or {@code --as-of}). The settlement fund
 * (VMFXX) is cash; sweeps into and out of it are left out; a dividend without a symbol is interest
 * on cash.
 */
final class VanguardReader {

  private VanguardReader() {}

  static boolean isHoldingsHeader(List<String> cells) {
    return cells.size() >= 5 && cells.get(0).equalsIgnoreCase("Account Number")
        && CsvLines.column(cells, "Investment Name") == 1 && CsvLines.column(cells, "Shares") >= 0
        && CsvLines.column(cells, "Trade Date") < 0;
  }

  static boolean isTransactionsHeader(List<String> cells) {
    return cells.size() >= 8 && cells.get(0).equalsIgnoreCase("Account Number") && CsvLines.column(cells, "Trade Date") == 1
        && CsvLines.column(cells, "Transaction Type") >= 0;
  }

  static BrokerFile read(BrokerFileBuilder out, List<CsvLines.Record> records) {
    int holdings = -1;
    int transactions = -1;
    for (int h = 0; h < records.size(); h++) {
      if (holdings < 0 && isHoldingsHeader(records.get(h).cells())) {
        holdings = h;
      } else if (transactions < 0 && isTransactionsHeader(records.get(h).cells())) {
        transactions = h;
      }
    }
    if (holdings < 0 && transactions < 0) {
      throw new InputException(out.file().toString(), "no Vanguard header line (Account Number,Investment Name,… or"
          + " Account Number,Trade Date,…)", "download the CSV again from Vanguard's Download center, unchanged");
    }
    LocalDate newest = null;
    if (transactions >= 0) {
      newest = transactions(out, records, transactions);
    }
    if (holdings >= 0) {
      LocalDate asOf = out.options().asOf().orElse(newest);
      if (asOf == null) {
        throw new InputException(out.file().toString(), "the holdings have no date (the file has no transactions to date them)",
            "give the date of the download with --as-of YYYY-MM-DD");
      }
      holdings(out, records, holdings, transactions > holdings ? transactions : records.size(), asOf);
    }
    return out.build();
  }

  private static void holdings(BrokerFileBuilder out, List<CsvLines.Record> records, int header, int end, LocalDate asOf) {
    List<String> cells = records.get(header).cells();
    int number = 0;
    int name = CsvLines.column(cells, "Investment Name");
    int symbol = CsvLines.column(cells, "Symbol");
    int shares = CsvLines.column(cells, "Shares");
    int price = CsvLines.column(cells, "Share Price");
    int value = CsvLines.column(cells, "Total Value");
    DataRows.after(records, header, end).read(out, row -> {
      String account = out.account(row.cell(number), "Vanguard " + row.cell(number));
      AssetId asset = Cells.symbol(row.cell(symbol));
      BigDecimal marketValue = Cells.decimal(row.cell(value), "Total Value");
      if (asset == null || CashFunds.isCash(asset)) {
        out.cash(account, asOf, marketValue);
        return;
      }
      out.asset(asset, row.cell(name));
      out.position(new ImportedPosition(row.line(), account, asset, asOf,
          Cells.required(row.cell(shares), "Shares").abs().stripTrailingZeros(),
          Optional.ofNullable(Cells.decimal(row.cell(price), "Share Price")), Optional.ofNullable(marketValue).map(Money::usd),
          Optional.empty()));
    });
  }

  /** Reads the transactions; returns the newest trade date (null when none). */
  private static LocalDate transactions(BrokerFileBuilder out, List<CsvLines.Record> records, int header) {
    List<String> cells = records.get(header).cells();
    int date = CsvLines.column(cells, "Trade Date");
    int type = CsvLines.column(cells, "Transaction Type");
    int description = CsvLines.column(cells, "Transaction Description");
    int name = CsvLines.column(cells, "Investment Name");
    int symbol = CsvLines.column(cells, "Symbol");
    int shares = CsvLines.column(cells, "Shares");
    int net = CsvLines.column(cells, "Net Amount");
    int principal = CsvLines.column(cells, "Principal Amount");
    List<LocalDate> days = new ArrayList<>();
    DataRows.after(records, header).until(row -> isHoldingsHeader(row.cells())).read(out, row -> {
      String account = out.account(row.cell(0), "Vanguard " + row.cell(0));
      LocalDate day = Cells.date(row.cell(date), "Trade Date");
      days.add(day);
      String kind = row.cell(type).toLowerCase(Locale.ROOT).strip();
      String text = row.cell(description);
      AssetId asset = Cells.symbol(row.cell(symbol));
      BigDecimal quantity = Cells.decimalOrZero(row.cell(shares), "Shares");
      BigDecimal amount = Cells.decimal(row.cell(net), "Net Amount");
      if (amount == null && principal >= 0) {
        amount = Cells.decimal(row.cell(principal), "Principal Amount");
      }
      amount = amount == null ? BigDecimal.ZERO : amount;
      boolean cashFund = CashFunds.isCash(asset);
      TransactionType t;
      IncomeCharacter character = null;
      if (kind.startsWith("sweep")) {
        out.ignore();
        return;
      } else if (kind.equals("buy")) {
        t = TransactionType.BUY;
      } else if (kind.equals("sell")) {
        t = TransactionType.SELL;
      } else if (kind.equals("reinvestment")) {
        t = TransactionType.REINVESTMENT;
      } else if (kind.equals("dividend")) {
        t = asset == null ? TransactionType.INTEREST : TransactionType.DIVIDEND;
        character = asset == null ? IncomeCharacter.TAXABLE_INTEREST : null;
      } else if (kind.startsWith("capital gain (lt)") || kind.contains("long-term capital gain")) {
        t = TransactionType.DIVIDEND;
        character = IncomeCharacter.CAPITAL_GAIN_DISTRIBUTION;
      } else if (kind.startsWith("capital gain (st)") || kind.contains("short-term capital gain")) {
        t = TransactionType.DIVIDEND;
        character = IncomeCharacter.ORDINARY_DIVIDEND;
      } else if (kind.startsWith("interest")) {
        t = TransactionType.INTEREST;
        character = IncomeCharacter.TAXABLE_INTEREST;
      } else if (kind.startsWith("return of capital")) {
        t = TransactionType.RETURN_OF_CAPITAL;
      } else if (kind.startsWith("withholding") || kind.contains("foreign tax")) {
        t = TransactionType.FOREIGN_TAX;
        amount = amount.negate();
      } else if (kind.startsWith("fee")) {
        t = TransactionType.FEE;
        amount = amount.negate();
      } else if (kind.startsWith("stock split") || kind.equals("split")) {
        t = TransactionType.SPLIT;
        amount = BigDecimal.ZERO;
      } else if (kind.startsWith("funds received") || kind.startsWith("rollover") || kind.startsWith("transfer")
          || kind.startsWith("withdrawal") || kind.startsWith("contribution") || kind.startsWith("distribution")
          || kind.startsWith("conversion")) {
        boolean sharesMoved = asset != null && !cashFund && quantity.signum() != 0;
        if (sharesMoved) {
          t = Activity.inOrOut(quantity, TransactionType.TRANSFER_IN, TransactionType.TRANSFER_OUT);
          amount = BigDecimal.ZERO;
        } else {
          t = Activity.inOrOut(amount, TransactionType.DEPOSIT, TransactionType.WITHDRAWAL);
          asset = null;
        }
      } else {
        throw new RowException("unknown Vanguard transaction type '" + row.cell(type)
            + "'; enter it by hand in a generic CSV file (docs/store.md)");
      }
      if (cashFund && (t == TransactionType.BUY || t == TransactionType.SELL || t == TransactionType.REINVESTMENT)) {
        out.ignore();
        return;
      }
      if (asset != null) {
        out.asset(asset, row.cell(name));
      }
      out.transaction(row.line(), Activity.of(day, account, t, asset, quantity, amount, character), row.cell(type) + " " + text);
    });
    return days.stream().max(Comparator.naturalOrder()).orElse(null);
  }
}
