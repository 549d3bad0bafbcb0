package io.perennial.io.broker;

import io.perennial.io.InputException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads a broker file: decodes it (UTF-8, else ISO-8859-1 as Vanguard writes), tells its format
 * from its content ({@link #detect}) unless one is given, and hands it to the format's reader.
 */
public final class BrokerFiles {

  /** Lines looked at to tell a CSV's format. */
  static final int LINES_EXAMINED = 40;

  private BrokerFiles() {}

  /** Reads {@code file}; {@code format} empty means detect it. */
  public static BrokerFile read(Path file, Optional<BrokerFormat> format, ReadOptions options) {
    String text = text(file);
    BrokerFormat chosen = format.orElseGet(() -> detect(file, text));
    BrokerFileBuilder out = new BrokerFileBuilder(file, chosen, options);
    return switch (chosen) {
      case IBKR_FLEX -> IbkrFlexReader.read(out, text);
      case OFX -> OfxReader.read(out, text);
      case FIDELITY -> FidelityReader.read(out, CsvLines.parse(text));
      case SCHWAB -> SchwabReader.read(out, CsvLines.parse(text));
      case VANGUARD -> VanguardReader.read(out, CsvLines.parse(text));
      case CSV -> GenericCsvReader.read(out, CsvLines.parse(text));
    };
  }

  /** The format of a file's text, from its first lines. */
  static BrokerFormat detect(Path file, String text) {
    String head = text.length() > 65_536 ? text.substring(0, 65_536) : text;
    if (IbkrFlexReader.looksLikeFlex(head)) {
      return BrokerFormat.IBKR_FLEX;
    }
    if (OfxReader.looksLikeOfx(head)) {
      return BrokerFormat.OFX;
    }
    List<CsvLines.Record> records = CsvLines.parse(head);
    for (int i = 0; i < Math.min(LINES_EXAMINED, records.size()); i++) {
      List<String> cells = records.get(i).cells();
      if (FidelityReader.isActivityHeader(cells) || FidelityReader.isPositionsHeader(cells)) {
        return BrokerFormat.FIDELITY;
      }
      if (SchwabReader.isTitle(cells.get(0)) || SchwabReader.isTransactionsHeader(cells) || SchwabReader.isPositionsHeader(cells)) {
        return BrokerFormat.SCHWAB;
      }
      if (VanguardReader.isHoldingsHeader(cells) || VanguardReader.isTransactionsHeader(cells)) {
        return BrokerFormat.VANGUARD;
      }
      if (GenericCsvReader.isHeader(cells)) {
        return BrokerFormat.CSV;
      }
    }
    throw new InputException(file.toString(), "cannot tell the format from the first lines of the file",
        "give it with --format fidelity|schwab|vanguard|ibkr-flex|ofx|csv, or use the generic CSV layout of docs/store.md");
  }

  private static String text(Path file) {
    if (!Files.exists(file)) {
      throw new InputException(file.toString(), "file not found", "check the path (relative paths start from "
          + Path.of("").toAbsolutePath() + ")");
    }
    if (Files.isDirectory(file)) {
      throw new InputException(file.toString(), "is a folder, not a broker file", "name the file");
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new InputException(file.toString(), "cannot be read: " + e.getMessage(), "check the file's permissions");
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, StandardCharsets.ISO_8859_1);
    }
  }
}
