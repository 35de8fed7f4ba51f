package ir.khabar.core.ingest;

import ir.khabar.core.Article;
import ir.khabar.persian.text.SearchFolding;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Article ids: 16 hex digits of SHA-256 over the canonical URL (or the URL) when there is one, else
 * over the folded text, so
 * the same article ingested twice, from any path or in any spelling of its letters, has one id.
 */
public final class ArticleIds {
  private ArticleIds() {}

  public static String of(Article a) {
    String url = a.canonicalUrl() != null && !a.canonicalUrl().isBlank() ? a.canonicalUrl() : a.url();
    return url != null && !url.isBlank() ? forUrl(url)
        : hash("text:" + SearchFolding.fold(a.fullText()).replaceAll("\\s+", " ").strip());
  }

  /** The id of the article whose canonical URL this is. */
  public static String forUrl(String url) {
    return hash("url:" + url.strip());
  }

  private static String hash(String key) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
