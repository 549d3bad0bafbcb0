package io.perennial.ledger;

import io.perennial.basics.AssetId;
import io.perennial.basics.Checks;
import io.perennial.basics.Money;
import io.perennial.domain.IncomeCharacter;
import io.perennial.domain.Transaction;
import io.perennial.domain.TransactionType;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Income received, summed from transactions ({@link TransactionType#isIncome()}: dividends,
 * interest, return of capital; corrections, negative, included). Exact sums of the amounts, so the
 * breakdowns add up to the total to the cent. Stateless.
 */
public final class IncomeLedger {

  private IncomeLedger() {}

  /** Income received from {@code from} to {@code to}, both included. */
  public static ReceivedIncome received(List<Transaction> transactions, LocalDate from, LocalDate to) {
    Checks.notNull(transactions, "transactions");
    Checks.check(!to.isBefore(from), "the period must not end (" + to + ") before it starts (" + from + ")");
    Money zero = Money.ZERO_USD;
    Money total = zero;
    Money unspecified = zero;
    Money foreignTax = zero;
    Map<YearMonth, Money> byMonth = new HashMap<>();
    Map<AssetId, Money> byAsset = new HashMap<>();
    Map<String, Money> byAccount = new HashMap<>();
    Map<IncomeCharacter, Money> byCharacter = new EnumMap<>(IncomeCharacter.class);
    for (Transaction t : transactions) {
      if (t.date().isBefore(from) || t.date().isAfter(to)) {
        continue;
      }
      if (t.type() == TransactionType.FOREIGN_TAX) {
        foreignTax = foreignTax.plus(t.amount());
        continue;
      }
      if (!t.type().isIncome()) {
        continue;
      }
      Money amount = t.amount();
      total = total.plus(amount);
      byMonth.merge(YearMonth.from(t.date()), amount, Money::plus);
      byAsset.merge(t.assetId().orElse(AssetId.CASH), amount, Money::plus);
      byAccount.merge(t.accountId(), amount, Money::plus);
      IncomeCharacter character = characterOf(t);
      if (character == null) {
        unspecified = unspecified.plus(amount);
      } else {
        byCharacter.merge(character, amount, Money::plus);
      }
    }
    return new ReceivedIncome(from, to, total, byMonth, byAsset, byAccount, byCharacter, unspecified, foreignTax);
  }

  /** The character stated by the broker; a return of capital is always {@link IncomeCharacter#RETURN_OF_CAPITAL}. */
  static IncomeCharacter characterOf(Transaction t) {
    if (t.type() == TransactionType.RETURN_OF_CAPITAL) {
      return IncomeCharacter.RETURN_OF_CAPITAL;
    }
    return t.character().orElse(null);
  }

  /** Income of the twelve months ending on {@code asOf} against the twelve before, and per calendar year. */
  public static YearOverYear yearOverYear(List<Transaction> transactions, LocalDate asOf) {
    Checks.notNull(asOf, "as-of date");
    LocalDate yearAgo = asOf.minusYears(1);
    LocalDate twoYearsAgo = asOf.minusYears(2);
    Money trailing = Money.ZERO_USD;
    Money prior = Money.ZERO_USD;
    Map<Integer, Money> byYear = new HashMap<>();
    for (Transaction t : transactions) {
      if (!t.type().isIncome() || t.date().isAfter(asOf)) {
        continue;
      }
      byYear.merge(t.date().getYear(), t.amount(), Money::plus);
      if (t.date().isAfter(yearAgo)) {
        trailing = trailing.plus(t.amount());
      } else if (t.date().isAfter(twoYearsAgo)) {
        prior = prior.plus(t.amount());
      }
    }
    OptionalDouble growth = prior.amount().signum() > 0
        ? OptionalDouble.of(trailing.amount().divide(prior.amount(), MathContext.DECIMAL64).subtract(BigDecimal.ONE).doubleValue())
        : OptionalDouble.empty();
    return new YearOverYear(asOf, trailing, prior, growth, byYear);
  }
}
