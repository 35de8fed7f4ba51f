package ir.khabar.persian.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * A short digest of token streams: each token's term, position increment and length, offsets and
 * type, and each stream's final offset; two analyses that differ in any of them differ here.
 */
final class TokenDigest {
  private final MessageDigest sha;

  TokenDigest() {
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  TokenDigest add(Analyzer analyzer, String text) {
    try (TokenStream ts = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      PositionLengthAttribute length = ts.addAttribute(PositionLengthAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      TypeAttribute type = ts.addAttribute(TypeAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        update(
            term
                + "|"
                + inc.getPositionIncrement()
                + "|"
                + length.getPositionLength()
                + "|"
                + offset.startOffset()
                + "|"
                + offset.endOffset()
                + "|"
                + type.type());
      }
      ts.end();
      update("end|" + offset.endOffset() + "|" + inc.getPositionIncrement());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  TokenDigest addSorted(Collection<String> words) {
    update(String.join(" ", new TreeSet<>(words)));
    return this;
  }

  /** The first 32 bits, in hex. */
  String hex() {
    return HexFormat.of().formatHex(sha.digest(), 0, 4);
  }

  /** A text's sentences: cut after ., ! and ? (Latin and Arabic) and at line ends. */
  static List<String> sentences(String text) {
    return List.of(text.split("(?<=[.!?؟\n])\\s*"));
  }

  private void update(String s) {
    sha.update(s.getBytes(StandardCharsets.UTF_8));
    sha.update((byte) '\n');
  }
}
