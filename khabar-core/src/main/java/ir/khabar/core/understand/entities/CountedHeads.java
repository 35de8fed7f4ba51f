package ir.khabar.core.understand.entities;

import ir.khabar.core.Entity;
import java.util.List;

/**
 * A head word counted by a number before it is a common noun, not the start of a name: «سه شرکت
 * بزرگ خودروسازی», «۳۲ کانون شیوع آنفلوآنزای مرغی», «۴۰۰ نشریه سراسری». What follows it is a name
 * only when a word of it is one: unlisted (شرکت باما), a given name, or a listed name or place (دو
 * شرکت سرمایه گذاری البرز). Digits count only after a function word or at a clause's start (در ۲۲
 * مدرسه), not after the noun they number (شعبه ۷۱ دادگاه کیفری استان).
 */
final class CountedHeads {
  private CountedHeads() {}

  /** Drops the organisations read from a counted head whose words name nothing. */
  static void drop(Scan s, List<Candidate> candidates) {
    candidates.removeIf(
        c ->
            c.type() == Entity.Type.ORGANISATION
                && c.evidence() == Entity.Evidence.PATTERN
                && counted(s, c.from())
                && !properWord(s, c.from() + 1, c.to()));
  }

  /** Whether a number spelled out, «چند», or digits after a function word count token i. */
  private static boolean counted(Scan s, int i) {
    if (i == 0 || !s.adjacent(i - 1)) {
      return false;
    }
    String key = s.key(i - 1);
    if (s.number(i - 1) || key.equals("چند")) {
      return true;
    }
    return Character.isDigit(key.charAt(0))
        && (i < 2 || !s.adjacent(i - 2) || Words.isFunctionWord(s.key(i - 2)));
  }

  /** Whether a word of [from, to) is a name's: unlisted, a given name, or a listed non-demonym. */
  private static boolean properWord(Scan s, int from, int to) {
    for (int k = from; k < to; k++) {
      if (s.unknown(k)
          || s.givenName(k)
          || s.name[k] != null && !"demonym".equals(s.name[k].kind())) {
        return true;
      }
    }
    return false;
  }
}
