package io.perennial.tax;

import io.perennial.basics.Checks;
import io.perennial.basics.InvalidInputException;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A household's income for one tax year by {@link IncomeKind}, in US dollars, exact. Kinds are
 * disjoint (see {@link IncomeKind}). Net gains and rental income may be negative (losses); every
 * other kind must be zero or more. Absent kinds are zero.
 *
 * @param amounts dollars by kind
 */
public record HouseholdIncome(Map<IncomeKind, BigDecimal> amounts) {

  /** No income at all. */
  public static final HouseholdIncome NONE = new HouseholdIncome(Map.of());

  public HouseholdIncome {
    Checks.notNull(amounts, "income amounts");
    EnumMap<IncomeKind, BigDecimal> copy = new EnumMap<>(IncomeKind.class);
    for (Map.Entry<IncomeKind, BigDecimal> entry : amounts.entrySet()) {
      IncomeKind kind = Checks.notNull(entry.getKey(), "income kind");
      BigDecimal amount = Checks.notNull(entry.getValue(), "amount of " + kind.id());
      if (!kind.mayBeNegative() && amount.signum() < 0) {
        throw new InvalidInputException("income " + kind.id() + " must be zero or more, got "
            + amount.toPlainString() + "; only long-term-gains, short-term-gains and rental may be negative (losses)");
      }
      if (amount.signum() != 0) {
        copy.put(kind, amount);
      }
    }
    amounts = Collections.unmodifiableMap(copy);
  }

  /** Income of the given kinds and amounts. */
  public static HouseholdIncome of(Map<IncomeKind, BigDecimal> amounts) {
    return new HouseholdIncome(amounts);
  }

  /** Income of a single kind. */
  public static HouseholdIncome of(IncomeKind kind, BigDecimal amount) {
    return new HouseholdIncome(Map.of(kind, amount));
  }

  /** Income of a single kind, from a decimal string such as {@code "52000.50"}. */
  public static HouseholdIncome of(IncomeKind kind, String amount) {
    return of(kind, new BigDecimal(amount));
  }

  /** The amount of {@code kind} (zero when absent). */
  public BigDecimal amount(IncomeKind kind) {
    return amounts.getOrDefault(kind, BigDecimal.ZERO);
  }

  /** This income with {@code delta} added to {@code kind}. */
  public HouseholdIncome plus(IncomeKind kind, BigDecimal delta) {
    EnumMap<IncomeKind, BigDecimal> copy = new EnumMap<>(IncomeKind.class);
    copy.putAll(amounts);
    copy.put(kind, amount(kind).add(delta));
    return new HouseholdIncome(copy);
  }

  /** This income with every kind of {@code other} added. */
  public HouseholdIncome plus(HouseholdIncome other) {
    EnumMap<IncomeKind, BigDecimal> copy = new EnumMap<>(IncomeKind.class);
    copy.putAll(amounts);
    other.amounts.forEach((kind, amount) -> copy.merge(kind, amount, BigDecimal::add));
    return new HouseholdIncome(copy);
  }

  /** The sum of all kinds as given, muni interest included and losses counted negative. */
  public BigDecimal total() {
    return amounts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
