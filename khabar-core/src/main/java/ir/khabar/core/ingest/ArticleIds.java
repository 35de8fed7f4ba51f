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
final class ArticleIds {
  private ArticleIds() {}

  static String of(Article a) {
    String url = a.canonicalUrl() != null && !a.canonicalUrl().isBlank() ? a.canonicalUrl() : a.url();
    String key = url != null && !url.isBlank() ? "url:" + url.strip()
        : "text:" + SearchFolding.fold(a.fullText()).replaceAll("\\s+", " ").strip();
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
