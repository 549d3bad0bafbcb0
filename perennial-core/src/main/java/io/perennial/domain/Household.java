package io.perennial.domain;

import io.perennial.basics.Checks;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who a plan is for and what they hold: the investor's profile and the household's accounts, each
 * with its holdings and its menu. Holds no prices: what the holdings are worth is the market
 * snapshot's business.
 *
 * @param profile the investor: goal, risk tolerance, taxes, the economy assumed
 * @param accounts the accounts, ids unique, in the order the reports list them
 */
public record Household(InvestorProfile profile, List<Account> accounts) {

  public Household {
    Checks.notNull(profile, "profile");
    accounts = List.copyOf(Checks.notNull(accounts, "accounts"));
    Set<String> ids = new HashSet<>();
    for (Account account : accounts) {
      Checks.check(ids.add(account.id()), "account id " + account.id() + " is used twice");
    }
  }

  /** The account {@code id}, if the household has one. */
  public Optional<Account> account(String id) {
    return accounts.stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /** This household with other accounts (the same profile), e.g. the accounts after trades. */
  public Household withAccounts(List<Account> newAccounts) {
    return new Household(profile, newAccounts);
  }
}
