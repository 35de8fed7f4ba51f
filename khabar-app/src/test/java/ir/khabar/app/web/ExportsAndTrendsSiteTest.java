package ir.khabar.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import ir.khabar.core.Article;
import ir.khabar.core.ArticleJson;
import ir.khabar.persian.date.JalaliDate;
import ir.khabar.persian.date.JalaliDates;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
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
 * The sample corpus behind the real server: CSV and JSON-lines exports of searches and events,
 * trends per Jalali month, week and day, and the pages that draw them.
 */
@Tag("integration")
class ExportsAndTrendsSiteTest {
  private static final String IRAN = SearchParams.enc("ایران");
  @TempDir static Path dir;
  static TestSite site;

  @BeforeAll
  static void start() throws Exception {
    site = TestSite.overSample(dir, null, TestSite.options());
  }

  @AfterAll
  static void stop() throws Exception {
    site.close();
  }

  @Test
  void csvHasABomEveryMatchAndPersianIntact() throws Exception {
    HttpResponse<byte[]> r = bytes("/api/search?q=" + IRAN + "&format=csv");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(r.headers().firstValue("Content-Disposition").orElse(""))
        .startsWith("attachment; filename=\"khabar-search.csv\"")
        .contains("filename*=UTF-8''khabar-search-" + IRAN.replace("+", "%20") + ".csv");
    byte[] body = r.body();
    assertThat(body).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    List<Map<String, String>> rows = csv(body);
    long total = json("/api/search?q=" + IRAN).get("total").asLong();
    assertThat(total).isGreaterThan(10);
    assertThat(rows).hasSize((int) total);
    assertThat(rows.get(0).keySet())
        .containsExactly(
            "id",
            "published",
            "publishedJalali",
            "source",
            "title",
            "url",
            "story",
            "people",
            "countries");
    for (Map<String, String> row : rows) {
      Article a = site.engine.get(row.get("id")).orElseThrow();
      assertThat(row.get("title")).isEqualTo(a.title()).containsPattern("\\p{InArabic}");
      assertThat(row.get("source")).isEqualTo(a.source().name());
    }
    assertThat(rows).anyMatch(row -> row.get("countries").contains("ایران"));
    assertThat(rows).anyMatch(row -> row.get("countries").contains("؛ "));
  }

  @Test
  void jsonLinesParseAndFiltersApply() throws Exception {
    String source = site.engine.sources().get(0).source().id();
    String path = "/api/search?q=" + IRAN + "&source=" + source;
    List<JsonNode> lines = jsonl(path + "&format=jsonl");
    assertThat(lines).hasSize(json(path).get("total").asInt()).isNotEmpty();
    assertThat(lines)
        .allSatisfy(
            l -> {
              assertThat(l.get("source").asText())
                  .isEqualTo(site.engine.sources().get(0).source().name());
              assertThat(l.get("people").isArray()).isTrue();
            });
    assertThat(jsonl("/api/search?q=" + IRAN + "&format=jsonl&limit=3")).hasSize(3);
    assertThat(site.get("/api/search?q=" + IRAN + "&format=xlsx").statusCode()).isEqualTo(400);
  }

  @Test
  void eventsExportNamesWhoWhomAndTheArticle() throws Exception {
    List<Map<String, String>> rows = csv(bytes("/api/events?format=csv").body());
    assertThat(rows).isNotEmpty();
    assertThat(rows.get(0).keySet())
        .startsWith(
            "who", "whom", "type", "cameo", "place", "date", "dateJalali", "topics", "article");
    for (Map<String, String> row : rows) {
      Article a = site.engine.get(row.get("article")).orElseThrow();
      assertThat(a.events()).anyMatch(e -> e.sentence().equals(row.get("sentence")));
    }
    List<JsonNode> pair = jsonl("/api/events?country=country-ir&country2=country-iq&format=jsonl");
    assertThat(pair)
        .isNotEmpty()
        .allSatisfy(
            e -> {
              String names = e.get("who").asText() + e.get("whom") + e.get("place");
              assertThat(names).contains("ایران").contains("عراق");
            });
  }

  @Test
  void trendCountsPerJalaliMonthAreTheMatchesPerMonth() throws Exception {
    JsonNode trend = json("/api/trends?q=" + IRAN + "&interval=month");
    assertThat(trend.get("interval").asText()).isEqualTo("month");
    Map<String, Integer> expected = new HashMap<>();
    for (JsonNode l : jsonl("/api/search?q=" + IRAN + "&format=jsonl")) {
      if (!l.get("published").isNull()) {
        LocalDate day =
            OffsetDateTime.parse(l.get("published").asText())
                .atZoneSameInstant(JalaliDates.TEHRAN)
                .toLocalDate();
        JalaliDate j = JalaliDate.of(day);
        expected.merge(
            new JalaliDate(j.year(), j.month(), 1).toLocalDate().toString(), 1, Integer::sum);
      }
    }
    Map<String, Integer> counted = new HashMap<>();
    List<JsonNode> buckets = new ArrayList<>();
    trend.get("buckets").forEach(buckets::add);
    LocalDate previous = null;
    for (JsonNode b : buckets) {
      LocalDate start = LocalDate.parse(b.get("start").asText());
      assertThat(JalaliDate.of(start).day()).isEqualTo(1);
      if (previous != null) {
        assertThat(JalaliDate.of(start.minusDays(1)).month())
            .as("no month is skipped")
            .isEqualTo(JalaliDate.of(previous).month());
      }
      previous = start;
      long bySource = 0;
      for (JsonNode n : b.get("bySource")) {
        bySource += n.asLong();
      }
      assertThat(bySource).isEqualTo(b.get("count").asLong());
      if (b.get("count").asInt() > 0) {
        counted.put(start.toString(), b.get("count").asInt());
      }
      assertThat(b.get("label").asText())
          .contains(JalaliDate.of(start).monthName())
          .containsPattern("[۰-۹]{4}");
    }
    assertThat(counted).isEqualTo(expected).hasSizeGreaterThan(2);
    assertThat(buckets)
        .as("empty months between the first and the last")
        .anyMatch(b -> b.get("count").asInt() == 0);
  }

