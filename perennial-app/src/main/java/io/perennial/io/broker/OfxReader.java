package io.perennial.io.broker;

import io.perennial.basics.AssetId;
import io.perennial.basics.Money;
import io.perennial.domain.IncomeCharacter;
import io.perennial.domain.TransactionType;
import io.perennial.io.InputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * OFX and QFX investment statements, OFX 1 (SGML) or 2 (XML), as Vanguard and most US brokers offer
 * them (docs/store.md, "OFX"): {@code INVSTMTRS} with the account ({@code INVACCTFROM/ACCTID}), the
 * transactions of {@code INVTRANLIST} — {@code BUY*}, {@code SELL*}, {@code INCOME} (DIV, INTEREST,
 * CGLONG, CGSHORT, MISC), {@code REINVEST} (a distribution and the purchase it made),
 * {@code RETOFCAP}, {@code SPLIT}, {@code TRANSFER}, {@code MARGININTEREST}, and
 * {@code INVBANKTRAN} cash rows — the positions of {@code INVPOSLIST} and the cash of
 * {@code INVBAL/AVAILCASH}. Securities are named by their ticker from {@code SECLIST} (else their
 * CUSIP). Lines are those where each transaction's element starts.
 */
final class OfxReader {

  private OfxReader() {}

  static boolean looksLikeOfx(String head) {
    String upper = head.toUpperCase(Locale.ROOT);
    return upper.contains("OFXHEADER") || upper.contains("<OFX>");
  }

  static BrokerFile read(BrokerFileBuilder out, String text) {
    OfxTree.Node root = OfxTree.parse(text);
    List<OfxTree.Node> statements = root.all("INVSTMTRS");
    if (statements.isEmpty()) {
      throw new InputException(out.file().toString(), "no investment statement (INVSTMTRS) in the OFX file",
          "download the investment (brokerage) account's OFX/QFX, not a bank account's");
    }
    Map<String, AssetId> tickers = new HashMap<>();
    Map<String, String> names = new HashMap<>();
    Map<String, AssetKind> kinds = new HashMap<>();
    for (String info : List.of("STOCKINFO", "MFINFO", "DEBTINFO", "OPTINFO", "OTHERINFO")) {
      for (OfxTree.Node node : root.all(info)) {
        String id = node.value("UNIQUEID");
        String ticker = node.value("TICKER");
        String name = node.value("SECNAME");
        tickers.put(id, AssetId.of((ticker.isEmpty() ? id : ticker).toUpperCase(Locale.ROOT)));
        names.put(id, name);
        AssetKind kind = switch (info) {
          case "MFINFO" -> AssetKind.guess(ticker, name) == AssetKind.MONEY_MARKET ? AssetKind.MONEY_MARKET : AssetKind.MUTUAL_FUND;
          case "DEBTINFO" -> AssetKind.BOND;
          case "OPTINFO" -> AssetKind.OPTION;
          default -> AssetKind.guess(ticker, name);
        };
        kinds.put(id, kind);
      }
    }
    for (OfxTree.Node statement : statements) {
      String number = statement.value("ACCTID");
      String broker = statement.value("BROKERID");
      String account = out.account(number, broker.isEmpty() ? number : broker + " " + number);
      OfxTree.Node list = statement.find("INVTRANLIST").orElse(null);
      if (list != null) {
        for (OfxTree.Node entry : list.children) {
          try {
            transaction(out, account, entry, tickers, names, kinds);
          } catch (RowException e) {
            out.reject(entry.line, e.getMessage());
          }
        }
      }
      LocalDate asOf = dateOr(statement.find("INVPOSLIST").map(p -> p.value("DTPRICEASOF")).orElse(""),
          statement.value("DTASOF"), list == null ? "" : list.value("DTEND"));
      statement.find("INVPOSLIST").ifPresent(positions -> {
        for (OfxTree.Node position : positions.children) {
          try {
            AssetId asset = asset(position, tickers);
            BigDecimal units = Cells.required(position.value("UNITS"), "UNITS");
            BigDecimal price = Cells.decimal(position.value("UNITPRICE"), "UNITPRICE");
            BigDecimal value = Cells.decimal(position.value("MKTVAL"), "MKTVAL");
            LocalDate day = asOf != null ? asOf : Cells.date(position.value("DTPRICEASOF"), "DTPRICEASOF");
            if (CashFunds.isCash(asset)) {
              out.cash(new ImportedCash(account, day, Money.usd(value == null ? units : value)));
              continue;
            }
            String id = position.value("UNIQUEID");
            out.asset(asset, names.getOrDefault(id, ""), kinds.getOrDefault(id, AssetKind.OTHER));
            out.position(new ImportedPosition(position.line, account, asset, day, units.abs().stripTrailingZeros(),
                Optional.ofNullable(price), Optional.ofNullable(value).map(Money::usd), Optional.empty()));
          } catch (RowException e) {
            out.reject(position.line, e.getMessage());
          }
        }
      });
      statement.find("INVBAL").ifPresent(balance -> {
        BigDecimal cash = Cells.decimal(balance.value("AVAILCASH"), "AVAILCASH");
        if (cash != null && asOf != null) {
          out.cash(new ImportedCash(account, asOf, Money.usd(cash)));
        }
      });
    }
    return out.build();
  }

