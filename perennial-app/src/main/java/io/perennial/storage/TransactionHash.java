package io.perennial.storage;

import io.perennial.domain.Transaction;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The stable identity of an imported transaction: SHA-256 over its account, type, date, asset,
 * quantity and amount (decimals without trailing zeros, so 10 and 10.00 agree) and its occurrence —
 * the n-th identical row of one file — so that two real, identical trades on one day are both kept
 * while a re-import of an overlapping file adds nothing.
 */
final class TransactionHash {

  private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  });

  private TransactionHash() {}

  /** The text hashed, before the occurrence. */
  static String key(Transaction t) {
    return t.accountId() + '|' + t.type().id() + '|' + t.date() + '|' + t.assetId().map(a -> a.value()).orElse("")
        + '|' + plain(t.quantity()) + '|' + plain(t.amount().amount()) + '|' + t.amount().currency().getCurrencyCode();
  }

  static String of(String key, int occurrence) {
    return HexFormat.of().formatHex(SHA256.get().digest((key + '|' + occurrence).getBytes(StandardCharsets.UTF_8)));
  }

  private static String plain(BigDecimal value) {
    return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
  }
}
