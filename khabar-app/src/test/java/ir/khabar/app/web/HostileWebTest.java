package ir.khabar.app.web;

import static ir.khabar.app.web.TestSite.csrfField;
import static ir.khabar.app.web.TestSite.send;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import ir.khabar.core.ArticleJson;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18's attacks on the web front, each against a real server on a free port: parallel password
 * guessing, copied session cookies, view inflation, method override, forwarded HTTPS, the Host
 * header in the feed, caching of admin pages, and the 404 page.
 */
@Tag("integration")
class HostileWebTest {
  static final String BASE_URL = "https://khabar.example";
  @TempDir static Path dir;
  @TempDir static Path plainDir;

  /** Behind a trusted proxy, with a public address. */
  private static TestSite proxied;

  /** Facing clients directly, without --base-url. */
  private static TestSite plain;

  @BeforeAll
  static void start() throws Exception {
    proxied =
        TestSite.overSample(
            dir, null, TestSite.options().withTrustProxy(true).withBaseUrl(BASE_URL));
    plain = TestSite.overSample(plainDir, null, TestSite.options());
  }

  @AfterAll
  static void stop() throws Exception {
    proxied.close();
    plain.close();
  }

  static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static String articleId(TestSite site, String query) throws Exception {
    return ArticleJson.MAPPER
        .readTree(site.get("/api/search?q=" + q(query)).body())
        .get("hits")
        .get(0)
        .get("id")
        .asText();
  }

