package ir.khabar.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
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
 * The trend charts in Debian's headless chromium under the site's CSP: drawn, coloured by the
 * stylesheet, with Persian labels. Screenshots go to target/screenshots (and to docs/screenshots
 * with -Dkhabar.screenshots=DIR).
 */
@Tag("browser")
class TrendBrowserTest {
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

  @AfterEach
  void close() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void searchPageDrawsTheStackedTrend() throws Exception {
    browser.get(site.base() + "/search?q=" + SearchParams.enc("ایران"));
    WebElement chart = browser.findElement(By.cssSelector("svg.trend-chart"));
    assertThat(chart.getRect().getWidth()).isGreaterThan(400);
    assertThat(chart.getRect().getHeight()).isGreaterThan(100);
    WebElement bar = browser.findElement(By.cssSelector("svg.trend-chart rect.s0"));
    assertThat(bar.getCssValue("fill")).isEqualTo("rgb(11, 93, 107)");
    assertThat(browser.findElement(By.cssSelector("svg.trend-chart text.axis")).getText())
        .containsPattern("[۰-۹]");
    screenshot(browser.findElement(By.cssSelector("figure.trend")), "trend-search");
  }

  @Test
  void comparisonAndCountryPairCharts() throws Exception {
    browser.get(
        site.base()
            + "/trends?q="
            + SearchParams.enc("ایران")
            + "&q="
            + SearchParams.enc("عراق")
            + "&q="
            + SearchParams.enc("گاز"));
    assertThat(browser.findElements(By.cssSelector("svg.trend-chart"))).hasSize(3);
    screenshot(browser.findElement(By.tagName("main")), "trends-compare");
    browser.get(site.base() + "/countries/country-ir/country-iq");
    assertThat(browser.findElements(By.cssSelector("svg.trend-chart rect.s0"))).isNotEmpty();
    screenshot(browser.findElement(By.cssSelector("figure.trend")), "trend-country-pair");
  }

  private static void screenshot(WebElement e, String name) throws Exception {
    byte[] png = e.getScreenshotAs(OutputType.BYTES);
    assertThat(png.length).isGreaterThan(5_000);
    Chromium.save(png, name);
  }
}
