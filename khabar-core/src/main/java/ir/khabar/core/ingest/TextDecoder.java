package ir.khabar.core.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/** Decodes a file's bytes as UTF-8 text, or says in plain words why it is not text. */
final class TextDecoder {
  /** Thrown with a reason a reader understands: "empty file", "invalid UTF-8 at byte 12". */
  static final class NotTextException extends Exception {
    NotTextException(String reason) {
      super(reason);
    }
  }

  private TextDecoder() {}

  static String decode(byte[] bytes) throws NotTextException {
    int start = hasBom(bytes) ? 3 : 0;
    if (bytes.length - start == 0) {
      throw new NotTextException("empty file");
    }
    if (looksBinary(bytes, start)) {
      throw new NotTextException("not a text file (binary content)");
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    try {
      CharBuffer chars = decoder.decode(in);
      String text = chars.toString();
      if (text.isBlank()) {
        throw new NotTextException("empty file (only white space)");
      }
      return text;
    } catch (MalformedInputException e) {
      throw new NotTextException("invalid UTF-8 at byte " + (start + in.position()));
    } catch (CharacterCodingException e) {
      throw new NotTextException("invalid UTF-8 (" + e.getMessage() + ")");
    }
  }

  private static boolean hasBom(byte[] b) {
    return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
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
