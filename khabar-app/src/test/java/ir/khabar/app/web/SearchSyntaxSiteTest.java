package ir.khabar.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The query operators on the site over the sample corpus: the page, the API and the Atom feed read
 * the same syntax; malformed and 1,200-word queries answer (no server error) and say how they were
 * read; the help page shows every operator and the search box links to it.
 */
@Tag("integration")
class SearchSyntaxSiteTest {
  @TempDir static Path dir;
  private static TestSite site;

  @BeforeAll
  static void start() throws Exception {
    site = TestSite.overSample(dir, null, TestSite.options());
  }

  @AfterAll
  static void stop() throws Exception {
    site.close();
  }

  private static JsonNode api(String q) throws Exception {
    HttpResponse<String> r = site.get("/api/search?limit=100&q=" + SiteTest.q(q));
    assertThat(r.statusCode()).as(q).isEqualTo(200);
    return SiteTest.json(r);
  }

  private static long total(String q) throws Exception {
    return api(q).get("total").asLong();
  }

  @Test
  void theApiReadsTheOperators() throws Exception {
    long iran = total("ایران");
    long both = total("ایران مسکو");
    assertThat(both).isPositive().isLessThan(iran);
    assertThat(total("ایران AND مسکو")).isEqualTo(both);
    assertThat(total("ایران -مسکو")).isEqualTo(iran - both);
    assertThat(total("ایران NOT مسکو")).isEqualTo(iran - both);
    assertThat(total("ایران OR مسکو")).isEqualTo(iran + total("مسکو") - both);
    assertThat(api("ایران -مسکو").get("understood").asText()).isEqualTo("ایران بدون مسکو");
    for (JsonNode hit : api("ایران -مسکو").get("hits")) {
      assertThat(hit.get("snippet").asText()).doesNotContain("<mark>مسکو");
    }
  }

  @Test
  void theFeedAndThePageReadTheOperatorsToo() throws Exception {
    HttpResponse<String> feed = site.get("/feed?q=" + SiteTest.q("ایران -مسکو"));
    assertThat(feed.statusCode()).isEqualTo(200);
    int entries = feed.body().split("<entry>", -1).length - 1;
    assertThat((long) entries).isPositive().isLessThanOrEqualTo(total("ایران -مسکو"));
    assertThat(feed.body().split("<entry>", -1)[1]).doesNotContain("مسکو");
    HttpResponse<String> page = site.get("/search?q=" + SiteTest.q("(ایران OR روسیه) title:مسکو"));
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("(ایران یا روسیه) در عنوان: مسکو");
  }

  @Test
  void malformedAndVeryLongQueriesAnswerAndSaySo() throws Exception {
    // 1,200 Persian words, pasted: about 40 KB of percent-encoded URL
    String[] persian = "ایران روسیه تحریم اقتصاد نفت گاز مذاکره سفیر وزیر دولت".split(" ");
    List<String> words = new ArrayList<>();
    for (int i = 0; i < 1200; i++) {
      words.add(persian[i % persian.length] + (i % 7 == 0 ? "\u200cها" : ""));
    }
    String longQuery = String.join(" ", words);
    String longOr = String.join(" OR ", words.subList(0, 600));
    for (String path :
        List.of(
            "/search?q=",
            "/api/search?q=",
            "/feed?q=",
            "/api/search?mode=any&q=",
            "/search?sort=newest&q=")) {
      for (String q : List.of(longQuery, longOr, "\"ایران", "ایران AND", "title:", "*", "ا*")) {
        HttpResponse<String> r = site.get(path + SiteTest.q(q));
        assertThat(r.statusCode())
            .as(path + q.substring(0, Math.min(q.length(), 20)))
            .isEqualTo(200);
      }
    }
    assertThat(api(longQuery).get("understood").asText()).contains("پرسش بلند بود");
    assertThat(api("ایران AND").get("understood").asText())
        .isEqualTo("ایران (نحو پرسش خوانده نشد: به شکل واژه\u200cهای ساده جست\u200cوجو شد)");
    assertThat(site.get("/search?q=" + SiteTest.q("title:")).body())
        .contains("نحو پرسش خوانده نشد");
  }

  @Test
  void theHelpPageShowsEveryOperatorAndTheSearchBoxLinksToIt() throws Exception {
    HttpResponse<String> help = site.get("/help");
    assertThat(help.statusCode()).isEqualTo(200);
    assertThat(help.body())
        .contains("راهنمای جستجو")
        .contains("AND")
        .contains(" OR ")
        .contains("NOT")
        .contains("-آمریکا")
        .contains("+تحریم")
        .contains("(روسیه OR چین)")
        .contains("\"ایران و روسیه\"")
        .contains("«مذاکرات پوتین»~3")
        .contains("title:تحریم")
        .contains("source:فارس")
        .contains("روس*");
    assertThat(site.get("/").body()).contains("href=\"/help\"");
    assertThat(site.get("/search?q=" + SiteTest.q("ایران")).body()).contains("href=\"/help\"");
  }
}
