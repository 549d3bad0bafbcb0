package io.perennial.ledger;

import io.perennial.basics.AssetId;
import io.perennial.basics.Checks;
import io.perennial.domain.Identified;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Where holdings rebuilt from transactions disagree with a broker's positions file.
 *
 * @param accountId the account
 * @param assetId the asset (empty for cash)
 * @param field what differs
 * @param derived the figure rebuilt from transactions
 * @param reported the figure in the positions file
 */
public record PositionDifference(
    String accountId, Optional<AssetId> assetId, Field field, BigDecimal derived, BigDecimal reported) {

  /** What differs. */
  public enum Field implements Identified {
    /** Shares held. */
    QUANTITY("quantity"),
    /** Total cost basis. */
    COST_BASIS("costBasis"),
    /** Cash. */
    CASH("cash");

    private final String id;

    Field(String id) {
      this.id = id;
    }

    @Override
    public String id() {
      return id;
    }
  }

  public PositionDifference {
    Checks.notBlank(accountId, "account id");
    Checks.notNull(assetId, "asset id");
    Checks.notNull(field, "field");
    Checks.notNull(derived, "derived");
    Checks.notNull(reported, "reported");
  }

  /** Reported less derived. */
  public BigDecimal difference() {
    return reported.subtract(derived);
  }

  /** One line for people. */
  public String describe() {
    return "account " + accountId + assetId.map(a -> " " + a).orElse("") + ": " + field.id() + " "
        + derived.toPlainString() + " from transactions, " + reported.toPlainString() + " in the positions file";
  }
}
