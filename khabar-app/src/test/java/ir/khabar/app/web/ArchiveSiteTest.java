package ir.khabar.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import ir.khabar.core.ArticleIds;
import ir.khabar.core.ArticleJson;
import ir.khabar.core.pipeline.Ingest;
import ir.khabar.testing.SharedData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site over real archive items: the seeds, and the two Fars records (dated only by
 * their links, news/13941029001623 and news/8809120951). A date known only to the day is shown
 * without a time, sections get Persian labels, titles lose their double spaces, and reading the
 * JSON is not a page view.
 */
class ArchiveSiteTest {
  private static final String ZARIF =
      "https://www.farsnews.ir/news/13941029001623/ظریف-و-نهاوندیان-تهران-را-به-مقصد-داووس-سوئیس-ترک-کردند";
  private static final String PUTIN = "https://www.farsnews.ir/news/8809120951";
  @TempDir static Path dir;
  private static TestSite site;

  @BeforeAll
  static void start() throws Exception {
    site = TestSite.overSeeds(dir, SharedData.seeds(), TestSite.options());
    ArrayNode records = ArticleJson.MAPPER.createArrayNode();
    for (Path f :
        List.of(
            SharedData.farsnews().resolve("fars-news-2.json"),
            SharedData.farsnews().resolve("fars-news-4.json"))) {
      for (JsonNode r : ArticleJson.MAPPER.readTree(Files.readString(f, StandardCharsets.UTF_8))) {
        if (List.of(ZARIF, PUTIN).contains(r.get("link").asText())) {
          records.add(r);
        }
      }
    }
    assertThat(records).hasSize(2);
    Path json =
        Files.writeString(dir.resolve("two-fars.json"), records.toString(), StandardCharsets.UTF_8);
    Ingest.files(site.engine, List.of(json));
  }

  @AfterAll
  static void stop() throws Exception {
    if (site != null) {
      site.close();
    }
  }

  private static JsonNode api(String url) throws Exception {
    return ArticleJson.MAPPER.readTree(site.get("/api/articles/" + ArticleIds.forUrl(url)).body());
  }

  @Test
  void anArticleDatedByItsLinkShowsItsDayAndNoInventedTime() throws Exception {
    String page = site.get("/a/" + ArticleIds.forUrl(ZARIF)).body();
    assertThat(page)
        .contains("۲۹ دی ۱۳۹۴")
        .doesNotContain("ساعت ۰۰:۰۰")
        .contains("datetime=\"2016-01-19\"");
    JsonNode a = api(ZARIF);
    assertThat(a.get("published").asText()).isEqualTo("2016-01-19T00:00:00+03:30");
    assertThat(a.get("publishedJalali").asText()).isEqualTo("1394-10-29");
    assertThat(a.get("publishedPrecision").asText()).isEqualTo("day");
    assertThat(a.get("datedBy").asText()).isEqualTo("url");
    assertThat(api(PUTIN).get("publishedJalali").asText()).isEqualTo("1388-09-12");
  }

  @Test
  void aCardOfAnOldItemShowsItsDayNotHowLongAgo() throws Exception {
    String page = site.get("/search?q=" + SiteTest.q("داووس")).body();
    assertThat(page)
        .contains("<time datetime=\"2016-01-19\" title=\"۲۹ دی ۱۳۹۴\">۲۹ دی ۱۳۹۴</time>")
        .doesNotContain("سال پیش");
  }

  @Test
  void seed001GivesOnlyADayAndSeed003ItsTime() throws Exception {
    JsonNode hits =
        ArticleJson.MAPPER
            .readTree(site.get("/api/search?q=" + SiteTest.q("دیپلماسی استانی مشهد")).body())
            .get("hits");
    String seed001 = hits.get(0).get("id").asText();
    assertThat(
            ArticleJson.MAPPER
                .readTree(site.get("/api/articles/" + seed001).body())
                .get("publishedPrecision")
                .asText())
        .isEqualTo("day");
    assertThat(site.get("/a/" + seed001).body())
        .contains("۳۰ مهر ۱۴۰۴")
        .doesNotContain("ساعت ۰۰:۰۰");
    String seed003 =
        ArticleJson.MAPPER
            .readTree(site.get("/api/search?q=" + SiteTest.q("کریدور انتقال گاز پوتین")).body())
            .get("hits")
            .get(0)
            .get("id")
            .asText();
    assertThat(site.get("/a/" + seed003).body()).contains("ساعت ۰۷:۴۰");
  }

  @Test
  void sectionsHavePersianLabelsAndTitlesOneSpace() throws Exception {
    String zarif = site.get("/a/" + ArticleIds.forUrl(ZARIF)).body();
    assertThat(zarif).contains("<p class=\"kicker\">سیاسی</p>").doesNotContain(">politics<");
    assertThat(zarif).contains("ظریف و نهاوندیان").doesNotContain("ظریف و  نهاوندیان");
    assertThat(api(PUTIN).get("category").asText()).isEqualTo("بین\u200cالملل");
  }

  @Test
  void readingTheJsonIsNotAPageView() throws Exception {
    String id = ArticleIds.forUrl(PUTIN);
    for (int i = 0; i < 3; i++) {
      site.get("/api/articles/" + id, "User-Agent", "Mozilla/5.0 reader-" + i);
    }
    JsonNode popular = ArticleJson.MAPPER.readTree(site.get("/api/popular").body());
    popular.forEach(p -> assertThat(p.get("id").asText()).isNotEqualTo(id));
    site.get("/a/" + id, "User-Agent", "Mozilla/5.0 reader-0");
    JsonNode after = ArticleJson.MAPPER.readTree(site.get("/api/popular").body());
    assertThat(after)
        .anySatisfy(
            p -> {
              assertThat(p.get("id").asText()).isEqualTo(id);
              assertThat(p.get("views").asLong()).isEqualTo(1);
            });
  }
}