  private static LocalDate dateOr(String... texts) {
    for (String text : texts) {
      if (!text.isBlank()) {
        try {
          return Cells.date(text, "date");
        } catch (RowException e) {
          // try the next
        }
      }
    }
    return null;
  }

  private static AssetId asset(OfxTree.Node node, Map<String, AssetId> tickers) {
    String id = node.value("UNIQUEID");
    if (id.isEmpty()) {
      throw new RowException(node.name + " without a security (SECID/UNIQUEID)");
    }
    return tickers.getOrDefault(id, AssetId.of(id.toUpperCase(Locale.ROOT)));
  }

  private static void transaction(BrokerFileBuilder out, String account, OfxTree.Node entry, Map<String, AssetId> tickers,
      Map<String, String> names, Map<String, AssetKind> kinds) {
    String kind = entry.name;
    if (kind.startsWith("DT")) {
      return; // DTSTART, DTEND of the list
    }
    LocalDate day = Cells.date(entry.value(kind.equals("INVBANKTRAN") ? "DTPOSTED" : "DTTRADE"), "trade date");
    String memo = entry.value("MEMO");
    if (kind.equals("INVBANKTRAN")) {
      BigDecimal amount = Cells.required(entry.value("TRNAMT"), "TRNAMT");
      String type = entry.value("TRNTYPE").toUpperCase(Locale.ROOT);
      TransactionType t;
      IncomeCharacter character = null;
      switch (type) {
        case "INT":
          t = TransactionType.INTEREST;
          character = IncomeCharacter.TAXABLE_INTEREST;
          break;
        case "DIV":
          t = TransactionType.DIVIDEND;
          break;
        case "FEE":
        case "SRVCHG":
          t = TransactionType.FEE;
          amount = amount.negate();
          break;
        default:
          t = Activity.inOrOut(amount, TransactionType.DEPOSIT, TransactionType.WITHDRAWAL);
      }
      out.transaction(entry.line, Activity.of(day, account, t, null, BigDecimal.ZERO, amount, character),
          type + " " + entry.value("NAME") + " " + memo);
      return;
    }
    if (kind.equals("MARGININTEREST")) {
      BigDecimal interest = Cells.decimalOrZero(entry.value("TOTAL"), "TOTAL");
      out.transaction(entry.line, Activity.of(day, account, TransactionType.FEE, null, BigDecimal.ZERO, interest.abs(), null), kind);
      return;
    }
    AssetId asset = asset(entry, tickers);
    String id = entry.value("UNIQUEID");
    out.asset(asset, names.getOrDefault(id, ""), kinds.getOrDefault(id, AssetKind.OTHER));
    BigDecimal units = Cells.decimalOrZero(entry.value("UNITS"), "UNITS");
    BigDecimal total = Cells.decimalOrZero(entry.value("TOTAL"), "TOTAL");
    boolean cashFund = CashFunds.isCash(asset);
    if (kind.startsWith("BUY") || kind.startsWith("SELL")) {
      if (cashFund) {
        out.ignore();
        return;
      }
      TransactionType t = kind.startsWith("BUY") ? TransactionType.BUY : TransactionType.SELL;
      out.transaction(entry.line, Activity.of(day, account, t, asset, units, total, null), kind + " " + memo);
    } else if (kind.equals("INCOME") || kind.equals("REINVEST")) {
      String income = entry.value("INCOMETYPE").toUpperCase(Locale.ROOT);
      IncomeCharacter character = switch (income) {
        case "CGLONG" -> IncomeCharacter.CAPITAL_GAIN_DISTRIBUTION;
        case "CGSHORT" -> IncomeCharacter.ORDINARY_DIVIDEND;
        default -> null;
      };
      TransactionType t = income.equals("INTEREST") ? TransactionType.INTEREST : TransactionType.DIVIDEND;
      out.transaction(entry.line, Activity.of(day, account, t, asset, BigDecimal.ZERO, total.abs(), character), kind + " " + income + " " + memo);
      if (kind.equals("REINVEST") && !cashFund) {
        out.transaction(entry.line, Activity.of(day, account, TransactionType.REINVESTMENT, asset, units, total, null), "REINVEST " + memo);
      }
    } else if (kind.equals("RETOFCAP")) {
      out.transaction(entry.line, Activity.of(day, account, TransactionType.RETURN_OF_CAPITAL, asset, BigDecimal.ZERO, total, null),
          kind + " " + memo);
    } else if (kind.equals("SPLIT")) {
      BigDecimal change = Cells.required(entry.value("NEWUNITS"), "NEWUNITS").subtract(Cells.required(entry.value("OLDUNITS"), "OLDUNITS"));
      out.transaction(entry.line, Activity.of(day, account, TransactionType.SPLIT, asset, change, BigDecimal.ZERO, null), kind + " " + memo);
    } else if (kind.equals("TRANSFER")) {
      TransactionType t = entry.value("TFERACTION").equalsIgnoreCase("OUT") || units.signum() < 0
          ? TransactionType.TRANSFER_OUT : TransactionType.TRANSFER_IN;
      out.transaction(entry.line, Activity.of(day, account, t, asset, units, BigDecimal.ZERO, null), kind + " " + memo);
    } else {
      throw new RowException("OFX transaction " + kind + " is not read; enter it by hand in a generic CSV file (docs/store.md)");
    }
  }
}
