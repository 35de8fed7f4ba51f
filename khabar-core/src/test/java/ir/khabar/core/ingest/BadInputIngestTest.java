package ir.khabar.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import ir.khabar.core.index.LuceneSearchEngine;
import ir.khabar.core.pipeline.Ingest;
import ir.khabar.core.search.SearchRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input never stops a batch, is reported file by file in plain words, and never loses stored
 * articles.
 */
class BadInputIngestTest {
  private static final String EARLIER =
      """
      قطار باری مشهد - هرات به ایستگاه روزنه رسید
      دوشنبه ۲۴ آذر ۱۴۰۴ - ۱۰:۳۰

      نخستین قطار باری مسیر مشهد - هرات با ۲۰ واگن سیمان و فولاد به ایستگاه روزنه در خاک افغانستان رسید.

      به گزارش خبرگزاری ایرنا، مدیرکل راه‌آهن خراسان رضوی گفت: این قطار پس از ۱۸ ساعت به مقصد رسید و بار آن تحویل شد.
      """;
  private static final String GOOD =
      """
      نمایشگاه کتاب شیراز با حضور ۳۰۰ ناشر گشایش یافت

      سی‌امین نمایشگاه کتاب استان فارس امروز در محل دائمی نمایشگاه‌های شیراز آغاز به کار کرد.

      به گزارش خبرگزاری ایسنا، مدیرکل فرهنگ و ارشاد اسلامی فارس گفت: ناشران امسال بیش از ۵۰ هزار عنوان کتاب عرضه می‌کنند.
      """;
  private static final String GOOD_RECORD =
      """
      {"title": "مسابقات کشتی جام تختی در کرمانشاه آغاز شد",
       "abstract": "خبرگزاري فارس: رقابت های کشتی آزاد جام تختی با حضور ۱۲ تیم در کرمانشاه آغاز شد.",
       "paragraphs": ["کشتی گیران تیم ملی در وزن های مختلف به روی تشک رفتند."],
       "link": "https://www.farsnews.ir/news/14040926000111"}""";

  @TempDir Path dir;
  private Path bad;

