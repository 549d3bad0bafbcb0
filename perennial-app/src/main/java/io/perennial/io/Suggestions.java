package io.perennial.io;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean …?": the nearest of a set of valid names to a mistyped one. */
public final class Suggestions {

  private Suggestions() {}

  /**
   * The candidate nearest to {@code typed} by edit distance (case-insensitive, '-' and '_'
   * ignored), when it is close enough to be a plausible typo: at most a third of the longer name's
   * length, and at least one edit allowed.
   */
  public static Optional<String> nearest(String typed, Collection<String> candidates) {
    if (typed == null || typed.isBlank()) {
      return Optional.empty();
    }
    String wanted = normalize(typed);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int distance = distance(wanted, normalize(candidate));
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    int allowed = Math.max(1, Math.max(wanted.length(), normalize(best).length()) / 3);
    return bestDistance <= allowed ? Optional.of(best) : Optional.empty();
  }

  /** " Did you mean 'x'?" or empty text. */
  public static String didYouMean(String typed, Collection<String> candidates) {
    return nearest(typed, candidates).map(s -> "did you mean '" + s + "'? ").orElse("");
  }

  private static String normalize(String text) {
    return text.strip().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "").replace(" ", "");
  }

  /** Edit distance counting insertions, deletions, substitutions and swaps of neighbours as one edit each. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    int[] beforePrevious = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          current[j] = Math.min(current[j], beforePrevious[j - 2] + 1); // a transposition
        }
      }
      int[] swap = beforePrevious;
      beforePrevious = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
