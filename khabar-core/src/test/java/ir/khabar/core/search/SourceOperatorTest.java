package ir.khabar.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.extract.Agencies;
import ir.khabar.core.index.LuceneSearchEngine;
import ir.khabar.core.pipeline.Ingest;
import ir.khabar.testing.SharedData;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code source:} with a name of several words in quotes («source:"صدا و سیما"») filters by that
 * source, as its one-word form, its id and {@code site:} with its site do, on the seed pages (one
 * of them from IRIB).
 */
class SourceOperatorTest {
  @TempDir Path dir;

  @Test
  void aSourceOfSeveralWordsInQuotesFilters() throws IOException {
    try (LuceneSearchEngine engine = LuceneSearchEngine.open(dir)) {
      Ingest.files(engine, List.of(SharedData.seeds()));
      SearchResult quoted = engine.search(SearchRequest.of("source:\"صدا و سیما\" دیپلماسی"));
      SearchResult joined = engine.search(SearchRequest.of("source:صداوسیما دیپلماسی"));
      assertThat(quoted.understood()).contains("منبع:");
      assertThat(quoted.hits())
          .isNotEmpty()
          .allMatch(h -> h.article().source().id().equals("irib"));
      SearchResult byId = engine.search(SearchRequest.of("source:irib دیپلماسی"));
      assertThat(quoted.hits().stream().map(h -> h.article().id()).toList())
          .isEqualTo(joined.hits().stream().map(h -> h.article().id()).toList())
          .as("an id that is also a Latin name («irib») is the source's id")
          .isEqualTo(byId.hits().stream().map(h -> h.article().id()).toList());
      for (String site : List.of("site:iribnews.ir دیپلماسی", "site:www.iribnews.ir دیپلماسی")) {
        assertThat(engine.search(SearchRequest.of(site)).hits())
            .as("%s: site: names the source by its site, as other search engines write it", site)
            .extracting(h -> h.article().id())
            .isEqualTo(byId.hits().stream().map(h -> h.article().id()).toList());
      }
      assertThat(engine.search(SearchRequest.of("site:irna.ir دیپلماسی")).understood())
          .as("a site is read before Latin words are («irna» is no name to translate)")
          .contains("(منبع: " + Agencies.get().byName("irna").orElseThrow().name() + ")");
    }
  }
}
