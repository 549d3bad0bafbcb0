package io.perennial.io.broker;

import io.perennial.basics.AssetId;
import io.perennial.basics.Money;
import io.perennial.domain.IncomeCharacter;
import io.perennial.domain.TransactionType;
import io.perennial.io.InputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Charles Schwab's CSV exports (docs/store.md, "Schwab"): transactions (an optional title row
 * "Transactions  for account …", the header {@code "Date","Action","Symbol","Description","Quantity",
 * "Price","Fees & Comm","Amount"}, a closing "Transactions Total" row; dates such as
 * "11/16/2018 as of 11/15/2018" keep the first) and positions (a title "Positions for account … as of
 * …, 2025/05/04", the current or older header, the "Cash & Cash Investments" row as cash, "Account
 * Total" skipped). The account comes from the title or the file name ({@code XXXX1234_Transactions_…},
 * {@code Individual_XXX178_Transactions_…}), else {@code --account}. The action names the tax
 * character of dividends: "Qualified Dividend" against "Non-Qualified Div".
 */
final class SchwabReader {

  private static final Pattern TITLE_ACCOUNT = Pattern.compile("(?i)for account\\s+(.*?)\\s+as of\\s+(.*)$");
  private static final Pattern TITLE_ACCOUNT_ONLY = Pattern.compile("(?i)for account\\s+(.*)$");
  private static final Pattern DIGITS_AT_END = Pattern.compile("(\\d{3,})\\s*$");
  private static final Pattern NAME_ACCOUNT = Pattern.compile("(?i)(?:^|_)(X*\\d{3,})_(?:Transactions|Positions)");
  private static final Pattern NAME_ACCOUNT_DASH = Pattern.compile("(?i)^(.*?)-Positions-");

  private record Mapping(TransactionType type, IncomeCharacter character) {}

  private static final Map<String, Mapping> ACTIONS = Map.ofEntries(
      Map.entry("buy", new Mapping(TransactionType.BUY, null)),
      Map.entry("buy to open", new Mapping(TransactionType.BUY, null)),
      Map.entry("buy to close", new Mapping(TransactionType.BUY, null)),
      Map.entry("reinvest shares", new Mapping(TransactionType.REINVESTMENT, null)),
      Map.entry("sell", new Mapping(TransactionType.SELL, null)),
      Map.entry("sell to open", new Mapping(TransactionType.SELL, null)),
      Map.entry("sell to close", new Mapping(TransactionType.SELL, null)),
      Map.entry("expired", new Mapping(TransactionType.SELL, null)),
      Map.entry("stock split", new Mapping(TransactionType.SPLIT, null)),
      Map.entry("reverse split", new Mapping(TransactionType.SPLIT, null)),
      Map.entry("cash dividend", new Mapping(TransactionType.DIVIDEND, null)),
      Map.entry("qualified dividend", new Mapping(TransactionType.DIVIDEND, IncomeCharacter.QUALIFIED_DIVIDEND)),
      Map.entry("non-qualified div", new Mapping(TransactionType.DIVIDEND, IncomeCharacter.ORDINARY_DIVIDEND)),
      Map.entry("special dividend", new Mapping(TransactionType.DIVIDEND, null)),
      Map.entry("reinvest dividend", new Mapping(TransactionType.DIVIDEND, null)),
      Map.entry("qual div reinvest", new Mapping(TransactionType.DIVIDEND, IncomeCharacter.QUALIFIED_DIVIDEND)),
      Map.entry("long term cap gain", new Mapping(TransactionType.DIVIDEND, IncomeCharacter.CAPITAL_GAIN_DISTRIBUTION)),
      Map.entry("long term cap gain reinvest", new Mapping(TransactionType.DIVIDEND, IncomeCharacter.CAPITAL_GAIN_DISTRIBUTION)),
      Map.entry("short term cap gain", new Mapping(TransactionType.DIVIDEND, IncomeCharacter.ORDINARY_DIVIDEND)),
      Map.entry("short term cap gain reinvest", new Mapping(TransactionType.DIVIDEND, IncomeCharacter.ORDINARY_DIVIDEND)),
      Map.entry("pr yr cash div", new Mapping(TransactionType.DIVIDEND, null)),
      Map.entry("pr yr div reinvest", new Mapping(TransactionType.DIVIDEND, null)),
      Map.entry("pr yr special div", new Mapping(TransactionType.DIVIDEND, null)),
      Map.entry("return of capital", new Mapping(TransactionType.RETURN_OF_CAPITAL, null)),
      Map.entry("cash in lieu", new Mapping(TransactionType.DEPOSIT, null)),
      Map.entry("bank interest", new Mapping(TransactionType.INTEREST, IncomeCharacter.TAXABLE_INTEREST)),
      Map.entry("credit interest", new Mapping(TransactionType.INTEREST, IncomeCharacter.TAXABLE_INTEREST)),
      Map.entry("bond interest", new Mapping(TransactionType.INTEREST, null)),
      Map.entry("foreign tax paid", new Mapping(TransactionType.FOREIGN_TAX, null)),
      Map.entry("nra withholding", new Mapping(TransactionType.FOREIGN_TAX, null)),
      Map.entry("nra tax adj", new Mapping(TransactionType.FOREIGN_TAX, null)),
      Map.entry("service fee", new Mapping(TransactionType.FEE, null)),
      Map.entry("adr mgmt fee", new Mapping(TransactionType.FEE, null)),
      Map.entry("margin interest", new Mapping(TransactionType.FEE, null)),
      Map.entry("funds received", new Mapping(TransactionType.DEPOSIT, null)),
      Map.entry("wire funds", new Mapping(TransactionType.DEPOSIT, null)),
      Map.entry("wire funds received", new Mapping(TransactionType.DEPOSIT, null)),
      Map.entry("moneylink transfer", new Mapping(TransactionType.DEPOSIT, null)),
      Map.entry("moneylink deposit", new Mapping(TransactionType.DEPOSIT, null)),
      Map.entry("wire sent", new Mapping(TransactionType.WITHDRAWAL, null)),
      Map.entry("moneylink withdrawal", new Mapping(TransactionType.WITHDRAWAL, null)),
      Map.entry("funds disbursed", new Mapping(TransactionType.WITHDRAWAL, null)),
      Map.entry("security transfer", new Mapping(TransactionType.TRANSFER_IN, null)),
      Map.entry("journal", new Mapping(TransactionType.TRANSFER_IN, null)),
      Map.entry("journaled shares", new Mapping(TransactionType.TRANSFER_IN, null)),
      Map.entry("stock plan activity", new Mapping(TransactionType.TRANSFER_IN, null)));

