package ir.khabar.core.search.engine;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A number the reader wrote glued to other parts by symbols the analyzer splits at: «۵+۱», «F-35»,
 * «COVID-19», «۱۴۰۳/۰۵/۱۲». Its parts are searched as a phrase, as the reader wrote them together;
 * searched apart, «۵+۱» found every article with a 5 or a 1 in it. Words alone stay words
 * («ایران-روسیه» finds what «ایران روسیه» finds: as a phrase it found nothing), and a comma typed
 * without a space («تهران،مشهد») joins nothing.
 */
final class GluedWords {
  /** The symbols that glue parts written together. */
  private static final String SYMBOLS = "+-/&_.";

  private static final Pattern GLUE = Pattern.compile("[" + Pattern.quote(SYMBOLS) + "]+");

  private GluedWords() {}

  /**
   * The index of the last token glued to {@code tokens[from]} by symbols alone when one of them is
   * a number, else {@code from}.
   */
  static int runEnd(String text, List<QueryFactory.Token> tokens, int from) {
    int end = from;
    boolean number = hasDigit(tokens.get(from));
    while (end + 1 < tokens.size() && glued(text, tokens.get(end), tokens.get(end + 1))) {
      end++;
      number |= hasDigit(tokens.get(end));
    }
    return number ? end : from;
  }

  private static boolean hasDigit(QueryFactory.Token t) {
    return t.term().chars().anyMatch(Character::isDigit);
  }

  /** Whether {@code c} glues a word to what follows it. */
  static boolean glue(char c) {
    return SYMBOLS.indexOf(c) >= 0;
  }

  private static boolean glued(String text, QueryFactory.Token a, QueryFactory.Token b) {
    return a.end() < b.start()
        && b.start() <= text.length()
        && GLUE.matcher(text.substring(a.end(), b.start())).matches();
  }
}
