package ir.khabar.solr;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Article;
import ir.khabar.core.Entity;
import ir.khabar.core.index.LuceneSearchEngine;
import ir.khabar.core.pipeline.Ingest;
import ir.khabar.core.search.EntityFilter;
import ir.khabar.core.search.Hit;
import ir.khabar.core.search.SearchEngine;
import ir.khabar.core.search.SearchRequest;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample corpus Khabar ships, in the embedded index and in a 2 × 2 SolrCloud collection: the
 * same stories (the same versions grouped under the same ids), articles, filters by source, date
 * and entity, facets, sources and related news.
 */
@Tag("solr")
class StoriesFiltersFacetsTest {
  @TempDir static Path data;
  static EnginePair engines;
  static LuceneSearchEngine embedded;
  static SolrSearchEngine solr;

  @BeforeAll
  static void ingest() throws Exception {
    engines = EnginePair.load(data, "sample", Ingest::sample);
    embedded = engines.embedded;
    solr = engines.solr;
  }

  @AfterAll
  static void close() throws Exception {
    if (engines != null) {
      engines.close();
    }
  }

  private static List<Hit> everything(SearchEngine engine) throws Exception {
    return engine.browse(SearchRequest.browse().limit(1000).build()).hits();
  }

  @Test
  void theSameArticlesInTheSameStories() throws Exception {
    assertThat(solr.count()).isEqualTo(embedded.count()).isGreaterThan(20);
    List<Hit> stories = everything(embedded);
    assertThat(ids(everything(solr))).containsExactlyInAnyOrderElementsOf(ids(stories));
    int multi = 0;
    for (Hit h : stories) {
      List<Article> versions = embedded.story(h.article().story());
      // the same articles; each engine's copy was first stored at its own time (Article.seen)
      assertThat(solr.story(h.article().story()))
          .as("story %s", h.article().story())
          .usingRecursiveFieldByFieldElementComparatorIgnoringFields("seen")
          .isEqualTo(versions);
      multi += versions.size() > 1 ? 1 : 0;
      for (Article a : versions) {
        assertThat(solr.get(a.id()).orElseThrow())
            .usingRecursiveComparison()
            .ignoringFields("seen")
            .isEqualTo(a);
        assertThat(solr.contains(a.id())).isTrue();
      }
    }
    assertThat(multi).as("stories told by more than one agency").isPositive();
    assertThat(solr.get("no-such-article")).isEmpty();
  }

  @Test
  void hitsCountTheOtherVersionsOfTheirStory() throws Exception {
    SearchRequest r = SearchRequest.of("جام تختی");
    assertThat(solr.search(r).hits())
        .extracting(Hit::moreInStory)
        .isEqualTo(embedded.search(r).hits().stream().map(Hit::moreInStory).toList())
        .anyMatch(n -> n > 0);
  }

  @Test
  void filtersBySourceDateAndEntityAgree() throws Exception {
    List<SearchRequest> requests = new ArrayList<>();
    String source = embedded.sources().get(0).source().name();
    requests.add(SearchRequest.browse().limit(50).source(source).build());
    Article some = everything(embedded).get(0).article();
    LocalDate day = some.published().toLocalDate();
    requests.add(SearchRequest.browse().limit(50).days(day.minusDays(3), day).build());
    requests.add(
        SearchRequest.search("ایران")
            .limit(50)
            .days(day.minusDays(30), null)
            .newestFirst()
            .build());
    requests.add(
        SearchRequest.search("ایران")
            .limit(50)
            .entities(new EntityFilter(null, "روسیه", null))
            .build());
    requests.add(
        SearchRequest.browse()
            .limit(50)
            .entities(EntityFilter.countries("ایران", "روسیه"))
            .build());
    for (SearchRequest r : requests) {
      var expected = r.query().isBlank() ? embedded.browse(r) : embedded.search(r);
      var actual = r.query().isBlank() ? solr.browse(r) : solr.search(r);
      assertThat(expected.hits()).as("%s", r).isNotEmpty();
      assertThat(ids(actual.hits()))
          .as("%s", r)
          .containsExactlyInAnyOrderElementsOf(ids(expected.hits()));
      assertThat(actual.total()).isEqualTo(expected.total());
    }
  }

  @Test
  void facetsAndSourcesAgree() throws Exception {
    var all = embedded.facets(SearchRequest.of(""), 10);
    assertThat(all.get(Entity.Type.COUNTRY)).isNotEmpty();
    assertThat(solr.facets(SearchRequest.of(""), 10)).isEqualTo(all);
    SearchRequest query = SearchRequest.of("ایران");
    assertThat(solr.facets(query, 5)).isEqualTo(embedded.facets(query, 5));
    assertThat(solr.sources()).isEqualTo(embedded.sources());
  }

  @Test
  void relatedNewsLeavesTheStoryOut() throws Exception {
    int found = 0;
    for (Hit h : everything(embedded)) {
      List<Article> related = solr.related(h.article().id(), 5);
      found += related.isEmpty() ? 0 : 1;
      assertThat(related).extracting(Article::story).doesNotContain(h.article().story());
      assertThat(related).extracting(Article::story).doesNotHaveDuplicates();
    }
    assertThat(found).isGreaterThan(5);
  }

  @Test
  void snippetsMarkTheMatchedWords() throws Exception {
    Hit first = solr.search(SearchRequest.of("کشتی")).hits().get(0);
    assertThat(first.snippet()).contains("<mark>");
    assertThat(first.snippet())
        .isEqualTo(embedded.search(SearchRequest.of("کشتی")).hits().get(0).snippet());
  }

  private static List<String> ids(List<Hit> hits) {
    return hits.stream().map(h -> h.article().id()).toList();
  }
}
