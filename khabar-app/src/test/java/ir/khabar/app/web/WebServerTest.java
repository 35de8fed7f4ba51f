package ir.khabar.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import ir.khabar.core.ArticleJson;
import ir.khabar.testing.SharedData;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The web server on a free port over a real index of the seeds, through the JDK's HTTP client. */
class WebServerTest {
  @TempDir static Path dir;
  private static TestSite site;

  @BeforeAll
  static void start() throws IOException {
    Path seeds = SharedData.seeds();
    site = TestSite.overSeeds(dir, seeds, TestSite.options());
    assertThat(site.engine.count()).isEqualTo(5);
  }

  @AfterAll
  static void stop() throws IOException {
    if (site != null) {
      site.close();
    }
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return site.get(path);
  }

  private static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static JsonNode apiSearch(String query) throws Exception {
    HttpResponse<String> r = get("/api/search?q=" + query);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("content-type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    return ArticleJson.MAPPER.readTree(r.body());
  }

  @Test
  void apiSearchReturnsHits() throws Exception {
    JsonNode o = apiSearch(q("نمایشگاه مجازی"));
    assertThat(o.get("query").asText()).isEqualTo("نمایشگاه مجازی");
    assertThat(o.get("total").asLong()).isEqualTo(1);
    JsonNode hit = o.get("hits").get(0);
    assertThat(hit.get("source").asText()).isEqualTo("خبرگزاری صدا و سیما");
    assertThat(hit.get("snippet").asText()).contains("<mark>");
    assertThat(hit.get("id").asText()).matches("[0-9a-f]{16}");
    List<String> keys = new ArrayList<>();
    hit.fieldNames().forEachRemaining(keys::add);
    assertThat(keys)
        .as("the CLI's hit keys, and how many more versions the story has")
        .containsExactlyInAnyOrder(
            "id",
            "title",
            "source",
            "published",
            "url",
            "origin",
            "snippet",
            "score",
            "story",
            "moreInStory");
    assertThat(Path.of(hit.get("origin").asText()).getFileName().toString()).startsWith("000_");
  }

  @Test
  void apiSearchFiltersBySourceAndJalaliDate() throws Exception {
    assertThat(apiSearch(q("ایران") + "&source=" + q("صدا و سیما")).get("total").asLong())
        .isEqualTo(2);
    JsonNode dated = apiSearch(q("ایران") + "&from=" + q("۱۴۰۴/۰۹/۲۶") + "&to=" + q("۱۴۰۴/۰۹/۲۶"));
    assertThat(dated.get("total").asLong()).isEqualTo(1);
    assertThat(dated.get("hits").get(0).get("title").asText()).startsWith("سفیر ایران");
    assertThat(get("/api/search?q=" + q("ایران") + "&from=garbage").statusCode()).isEqualTo(400);
  }

  @Test
  void apiArticleByIdAndNotFound() throws Exception {
    String id = apiSearch(q("قرقیزستان")).get("hits").get(0).get("id").asText();
    HttpResponse<String> r = get("/api/articles/" + id);
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode a = ArticleJson.MAPPER.readTree(r.body());
    assertThat(a.get("source").get("id").asText()).isEqualTo("yjc");
    assertThat(a.get("body")).hasSize(6);
    assertThat(get("/api/articles/0123456789abcdef").statusCode()).isEqualTo(404);
  }

  @Test
  void articlePageIsRightToLeftPersianHtml() throws Exception {
    String id = apiSearch(q("قرقیزستان")).get("hits").get(0).get("id").asText();
    HttpResponse<String> r = get("/a/" + id);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("content-type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(r.body())
        .contains("<html lang=\"fa\" dir=\"rtl\">")
        .contains(">دیدار ظریف")
        .contains("روند صلح در افغانستان")
        .doesNotContain("انتهای پیام");
    assertThat(r.body())
        .as("the source page's comment, under its own heading, apart from the body")
        .contains("نظرات در صفحهٔ منبع")
        .contains("Mohsen");
    assertThat(r.body().indexOf("Mohsen")).isGreaterThan(r.body().indexOf("روند صلح در افغانستان"));
    HttpResponse<String> missing = get("/a/0123456789abcdef");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).contains("dir=\"rtl\"");
  }

  @Test
  void searchPageEscapesTheQuery() throws Exception {
    String attack = "<script>alert(1)</script> ایران";
    HttpResponse<String> r = get("/search?q=" + q(attack));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body())
        .doesNotContain("<script>")
        .doesNotContain("alert(1)</script>")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    HttpResponse<String> quoted = get("/search?q=" + q("\"><img src=x onerror=alert(1)>"));
    assertThat(quoted.body()).doesNotContain("<img").contains("&lt;img src=x");
  }

  @Test
  void searchPageListsHitsWithLinksToArticles() throws Exception {
    HttpResponse<String> r = get("/search?q=" + q("افغانستان"));
    assertThat(r.body())
        .contains("<html lang=\"fa\" dir=\"rtl\">")
        .contains("href=\"/a/")
        .contains("<mark>")
        .contains("۱ نتیجه");
    assertThat(get("/").body()).contains("همهٔ اخبار (۵ خبر)");
  }
}
