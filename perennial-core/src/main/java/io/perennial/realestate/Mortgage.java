package io.perennial.realestate;

import io.perennial.basics.Checks;
import io.perennial.basics.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * A fixed-rate, fully amortizing mortgage with monthly payments, as known on some date: the
 * {@code balance} owed just before the payment due in {@code balanceMonth}. A new loan has
 * {@code balanceMonth == firstPayment} and its balance is the original amount
 * ({@link #original}); an existing one can be given by its current balance ({@link #currentBalance}),
 * which then amortizes over the payments left of its term.
 *
 * @param balance the amount owed before the payment of {@code balanceMonth}, &gt; 0
 * @param balanceMonth the month of the next payment the balance is owed before
 * @param annualRate the nominal yearly interest rate, a fraction (0.065 = 6.5 %), compounded
 *     monthly (the monthly rate is annualRate / 12), in [0, 0.3]
 * @param termMonths the number of monthly payments of the whole term (360 for 30 years), 1–600
 * @param firstPayment the month of the loan's first payment
 */
public record Mortgage(Money balance, YearMonth balanceMonth, double annualRate, int termMonths, YearMonth firstPayment) {

  /** The highest rate accepted (30 %): a higher one is almost surely a percent given as a number. */
  public static final double MAX_RATE = 0.30;

  public Mortgage {
    Checks.notNull(balance, "mortgage balance");
    Checks.check(balance.amount().signum() > 0, "mortgage balance must be more than zero, got " + balance);
    Checks.notNull(balanceMonth, "month of the mortgage balance");
    Checks.inRange(annualRate, 0.0, MAX_RATE, "mortgage rate (a fraction: 0.065 = 6.5 %)");
    Checks.check(termMonths >= 1 && termMonths <= 600, "mortgage term must be 1 to 600 months, got " + termMonths);
    Checks.notNull(firstPayment, "month of the first mortgage payment");
    long made = ChronoUnit.MONTHS.between(firstPayment, balanceMonth);
    Checks.check(made >= 0, "the mortgage balance is dated " + balanceMonth + ", before the first payment in " + firstPayment);
    Checks.check(made < termMonths, "the mortgage balance is dated " + balanceMonth + ", after the last payment of its "
        + termMonths + "-month term starting " + firstPayment + ": the loan is paid off");
  }

  /** A new loan of {@code amount} with {@code termYears} years of payments starting in {@code firstPayment}. */
  public static Mortgage original(Money amount, double annualRate, int termYears, YearMonth firstPayment) {
    return new Mortgage(amount, firstPayment, annualRate, termYears * 12, firstPayment);
  }

  /**
   * An existing loan of {@code termYears} whose first payment was in {@code firstPayment}, known
   * by the {@code balance} owed before the payment of {@code nextPayment}.
   */
  public static Mortgage currentBalance(Money balance, YearMonth nextPayment, double annualRate, int termYears,
      YearMonth firstPayment) {
    return new Mortgage(balance, nextPayment, annualRate, termYears * 12, firstPayment);
  }

  /** The monthly interest rate, annualRate / 12. */
  public double monthlyRate() {
    return annualRate / 12.0;
  }

  /** The payments left from {@link #balanceMonth()} to the end of the term, ≥ 1. */
  public int remainingPayments() {
    return termMonths - (int) ChronoUnit.MONTHS.between(firstPayment, balanceMonth);
  }

  /**
   * The original amount of the loan: the balance itself for a new loan; for a loan known by a later
   * balance P_k after k payments, the amount P₀ whose schedule leaves P_k after k payments,
   * P₀ = P_k · ((1 + r)^n − 1) / ((1 + r)^n − (1 + r)^k) (P_k · n / (n − k) at r = 0), rounded to the
   * cent; exact for a loan paid on schedule.
   */
  public Money originalAmount() {
    int made = termMonths - remainingPayments();
    if (made == 0) {
      return balance;
    }
    MathContext mc = MathContext.DECIMAL128;
    BigDecimal factor;
    if (annualRate == 0.0) {
      factor = BigDecimal.valueOf(termMonths).divide(BigDecimal.valueOf(termMonths - made), mc);
    } else {
      BigDecimal g = BigDecimal.ONE.add(
          BigDecimal.valueOf(annualRate).divide(BigDecimal.valueOf(12), mc), mc);
      BigDecimal gn = g.pow(termMonths, mc);
      BigDecimal gk = g.pow(made, mc);
      factor = gn.subtract(BigDecimal.ONE, mc).divide(gn.subtract(gk, mc), mc);
    }
    return new Money(balance.amount().multiply(factor, mc).setScale(2, RoundingMode.HALF_UP), balance.currency());
  }

  /** The month of the last payment of the term. */
  public YearMonth lastPayment() {
    return firstPayment.plusMonths(termMonths - 1L);
  }
}
