package ir.khabar.core.understand.entities;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import ir.khabar.core.ArticleJson;
import ir.khabar.testing.SharedData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Span F1 of the recogniser against hand-labelled sentences: the project's own sentences, and Fars
 * News sentences (dev, used while building; test, not tuned on) referenced by record link and
 * offsets, so no corpus text is shipped. Prints the table docs/QUALITY.md shows.
 */
class EntitySpanQualityTest {
  private static final String DIR = "/ir/khabar/core/understand/entities/";
  private final EntityRecognizer recognizer = EntityRecognizer.get();

  @Test
  void ownSentences() throws IOException {
    SpanScore score = new SpanScore();
    for (JsonNode item : load("own-sentences.json")) {
      score(score, item.get("text").asText(), item.get("spans"));
    }
    System.out.print(score.table("own"));
    assertThat(score.f1(null)).isGreaterThanOrEqualTo(0.80);
  }

  @Test
  void farsNewsDevelopmentSentences() throws IOException {
    SpanScore score = farsNews("farsnews-dev.json");
    System.out.print(score.table("farsnews-dev"));
    assertThat(score.f1(null)).isGreaterThanOrEqualTo(0.70);
  }

  @Test
  void farsNewsTestSentences() throws IOException {
    SpanScore score = farsNews("farsnews-test.json");
    System.out.print(score.table("farsnews-test"));
    assertThat(score.f1(null)).isGreaterThanOrEqualTo(0.60);
  }

  private SpanScore farsNews(String file) throws IOException {
    Map<String, JsonNode> records = farsNewsByLink();
    SpanScore score = new SpanScore();
    for (JsonNode item : load(file)) {
      JsonNode record = records.get(item.get("link").asText());
      assertThat(record).as("record %s in ../shared", item.get("link")).isNotNull();
      String field = item.get("field").asText();
      String source =
          field.equals("paragraphs")
              ? record.get("paragraphs").get(item.get("paragraph").asInt()).asText()
              : record.get(field).asText();
      score(
          score,
          source.substring(item.get("start").asInt(), item.get("end").asInt()),
          item.get("spans"));
    }
    return score;
  }

  private void score(SpanScore score, String text, JsonNode spans) {
    Set<SpanScore.Key> gold = new HashSet<>();
    for (JsonNode s : spans) {
      assertThat(text.substring(s.get("start").asInt(), s.get("end").asInt()))
          .isEqualTo(s.get("text").asText());
      gold.add(
          new SpanScore.Key(s.get("type").asText(), s.get("start").asInt(), s.get("end").asInt()));
    }
    Set<SpanScore.Key> predicted = new HashSet<>();
    for (Span s : recognizer.names(text)) {
      predicted.add(new SpanScore.Key(s.spanType(), s.start(), s.end()));
    }
    if (Boolean.getBoolean("khabar.entities.debug") && !gold.equals(predicted)) {
      System.out.println(text);
      gold.stream()
          .filter(k -> !predicted.contains(k))
          .forEach(
              k ->
                  System.out.println(
                      "  missed " + k.type() + " " + text.substring(k.start(), k.end())));
      predicted.stream()
          .filter(k -> !gold.contains(k))
          .forEach(
              k ->
                  System.out.println(
                      "  extra  " + k.type() + " " + text.substring(k.start(), k.end())));
    }
    score.add(gold, predicted);
  }

  static JsonNode load(String file) throws IOException {
    try (InputStream in = EntitySpanQualityTest.class.getResourceAsStream(DIR + file)) {
      assertThat(in).as(file).isNotNull();
      return ArticleJson.MAPPER.readTree(in);
    }
  }

  static Map<String, JsonNode> farsNewsByLink() throws IOException {
    Map<String, JsonNode> out = new HashMap<>();
    for (Path f : SharedData.farsnewsFiles()) {
      for (JsonNode r : ArticleJson.MAPPER.readTree(f.toFile())) {
        out.put(r.path("link").asText(), r);
      }
    }
    return out;
  }
}
