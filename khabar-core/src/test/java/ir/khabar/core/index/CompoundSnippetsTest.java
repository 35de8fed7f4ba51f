package ir.khabar.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.pipeline.Ingest;
import ir.khabar.core.search.Hit;
import ir.khabar.core.search.SearchRequest;
import ir.khabar.core.search.SearchResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Phrases and snippets over a spaced compound (its parts stacked on its position, with its offsets)
 * and over text written in Arabic presentation forms (a Fars abstract copied from a PDF).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompoundSnippetsTest {
  private static final String REGULATION =
      """
      دولت آیین نامه جدید صادرات را تصویب کرد
      دوشنبه ۲۴ آذر ۱۴۰۴ - ۱۰:۳۰

      هیئت وزیران در جلسه امروز آیین نامه جدید صادرات کالا را تصویب کرد و این آیین نامه از ماه آینده اجرا خواهد شد.
      """;
  private static final String FORMS =
      """
      ﻓﺮﻣﺎﻧﺪه اﻧﺘﻈﺎﻣﯽ ﺷﻬﺮﺳﺘﺎن ﻓﺮدﯾﺲ از کشف ۱۰۵ فقره سرقت خبر داد
      سه شنبه ۲۵ آذر ۱۴۰۴ - ۰۹:۱۵

      ﻓﺮﻣﺎﻧﺪه اﻧﺘﻈﺎﻣﯽ ﺷﻬﺮﺳﺘﺎن ﻓﺮدﯾﺲ از اﺟﺮای ﻃﺮح خیبر ۴ و کشف ۱۰۵ فقره سرقت در اجرای این طرح خبر داد.
      """;

  @TempDir static Path dir;
  private LuceneSearchEngine engine;

  @BeforeAll
  void ingest() throws IOException {
    engine = LuceneSearchEngine.open(dir.resolve("index"));
    Path pages = Files.createDirectories(dir.resolve("pages"));
    Files.writeString(pages.resolve("regulation.txt"), REGULATION, StandardCharsets.UTF_8);
    Files.writeString(pages.resolve("forms.txt"), FORMS, StandardCharsets.UTF_8);
    assertThat(Ingest.files(engine, List.of(pages)).added()).isEqualTo(2);
  }

  @AfterAll
  void close() throws IOException {
    if (engine != null) {
      engine.close();
    }
  }

  private Hit only(String query) throws IOException {
    SearchResult r = engine.search(SearchRequest.search(query).build());
    assertThat(r.hits()).as(query).hasSize(1);
    return r.hits().get(0);
  }

  /**
   * The highlighter marks a phrase match as one span: it runs from the compound's start to the last
   * word's end.
   */
  @Test
  void aPhraseFindsTheSpacedCompoundInAnySpellingAndMarksItAsWritten() throws IOException {
    for (String q :
        new String[] {"\"آیین\u200cنامه جدید\"", "\"آییننامه جدید\"", "\"آیین نامه جدید\""}) {
      Hit hit = only(q);
      assertThat(hit.article().title()).contains("نامه جدید");
      assertThat(hit.snippet()).as(q).contains("امروز <mark>آیین نامه جدید</mark> صادرات");
    }
  }

  @Test
  void aPartFindsTheSpacedCompoundAndMarksTheCompound() throws IOException {
    assertThat(only("نامه صادرات").snippet())
        .contains("<mark>آیین نامه</mark>")
        .contains("<mark>صادرات</mark>");
  }

  @Test
  void presentationFormsAreFoundByTheOrdinarySpellingAndShownAsLetters() throws IOException {
    Hit hit = only("\"شهرستان فردیس\"");
    assertThat(hit.article().title()).startsWith("فرمانده انتظامی شهرستان فردیس");
    assertThat(hit.snippet())
        .contains("انتظامی <mark>شهرستان فردیس</mark> از")
        .doesNotContain("ﺷﻬﺮﺳﺘﺎن");
    assertThat(only("طرح خیبر").article().id()).isEqualTo(hit.article().id());
  }
}
