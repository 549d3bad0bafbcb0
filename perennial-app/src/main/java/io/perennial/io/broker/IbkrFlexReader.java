package io.perennial.io.broker;

import io.perennial.basics.AssetId;
import io.perennial.basics.Money;
import io.perennial.domain.IncomeCharacter;
import io.perennial.domain.TransactionType;
import io.perennial.io.InputException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Interactive Brokers' Activity Flex Query in XML (docs/store.md, "Interactive Brokers"):
 * {@code FlexQueryResponse/FlexStatements/FlexStatement[@accountId]} with {@code Trade} rows (only
 * executions: rows whose {@code levelOfDetail} names a summary or an order are left out),
 * {@code CashTransaction} rows (dividends — "(Return of Capital)" in the description makes one —,
 * payments in lieu, withholding tax, interest, deposits and withdrawals, fees), {@code CorporateAction}
 * splits ({@code type} FS or RS), {@code OpenPosition} rows and the base-currency
 * {@code CashReportCurrency} ending cash. Amounts in another currency are converted with
 * {@code fxRateToBase} when the statement's base is USD. Read with the JDK's StAX parser.
 */
final class IbkrFlexReader {

  private IbkrFlexReader() {}

  static boolean looksLikeFlex(String head) {
    return head.contains("<FlexQueryResponse") || head.contains("<FlexStatements");
  }

