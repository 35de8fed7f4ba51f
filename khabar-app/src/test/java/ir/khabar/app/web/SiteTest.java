package ir.khabar.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import ir.khabar.core.Article;
import ir.khabar.core.ArticleJson;
import ir.khabar.core.Source;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site over the project's own sample corpus, SQLite under the data folder, the server on a free
 * port: pages, the JSON API, most viewed, related, Atom, and readers' comments through moderation.
 */
class SiteTest {
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

  static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  static JsonNode json(HttpResponse<String> r) throws Exception {
    assertThat(r.headers().firstValue("content-type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    return ArticleJson.MAPPER.readTree(r.body());
  }

  static String idOf(String query) throws Exception {
    return json(site.get("/api/search?q=" + q(query))).get("hits").get(0).get("id").asText();
  }

  @Test
  void everyPageIsPersianRightToLeftWithTheSelfServedFont() throws Exception {
    String id = idOf("جام تختی");
    String story = json(site.get("/api/articles/" + id)).get("story").asText();
    for (String path :
        List.of(
            "/",
            "/search?q=" + q("ایران"),
            "/a/" + id,
            "/story/" + story,
            "/source/irna",
            "/admin/login",
            "/no-such-page")) {
      HttpResponse<String> r = site.get(path);
      assertThat(r.body())
          .as(path)
          .contains("<html lang=\"fa\" dir=\"rtl\">")
          .contains("<main id=\"main\"")
          .contains("role=\"search\"")
          .contains("/static/khabar.css");
      assertThat(r.headers().firstValue("content-security-policy"))
          .as(path)
          .hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'"));
    }
    assertThat(site.get("/no-such-page").statusCode()).isEqualTo(404);
    assertThat(site.get("/static/khabar.css").body()).contains("Vazirmatn-Regular.woff2");
    HttpResponse<String> font = site.get("/static/fonts/Vazirmatn-Regular.woff2");
    assertThat(font.statusCode()).isEqualTo(200);
    assertThat(font.body()).startsWith("wOF2");
  }

  @Test
  void homeShowsLatestPopularAndSourcesInPersianDigits() throws Exception {
    String home = site.get("/").body();
    assertThat(home)
        .contains("آخرین اخبار")
        .contains("پربیننده\u200cترین")
        .contains("منابع خبر")
        .contains("همهٔ اخبار (۲۴ خبر)")
        .contains("href=\"/source/irna\"");
    JsonNode latest = json(site.get("/api/latest?limit=5"));
    assertThat(latest.isArray()).isTrue();
    assertThat(latest).hasSize(5);
    List<String> published = new ArrayList<>();
    latest.forEach(a -> published.add(a.get("published").asText()));
    assertThat(published)
        .isSortedAccordingTo((a, b) -> OffsetDateTime.parse(b).compareTo(OffsetDateTime.parse(a)));
    assertThat(home).contains(latest.get(0).get("title").asText());
  }

  @Test
  void searchPageHasFiltersSortPagingTotalAndTheUnderstoodQuery() throws Exception {
    String page = site.get("/search?q=" + q("ایران") + "&sort=newest").body();
    assertThat(page)
        .contains("name=\"source\"")
        .contains("name=\"from\"")
        .contains("name=\"to\"")
        .contains("<option value=\"newest\" selected>")
        .contains("نتیجه")
        .contains("خبر این جستجو را چنین فهمید")
        .contains("<mark>");
    JsonNode p1 = json(site.get("/api/search?q=" + q("ایران") + "&mode=any&limit=3"));
    JsonNode p2 = json(site.get("/api/search?q=" + q("ایران") + "&mode=any&limit=3&page=2"));
    assertThat(p1.get("total").asLong()).isGreaterThan(3);
    assertThat(p2.get("hits").get(0).get("id").asText())
        .isNotEqualTo(p1.get("hits").get(0).get("id").asText());
    assertThat(
            json(site.get("/api/search?q=" + q("سفر به مسکو") + "&mode=any"))
                .get("understood")
                .asText())
        .as("searched as: the reader's words, the stopword left out named")
        .isEqualTo("سفر مسکو (بدون «به»)");
    assertThat(site.get("/search?q=" + q("\"ایران و روسیه\"")).body())
        .contains("<bdi>«ایران و روسیه»</bdi>")
        .contains("<mark>ایران و روسیه</mark>");
    String bad = site.get("/search?q=" + q("ایران") + "&from=" + q("دیروزِ نامعلوم")).body();
    assertThat(bad).contains("role=\"alert\"").contains("خوانده نشد");
  }

  @Test
  void aParameterThatIsNoNumberIsRefusedInPersian() throws Exception {
    for (String path :
        List.of("/api/search?q=" + q("تهران") + "&limit=abc", "/api/popular?days=" + q("ده"))) {
      HttpResponse<String> r = site.get(path);
      assertThat(r.statusCode()).as(path).isEqualTo(400);
      String error = json(r).get("error").asText();
      assertThat(error).as(path).contains("عدد درستی نیست").doesNotContain("TYPE_CONVERSION");
    }
    HttpResponse<String> page = site.get("/api/latest?limit=" + q("بیست"));
    assertThat(json(page).get("error").asText()).contains("«بیست»").contains("«limit»");
  }

  @Test
  void aParameterKhabarCannotHonourIsRefusedSayingWhy() throws Exception {
    String tehran = "/api/search?q=" + q("تهران");
    assertRefused(tehran + "&page=abc", "«abc»");
    assertRefused(tehran + "&sort=oldest", "«oldest»");
    assertRefused(tehran + "&mode=every", "«every»");
    assertRefused(tehran + "&from=" + q("۱۴۰۴/۱۰/۰۱") + "&to=" + q("۱۴۰۴/۰۹/۰۱"), "پس از");
    HttpResponse<String> page = site.get("/search?q=" + q("تهران") + "&page=abc");
    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(page.body()).contains("شماره صفحه «abc» عدد نیست");
    assertThat(site.get(tehran + "&page=" + q("۲")).statusCode()).isEqualTo(200);
  }

  @Test
  void twoCountriesAreThePairsArticles() throws Exception {
    Set<String> iran = ids("&country=" + q("ایران"));
    Set<String> iraq = ids("&country=" + q("عراق"));
    Set<String> pair = ids("&country=" + q("ایران،عراق"));
    Set<String> both = new HashSet<>(iran);
    both.retainAll(iraq);
    assertThat(pair).isNotEmpty().isEqualTo(both);
    assertThat(ids("&country=" + q("ایران, عراق"))).isEqualTo(pair);
    assertRefused("/api/search?q=&country=" + q("ایران،عراق،روسیه"), "دو کشور");
  }

  /** The ids of the articles a filter finds (the sample corpus holds fewer than 100). */
  private static Set<String> ids(String filters) throws Exception {
    JsonNode r = json(site.get("/api/search?q=&limit=100" + filters));
    Set<String> ids = new HashSet<>();
    r.get("hits").forEach(h -> ids.add(h.get("id").asText()));
    return ids;
  }

  /** A request refused with 400 whose Persian error names {@code named}. */
  private static void assertRefused(String path, String named) throws Exception {
    HttpResponse<String> r = site.get(path);
    assertThat(r.statusCode()).as(path).isEqualTo(400);
    assertThat(json(r).get("error").asText()).as(path).contains(named);
  }

  @Test
  void relatedNewsLeavesOutTheArticlesOwnStory() throws Exception {
    String train = idOf("قطار باری مشهد هرات");
    String story = json(site.get("/api/articles/" + train)).get("story").asText();
    JsonNode related = json(site.get("/api/articles/" + train + "/related"));
    assertThat(related.isArray()).isTrue();
    List<String> titles = new ArrayList<>();
    related.forEach(a -> titles.add(a.get("title").asText()));
    related.forEach(a -> assertThat(a.get("story").asText()).isNotEqualTo(story));
    assertThat(titles).anySatisfy(t -> assertThat(t).contains("قطار"));
    assertThat(site.get("/a/" + train).body()).contains("اخبار مرتبط").contains(titles.get(0));
    assertThat(site.get("/api/articles/0000000000000000/related").statusCode()).isEqualTo(404);

    String wrestling = idOf("جام تختی کرمانشاه ۱۸۵ امتیاز");
    String takhti = json(site.get("/api/articles/" + wrestling)).get("story").asText();
    JsonNode versions = json(site.get("/api/stories/" + takhti)).get("articles");
    assertThat(versions).hasSize(2);
    json(site.get("/api/articles/" + wrestling + "/related"))
        .forEach(a -> assertThat(a.get("story").asText()).isNotEqualTo(takhti));
  }

  @Test
  void atomFeedForAQuery() throws Exception {
    HttpResponse<String> r = site.get("/feed?q=" + q("تهران"));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("content-type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/atom+xml"));
    SyndFeed feed = new SyndFeedInput().build(new StringReader(r.body()));
    assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
    assertThat(feed.getTitle()).contains("تهران");
    assertThat(feed.getEntries()).isNotEmpty();
    for (SyndEntry e : feed.getEntries()) {
      assertThat(e.getLink()).as("without --base-url, relative to the feed").startsWith("/a/");
      assertThat(e.getTitle() + " " + e.getDescription().getValue()).contains("تهران");
    }
    assertThat(site.get("/").body()).contains("type=\"application/atom+xml\"");
  }

  @Test
  void anArticleWithControlCharactersAndNoSpacesBreaksNoPage(@TempDir Path ownDir)
      throws Exception {
    try (TestSite site = TestSite.overSample(ownDir, null, TestSite.options())) {
      oddArticle(site);
    }
  }

  private static void oddArticle(TestSite site) throws Exception {
    Article odd =
        Article.builder()
            .id("00000000000000aa")
            .title("عنوانی\u000Bبا نویسهٔ کنترلی")
            .lead("ب".repeat(400))
            .body(List.of("متن"))
            .source(new Source("test", "آزمون"))
            .published(ZonedDateTime.now(ZoneId.of("Asia/Tehran")))
            .build();
    assertThat(site.engine.add(odd)).isTrue();
    site.engine.commit();
    assertThat(site.get("/").statusCode()).isEqualTo(200);
    assertThat(site.get("/source/test").statusCode()).isEqualTo(200);
    HttpResponse<String> feed = site.get("/feed");
    assertThat(feed.statusCode()).isEqualTo(200);
    SyndFeed parsed = new SyndFeedInput().build(new StringReader(feed.body()));
    assertThat(parsed.getEntries())
        .anySatisfy(e -> assertThat(e.getTitle()).isEqualTo("عنوانیبا نویسهٔ کنترلی"));
  }

  @Test
  void mostViewedCountsEachVisitorOncePerDayAndIgnoresCrawlers() throws Exception {
    String a = idOf("آلودگی هوای تهران مدارس");
    String b = idOf("جشنواره فیلم فجر");
    for (String ua :
        List.of("Mozilla/5.0 reader-one", "Mozilla/5.0 reader-two", "Mozilla/5.0 reader-three")) {
      site.get("/a/" + a, "User-Agent", ua);
      site.get("/a/" + a, "User-Agent", ua);
    }
    site.get("/a/" + b, "User-Agent", "Mozilla/5.0 reader-one");
    for (int i = 0; i < 5; i++) {
      site.get(
          "/a/" + b,
          "User-Agent",
          "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)");
      site.get("/api/articles/" + b, "User-Agent", "Mozilla/5.0 (compatible; bingbot/2.0)");
    }
    JsonNode popular = json(site.get("/api/popular"));
    List<String> ids = new ArrayList<>();
    popular.forEach(p -> ids.add(p.get("id").asText()));
    assertThat(ids.indexOf(a)).isGreaterThanOrEqualTo(0).isLessThan(ids.indexOf(b));
    assertThat(popular.get(ids.indexOf(a)).get("views").asLong()).isEqualTo(3);
    assertThat(popular.get(ids.indexOf(b)).get("views").asLong()).isEqualTo(1);
    assertThat(site.get("/").body()).contains("۳ بازدید");
  }

  @Test
  void entitiesFilterFacetAndHaveTheirOwnPages() throws Exception {
    String id = idOf("تجارت ایران و روسیه");
    JsonNode article = json(site.get("/api/articles/" + id));
    List<String> entityIds = new ArrayList<>();
    article.get("entities").forEach(e -> entityIds.add(e.get("id").asText()));
    assertThat(entityIds).contains("country-ir", "country-ru");
    JsonNode signing = json(site.get("/api/articles/" + idOf("سند همکاری تهران بغداد امضا")));
    assertThat(signing.get("events"))
        .anySatisfy(
            e -> {
              assertThat(e.get("type").asText()).isEqualTo("agreement");
              assertThat(e.get("cameo").asText()).isEqualTo("057");
              assertThat(e.get("sentence").asText()).contains("امضا");
            });

    JsonNode filtered =
        json(site.get("/api/search?q=" + q("صادرات") + "&mode=any&country=" + q("روسیه")));
    JsonNode all = json(site.get("/api/search?q=" + q("صادرات") + "&mode=any"));
    assertThat(filtered.get("total").asLong()).isPositive().isLessThan(all.get("total").asLong());
    for (JsonNode h : filtered.get("hits")) {
      JsonNode a = json(site.get("/api/articles/" + h.get("id").asText()));
      List<String> ids = new ArrayList<>();
      a.get("entities").forEach(e -> ids.add(e.get("id").asText()));
      assertThat(ids).contains("country-ru");
    }

    String page = site.get("/search?q=" + q("صادرات") + "&mode=any").body();
    assertThat(page).contains("کشورها").contains("country=country-ru");
    String entity = site.get("/entity/country-ru").body();
    assertThat(entity)
        .contains("<h1 class=\"page-title\">روسیه")
        .contains("رویدادها")
        .contains("در همین اخبار");
    String pair = site.get("/countries/" + q("ایران") + "/" + q("روسیه")).body();
    assertThat(pair).contains("ایران و روسیه").contains("موضوع\u200cها در گذر زمان");
    assertThat(site.get("/entity/no-such-entity").statusCode()).isEqualTo(404);
    // a country with itself is no pair
    assertThat(site.get("/countries/" + q("ایران") + "/" + q("ایران")).statusCode()).isEqualTo(404);
    assertThat(site.get("/api/countries/country-ir/" + q("ایران")).statusCode()).isEqualTo(404);
    HttpResponse<String> nowhere = site.get("/api/countries/" + q("ایران") + "/" + q("ناکجا"));
    assertThat(nowhere.statusCode()).isEqualTo(404);
    assertThat(json(nowhere).get("error").asText()).contains("«ناکجا»");
    assertThat(site.get("/countries/" + q("ناکجا") + "/" + q("ایران")).statusCode()).isEqualTo(404);
    JsonNode russia = json(site.get("/api/entities/country-ru"));
    assertThat(russia.get("name").asText()).isEqualTo("روسیه");
    assertThat(russia.get("type").asText()).isEqualTo("country");
    assertThat(russia.get("articles").asLong()).isPositive();
    assertThat(russia.get("latest")).isNotEmpty();
    JsonNode both = json(site.get("/api/countries/" + q("ایران") + "/" + q("روسیه")));
    assertThat(both.get("a").asText()).isEqualTo("country-ir");
    assertThat(both.get("b").asText()).isEqualTo("country-ru");
    assertThat(both.get("articles").asLong()).isPositive();
  }
}
