package ir.khabar.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import ir.khabar.core.Article;
import ir.khabar.core.ArticleJson;
import ir.khabar.core.Comment;
import ir.khabar.core.extract.Agencies;
import ir.khabar.persian.text.SearchFolding;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Extraction measured on the labelled pages (test resources extract/pages: 15 pages in the markup
 * of IranSamaneh, Nastooh and Asam sites, JSON-LD-only and OpenGraph-only pages, Windows-1256 with
 * and without a declared charset; every field read off by hand). Prints per-field accuracy and body
 * word precision and recall (docs/QUALITY.md) and holds them to floors.
 */
class ExtractionQualityTest {
  private static final List<String> FIELDS =
      List.of(
          "title",
          "lead",
          "source",
          "desk",
          "category",
          "published",
          "url",
          "canonicalUrl",
          "tags",
          "comments",
          "furniture absent");

  @Test
  void labelledPagesAreExtractedFieldByField() throws Exception {
    InputReader reader = new InputReader(Agencies.get());
    Map<String, Integer> right = new LinkedHashMap<>();
    FIELDS.forEach(f -> right.put(f, 0));
    List<String> wrong = new ArrayList<>();
    long overlap = 0;
    long extractedWords = 0;
    long expectedWords = 0;
    List<Path> pages = pages();
    for (Path page : pages) {
      JsonNode expected = ArticleJson.MAPPER.readTree(Files.readString(expectedFor(page)));
      List<InputReader.Outcome> outcomes =
          reader.read(page.getFileName().toString(), Files.readAllBytes(page));
      assertThat(outcomes).hasSize(1);
      Article a = outcomes.get(0).article();
      assertThat(a).as("%s extracted", page.getFileName()).isNotNull();
      Map<String, Boolean> fields = compare(a, expected);
      fields.forEach(
          (f, ok) -> {
            if (ok) {
              right.merge(f, 1, Integer::sum);
            } else {
              wrong.add(
                  page.getFileName()
                      + ": "
                      + f
                      + " got «"
                      + got(a, f)
                      + "» want «"
                      + expected.get(f)
                      + "»");
            }
          });
      Map<String, Integer> got = words(String.join(" ", a.body()));
      Map<String, Integer> want = words(String.join(" ", texts(expected.get("body"))));
      overlap +=
          got.entrySet().stream()
              .mapToInt(e -> Math.min(e.getValue(), want.getOrDefault(e.getKey(), 0)))
              .sum();
      extractedWords += got.values().stream().mapToInt(Integer::intValue).sum();
      expectedWords += want.values().stream().mapToInt(Integer::intValue).sum();
    }
    double precision = overlap / (double) extractedWords;
    double recall = overlap / (double) expectedWords;
    System.out.printf(
        "extraction over %d labelled pages: body word precision %.3f recall %.3f%n",
        pages.size(), precision, recall);
    right.forEach((f, n) -> System.out.printf("  %-16s %d/%d%n", f, n, pages.size()));
    wrong.forEach(w -> System.out.println("  wrong: " + w));
    assertThat(pages).hasSizeGreaterThanOrEqualTo(15);
    assertThat(precision).isGreaterThanOrEqualTo(0.95);
    assertThat(recall).isGreaterThanOrEqualTo(0.95);
    for (String f : List.of("title", "source", "published", "furniture absent")) {
      assertThat(right.get(f)).as(f).isGreaterThanOrEqualTo(pages.size() - 1);
    }
  }

  private static Map<String, Boolean> compare(Article a, JsonNode e) {
    Map<String, Boolean> ok = new LinkedHashMap<>();
    ok.put("title", same(a.title(), e.get("title")));
    ok.put("lead", same(a.lead().isEmpty() ? null : a.lead(), e.get("lead")));
    ok.put("source", a.source().id().equals(e.get("source").asText()));
    ok.put("desk", same(a.desk(), e.get("desk")));
    ok.put("category", same(a.category(), e.get("category")));
    ok.put("published", same(ArticleJson.iso(a.published()), e.get("published")));
    ok.put("url", same(a.url(), e.get("url")));
    ok.put("canonicalUrl", same(a.canonicalUrl(), e.get("canonicalUrl")));
    ok.put(
        "tags",
        a.tags().stream()
            .map(ExtractionQualityTest::norm)
            .toList()
            .equals(texts(e.get("tags")).stream().map(ExtractionQualityTest::norm).toList()));
    ok.put("comments", sameComments(a.comments(), e.get("comments")));
    String text = norm(a.title() + " " + a.lead() + " " + String.join(" ", a.body()));
    ok.put(
        "furniture absent",
        texts(e.get("furniture")).stream().noneMatch(f -> text.contains(norm(f))));
    return ok;
  }

  private static String got(Article a, String field) {
    return switch (field) {
      case "lead" -> a.lead();
      case "source" -> a.source().id();
      case "desk" -> a.desk();
      case "category" -> a.category();
      case "published" -> ArticleJson.iso(a.published());
      case "tags" -> String.valueOf(a.tags());
      default -> "";
    };
  }

  private static boolean sameComments(List<Comment> got, JsonNode want) {
    if (got.size() != want.size()) {
      return false;
    }
    for (int i = 0; i < got.size(); i++) {
      JsonNode w = want.get(i);
      Comment c = got.get(i);
      if (!same(c.text(), w.get("text"))
          || !same(c.author(), w.get("author"))
          || !same(ArticleJson.iso(c.published()), w.get("published"))) {
        return false;
      }
    }
    return true;
  }

  private static boolean same(String got, JsonNode want) {
    if (want == null || want.isNull()) {
      return got == null || got.isBlank();
    }
    return got != null && norm(got).equals(norm(want.asText()));
  }

  private static String norm(String s) {
    return SearchFolding.fold(s).replaceAll("\\s+", " ").strip();
  }

  private static Map<String, Integer> words(String text) {
    Map<String, Integer> counts = new HashMap<>();
    for (String w : norm(text).split("[\\s\\p{Punct}،؛؟«»]+")) {
      if (!w.isEmpty()) {
        counts.merge(w, 1, Integer::sum);
      }
    }
    return counts;
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    if (array != null) {
      array.forEach(n -> out.add(n.asText()));
    }
    return out;
  }

  private static List<Path> pages() throws IOException, URISyntaxException {
    URL dir = ExtractionQualityTest.class.getResource("/ir/khabar/core/extract/pages");
    try (Stream<Path> list = Files.list(Path.of(dir.toURI()))) {
      return list.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
  }

  private static Path expectedFor(Path page) {
    String name = page.getFileName().toString().replace(".html", ".expected.json");
    return page.resolveSibling(name);
  }
}
