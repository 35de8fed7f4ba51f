package ir.khabar.app.web;

import static ir.khabar.app.web.TestSite.csrfField;
import static ir.khabar.app.web.TestSite.send;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import ir.khabar.core.ArticleJson;
import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Readers' comments through the real server and store: the JSON API and the article page's form,
 * moderation by the API (Basic) and by the admin pages (login, CSRF), counts, escaping, the rate
 * limit. Subclasses choose the database (SQLite, PostgreSQL).
 */
abstract class CommentFlow {
  /** The site under test; its comment limit is 5 per 10 minutes per address. */
  abstract TestSite site();

  static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  String articleId(String query) throws Exception {
    return json(site().get("/api/search?q=" + q(query))).get("hits").get(0).get("id").asText();
  }

  static JsonNode json(HttpResponse<String> r) throws Exception {
    return ArticleJson.MAPPER.readTree(r.body());
  }

  HttpResponse<String> postComment(String id, String name, String email, String text, String ip)
      throws Exception {
    String body =
        ArticleJson.MAPPER
            .createObjectNode()
            .put("name", name)
            .put("email", email)
            .put("text", text)
            .toString();
    return site()
        .post("/api/articles/" + id + "/comments", "application/json", body, "X-Forwarded-For", ip);
  }

  @Test
  void apiCommentIsHeldApprovedByTheModeratorAndThenShown() throws Exception {
    String id = articleId("بازار ارز");
    String text = "همکاری\u200cهای بانکی با ارز ملی باید زودتر آغاز شود 👍";
    HttpResponse<String> r = postComment(id, "مریم رضایی", "maryam@example.ir", text, "10.0.0.1");
    assertThat(r.statusCode()).isEqualTo(202);
    assertThat(json(r).get("status").asText()).isEqualTo("pending");
    long commentId = json(r).get("id").asLong();

    String page = site().get("/a/" + id).body();
    assertThat(page)
        .contains(
            "انتشار یافته: <span class=\"published-count\">۰</span> / در انتظار بررسی: "
                + "<span class=\"pending-count\">۱</span>")
        .doesNotContain(text);

    assertThat(site().get("/api/admin/comments?status=pending").statusCode()).isEqualTo(401);
    assertThat(
            site()
                .get("/api/admin/comments?status=pending", "Authorization", TestSite.basic("wrong"))
                .statusCode())
        .isEqualTo(401);
    JsonNode pending =
        json(
            site()
                .get(
                    "/api/admin/comments?status=pending",
                    "Authorization",
                    TestSite.basic(TestSite.PASSWORD)));
    assertThat(pending)
        .anySatisfy(
            c -> {
              assertThat(c.get("id").asLong()).isEqualTo(commentId);
              assertThat(c.get("text").asText()).isEqualTo(text);
              assertThat(c.get("email").asText()).isEqualTo("maryam@example.ir");
            });

    HttpResponse<String> approved =
        site()
            .post(
                "/api/admin/comments/" + commentId + "/approve",
                "application/json",
                "",
                "Authorization",
                TestSite.basic(TestSite.PASSWORD));
    assertThat(approved.statusCode()).isEqualTo(200);
    page = site().get("/a/" + id).body();
    assertThat(page)
        .contains(text)
        .contains("مریم رضایی")
        .doesNotContain("maryam@example.ir")
        .contains("<span class=\"published-count\">۱</span>");
    JsonNode shown = json(site().get("/api/articles/" + id + "/comments"));
    assertThat(shown.get("comments").get(0).get("text").asText()).isEqualTo(text);
    assertThat(shown.get("comments").get(0).has("email")).isFalse();
    assertThat(
            site()
                .post(
                    "/api/admin/comments/999999/approve",
                    "application/json",
                    "",
                    "Authorization",
                    TestSite.basic(TestSite.PASSWORD))
                .statusCode())
        .isEqualTo(404);
  }

