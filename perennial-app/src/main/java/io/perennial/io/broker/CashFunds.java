package io.perennial.io.broker;

import io.perennial.basics.AssetId;
import java.util.Set;

/**
 * Core and settlement money-market funds, which brokers use as the account's cash: Fidelity's core
 * positions (marked {@code **} in its positions file) and Vanguard's settlement fund. Their
 * positions are the account's cash, their purchases and reinvestments move cash into cash and are
 * left out, and their dividends are income of the account.
 */
final class CashFunds {

  static final Set<String> SYMBOLS = Set.of("SPAXX", "FDRXX", "FZFXX", "SPRXX", "FCASH", "CORE", "VMFXX");

  private CashFunds() {}

  static boolean isCash(AssetId id) {
    return id != null && SYMBOLS.contains(id.value());
  }
}
