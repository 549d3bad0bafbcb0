package io.perennial.io.broker;

import io.perennial.basics.AssetId;
import io.perennial.basics.InvalidInputException;
import io.perennial.basics.Money;
import io.perennial.domain.IncomeCharacter;
import io.perennial.domain.TransactionType;
import io.perennial.io.InputException;
import io.perennial.ledger.DeclaredDividend;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Perennial's own CSV layout (docs/store.md, "Generic CSV"), for any broker and for entries by hand:
 * a header with {@code Date}, {@code Type} and {@code Amount}, and optionally {@code Account},
 * {@code Symbol}, {@code Quantity}, {@code Character}, {@code Description}, {@code Name},
 * {@code Kind} and {@code Pay Date}. Dates are YYYY-MM-DD (or MM/DD/YYYY). Types are the transaction
 * types ({@code buy}, {@code sell}, {@code dividend}, {@code interest}, {@code reinvestment},
 * {@code split}, {@code transfer-in}, {@code transfer-out}, {@code return-of-capital},
 * {@code foreign-tax}, {@code deposit}, {@code withdrawal}, {@code fee}) with amounts of zero or more
 * (less than zero only to correct a dividend, interest, fee or foreign tax), and three more:
 * {@code position} (Quantity shares held on Date, Amount their cost basis, may be empty),
 * {@code cash} (Amount the cash on Date) and {@code declared} (a declared dividend: Date the ex-date,
 * Pay Date, Amount per share).
 */
final class GenericCsvReader {

  private GenericCsvReader() {}

  static boolean isHeader(List<String> cells) {
    return CsvLines.column(cells, "Date") >= 0 && CsvLines.column(cells, "Type") >= 0 && CsvLines.column(cells, "Amount") >= 0;
  }

  static BrokerFile read(BrokerFileBuilder out, List<CsvLines.Record> records) {
    int headerIndex = -1;
    for (int h = 0; h < records.size(); h++) {
      if (!records.get(h).isBlank()) {
        headerIndex = h;
        break;
      }
    }
    if (headerIndex < 0 || !isHeader(records.get(headerIndex).cells())) {
      throw new InputException(out.file() + " line 1", "the generic CSV header needs Date, Type and Amount columns",
          "start the file with e.g. Date,Account,Type,Symbol,Quantity,Amount,Character (docs/store.md)");
    }
    List<String> header = records.get(headerIndex).cells();
    int date = CsvLines.column(header, "Date");
    int accountColumn = CsvLines.column(header, "Account");
    int type = CsvLines.column(header, "Type");
    int symbol = CsvLines.column(header, "Symbol");
    int quantity = CsvLines.column(header, "Quantity");
    int amount = CsvLines.column(header, "Amount");
    int character = CsvLines.column(header, "Character");
    int description = CsvLines.column(header, "Description");
    int name = CsvLines.column(header, "Name");
    int kind = CsvLines.column(header, "Kind");
    int payDate = CsvLines.column(header, "Pay Date");
    DataRows.after(records, headerIndex).read(out, row -> {
      LocalDate day = Cells.date(row.cell(date), "Date");
      String typeText = row.cell(type).toLowerCase(Locale.ROOT).strip();
      AssetId asset = Cells.symbol(row.cell(symbol));
      String assetName = name >= 0 ? row.cell(name) : "";
      if (asset != null) {
        AssetKind assetKind = kind >= 0 && !row.cell(kind).isEmpty() ? kindOf(row.cell(kind)) : AssetKind.guess(asset.value(), assetName);
        out.asset(asset, assetName, assetKind);
      }
      if (typeText.equals("declared")) {
        if (asset == null) {
          throw new RowException("a declared dividend needs its Symbol");
        }
        LocalDate pay = payDate >= 0 && !row.cell(payDate).isEmpty() ? Cells.date(row.cell(payDate), "Pay Date") : null;
        if (pay == null) {
          throw new RowException("a declared dividend needs its Pay Date");
        }
        out.declared(check(() -> new DeclaredDividend(asset, day, pay, Cells.required(row.cell(amount), "Amount"))));
        return;
      }
      String account = out.account(accountColumn >= 0 ? row.cell(accountColumn) : "", accountColumn >= 0 ? row.cell(accountColumn) : "");
      if (typeText.equals("cash")) {
        out.cash(new ImportedCash(account, day, Money.usd(Cells.required(row.cell(amount), "Amount"))));
        return;
      }
      if (typeText.equals("position")) {
        if (asset == null) {
          throw new RowException("a position needs its Symbol");
        }
        BigDecimal basis = Cells.decimal(row.cell(amount), "Amount");
        out.position(check(() -> new ImportedPosition(row.line(), account, asset, day, Cells.required(row.cell(quantity), "Quantity"),
            Optional.empty(), Optional.empty(), Optional.ofNullable(basis).map(Money::usd))));
        return;
      }
      TransactionType t;
      try {
        t = TransactionType.parse(typeText);
      } catch (InvalidInputException e) {
        throw new RowException(e.getMessage() + ", position, cash, declared");
      }
      IncomeCharacter c = null;
      if (character >= 0 && !row.cell(character).isEmpty()) {
        try {
          c = IncomeCharacter.parse(row.cell(character));
        } catch (InvalidInputException e) {
          throw new RowException(e.getMessage());
        }
      }
      BigDecimal cash = Cells.required(row.cell(amount), "Amount");
      if (cash.signum() < 0 && !t.allowsCorrections()) {
        throw new RowException("Amount " + cash.toPlainString() + " is less than zero; amounts of " + t.id()
            + " rows are zero or more (the type gives the direction)");
      }
      BigDecimal shares = quantity >= 0 ? Cells.decimalOrZero(row.cell(quantity), "Quantity") : BigDecimal.ZERO;
      if (shares.signum() < 0 && t != TransactionType.SPLIT) {
        throw new RowException("Quantity " + shares.toPlainString() + " is less than zero; only a split's change in shares may be");
      }
      out.transaction(row.line(), Activity.of(day, account, t, asset, shares, cash, c),
          description >= 0 ? row.cell(description) : typeText);
    });
    return out.build();
  }

  private static AssetKind kindOf(String text) {
    try {
      return AssetKind.parse(text);
    } catch (InvalidInputException e) {
      throw new RowException(e.getMessage());
    }
  }

  private static <T> T check(java.util.function.Supplier<T> make) {
    try {
      return make.get();
    } catch (InvalidInputException e) {
      throw new RowException(e.getMessage());
    }
  }
}