  @Test
  void malformedEmailOrEmptyTextIsRefusedInPersian() throws Exception {
    String id = articleId("بورس تهران");
    HttpResponse<String> badEmail = postComment(id, "علی", "ali-at-example", "نظر من", "10.0.0.2");
    assertThat(badEmail.statusCode()).isEqualTo(400);
    assertThat(json(badEmail).get("error").asText())
        .contains("آدرس ایمیل خود را با فرمت مناسب وارد نمایید");
    HttpResponse<String> empty = postComment(id, "علی", "ali@example.com", "  \u200c ", "10.0.0.2");
    assertThat(empty.statusCode()).isEqualTo(400);
    assertThat(json(empty).get("error").asText()).contains("متن نظر");
    assertThat(
            site()
                .post(
                    "/api/articles/" + id + "/comments",
                    "application/json",
                    "not json",
                    "X-Forwarded-For",
                    "10.0.0.2")
                .statusCode())
        .isEqualTo(400);
    assertThat(
            postComment("0000000000000000", "علی", "ali@example.com", "سلام", "10.0.0.2")
                .statusCode())
        .isEqualTo(404);
    assertThat(
            postComment(id, "", "a@b.ir", "x".repeat(CommentIntake.MAX_TEXT + 1), "10.0.0.2")
                .statusCode())
        .isEqualTo(400);
  }

  @Test
  void commentsComeAsJsonOnlyAndOversizedTextIsRefusedWithoutBeingRead() throws Exception {
    String id = articleId("بورس تهران");
    String body =
        ArticleJson.MAPPER
            .createObjectNode()
            .put("name", "علی")
            .put("email", "ali@example.com")
            .put("text", "سلام")
            .toString();
    assertThat(
            site()
                .post(
                    "/api/articles/" + id + "/comments",
                    "text/plain",
                    body,
                    "X-Forwarded-For",
                    "10.0.0.3")
                .statusCode())
        .isEqualTo(415);
    HttpResponse<String> huge =
        postComment(id, "علی", "ali@example.com", "x" + " ".repeat(100_000) + "x", "10.0.0.3");
    assertThat(huge.statusCode()).isEqualTo(400);
    assertThat(json(huge).get("error").asText()).contains("حداکثر");
  }

  @Test
  void wrongAdminPasswordsLockTheAddressOutButNotOthers() throws Exception {
    for (int i = 0; i < 10; i++) {
      assertThat(
              site()
                  .get(
                      "/api/admin/comments",
                      "Authorization",
                      TestSite.basic("guess-" + i),
                      "X-Forwarded-For",
                      "10.7.7.7")
                  .statusCode())
          .isEqualTo(401);
    }
    assertThat(
            site()
                .get(
                    "/api/admin/comments",
                    "Authorization",
                    TestSite.basic(TestSite.PASSWORD),
                    "X-Forwarded-For",
                    "10.7.7.7")
                .statusCode())
        .isEqualTo(429);
    assertThat(
            site()
                .get(
                    "/api/admin/comments",
                    "Authorization",
                    TestSite.basic(TestSite.PASSWORD),
                    "X-Forwarded-For",
                    "10.7.7.8")
                .statusCode())
        .isEqualTo(200);
    assertThat(
            site()
                .get(
                    "/api/admin/comments",
                    "Authorization",
                    TestSite.basic(TestSite.PASSWORD),
                    "X-Forwarded-For",
                    "10.7.7.7, 10.7.7.9")
                .statusCode())
        .as("the proxy's own hop counts")
        .isEqualTo(200);
  }

