package io.perennial.domain;

import io.perennial.basics.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * An enum constant with a stable lower-case id used in files, JSON and the command line
 * ({@code tax-deferred}, {@code reit-dividend}).
 */
public interface Identified {

  /** The id used in files and JSON. */
  String id();

  /**
   * The constant of {@code type} whose id (or enum name, case-insensitively, with '_' for '-')
   * is {@code text}; the error lists the accepted ids.
   */
  static <E extends Enum<E> & Identified> E parse(Class<E> type, String text, String what) {
    if (text != null) {
      String wanted = text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
      for (E constant : type.getEnumConstants()) {
        if (constant.id().equals(wanted)) {
          return constant;
        }
      }
    }
    throw new InvalidInputException(
        "unknown " + what + " '" + text + "'; use one of: " + ids(type));
  }

  /** The ids of all constants of {@code type}, comma separated. */
  static <E extends Enum<E> & Identified> String ids(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(Identified::id).collect(Collectors.joining(", "));
  }
}
