package io.perennial.domain;

import io.perennial.basics.Checks;
import io.perennial.basics.InvalidInputException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The split of an asset's distributions by {@link IncomeCharacter}: fractions that sum to one
 * (within 1e-6). For example a REIT fund might pay 0.80 REIT dividends, 0.05 qualified dividends,
 * 0.10 return of capital and 0.05 capital-gain distributions.
 */
public record IncomeMix(Map<IncomeCharacter, Double> shares) {

  /** Tolerance on the sum of the shares. */
  public static final double SUM_TOLERANCE = 1e-6;

  public IncomeMix {
    Checks.notNull(shares, "shares");
    Checks.check(!shares.isEmpty(), "income mix must name at least one income character");
    double sum = 0;
    EnumMap<IncomeCharacter, Double> copy = new EnumMap<>(IncomeCharacter.class);
    for (Map.Entry<IncomeCharacter, Double> entry : shares.entrySet()) {
      Checks.notNull(entry.getKey(), "income character");
      double share = Checks.inRange(entry.getValue(), 0.0, 1.0, "income mix share of " + entry.getKey().id());
      if (share > 0) {
        copy.put(entry.getKey(), share);
      }
      sum += share;
    }
    if (Math.abs(sum - 1.0) > SUM_TOLERANCE) {
      throw new InvalidInputException(
          "income mix shares must add up to 1, they add up to " + sum
              + "; make the fractions of all characters sum to 1");
    }
    shares = Collections.unmodifiableMap(copy);
  }

  /** All distributions of one character. */
  public static IncomeMix of(IncomeCharacter character) {
    return new IncomeMix(Map.of(character, 1.0));
  }

  /** The fraction of distributions of {@code character} (0 when absent). */
  public double share(IncomeCharacter character) {
    return shares.getOrDefault(character, 0.0);
  }
}
