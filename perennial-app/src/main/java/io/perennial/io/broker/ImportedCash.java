package io.perennial.io.broker;

import io.perennial.basics.Checks;
import io.perennial.basics.Money;
import java.time.LocalDate;

/**
 * The cash of an account as a positions file reports it (cash rows, core or sweep positions).
 *
 * @param accountId the account
 * @param asOf the date of the file
 * @param amount the cash (may be less than zero: a margin debit)
 */
public record ImportedCash(String accountId, LocalDate asOf, Money amount) {

  public ImportedCash {
    Checks.notBlank(accountId, "account id");
    Checks.notNull(asOf, "as-of date");
    Checks.notNull(amount, "amount");
  }
}
