package ir.khabar.app.web;

import static ir.khabar.app.web.TestSite.basic;
import static ir.khabar.app.web.TestSite.csrfField;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import ir.khabar.core.ArticleJson;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Webhook follows through the real server, store and index: created only with the admin's
 * credentials, new articles put into the running site's engine arrive signed, failures are retried
 * with back-off and pause the follow (shown in /admin), and a restart neither loses nor repeats a
 * delivery. Subclasses choose the database.
 */
abstract class WebhookFollowFlow {
  abstract FollowSite site();

  static String article(String title, String body) {
    return title + "\nسه\u200cشنبه ۲ مهر ۱۳۹۸ - ۱۰:۱۵\n\nبه گزارش خبرگزاری ایرنا، " + body + "\n";
  }

  static final String BOURSE =
      article(
          "معاملات بورس کالای کیش با عرضهٔ تازهٔ مس آغاز شد",
          "معاملات بورس کالای کیش امروز با عرضهٔ تازهٔ مس و فولاد آغاز شد و خریداران از "
              + "رونق بازار در هفتهٔ آینده خبر دادند.");

  JsonNode follow(String q, String url) throws Exception {
    HttpResponse<String> r =
        site()
            .postJson(
                "/api/follows",
                ArticleJson.MAPPER.createObjectNode().put("q", q).put("webhook", url).toString(),
                "Authorization",
                basic(TestSite.PASSWORD));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return ArticleJson.MAPPER.readTree(r.body());
  }

  @Test
  void onlyTheAdminMayAddAWebhookAndNewArticlesArriveSigned() throws Exception {
    try (WebhookReceiver hook = new WebhookReceiver()) {
      String body =
          ArticleJson.MAPPER
              .createObjectNode()
              .put("q", "بورس")
              .put("webhook", hook.url())
              .toString();
      assertThat(site().postJson("/api/follows", body).statusCode()).isEqualTo(401);
      assertThat(
              site().postJson("/api/follows", body, "Authorization", basic("wrong")).statusCode())
          .isEqualTo(401);

      JsonNode created = follow("بورس", hook.url());
      long id = created.get("id").asLong();
      hook.secret = created.get("secret").asText();
      assertThat(hook.secret).hasSizeGreaterThan(30);

      Thread.sleep(1000);
      assertThat(hook.attempts.get())
          .as("the sample's stock-market article was there before the follow")
          .isZero();

      assertThat(site().ingest("archive/kish-bourse.txt", BOURSE).added()).isEqualTo(1);
      assertThat(FollowSite.await(20, () -> !hook.accepted.isEmpty())).isTrue();
      JsonNode delivery = hook.accepted.get(0);
      assertThat(delivery.get("follow").asLong()).isEqualTo(id);
      assertThat(delivery.get("articles")).hasSize(1);
      JsonNode a = delivery.get("articles").get(0);
      assertThat(a.get("title").asText())
          .isEqualTo("معاملات بورس کالای کیش با عرضهٔ تازهٔ مس آغاز شد");
      assertThat(a.get("source").asText()).isEqualTo("irna");
      assertThat(a.get("published").asText()).startsWith("2019-09-24");
      assertThat(site().engine.get(a.get("id").asText())).isPresent();
      assertThat(hook.badSignatures).isEmpty();

      site().ingest("archive/rain.txt", article("بارش باران در گیلان", "باران تند در رشت بارید."));
      Thread.sleep(1000);
      assertThat(hook.accepted).as("an article that does not match is not sent").hasSize(1);
    }
  }

