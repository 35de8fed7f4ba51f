package ir.khabar.bench;

import ir.khabar.core.search.SearchRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The query mix both engines answer: one to three words that occur together in a real paragraph,
 * phrases, spelling variants (a half-space written as a space or lost, Arabic ي and ك), and date
 * filters over a month.
 */
final class QueryMix {
  private QueryMix() {}

  /**
   * The kinds of query the mix cycles through (one word, two, three, a phrase, variants, dated).
   */
  static final int KINDS = 6;

  static List<SearchRequest> build(ArticlePool pool, int count, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<SearchRequest> queries = new ArrayList<>(count);
    while (queries.size() < count) {
      List<String> words = words(pool.paragraphs.get(r.nextInt(pool.paragraphs.size())));
      if (words.size() < 4) {
        continue;
      }
      int at = r.nextInt(words.size() - 3);
      String query =
          switch (queries.size() % KINDS) {
            case 0 -> words.get(at);
            case 1 -> words.get(at) + " " + words.get(at + 2);
            case 2 -> words.get(at) + " " + words.get(at + 1) + " " + words.get(at + 3);
            case 3 -> "\"" + words.get(at) + " " + words.get(at + 1) + "\"";
            case 4 -> variant(words.get(at), r) + " " + variant(words.get(at + 1), r);
            default -> words.get(at);
          };
      LocalDate from =
          queries.size() % KINDS == 5
              ? ArticleGenerator.FIRST_DAY.plusDays(r.nextInt(ArticleGenerator.DAYS))
              : null;
      queries.add(
          SearchRequest.search(query).days(from, from == null ? null : from.plusDays(30)).build());
    }
    return queries;
  }

  /**
   * Content words of a paragraph: Persian letters (with their half-spaces), three letters or more.
   */
  private static List<String> words(String paragraph) {
    List<String> out = new ArrayList<>();
    for (String w : paragraph.split("[\\s\\p{Punct}،؛؟«»]+")) {
      if (w.length() >= 3 && w.chars().allMatch(c -> (c >= 0x0600 && c <= 0x06FF) || c == 0x200C)) {
        out.add(w);
      }
    }
    return out;
  }

  private static String variant(String word, SplittableRandom r) {
    if (word.indexOf('\u200c') >= 0) {
      return r.nextBoolean() ? word.replace('\u200c', ' ') : word.replace("\u200c", "");
    }
    return r.nextBoolean() ? word.replace('ی', 'ي') : word.replace('ک', 'ك');
  }
}
