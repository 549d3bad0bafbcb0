package io.perennial.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The validation data in {@code ../shared} beside the repository. Tests that need it call
 * {@link #require(String)}, which skips the test (a JUnit assumption) on a fresh clone without it.
 */
public final class SharedData {

  private SharedData() {}

  /** The repository root: the {@code perennial.root} system property, or the nearest folder with {@code mvnw}. */
  public static Path repositoryRoot() {
    String property = System.getProperty("perennial.root");
    if (property != null && !property.isBlank()) {
      return Path.of(property).toAbsolutePath().normalize();
    }
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
      dir = dir.getParent();
    }
    return dir == null ? Path.of("").toAbsolutePath() : dir;
  }

  /** The {@code ../shared} folder (may not exist). */
  public static Path root() {
    return repositoryRoot().resolve("..").resolve("shared").normalize();
  }

  /** The file at {@code relative} under {@code ../shared}; skips the calling test when it is absent. */
  public static Path require(String relative) {
    Path path = root().resolve(relative);
    assumeTrue(Files.exists(path), "validation data not present: " + path + " (skipped on a fresh clone)");
    return path;
  }
}
