package ir.khabar.core.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a file's bytes as UTF-8 text, or says in plain words why it is not text. A text page that
 * is not UTF-8 is read as Windows-1256 (the legacy Persian code page, as {@link PageDecoder} reads
 * pages) when that reading is Persian text.
 */
final class TextDecoder {
  /** Thrown with a reason a reader understands: "empty file", "invalid UTF-8 at byte 12". */
  static final class NotTextException extends Exception {
    NotTextException(String reason) {
      super(reason);
    }
  }

  static final Charset WINDOWS_1256 = Charset.forName("windows-1256");

  private TextDecoder() {}

  /** UTF-8 text (a BOM dropped), or why the bytes are not that. */
  static String decode(byte[] bytes) throws NotTextException {
    int start = validUtf8(bytes);
    String text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
    if (text.isBlank()) {
      throw new NotTextException("empty file (only white space)");
    }
    return text;
  }

  /** A text page: UTF-8, else Windows-1256 when the bytes read as Persian in it. */
  static String decodeText(byte[] bytes) throws NotTextException {
    try {
      return decode(bytes);
    } catch (NotTextException e) {
      if (!e.getMessage().startsWith("invalid UTF-8")) {
        throw e;
      }
      String legacy = new String(bytes, WINDOWS_1256);
      if (NonNewsFiles.persianShare(legacy) < NonNewsFiles.MIN_PERSIAN_SHARE) {
        throw new NotTextException(e.getMessage() + ", and not Persian in Windows-1256 either");
      }
      return legacy;
    }
  }

  /**
   * Checks that the bytes are UTF-8 text without decoding them into one string (a large JSON file
   * is parsed from its bytes), and returns where the text starts: after the BOM, if there is one.
   */
  static int validUtf8(byte[] bytes) throws NotTextException {
    int start = hasBom(bytes) ? 3 : 0;
    if (bytes.length - start == 0) {
      throw new NotTextException("empty file");
    }
    if (looksBinary(bytes, start)) {
      throw new NotTextException("not a text file (binary content)");
    }
    if (blank(bytes, start, bytes.length)) {
      throw new NotTextException("empty file (only white space)");
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(8192);
    CoderResult result;
    do {
      out.clear();
      result = decoder.decode(in, out, true);
      if (result.isError()) {
        throw new NotTextException("invalid UTF-8 at byte " + in.position());
      }
    } while (result.isOverflow());
    return start;
  }

  private static boolean hasBom(byte[] b) {
    return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
  }

  /** Whether the bytes from {@code from} to {@code to} are all white space. */
  static boolean blank(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isWhitespace(b[i])) {
        return false;
      }
    }
    return true;
  }

  /** A NUL byte, or many control bytes, in the first 8 KB. */
  private static boolean looksBinary(byte[] b, int start) {
    int end = Math.min(b.length, start + 8192);
    int control = 0;
    for (int i = start; i < end; i++) {
      int c = b[i] & 0xFF;
      if (c == 0) {
        return true;
      }
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        control++;
      }
    }
    return control > (end - start) / 10;
  }
}
