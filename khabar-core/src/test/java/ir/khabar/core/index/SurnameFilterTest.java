package ir.khabar.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.pipeline.Ingest;
import ir.khabar.core.search.EntityFilter;
import ir.khabar.core.search.SearchRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A person filter by a family name alone («روحانی», which is also a word and the name of a judge no
 * list holds) keeps the articles about the listed person of that name as well as the unlisted
 * one's; the full name keeps the listed person's alone.
 */
class SurnameFilterTest {
  @TempDir Path dir;

  @Test
  void aFamilyNameAloneKeepsEveryoneOfThatName() throws IOException {
    Path pages = Files.createDirectories(dir.resolve("pages"));
    write(
        pages,
        "president.txt",
        "سفر استانی رئیس جمهور",
        "حسن روحانی رئیس جمهور امروز به تبریز سفر کرد.");
    write(
        pages,
        "court.txt",
        "رأی دادگاه صادر شد",
        "حجت\u200cالاسلام روحانی دادرس شعبه ۱۰۶ دادگاه کیفری گفت که متهم جلب می\u200cشود.");
    try (LuceneSearchEngine engine = LuceneSearchEngine.open(dir.resolve("index"))) {
      assertThat(Ingest.files(engine, List.of(pages)).added()).isEqualTo(2);
      assertThat(titles(engine, "روحانی"))
          .containsExactlyInAnyOrder("سفر استانی رئیس جمهور", "رأی دادگاه صادر شد");
      assertThat(titles(engine, "Rouhani")).contains("سفر استانی رئیس جمهور");
      assertThat(titles(engine, "حسن روحانی")).containsExactly("سفر استانی رئیس جمهور");
    }
  }

  private static List<String> titles(LuceneSearchEngine engine, String person) throws IOException {
    return engine
        .browse(SearchRequest.search("").entities(new EntityFilter(person, null, null)).build())
        .hits()
        .stream()
        .map(h -> h.article().title())
        .toList();
  }

  private static void write(Path dir, String file, String title, String body) throws IOException {
    Files.writeString(
        dir.resolve(file),
        title + "\nدوشنبه ۲۴ آذر ۱۴۰۴ - ۱۰:۳۰\n\n" + body + "\n",
        StandardCharsets.UTF_8);
  }
}
