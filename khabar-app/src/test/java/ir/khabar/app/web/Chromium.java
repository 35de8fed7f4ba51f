package ir.khabar.app.web;

import ir.khabar.testing.Required;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's chromium and chromedriver, headless, driven by Selenium; never a downloaded browser.
 * Skipped when they are not installed (scripts/test-setup installs them), unless
 * KHABAR_REQUIRE_ALL=1.
 */
final class Chromium {
  static final Path BROWSER = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  private Chromium() {}

  static boolean available() {
    return Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
  }

  static void assumeAvailable() {
    String why =
        "Debian's chromium and chromium-driver are not installed (scripts/test-setup installs them)";
    Required.that(available(), why);
  }

  static ChromeDriver start(Path profile, int width, int height) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BROWSER.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--hide-scrollbars",
        "--lang=fa-IR",
        "--force-device-scale-factor=1",
        "--window-size=" + width + "," + height,
        "--user-data-dir=" + profile.toAbsolutePath());
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(DRIVER.toString()))
            .usingAnyFreePort()
            .build();
    return new ChromeDriver(service, options);
  }

  /**
   * Keeps a screenshot in target/screenshots, and in the folder {@code -Dkhabar.screenshots} names
   * (docs/screenshots).
   */
  static void save(byte[] png, String name) throws IOException {
    Path target = Path.of("target", "screenshots");
    Files.createDirectories(target);
    Files.write(target.resolve(name + ".png"), png);
    String docs = System.getProperty("khabar.screenshots");
    if (docs != null) {
      Files.createDirectories(Path.of(docs));
      Files.write(Path.of(docs, name + ".png"), png);
    }
  }
}
