package io.perennial.cli;

import io.perennial.io.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;

/**
 * Checks and conversions of option values whose failure must name the option and the expected
 * form (a date option given a word, a file option given a path that does not exist), not the
 * Java type or a bare path.
 */
final class OptionValues {

  private OptionValues() {}

  /** {@code file}, the value of {@code option}, when it is an existing regular file; else a message naming both. */
  static Path existingFile(String option, Path file) {
    if (!Files.isRegularFile(file)) {
      throw new InputException(option + " '" + Main.clip(file.toString()) + "'",
          Files.isDirectory(file) ? "a folder, not a file" : "file not found",
          "give " + option + " the path of an existing file (relative paths start from " + Path.of("").toAbsolutePath() + ")");
    }
    return file;
  }

  /** Reads a date option: ISO {@code YYYY-MM-DD}, a real calendar day. */
  static final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String text) {
      try {
        return LocalDate.parse(text.strip());
      } catch (DateTimeParseException e) {
        throw new CommandLine.TypeConversionException(
            "'" + Main.clip(text) + "' is not a date; give a calendar day as YYYY-MM-DD, e.g. 2025-01-31");
      }
    }
  }
}