  @Test
  void onePostingAddressIsLimited() throws Exception {
    String id = articleId("قطار مشهد");
    for (int i = 0; i < 5; i++) {
      assertThat(
              postComment(id, "خواننده", "r@example.com", "نظر شمارهٔ " + i, "10.9.9.9")
                  .statusCode())
          .isEqualTo(202);
    }
    HttpResponse<String> refused =
        postComment(id, "خواننده", "r@example.com", "یکی دیگر", "10.9.9.9");
    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(json(refused).get("error").asText()).contains("کمی بعد");
    assertThat(postComment(id, "دیگری", "o@example.com", "از جای دیگر", "10.9.9.10").statusCode())
        .isEqualTo(202);
  }

  @Test
  void formCommentNeedsItsCsrfTokenAndModerationWorksThroughTheAdminPages() throws Exception {
    String id = articleId("نمایشگاه کتاب شیراز");
    HttpClient browser =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    String page = send(browser, get("/a/" + id)).body();
    String token = csrfField(page);
    String name = "<img src=x onerror=alert(1)>";
    String text = "</p><script>alert('x')</script>";

    HttpResponse<String> forged =
        send(
            browser,
            form("/a/" + id + "/comments", "csrf=wrong&name=a&email=a%40b.ir&text=" + q(text)));
    assertThat(forged.statusCode()).isEqualTo(403);
    HttpResponse<String> bad =
        send(
            browser,
            form(
                "/a/" + id + "/comments",
                "csrf=" + token + "&name=" + q(name) + "&email=bad&text=" + q(text)));
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body())
        .contains("آدرس ایمیل خود را با فرمت مناسب وارد نمایید")
        .doesNotContain("<script>alert")
        .contains("&lt;/p&gt;&lt;script&gt;");
    HttpResponse<String> held =
        send(
            browser,
            form(
                "/a/" + id + "/comments",
                "csrf="
                    + token
                    + "&name="
                    + q(name)
                    + "&email="
                    + q("reader@example.com")
                    + "&text="
                    + q(text)));
    assertThat(held.statusCode()).isEqualTo(303);
    assertThat(held.headers().firstValue("location"))
        .hasValueSatisfying(l -> assertThat(l).contains("comment=held"));
    assertThat(send(browser, get("/a/" + id + "?comment=held")).body())
        .contains("پس از بررسی منتشر می\u200cشود");

    HttpClient admin =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    assertThat(send(admin, get("/admin/comments")).headers().firstValue("location"))
        .hasValue("/admin/login");
    String adminToken = csrfField(send(admin, get("/admin/login")).body());
    assertThat(
            send(admin, form("/admin/login", "csrf=" + adminToken + "&password=wrong"))
                .statusCode())
        .isEqualTo(401);
    assertThat(
            send(
                    admin,
                    form(
                        "/admin/login", "csrf=" + adminToken + "&password=" + q(TestSite.PASSWORD)))
                .statusCode())
        .isEqualTo(303);
    String queue = send(admin, get("/admin/comments")).body();
    assertThat(queue)
        .contains("بررسی نظرها")
        .contains("reader@example.com")
        .contains("&lt;img src=x")
        .doesNotContain("<img src=x")
        .doesNotContain("<script>alert");
    Matcher approve = Pattern.compile("action=\"/admin/comments/(\\d+)/approve\"").matcher(queue);
    long commentId = -1;
    while (approve.find()) {
      commentId = Long.parseLong(approve.group(1));
    }
    assertThat(
            send(admin, form("/admin/comments/" + commentId + "/approve", "csrf=wrong"))
                .statusCode())
        .isEqualTo(403);
    assertThat(
            send(admin, form("/admin/comments/" + commentId + "/approve", "csrf=" + adminToken))
                .statusCode())
        .isEqualTo(303);
    String published = send(browser, get("/a/" + id)).body();
    assertThat(published)
        .contains("&lt;img src=x onerror=alert(1)&gt;")
        .doesNotContain("<img src=x")
        .doesNotContain("<script>alert")
        .contains("&lt;script&gt;alert(");
  }

  private HttpRequest get(String path) {
    return site().getRequest(path);
  }

  private HttpRequest form(String path, String body) {
    return site().formRequest(path, body);
  }
}
