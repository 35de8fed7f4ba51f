package ir.khabar.core.quality;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.search.EntityFilter;
import ir.khabar.core.search.Hit;
import ir.khabar.core.search.SearchRequest;
import ir.khabar.core.search.SearchResult;
import java.io.IOException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * With no query word, a person, country, organisation or source filter lists that entity's
 * articles, newest first and one per story, over the real seeds and Fars News index.
 */
@Tag("integration")
class BrowseByEntityTest {
  @Test
  void aCountryWithoutQueryWordsListsItsArticlesNewestFirst() throws IOException {
    SearchResult r =
        FarsIndex.engine().search(request(new EntityFilter(null, "روسیه", null), null));
    assertThat(r.total()).isGreaterThan(10);
    assertNewestFirstOnePerStory(r.hits());
    assertThat(r.hits())
        .allSatisfy(
            h ->
                assertThat(h.article().entities())
                    .anySatisfy(e -> assertThat(e.id()).isEqualTo("country-ru")));
  }

  @Test
  void aPersonByNameOrIdListsTheSameArticles() throws IOException {
    SearchResult byName =
        FarsIndex.engine().search(request(new EntityFilter("خامنه\u200cای", null, null), null));
    SearchResult byId =
        FarsIndex.engine().search(request(new EntityFilter("ali-khamenei", null, null), null));
    assertThat(byName.total()).isGreaterThan(3).isEqualTo(byId.total());
    assertThat(byName.hits())
        .extracting(h -> h.article().id())
        .isEqualTo(byId.hits().stream().map(h -> h.article().id()).toList());
    assertNewestFirstOnePerStory(byName.hits());
  }

  @Test
  void aSourceWithoutQueryWordsListsItsArticles() throws IOException {
    String source = FarsIndex.engine().sources().get(0).source().id();
    SearchResult r = FarsIndex.engine().search(request(EntityFilter.NONE, source));
    assertThat(r.total()).isGreaterThan(10);
    assertThat(r.hits()).allSatisfy(h -> assertThat(h.article().source().id()).isEqualTo(source));
    assertNewestFirstOnePerStory(r.hits());
  }

  @Test
  void noQueryAndNoFilterStillFindsNothing() throws IOException {
    assertThat(FarsIndex.engine().search(request(EntityFilter.NONE, null)).total()).isZero();
  }

  private static SearchRequest request(EntityFilter entities, String source) {
    return new SearchRequest("", 50, 0, false, source, null, null, null, entities);
  }

  private static void assertNewestFirstOnePerStory(List<Hit> hits) {
    Set<String> stories = new HashSet<>();
    Instant previous = Instant.MAX;
    for (Hit h : hits) {
      assertThat(stories.add(h.article().story())).as("one hit per story").isTrue();
      Instant at =
          h.article().published() == null ? Instant.MIN : h.article().published().toInstant();
      assertThat(at).isBeforeOrEqualTo(previous);
      previous = at;
    }
  }
}