  static BrokerFile read(BrokerFileBuilder out, String text) {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    try {
      XMLStreamReader xml = factory.createXMLStreamReader(new StringReader(text));
      String account = null;
      LocalDate statementEnd = null;
      while (xml.hasNext()) {
        if (xml.next() != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        String element = xml.getLocalName();
        long line = xml.getLocation().getLineNumber();
        if (element.equals("FlexStatement")) {
          String number = attribute(xml, "accountId");
          String alias = attribute(xml, "acctAlias");
          account = out.account(number, alias.isEmpty() ? "IBKR " + number : alias);
          String to = attribute(xml, "toDate");
          statementEnd = to.isEmpty() ? null : Cells.date(to, "toDate");
          continue;
        }
        if (account == null) {
          continue;
        }
        try {
          switch (element) {
            case "Trade" -> trade(out, xml, account, line);
            case "CashTransaction" -> cash(out, xml, account, line);
            case "CorporateAction" -> corporateAction(out, xml, account, line);
            case "OpenPosition" -> position(out, xml, account, line, statementEnd);
            case "CashReportCurrency" -> {
              if (attribute(xml, "currency").equals("BASE_SUMMARY") && statementEnd != null) {
                BigDecimal ending = Cells.decimal(attribute(xml, "endingCash"), "endingCash");
                if (ending != null) {
                  out.cash(new ImportedCash(account, statementEnd, Money.usd(ending)));
                }
              }
            }
            default -> { }
          }
        } catch (RowException e) {
          out.reject(line, e.getMessage());
        }
      }
      if (account == null) {
        throw new InputException(out.file().toString(), "no FlexStatement element", "run the Activity Flex Query again with XML output");
      }
    } catch (XMLStreamException e) {
      long line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
      throw new InputException(out.file() + (line > 0 ? " line " + line : ""), "is not well-formed XML: " + e.getMessage(),
          "download the Flex Query again with XML output");
    }
    return out.build();
  }

  private static String attribute(XMLStreamReader xml, String name) {
    String value = xml.getAttributeValue(null, name);
    return value == null ? "" : value.strip();
  }

  private static LocalDate day(XMLStreamReader xml, String... names) {
    for (String name : names) {
      String value = attribute(xml, name);
      if (!value.isEmpty()) {
        return Cells.date(value, name);
      }
    }
    throw new RowException("no date (" + String.join(", ", names) + ")");
  }

  /** The amount in US dollars: as is in USD, else × fxRateToBase. */
  private static BigDecimal usd(XMLStreamReader xml, BigDecimal amount) {
    String currency = attribute(xml, "currency");
    if (currency.isEmpty() || currency.equals("USD") || amount == null) {
      return amount;
    }
    BigDecimal rate = Cells.decimal(attribute(xml, "fxRateToBase"), "fxRateToBase");
    if (rate == null) {
      throw new RowException("an amount in " + currency + " without fxRateToBase; add that field to the Flex Query");
    }
    return amount.multiply(rate, MathContext.DECIMAL64);
  }

  private static AssetId symbol(XMLStreamReader xml) {
    AssetId asset = Cells.symbol(attribute(xml, "symbol"));
    if (asset == null) {
      throw new RowException("a row without a symbol");
    }
    return asset;
  }

  private static AssetKind kind(XMLStreamReader xml) {
    return switch (attribute(xml, "assetCategory")) {
      case "STK" -> AssetKind.guess(attribute(xml, "symbol"), attribute(xml, "description"));
      case "FUND" -> AssetKind.MUTUAL_FUND;
      case "BOND" -> AssetKind.BOND;
      case "OPT", "FOP" -> AssetKind.OPTION;
      default -> AssetKind.OTHER;
    };
  }

  private static void trade(BrokerFileBuilder out, XMLStreamReader xml, String account, long line) {
    String detail = attribute(xml, "levelOfDetail").toUpperCase(Locale.ROOT);
    if (detail.contains("SUMMARY") || detail.contains("ORDER") || attribute(xml, "assetCategory").equals("CASH")) {
      out.ignore();
      return;
    }
    AssetId asset = symbol(xml);
    out.asset(asset, attribute(xml, "description"), kind(xml));
    String side = attribute(xml, "buySell").toUpperCase(Locale.ROOT);
    BigDecimal quantity = Cells.required(attribute(xml, "quantity"), "quantity");
    BigDecimal net = usd(xml, Cells.required(attribute(xml, "netCash"), "netCash"));
    TransactionType type = side.startsWith("SELL") ? TransactionType.SELL : TransactionType.BUY;
    out.transaction(line, Activity.of(day(xml, "tradeDate", "dateTime", "reportDate"), account, type, asset, quantity, net, null),
        side + " " + attribute(xml, "description"));
  }

  private static void cash(BrokerFileBuilder out, XMLStreamReader xml, String account, long line) {
    if (attribute(xml, "levelOfDetail").equalsIgnoreCase("SUMMARY")) {
      out.ignore();
      return;
    }
    String type = attribute(xml, "type");
    String description = attribute(xml, "description");
    BigDecimal amount = usd(xml, Cells.required(attribute(xml, "amount"), "amount"));
    AssetId asset = Cells.symbol(attribute(xml, "symbol"));
    TransactionType t;
    IncomeCharacter character = null;
    switch (type) {
      case "Dividends" -> {
        boolean roc = description.toLowerCase(Locale.ROOT).contains("return of capital");
        t = roc ? TransactionType.RETURN_OF_CAPITAL : TransactionType.DIVIDEND;
        if (roc && amount.signum() < 0) {
          throw new RowException("a reversed return of capital; enter the correction by hand in a generic CSV file");
        }
      }
      case "Payment In Lieu Of Dividends" -> {
        t = TransactionType.DIVIDEND;
        character = IncomeCharacter.ORDINARY_DIVIDEND;
      }
      case "Withholding Tax" -> {
        t = TransactionType.FOREIGN_TAX;
        amount = amount.negate();
      }
      case "Broker Interest Received" -> {
        t = TransactionType.INTEREST;
        character = IncomeCharacter.TAXABLE_INTEREST;
        asset = null;
      }
      case "Bond Interest Received" -> t = TransactionType.INTEREST;
      case "Broker Interest Paid", "Bond Interest Paid", "Other Fees", "Management Fees", "Advisor Fees", "Commission Adjustments" -> {
        t = TransactionType.FEE;
        amount = amount.negate();
        asset = null;
      }
      case "Deposits & Withdrawals", "Deposits/Withdrawals" -> {
        t = Activity.inOrOut(amount, TransactionType.DEPOSIT, TransactionType.WITHDRAWAL);
        asset = null;
      }
      default -> throw new RowException("unknown CashTransaction type '" + type + "'; enter it by hand in a generic CSV file");
    }
    if (asset != null) {
      out.asset(asset, description, kind(xml));
    }
    out.transaction(line, Activity.of(day(xml, "dateTime", "date", "settleDate", "reportDate"), account, t, asset,
        BigDecimal.ZERO, amount, character), type + " " + description);
  }

  private static void corporateAction(BrokerFileBuilder out, XMLStreamReader xml, String account, long line) {
    String type = attribute(xml, "type");
    if (!type.equals("FS") && !type.equals("RS")) {
      throw new RowException("corporate action " + type + " (" + attribute(xml, "description")
          + ") is not read; enter its effect by hand in a generic CSV file");
    }
    AssetId asset = symbol(xml);
    out.asset(asset, attribute(xml, "description"), kind(xml));
    BigDecimal change = Cells.required(attribute(xml, "quantity"), "quantity");
    out.transaction(line, Activity.of(day(xml, "dateTime", "reportDate"), account, TransactionType.SPLIT, asset, change,
        BigDecimal.ZERO, null), "split " + attribute(xml, "description"));
  }

  private static void position(BrokerFileBuilder out, XMLStreamReader xml, String account, long line, LocalDate statementEnd) {
    AssetId asset = symbol(xml);
    out.asset(asset, attribute(xml, "description"), kind(xml));
    LocalDate asOf = attribute(xml, "reportDate").isEmpty() ? statementEnd : Cells.date(attribute(xml, "reportDate"), "reportDate");
    if (asOf == null) {
      throw new RowException("an open position without reportDate");
    }
    BigDecimal quantity = Cells.required(attribute(xml, "position"), "position");
    BigDecimal value = usd(xml, Cells.decimal(attribute(xml, "positionValue"), "positionValue"));
    BigDecimal cost = usd(xml, Cells.decimal(attribute(xml, "costBasisMoney"), "costBasisMoney"));
    out.position(new ImportedPosition(line, account, asset, asOf, quantity.abs().stripTrailingZeros(),
        Optional.ofNullable(Cells.decimal(attribute(xml, "markPrice"), "markPrice")), Optional.ofNullable(value).map(Money::usd),
        Optional.ofNullable(cost).map(Money::usd)));
  }
}