  @Test
  void aFailingWebhookIsRetriedWithBackOffThenPausedAndShownAsPaused() throws Exception {
    try (WebhookReceiver hook = new WebhookReceiver()) {
      hook.status = 500;
      JsonNode created = follow("زعفران", hook.url());
      long id = created.get("id").asLong();
      hook.secret = created.get("secret").asText();
      site()
          .ingest(
              "archive/saffron.txt",
              article(
                  "برداشت زعفران در قائنات کم شد",
                  "کشاورزان قائنات از کاهش برداشت زعفران در پی کم\u200cآبی گفتند."));

      assertThat(FollowSite.await(20, () -> state(id).equals("paused"))).isTrue();
      assertThat(hook.attempts.get()).isEqualTo(3);
      Thread.sleep(1000);
      assertThat(hook.attempts.get()).as("nothing is sent to a paused follow").isEqualTo(3);
      assertThat(hook.accepted).isEmpty();

      HttpClient admin = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
      String token = csrfField(send(admin, get("/admin/login")).body());
      send(admin, form("/admin/login", "csrf=" + token + "&password=" + enc(TestSite.PASSWORD)));
      String page = send(admin, get("/admin/follows")).body();
      assertThat(page).contains(hook.url()).contains("زعفران").contains("متوقف").contains("۳");

      hook.status = 200;
      HttpResponse<String> resumed =
          send(admin, form("/admin/follows/" + id + "/resume", "csrf=" + csrfField(page)));
      assertThat(resumed.statusCode()).isEqualTo(303);
      assertThat(FollowSite.await(20, () -> hook.accepted.size() == 1)).isTrue();
      assertThat(state(id)).isEqualTo("active");
      assertThat(hook.accepted.get(0).get("articles").get(0).get("title").asText())
          .isEqualTo("برداشت زعفران در قائنات کم شد");

      page = send(admin, get("/admin/follows")).body();
      send(admin, form("/admin/follows/" + id + "/remove", "csrf=" + csrfField(page)));
      assertThat(send(admin, get("/admin/follows")).body()).doesNotContain(hook.url());
    }
  }

  @Test
  void aRestartNeitherLosesNorRepeatsADelivery() throws Exception {
    try (WebhookReceiver hook = new WebhookReceiver()) {
      JsonNode created = follow("پسته", hook.url());
      hook.secret = created.get("secret").asText();
      site()
          .ingest(
              "archive/pistachio-1.txt",
              article("صادرات پسته رفسنجان بیشتر شد", "صادرات پسته از رفسنجان به چین بیشتر شد."));
      assertThat(FollowSite.await(20, () -> hook.accepted.size() == 1)).isTrue();

      hook.status = 500;
      site()
          .ingest(
              "archive/pistachio-2.txt",
              article(
                  "قیمت پسته در بازار تهران افزایش یافت", "قیمت پسته در بازار تهران بالا رفت."));
      assertThat(FollowSite.await(20, () -> hook.attempts.get() >= 2)).isTrue();
      site().restart();
      hook.status = 200;
      assertThat(FollowSite.await(20, () -> hook.accepted.size() == 2)).isTrue();

      site()
          .ingest(
              "archive/pistachio-3.txt",
              article("باغداران پسته از سرمازدگی گفتند", "سرمازدگی به باغ\u200cهای پسته زیان زد."));
      assertThat(FollowSite.await(20, () -> hook.accepted.size() == 3)).isTrue();
      Thread.sleep(1500);
      assertThat(hook.articleIds()).hasSize(3).doesNotHaveDuplicates();
      assertThat(hook.badSignatures).isEmpty();
    }
  }

  private String state(long id) {
    try {
      for (JsonNode f :
          ArticleJson.MAPPER.readTree(
              site().get("/api/admin/follows", "Authorization", basic(TestSite.PASSWORD)).body())) {
        if (f.get("id").asLong() == id) {
          return f.get("state").asText();
        }
      }
      return "gone";
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  HttpRequest get(String path) {
    return HttpRequest.newBuilder(URI.create(site().base() + path)).GET().build();
  }

  HttpRequest form(String path, String body) {
    return HttpRequest.newBuilder(URI.create(site().base() + path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  static HttpResponse<String> send(HttpClient c, HttpRequest r) throws Exception {
    return c.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
