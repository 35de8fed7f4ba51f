package ir.khabar.core.understand.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import ir.khabar.core.Article;
import ir.khabar.core.Dating;
import ir.khabar.core.extract.Agencies;
import ir.khabar.core.ingest.Input;
import ir.khabar.core.ingest.Reading;
import ir.khabar.persian.date.JalaliDate;
import ir.khabar.persian.date.JalaliDates;
import ir.khabar.testing.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole articles a blind gold item names, read as ingest reads them ({@link Reading}: a Fars
 * record through the JSON reader, a Hamshahri file as a text page) and dated on the item's day, the
 * day the Fars link or the Hamshahri file name gives. A PEYMA article (corpus "peyma") has no day
 * and no page: it is built from its rebuilt text, the first sentence its title and the others its
 * body paragraphs, with no publication time. A changed corpus fails the item's SHA-256.
 */
final class GoldArticles {
  private final Reading reading = new Reading(Agencies.get());
  private final EventGoldSources sources;
  private final Map<String, Article> farsByUrl = new HashMap<>();

  GoldArticles(EventGoldSources sources) throws IOException {
    this.sources = sources;
    for (Path f : SharedData.farsnewsFiles()) {
      for (Article a : reading.read(Input.of(f.toString(), Files.readAllBytes(f))).articles()) {
        farsByUrl.putIfAbsent(a.url(), a);
      }
    }
  }

  /** The item's article as ingest reads it, dated on the item's day. */
  Article article(JsonNode item) {
    String where = EventGoldSources.source(item);
    assertThat(EventGoldSources.sha256(text(item)))
        .as("%s: the corpus changed under the gold (SHA-256 prefix differs)", where)
        .startsWith(item.get("sha256").asText());
    if (EventGoldSources.peyma(item)) {
      return peymaArticle(item);
    }
    LocalDate day = EventScore.jalali(item.get("day").asText());
    if (item.has("link")) {
      Article a = farsByUrl.get(item.get("link").asText());
      assertThat(a).as("%s read as an article", where).isNotNull();
      assertThat(a.published()).as("%s dated", where).isNotNull();
      assertThat(a.published().withZoneSameInstant(JalaliDates.TEHRAN).toLocalDate())
          .as("%s dated on its link's day %s", where, JalaliDate.of(day))
          .isEqualTo(day);
      return a;
    }
    String file = item.get("file").asText();
    byte[] bytes = sources.hamshahriText(file).getBytes(StandardCharsets.UTF_8);
    List<Article> read = reading.read(Input.of(file, bytes)).articles();
    assertThat(read).as("%s read as one article", where).hasSize(1);
    return read.get(0).toBuilder()
        .published(day.atStartOfDay(JalaliDates.TEHRAN), Dating.of(Dating.Basis.RECORD, true))
        .build();
  }

  /**
   * A PEYMA article as an article with no day: its first sentence the title, the others the body
   * (PEYMA gives neither a page nor a date).
   */
  private static Article peymaArticle(JsonNode item) {
    String file = item.get("file").asText();
    String text = EventGoldSources.peymaText(file);
    List<String> sentences = text.lines().filter(l -> !l.isBlank()).toList();
    return Article.builder()
        .id(EventGoldSources.sha256("peyma-dev/docs/" + file).substring(0, 16))
        .origin("peyma-dev/docs/" + file)
        .title(sentences.get(0))
        .body(sentences.subList(1, sentences.size()))
        .build();
  }

  /**
   * What the item's hash covers: a Hamshahri file, a PEYMA article's rebuilt text, or a Fars
   * record's title, lead and paragraphs.
   */
  private String text(JsonNode item) {
    if (EventGoldSources.peyma(item)) {
      return EventGoldSources.peymaText(item.get("file").asText());
    }
    if (item.has("file")) {
      return sources.hamshahriText(item.get("file").asText());
    }
    JsonNode r = sources.farsRecord(item.get("link").asText());
    StringBuilder s = new StringBuilder(r.get("title").asText());
    s.append('\n').append(r.get("abstract").asText());
    r.get("paragraphs").forEach(p -> s.append('\n').append(p.asText()));
    return s.toString();
  }
}
