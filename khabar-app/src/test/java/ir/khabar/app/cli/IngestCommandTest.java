package ir.khabar.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import ir.khabar.core.extract.Agencies;
import ir.khabar.testing.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `khabar ingest`: the summary line, exit status, rejections on stderr, origins as given. */
class IngestCommandTest {
  @TempDir Path data;

  private static final String PAGE =
      """
      سرمای زودرس و افزایش مصرف گاز خانگی در شمال کشور

      مصرف گاز خانگی در استان‌های شمالی با کاهش دمای هوا به رکورد تازه‌ای رسید.

      به گزارش خبرگزاری مهر، مدیرعامل شرکت گاز استان مازندران از مشترکان خواست در مصرف صرفه‌جویی کنند.
      """;

  /** A page of a newspaper's archive: it names no source. */
  static final String UNNAMED =
      """
      نگاه دوم
      بازگشایی پل تاریخی شهر پس از دو سال مرمت

      پل تاریخی شهر پس از دو سال کار مرمت\u200cگران امروز به روی رهگذران باز شد و شهروندان از آن دیدن کردند.
      """;

  @Test
  void aDeclaredSourceNamesTheArticlesThatNameNone() throws Exception {
    Path unnamed = Files.writeString(data.resolve("bridge.txt"), UNNAMED, StandardCharsets.UTF_8);
    Path credited = Files.writeString(data.resolve("gas.txt"), PAGE, StandardCharsets.UTF_8);
    Cli.Result r =
        Cli.withData(
            data.resolve("d"),
            "ingest",
            "--source",
            "همشهری",
            unnamed.toString(),
            credited.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(source(data.resolve("d"), "مرمت")).isEqualTo(agency("hamshahri"));
    assertThat(source(data.resolve("d"), "مازندران"))
        .as("a page's own credit stays")
        .isEqualTo(agency("mehr"));
  }

  /** The source of the one article a query finds, as search names it. */
  static String source(Path data, String query) throws Exception {
    JsonNode hits = Cli.withData(data, "search", "--json", query).json().get("hits");
    assertThat(hits).as(query).hasSize(1);
    return hits.get(0).get("source").asText();
  }

  static String agency(String id) {
    return Agencies.get().byName(id).orElseThrow().name();
  }

  @Test
  void ingestingTheSeedsPrintsTheSummaryAndExitsZero() {
    Path seeds = SharedData.seeds();
    Cli.Result r = Cli.withData(data, "ingest", seeds.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.outLines())
        .contains("read 5 file(s), 5 record(s): 5 new, 0 duplicate, 0 rejected");
    assertThat(r.err()).doesNotContain("rejected:");

    Cli.Result again = Cli.withData(data, "ingest", seeds.toString());
    assertThat(again.code()).isZero();
    assertThat(again.outLines())
        .contains("read 5 file(s), 5 record(s): 0 new, 5 duplicate, 0 rejected");
  }

  @Test
  void originOfAFolderIsTheFolderAsGivenJoinedWithTheFile() throws Exception {
    Path seeds = SharedData.seeds();
    assertThat(Cli.withData(data, "ingest", seeds.toString()).code()).isZero();
    JsonNode hits = Cli.withData(data, "search", "--json", "قرقیزستان").json().get("hits");
    assertThat(hits).hasSize(1);
    String expected;
    try (Stream<Path> files = Files.list(seeds)) {
      expected =
          files
              .filter(f -> f.getFileName().toString().startsWith("004_"))
              .findFirst()
              .orElseThrow()
              .toString();
    }
    assertThat(hits.get(0).get("origin").asText()).isEqualTo(expected);
  }

  @Test
  void aBadFileIsRejectedOnStderrAndExitsOne() throws IOException {
    Path good = Files.writeString(data.resolve("gas.txt"), PAGE, StandardCharsets.UTF_8);
    Path empty = Files.write(data.resolve("empty.txt"), new byte[0]);
    Path binary =
        Files.write(
            data.resolve("logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0x0D});
    Cli.Result r =
        Cli.withData(
            data.resolve("d"), "ingest", good.toString(), empty.toString(), binary.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err().lines())
        .contains("rejected: " + empty + ": empty file")
        .anySatisfy(l -> assertThat(l).startsWith("rejected: " + binary + ": ").contains("binary"));
    assertThat(r.outLines())
        .contains("read 3 file(s), 1 record(s): 1 new, 0 duplicate, 2 rejected");

    Cli.Result found = Cli.withData(data.resolve("d"), "search", "--json", "مازندران");
    assertThat(found.code()).isZero();
    assertThat(found.out()).contains(good.toString());
  }

  @Test
  void aLicenceInTheCorpusFolderIsSkippedAsNotNewsAndTheIngestStillSucceeds() throws Exception {
    Path folder = Files.createDirectories(data.resolve("corpus"));
    Path good = Files.writeString(folder.resolve("gas.txt"), PAGE, StandardCharsets.UTF_8);
    Path licence =
        Files.writeString(
            folder.resolve("LICENSE"),
            "                                 Apache License\n"
                + "                           Version 2.0, January 2004\n        http://www.apache.org/licenses/\n"
                + "   TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION\n",
            StandardCharsets.UTF_8);
    Cli.Result r = Cli.withData(data.resolve("d"), "ingest", folder.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err().lines())
        .contains("skipped: " + licence + ": not a news item: a licence (LICENSE)");
    assertThat(r.outLines())
        .contains(
            "read 2 file(s), 2 record(s): 1 new, 0 duplicate, 0 rejected, 1 skipped",
            "skipped 1: 1 not news",
            "dated: 0 by the page, 0 by the record, 0 by the URL, 0 by the text, 0 by the file name;"
                + " 1 undated");
    assertThat(
            Cli.withData(data.resolve("d"), "search", "--json", "License")
                .json()
                .get("total")
                .asInt())
        .isZero();
    assertThat(Cli.withData(data.resolve("d"), "search", "--json", "مازندران").out())
        .contains(good.toString());
  }

  @Test
  void aMissingPathIsRejectedAndTheRestIsIngested() throws IOException {
    Path good = Files.writeString(data.resolve("gas.txt"), PAGE, StandardCharsets.UTF_8);
    Path missing = data.resolve("nowhere.txt");
    Cli.Result r = Cli.withData(data.resolve("d"), "ingest", missing.toString(), good.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err().lines()).contains("rejected: " + missing + ": no such file");
    assertThat(r.outLines())
        .contains("read 2 file(s), 1 record(s): 1 new, 0 duplicate, 1 rejected");
  }

  @Test
  void deepJsonAnOversizeTextAndALinkLoopAreNamedInWordsAndExitOne() throws IOException {
    Path folder = Files.createDirectories(data.resolve("hostile"));
    Files.writeString(folder.resolve("gas.txt"), PAGE, StandardCharsets.UTF_8);
    byte[] deep = new byte[200_000];
    java.util.Arrays.fill(deep, 0, 100_000, (byte) '[');
    java.util.Arrays.fill(deep, 100_000, 200_000, (byte) ']');
    Path json = Files.write(folder.resolve("deep.json"), deep);
    Path big =
        Files.write(
            folder.resolve("big.txt"),
            PAGE.repeat(17 * 1024 * 1024 / PAGE.length() + 1).getBytes(StandardCharsets.UTF_8));
    Path loop = Files.createSymbolicLink(folder.resolve("loop"), folder);
    Cli.Result r = Cli.withData(data.resolve("d"), "ingest", folder.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err().lines())
        .anySatisfy(
            l -> assertThat(l).startsWith("rejected: " + json + " [record 1]: JSON nested deeper"))
        .anySatisfy(
            l -> assertThat(l).startsWith("rejected: " + big + ": cannot read: too large ("))
        .anySatisfy(
            l ->
                assertThat(l)
                    .startsWith("rejected: " + loop + ": cannot read: a symbolic link loop"));
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("java.");
    assertThat(r.outLines())
        .contains("read 4 file(s), 2 record(s): 1 new, 0 duplicate, 3 rejected");
  }

  @Test
  void ingestWithoutPathsIsAUsageError() {
    Cli.Result r = Cli.withData(data, "ingest");
    assertThat(r.code()).isNotZero();
    assertThat(r.err()).contains("PATH");
  }
}