  @BeforeEach
  void writeBadFolder() throws IOException {
    bad = Files.createDirectories(dir.resolve("in"));
    write("01-good.txt", GOOD.getBytes(StandardCharsets.UTF_8));
    write("02-empty.txt", new byte[0]);
    write("03-blank.txt", " \n\t\r\n  ".getBytes(StandardCharsets.UTF_8));
    write("04-latin.txt", new byte[] {'a', 'b', 'c', (byte) 0xC3, 0x28, 'd'});
    write(
        "05-image.png",
        new byte[] {
          (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'
        });
    write(
        "06-records.json",
        ("[{\"title\": \"\", \"abstract\": \"\", \"paragraphs\": []}, " + GOOD_RECORD + "]")
            .getBytes(StandardCharsets.UTF_8));
    write(
        "07-broken.json",
        "{\"title\": \"خبر ناقص\", \"paragraphs\": [".getBytes(StandardCharsets.UTF_8));
    write(
        "08-lines.jsonl",
        (variant(GOOD_RECORD, "222", "جوانان")
                + "\n{\"title\": \"شکسته\"\n"
                + variant(GOOD_RECORD, "333", "بزرگسالان")
                + "\n")
            .getBytes(StandardCharsets.UTF_8));
    write(
        "09-capture.warc",
        "WARC/1.1\r\nWARC-Type: warcinfo\r\n\r\n".getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Another article: another link and another team (the same text under two links is one article).
   */
  private static String variant(String record, String link, String team) {
    return record.replace("\n", " ").replace("111", link).replace("تیم ملی", "تیم ملی " + team);
  }

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(bad.resolve(name), bytes);
  }

  private String file(String name) {
    return bad.resolve(name).toString();
  }

  private static Optional<Rejection> rejection(IngestReport r, String file) {
    return r.rejections().stream().filter(x -> x.file().equals(file)).findFirst();
  }

  private static long found(LuceneSearchEngine engine, String query) throws IOException {
    return engine.search(SearchRequest.of(query)).total();
  }

  @Test
  void badFilesAreRejectedWithReasonsAndTheRestIsStored() throws IOException {
    Path index = dir.resolve("index");
    try (LuceneSearchEngine engine = LuceneSearchEngine.open(index)) {
      Path earlier = Files.writeString(dir.resolve("earlier.txt"), EARLIER, StandardCharsets.UTF_8);
      assertThat(Ingest.files(engine, List.of(earlier)).added()).isEqualTo(1);

      IngestReport r = Ingest.files(engine, List.of(bad));

      assertThat(r.files()).isEqualTo(9);
      assertThat(r.added())
          .as("the good page, the good record of the array, two good .jsonl lines")
          .isEqualTo(4);
      assertThat(rejection(r, file("01-good.txt"))).isEmpty();
      assertReason(r, "02-empty.txt", null, "empty file");
      assertReason(r, "03-blank.txt", null, "white space");
      assertReason(r, "04-latin.txt", null, "invalid UTF-8 at byte 3");
      assertReason(r, "05-image.png", null, "not a text file");
      assertReason(r, "06-records.json", "record 1", "record without text");
      assertReason(r, "07-broken.json", null, "not valid JSON");
      assertReason(r, "08-lines.jsonl", "line 2", "not valid JSON");
      assertReason(r, "09-capture.warc", null, "WARC");
      assertThat(r.rejections()).hasSize(8);
      assertThat(r.summary()).endsWith("4 new, 0 duplicate, 8 rejected");
    }
    try (LuceneSearchEngine engine = LuceneSearchEngine.open(index)) {
      assertThat(engine.count()).isEqualTo(5);
      assertThat(found(engine, "هرات")).as("the earlier batch is still searchable").isEqualTo(1);
      assertThat(found(engine, "نمایشگاه کتاب شیراز")).isEqualTo(1);
      assertThat(found(engine, "جام تختی")).isEqualTo(3);
    }
  }

  private static void assertReason(IngestReport r, String name, String record, String reason) {
    Rejection x =
        r.rejections().stream()
            .filter(j -> Path.of(j.file()).getFileName().toString().equals(name))
            .findFirst()
            .orElseThrow(
                () -> new AssertionError("no rejection for " + name + " in " + r.rejections()));
    assertThat(x.record()).as("record of %s", name).isEqualTo(record);
    assertThat(x.reason()).as("reason for %s", name).contains(reason);
    assertThat(x.toString()).startsWith(x.file()).contains(reason);
    if (record != null) {
      assertThat(x.toString()).contains("[" + record + "]");
    }
  }

  @Test
  void unreadableFileIsRejected() throws IOException {
    Path secret =
        write("10-secret.txt", GOOD.replace("شیراز", "تبریز").getBytes(StandardCharsets.UTF_8));
    try {
      Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
    } catch (UnsupportedOperationException e) {
      Assumptions.abort("no POSIX permissions on this file system");
    }
    Assumptions.assumeFalse(
        Files.isReadable(secret), "running as root: chmod 000 does not stop reading, skipping");
    try (LuceneSearchEngine engine = LuceneSearchEngine.open(dir.resolve("index"))) {
      IngestReport r = Ingest.files(engine, List.of(secret, bad.resolve("01-good.txt")));
      assertReason(r, "10-secret.txt", null, "permission denied");
      assertThat(r.added()).isEqualTo(1);
    } finally {
      Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
    }
  }

  @Test
  void missingPathIsRejectedAndTheBatchGoesOn() throws IOException {
    Path missing = dir.resolve("no-such-file.txt");
    try (LuceneSearchEngine engine = LuceneSearchEngine.open(dir.resolve("index"))) {
      IngestReport r = Ingest.files(engine, List.of(missing, bad.resolve("01-good.txt")));
      assertThat(r.rejections())
          .singleElement()
          .satisfies(
              x -> {
                assertThat(x.file()).isEqualTo(missing.toString());
                assertThat(x.reason()).isEqualTo("no such file");
              });
      assertThat(r.added()).isEqualTo(1);
    }
  }

  @Test
  void utf8ByteOrderMarkIsNotARejection() throws IOException {
    byte[] text = GOOD.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[text.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(text, 0, withBom, 3, text.length);
    Path bom = write("11-bom.txt", withBom);
    try (LuceneSearchEngine engine = LuceneSearchEngine.open(dir.resolve("index"))) {
      IngestReport r = Ingest.files(engine, List.of(bom));
      assertThat(r.rejections()).isEmpty();
      assertThat(
              engine
                  .get(engine.search(SearchRequest.of("شیراز")).hits().get(0).article().id())
                  .orElseThrow()
                  .title())
          .startsWith("نمایشگاه کتاب");
    }
  }

  @Test
  void aFileOfOnlyFurnitureIsRejectedNotStored() throws IOException {
    Path trailer =
        write(
            "12-trailer.txt",
            "انتهای پیام/ 241\nپربیننده ترین خبرها\n".getBytes(StandardCharsets.UTF_8));
    try (LuceneSearchEngine engine = LuceneSearchEngine.open(dir.resolve("index"))) {
      assertThatCode(
              () -> {
                IngestReport r = Ingest.files(engine, List.of(trailer));
                assertReason(r, "12-trailer.txt", null, "no article text");
                assertThat(r.added()).isZero();
              })
          .doesNotThrowAnyException();
      assertThat(engine.count()).isZero();
    }
  }

  @Test
  void jsonFileHoldingNoRecordIsRejectedNotSilentlySkipped() throws IOException {
    Path string = write("13-string.json", "\"فقط یک رشته\"".getBytes(StandardCharsets.UTF_8));
    Path number = write("14-number.json", "42".getBytes(StandardCharsets.UTF_8));
    try (LuceneSearchEngine engine = LuceneSearchEngine.open(dir.resolve("index"))) {
      IngestReport r = Ingest.files(engine, List.of(string, number));
      assertThat(r.files()).isEqualTo(2);
      assertThat(r.rejections())
          .as("a JSON file that is neither a record nor an array of records")
          .extracting(Rejection::file)
          .containsExactly(string.toString(), number.toString());
    }
  }

  @Test
  void jsonlRejectionNamesTheLineOfTheRecord() throws IOException {
    Path lines =
        write(
            "15-lines.jsonl",
            ("{\"title\": \"شکسته\n{\"title\": \"\"}\n" + GOOD_RECORD.replace("\n", " ") + "\n")
                .getBytes(StandardCharsets.UTF_8));
    try (LuceneSearchEngine engine = LuceneSearchEngine.open(dir.resolve("index"))) {
      IngestReport r = Ingest.files(engine, List.of(lines));
      assertThat(r.added()).isEqualTo(1);
      assertThat(r.rejections()).hasSize(2);
      assertThat(r.rejections().get(0).record()).isEqualTo("line 1");
      assertThat(r.rejections().get(1).record())
          .as("the empty record is the file's second line")
          .isIn("line 2", "record 2");
    }
  }
}
