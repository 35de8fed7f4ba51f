package ir.khabar.app.web;

import static ir.khabar.app.web.SiteTest.json;
import static ir.khabar.app.web.SiteTest.q;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A search parameter Khabar cannot honour is refused in Persian, never silently taken for its
 * default; two countries in {@code country} are the pair's articles.
 */
class SearchParametersTest {
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

  private static Set<String> ids(String filters) throws Exception {
    JsonNode r = json(site.get("/api/search?q=&limit=100" + filters));
    Set<String> ids = new HashSet<>();
    r.get("hits").forEach(h -> ids.add(h.get("id").asText()));
    return ids;
  }

  private static void assertRefused(String path, String named) throws Exception {
    HttpResponse<String> r = site.get(path);
    assertThat(r.statusCode()).as(path).isEqualTo(400);
    assertThat(json(r).get("error").asText()).as(path).contains(named);
  }
}
