package ir.khabar.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import ir.khabar.app.NewestFirst;
import ir.khabar.core.ArticleJson;
import ir.khabar.testing.SharedData;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Browsing by entity without query words, Latin-script names, "did you mean" and entity pages by
 * name, on the web server over a real index of the seeds.
 */
@Tag("integration")
class NamesAndBrowsingPagesTest {
  @TempDir static Path dir;
  private static TestSite site;

  @BeforeAll
  static void start() throws Exception {
    site = TestSite.overSeeds(dir, SharedData.seeds(), TestSite.options());
  }

  @AfterAll
  static void stop() throws Exception {
    if (site != null) {
      site.close();
    }
  }

  private static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static JsonNode api(String path) throws Exception {
    HttpResponse<String> r = site.get(path);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return ArticleJson.MAPPER.readTree(r.body());
  }

  @Test
  void apiBrowsesACountryWithoutQueryWordsNewestFirst() throws Exception {
    JsonNode o = api("/api/search?q=&country=" + q("ایران"));
    assertThat(o.get("total").asLong()).isEqualTo(5);
    NewestFirst.check(o.get("hits"));
    // seed 003 names Russia; seed 001 only Moscow, one stop of Zarif's tour: a party all the same
    assertThat(api("/api/search?q=&country=" + q("روسیه")).get("total").asLong()).isEqualTo(2);
  }

  @Test
  void aCountryPageSaysWhereItWasOnlyAPartyToAnEvent() throws Exception {
    HttpResponse<String> r = site.get("/entity/country-ru");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body())
        .contains("در ۲ خبر نام برده شده")
        .contains("در ۱ خبر " + LinkEvidenceSummary.PARTY_ONLY);
  }

  @Test
  void searchPageBrowsesAPersonWithoutQueryWords() throws Exception {
    HttpResponse<String> r = site.get("/search?q=&person=" + q("لاوروف"));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("۱ نتیجه").contains("/a/");
  }

  @Test
  void aLatinNameFindsWhatItsPersianNameFinds() throws Exception {
    JsonNode latin = api("/api/search?q=Russia");
    JsonNode persian = api("/api/search?q=" + q("روسیه"));
    assertThat(latin.get("total").asLong()).isEqualTo(persian.get("total").asLong()).isEqualTo(1);
    assertThat(latin.get("understood").asText()).isEqualTo("روسیه");
    assertThat(latin.get("hits").get(0).get("snippet").asText()).contains("<mark>روسیه</mark>");
  }

  @Test
  void filtersTakeEnglishNamesToo() throws Exception {
    assertThat(api("/api/search?q=&country=Russia").get("total").asLong()).isEqualTo(2);
    assertThat(api("/api/search?q=&country=iran").get("total").asLong()).isEqualTo(5);
    assertThat(api("/api/search?q=&person=Lavrov").get("total").asLong())
        .isEqualTo(api("/api/search?q=&person=" + q("لاوروف")).get("total").asLong())
        .isEqualTo(1);
  }

  @Test
  void aTypoGetsASuggestionOnTheApiAndThePage() throws Exception {
    assertThat(api("/api/search?q=" + q("ایرن")).get("suggestion").asText()).isEqualTo("ایران");
    assertThat(api("/api/search?q=" + q("ایران")).has("suggestion")).isFalse();
    String page = site.get("/search?q=" + q("ایرن")).body();
    assertThat(page).contains("منظورتان").contains("href=\"/search?q=" + q("ایران") + "\"");
  }

  @Test
  void snippetsKeepTheirMarksAfterAFacetClick() throws Exception {
    String page = site.get("/search?q=" + q("روسیه") + "&country=country-ru").body();
    assertThat(page).contains("<mark>روسیه</mark>");
    JsonNode o = api("/api/search?q=" + q("کریدور") + "&country=country-ru");
    assertThat(o.get("hits").get(0).get("snippet").asText()).contains("<mark>");
  }

  @Test
  void anUnlistedEntitysPageLoadsFromTheLinkAnArticlePageGives() throws Exception {
    List<String> checked = new ArrayList<>();
    for (JsonNode summary : api("/api/latest")) {
      String page = site.get("/a/" + summary.get("id").asText()).body();
      Matcher link = Pattern.compile("href=\"(/entity/(?:person|org)-[^\"?#]+)\"").matcher(page);
      while (link.find() && checked.size() < 6) {
        String path = link.group(1);
        String id = URLDecoder.decode(path.substring("/entity/".length()), StandardCharsets.UTF_8);
        if (!id.matches(".*[\u0600-\u06ff].*")) {
          continue; // a listed entity's id: org-ir-ministry-agriculture
        }
        HttpResponse<String> r = site.get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        assertThat(r.body())
            .as("its page, with the form to report a wrong link")
            .contains(path + "/report");
        checked.add(id);
      }
    }
    assertThat(checked).as("the seeds name unlisted people or organisations").isNotEmpty();
  }

  @Test
  void anEntityByNameLeadsToItsPageWhichShowsTheEnglishName() throws Exception {
    HttpResponse<String> r = site.get("/entity/" + q("روسیه").replace("+", "%20"));
    assertThat(r.statusCode()).isEqualTo(302);
    assertThat(r.headers().firstValue("location")).hasValue("/entity/country-ru");
    assertThat(site.get("/entity/Lavrov").headers().firstValue("location"))
        .hasValue("/entity/sergey-lavrov");
    String page = site.get("/entity/country-ru").body();
    assertThat(page).contains("روسیه").contains("Russia");
    assertThat(site.get("/entity/" + q("ناموجودستان")).statusCode()).isEqualTo(404);
  }
}