  private SchwabReader() {}

  static boolean isTransactionsHeader(List<String> cells) {
    return cells.size() >= 8 && cells.get(0).equalsIgnoreCase("Date") && CsvLines.column(cells, "Action") == 1
        && CsvLines.column(cells, "Fees & Comm") >= 0;
  }

  static boolean isPositionsHeader(List<String> cells) {
    return !cells.isEmpty() && cells.get(0).equalsIgnoreCase("Symbol")
        && (CsvLines.column(cells, "Qty (Quantity)") >= 0 || CsvLines.column(cells, "Reinvest Dividends?") >= 0
            || CsvLines.column(cells, "Mkt Val (Market Value)") >= 0);
  }

  static boolean isTitle(String first) {
    String lower = first.toLowerCase(Locale.ROOT);
    return lower.startsWith("transactions") && lower.contains("for account") || lower.startsWith("positions for account");
  }

  static BrokerFile read(BrokerFileBuilder out, List<CsvLines.Record> records) {
    String titleAccount = "";
    String titleName = "";
    LocalDate titleDate = null;
    for (int h = 0; h < records.size(); h++) {
      List<String> cells = records.get(h).cells();
      if (isTitle(cells.get(0))) {
        Matcher m = TITLE_ACCOUNT.matcher(cells.get(0));
        Matcher only = TITLE_ACCOUNT_ONLY.matcher(cells.get(0));
        String account = m.find() ? m.group(1) : only.find() ? only.group(1) : "";
        titleName = account.replaceAll("\\.{2,}\\d+$", "").strip();
        Matcher digits = DIGITS_AT_END.matcher(account);
        titleAccount = digits.find() ? "XXX" + digits.group(1) : "";
        if (m.find(0)) {
          String when = m.group(2);
          int comma = when.lastIndexOf(',');
          String day = comma >= 0 ? when.substring(comma + 1).strip() : when.strip();
          try {
            titleDate = Cells.date(day, "title date");
          } catch (RowException e) {
            titleDate = null;
          }
        }
        continue;
      }
      if (isTransactionsHeader(cells)) {
        transactions(out, records, h, account(out, titleAccount), titleName);
        return out.build();
      }
      if (isPositionsHeader(cells)) {
        LocalDate asOf = titleDate != null ? titleDate : out.options().asOf().orElseThrow(() -> new InputException(
            out.file().toString(), "the positions file has no title line with its date", "give the date with --as-of YYYY-MM-DD"));
        positions(out, records, h, account(out, titleAccount), titleName, asOf);
        return out.build();
      }
    }
    throw new InputException(out.file().toString(), "no Schwab header line (\"Date\",\"Action\",… or \"Symbol\",\"Description\",…)",
        "export the file again from Schwab's History or Positions page, unchanged");
  }

  /** The account from the title, else from the file name. */
  private static String account(BrokerFileBuilder out, String fromTitle) {
    if (!fromTitle.isEmpty()) {
      return fromTitle;
    }
    String name = out.file().getFileName().toString();
    Matcher m = NAME_ACCOUNT.matcher(name);
    if (m.find()) {
      String digits = m.group(1).replaceAll("(?i)x", "");
      return "XXX" + digits.substring(Math.max(0, digits.length() - 4));
    }
    Matcher dash = NAME_ACCOUNT_DASH.matcher(name);
    if (dash.find()) {
      Matcher digits = DIGITS_AT_END.matcher(dash.group(1));
      if (digits.find()) {
        return "XXX" + digits.group(1);
      }
    }
    return "";
  }

