package ir.khabar.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import ir.khabar.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `khabar search` and `khabar show` over the seeds, ingested file by file through the CLI. */
class SearchAndShowCommandTest {
  private static final Set<String> HIT_KEYS =
      Set.of("id", "title", "source", "published", "url", "origin", "snippet", "score", "story");

  @TempDir static Path data;
  private static final List<String> seedFiles = new ArrayList<>();

  @BeforeAll
  static void ingestSeeds() throws IOException {
    try (Stream<Path> files = Files.list(SharedData.seeds())) {
      files.sorted().map(Path::toString).forEach(seedFiles::add);
    }
    List<String> args = new ArrayList<>(List.of("ingest", "--data", data.toString()));
    args.addAll(seedFiles);
    Cli.Result r = Cli.run(args.toArray(String[]::new));
    assertThat(r.code()).as(r.err()).isZero();
  }

  private static JsonNode search(String... rest) throws Exception {
    Cli.Result r = Cli.withData(data, "search", prepend("--json", rest));
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode o = r.json();
    assertThat(names(o)).containsExactlyInAnyOrder("query", "total", "hits");
    return o;
  }

  private static String[] prepend(String first, String... rest) {
    String[] all = new String[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }

  private static List<String> names(JsonNode o) {
    List<String> names = new ArrayList<>();
    o.fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** The seed numbers ("000" … "004") of the hits, from their origins. */
  private static Set<String> seeds(JsonNode result) {
    Set<String> out = new TreeSet<>();
    result
        .get("hits")
        .forEach(
            h ->
                out.add(
                    Path.of(h.get("origin").asText()).getFileName().toString().substring(0, 3)));
    return out;
  }

  private static String seedFile(String number) {
    return seedFiles.stream()
        .filter(f -> Path.of(f).getFileName().toString().startsWith(number))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void jsonHitsHaveExactlyTheContractKeysAndTheOriginAsGiven() throws Exception {
    JsonNode o = search("کریدور", "روسیه");
    assertThat(o.get("query").asText()).isEqualTo("کریدور روسیه");
    assertThat(o.get("total").asLong()).isEqualTo(1);
    JsonNode hit = o.get("hits").get(0);
    assertThat(names(hit)).containsExactlyInAnyOrderElementsOf(HIT_KEYS);
    assertThat(hit.get("origin").asText()).isEqualTo(seedFile("003"));
    assertThat(hit.get("id").asText()).matches("[0-9a-f]{16}");
    assertThat(hit.get("source").asText()).isEqualTo("العالم");
    assertThat(OffsetDateTime.parse(hit.get("published").asText()))
        .isEqualTo(OffsetDateTime.of(2025, 12, 17, 7, 40, 0, 0, ZoneOffset.ofHoursMinutes(3, 30)));
    assertThat(hit.get("url").isNull()).isTrue();
    assertThat(hit.get("snippet").asText()).contains("<mark>");
    assertThat(hit.get("score").isNumber()).isTrue();
    assertThat(hit.get("story").asText())
        .as("a story of its own: its id is the article's")
        .isEqualTo(hit.get("id").asText());
    assertThat(seedFiles).allSatisfy(f -> assertThat(Path.of(f)).isAbsolute());
  }

  @Test
  void unknownPublishedIsNull() throws Exception {
    JsonNode hit = search("قرقیزستان").get("hits").get(0);
    assertThat(hit.get("published").isNull()).isTrue();
    assertThat(hit.get("origin").asText()).isEqualTo(seedFile("004"));
  }

  @Test
  void anyTermFindsAtLeastAsManyAsAllTerms() throws Exception {
    JsonNode all = search("ظریف", "بلاروس");
    JsonNode any = search("--any", "ظریف", "بلاروس");
    assertThat(all.get("total").asLong()).isZero();
    assertThat(any.get("total").asLong()).isGreaterThanOrEqualTo(3);
    assertThat(seeds(any)).contains("000", "002", "003", "004");
  }

  @Test
  void limitCutsTheHitsNotTheTotal() throws Exception {
    JsonNode o = search("--limit", "2", "ایران");
    assertThat(o.get("total").asLong()).isEqualTo(5);
    assertThat(o.get("hits")).hasSize(2);
  }

  @Test
  void sourceByPersianNameOrId() throws Exception {
    for (String source : List.of("صدا و سیما", "irib")) {
      JsonNode o = search("--source", source, "ایران");
      assertThat(seeds(o)).as(source).containsExactly("000", "001");
      o.get("hits")
          .forEach(h -> assertThat(h.get("source").asText()).isEqualTo("خبرگزاری صدا و سیما"));
    }
  }

  @Test
  void datesInJalaliWithPersianDigitsOrGregorian() throws Exception {
    assertThat(seeds(search("--from", "۱۴۰۴/۰۹/۲۶", "--to", "۱۴۰۴/۰۹/۲۶", "ایران")))
        .containsExactly("003");
    assertThat(seeds(search("--from", "1404-09-26", "ایران"))).containsExactly("003");
    assertThat(seeds(search("--from", "2025-12-17", "--to", "2025-12-17", "ایران")))
        .containsExactly("003");
    assertThat(seeds(search("--to", "2025-12-16", "ایران"))).containsExactly("001");
    assertThat(search("--from", "2025-12-18", "ایران").get("total").asLong()).isZero();
  }

  @Test
  void badDateIsAnErrorInPlainWords() {
    Cli.Result r = Cli.withData(data, "search", "--from", "فردا", "ایران");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("--from").contains("فردا");
  }

  @Test
  void humanOutputListsTitlesWithoutMarkup() {
    Cli.Result r = Cli.withData(data, "search", "نمایشگاه مجازی");
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("1 result(s) for: نمایشگاه مجازی")
        .contains("خبرگزاری صدا و سیما")
        .doesNotContain("<mark>");
  }

  @Test
  void searchedAsIsWrittenForReaders() {
    Cli.Result phrase = Cli.withData(data, "search", "\"ايران و روسيه\"");
    assertThat(phrase.code()).isZero();
    assertThat(phrase.out())
        .contains("[searched as: «ایران و روسیه»]")
        .doesNotContain("0 result(s)");
    Cli.Result words = Cli.withData(data, "search", "مسئول دیدار با پوتین");
    assertThat(words.out()).contains("[searched as: مسئول دیدار پوتین (بدون «با»)]");
  }

  @Test
  void searchWithoutAnIndexFails() {
    Cli.Result r = Cli.withData(data.resolve("empty"), "search", "ایران");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("no Khabar index");
  }

  @Test
  void showJsonPrintsTheWholeArticle() throws Exception {
    String id = search("کریدور", "روسیه").get("hits").get(0).get("id").asText();
    Cli.Result r = Cli.withData(data, "show", "--json", id);
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode a = r.json();
    assertThat(names(a))
        .contains(
            "id",
            "url",
            "origin",
            "source",
            "title",
            "lead",
            "body",
            "category",
            "published",
            "publishedJalali",
            "comments",
            "entities",
            "story");
    assertThat(a.get("id").asText()).isEqualTo(id);
    assertThat(a.get("origin").asText()).isEqualTo(seedFile("003"));
    assertThat(names(a.get("source"))).containsExactlyInAnyOrder("id", "name");
    assertThat(a.get("source").get("id").asText()).isEqualTo("alalam");
    assertThat(a.get("title").asText()).startsWith("سفیر ایران: مذاکرات پزشکیان و پوتین");
    assertThat(a.get("lead").asText()).startsWith("سفیر ایران در روسیه");
    assertThat(a.get("body").isArray()).isTrue();
    assertThat(a.get("body")).hasSize(11);
    assertThat(a.get("publishedJalali").asText()).startsWith("1404-09-26T07:40");
    assertThat(a.get("comments").isArray()).isTrue();
    assertThat(a.get("entities").isArray()).isTrue();
  }

  @Test
  void showHumanPrintsTitleAndBody() throws Exception {
    String id = search("افغانستان").get("hits").get(0).get("id").asText();
    Cli.Result r = Cli.withData(data, "show", id);
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("دیدار ظریف")
        .contains("باشگاه خبرنگاران جوان")
        .contains("افغانستان")
        .doesNotContain("انتهای پیام");
  }

  @Test
  void showOfAnUnknownIdExitsOne() {
    Cli.Result r = Cli.withData(data, "show", "--json", "0123456789abcdef");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("0123456789abcdef");
  }

  /**
   * The operators of the web page, typed as shell words: -word is part of the query, not an option.
   */
  @Test
  void operatorsAndSortWorkInTheCli() throws Exception {
    Set<String> iran = seeds(search("--limit", "20", "ایران"));
    Set<String> both = seeds(search("--limit", "20", "ایران", "پوتین"));
    assertThat(both).isNotEmpty();
    assertThat(iran).containsAll(both).isNotEqualTo(both);
    Set<String> without = new TreeSet<>(iran);
    without.removeAll(both);
    assertThat(seeds(search("--limit", "20", "ایران", "-پوتین"))).isEqualTo(without);
    assertThat(seeds(search("--limit", "20", "ایران NOT پوتین"))).isEqualTo(without);
    assertThat(seeds(search("--limit", "20", "ایران", "AND", "پوتین"))).isEqualTo(both);
    assertThat(seeds(search("--limit", "20", "(پوتین OR افغانستان) ایران"))).containsAll(both);
    Cli.Result human = Cli.withData(data, "search", "ایران", "-پوتین");
    assertThat(human.code()).as(human.err()).isZero();
    assertThat(human.out()).contains("[searched as: ایران بدون پوتین]");
    List<String> newest = new ArrayList<>();
    search("--sort", "newest", "--limit", "20", "ایران")
        .get("hits")
        .forEach(h -> newest.add(h.get("published").isNull() ? "" : h.get("published").asText()));
    List<String> sorted = new ArrayList<>(newest);
    sorted.sort(Comparator.reverseOrder());
    assertThat(newest).hasSizeGreaterThan(1).isEqualTo(sorted);
    assertThat(Cli.withData(data, "search", "--sort", "oldest", "ایران").code()).isNotZero();
  }
}