  @Test
  void weeksStartOnSaturdayAndDaysAreFilled() throws Exception {
    JsonNode weeks = json("/api/trends?q=" + IRAN + "&interval=week&from=1404-09-01");
    assertThat(weeks.get("buckets")).isNotEmpty();
    weeks
        .get("buckets")
        .forEach(
            b ->
                assertThat(LocalDate.parse(b.get("start").asText()).getDayOfWeek())
                    .isEqualTo(DayOfWeek.SATURDAY));
    JsonNode days = json("/api/trends?q=" + IRAN + "&interval=day&from=1404-09-01");
    List<JsonNode> list = new ArrayList<>();
    days.get("buckets").forEach(list::add);
    for (int i = 1; i < list.size(); i++) {
      assertThat(LocalDate.parse(list.get(i).get("start").asText()))
          .isEqualTo(LocalDate.parse(list.get(i - 1).get("start").asText()).plusDays(1));
    }
    assertThat(list).anyMatch(b -> b.get("count").asInt() == 0);
    HttpResponse<String> tooMany = site.get("/api/trends?interval=day");
    assertThat(tooMany.statusCode()).as("four years of days are too many bars").isEqualTo(400);
    assertThat(tooMany.body()).contains("۱۱۰۰").doesNotContain("1100");
    assertThat(site.get("/api/trends?q=" + IRAN + "&interval=year").statusCode()).isEqualTo(400);
  }

  @Test
  void pagesDrawTheTrendAsSvgWithinTheCsp() throws Exception {
    HttpResponse<String> search = site.get("/search?q=" + IRAN);
    assertThat(search.headers().firstValue("Content-Security-Policy").orElse(""))
        .contains("style-src 'self'")
        .doesNotContain("unsafe-inline");
    assertThat(search.body())
        .contains("<svg class=\"trend-chart\"")
        .contains("role=\"img\"")
        .contains("<desc id=\"trend-d\">")
        .contains("format=csv")
        .containsPattern("<text class=\"axis\"[^>]*>[^<]*[۰-۹]")
        .doesNotContain(" style=\"")
        .doesNotContain("<script");
    String entity = site.get("/entity/country-ir").body();
    assertThat(entity).contains("<svg class=\"trend-chart\"").contains("href=\"/countries\"");
    String pair = site.get("/countries/country-ir/country-iq").body();
    assertThat(pair)
        .contains("<svg class=\"trend-chart\"")
        .contains("href=\"/countries\"")
        .contains("/api/events?country=country-ir&amp;country2=country-iq&amp;format=csv");
    String compare =
        site.get(
                "/trends?q="
                    + IRAN
                    + "&q="
                    + SearchParams.enc("روسیه")
                    + "&q="
                    + SearchParams.enc("عراق")
                    + "&q=x")
            .body();
    assertThat(compare.split("<svg class=\"trend-chart\"", -1)).hasSize(4);
    assertThat(compare)
        .as("the form's labels count in Persian digits")
        .contains(">جستجوی ۱</label>", ">جستجوی ۳</label>")
        .doesNotContainPattern("جستجوی [0-9]");
  }

  @Test
  void countriesPageListsPairsWithTheirEvents() throws Exception {
    String page = site.get("/countries").body();
    assertThat(page)
        .contains("href=\"/countries/country-iq/country-ir\"")
        .containsPattern("<td>[۰-۹]+</td>");
    assertThat(site.get("/countries?with=country-iq").body())
        .contains("/countries/country-iq/country-ir\"");
    assertThat(site.get("/countries?with=country-br").body())
        .as("a country in no encounter")
        .doesNotContain("/countries/country-iq/country-ir\"");
  }

  private static HttpResponse<byte[]> bytes(String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(site.getRequest(path), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static JsonNode json(String path) throws Exception {
    HttpResponse<String> r = site.get(path);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return ArticleJson.MAPPER.readTree(r.body());
  }

  private static List<JsonNode> jsonl(String path) throws Exception {
    HttpResponse<String> r = site.get(path);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    List<JsonNode> out = new ArrayList<>();
    for (String line : r.body().split("\n")) {
      if (!line.isEmpty()) {
        out.add(ArticleJson.MAPPER.readTree(line));
      }
    }
    return out;
  }

  /** The CSV read back with the CSV library, past its byte-order mark. */
  static List<Map<String, String>> csv(byte[] body) throws Exception {
    String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
    try (MappingIterator<Map<String, String>> it =
        new CsvMapper()
            .readerFor(Map.class)
            .with(CsvSchema.emptySchema().withHeader())
            .readValues(text)) {
      return it.readAll();
    }
  }
}
