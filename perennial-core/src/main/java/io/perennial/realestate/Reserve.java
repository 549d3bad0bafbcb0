package io.perennial.realestate;

import io.perennial.basics.Checks;
import io.perennial.basics.Money;

/**
 * A yearly amount set aside for upkeep, given the way investors quote it: as a share of the
 * scheduled (gross) rent ("5 % of rent for repairs") or as a share of the property's value ("1 %
 * of value a year").
 */
public sealed interface Reserve permits Reserve.ShareOfRent, Reserve.ShareOfValue {

  /** No reserve. */
  Reserve NONE = new ShareOfRent(0.0);

  /** The year's amount for a year of {@code grossRent} on a property worth {@code value}. */
  Money yearly(Money grossRent, Money value);

  /** A share of the gross scheduled rent of the year, in [0, 1]. */
  record ShareOfRent(double share) implements Reserve {
    public ShareOfRent {
      Checks.inRange(share, 0.0, 1.0, "reserve as a share of rent");
    }

    @Override
    public Money yearly(Money grossRent, Money value) {
      return grossRent.times(share);
    }
  }

  /** A share of the property's value at the start of the year, in [0, 0.2]. */
  record ShareOfValue(double share) implements Reserve {
    public ShareOfValue {
      Checks.inRange(share, 0.0, 0.2, "reserve as a share of value");
    }

    @Override
    public Money yearly(Money grossRent, Money value) {
      return value.times(share);
    }
  }
}
