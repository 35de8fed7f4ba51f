package ir.khabar.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.pipeline.Ingest;
import ir.khabar.core.search.Hit;
import ir.khabar.core.search.SearchRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A passage is a sentence, and a digest of the day's headlines is one sentence of thousands of
 * characters: its snippet keeps the words around each mark and cuts the rest with an ellipsis, so
 * one hit cannot fill the results page.
 */
class LongPassageSnippetsTest {
  @TempDir Path dir;

  @Test
  void aPageLongSentenceIsCutAroundItsMarks() throws IOException {
    String headlines =
        IntStream.range(0, 120)
            .mapToObj(
                i -> i == 60 ? "دیدار وزیر خارجه با همتای ژاپنی" : "گزارش شماره " + i + " روزنامه")
            .collect(Collectors.joining(" ، "));
    Path pages = Files.createDirectories(dir.resolve("pages"));
    Files.writeString(
        pages.resolve("digest.txt"),
        "عناوین روزنامه\u200cهای صبح\nدوشنبه ۲۴ آذر ۱۴۰۴ - ۰۸:۰۰\n\n" + headlines + "\n",
        StandardCharsets.UTF_8);
    try (LuceneSearchEngine engine = LuceneSearchEngine.open(dir.resolve("index"))) {
      assertThat(Ingest.files(engine, List.of(pages)).added()).isEqualTo(1);
      Hit hit = engine.search(SearchRequest.search("ژاپنی").build()).hits().get(0);
      assertThat(headlines.length()).isGreaterThan(2_000);
      assertThat(hit.snippet()).contains("<mark>ژاپنی</mark>").contains("…");
      assertThat(hit.snippet().length()).isLessThan(700);
      assertThat(hit.snippet()).doesNotContain("شماره 0 ").doesNotContain("شماره 119");
    }
  }
}
