package ir.khabar.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.pipeline.Ingest;
import ir.khabar.core.search.SearchRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two given names are written joined («محمدجواد») as often as apart («محمد جواد»): a query in
 * either spelling finds the articles in both, although the joined word is itself in the index.
 */
class JoinedGivenNamesTest {
  @TempDir Path dir;

  @Test
  void aNameOfTwoGivenNamesIsFoundJoinedOrApart() throws IOException {
    Path pages = Files.createDirectories(dir.resolve("pages"));
    write(pages, "apart.txt", "سفر وزیر به مسکو", "محمد جواد ظریف امروز به مسکو سفر کرد.");
    write(pages, "joined.txt", "دیدار در تهران", "محمدجواد ظریف امروز با همتای عمانی دیدار کرد.");
    try (LuceneSearchEngine engine = LuceneSearchEngine.open(dir.resolve("index"))) {
      assertThat(Ingest.files(engine, List.of(pages)).added()).isEqualTo(2);
      for (String q : List.of("محمدجواد ظریف", "محمد جواد ظریف")) {
        assertThat(engine.search(SearchRequest.search(q).build()).hits())
            .as(q)
            .extracting(h -> h.article().title())
            .containsExactlyInAnyOrder("سفر وزیر به مسکو", "دیدار در تهران");
      }
    }
  }

  private static void write(Path dir, String file, String title, String body) throws IOException {
    Files.writeString(
        dir.resolve(file),
        title + "\nدوشنبه ۲۴ آذر ۱۴۰۴ - ۱۰:۳۰\n\n" + body + "\n",
        StandardCharsets.UTF_8);
  }
}
