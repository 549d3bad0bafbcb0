package io.perennial.check;

import io.perennial.basics.AssetId;
import io.perennial.basics.Checks;
import io.perennial.basics.Money;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The fix a health issue suggests, as figures (the report layer writes the sentence).
 *
 * @param action what to do
 * @param amount how much (zero when the action has no amount)
 * @param replacement what to buy instead, when the action names one (a harvest's partner fund)
 * @param by the date it should be done by, or from which it may be done ({@link Action#HARVEST_AND_SWAP}:
 *     the first day the asset sold may be bought back)
 */
public record Fix(Action action, Money amount, Optional<AssetId> replacement, Optional<LocalDate> by) {

  public Fix {
    Checks.notNull(action, "action");
    Checks.notNull(amount, "amount");
    Checks.notNull(replacement, "replacement");
    Checks.notNull(by, "by");
  }

  static Fix of(Action action, Money amount) {
    return new Fix(action, amount, Optional.empty(), Optional.empty());
  }

  /** The actions a fix can suggest. */
  public enum Action {
    /** Trade the target back to the edge of its band (amount: the value to move). */
    TRADE_TO_BAND,
    /** Sell down to the cap (amount: the excess). */
    SELL_DOWN_TO_CAP,
    /** Check the payout before relying on the yield; consider a haircut or a replacement (amount: the value held). */
    REVIEW_PAYOUT,
    /** Close the gap between income and spending: spend less, or plan the sales that fund it (amount: the gap a year). */
    COVER_SHORTFALL,
    /** Hold more of what grows its income (amount: none). */
    ADD_INCOME_GROWTH,
    /** Invest the cash above the stated months of spending (amount: the excess). */
    INVEST_EXCESS_CASH,
    /** Sell the lot, buy the partner fund, do not buy the asset back before the date (amount: the loss). */
    HARVEST_AND_SWAP,
    /** Take the required distribution by the date (amount: what is still required). */
    TAKE_DISTRIBUTION
  }
}
