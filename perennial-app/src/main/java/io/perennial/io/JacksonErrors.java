package io.perennial.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.perennial.io.PlanFileModel.Document;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * The translation of Jackson's and SnakeYAML's exceptions into {@link InputException}s that name
 * the plan file, the line, the field path and the fix, with no Java class names left in the text.
 */
final class JacksonErrors {

  private JacksonErrors() {}

  /**
   * Jackson's exception as an InputException. The line is that of the field when the streaming
   * pass indexed it ({@code index} is null when that pass itself failed), else Jackson's location.
   */
  static InputException translate(Path file, LocationIndex index, JsonProcessingException e, boolean json) {
    JsonLocation location = e.getLocation();
    long line = location == null ? 0 : location.getLineNr();
    String pointer = "";
    if (e instanceof JsonMappingException mapping) {
      pointer = pointer(mapping.getPath());
      int indexed = index == null || pointer.isEmpty() ? 0 : index.line(pointer);
      if (indexed > 0) {
        line = indexed;
      }
    } else if (e instanceof StreamReadException read && read.getProcessor() != null
        && read.getProcessor().getParsingContext() != null) {
      pointer = read.getProcessor().getParsingContext().pathAsPointer().toString();
    }
    MarkedYAMLException yaml = yamlCause(e);
    if (yaml != null && yaml.getProblemMark() != null) {
      // A YAML syntax error: the problem mark is where the parser gave up, the path is not known.
      String problem = yaml.getProblem() == null ? firstLine(yaml.getMessage()) : yaml.getProblem();
      String context = yaml.getContext() == null ? "" : " (" + yaml.getContext() + ")";
      return new InputException(InputException.at(file, yaml.getProblemMark().getLine() + 1, null),
          "not valid YAML: " + problem + context,
          "check the indentation (spaces, not tabs) and the ':' after each field name on this line and the one before");
    }
    String where = InputException.at(file, line, PlanFile.display(pointer));
    if (e instanceof UnrecognizedPropertyException unknown) {
      List<String> known = unknown.getKnownPropertyIds() == null ? List.of()
          : unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList();
      String name = unknown.getPropertyName();
      return new InputException(where, "unknown field '" + name + "'",
          Suggestions.didYouMean(name, known) + "the fields allowed here are: " + String.join(", ", known));
    }
    if (e instanceof InvalidFormatException format && format.getOriginalMessage() != null
        && format.getOriginalMessage().startsWith(PlanNumbers.REFUSED)) {
      String problem = format.getOriginalMessage().substring(PlanNumbers.REFUSED.length());
      return new InputException(where, problem, problem.contains("' is not a")
          ? fixFor(format.getTargetType()) : "write a plain decimal number of realistic size, e.g. 70000 or 0.035");
    }
    if (e instanceof InvalidFormatException format) {
      Object value = format.getValue();
      String given = value instanceof String || value instanceof Number || value instanceof Boolean
          ? "'" + NumberText.quote(String.valueOf(value)) + "'"
          : value instanceof byte[] ? "binary data (a !!binary value)" : "this value";
      return new InputException(where, given + " is not " + describe(format.getTargetType()), fixFor(format.getTargetType()));
    }
    if (e instanceof MismatchedInputException trailing && trailing.getOriginalMessage() != null
        && trailing.getOriginalMessage().startsWith("Trailing token")) {
      return new InputException(InputException.at(file, line, null), json
              ? "there is more after the plan's closing '}'" : "a second document starts here (after a '---' line)",
          json ? "keep one plan per file: remove what follows the closing '}'"
              : "keep one plan per file: remove the second '---' line and what follows it, or move it to a file of its own");
    }
    if (e instanceof MismatchedInputException mismatch) {
      Class<?> target = mismatch.getTargetType();
      return new InputException(where, "expected " + describe(target) + " here", fixFor(target));
    }
    String message = firstLine(e.getOriginalMessage()).replaceAll("\\s*\\(for [A-Za-z]+ starting at .*$", "")
        .replaceAll("\\s*at \\[Source: .*$", "");
    if (message.startsWith("Duplicate field")) {
      return new InputException(where, message.replace("Duplicate field", "the field") + " appears twice",
          "keep one of the two");
    }
    if (message.contains("out of range")) {
      return new InputException(where, "a number is too large: " + plain(message), "write a realistic number");
    }
    if (message.startsWith("Expected a field name")) {
      return new InputException(InputException.at(file, line, null), "a field name here is a list or a mapping, not a plain name",
          "write 'name: value' with a plain name before the ':' (a '?' line starts such a key in YAML)");
    }
    message = plain(message);
    return new InputException(where, "not valid " + (json ? "JSON" : "YAML") + ": " + message,
        json ? "check brackets, commas and quotes near that line"
            : "check the indentation (spaces, not tabs) and the ':' after each field name near that line");
  }

  private static MarkedYAMLException yamlCause(Throwable e) {
    for (Throwable cause = e; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
      if (cause instanceof MarkedYAMLException marked) {
        return marked;
      }
    }
    return null;
  }

  private static String pointer(List<JsonMappingException.Reference> path) {
    StringBuilder pointer = new StringBuilder();
    for (JsonMappingException.Reference reference : path) {
      if (reference.getFieldName() != null) {
        pointer.append('/').append(reference.getFieldName().replace("~", "~0").replace("/", "~1"));
      } else if (reference.getIndex() >= 0) {
        pointer.append('/').append(reference.getIndex());
      }
    }
    return pointer.toString();
  }

  private static String describe(Class<?> type) {
    if (type == null) {
      return "a value of another kind";
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return "a whole number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (Number.class.isAssignableFrom(type) || type == double.class) {
      return "a number";
    }
    if (type == String.class) {
      return "a single value (text or a number)";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "a list";
    }
    if (type == Document.class) {
      return "a plan (fields such as profile:, accounts:, universe:)";
    }
    return "a set of 'field: value' lines";
  }

  private static String fixFor(Class<?> type) {
    if (type == null) {
      return "see the plan file reference in README.md for the field's form";
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return "write a whole number such as 30";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "write true or false";
    }
    if (Number.class.isAssignableFrom(type)) {
      return "write a plain number such as 1250.5 or 0.035 (no %, $ or thousands separators)";
    }
    if (type == String.class) {
      return "write one value on the line, not a list or nested fields";
    }
    if (Collection.class.isAssignableFrom(type)) {
      return "write a list, one item per line starting with '- '";
    }
    return "write the fields indented below the name, one 'field: value' per line (see the plan file reference in README.md)";
  }

  /**
   * A parser's message without the names of Java classes it may carry
   * ({@code java.io.CharConversionException: }, {@code <org.yaml.snakeyaml.events.SequenceStartEvent(...)>}).
   */
  static String plain(String message) {
    return message
        .replaceAll("<(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_]*(?:\\([^)]*\\))?>", "another kind of value")
        .replaceAll("\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_]*(?:Exception|Error): ?", "")
        .replaceAll("\\b(?:java|javax|org|com)\\.(?:[a-z][a-z0-9_]*\\.)*([A-Z][A-Za-z0-9_]*)", "$1")
        .replaceAll("\\s*\\((?:at char #|for [A-Za-z]+ starting at)[^)]*\\)", "");
  }

  static String firstLine(String text) {
    if (text == null) {
      return "unknown error";
    }
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }
}
