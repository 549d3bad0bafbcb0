package io.perennial.realestate;

import io.perennial.basics.Checks;
import io.perennial.basics.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The amortization schedule of a fixed-rate mortgage, to the cent.
 *
 * <p>With balance P owed before the next payment, n payments left and monthly rate r = annual rate
 * / 12, the level payment is the closed form
 *
 * <pre>
 *   A = P · r / (1 − (1 + r)^−n)        (A = P / n when r = 0)
 * </pre>
 *
 * computed in 34-digit decimal arithmetic and rounded half-up to the cent. Each month the interest
 * is the balance before the payment times r, rounded half-up to the cent, the principal is A minus
 * that interest, and the balance falls by the principal. <b>The last payment absorbs the
 * rounding</b>: it repays exactly the balance left (plus its interest), so the principal repaid
 * over the term sums to P exactly and the balance ends at 0.00. Because A is rounded to the
 * nearest cent and every interest figure too, the last payment differs from A by a few cents to a
 * few dollars (at most about 0.005 · ((1 + r)^n − 1) / r plus the accumulated interest
 * rounding; +3.37 for 240,000 at 6.5 % over 30 years). When the payment was rounded up, a small
 * loan at a high rate over a long term can be repaid a few payments early; the schedule then ends
 * with that smaller payment.
 */
public final class Amortization {

  private static final MathContext MC = MathContext.DECIMAL128;

  private Amortization() {}

  /**
   * The level monthly payment of {@code principal} over {@code months} at {@code annualRate},
   * unrounded (34 significant digits): P·r/(1 − (1 + r)^−n).
   */
  public static BigDecimal exactPayment(BigDecimal principal, double annualRate, int months) {
    Checks.nonNegative(principal, "principal");
    Checks.inRange(annualRate, 0.0, Mortgage.MAX_RATE, "annual rate");
    Checks.positive(months, "number of payments");
    if (annualRate == 0.0) {
      return principal.divide(BigDecimal.valueOf(months), MC);
    }
    BigDecimal r = BigDecimal.valueOf(annualRate).divide(BigDecimal.valueOf(12), MC);
    BigDecimal growth = BigDecimal.ONE.add(r, MC).pow(months, MC); // (1 + r)^n
    BigDecimal discount = BigDecimal.ONE.subtract(BigDecimal.ONE.divide(growth, MC), MC); // 1 − (1 + r)^−n
    return principal.multiply(r, MC).divide(discount, MC);
  }

  /** The schedule of {@code mortgage}'s remaining payments, from its balance month to its last payment. */
  public static AmortizationSchedule of(Mortgage mortgage) {
    Checks.notNull(mortgage, "mortgage");
    int n = mortgage.remainingPayments();
    Money balance = mortgage.balance();
    BigDecimal level = exactPayment(balance.amount(), mortgage.annualRate(), n);
    Money payment = new Money(level.setScale(2, RoundingMode.HALF_UP), balance.currency());
    BigDecimal r = BigDecimal.valueOf(mortgage.annualRate()).divide(BigDecimal.valueOf(12), MC);
    List<MortgagePayment> payments = new ArrayList<>(n);
    YearMonth month = mortgage.balanceMonth();
    for (int k = 1; k <= n; k++) {
      Money interest = new Money(balance.amount().multiply(r, MC).setScale(2, RoundingMode.HALF_UP), balance.currency());
      Money principal = k == n ? balance : payment.minus(interest);
      if (principal.compareTo(balance) > 0) {
        // A payment rounded up repays a small loan at a high rate early (a fraction of a cent too
        // much a month, compounded over a long term): the schedule ends with a smaller payment.
        principal = balance;
      }
      Money paid = interest.plus(principal);
      balance = balance.minus(principal);
      payments.add(new MortgagePayment(k, month, paid, interest, principal, balance));
      month = month.plusMonths(1);
      if (balance.isZero()) {
        break;
      }
    }
    return new AmortizationSchedule(mortgage, payment, payments);
  }
}
