package io.perennial.storage;

import io.perennial.basics.Checks;
import io.perennial.domain.AccountType;
import io.perennial.tax.LotReliefMethod;

/**
 * An account as the store keeps it.
 *
 * @param id the account's id (the broker's number, or the id given to {@code import --account})
 * @param name a name for people
 * @param type how it is taxed
 * @param broker the format it was first imported from
 * @param lotMethod how sales are relieved unless the asset says otherwise (default first in, first out)
 */
public record StoredAccount(String id, String name, AccountType type, String broker, LotReliefMethod lotMethod) {

  public StoredAccount {
    Checks.notBlank(id, "account id");
    Checks.notNull(name, "name");
    Checks.notNull(type, "type");
    Checks.notNull(broker, "broker");
    Checks.notNull(lotMethod, "lot method");
  }
}
