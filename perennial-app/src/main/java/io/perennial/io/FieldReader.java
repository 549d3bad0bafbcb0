package io.perennial.io;

import io.perennial.basics.AssetId;
import io.perennial.basics.InvalidInputException;
import io.perennial.basics.Money;
import io.perennial.domain.Identified;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Typed reads of a plan file's fields by JSON pointer ({@code /profile/horizonYears}): required
 * and optional values, numbers within bounds, identifiers with a "did you mean", each refusal an
 * {@link InputException} naming the file, the field's line (from the {@link LocationIndex}), the
 * field path and the fix.
 */
final class FieldReader {

  private final Path file;
  private final LocationIndex index;

  /** Reads the fields of {@code file}, whose lines {@code index} holds. */
  FieldReader(Path file, LocationIndex index) {
    this.file = file;
    this.index = index;
  }

  /** An error at {@code pointer}: file, the pointer's line (or its nearest ancestor's) and field path. */
  InputException error(String pointer, String problem, String fix) {
    return new InputException(where(pointer), problem, fix);
  }

  /** The plan file the fields are read from. */
  Path file() {
    return file;
  }

  /** Where {@code pointer} is, as an error names it: file, line and field path. */
  String where(String pointer) {
    return InputException.at(file, index.line(pointer), PlanFile.display(pointer));
  }

  <E extends Enum<E> & Identified> E id(Class<E> type, String at, String text, String what) {
    try {
      return Identified.parse(type, text, what);
    } catch (InvalidInputException e) {
      List<String> ids = Arrays.stream(type.getEnumConstants()).map(Identified::id).toList();
      throw error(at, "unknown " + what + " '" + text + "'",
          Suggestions.didYouMean(text, ids) + "use one of: " + String.join(", ", ids));
    }
  }

  AssetId assetId(String at, String text) {
    if (text == null || text.isBlank()) {
      throw error(at, "no asset id given", "write the asset's id (its ticker, or a name for a property)");
    }
    return AssetId.of(text.strip());
  }

  String text(String at, String text, String what) {
    if (text == null || text.isBlank()) {
      throw error(at, "no " + what + " given", "add it");
    }
    return text.strip();
  }

  LocalDate date(String at, String text) {
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw error(at, "'" + text + "' is not a date", "write dates as YYYY-MM-DD, e.g. 2026-01-02");
    }
  }

  Money amount(String at, BigDecimal value, BigDecimal fallback) {
    if (value == null) {
      if (fallback == null) {
        String field = at.substring(at.lastIndexOf('/') + 1);
        throw error(at.substring(0, at.lastIndexOf('/')), "no " + field + " given", "add " + field + ": as a yearly amount in dollars, e.g. 70000");
      }
      return Money.usd(fallback);
    }
    if (value.signum() < 0) {
      throw error(at, "a negative amount " + value.toPlainString(), "write an amount of zero or more");
    }
    if (value.compareTo(new BigDecimal("1e12")) > 0) {
      throw error(at, "an amount of " + value.toPlainString() + " is beyond any household", "check the number");
    }
    return Money.usd(value);
  }

  void positive(String at, BigDecimal value, String what) {
    if (value.signum() <= 0) {
      throw error(at, what + " must be more than zero, got " + value.toPlainString(), "write the price per unit, e.g. 27.45");
    }
    if (value.compareTo(new BigDecimal("1e12")) > 0) {
      throw error(at, what + " of " + value.toPlainString() + " is not realistic", "check the number");
    }
    if (value.compareTo(new BigDecimal("0.01")) < 0) {
      throw error(at, what + " of " + value.toPlainString() + " is less than a cent", "prices are kept to the cent; check the number");
    }
  }

  void realisticQuantity(String at, BigDecimal quantity, AssetId id) {
    if (quantity.compareTo(PlanFile.MAX_QUANTITY) > 0) {
      throw error(at, "a quantity of " + quantity.toPlainString() + " units of " + id + " is not realistic", "check the number");
    }
  }

  int whole(String at, Integer value, int fallback, int low, int high, String what) {
    if (value == null) {
      return fallback;
    }
    if (value < low || value > high) {
      throw error(at, what + " must lie between " + low + " and " + high + ", got " + value, "write a whole number in that range");
    }
    return value;
  }

  double rate(String at, Double value, double fallback, double low, double high, String what) {
    if (value == null) {
      return fallback;
    }
    double v = value;
    if (!Double.isFinite(v)) {
      throw error(at, what + " must be a finite number, got " + value, "write a fraction such as 0.035");
    }
    if (v < low || v > high) {
      boolean percent = v > high && v >= 1.0 && v / 100.0 <= Math.max(high, 1.0) && v / 100.0 >= low;
      throw error(at, what + " must lie between " + trim(low) + " and " + trim(high) + ", got " + trim(v)
              + (percent ? " (" + trim(v) + " looks like a percentage)" : ""),
          percent ? "write rates as fractions: " + trim(v / 100.0) + " for " + trim(v) + " %" : "write a fraction in that range");
    }
    return v;
  }

  OptionalDouble optionalRate(String at, Double value, double low, double high, String what) {
    return value == null ? OptionalDouble.empty() : OptionalDouble.of(rate(at, value, 0, low, high, what));
  }


  /** A map key as one step of a JSON pointer ({@code ~} → {@code ~0}, {@code /} → {@code ~1}). */
  static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }

  static String trim(double value) {
    if (!Double.isFinite(value)) {
      return String.valueOf(value);
    }
    return new BigDecimal(value).round(new MathContext(6)).stripTrailingZeros().toPlainString();
  }
}
