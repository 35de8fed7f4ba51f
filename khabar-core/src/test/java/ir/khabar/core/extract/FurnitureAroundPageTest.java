package ir.khabar.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Article;
import ir.khabar.core.index.LuceneSearchEngine;
import ir.khabar.core.ingest.IngestReport;
import ir.khabar.core.pipeline.Ingest;
import ir.khabar.core.search.SearchRequest;
import ir.khabar.testing.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A text page with two lines of site furniture above its title («اخبار مرتبط», a related headline)
 * and tag and share lines below it is read as the same article as the page alone, and is stored and
 * found.
 */
class FurnitureAroundPageTest {
  private static final String ABOVE = "اخبار مرتبط\nنشست خبری استاندار\n";
  private static final String BELOW =
      "\nبرچسب\u200cها: مشهد، دیپلماسی استانی، سفیران\nاشتراک گذاری\n";

  @TempDir Path dir;
  private final TextPageExtractor extractor = new TextPageExtractor(Agencies.get());

  private Article extract(String text) {
    return extractor
        .extract(text, "page.txt")
        .orElseThrow(() -> new AssertionError("no article found"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"001", "003"})
  void furnitureAboveAndBelowLeavesTheSameArticle(String seed) {
    String page = SharedData.seedText(seed);
    Article alone = extract(page);
    Article wrapped = extract(ABOVE + page + BELOW);
    assertThat(wrapped.title()).isEqualTo(alone.title());
    assertThat(wrapped.lead()).isEqualTo(alone.lead());
    assertThat(wrapped.body()).isEqualTo(alone.body());
    assertThat(wrapped.published()).isEqualTo(alone.published());
    assertThat(wrapped.dating()).isEqualTo(alone.dating());
    assertThat(wrapped.source()).isEqualTo(alone.source());
    assertThat(String.join("\n", wrapped.body()))
        .doesNotContain("برچسب")
        .doesNotContain("اشتراک گذاری")
        .doesNotContain("نشست خبری استاندار");
  }

  @Test
  void theWrappedSeedIsStoredAndFound() throws IOException {
    Path file = dir.resolve("wrapped-001.txt");
    Files.writeString(file, ABOVE + SharedData.seedText("001") + BELOW, StandardCharsets.UTF_8);
    try (LuceneSearchEngine engine = LuceneSearchEngine.open(dir.resolve("index"))) {
      IngestReport r = Ingest.files(engine, List.of(file));
      assertThat(r.rejections()).isEmpty();
      assertThat(r.added()).isEqualTo(1);
      assertThat(
              engine.search(SearchRequest.search("دیپلماسی استانی مشهد").limit(5).build()).hits())
          .extracting(h -> h.article().origin())
          .containsExactly(file.toString());
    }
  }

  @Test
  void theSameArticleArrivingManyTimesTeachesNoFurniture() {
    Article a = extract(SharedData.seedText("001"));
    List<Article> batch = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      batch.add(a.toBuilder().origin("copy-" + i + ".txt").build());
    }
    SourceFurniture furniture = new SourceFurniture();
    furniture.learn(batch);
    assertThat(furniture.clean(a).body()).isEqualTo(a.body());
  }
}
