package ir.khabar.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Article;
import ir.khabar.core.Dating;
import ir.khabar.core.index.LuceneSearchEngine;
import ir.khabar.core.pipeline.Ingest;
import ir.khabar.core.search.SearchRequest;
import ir.khabar.persian.date.JalaliDate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A text file whose page states no date is dated by its name when the name holds a day, as an
 * archive names its files (Hamshahri's «HAM2-811011-007»): three files written for this test.
 */
class FileNameDatingTest {
  @TempDir Path dir;

  private static final String BODY =
      "شورای شهر تهران در جلسه دیروز خود طرح توسعه خطوط اتوبوس\u200cرانی را تصویب کرد. بر اساس"
          + " این طرح، ده خط تازه در مناطق جنوبی شهر راه\u200cاندازی می\u200cشود و ناوگان"
          + " اتوبوس\u200cرانی تا پایان سال دویست دستگاه اتوبوس نو دریافت می\u200cکند.";

  @Test
  void anArchivesFileIsDatedByItsName() throws IOException {
    Path docs = Files.createDirectories(dir.resolve("docs"));
    Files.writeString(docs.resolve("HAM2-811011-007.ham"), "خطوط تازه اتوبوس در تهران\n" + BODY);
    Files.writeString(docs.resolve("notes-123456.txt"), "یادداشتی بی\u200cتاریخ\n" + BODY);
    try (LuceneSearchEngine engine = LuceneSearchEngine.open(dir.resolve("index"))) {
      IngestReport report = Ingest.files(engine, List.of(docs));
      assertThat(report.dated(Dating.Basis.FILE)).isEqualTo(1);
      assertThat(report.undated()).isEqualTo(1);
      Article ham = only(engine, "خطوط تازه اتوبوس");
      assertThat(
              JalaliDate.of(
                      ham.published()
                          .withZoneSameInstant(java.time.ZoneId.of("Asia/Tehran"))
                          .toLocalDate())
                  .toString())
          .isEqualTo("1381-10-11");
      assertThat(ham.dating().basis()).isEqualTo(Dating.Basis.FILE);
      assertThat(ham.dating().dayOnly()).isTrue();
      assertThat(only(engine, "یادداشتی").published()).isNull();
    }
  }

  private static Article only(LuceneSearchEngine engine, String title) throws IOException {
    return engine.search(SearchRequest.of("title:\"" + title + "\"")).hits().get(0).article();
  }
}
