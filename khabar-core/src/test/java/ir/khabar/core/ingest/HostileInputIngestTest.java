package ir.khabar.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Article;
import ir.khabar.core.index.LuceneSearchEngine;
import ir.khabar.core.pipeline.Ingest;
import ir.khabar.core.search.SearchRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.Channels;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Hostile content in a batch (JSON nested a million deep, a record that inflates to far more than
 * it weighs, a file far over its size limit) is rejected by name and reason, and the good records
 * around it are stored in a real index; a Windows-1256 text page is read as the Persian it is.
 */
@Tag("integration")
class HostileInputIngestTest {
  private static final List<String> CITIES =
      List.of(
          "تبریز",
          "مشهد",
          "شیراز",
          "اصفهان",
          "کرمان",
          "یزد",
          "رشت",
          "ساری",
          "گرگان",
          "اراک",
          "قزوین",
          "زنجان",
          "همدان",
          "سنندج",
          "ایلام",
          "اهواز",
          "بوشهر",
          "بندرعباس",
          "زاهدان",
          "بیرجند");
  private static final String PAGE =
      """
      نمایشگاه کتاب شیراز با حضور 300 ناشر گشایش یافت

      سی‌امین نمایشگاه کتاب استان فارس امروز در محل دائمی نمایشگاه‌های شیراز آغاز به کار کرد.

      به گزارش خبرگزاری ایسنا، مدیرکل فرهنگ و ارشاد اسلامی فارس گفت: ناشران امسال بیش از 50 هزار عنوان کتاب عرضه می‌کنند.
      """;

  @TempDir Path dir;

  /** A Fars record on wrestling in the given city, under its own link. */
  private static String record(int i) {
    String city = CITIES.get(i % CITIES.size());
    return "{\"title\": \"مسابقات کشتی جام تختی در "
        + city
        + " آغاز شد\", "
        + "\"abstract\": \"خبرگزاری فارس: رقابت\u200cهای کشتی آزاد جام تختی با حضور "
        + (10 + i)
        + " تیم در "
        + city
        + " آغاز شد.\", \"paragraphs\": [\"کشتی\u200cگیران تیم "
        + city
        + " در وزن\u200cهای مختلف به روی تشک رفتند.\"], "
        + "\"link\": \"https://www.farsnews.ir/news/140409260"
        + (10000 + i)
        + "\"}";
  }

  /** Twenty good .json files in {@code folder}. */
  private static void goodRecords(Path folder) throws IOException {
    for (int i = 0; i < 20; i++) {
      Files.writeString(
          folder.resolve(String.format("%02d-record.json", i)), record(i), StandardCharsets.UTF_8);
    }
  }

  /** JSON arrays nested {@code depth} deep: valid JSON, and no article record. */
  private static byte[] nested(int depth) {
    byte[] b = new byte[2 * depth];
    Arrays.fill(b, 0, depth, (byte) '[');
    Arrays.fill(b, depth, 2 * depth, (byte) ']');
    return b;
  }

