package io.perennial.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The line of every field and list item of a JSON or YAML document, keyed by JSON pointer
 * ({@code /accounts/0/holdings/1/quantity}), from one pass of Jackson's streaming parser. Lets
 * errors found after binding (a negative quantity, an unknown asset) name their line.
 */
final class LocationIndex {

  private final Map<String, Integer> lines;

  private LocationIndex(Map<String, Integer> lines) {
    this.lines = lines;
  }

  /** Reads {@code content}; syntax errors surface as Jackson's exceptions, with their location. */
  static LocationIndex of(JsonFactory factory, byte[] content) throws IOException {
    Map<String, Integer> lines = new HashMap<>();
    try (JsonParser parser = factory.createParser(content)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
          continue;
        }
        String pointer = parser.getParsingContext().pathAsPointer().toString();
        int line = parser.currentTokenLocation().getLineNr();
        if (parser instanceof com.fasterxml.jackson.dataformat.yaml.YAMLParser yaml
            && yaml.isCurrentAlias()) {
          // An alias would be read as the anchor's name, not its value: refuse it rather than guess.
          throw new UnsupportedYaml(line, pointer,
              "a YAML alias (*" + NumberText.quote(String.valueOf(yaml.getText())) + ") is not supported");
        }
        if (line > 0) {
          lines.putIfAbsent(pointer, line);
        }
      }
    }
    return new LocationIndex(lines);
  }

  /** A YAML feature plan files do not support (aliases), at its line and field. */
  static final class UnsupportedYaml extends RuntimeException {
    final int line;
    final String pointer;

    UnsupportedYaml(int line, String pointer, String message) {
      super(message);
      this.line = line;
      this.pointer = pointer;
    }
  }

  /** The deepest field or list item that starts on {@code line}, or "" when none does. */
  String pointerOn(int line) {
    String best = "";
    for (Map.Entry<String, Integer> entry : lines.entrySet()) {
      if (entry.getValue() == line && entry.getKey().length() > best.length()) {
        best = entry.getKey();
      }
    }
    return best;
  }

  /** The line of {@code pointer}, or of its nearest ancestor that has one; 0 when unknown. */
  int line(String pointer) {
    String at = pointer;
    while (true) {
      Integer line = lines.get(at);
      if (line != null) {
        return line;
      }
      if (at.isEmpty()) {
        return 0;
      }
      int slash = at.lastIndexOf('/');
      at = slash <= 0 ? "" : at.substring(0, slash);
    }
  }
}
