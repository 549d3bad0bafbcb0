package io.perennial.io;

import com.fasterxml.jackson.core.JsonFactory;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/** The check that a plan file's bytes are UTF-8 text, run before any parser sees them. */
final class Utf8Check {

  private Utf8Check() {}

  /**
   * Refuses content that is not UTF-8 text, at the line, column and field of the first bad byte:
   * a file saved as UTF-16 (a byte-order mark or NUL bytes), or as Latin-1/Windows-1252 (an accented
   * letter as one byte). The parser would report these as a low-level character error at line 1.
   */
  static void checkText(Path file, byte[] content, JsonFactory factory) {
    if (content.length >= 2 && ((content[0] == (byte) 0xFF && content[1] == (byte) 0xFE)
        || (content[0] == (byte) 0xFE && content[1] == (byte) 0xFF))) {
      throw new InputException(InputException.at(file, 1, null), "the file is saved as UTF-16 text; plan files are UTF-8",
          "save it again with the encoding UTF-8 (in most editors: Save As, Encoding: UTF-8)");
    }
    int bad = -1;
    for (int i = 0; i < content.length && bad < 0; i++) {
      if (content[i] == 0) {
        bad = i;
      }
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(content);
    CoderResult result = decoder.decode(in, CharBuffer.allocate(content.length), true);
    if (result.isError() && (bad < 0 || in.position() < bad)) {
      bad = in.position();
    }
    if (bad < 0) {
      return;
    }
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < bad; i++) {
      if (content[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    String before = new String(content, lineStart, bad - lineStart, StandardCharsets.UTF_8);
    int column = before.codePointCount(0, before.length()) + 1;
    String field = "";
    try {
      // The field on that line, from the text with the bad bytes replaced.
      byte[] repaired = new String(content, StandardCharsets.UTF_8).replace('\0', ' ').getBytes(StandardCharsets.UTF_8);
      field = PlanFile.display(LocationIndex.of(factory, repaired).pointerOn(line));
    } catch (IOException | RuntimeException e) {
      // The rest of the file has other problems; the line and column still say where.
    }
    String where = InputException.at(file, line, field);
    if (content[bad] == 0) {
      throw new InputException(where, "column " + column + " holds a NUL character: the file is binary, or saved as UTF-16",
          "save the plan as UTF-8 text (in most editors: Save As, Encoding: UTF-8)");
    }
    throw new InputException(where, String.format(Locale.ROOT,
            "column %d holds the byte 0x%02X, which is not UTF-8 text (was the file saved as Latin-1 or Windows-1252?)",
            column, content[bad] & 0xFF),
        "save the file with the encoding UTF-8 (in most editors: Save As, Encoding: UTF-8), or retype the character");
  }
}
