package ir.khabar.core.stories;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import ir.khabar.core.Article;
import ir.khabar.core.ArticleIds;
import ir.khabar.core.ArticleJson;
import ir.khabar.core.index.LuceneSearchEngine;
import ir.khabar.core.pipeline.Ingest;
import ir.khabar.testing.SharedData;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Same-story pairs on the labelled set (stories/story-eval.json): Fars News articles as bases, and
 * variants written for Khabar (a new headline; another agency's headline, lead and some paragraphs
 * a few hours later; paragraphs dropped and reordered with other furniture), with negatives that
 * share names, places or boilerplate with a base but report another event. All items carry the same
 * day, so only the text decides. Prints pair precision and recall (docs/QUALITY.md).
 */
@Tag("integration")
class StoryEvaluationTest {
  private static final ZonedDateTime DAY =
      ZonedDateTime.parse("2025-12-01T10:00:00+03:30[Asia/Tehran]");
  @TempDir Path dir;

  @Test
  void sameStoryPairsAreFoundAndOtherEventsKeptApart() throws Exception {
    JsonNode set = evaluationSet();
    Map<String, JsonNode> bases = farsnewsByLink();
    ArrayNode records = ArticleJson.MAPPER.createArrayNode();
    List<String> labels = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (JsonNode item : set.get("items")) {
      ids.add(item.get("id").asText());
      records.add(record(item, bases.get(item.get("base").asText())));
      labels.add(item.get("story").asText());
    }
    Path file = dir.resolve("story-eval.json");
    Files.writeString(file, records.toString(), StandardCharsets.UTF_8);
    Map<String, String> storyByUrl = new HashMap<>();
    try (LuceneSearchEngine engine = LuceneSearchEngine.open(dir.resolve("index"))) {
      Ingest.files(engine, List.of(file));
      for (JsonNode r : records) {
        String id = r.get("url").asText();
        storyByUrl.put(id, storyOf(engine, id));
      }
    }
    long tp = 0;
    long fp = 0;
    long fn = 0;
    for (int i = 0; i < records.size(); i++) {
      for (int j = i + 1; j < records.size(); j++) {
        boolean gold = labels.get(i).equals(labels.get(j));
        boolean predicted =
            storyByUrl
                .get(records.get(i).get("url").asText())
                .equals(storyByUrl.get(records.get(j).get("url").asText()));
        tp += gold && predicted ? 1 : 0;
        fp += !gold && predicted ? 1 : 0;
        fn += gold && !predicted ? 1 : 0;
        if (gold != predicted) {
          System.out.println(
              "  " + (gold ? "missed: " : "wrongly joined: ") + ids.get(i) + " ~ " + ids.get(j));
        }
      }
    }
    double precision = tp + fp == 0 ? 1 : tp / (double) (tp + fp);
    double recall = tp / (double) (tp + fn);
    System.out.printf(
        "same-story pairs over %d items: precision %.3f recall %.3f (tp %d, fp %d, fn %d)%n",
        records.size(), precision, recall, tp, fp, fn);
    assertThat(precision).isGreaterThanOrEqualTo(0.95);
    assertThat(recall).isGreaterThanOrEqualTo(0.90);
  }

  private static String storyOf(LuceneSearchEngine engine, String url) throws Exception {
    return engine
        .get(ArticleIds.forUrl(url))
        .map(Article::story)
        .orElseThrow(() -> new AssertionError(url));
  }

  /** A Khabar JSON record: the base with the item's edit applied, under a URL of its own. */
  private static ObjectNode record(JsonNode item, JsonNode base) {
    assertThat(base).as("base %s in the corpus", item.get("base")).isNotNull();
    JsonNode edit = item.get("edit");
    String kind = edit.get("kind").asText();
    List<String> paragraphs = new ArrayList<>();
    base.get("paragraphs").forEach(p -> paragraphs.add(p.asText()));
    ObjectNode r = ArticleJson.MAPPER.createObjectNode();
    r.put(
        "title",
        kind.equals("headline") || kind.equals("agency")
            ? edit.get("title").asText()
            : base.get("title").asText());
    r.put(
        "lead", kind.equals("agency") ? edit.get("lead").asText() : base.get("abstract").asText());
    List<String> body =
        switch (kind) {
          case "agency" -> pick(paragraphs, edit.get("keep"));
          case "trim" -> trim(paragraphs, edit);
          default -> paragraphs;
        };
    body.forEach(r.withArray("body")::add);
    r.put("source", kind.equals("agency") ? edit.get("source").asText() : "خبرگزاری فارس");
    int hours = edit.has("hoursLater") ? edit.get("hoursLater").asInt() : 0;
    r.put("published", ArticleJson.iso(DAY.plusHours(hours)));
    r.put("url", "https://aggregator.khabar.invalid/" + item.get("id").asText());
    return r;
  }

  private static List<String> pick(List<String> paragraphs, JsonNode indices) {
    List<String> out = new ArrayList<>();
    indices.forEach(i -> out.add(paragraphs.get(i.asInt())));
    return out;
  }

  private static List<String> trim(List<String> paragraphs, JsonNode edit) {
    List<String> kept = new ArrayList<>();
    List<Integer> drop = new ArrayList<>();
    edit.path("drop").forEach(i -> drop.add(i.asInt()));
    for (int i = 0; i < paragraphs.size(); i++) {
      if (!drop.contains(i)) {
        kept.add(paragraphs.get(i));
      }
    }
    List<String> out = new ArrayList<>();
    if (edit.has("order")) {
      edit.get("order").forEach(i -> out.add(kept.get(i.asInt())));
      for (int i = 0; i < kept.size(); i++) {
        if (!out.contains(kept.get(i))) {
          out.add(kept.get(i));
        }
      }
    } else {
      out.addAll(kept);
    }
    edit.path("furniture").forEach(f -> out.add(f.asText()));
    return out;
  }

  private static JsonNode evaluationSet() throws Exception {
    InputStream in =
        StoryEvaluationTest.class.getResourceAsStream("/ir/khabar/core/stories/story-eval.json");
    Assumptions.assumeTrue(in != null, "no story evaluation set");
    try (in) {
      return ArticleJson.MAPPER.readTree(in);
    }
  }

  private static Map<String, JsonNode> farsnewsByLink() throws Exception {
    Map<String, JsonNode> out = new HashMap<>();
    for (int n = 1; n <= 5; n++) {
      for (JsonNode r :
          ArticleJson.MAPPER.readTree(
              SharedData.farsnews().resolve("fars-news-" + n + ".json").toFile())) {
        out.putIfAbsent(r.get("link").asText(), r);
      }
    }
    return out;
  }
}
