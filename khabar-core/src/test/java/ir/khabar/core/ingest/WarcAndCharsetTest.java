package ir.khabar.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Article;
import ir.khabar.core.extract.Agencies;
import ir.khabar.core.index.LuceneSearchEngine;
import ir.khabar.core.pipeline.Ingest;
import ir.khabar.core.search.SearchRequest;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** WARC files of several pages, and pages in Windows-1256 with and without a declared charset. */
class WarcAndCharsetTest {
  @TempDir Path dir;

  @Test
  void aWarcFileIsIngestedPageByPageWithTheFetchedUrlAsOrigin() throws Exception {
    Path warc = dir.resolve("crawl.warc.gz");
    try (WarcWriter writer =
        new WarcWriter(
            Files.newByteChannel(warc, StandardOpenOption.CREATE, StandardOpenOption.WRITE),
            WarcCompression.GZIP)) {
      writer.write(
          response(
              "https://www.irna.ir/news/85991234/",
              200,
              "text/html; charset=utf-8",
              page("01-iransamaneh-irna.html")));
      writer.write(
          response(
              "https://www.mehr.ir/style.css",
              200,
              "text/css",
              "body{}".getBytes(StandardCharsets.UTF_8)));
      writer.write(
          response(
              "https://www.isna.ir/missing",
              404,
              "text/html",
              "<html>not found</html>".getBytes(StandardCharsets.UTF_8)));
      writer.write(
          response(
              "https://www.mehrnews.com/news/6701234/",
              200,
              "text/html",
              page("05-nastooh-mehr.html")));
    }
    try (LuceneSearchEngine engine = LuceneSearchEngine.open(dir.resolve("index"))) {
      IngestReport report = Ingest.files(engine, List.of(warc));
      assertThat(report.added()).isEqualTo(2);
      assertThat(report.rejections()).isEmpty();
      List<Article> found =
          engine.search(SearchRequest.of("گمرکات بوشهر")).hits().stream()
              .map(h -> h.article())
              .toList();
      assertThat(found)
          .singleElement()
          .satisfies(
              a -> {
                assertThat(a.origin()).isEqualTo("https://www.irna.ir/news/85991234/");
                assertThat(a.source().id()).isEqualTo("irna");
                assertThat(a.title()).contains("بوشهر");
              });
    }
  }

  @Test
  void windows1256PagesAreReadWithOrWithoutADeclaredCharset() throws Exception {
    InputReader reader = new InputReader(Agencies.get());
    for (String name : List.of("14-irna-1387-cp1256.html", "14-irna-1387-cp1256-nocharset.html")) {
      Article a = reader.read(name, page(name)).get(0).article();
      assertThat(a).as(name).isNotNull();
      assertThat(a.title())
          .as(name)
          .containsPattern("[\u0600-\u06FF]{3,}")
          .doesNotContain("\uFFFD");
      assertThat(String.join(" ", a.body()))
          .as(name)
          .containsPattern("[\u0600-\u06FF]{3,}")
          .doesNotContain("Ø");
    }
  }

  @Test
  void badPagesAreRejectedWithAReason() throws Exception {
    InputReader reader = new InputReader(Agencies.get());
    byte[] huge = new byte[PageDecoder.MAX_BYTES + 1];
    assertThat(reader.read("huge.html", huge).get(0).rejection())
        .startsWith("too large (8.1 MB")
        .endsWith("an HTML page may hold at most 8 MB)");
    assertThat(reader.read("empty.html", new byte[0]).get(0).rejection()).isEqualTo("empty file");
    assertThat(
            reader
                .read(
                    "menu.html",
                    "<html><body><nav><a href='/'>خانه</a></nav></body></html>"
                        .getBytes(StandardCharsets.UTF_8))
                .get(0)
                .rejection())
        .isEqualTo("no article text found");
    Article malformed =
        reader
            .read(
                "malformed.html",
                ("<html><head><title>بارش برف در اردبیل - ایرنا</title>"
                        + "<body><div><p>به گزارش ایرنا، بارش برف راه ارتباطی ۱۲۰ روستای اردبیل را بست.<p>راهداران از صبح امروز "
                        + "مشغول بازگشایی راه\u200cها هستند و <b>تردد با زنجیر چرخ<div>ممکن است</p></table>")
                    .getBytes(StandardCharsets.UTF_8))
            .get(0)
            .article();
    assertThat(malformed.source().id()).isEqualTo("irna");
    assertThat(String.join(" ", malformed.body()))
        .contains("۱۲۰ روستای اردبیل")
        .contains("زنجیر چرخ");
    assertThat(
            reader
                .read("broken.warc", "WARC/1.0\r\nnot really".getBytes(StandardCharsets.UTF_8))
                .get(0)
                .rejection())
        .isNotBlank();
  }

  private static WarcResponse response(String url, int status, String type, byte[] body)
      throws IOException {
    HttpResponse http =
        new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
            .body(MediaType.parse(type), body)
            .build();
    return new WarcResponse.Builder(URI.create(url))
        .date(Instant.parse("2025-12-17T04:10:00Z"))
        .body(http)
        .build();
  }

  private static byte[] page(String name) throws IOException, URISyntaxException {
    return Files.readAllBytes(
        Path.of(
            WarcAndCharsetTest.class.getResource("/ir/khabar/core/extract/pages/" + name).toURI()));
  }
}
