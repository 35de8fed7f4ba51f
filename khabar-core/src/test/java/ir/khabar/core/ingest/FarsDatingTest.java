package ir.khabar.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Article;
import ir.khabar.core.Dating;
import ir.khabar.core.extract.Agencies;
import ir.khabar.persian.date.JalaliDate;
import ir.khabar.persian.date.JalaliDates;
import ir.khabar.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Fars News corpus gives no dates; every link carries its day in the article id. Each record
 * with text is dated on the day its id encodes (checked here against the id, field by field), as a
 * day only.
 */
class FarsDatingTest {
  private static final Pattern ID = Pattern.compile("/news/(\\d+)");

  /** The Jalali day an id spells: yyyymmdd… for 14 digits, yymmdd… (13yy) for 10. */
  private static String dayOfId(String url) {
    Matcher m = ID.matcher(url);
    assertThat(m.find()).as(url).isTrue();
    String id = m.group(1);
    return id.length() == 14
        ? id.substring(0, 4) + "-" + id.substring(4, 6) + "-" + id.substring(6, 8)
        : "13" + id.substring(0, 2) + "-" + id.substring(2, 4) + "-" + id.substring(4, 6);
  }

  private static List<Article> farsArticles() throws IOException {
    InputReader reader = new InputReader(Agencies.get());
    List<Article> out = new ArrayList<>();
    for (Path f : SharedData.farsnewsFiles()) {
      reader.read(f.toString(), Files.readAllBytes(f)).stream()
          .map(InputReader.Outcome::article)
          .filter(a -> a != null)
          .forEach(out::add);
    }
    return out;
  }

  @Test
  void atLeast99PercentOfFarsRecordsAreDatedOnTheDayTheirLinkEncodes() throws IOException {
    List<Article> articles = farsArticles();
    assertThat(articles).hasSizeGreaterThan(1400);
    List<String> wrong = new ArrayList<>();
    int dated = 0;
    for (Article a : articles) {
      if (a.published() == null) {
        continue;
      }
      dated++;
      String day =
          JalaliDate.of(a.published().withZoneSameInstant(JalaliDates.TEHRAN).toLocalDate())
              .toString();
      if (!day.equals(dayOfId(a.url()))) {
        wrong.add(a.url() + " dated " + day);
      }
      assertThat(a.dating()).as(a.url()).isEqualTo(Dating.of(Dating.Basis.URL, true));
    }
    assertThat(wrong).as("dated on another day than the id's").isEmpty();
    assertThat(dated)
        .as("dated of " + articles.size())
        .isGreaterThanOrEqualTo((int) Math.ceil(articles.size() * 0.99));
  }

  @Test
  void theIssuesTwoLinksAreDatedOnTheirDays() throws IOException {
    List<Article> articles = farsArticles();
    for (String[] c :
        new String[][] {{"news/13941029001623", "1394-10-29"}, {"news/8809120951", "1388-09-12"}}) {
      List<Article> found =
          articles.stream()
              .filter(a -> a.url().endsWith(c[0]) || a.url().contains(c[0] + "/"))
              .toList();
      assertThat(found).as(c[0]).isNotEmpty();
      found.forEach(
          a ->
              assertThat(
                      JalaliDate.of(
                              a.published().withZoneSameInstant(JalaliDates.TEHRAN).toLocalDate())
                          .toString())
                  .isEqualTo(c[1]));
    }
  }
}
