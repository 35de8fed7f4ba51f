package ir.khabar.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import ir.khabar.app.NewestFirst;
import ir.khabar.testing.SharedData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `khabar search` without query words (browsing an entity), with Latin names and typos; `show
 * --json` names in English.
 */
@Tag("integration")
class BrowseNamesSuggestCommandTest {
  @TempDir static Path data;

  @BeforeAll
  static void ingestSeeds() {
    Cli.Result r = Cli.withData(data, "ingest", SharedData.seeds().toString());
    assertThat(r.code()).as(r.err()).isZero();
  }

  private static JsonNode json(String... args) throws Exception {
    Cli.Result r = Cli.withData(data, "search", args);
    assertThat(r.code()).as(r.err()).isZero();
    return r.json();
  }

  @Test
  void aCountryWithoutQueryWordsListsItsArticlesNewestFirst() throws Exception {
    JsonNode o = json("--json", "--country", "ایران");
    assertThat(o.get("total").asLong()).isEqualTo(5);
    NewestFirst.check(o.get("hits"));
    assertThat(json("--json", "--person", "لاوروف").get("total").asLong()).isEqualTo(1);
  }

  @Test
  void neitherWordsNorFiltersIsAUsageError() {
    Cli.Result r = Cli.withData(data, "search");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--country");
  }

  @Test
  void aLatinNameIsSearchedAsItsPersianName() throws Exception {
    JsonNode latin = json("--json", "Lavrov");
    assertThat(latin.get("total").asLong())
        .isEqualTo(json("--json", "لاوروف").get("total").asLong())
        .isEqualTo(1);
    Cli.Result human = Cli.withData(data, "search", "Lavrov");
    assertThat(human.out()).contains("searched as: لاوروف");
  }

  @Test
  void aTypoIsAnsweredWithASuggestion() throws Exception {
    assertThat(json("--json", "ایرن").get("suggestion").asText()).isEqualTo("ایران");
    assertThat(Cli.withData(data, "search", "ایرن").out()).contains("Did you mean: ایران");
  }

  @Test
  void showJsonGivesEntitiesTheirEnglishName() throws Exception {
    String id = json("--json", "روسیه").get("hits").get(0).get("id").asText();
    Cli.Result r = Cli.withData(data, "show", "--json", id);
    assertThat(r.code()).as(r.err()).isZero();
    List<String> english = new ArrayList<>();
    r.json()
        .get("entities")
        .forEach(
            e -> {
              if (e.get("id").asText().equals("country-ru")) {
                english.add(e.path("nameEn").asText());
              }
            });
    assertThat(english).containsExactly("Russia");
  }
}
