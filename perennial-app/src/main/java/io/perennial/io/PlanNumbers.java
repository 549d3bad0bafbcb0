package io.perennial.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.function.Function;

/**
 * Numbers of a plan file read through {@link NumberText}: the text of each number (or of a quoted
 * number) is checked before it becomes a value, so {@code 1e-999999999} or a thousand-digit amount
 * is refused at its line instead of being computed with, and YAML 1.1's {@code 0x10} or
 * {@code .inf} never pass as numbers.
 */
final class PlanNumbers {

  /** The start of the message of a refused number, recognised by the error translation. */
  static final String REFUSED = "refused number: ";

  private PlanNumbers() {}

  static SimpleModule module() {
    SimpleModule module = new SimpleModule("perennial-numbers");
    module.addDeserializer(BigDecimal.class, decimal(BigDecimal.class, NumberText::decimal));
    module.addDeserializer(Double.class, decimal(Double.class, Double::valueOf));
    module.addDeserializer(Integer.class, whole(Integer.class, text -> {
      long value = Long.parseLong(text.strip());
      if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
        throw new NumberFormatException("'" + text.strip() + "' is too large");
      }
      return (int) value;
    }));
    module.addDeserializer(Long.class, whole(Long.class, text -> Long.valueOf(text.strip())));
    return module;
  }

  private static <T> JsonDeserializer<T> decimal(Class<T> type, Function<String, T> parse) {
    return new Checked<>(type, NumberText::problem, parse);
  }

  private static <T> JsonDeserializer<T> whole(Class<T> type, Function<String, T> parse) {
    return new Checked<>(type, NumberText::wholeProblem, parse);
  }

  private static final class Checked<T> extends JsonDeserializer<T> {
    private final Class<T> type;
    private final Function<String, String> problem;
    private final Function<String, T> parse;

    Checked(Class<T> type, Function<String, String> problem, Function<String, T> parse) {
      this.type = type;
      this.problem = problem;
      this.parse = parse;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      JsonToken token = parser.currentToken();
      if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT && token != JsonToken.VALUE_STRING) {
        return (T) context.handleUnexpectedToken(type, parser);
      }
      String text = parser.getText();
      if (token == JsonToken.VALUE_STRING && text.isBlank()) {
        return null;
      }
      String why = problem.apply(text);
      if (why == null) {
        try {
          return parse.apply(text);
        } catch (NumberFormatException e) {
          why = e.getMessage() == null ? "'" + NumberText.quote(text.strip()) + "' is out of range" : e.getMessage();
        }
      }
      throw InvalidFormatException.from(parser, REFUSED + why, NumberText.quote(text.strip()), type);
    }
  }
}
