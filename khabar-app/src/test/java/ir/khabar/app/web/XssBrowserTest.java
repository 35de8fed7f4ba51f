package ir.khabar.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import ir.khabar.core.ArticleJson;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Script-injection payloads (src/test/resources/…/xss-payloads.txt) as comment names and texts
 * (approved, so they are shown), in query strings and in paths; in chromium none may run, and the
 * page may hold no script element and no event-handler attribute.
 */
@Tag("browser")
class XssBrowserTest {
  @TempDir static Path dir;
  private static TestSite site;
  private static ChromeDriver browser;

  @BeforeAll
  static void start() throws Exception {
    if (Chromium.available()) {
      site =
          TestSite.overSample(
              dir, null, TestSite.options().withCommentLimit(1000, Duration.ofMinutes(1)));
      browser = Chromium.start(Files.createTempDirectory(dir, "profile"), 1280, 900);
    }
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.quit();
    }
    if (site != null) {
      site.close();
    }
  }

  static List<String> payloads() throws IOException {
    try (InputStream in = XssBrowserTest.class.getResourceAsStream("xss-payloads.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .toList();
    }
  }

  @Test
  void payloadsInCommentsQueriesAndPathsNeverRun() throws Exception {
    Chromium.assumeAvailable();
    List<String> payloads = payloads();
    assertThat(payloads).hasSizeGreaterThan(25);
    String article =
        ArticleJson.MAPPER
            .readTree(site.get("/api/latest?limit=1").body())
            .get(0)
            .get("id")
            .asText();
    int approved = 0;
    for (int i = 0; i < payloads.size(); i++) {
      String p = payloads.get(i);
      String body =
          ArticleJson.MAPPER
              .createObjectNode()
              .put("name", p.length() > 80 ? p.substring(0, 80) : p)
              .put("email", "x@example.com")
              .put("text", p)
              .toString();
      JsonNode held =
          ArticleJson.MAPPER.readTree(
              site.post("/api/articles/" + article + "/comments", "application/json", body).body());
      if (i % 2 == 1) {
        continue; // left pending, for the moderation page
      }
      approved++;
      assertThat(
              site.post(
                      "/api/admin/comments/" + held.get("id").asLong() + "/approve",
                      "application/json",
                      "",
                      "Authorization",
                      TestSite.basic(TestSite.PASSWORD))
                  .statusCode())
          .isEqualTo(200);
    }
    List<String> pages = new ArrayList<>(List.of("/a/" + article));
    for (String p : payloads) {
      String e = URLEncoder.encode(p, StandardCharsets.UTF_8);
      pages.add("/search?q=" + e + "&source=" + e + "&from=" + e);
      pages.add("/search?q=" + e + "&sort=newest");
      pages.add("/source/" + e.replace("+", "%20"));
      pages.add("/a/" + e.replace("+", "%20"));
    }
    for (String page : pages) {
      browser.get(site.base() + page);
      assertNothingRan(page);
    }
    browser.get(site.base() + "/a/" + article);
    assertThat(browser.findElements(org.openqa.selenium.By.cssSelector(".reader-comment")))
        .hasSize(approved);
    browser.get(site.base() + "/admin/login");
    browser.findElement(org.openqa.selenium.By.id("password")).sendKeys(TestSite.PASSWORD);
    browser.findElement(org.openqa.selenium.By.cssSelector(".login-form button")).click();
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!browser.getCurrentUrl().endsWith("/admin/comments") && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(browser.findElements(org.openqa.selenium.By.cssSelector(".moderation")))
        .hasSize(payloads.size() - approved);
    assertNothingRan("/admin/comments");
  }

  private static void assertNothingRan(String page) {
    try {
      browser.switchTo().alert();
      throw new AssertionError("an alert opened on " + page);
    } catch (NoAlertPresentException expected) {
      // nothing ran
    }
    assertThat(browser.executeScript("return window.__xss === undefined")).as(page).isEqualTo(true);
    assertThat(browser.executeScript("return document.scripts.length"))
        .as("script elements on " + page)
        .isEqualTo(0L);
    Object handlers =
        browser.executeScript(
            "return [...document.querySelectorAll('*')].filter(e => [...e.attributes].some(a => /^on/i.test(a.name)))"
                + ".map(e => e.outerHTML.slice(0, 80))");
    assertThat((List<?>) handlers).as("elements with event handlers on " + page).isEmpty();
    Object jsLinks =
        browser.executeScript(
            "return [...document.querySelectorAll('[href],[src],[data],[action]')].map(e => e.getAttribute('href') "
                + "|| e.getAttribute('src') || e.getAttribute('data') || e.getAttribute('action'))"
                + ".filter(v => /^\\s*javascript:/i.test(v))");
    assertThat((List<?>) jsLinks).as("javascript: addresses on " + page).isEmpty();
  }
}
