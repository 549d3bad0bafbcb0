package io.perennial.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.perennial.io.PlanFileModel.Document;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a plan file's bytes (YAML, or JSON when the name ends in {@code .json}) into the file's
 * {@link Document} with the line of each field, before any field is mapped into the domain. A file
 * that is missing, unreadable, not UTF-8, empty or not well-formed is an {@link InputException}
 * naming the file (and the line when there is one) and the fix; parser errors are translated by
 * {@link JacksonErrors}.
 */
final class PlanDocumentReader {

  /** The parsed file: its document (never null) and the line of each field. */
  record Parsed(Document document, LocationIndex index) {
  }

  /** The mappers, each built on first use (building one costs a noticeable part of a short run). */
  private static final class Yaml {
    static final ObjectMapper MAPPER = configure(YAMLMapper.builder(YAMLFactory.builder()
            .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build())
        .build());
  }

  private static final class Json {
    static final ObjectMapper MAPPER = configure(JsonMapper.builder()
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build());
  }

  private static ObjectMapper configure(ObjectMapper mapper) {
    return mapper
        .registerModule(PlanNumbers.module())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
  }

  private PlanDocumentReader() {
  }

  /**
   * Reads and parses {@code file}.
   *
   * @throws InputException for a file that cannot be read or parsed, naming line and fix
   */
  static Parsed read(Path file) {
    if (!Files.exists(file)) {
      throw new InputException(file.toString(), "file not found",
          "check the path (relative paths start from " + Path.of("").toAbsolutePath() + ")");
    }
    if (Files.isDirectory(file)) {
      throw new InputException(file.toString(), "is a directory, not a plan file", "name a .yaml or .json plan file");
    }
    byte[] content;
    try {
      content = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new InputException(file.toString(), "cannot be read: " + e.getMessage(), "check that the file is readable");
    }
    boolean json = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    ObjectMapper mapper = json ? Json.MAPPER : Yaml.MAPPER;
    Utf8Check.checkText(file, content, mapper.getFactory());
    if (new String(content, StandardCharsets.UTF_8).strip().isEmpty()) {
      throw new InputException(file.toString(), "the file is empty", "start from examples/retiree.yaml");
    }
    LocationIndex index = null;
    Document document;
    try {
      index = LocationIndex.of(mapper.getFactory(), content);
      document = mapper.readValue(content, Document.class);
    } catch (JsonProcessingException e) {
      throw JacksonErrors.translate(file, index, e, json);
    } catch (IOException e) {
      throw new InputException(file.toString(), "cannot be read: " + e.getMessage(), "check that the file is readable");
    } catch (LocationIndex.UnsupportedYaml e) {
      throw new InputException(InputException.at(file, e.line, PlanFile.display(e.pointer)), e.getMessage(),
          "write the value out in full: plan files do not use anchors (&name) or aliases (*name)");
    } catch (RuntimeException e) {
      // The YAML library reports a few structural problems (bad aliases, limits) unchecked.
      throw new InputException(file.toString(), "cannot be read as " + (json ? "JSON" : "YAML") + ": " + JacksonErrors.plain(JacksonErrors.firstLine(e.getMessage())),
          json ? "check brackets, commas and quotes" : "check the indentation and the ':' after each field name");
    }
    if (document == null) {
      throw new InputException(file.toString(), "the file holds no plan (only comments?)", "start from examples/retiree.yaml");
    }
    return new Parsed(document, index);
  }
}
