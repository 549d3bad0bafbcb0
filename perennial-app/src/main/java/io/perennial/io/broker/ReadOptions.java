package io.perennial.io.broker;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What the command line adds to a file.
 *
 * @param account the account id for files that do not name their account (or that name one, renamed)
 * @param asOf the date of a positions file that does not state it
 */
public record ReadOptions(Optional<String> account, Optional<LocalDate> asOf) {

  public ReadOptions {
    account = account == null ? Optional.empty() : account.filter(a -> !a.isBlank()).map(String::strip);
    asOf = asOf == null ? Optional.empty() : asOf;
  }

  /** No options. */
  public static ReadOptions none() {
    return new ReadOptions(Optional.empty(), Optional.empty());
  }
}
