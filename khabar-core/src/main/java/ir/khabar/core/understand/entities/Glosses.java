package ir.khabar.core.understand.entities;

import ir.khabar.core.Entity;
import ir.khabar.persian.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * A short name in brackets right after an organisation's name is that organisation's other name:
 * «سازمان انرژی‌های تجدیدپذیر (ساتبا)», «پایگاه خبری تحلیلی انتخاب (Entekhab.ir)». As
 * CONVENTIONS.md has it, the brackets stay outside and the gloss is a span of its own.
 */
final class Glosses {
  private static final int MAX_WORDS = 3;

  private Glosses() {}

  static void add(Scan s, List<Candidate> chosen) {
    BitSet taken = new BitSet();
    chosen.forEach(c -> taken.set(c.from(), c.to()));
    List<Candidate> added = new ArrayList<>();
    for (Candidate c : chosen) {
      if (c.type() != Entity.Type.ORGANISATION || c.to() >= s.size()) {
        continue;
      }
      int close = closing(s, c.to());
      int next = taken.nextSetBit(c.to());
      if (close > c.to() && (next < 0 || next >= close)) {
        added.add(gloss(s, c, c.to(), close));
      }
    }
    chosen.addAll(added);
  }

  /**
   * The token after the gloss that opens right before token j («(» then one to three words no list
   * holds, Latin words or letters, then «)»), or -1.
   */
  private static int closing(Scan s, int j) {
    if (!between(s, j - 1, j).equals("(")) {
      return -1;
    }
    for (int k = j; k < s.size() && k - j < MAX_WORDS; k++) {
      if (!nameLike(s, k)) {
        return -1; // a word (عکس), or a blessing (ره، عج): no other name
      }
      String after = k + 1 < s.size() ? between(s, k, k + 1) : s.text.substring(s.end(k)).strip();
      if (after.startsWith(")")) {
        return k > j || s.key(k).length() > 1 ? k + 1 : -1; // one letter alone is no name
      }
      if (!after.isEmpty() && !after.equals(".")) {
        return -1; // «Entekhab.ir» is one name; other marks end it
      }
    }
    return -1;
  }

  /**
   * A word of a short name: a letter, Latin, or a word rarer than everyday words (ناجا, سانا); no
   * number («رئال سوسیداد ( 1 3 )» gives a score).
   */
  private static boolean nameLike(Scan s, int k) {
    String key = s.key(k);
    return !Eponyms.BLESSINGS.contains(key)
        && !s.counted(k)
        && (key.length() == 1
            || LatinNames.hasLatin(key)
            || s.unknown(k)
            || !s.breaks(k) && Lexicon.get().frequency(key) < 5_000_000);
  }

  private static String between(Scan s, int a, int b) {
    return s.between(a, b);
  }

  private static Candidate gloss(Scan s, Candidate org, int from, int to) {
    return new Candidate(
        from,
        to,
        Entity.Type.ORGANISATION,
        org.id(),
        org.name(),
        org.kind(),
        null,
        Candidate.ORGANISATION,
        org.country(),
        org.evidence());
  }
}
