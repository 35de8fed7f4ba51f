package ir.khabar.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Article;
import org.junit.jupiter.api.Test;

/** A byline near the top names the source only when its first part is an agency Khabar knows. */
class TextPageBylineTest {
  private static final String BODY =
      "در دیدار امروز دو تیم، بازیکنان میزبان از همان دقایق نخست برتری خود را نشان دادند.\n"
          + "مربی تیم مهمان پس از بازی گفت که بازیکنانش خسته بودند.\n";

  private final TextPageExtractor extractor = new TextPageExtractor(Agencies.get());

  private Article extract(String text) {
    return extractor.extract(text, "page.txt").orElseThrow();
  }

  @Test
  void anAgencysBylineNamesTheSource() {
    Article a = extract("برتری میزبان در بازی نخست\nالعالم ـ ایران ـ ورزشی\n" + BODY);
    assertThat(a.source().name()).isEqualTo("العالم");
  }

  @Test
  void aScoreLineOfTheSameShapeIsNoSource() {
    Article a = extract("برتری میزبان در بازی نخست\nآلمان - ۴ کاستاریکا - ۲\n" + BODY);
    assertThat(a.source().id()).isEqualTo("unknown");
    assertThat(String.join("\n", a.body()) + a.lead()).contains("کاستاریکا");
  }
}