  private static void transactions(BrokerFileBuilder out, List<CsvLines.Record> records, int headerIndex, String number,
      String name) {
    List<String> header = records.get(headerIndex).cells();
    int date = CsvLines.column(header, "Date");
    int action = CsvLines.column(header, "Action");
    int symbol = CsvLines.column(header, "Symbol");
    int description = CsvLines.column(header, "Description");
    int quantity = CsvLines.column(header, "Quantity");
    int amount = CsvLines.column(header, "Amount");
    DataRows.after(records, headerIndex).skipping(row -> row.cell(date).toLowerCase(Locale.ROOT).startsWith("transactions total"))
        .read(out, row -> {
          String account = out.account(number, name);
          LocalDate day = Cells.date(row.cell(date), "Date");
          String text = row.cell(action);
          Mapping mapping = ACTIONS.get(text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip());
          if (mapping == null) {
            throw new RowException("unknown Schwab action '" + text + "'; enter it by hand in a generic CSV file (docs/store.md)");
          }
          AssetId asset = Cells.symbol(row.cell(symbol));
          BigDecimal shares = Cells.decimalOrZero(row.cell(quantity), "Quantity");
          BigDecimal cash = Cells.decimalOrZero(row.cell(amount), "Amount");
          TransactionType type = mapping.type();
          switch (type) {
            case DEPOSIT:
            case WITHDRAWAL:
              type = Activity.inOrOut(cash, TransactionType.DEPOSIT, TransactionType.WITHDRAWAL);
              asset = null;
              break;
            case TRANSFER_IN: {
              boolean sharesMoved = asset != null && shares.signum() != 0;
              type = Activity.inOrOut(sharesMoved ? shares : cash, TransactionType.TRANSFER_IN, TransactionType.TRANSFER_OUT);
              if (!sharesMoved) {
                asset = null;
              } else {
                cash = BigDecimal.ZERO;
              }
              break;
            }
            case FOREIGN_TAX:
            case FEE:
              cash = cash.negate();
              break;
            case SPLIT:
              if (text.toLowerCase(Locale.ROOT).startsWith("reverse") && shares.signum() > 0) {
                throw new RowException("a reverse split row with a positive quantity: Schwab lists the shares removed and the shares"
                    + " added as two rows; enter the net change in shares by hand as one split row in a generic CSV file");
              }
              cash = BigDecimal.ZERO;
              break;
            default:
              break;
          }
          if ((type == TransactionType.BUY || type == TransactionType.SELL || type == TransactionType.REINVESTMENT) && asset == null) {
            throw new RowException("a " + type.id() + " without a symbol");
          }
          if (asset != null) {
            String assetName = description >= 0 ? row.cell(description) : "";
            out.asset(asset, assetName);
          }
          out.transaction(row.line(), Activity.of(day, account, type, asset, shares, cash, mapping.character()),
              text + " " + row.cell(description));
        });
  }

  private static void positions(BrokerFileBuilder out, List<CsvLines.Record> records, int headerIndex, String number,
      String name, LocalDate asOf) {
    List<String> header = records.get(headerIndex).cells();
    int symbol = CsvLines.column(header, "Symbol");
    int description = CsvLines.column(header, "Description");
    int quantity = CsvLines.column(header, "Qty (Quantity)", "Quantity");
    int price = CsvLines.column(header, "Price");
    int value = CsvLines.column(header, "Mkt Val (Market Value)", "Market Value");
    int cost = CsvLines.column(header, "Cost Basis");
    DataRows.after(records, headerIndex)
        .skipping(row -> row.cell(symbol).equalsIgnoreCase("Account Total") || row.cell(symbol).isEmpty())
        .read(out, row -> {
          String first = row.cell(symbol);
          String account = out.account(number, name);
          BigDecimal marketValue = Cells.decimal(row.cell(value), "Market Value");
          if (first.toLowerCase(Locale.ROOT).startsWith("cash & cash investments") || first.equalsIgnoreCase("Cash")) {
            out.cash(account, asOf, marketValue);
            return;
          }
          AssetId asset = Cells.symbol(first);
          String assetName = description >= 0 ? row.cell(description) : "";
          out.asset(asset, assetName);
          BigDecimal basis = Cells.decimal(row.cell(cost), "Cost Basis");
          out.position(new ImportedPosition(row.line(), account, asset, asOf,
              Cells.required(row.cell(quantity), "Quantity").abs().stripTrailingZeros(),
              Optional.ofNullable(Cells.decimal(row.cell(price), "Price")), Optional.ofNullable(marketValue).map(Money::usd),
              Optional.ofNullable(basis).map(Money::usd)));
        });
  }
}
