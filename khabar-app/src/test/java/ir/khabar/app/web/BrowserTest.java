package ir.khabar.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A reader and a moderator in Debian's headless chromium: search, open an article, leave a comment,
 * log in, approve it, see it published. Screenshots of the home, search and article pages go to
 * target/screenshots (and to docs/screenshots with -Dkhabar.screenshots=DIR).
 */
@Tag("browser")
class BrowserTest {
  @TempDir static Path dir;
  private static TestSite site;
  private ChromeDriver browser;

  @BeforeAll
  static void start() throws Exception {
    if (Chromium.available()) {
      site = TestSite.overSample(dir, null, TestSite.options());
    }
  }

  @AfterAll
  static void stop() throws Exception {
    if (site != null) {
      site.close();
    }
  }

  @BeforeEach
  void open() throws Exception {
    Chromium.assumeAvailable();
    browser = Chromium.start(Files.createTempDirectory(dir, "profile"), 1280, 1400);
    browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
  }

  @org.junit.jupiter.api.AfterEach
  void close() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void searchArticleCommentModerationApprovedCommentShown() throws Exception {
    browser.get(site.base() + "/");
    assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
    assertThat(browser.findElement(By.cssSelector("body")).getCssValue("font-family"))
        .contains("Vazirmatn");
    assertThat((Boolean) browser.executeScript("return document.fonts.check('16px Vazirmatn')"))
        .isTrue();
    screenshot("home");

    WebElement box = browser.findElement(By.id("site-q"));
    box.sendKeys("تجارت ایران و روسیه");
    box.submit();
    awaitUrl("/search?q=");
    assertThat(browser.findElements(By.cssSelector(".results .card"))).isNotEmpty();
    assertThat(browser.findElements(By.cssSelector(".results mark"))).isNotEmpty();
    screenshot("search");

    browser.findElement(By.cssSelector(".results .card-title a")).click();
    awaitUrl("/a/");
    String articleUrl = browser.getCurrentUrl();
    assertThat(browser.findElement(By.tagName("h1")).getText()).contains("روسیه");
    assertThat(browser.findElement(By.cssSelector(".source-line")).getText())
        .startsWith("منبع خبر:");

    browser.findElement(By.id("c-name")).sendKeys("سارا محمدی");
    browser.findElement(By.id("c-email")).sendKeys("sara@example.ir");
    String text = "مبادلات با پول ملی برای صادرکنندگان خبر خوبی است.";
    browser.findElement(By.id("c-text")).sendKeys(text);
    browser.findElement(By.cssSelector(".comment-form button[type=submit]")).click();
    assertThat(browser.findElement(By.cssSelector(".comments .notice")).getText())
        .contains("پس از بررسی");
    assertThat(browser.findElement(By.cssSelector(".pending-count")).getText()).isEqualTo("۱");
    assertThat(browser.findElements(By.cssSelector(".reader-comment"))).isEmpty();

    browser.get(site.base() + "/admin/comments");
    awaitUrl("/admin/login");
    browser.findElement(By.id("password")).sendKeys(TestSite.PASSWORD);
    browser.findElement(By.cssSelector(".login-form button")).click();
    awaitUrl("/admin/comments");
    WebElement pending =
        browser.findElements(By.cssSelector(".moderation")).stream()
            .filter(e -> e.getText().contains(text))
            .findFirst()
            .orElseThrow();
    assertThat(pending.getText()).contains("sara@example.ir").contains("سارا محمدی");
    pending.findElement(By.cssSelector("button.approve")).click();
    assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("تأیید");

    browser.get(articleUrl);
    List<WebElement> shown = browser.findElements(By.cssSelector(".reader-comment"));
    assertThat(shown).hasSize(1);
    assertThat(shown.get(0).getText())
        .contains("سارا محمدی")
        .contains(text)
        .doesNotContain("sara@example.ir");
    assertThat(browser.findElement(By.cssSelector(".published-count")).getText()).isEqualTo("۱");
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 2600));
    screenshot("article");
  }

  @Test
  void narrowScreensGetOneColumn() throws Exception {
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
    browser.get(site.base() + "/");
    long width = (Long) browser.executeScript("return document.documentElement.scrollWidth");
    assertThat(width).as("no sideways scrolling on a phone").isLessThanOrEqualTo(390);
    screenshot("home-phone");
  }

  /**
   * Waits for a navigation a click or submit started: Selenium may return before the new page
   * loads.
   */
  private void awaitUrl(String part) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!browser.getCurrentUrl().contains(part) && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(browser.getCurrentUrl())
        .as(browser.findElement(By.tagName("main")).getText())
        .contains(part);
  }

  private void screenshot(String name) throws Exception {
    byte[] png = browser.getScreenshotAs(OutputType.BYTES);
    assertThat(png.length).isGreaterThan(10_000);
    Chromium.save(png, name);
  }
}
