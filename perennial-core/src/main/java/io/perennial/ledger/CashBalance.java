package io.perennial.ledger;

import io.perennial.basics.Checks;
import io.perennial.basics.Money;
import java.time.LocalDate;

/**
 * Cash an account held at the end of a day, as a broker reported it (a positions file's cash or
 * core position). The ledger starts the account's cash from it and adds only later cash flows.
 *
 * @param asOf the day
 * @param amount the cash, may be less than zero (a margin debit)
 */
public record CashBalance(LocalDate asOf, Money amount) {

  public CashBalance {
    Checks.notNull(asOf, "as-of date");
    Checks.notNull(amount, "amount");
  }
}
