package ir.khabar.core.search.engine;

import ir.khabar.core.Article;
import ir.khabar.persian.text.SearchFolding;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The same text, whatever its URL, letters or spacing: SHA-256 of the folded title and body. */
public final class TextKey {
  private TextKey() {}

  public static String of(Article a) {
    StringBuilder text = new StringBuilder(a.title());
    a.body().forEach(p -> text.append(' ').append(p));
    String folded = SearchFolding.fold(text).replaceAll("[\\s\\p{Punct}،؛؟«»]+", "");
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(folded.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
