package ir.khabar.app.web;

import static ir.khabar.app.web.TestSite.csrfField;
import static ir.khabar.app.web.WebhookFollowFlow.article;
import static ir.khabar.app.web.WebhookFollowFlow.enc;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import ir.khabar.app.follow.SmtpSettings;
import ir.khabar.core.ArticleJson;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * E-mail follows through the real server and a real SMTP server (GreenMail) that the test reads:
 * only the confirmation until its link is opened, then Persian right-to-left alerts with RFC 8058
 * one-click unsubscribe that works; the form on the search page with its CSRF token; the limits.
 */
@Tag("integration")
class EmailFollowTest {
  @TempDir static Path dir;
  private static GreenMail smtp;
  private static FollowSite site;

  @BeforeAll
  static void start() throws Exception {
    smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    smtp.start();
    site =
        FollowSite.start(
            dir,
            null,
            FollowSite.settings()
                .withSmtp(
                    SmtpSettings.parse(
                        "smtp://127.0.0.1:" + smtp.getSmtp().getPort(), "khabar@example.ir"))
                .withSignUpLimits(3, 10, Duration.ofHours(1)));
  }

  @AfterAll
  static void stop() throws Exception {
    if (site != null) {
      site.close();
    }
    smtp.stop();
  }

  static List<MimeMessage> mailsTo(String address) throws Exception {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(m -> recipient(m).equals(address))
        .toList();
  }

