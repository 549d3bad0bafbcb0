package io.perennial.io.broker;

import io.perennial.basics.Checks;
import io.perennial.domain.AccountType;
import java.util.Locale;

/**
 * An account named in a broker file.
 *
 * @param id the account's id in the store (the broker's account number, or {@code --account})
 * @param name a name for people (the broker's account name when it gives one)
 * @param type how it is taxed, guessed from the name ({@link #typeFromName(String)})
 * @param broker the format it came from
 */
public record ImportedAccount(String id, String name, AccountType type, BrokerFormat broker) {

  public ImportedAccount {
    Checks.notBlank(id, "account id");
    name = name == null || name.isBlank() ? id : name.strip();
    Checks.notNull(type, "account type");
    Checks.notNull(broker, "broker");
  }

  /**
   * The tax type a name suggests: Roth → tax-free; IRA, 401(k), 403(b), 457, SEP, rollover,
   * retirement → tax-deferred; anything else taxable.
   */
  public static AccountType typeFromName(String name) {
    String upper = name == null ? "" : name.toUpperCase(Locale.ROOT);
    if (upper.contains("ROTH")) {
      return AccountType.TAX_FREE;
    }
    if (upper.matches(".*\\b(IRA|401\\(?K\\)?|403\\(?B\\)?|457|SEP|SIMPLE|ROLLOVER|RETIREMENT|KEOGH)\\b.*")) {
      return AccountType.TAX_DEFERRED;
    }
    return AccountType.TAXABLE;
  }
}
