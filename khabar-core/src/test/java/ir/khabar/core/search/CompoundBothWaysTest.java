package ir.khabar.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.index.LuceneSearchEngine;
import ir.khabar.core.ingest.Ingester;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A compound the lexicon does not know, in both directions, through the real engine: the joined query
 * finds the spaced text and the spaced query the joined text, also when documents hold both spellings.
 */
class CompoundBothWaysTest {
  @TempDir Path dir;

  @Test
  void joinedAndSpacedSpellingsFindEachOther() throws IOException {
    try (LuceneSearchEngine engine = LuceneSearchEngine.open(dir)) {
      Ingester ingester = new Ingester(engine);
      ingester.ingest("spaced.txt", page("سفر معاون وزیر امور خارجه به مسکو",
          "معاون وزیر امور خارجه امروز برای گفت‌وگو درباره همکاری‌های اقتصادی به مسکو رفت."));
      ingester.ingest("joined.txt", page("نشست کمیسیون امورخارجه مجلس",
          "اعضای کمیسیون امورخارجه مجلس درباره توافق‌های منطقه‌ای با وزیر گفت‌وگو کردند."));
      ingester.ingest("other.txt", page("امور جاری شهرداری",
          "شهردار از رسیدگی به امور جاری شهر و طرح‌های خارجه از بودجه خبر داد."));
      engine.commit();
      assertThat(found(engine, "امورخارجه")).containsExactlyInAnyOrder("spaced.txt", "joined.txt");
      assertThat(found(engine, "امور خارجه")).contains("spaced.txt", "joined.txt");
      assertThat(found(engine, "امور‌خارجه")).containsExactlyInAnyOrder("spaced.txt", "joined.txt");
    }
  }

  private static byte[] page(String title, String body) {
    return (title + "\n\n" + body + "\n").getBytes(StandardCharsets.UTF_8);
  }

  private static Set<String> found(LuceneSearchEngine engine, String query) throws IOException {
    return engine.search(new SearchRequest(query, 10, 0, false, null, null, null, null)).hits().stream()
        .map(h -> Path.of(h.article().origin()).getFileName().toString()).collect(Collectors.toSet());
  }
}
