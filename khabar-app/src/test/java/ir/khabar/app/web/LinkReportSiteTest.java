package ir.khabar.app.web;

import static ir.khabar.app.web.TestSite.csrfField;
import static ir.khabar.app.web.TestSite.send;
import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.app.cli.ReindexCommand;
import ir.khabar.core.Entity;
import ir.khabar.core.fetch.Fetched;
import ir.khabar.core.fetch.WarcArchive;
import ir.khabar.core.index.LuceneSearchEngine;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * What an entity page says of its links, and a wrong link reported by a reader, confirmed by a
 * moderator in /admin and gone after `khabar reindex`: the real server on a free port, SQLite, a
 * Lucene index rebuilt from WARC pages under raw/.
 */
@Tag("integration")
class LinkReportSiteTest {
  private static final String ARAGHCHI = "abbas-araghchi";
  private static final URI CRAFT = URI.create("https://news.example.ir/news/1001");
  private static final URI VISIT = URI.create("https://news.example.ir/news/1002");
  private static final Pattern CONFIRM = Pattern.compile("/admin/links/(\\d+)/confirm");

  @TempDir Path dir;

  private static String page(String title, String text) {
    return "<html><head><title>"
        + title
        + "</title></head><body><article><h1>"
        + title
        + "</h1><div class=\"item-text\"><p>"
        + text
        + "</p></div></article></body></html>";
  }

  /** Two crawled pages: one names Araghchi, one only a craftsman of his family name. */
  private void crawled() throws Exception {
    try (WarcArchive raw = new WarcArchive(dir.resolve("raw"))) {
      write(
          raw,
          CRAFT,
          page(
              "نمایشگاه قلمزنی اصفهان گشایش یافت",
              "در این نمایشگاه، عراقچی گفت که کار استادان قلمزنی اصفهان نیاز به حمایت دارد و"
                  + " صدها اثر دستی برای فروش عرضه شده است."));
      write(
          raw,
          VISIT,
          page(
              "دیدار عراقچی و لاوروف در مسکو",
              "عباس عراقچی وزیر امور خارجه امروز در مسکو با سرگئی لاوروف وزیر امور خارجه"
                  + " روسیه دیدار و گفت\u200cوگو کرد."));
    }
  }

  private static void write(WarcArchive raw, URI url, String html) throws Exception {
    raw.write(
        url,
        new Fetched(
            url,
            200,
            html.getBytes(StandardCharsets.UTF_8),
            "text/html; charset=utf-8",
            null,
            null,
            null));
  }

  private int reindex() {
    return new CommandLine(new ReindexCommand()).execute("--data", dir.toString());
  }

  private TestSite site(WebServer.Options options) throws Exception {
    return TestSite.over(LuceneSearchEngine.open(dir.resolve("index")), dir, options);
  }

