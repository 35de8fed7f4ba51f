package ir.khabar.core;

import ir.khabar.persian.text.CharTable;
import ir.khabar.persian.text.SearchFolding;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Khabar's one content hash (16 hex digits of SHA-256) and the two keys made with it. An article's
 * id is the hash of its canonical URL (or URL) when it has one, else of its folded text, so the
 * same article ingested twice, from any path or in any spelling of its letters, has one id. Its
 * text key is the hash of its folded title and body without spaces or punctuation: the same text
 * under another URL, or spaced differently, is stored once.
 */
public final class ArticleIds {
  private ArticleIds() {}

  public static String of(Article a) {
    String url =
        a.canonicalUrl() != null && !a.canonicalUrl().isBlank() ? a.canonicalUrl() : a.url();
    return url != null && !url.isBlank()
        ? forUrl(url)
        : hash("text:" + SearchFolding.fold(a.fullText()).replaceAll("\\s+", " ").strip());
  }

  /** The id of the article whose canonical URL this is. */
  public static String forUrl(String url) {
    return hash("url:" + url.strip());
  }

  /**
   * The same text, whatever its URL, letters or spacing. Indexes written before this key shared the
   * hash above hold 24 digits of the same SHA-256, which begin with these 16 (see the engines'
   * checks).
   */
  public static String textKey(Article a) {
    StringBuilder text = new StringBuilder(a.title());
    a.body().forEach(p -> text.append(' ').append(p));
    return hash(withoutSpacesAndPunctuation(SearchFolding.fold(text)));
  }

  /** The text without spaces and punctuation: what {@code [\s\p{Punct}،؛؟«»]} matches. */
  private static String withoutSpacesAndPunctuation(String folded) {
    char[] kept = new char[folded.length()];
    int n = 0;
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (!dropped(c)) {
        kept[n++] = c;
      }
    }
    return new String(kept, 0, n);
  }

  /** Java's {@code \s} and {@code \p{Punct}} (both ASCII only), and Persian punctuation. */
  private static final String DROPPED = " \t\n\u000B\f\r!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~،؛؟«»";

  /** {@link #DROPPED} as a table (a scan of it per char cost a third of the key). */
  private static final CharTable DROPPED_CHARS = CharTable.of(c -> DROPPED.indexOf(c) >= 0);

  private static boolean dropped(char c) {
    return DROPPED_CHARS.has(c);
  }

  private static String hash(String key) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