  /**
   * Status codes of {@code n} wrong Basic logins sent at once from one address, counted by code.
   */
  private static Map<Integer, Long> parallelWrongLogins(int n, String address) throws Exception {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    List<CompletableFuture<HttpResponse<Void>>> all = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      HttpRequest r =
          HttpRequest.newBuilder(URI.create(proxied.base() + "/api/admin/comments"))
              .header("Authorization", TestSite.basic("حدس-" + i))
              .header("X-Forwarded-For", address)
              .build();
      all.add(http.sendAsync(r, HttpResponse.BodyHandlers.discarding()));
    }
    return all.stream()
        .map(CompletableFuture::join)
        .collect(Collectors.groupingBy(HttpResponse::statusCode, Collectors.counting()));
  }

  @Test
  void parallelWrongLoginsFromOneAddressAreNotAllChecked() throws Exception {
    for (var run : List.of(Map.entry(100, "10.18.5.1"), Map.entry(60, "10.18.5.2"))) {
      Map<Integer, Long> codes = parallelWrongLogins(run.getKey(), run.getValue());
      assertThat(codes.getOrDefault(401, 0L))
          .as("passwords checked of %s: %s", run.getKey(), codes)
          .isLessThanOrEqualTo(10);
      assertThat(codes.getOrDefault(429, 0L))
          .as("refused: %s", codes)
          .isGreaterThanOrEqualTo(run.getKey() - 10L);
    }
    assertThat(
            proxied
                .get(
                    "/api/admin/comments",
                    "Authorization",
                    TestSite.basic(TestSite.PASSWORD),
                    "X-Forwarded-For",
                    "10.18.5.3")
                .statusCode())
        .as("another address is not locked out")
        .isEqualTo(200);
  }

  @Test
  void aCopiedSessionCookieIsInvalidAfterLogout() throws Exception {
    CookieManager jar = new CookieManager();
    HttpClient admin =
        HttpClient.newBuilder()
            .cookieHandler(jar)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    String token = csrfField(send(admin, plain.getRequest("/admin/login")).body());
    assertThat(
            send(
                    admin,
                    plain.formRequest(
                        "/admin/login", "csrf=" + token + "&password=" + q(TestSite.PASSWORD)))
                .statusCode())
        .isEqualTo(303);
    String session =
        jar.getCookieStore().getCookies().stream()
            .filter(c -> c.getName().equals(AdminAuth.COOKIE))
            .findFirst()
            .orElseThrow()
            .getValue();
    String copied = AdminAuth.COOKIE + "=" + session;
    assertThat(plain.get("/admin/comments", "Cookie", copied).statusCode())
        .as("the copy works while logged in")
        .isEqualTo(200);
    String queueToken = csrfField(send(admin, plain.getRequest("/admin/comments")).body());
    assertThat(send(admin, plain.formRequest("/admin/logout", "csrf=" + queueToken)).statusCode())
        .isEqualTo(303);
    HttpResponse<String> after = plain.get("/admin/comments", "Cookie", copied);
    assertThat(after.statusCode()).isEqualTo(303);
    assertThat(after.headers().firstValue("location")).hasValue("/admin/login");
  }

  @Test
  void oneAddressWithEverChangingUserAgentsCountsAsAFewVisitors() throws Exception {
    String id = articleId(proxied, "جشنواره فیلم فجر");
    for (int i = 0; i < 200; i++) {
      assertThat(
              proxied
                  .get(
                      "/a/" + id,
                      "User-Agent",
                      "Mozilla/5.0 (X11; Linux) Firefox/" + i,
                      "X-Forwarded-For",
                      "10.18.10.1")
                  .statusCode())
          .isEqualTo(200);
    }
    long views = views(id);
    assertThat(views).isBetween(1L, 3L);
    for (int i = 0; i < 5; i++) {
      proxied.get(
          "/a/" + id, "User-Agent", "Mozilla/5.0 reader", "X-Forwarded-For", "10.18.10." + (2 + i));
    }
    assertThat(views(id)).as("readers at other addresses still count").isEqualTo(views + 5);
  }

  private static long views(String id) throws Exception {
    for (JsonNode p : ArticleJson.MAPPER.readTree(proxied.get("/api/popular?limit=50").body())) {
      if (p.get("id").asText().equals(id)) {
        return p.get("views").asLong();
      }
    }
    return 0;
  }

  @Test
  void methodOverrideHeaderIsIgnored() throws Exception {
    String id = articleId(plain, "بورس تهران");
    String body =
        ArticleJson.MAPPER
            .createObjectNode()
            .put("name", "سارا")
            .put("email", "sara@example.ir")
            .put("text", "نظری برای آزمون")
            .toString();
    long comment =
        ArticleJson.MAPPER
            .readTree(
                plain.post("/api/articles/" + id + "/comments", "application/json", body).body())
            .get("id")
            .asLong();
    String basic = TestSite.basic(TestSite.PASSWORD);
    HttpResponse<String> r =
        plain.get(
            "/api/admin/comments/" + comment + "/approve",
            "Authorization",
            basic,
            "X-HTTP-Method-Override",
            "POST");
    assertThat(r.statusCode()).isIn(404, 405);
    JsonNode pending =
        ArticleJson.MAPPER.readTree(
            plain.get("/api/admin/comments?status=pending", "Authorization", basic).body());
    assertThat(pending).anySatisfy(c -> assertThat(c.get("id").asLong()).isEqualTo(comment));
  }

  @Test
  void cookiesAreSecureBehindAForwardedHttpsOnlyWithTrustProxy() throws Exception {
    HttpResponse<String> form = proxied.get("/admin/login", "X-Forwarded-Proto", "https");
    String forwarded = csrfCookie(form);
    assertThat(forwarded).contains("Secure");
    assertThat(csrfCookie(proxied.get("/admin/login"))).doesNotContain("Secure");
    assertThat(csrfCookie(plain.get("/admin/login", "X-Forwarded-Proto", "https")))
        .as("without --trust-proxy the header is the client's word")
        .doesNotContain("Secure");

    String token = csrfField(form.body());
    String cookie = forwarded.substring(0, forwarded.indexOf(';'));
    HttpResponse<String> login =
        proxied.post(
            "/admin/login",
            "application/x-www-form-urlencoded",
            "csrf=" + token + "&password=" + q(TestSite.PASSWORD),
            "Cookie",
            cookie,
            "X-Forwarded-Proto",
            "https",
            "X-Forwarded-For",
            "10.18.13.1");
    assertThat(login.statusCode()).isEqualTo(303);
    assertThat(login.headers().allValues("set-cookie"))
        .anySatisfy(
            c ->
                assertThat(c)
                    .startsWith(AdminAuth.COOKIE + "=")
                    .contains("Secure")
                    .contains("HttpOnly"));
  }

  private static String csrfCookie(HttpResponse<String> r) {
    return r.headers().allValues("set-cookie").stream()
        .filter(c -> c.startsWith(Csrf.COOKIE + "="))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aCsrfTokenTheAttackerMadeUpIsRefused() throws Exception {
    String made = "a".repeat(32);
    HttpResponse<String> r =
        plain.post(
            "/admin/login",
            "application/x-www-form-urlencoded",
            "csrf=" + made + "&password=wrong",
            "Cookie",
            Csrf.COOKIE + "=" + made);
    assertThat(r.statusCode()).as("a cookie and field the attacker chose alike").isEqualTo(403);
  }

  @Test
  void feedLinksComeFromBaseUrlNotTheHostHeader() throws Exception {
    String feed = rawGet(proxied, "/feed", "evil.example");
    assertThat(feed).contains("href=\"" + BASE_URL + "/a/").doesNotContain("evil.example");
    String noBase = rawGet(plain, "/feed", "evil.example");
    assertThat(noBase).contains("href=\"/a/").doesNotContain("evil.example");
  }

  /** A GET with a Host header of our choosing (the JDK's client will not send one). */
  private static String rawGet(TestSite site, String path, String host) throws Exception {
    try (Socket s = new Socket("localhost", site.app.port())) {
      OutputStream out = s.getOutputStream();
      out.write(
          ("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = s.getInputStream();
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      in.transferTo(all);
      String response = all.toString(StandardCharsets.UTF_8);
      assertThat(response).startsWith("HTTP/1.1 200");
      return response;
    }
  }

  @Test
  void adminPagesAndTheAdminApiAreNeverCached() throws Exception {
    Function<HttpResponse<String>, String> cache =
        r -> r.headers().firstValue("cache-control").orElse("");
    assertThat(cache.apply(plain.get("/admin/login"))).contains("no-store");
    assertThat(cache.apply(plain.get("/admin/comments"))).contains("no-store");
    assertThat(cache.apply(plain.get("/api/admin/comments"))).contains("no-store");
    assertThat(
            cache.apply(
                plain.get(
                    "/api/admin/comments", "Authorization", TestSite.basic(TestSite.PASSWORD))))
        .contains("no-store");
    assertThat(cache.apply(plain.get("/search?q=" + q("تهران")))).doesNotContain("no-store");
  }

  @Test
  void notFoundIsAPersianPageInTheSiteLayout() throws Exception {
    for (String path :
        List.of("/no-such-page", "/static/no-such.css", "/a/0000000000000000/nothing")) {
      HttpResponse<String> r = plain.get(path);
      assertThat(r.statusCode()).as(path).isEqualTo(404);
      assertThat(r.body())
          .as(path)
          .contains("<html lang=\"fa\" dir=\"rtl\">")
          .contains("پیدا نشد")
          .contains("/static/khabar.css")
          .doesNotContainIgnoringCase("not found")
          .doesNotContain("Endpoint");
    }
    HttpResponse<String> api = plain.get("/api/no-such");
    assertThat(api.statusCode()).isEqualTo(404);
    assertThat(api.body()).contains("پیدا نشد").doesNotContainIgnoringCase("not found");
  }
}
