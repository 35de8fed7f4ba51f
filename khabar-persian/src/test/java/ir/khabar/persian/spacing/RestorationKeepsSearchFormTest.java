package ir.khabar.persian.spacing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import ir.khabar.persian.PersianText;
import ir.khabar.testing.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Restoring half-spaces never makes a word another word: on every distinct word of the Fars News
 * corpus and the Hamshahri development documents (ZWNJ removed first, as scrapers lose it), the
 * search form of the restored word is the search form of the word as written, and no word search
 * reads as a plural «…های» comes out as «…ه‌ای».
 */
@Tag("integration")
class RestorationKeepsSearchFormTest {
  private static final PersianText TEXT = PersianText.get();

  @Test
  void restoringNeverChangesAWordsSearchForm() throws Exception {
    Set<String> words = farsWords();
    List<String> changed = new ArrayList<>();
    int restored = 0;
    for (String word : words) {
      String shown = TEXT.forDisplay(word);
      if (!shown.equals(word)) {
        restored++;
        if (!TEXT.forSearch(shown).equals(TEXT.forSearch(word))) {
          changed.add(
              word
                  + " → "
                  + shown
                  + " ("
                  + TEXT.forSearch(word)
                  + " ≠ "
                  + TEXT.forSearch(shown)
                  + ")");
        }
      }
    }
    System.out.printf(
        "restoration: %d of %d distinct Fars and Hamshahri words restored, %d change their search form: %s%n",
        restored, words.size(), changed.size(), changed.subList(0, Math.min(40, changed.size())));
    assertThat(changed).isEmpty();
  }

  @Test
  void noPluralAfterANonJoiningLetterBecomesAnIndefinite() throws Exception {
    List<String> wrong = new ArrayList<>();
    for (String word : farsWords()) {
      String shown = TEXT.forDisplay(word);
      String stem = word.endsWith("های") ? word.substring(0, word.length() - 3) : "";
      boolean readAsPlural = !stem.isEmpty() && TEXT.forSearch(word).equals(TEXT.forSearch(stem));
      if (readAsPlural
          && "ادذرزژو".indexOf(stem.charAt(stem.length() - 1)) >= 0
          && shown.endsWith("ه\u200cای")) {
        wrong.add(word + " → " + shown);
      }
    }
    assertThat(wrong).as("plurals written as ه\u200cای").isEmpty();
  }

  private static Set<String> farsWords() throws Exception {
    Path dir = SharedData.farsnews();
    Set<String> words = new LinkedHashSet<>();
    ObjectMapper json = new ObjectMapper();
    for (int n = 1; n <= 5; n++) {
      for (JsonNode r : json.readTree(dir.resolve("fars-news-" + n + ".json").toFile())) {
        StringBuilder text =
            new StringBuilder(r.path("title").asText())
                .append(' ')
                .append(r.path("abstract").asText());
        r.path("paragraphs").forEach(p -> text.append(' ').append(p.asText()));
        addWords(text.toString(), words);
      }
    }
    Path hamshahri = SharedData.root().resolve("data/hamshahri-dev/docs");
    if (Files.isDirectory(hamshahri)) {
      try (var files = Files.walk(hamshahri)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".ham")).toList()) {
          addWords(Files.readString(f), words);
        }
      }
    }
    return words;
  }

  private static void addWords(String text, Set<String> words) {
    for (String w : text.replace("\u200c", "").split("[^\\p{L}]+")) {
      if (w.length() > 2) {
        words.add(w);
      }
    }
  }
}
