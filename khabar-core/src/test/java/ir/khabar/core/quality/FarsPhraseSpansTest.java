package ir.khabar.core.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import ir.khabar.core.Article;
import ir.khabar.core.ArticleJson;
import ir.khabar.core.index.LuceneSearchEngine;
import ir.khabar.core.pipeline.Ingest;
import ir.khabar.core.search.Hit;
import ir.khabar.core.search.SearchRequest;
import ir.khabar.core.search.SearchResult;
import ir.khabar.persian.text.SearchFolding;
import ir.khabar.testing.SharedData;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Phrases a reader copies from an article find it: 40 spans of 3–6 words with a stopword (و، در،
 * از، به، با، که، را) inside, copied at random (fixed seed) from the bodies of the Fars News
 * records as they are written (Arabic ي and ك, half-spaces lost or kept), searched in quotes
 * through the real ingest and {@link LuceneSearchEngine}. Prints how many find their own article,
 * how many rank it in the top ten, and the precision of the hits (the share of a span's first 50
 * hits that hold the span, spacing and letters folded, averaged over the spans); docs/QUALITY.md
 * reports these figures.
 */
@Tag("integration")
class FarsPhraseSpansTest {
  private static final int SPANS = 40;
  private static final long SEED = 22;
  private static final Set<String> STOPWORDS = Set.of("و", "در", "از", "به", "با", "که", "را");

  /** A span stays inside a sentence and a quotation: none of these inside it. */
  private static final String BREAKS = ".!?؟:؛;«»\"“”()[]{}/";

  @TempDir Path dir;

  private record Span(String link, String text) {}

  @Test
  void copiedSpansWithStopwordsFindTheirArticle() throws IOException {
    List<Path> files = SharedData.farsnewsFiles();
    List<Span> spans = spans(files);
    assertThat(spans).hasSize(SPANS);
    int found = 0;
    int top10 = 0;
    int hits = 0;
    int holding = 0;
    double precisionSum = 0;
    List<String> missed = new ArrayList<>();
    StringBuilder details = new StringBuilder();
    try (LuceneSearchEngine engine = LuceneSearchEngine.open(dir)) {
      Ingest.files(engine, files);
      for (Span span : spans) {
        SearchResult r =
            engine.search(SearchRequest.search("\"" + span.text() + "\"").limit(50).build());
        int rank = rankOf(engine, r, span.link());
        if (rank >= 0) {
          found++;
          top10 += rank < 10 ? 1 : 0;
        } else {
          missed.add(span.text() + "  (" + span.link() + ", " + r.total() + " hits)");
        }
        details
            .append("\n  ")
            .append(rank >= 0 ? "found " : "MISSED")
            .append(String.format(" %4d hits  ", r.total()))
            .append(span.text())
            .append("  ");
        String wanted = letters(span.text());
        int spanHolding = 0;
        for (Hit h : r.hits()) {
          hits++;
          boolean holds = letters(h.article().fullText()).contains(wanted);
          spanHolding += holds ? 1 : 0;
          details.append(holds ? "+" : "-");
        }
        holding += spanHolding;
        precisionSum += r.hits().isEmpty() ? 0 : (double) spanHolding / r.hits().size();
      }
    }
    double precision = precisionSum / SPANS;
    System.out.println(
        "phrase spans (hits of the first 50 that hold the span: + yes, - no):" + details);
    System.out.printf(
        "phrase spans: %d/%d find their article (%d in the top 10); precision of the hits %.2f per span"
            + " (%d of %d hits hold the span)%n",
        found, SPANS, top10, precision, holding, hits);
    assertThat(found)
        .as("spans that find their own article; missed: %s", missed)
        .isGreaterThanOrEqualTo(38);
    assertThat(top10).as("spans that rank their article in the top ten").isGreaterThanOrEqualTo(36);
    assertThat(precision)
        .as("mean share of a span's hits that hold it")
        .isGreaterThanOrEqualTo(0.8);
  }

  /** The hit's rank whose article (or a version in its story) has the link; -1 when none. */
  private static int rankOf(LuceneSearchEngine engine, SearchResult r, String link)
      throws IOException {
    for (int i = 0; i < r.hits().size(); i++) {
      Article a = r.hits().get(i).article();
      if (link.equals(a.url())) {
        return i;
      }
      if (a.story() != null && r.hits().get(i).moreInStory() > 0) {
        for (Article version : engine.story(a.story())) {
          if (link.equals(version.url())) {
            return i;
          }
        }
      }
    }
    return -1;
  }

  /** Random spans from the records whose link occurs once in the corpus. */
  private static List<Span> spans(List<Path> files) throws IOException {
    List<JsonNode> records = new ArrayList<>();
    Map<String, Integer> links = new HashMap<>();
    for (Path f : files) {
      for (JsonNode record : ArticleJson.MAPPER.readTree(f.toFile())) {
        records.add(record);
        links.merge(record.path("link").asText(), 1, Integer::sum);
      }
    }
    Random random = new Random(SEED);
    List<Span> spans = new ArrayList<>();
    while (spans.size() < SPANS) {
      JsonNode record = records.get(random.nextInt(records.size()));
      String link = record.path("link").asText();
      JsonNode paragraphs = record.path("paragraphs");
      if (links.get(link) != 1 || paragraphs.size() == 0) {
        continue;
      }
      String[] words =
          paragraphs.get(random.nextInt(paragraphs.size())).asText().strip().split("\\s+");
      int length = 3 + random.nextInt(4);
      if (words.length < length + 2) {
        continue;
      }
      int start = 1 + random.nextInt(words.length - length - 1);
      List<String> span = new ArrayList<>(List.of(words).subList(start, start + length));
      span.set(0, span.get(0).replaceAll("^[\\p{P}\\p{S}]+", ""));
      span.set(length - 1, span.get(length - 1).replaceAll("[\\p{P}\\p{S}]+$", ""));
      String text = String.join(" ", span);
      boolean stopwordInside =
          span.subList(1, length - 1).stream().anyMatch(w -> STOPWORDS.contains(persianLetters(w)));
      if (stopwordInside
          && text.chars().noneMatch(c -> BREAKS.indexOf(c) >= 0)
          && !span.get(0).isEmpty()
          && !span.get(length - 1).isEmpty()) {
        spans.add(new Span(link, text));
      }
    }
    return spans;
  }

  private static String persianLetters(String word) {
    return word.replace('ي', 'ی').replace('ك', 'ک');
  }

  /** Letters and digits in search folding, with no spaces: spacing variants compare equal. */
  private static String letters(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = SearchFolding.fold(text.charAt(i));
      if (c != SearchFolding.DELETE && Character.isLetterOrDigit(c)) {
        b.append(c);
      }
    }
    return b.toString();
  }
}
