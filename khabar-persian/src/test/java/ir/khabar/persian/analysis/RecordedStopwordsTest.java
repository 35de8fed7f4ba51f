package ir.khabar.persian.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import ir.khabar.persian.PersianText;
import ir.khabar.testing.SharedData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.junit.jupiter.api.Test;

/**
 * The stopwords the index analyzer records while it reads a text ({@link TextStopwords}, read by
 * the stopwords field) are exactly {@link PersianText#stopwordsIn}'s (FarsTokenStreamsTest keeps
 * what those are): on every Fars News article of ../shared as the agency wrote it and
 * display-normalised, and on texts made to hold what the two could read apart (presentation forms,
 * half-spaces, detached suffixes, Latin capitals, marks).
 */
class RecordedStopwordsTest {
  private static final Analyzer INDEX = KhabarAnalyzer.forIndex();

  @Test
  void theFarsArticlesGiveTheStopwordsOfStopwordsIn() throws IOException {
    ObjectMapper json = new ObjectMapper();
    int texts = 0;
    List<String> differ = new ArrayList<>();
    for (Path file : SharedData.farsnewsFiles()) {
      int n = 0;
      for (JsonNode r : json.readTree(file.toFile())) {
        String raw = FarsTokenStreamsTest.text(r);
        for (String t : List.of(raw, PersianText.get().forDisplay(raw))) {
          texts++;
          if (!recorded(t).equals(PersianText.get().stopwordsIn(t))) {
            differ.add(file.getFileName() + "#" + n);
          }
        }
        n++;
      }
    }
    assertThat(texts).isGreaterThan(2_800);
    assertThat(differ).as("articles whose recorded stopwords differ").isEmpty();
  }

  @Test
  void textsMadeToTellThemApartGiveTheSame() {
    List<String> texts = new ArrayList<>();
    texts.add("");
    texts.add("و");
    texts.add("از این که با ما");
    texts.add("کتاب ها و می شود که بزرگ ترین در این است");
    texts.add("ﻻ ﺷﻬﺮﺳﺘﺎن ﺍﺯ ﺑﻪ ﻭ ﺩﺭ"); // presentation forms, ligatures
    texts.add("AZ az THE İn Kelvin\u212A ١٢٣ ۴۵۶ رئيس\u200cجمهور كشور از\u200cاین");
    texts.add("در\u0640 ا\u064Eز ب\u0651ه و\u200f این\u00AD که");
    texts.add("از.این،به؛و«در»که؟با!را:تا-هم_نیز/اما");
    texts.add("آن\u200cها این\u200cکه از\u200c آن که\u200c همین\u200cطور");
    Random r = new Random(21);
    for (int i = 0; i < 400; i++) {
      texts.add(PersianTextGenerator.text(r, 1 + r.nextInt(80)));
    }
    for (String t : texts) {
      assertThat(recorded(t)).as(t).isEqualTo(PersianText.get().stopwordsIn(t));
    }
  }

  @Test
  void aTextNotAskedForIsNotRecorded() throws IOException {
    TextStopwords record;
    int expected;
    try (TokenStream ts = INDEX.tokenStream("text", "از این که")) {
      record = ts.getAttribute(TextStopwordsAttribute.class).get();
      expected = record.expect();
      consume(ts);
    }
    assertThat(record.texts()).isEqualTo(expected);
    try (TokenStream ts = INDEX.tokenStream("title", "در آن با")) {
      consume(ts);
    }
    assertThat(record.texts()).isEqualTo(expected);
    assertThat(record.words()).containsExactlyInAnyOrder("از", "این", "که");
    assertThat(
            KhabarAnalyzer.forQuery()
                .tokenStream("text", "از")
                .hasAttribute(TextStopwordsAttribute.class))
        .isFalse();
  }

  /** The stopwords the index analyzer records while it analyses {@code text}. */
  private static Set<String> recorded(String text) {
    try (TokenStream ts = INDEX.tokenStream("text", text)) {
      TextStopwords record = ts.getAttribute(TextStopwordsAttribute.class).get();
      int expected = record.expect();
      consume(ts);
      assertThat(record.texts()).isEqualTo(expected);
      return record.words();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void consume(TokenStream ts) throws IOException {
    ts.reset();
    while (ts.incrementToken()) {
      // the record is made as the text is read
    }
    ts.end();
  }
}