  private static HttpClient browser() {
    return HttpClient.newBuilder()
        .cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  private static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static List<String> entityIds(TestSite site, String articleId) throws Exception {
    return site.engine.get(articleId).orElseThrow().entities().stream().map(Entity::id).toList();
  }

  @Test
  void aReportedWrongLinkConfirmedByTheModeratorIsGoneAfterReindex() throws Exception {
    crawled();
    assertThat(reindex()).isZero();
    String craftId;
    try (TestSite site = site(TestSite.options())) {
      craftId = articleWithTitle(site, "قلمزنی");
      assertThat(entityIds(site, craftId)).contains(ARAGHCHI);
      HttpClient reader = browser();
      String entityPage = send(reader, site.getRequest("/entity/" + ARAGHCHI)).body();
      assertThat(entityPage)
          .contains("در ۲ خبر نام برده شده")
          .contains("با نام کامل شناخته شد")
          .contains("با نام دیگری از فهرست نام\u200cهای خبر شناخته شد")
          .contains("نام خانوادگی تنها ممکن است از آن هم\u200cنامی باشد")
          .contains("گزارش پیوند نادرست")
          .contains("value=\"" + craftId + "\"");
      String token = csrfField(entityPage);
      String body = "article=" + craftId + "&note=" + q("این عراقچی وزیر نیست");
      String action = "/entity/" + ARAGHCHI + "/report";
      assertThat(send(reader, site.formRequest(action, "csrf=wrong&" + body)).statusCode())
          .isEqualTo(403);
      assertThat(
              send(reader, site.formRequest(action, "csrf=" + token + "&article=nosuch"))
                  .statusCode())
          .isEqualTo(400);
      HttpResponse<String> held =
          send(reader, site.formRequest(action, "csrf=" + token + "&" + body));
      assertThat(held.statusCode()).isEqualTo(303);
      assertThat(held.headers().firstValue("location"))
          .hasValue("/entity/" + ARAGHCHI + "?report=held#report");
      assertThat(send(reader, site.getRequest("/entity/" + ARAGHCHI + "?report=held")).body())
          .contains("گزارش شما رسید");

      HttpClient admin = loggedIn(site);
      String queue = send(admin, site.getRequest("/admin/links")).body();
      assertThat(queue)
          .contains("در انتظار: ۱")
          .contains("نمایشگاه قلمزنی اصفهان گشایش یافت")
          .contains("این عراقچی وزیر نیست");
      Matcher m = CONFIRM.matcher(queue);
      assertThat(m.find()).isTrue();
      String confirm = "csrf=" + csrfField(queue);
      HttpResponse<String> confirmed =
          send(admin, site.formRequest("/admin/links/" + m.group(1) + "/confirm", confirm));
      assertThat(confirmed.statusCode()).isEqualTo(303);
      assertThat(send(admin, site.getRequest("/admin/links?done=confirmed")).body())
          .contains("تأییدشده: ۱")
          .contains("گزارشی در انتظار بررسی نیست");
      // Applied on the next reindex, not before.
      assertThat(entityIds(site, craftId)).contains(ARAGHCHI);
    }

    assertThat(reindex()).isZero();
    try (TestSite site = site(TestSite.options())) {
      assertThat(entityIds(site, craftId)).doesNotContain(ARAGHCHI);
      assertThat(entityIds(site, articleWithTitle(site, "لاوروف"))).contains(ARAGHCHI);
      assertThat(site.get("/entity/" + ARAGHCHI).body())
          .contains("در ۱ خبر نام برده شده؛ با نام کامل شناخته شد.");
    }
  }

  @Test
  void reportsAreLimitedPerAddressLikeComments() throws Exception {
    crawled();
    assertThat(reindex()).isZero();
    try (TestSite site = site(TestSite.options().withCommentLimit(2, Duration.ofMinutes(10)))) {
      String craftId = articleWithTitle(site, "قلمزنی");
      HttpClient reader = browser();
      String token = csrfField(send(reader, site.getRequest("/entity/" + ARAGHCHI)).body());
      String form = "csrf=" + token + "&article=" + craftId;
      String action = "/entity/" + ARAGHCHI + "/report";
      assertThat(send(reader, site.formRequest(action, form)).statusCode()).isEqualTo(303);
      assertThat(send(reader, site.formRequest(action, form)).statusCode()).isEqualTo(303);
      HttpResponse<String> third = send(reader, site.formRequest(action, form));
      assertThat(third.statusCode()).isEqualTo(429);
      assertThat(third.body()).contains("کمی بعد دوباره بفرستید");
      assertThat(send(reader, site.getRequest("/admin/links")).statusCode()).isEqualTo(303);
    }
  }

  private static String articleWithTitle(TestSite site, String word) throws Exception {
    var hits =
        ir.khabar.core.ArticleJson.MAPPER
            .readTree(site.get("/api/search?q=" + q(word)).body())
            .get("hits");
    assertThat(hits.size()).as(word).isGreaterThan(0);
    return hits.get(0).get("id").asText();
  }

  private static HttpClient loggedIn(TestSite site) throws Exception {
    HttpClient admin = browser();
    String token = csrfField(send(admin, site.getRequest("/admin/login")).body());
    HttpResponse<String> in =
        send(
            admin,
            site.formRequest(
                "/admin/login", "csrf=" + token + "&password=" + q(TestSite.PASSWORD)));
    assertThat(in.statusCode()).isEqualTo(303);
    return admin;
  }
}
