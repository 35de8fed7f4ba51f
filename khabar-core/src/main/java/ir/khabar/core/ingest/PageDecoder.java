package ir.khabar.core.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes an HTML page: the charset its BOM or meta tag declares, else UTF-8 when the bytes are
 * valid UTF-8, else Windows-1256 (the legacy Persian code page, which old agency pages use without
 * saying).
 */
final class PageDecoder {
  static final int MAX_BYTES = 8 * 1024 * 1024;
  private static final Pattern META_CHARSET =
      Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9_\\-]+)", Pattern.CASE_INSENSITIVE);

  private PageDecoder() {}

  static String decode(byte[] bytes) throws TextDecoder.NotTextException {
    if (bytes.length > MAX_BYTES) {
      throw new TextDecoder.NotTextException(
          InputLimits.check(".html", bytes.length).orElseThrow());
    }
    if (bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      return TextDecoder.decode(bytes);
    }
    Charset declared = declared(bytes);
    if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
      return new String(bytes, declared);
    }
    try {
      return TextDecoder.decode(bytes);
    } catch (TextDecoder.NotTextException e) {
      if (declared != null || !e.getMessage().startsWith("invalid UTF-8")) {
        throw e;
      }
      return strict(bytes, TextDecoder.WINDOWS_1256);
    }
  }

  /** The charset a meta tag in the first 4 KB names, if Java knows it. */
  private static Charset declared(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    if (!m.find()) {
      return null;
    }
    try {
      return Charset.forName(m.group(1));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  private static String strict(byte[] bytes, Charset charset) throws TextDecoder.NotTextException {
    try {
      return charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new TextDecoder.NotTextException("neither UTF-8 nor Windows-1256 text");
    }
  }
}
