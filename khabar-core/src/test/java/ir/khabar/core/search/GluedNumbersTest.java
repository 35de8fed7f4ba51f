package ir.khabar.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.index.LuceneSearchEngine;
import ir.khabar.core.pipeline.Ingest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A number the reader glues to other parts with a symbol («۵+۱», «F-35») is searched as written
 * together, not as its parts anywhere in an article; words glued by a hyphen stay words. Four short
 * articles written for this test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("integration")
class GluedNumbersTest {
  @TempDir static Path dir;
  private LuceneSearchEngine engine;

  @BeforeAll
  void ingest() throws IOException {
    Path pages = Files.createDirectories(dir.resolve("pages"));
    write(
        pages,
        "talks",
        "گفت\u200cوگوهای ایران و گروه ۵+۱ در وین ادامه یافت",
        "نمایندگان ایران و گروه ۵+۱ امروز در وین دور تازه\u200cای از گفت\u200cوگو درباره برنامه"
            + " هسته\u200cای را آغاز کردند. سخنگوی هیئت ایرانی گفت این دور دو روز طول می\u200cکشد"
            + " و کارشناسان هر دو طرف در آن حضور دارند.");
    write(
        pages,
        "prices",
        "قیمت نان ۵ درصد گران شد",
        "اتحادیه نانوایان اعلام کرد قیمت نان از هفته آینده ۵ درصد افزایش می\u200cیابد. به گفته"
            + " رئیس اتحادیه، هزینه آرد در سال گذشته ۱ بار دیگر بالا رفته و نانوایی\u200cها"
            + " بیش از این نمی\u200cتوانند زیان را تحمل کنند.");
    write(
        pages,
        "jets",
        "ورود جنگنده\u200cهای F-35 به پایگاه هوایی",
        "نخستین جنگنده\u200cهای F-35 روز گذشته به پایگاه هوایی رسیدند. وزارت دفاع گفت ۳۵ خلبان"
            + " برای پرواز با این هواپیماها آموزش دیده\u200cاند و پایگاه تا پایان سال آماده"
            + " می\u200cشود.");
    write(
        pages,
        "visit",
        "سفر وزیر خارجه روسیه به تهران",
        "وزیر خارجه روسیه امروز برای دیداری دو روزه وارد تهران شد. او با همتای ایرانی خود درباره"
            + " همکاری\u200cهای اقتصادی ایران و روسیه و طرح\u200cهای مشترک انرژی گفت\u200cوگو"
            + " خواهد کرد.");
    engine = LuceneSearchEngine.open(dir.resolve("index"));
    Ingest.files(engine, List.of(pages));
  }

  private static void write(Path dir, String name, String title, String body) throws IOException {
    Files.writeString(dir.resolve(name + ".txt"), title + "\n\n" + body + "\n");
  }

  @AfterAll
  void close() throws IOException {
    if (engine != null) {
      engine.close();
    }
  }

  private Set<String> found(String query) throws IOException {
    return engine.search(SearchRequest.search(query).limit(10).build()).hits().stream()
        .map(h -> Path.of(h.article().origin()).getFileName().toString().replace(".txt", ""))
        .collect(Collectors.toSet());
  }

  @Test
  void aGroupNamedByNumbersIsFoundAsWritten() throws IOException {
    assertThat(found("۵+۱")).containsExactly("talks");
    assertThat(found("5+1")).containsExactly("talks");
    assertThat(found("گروه ۵+۱")).containsExactly("talks");
  }

  @Test
  void aLatinLetterGluedToANumberIsNeitherDroppedNorAnOperator() throws IOException {
    assertThat(found("F-35")).containsExactly("jets");
    assertThat(found("Su-57")).as("no article names it; «-57» alone would be a NOT").isEmpty();
  }

  @Test
  void wordsGluedByAHyphenStayWords() throws IOException {
    assertThat(found("ایران-روسیه")).contains("visit");
  }
}
