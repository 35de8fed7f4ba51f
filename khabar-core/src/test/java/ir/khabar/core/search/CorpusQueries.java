package ir.khabar.core.search;

import com.fasterxml.jackson.databind.JsonNode;
import ir.khabar.core.ArticleJson;
import ir.khabar.persian.PersianText;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * Words and phrases drawn from the Fars News titles for the operator tests (fixed seed): words held
 * by between 5 and 400 articles, stopwords and Latin words left out, and two-word spans of titles.
 */
final class CorpusQueries {
  /**
   * Written for the project: news words and names that often meet in the corpus, and some that do
   * not.
   */
  static final List<String[]> NEWS_PAIRS =
      List.of(
          new String[] {"روسیه", "چین"},
          new String[] {"تحریم", "آمریکا"},
          new String[] {"ایران", "عراق"},
          new String[] {"نفت", "قیمت"},
          new String[] {"مجلس", "دولت"},
          new String[] {"انتخابات", "نامزد"},
          new String[] {"فوتبال", "استقلال"},
          new String[] {"پرسپولیس", "استقلال"},
          new String[] {"هسته\u200cای", "آژانس"},
          new String[] {"افغانستان", "پاکستان"},
          new String[] {"بانک", "وام"},
          new String[] {"دانشگاه", "دانشجویان"},
          new String[] {"اسرائیل", "فلسطین"},
          new String[] {"تهران", "مشهد"},
          new String[] {"زلزله", "کرمان"},
          new String[] {"وزیر", "خارجه"},
          new String[] {"رئیس\u200cجمهور", "سفر"},
          new String[] {"گاز", "صادرات"});

  final List<String> titles = new ArrayList<>();
  final List<String> words;
  final List<String> spans;

  CorpusQueries(List<Path> files, ToIntFunction<String> articles) throws IOException {
    for (Path f : files) {
      for (JsonNode record : ArticleJson.MAPPER.readTree(f.toFile())) {
        titles.add(record.path("title").asText());
      }
    }
    Set<String> w = new LinkedHashSet<>();
    List<String> s = new ArrayList<>();
    for (String title : titles) {
      String[] parts = title.strip().split("\\s+");
      for (int i = 0; i < parts.length; i++) {
        String word = parts[i].replaceAll("[\\p{P}\\p{S}]", "");
        if (isContentWord(word, articles)) {
          w.add(word);
          String next = i + 1 < parts.length ? parts[i + 1].replaceAll("[\\p{P}\\p{S}]", "") : "";
          if (isContentWord(next, articles)) {
            s.add(word + " " + next);
          }
        }
      }
    }
    words = new ArrayList<>(w);
    spans = s;
  }

  private final Map<String, Boolean> known = new HashMap<>();

  private boolean isContentWord(String word, ToIntFunction<String> articles) {
    return known.computeIfAbsent(word, w -> isContent(w, articles));
  }

  private static boolean isContent(String word, ToIntFunction<String> articles) {
    if (word.length() < 3
        || !word.codePoints().allMatch(c -> c >= 0x0600 && c <= 0x06FF || c == 0x200C)) {
      return false;
    }
    List<String> terms =
        PersianText.get().stopwordsIn(word).isEmpty()
            ? List.of(PersianText.get().forSearch(word).split(" "))
            : List.of();
    if (terms.size() != 1 || terms.get(0).isEmpty()) {
      return false;
    }
    int n = articles.applyAsInt(word);
    return n >= 5 && n <= 400;
  }

  /** {@code n} distinct pairs of corpus words (fixed seed), after the project's own pairs. */
  List<String[]> pairs(int n, long seed) {
    List<String[]> out = new ArrayList<>(NEWS_PAIRS);
    Random r = new Random(seed);
    while (out.size() < NEWS_PAIRS.size() + n) {
      String a = words.get(r.nextInt(words.size()));
      String b = words.get(r.nextInt(words.size()));
      if (!a.equals(b)) {
        out.add(new String[] {a, b});
      }
    }
    return out;
  }

  /** {@code n} two-word spans of titles (fixed seed). */
  List<String> spans(int n, long seed) {
    Random r = new Random(seed);
    Set<String> out = new LinkedHashSet<>();
    while (out.size() < Math.min(n, spans.size())) {
      out.add(spans.get(r.nextInt(spans.size())));
    }
    return new ArrayList<>(out);
  }
}
