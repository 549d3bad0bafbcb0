package io.perennial.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The JSON input files a benchmark reads, written beforehand by a peer script (so that Perennial
 * and the peer solve the same problem): where they are, and reading one with a message that says
 * how to make it when it is missing.
 */
public final class InputFiles {

  private InputFiles() {}

  /** The folder: system property {@code property}, else environment variable {@code env}, else {@code fallback}. */
  public static Path folder(String property, String env, String fallback) {
    String value = System.getProperty(property);
    if (value == null) {
      value = System.getenv(env);
    }
    return Path.of(value != null ? value : fallback);
  }

  /** Reads {@code name} in {@code folder}; when it is missing, the message names {@code howToMake}. */
  public static JsonNode read(Path folder, String name, String howToMake) throws IOException {
    Path file = folder.resolve(name);
    if (!Files.exists(file)) {
      throw new IllegalStateException(file.toAbsolutePath() + " is missing: run " + howToMake);
    }
    return new ObjectMapper().readTree(file.toFile());
  }
}
