package ir.khabar.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import ir.khabar.core.Article;
import ir.khabar.core.ArticleIds;
import ir.khabar.core.ArticleJson;
import ir.khabar.core.Dating;
import ir.khabar.core.index.LuceneSearchEngine;
import ir.khabar.core.pipeline.Ingest;
import ir.khabar.core.search.SearchRequest;
import ir.khabar.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's own example, {@code ingest corpus/seeds corpus/farsnews}, into a real index: the
 * folder's licence and source note are skipped as not news, the photo items without text are
 * skipped, and what is stored is credited to Fars.
 */
@Tag("integration")
class ArchiveIngestTest {
  @TempDir static Path dir;
  static LuceneSearchEngine engine;
  static IngestReport report;

  @BeforeAll
  static void ingest() throws IOException {
    Path seeds = SharedData.seeds();
    Path fars = SharedData.farsnews();
    engine = LuceneSearchEngine.open(dir);
    report = Ingest.files(engine, List.of(seeds, fars));
  }

  @AfterAll
  static void close() throws IOException {
    if (engine != null) {
      engine.close();
    }
  }

  /** Every Fars record by its link, with whether its body is empty ("." or "…"). */
  private static Map<String, Boolean> farsLinksWithoutText() throws IOException {
    Map<String, Boolean> out = new HashMap<>();
    for (Path f : SharedData.farsnewsFiles()) {
      for (JsonNode r : ArticleJson.MAPPER.readTree(Files.readString(f))) {
        out.put(
            r.get("link").asText(),
            !r.path("paragraphs").toString().codePoints().anyMatch(Character::isLetter));
      }
    }
    return out;
  }

  @Test
  void theLicenceAndTheSourceNoteAreSkippedAsNotNews() throws IOException {
    assertThat(report.skipped())
        .filteredOn(s -> s.kind() == Skip.Kind.NOT_NEWS)
        .extracting(s -> Path.of(s.file()).getFileName().toString())
        .containsExactlyInAnyOrder("LICENSE-of-source-repo", "SOURCE");
    assertThat(report.skipped())
        .filteredOn(s -> s.kind() == Skip.Kind.NOT_NEWS)
        .allSatisfy(s -> assertThat(s.reason()).startsWith("not a news item: "));
    assertThat(engine.search(SearchRequest.search("Apache License").anyTerm().build()).total())
        .isZero();
    assertThat(report.rejections()).isEmpty();
    assertThat(report.skipSummary()).isEqualTo("skipped 14: 2 not news, 12 no text");
  }

  @Test
  void noTwoFarsItemsWithoutTextShareAStory() throws IOException {
    Map<String, Boolean> textless = farsLinksWithoutText();
    assertThat(textless.values().stream().filter(b -> b).count())
        .as("photo items in the corpus")
        .isEqualTo(15);
    List<String> shared = new ArrayList<>();
    for (Map.Entry<String, Boolean> e : textless.entrySet()) {
      if (!e.getValue()) {
        continue;
      }
      String id = ArticleIds.forUrl(e.getKey());
      Article a = engine.get(id).orElse(null);
      if (a == null) {
        continue;
      }
      assertThat(a.body())
          .as("'.' is no paragraph")
          .noneMatch(p -> !p.codePoints().anyMatch(Character::isLetter));
      List<Article> story = engine.story(a.story());
      if (story.size() > 1) {
        shared.add(a.title() + " with " + story.stream().map(Article::title).toList());
      }
    }
    assertThat(shared).isEmpty();
  }

  @Test
  void everyFarsRecordIsCreditedToFarsEvenWithABarInItsLink() throws IOException {
    int checked = 0;
    for (String link : farsLinksWithoutText().keySet()) {
      Article a = engine.get(ArticleIds.forUrl(link)).orElse(null);
      if (a != null) {
        checked++;
        assertThat(a.source().id()).as(link).isEqualTo("fars");
      }
    }
    assertThat(checked).isGreaterThan(1450);
  }

  @Test
  void theSummaryCountsHowArticlesWereDated() {
    assertThat(report.datingSummary())
        .matches(
            "dated: 2 by the page, 0 by the record, \\d+ by the URL, 0 by the text, 0 by the file"
                + " name; \\d+ undated");
    assertThat(report.dated(Dating.Basis.URL)).isGreaterThanOrEqualTo(1470);
    assertThat(report.undated()).isLessThanOrEqualTo(6);
  }
}