  private static String recipient(MimeMessage m) {
    try {
      return m.getRecipients(Message.RecipientType.TO)[0].toString();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  static String part(MimeMessage m, int i) throws Exception {
    return (String) ((MimeMultipart) m.getContent()).getBodyPart(i).getContent();
  }

  static boolean mailsArrive(String address, int count) throws InterruptedException {
    return FollowSite.await(
        20,
        () -> {
          try {
            return mailsTo(address).size() >= count;
          } catch (Exception e) {
            return false;
          }
        });
  }

  static String link(String text, String path) {
    Matcher m =
        Pattern.compile("https?://[^\\s\"<>]+" + Pattern.quote(path) + "\\?token=[A-Za-z0-9_-]+")
            .matcher(text);
    assertThat(m.find()).as("a link to " + path + " in:\n" + text).isTrue();
    return m.group();
  }

  static String pathOf(String url) {
    URI u = URI.create(url);
    return u.getRawPath() + "?" + u.getRawQuery();
  }

  @Test
  void onlyTheConfirmationGoesOutUntilItsLinkIsOpenedThenAlertsWithOneClickUnsubscribe()
      throws Exception {
    String address = "maryam@example.ir";
    String body =
        ArticleJson.MAPPER
            .createObjectNode()
            .put("q", "خرما")
            .put("email", address)
            .put("frequency", "immediate")
            .toString();
    assertThat(site.postJson("/api/follows", body).statusCode()).isEqualTo(202);
    assertThat(mailsArrive(address, 1)).isTrue();
    MimeMessage confirmation = mailsTo(address).get(0);
    assertThat(confirmation.getSubject()).contains("تأیید").contains("خرما");
    assertThat(confirmation.getHeader("List-Unsubscribe")).isNull();
    assertThat(part(confirmation, 1)).contains("dir=\"rtl\"").contains("lang=\"fa\"");
    String confirm = link(part(confirmation, 0), "/follows/confirm");

    site.ingest(
        "archive/dates-1.txt",
        article("برداشت خرمای بم آغاز شد", "برداشت خرمای مضافتی در بم آغاز شد."));
    Thread.sleep(1000);
    assertThat(mailsTo(address)).as("nothing but the confirmation before it is opened").hasSize(1);

    HttpResponse<String> confirmed = site.get(pathOf(confirm));
    assertThat(confirmed.statusCode()).isEqualTo(200);
    assertThat(confirmed.body()).contains("تأیید شد");
    assertThat(site.get(pathOf(confirm)).statusCode()).as("a link works once").isEqualTo(404);

    site.ingest(
        "archive/dates-2.txt",
        article("صادرات خرمای جیرفت به هند رسید", "نخستین محمولهٔ خرمای جیرفت به هند رسید."));
    assertThat(mailsArrive(address, 2)).isTrue();
    MimeMessage alert = mailsTo(address).get(1);
    assertThat(alert.getSubject()).isEqualTo("خبرهای تازه برای «خرما»");
    String html = part(alert, 1);
    String text = part(alert, 0);
    assertThat(html)
        .contains("dir=\"rtl\"")
        .contains("صادرات خرمای جیرفت به هند رسید")
        .doesNotContain("برداشت خرمای بم");
    assertThat(text).contains("صادرات خرمای جیرفت به هند رسید");
    String unsubscribe = link(text, "/follows/unsubscribe");
    assertThat(alert.getHeader("List-Unsubscribe")).containsExactly("<" + unsubscribe + ">");
    assertThat(alert.getHeader("List-Unsubscribe-Post"))
        .containsExactly("List-Unsubscribe=One-Click");

    HttpResponse<String> page = site.get(pathOf(unsubscribe));
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("method=\"post\"").contains("لغو دنبال کردن");
    // The one-click POST of RFC 8058: no cookie, no CSRF token; the token is the authority.
    HttpResponse<String> gone =
        site.postJson(
            pathOf(unsubscribe),
            "List-Unsubscribe=One-Click",
            "Content-Type",
            "application/x-www-form-urlencoded");
    assertThat(gone.statusCode()).isEqualTo(200);
    assertThat(site.get(pathOf(unsubscribe)).statusCode()).isEqualTo(404);

    site.ingest(
        "archive/dates-3.txt",
        article("قیمت خرما در بازار کرمان پایین آمد", "قیمت خرما در کرمان پایین آمد."));
    Thread.sleep(1500);
    assertThat(mailsTo(address)).as("nothing after unsubscribing").hasSize(2);
  }

  @Test
  void theSearchPagesFormAsksWithItsCsrfTokenAndTheLimitsHold() throws Exception {
    assertThat(site.get("/search?q=" + enc("بورس")).body()).contains("action=\"/follow\"");
    HttpClient reader = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    String address = "reza@example.ir";
    String formPage =
        send(reader, get("/follow?q=" + enc("بورس") + "&source=irna&email=" + enc(address))).body();
    assertThat(formPage).contains("name=\"source\" value=\"irna\"").contains(address);
    String token = csrfField(formPage);
    String fields = "q=" + enc("بورس") + "&source=irna&email=" + enc(address) + "&frequency=daily";

    assertThat(send(reader, form("/follow", fields)).statusCode()).isEqualTo(403);
    HttpResponse<String> asked = send(reader, form("/follow", "csrf=" + token + "&" + fields));
    assertThat(asked.statusCode()).isEqualTo(202);
    assertThat(asked.body()).contains("نامهٔ تأیید");
    assertThat(mailsArrive(address, 1)).isTrue();
    assertThat(mailsTo(address).get(0).getSubject()).contains("بورس");

    String json =
        ArticleJson.MAPPER.createObjectNode().put("q", "نفت").put("email", address).toString();
    assertThat(site.postJson("/api/follows", json).statusCode()).isEqualTo(202);
    assertThat(site.postJson("/api/follows", json).statusCode()).isEqualTo(202);
    assertThat(site.postJson("/api/follows", json).statusCode())
        .as("three per address and hour")
        .isEqualTo(429);
    String bad =
        ArticleJson.MAPPER.createObjectNode().put("q", "نفت").put("email", "نه-ایمیل").toString();
    assertThat(site.postJson("/api/follows", bad).statusCode()).isEqualTo(400);
  }

  private static HttpRequest get(String path) {
    return HttpRequest.newBuilder(URI.create(site.base() + path)).GET().build();
  }

  private static HttpRequest form(String path, String body) {
    return HttpRequest.newBuilder(URI.create(site.base() + path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
        .build();
  }

  private static HttpResponse<String> send(HttpClient c, HttpRequest r) throws Exception {
    return c.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