  private static Rejection rejection(IngestReport r, Path file) {
    return r.rejections().stream()
        .filter(x -> x.file().equals(file.toString()))
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("no rejection for " + file + " in " + r.rejections()));
  }

  @Test
  void aMillionNestedArraysAreNamedAndTheTwentyGoodFilesAreStored() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    goodRecords(in);
    Path deep = Files.write(in.resolve("10-deep.json"), nested(1_000_000));
    try (LuceneSearchEngine engine = LuceneSearchEngine.open(dir.resolve("index"))) {
      IngestReport r = Ingest.files(engine, List.of(in));
      assertThat(r.files()).isEqualTo(21);
      assertThat(r.added()).isEqualTo(20);
      assertThat(r.rejections()).singleElement().isEqualTo(rejection(r, deep));
      assertThat(rejection(r, deep).reason())
          .startsWith("JSON nested deeper than 64 levels")
          .endsWith("(line 1, column 66)");
      assertThat(engine.search(SearchRequest.of("جام تختی بیرجند")).total()).isEqualTo(1);
    }
  }

  @Test
  void aJsonLinesLineNestedAHundredThousandDeepIsNamedByItsLine() throws IOException {
    String lines =
        record(1)
            + "\n"
            + new String(nested(100_000), StandardCharsets.US_ASCII)
            + "\n\n"
            + record(2)
            + "\n";
    Path file = Files.writeString(dir.resolve("records.jsonl"), lines, StandardCharsets.UTF_8);
    try (LuceneSearchEngine engine = LuceneSearchEngine.open(dir.resolve("index"))) {
      IngestReport r = Ingest.files(engine, List.of(file));
      assertThat(r.added()).isEqualTo(2);
      assertThat(r.rejections())
          .singleElement()
          .satisfies(
              x -> {
                assertThat(x.record()).isEqualTo("line 2");
                assertThat(x.reason())
                    .isEqualTo(
                        "JSON nested deeper than 64 levels (an article record never is) (column 66)");
              });
      assertThat(engine.search(SearchRequest.of("کشتی شیراز")).total()).isEqualTo(1);
    }
  }

  @Test
  void aWarcRecordThatInflatesPastThePageLimitIsRefusedAndTheNextRecordIsRead() throws IOException {
    ByteArrayOutputStream warc = new ByteArrayOutputStream();
    int inflated = 100 * 1024 * 1024;
    inflatingRecord(warc, "https://hostile.test/bomb", inflated);
    byte[] good =
        ("<html><head><title>بارش برف در اردبیل - ایرنا</title></head><body><article><h1>بارش برف در اردبیل"
                + "</h1><p>به گزارش ایرنا، بارش برف راه ارتباطی ۱۲۰ روستای اردبیل را بست و راهداران از صبح امروز مشغول بازگشایی "
                + "راه\u200cها هستند.</p><p>تردد در گردنه حیران تنها با زنجیر چرخ ممکن است.</p></article></body></html>")
            .getBytes(StandardCharsets.UTF_8);
    try (WarcWriter writer = new WarcWriter(Channels.newChannel(warc), WarcCompression.GZIP)) {
      HttpResponse http =
          new HttpResponse.Builder(200, "OK")
              .body(MediaType.parse("text/html; charset=utf-8"), good)
              .build();
      writer.write(
          new WarcResponse.Builder(URI.create("https://www.irna.ir/news/85012345/"))
              .date(Instant.parse("2025-12-17T04:10:00Z"))
              .body(http)
              .build());
    }
    assertThat(warc.size())
        .as("the archive is small; its first record is not")
        .isLessThan(inflated / 100);
    Path file = Files.write(dir.resolve("bomb.warc.gz"), warc.toByteArray());
    try (LuceneSearchEngine engine = LuceneSearchEngine.open(dir.resolve("index"))) {
      IngestReport r = Ingest.files(engine, List.of(file));
      assertThat(r.rejections())
          .singleElement()
          .satisfies(
              x -> {
                assertThat(x.record()).isEqualTo("record 1 (https://hostile.test/bomb)");
                assertThat(x.reason())
                    .isEqualTo(
                        "too large (more than 8 MB once inflated; a page may hold at most 8 MB)");
              });
      assertThat(r.added()).isEqualTo(1);
      assertThat(engine.search(SearchRequest.of("زنجیر چرخ اردبیل")).total()).isEqualTo(1);
    }
  }

  /**
   * A gzipped WARC response record of an HTML page of {@code size} spaces, written a megabyte at a
   * time.
   */
  private static void inflatingRecord(OutputStream out, String url, int size) throws IOException {
    byte[] http =
        ("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " + size + "\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII);
    String header =
        "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:0b6f3c52-8f2e-4d0e-9a43-5d1f6c1e7a01>\r\n"
            + "WARC-Date: 2025-12-17T04:10:00Z\r\nWARC-Target-URI: "
            + url
            + "\r\n"
            + "Content-Type: application/http;msgtype=response\r\nContent-Length: "
            + (http.length + size)
            + "\r\n\r\n";
    GZIPOutputStream gz = new GZIPOutputStream(out);
    gz.write(header.getBytes(StandardCharsets.US_ASCII));
    gz.write(http);
    byte[] spaces = new byte[1024 * 1024];
    Arrays.fill(spaces, (byte) ' ');
    for (int written = 0; written < size; written += spaces.length) {
      gz.write(spaces, 0, Math.min(spaces.length, size - written));
    }
    gz.write("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    gz.finish();
  }

  @Test
  void aBatchWithDeepJsonAndASixtyMegabyteTextNamesBothAndStoresTheGoodRecords()
      throws IOException {
    Path in = Files.createDirectories(dir.resolve("batch"));
    goodRecords(in);
    Path deep = Files.write(in.resolve("deep.json"), nested(1_000_000));
    Path big = in.resolve("big.txt");
    try (Writer w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
      while (Files.size(big) < 60L * 1024 * 1024) {
        for (int i = 0; i < 1000; i++) {
          w.write(PAGE);
        }
        w.flush();
      }
    }
    try (LuceneSearchEngine engine = LuceneSearchEngine.open(dir.resolve("index"))) {
      IngestReport r = Ingest.files(engine, List.of(in));
      assertThat(r.added()).isEqualTo(20);
      assertThat(r.rejections()).hasSize(2);
      assertThat(rejection(r, deep).reason()).startsWith("JSON nested deeper than 64 levels");
      assertThat(rejection(r, big).reason())
          .matches("cannot read: too large \\(60\\.\\d MB; a text file may hold at most 16 MB\\)");
      assertThat(engine.count()).isEqualTo(20);
    }
  }

  @Test
  void aWindows1256TextPageIsReadAsPersian() throws IOException {
    // Legacy Persian files spell ی as the Arabic ي, which Windows-1256 has; ک, گ, پ, چ, ژ and the
    // ZWNJ it has too.
    String legacy = PAGE.replace('ی', 'ي');
    ByteBuffer encoded =
        Charset.forName("windows-1256").newEncoder().encode(CharBuffer.wrap(legacy));
    byte[] bytes = Arrays.copyOf(encoded.array(), encoded.limit());
    Path file = Files.write(dir.resolve("ketab-1256.txt"), bytes);
    try (LuceneSearchEngine engine = LuceneSearchEngine.open(dir.resolve("index"))) {
      IngestReport r = Ingest.files(engine, List.of(file));
      assertThat(r.rejections()).isEmpty();
      assertThat(r.added()).isEqualTo(1);
      Article a =
          engine
              .get(
                  engine
                      .search(SearchRequest.of("نمایشگاه کتاب شیراز"))
                      .hits()
                      .get(0)
                      .article()
                      .id())
              .orElseThrow();
      assertThat(a.title()).isEqualTo("نمایشگاه کتاب شیراز با حضور ۳۰۰ ناشر گشایش یافت");
      assertThat(a.source().id()).isEqualTo("isna");
      assertThat(String.join(" ", a.body()))
          .contains("ناشران امسال بیش از ۵۰ هزار عنوان کتاب عرضه می\u200cکنند");
    }
  }
}
