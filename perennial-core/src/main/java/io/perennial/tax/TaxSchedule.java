package io.perennial.tax;

import io.perennial.basics.Checks;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A progressive rate table (IRC 1(j)): brackets ordered by floor, the first at zero. The tax on an
 * amount is exact bracket arithmetic, as the IRS Tax Computation Worksheet, never the $50-step tax
 * table.
 *
 * @param brackets the rows, lowest first, floors strictly increasing, the first floor zero
 */
public record TaxSchedule(List<TaxBracket> brackets) {

  public TaxSchedule {
    brackets = List.copyOf(Checks.notNull(brackets, "brackets"));
    Checks.check(!brackets.isEmpty(), "a tax schedule needs at least one bracket");
    Checks.check(brackets.get(0).floor().signum() == 0, "the first bracket must start at 0, got "
        + brackets.get(0).floor().toPlainString());
    for (int i = 1; i < brackets.size(); i++) {
      Checks.check(brackets.get(i).floor().compareTo(brackets.get(i - 1).floor()) > 0,
          "bracket floors must increase; " + brackets.get(i).floor().toPlainString() + " follows "
              + brackets.get(i - 1).floor().toPlainString());
    }
  }

  /** The exact tax on {@code amount} dollars of taxable income (zero for zero or less). */
  public BigDecimal tax(BigDecimal amount) {
    BigDecimal tax = BigDecimal.ZERO;
    for (BracketSlice slice : slices(amount)) {
      tax = tax.add(slice.tax());
    }
    return tax;
  }

  /** The slices of {@code amount} in each bracket it reaches, lowest first. */
  public List<BracketSlice> slices(BigDecimal amount) {
    List<BracketSlice> slices = new ArrayList<>();
    for (int i = 0; i < brackets.size(); i++) {
      TaxBracket bracket = brackets.get(i);
      if (amount.compareTo(bracket.floor()) <= 0) {
        break;
      }
      BigDecimal ceiling = i + 1 < brackets.size() ? brackets.get(i + 1).floor() : null;
      BigDecimal top = ceiling == null ? amount : amount.min(ceiling);
      BigDecimal inside = top.subtract(bracket.floor());
      slices.add(new BracketSlice(bracket.floor(), ceiling, bracket.rate(), inside, inside.multiply(bracket.rate())));
    }
    return slices;
  }

  /** The rate on the next dollar above {@code amount}. */
  public BigDecimal rateAbove(BigDecimal amount) {
    BigDecimal rate = brackets.get(0).rate();
    for (TaxBracket bracket : brackets) {
      if (amount.compareTo(bracket.floor()) >= 0) {
        rate = bracket.rate();
      }
    }
    return rate;
  }
}
