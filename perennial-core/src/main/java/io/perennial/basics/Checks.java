package io.perennial.basics;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Argument checks for compact constructors and factories. Each failure is an
 * {@link InvalidInputException} (an {@link IllegalArgumentException}) whose message names the
 * argument and says what was expected.
 */
public final class Checks {

  private Checks() {}

  /** Returns {@code value}, or throws when it is null. */
  public static <T> T notNull(T value, String name) {
    if (value == null) {
      throw new InvalidInputException(name + " must not be null");
    }
    return value;
  }

  /** Returns {@code value}, or throws when it is null or blank. */
  public static String notBlank(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException(name + " must not be blank");
    }
    return value;
  }

  /** Returns {@code value}, or throws when it is NaN or infinite. */
  public static double finite(double value, String name) {
    if (!Double.isFinite(value)) {
      throw new InvalidInputException(name + " must be a finite number, got " + value);
    }
    return value;
  }

  /** Returns {@code value}, or throws when it is negative, NaN or infinite. */
  public static double nonNegative(double value, String name) {
    finite(value, name);
    if (value < 0) {
      throw new InvalidInputException(name + " must be zero or more, got " + value);
    }
    return value;
  }

  /** Returns {@code value}, or throws when it is not strictly positive and finite. */
  public static double positive(double value, String name) {
    finite(value, name);
    if (value <= 0) {
      throw new InvalidInputException(name + " must be more than zero, got " + value);
    }
    return value;
  }

  /** Returns {@code value}, or throws when it lies outside {@code [low, high]}. */
  public static double inRange(double value, double low, double high, String name) {
    finite(value, name);
    if (value < low || value > high) {
      throw new InvalidInputException(
          name + " must lie between " + low + " and " + high + ", got " + value);
    }
    return value;
  }

  /** Returns {@code value}, or throws when it is negative. */
  public static int nonNegative(int value, String name) {
    if (value < 0) {
      throw new InvalidInputException(name + " must be zero or more, got " + value);
    }
    return value;
  }

  /** Returns {@code value}, or throws when it is not strictly positive. */
  public static int positive(int value, String name) {
    if (value <= 0) {
      throw new InvalidInputException(name + " must be more than zero, got " + value);
    }
    return value;
  }

  /** Returns {@code value}, or throws when it is null or negative. */
  public static BigDecimal nonNegative(BigDecimal value, String name) {
    Objects.requireNonNull(value, name);
    if (value.signum() < 0) {
      throw new InvalidInputException(name + " must be zero or more, got " + value.toPlainString());
    }
    return value;
  }

  /** Throws with {@code message} unless {@code condition} holds. */
  public static void check(boolean condition, String message) {
    if (!condition) {
      throw new InvalidInputException(message);
    }
  }
}
