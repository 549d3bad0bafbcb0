package io.perennial.storage;

import io.perennial.basics.Checks;
import io.perennial.basics.Money;
import io.perennial.basics.Problem;
import io.perennial.ledger.LedgerPosition;
import io.perennial.ledger.PositionDifference;
import io.perennial.ledger.ReportedPosition;
import io.perennial.tax.RealizedGain;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The holdings in the store on a date.
 *
 * @param asOf the date
 * @param accounts each account's positions and cash
 * @param differences where the holdings rebuilt from transactions disagree with each account's
 *     latest positions file (compared on that file's date)
 * @param problems what the transactions could not apply
 */
public record StoreHoldings(LocalDate asOf, List<AccountHoldings> accounts, List<PositionDifference> differences,
    List<Problem> problems) {

  public StoreHoldings {
    Checks.notNull(asOf, "as-of date");
    accounts = List.copyOf(accounts);
    differences = List.copyOf(differences);
    problems = List.copyOf(problems);
  }

  /**
   * One account.
   *
   * @param account the stored account
   * @param positions positions with lots, rebuilt from transactions
   * @param reported positions from the latest positions file, for an account without transactions
   *     (their lots are unknown)
   * @param cash the cash: reported, plus the flows after it
   * @param positionsDate the date of the positions file the account's holdings come from, when they do
   * @param realized the gains realized by the account's sales up to the date, in sale order
   */
  public record AccountHoldings(StoredAccount account, List<LedgerPosition> positions, List<ReportedPosition> reported,
      Money cash, Optional<LocalDate> positionsDate, List<RealizedGain> realized) {
    public AccountHoldings {
      realized = List.copyOf(realized);
      Checks.notNull(account, "account");
      positions = List.copyOf(positions);
      reported = List.copyOf(reported);
      Checks.notNull(cash, "cash");
      Checks.notNull(positionsDate, "positions date");
    }
  }
}
