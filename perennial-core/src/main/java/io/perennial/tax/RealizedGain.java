package io.perennial.tax;

import io.perennial.basics.AssetId;
import io.perennial.basics.Checks;
import io.perennial.basics.Money;
import io.perennial.domain.Identified;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The gain or loss realized on the part of one lot that a sale relieved.
 *
 * @param assetId the asset sold
 * @param acquired the lot's acquisition date
 * @param sold the sale date
 * @param quantity shares of the lot sold, more than zero
 * @param proceeds the part of the sale's proceeds that falls on these shares
 * @param cost the cost basis relieved
 * @param term short or long term (long: held more than one year)
 */
public record RealizedGain(
    AssetId assetId, LocalDate acquired, LocalDate sold, BigDecimal quantity, Money proceeds, Money cost, Term term) {

  /** The holding period of a realized gain. */
  public enum Term implements Identified {
    /** Held one year or less: taxed at ordinary rates. */
    SHORT("short"),
    /** Held more than one year: long-term capital-gain rates. */
    LONG("long");

    private final String id;

    Term(String id) {
      this.id = id;
    }

    @Override
    public String id() {
      return id;
    }
  }

  public RealizedGain {
    Checks.notNull(assetId, "asset id");
    Checks.notNull(acquired, "acquired");
    Checks.notNull(sold, "sold");
    Checks.check(!sold.isBefore(acquired), "a lot of " + assetId + " cannot be sold (" + sold + ") before it was acquired (" + acquired + ")");
    Checks.notNull(quantity, "quantity");
    Checks.check(quantity.signum() > 0, "realized quantity must be more than zero");
    Checks.notNull(proceeds, "proceeds");
    Checks.notNull(cost, "cost");
    Checks.notNull(term, "term");
  }

  /** Proceeds less cost: more than zero for a gain, less than zero for a loss. */
  public Money gain() {
    return proceeds.minus(cost);
  }
}
