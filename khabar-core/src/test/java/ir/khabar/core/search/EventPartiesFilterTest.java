package ir.khabar.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Entity;
import ir.khabar.core.index.LuceneSearchEngine;
import ir.khabar.core.pipeline.Ingest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A country that takes part in an article's event only through its capital is found by the
 * country's filter and counted in its facet, so that a pair's page lists every event {@code
 * /countries} counts for the pair. One article written for this test.
 */
class EventPartiesFilterTest {
  @TempDir Path dir;

  @Test
  void aCountryMetInItsCapitalFiltersTheArticle() throws IOException {
    Path docs = Files.createDirectories(dir.resolve("docs"));
    Files.writeString(
        docs.resolve("vienna.txt"),
        "سفر وزیر خارجه به وین\n"
            + "وزیر امور خارجه ایران دیروز برای دیداری دو روزه وارد وین شد. او در این سفر درباره"
            + " همکاری\u200cهای اقتصادی و فرهنگی گفت\u200cوگو می\u200cکند و روز پنجشنبه به تهران"
            + " بازمی\u200cگردد.\n");
    try (LuceneSearchEngine engine = LuceneSearchEngine.open(dir.resolve("index"))) {
      Ingest.files(engine, List.of(docs));
      SearchResult all = engine.browse(SearchRequest.browse().build());
      assertThat(all.hits()).hasSize(1);
      assertThat(all.hits().get(0).article().entities())
          .as("the article names Vienna, not Austria")
          .noneMatch(e -> e.id().equals("country-at") && e.type() == Entity.Type.COUNTRY);
      EntityFilter pair = EntityFilter.countries("country-ir", "country-at");
      assertThat(engine.browse(SearchRequest.browse().entities(pair).build()).total()).isEqualTo(1);
      assertThat(EventTimeline.of(engine, pair, EventTimeline.between("country-ir", "country-at")))
          .hasSize(1);
      assertThat(engine.facets(SearchRequest.browse().build(), 10).get(Entity.Type.COUNTRY))
          .as("a facet counts what clicking it finds")
          .contains(new FacetCount("country-at", "اتریش", 1));
    }
  }
}
