package io.perennial.basics;

import java.util.List;
import java.util.function.Function;

/**
 * A value together with the problems met while making it: "98 rows loaded, 2 rejected and why".
 * The value is usable; the problems say what was left out or repaired.
 */
public record WithProblems<T>(T value, List<Problem> problems) {

  public WithProblems {
    Checks.notNull(value, "value");
    problems = List.copyOf(problems);
  }

  public static <T> WithProblems<T> of(T value) {
    return new WithProblems<>(value, List.of());
  }

  public static <T> WithProblems<T> of(T value, List<Problem> problems) {
    return new WithProblems<>(value, problems);
  }

  public boolean hasProblems() {
    return !problems.isEmpty();
  }

  public <R> WithProblems<R> map(Function<T, R> function) {
    return new WithProblems<>(function.apply(value), problems);
  }
}
