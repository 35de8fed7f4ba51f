package ir.khabar.core.understand.entities;

import ir.khabar.core.Entity;
import ir.khabar.persian.lexicon.Lexicon;
import java.util.List;
import java.util.Set;

/**
 * The people a work is credited to: «نوشته رابین ویلسون», «به قلم سیامک کاکایی», «به کارگردانی مهدی
 * جبین شناس», «مترجم : مهدخت پازوکی». The cue says a person follows, so a name of two or more words
 * no list holds (or that opens with a given name) is one, foreign names included. «به نوشته X» is a
 * source («به نوشته فوربس»), not a credit.
 */
final class Credits {
  /** Cues read alone: «نوشته», «مترجم», «ترجمه». */
  private static final Set<String> CUES = Words.folded("نوشته", "مترجم", "ترجمه");

  /** Cues after «به»: «به قلم», «به کارگردانی», «به کوشش». */
  private static final Set<String> AFTER_BE = Words.folded("قلم", "کارگردانی", "کوشش");

  private static final int MAX_WORDS = 3;

  /** Whether a word opens a credit, read once per word ({@link WordFacts}). */
  static boolean isCue(String key) {
    return CUES.contains(key) || AFTER_BE.contains(key) || key.equals("تهیه");
  }

  private Credits() {}

  static void find(Scan s, List<Candidate> out) {
    for (int i = 0; i + 2 < s.size(); i++) {
      int from = s.creditCue(i) ? nameStart(s, i) : -1;
      if (from < 0) {
        continue;
      }
      int to = from;
      while (to < s.size()
          && to - from < MAX_WORDS
          && (to == from || s.adjacent(to - 1))
          && nameWord(s, to, to == from)) {
        to++;
      }
      if (to - from >= 2 && closed(s, to)) {
        out.add(
            Candidate.read(s, from, to, Entity.Type.PERSON, "person", Candidate.PATTERN_PERSON));
      }
    }
  }

  /** The token a credited name starts at when token i is a credit's cue, or -1. */
  private static int nameStart(Scan s, int i) {
    String key = s.key(i);
    boolean afterBe = i > 0 && s.key(i - 1).equals("به") && s.adjacent(i - 1);
    if (key.equals("تهیه") && s.adjacent(i) && s.key(i + 1).equals("کنندگی")) {
      i++; // «تهیه کنندگی سالار …»
    } else if (!(CUES.contains(key) && !afterBe || AFTER_BE.contains(key) && afterBe)) {
      return -1;
    }
    String between = s.between(i, i + 1);
    return between.isEmpty() || between.equals(":") ? i + 1 : -1;
  }

  /**
   * A word that can be part of a credited name: no function word, verb, other name, role or head.
   */
  private static boolean nameWord(Scan s, int x, boolean first) {
    String key = s.key(x);
    if (s.breaks(x)
        || s.name[x] != null && s.name[x].type() != Entity.Type.PERSON
        || s.roleLength[x] > 0
        || s.honorificLength[x] > 0
        || Words.isTitleWord(key)
        || OrganisationPatterns.isHead(key)) {
      return false;
    }
    return !Words.isDetachedEnding(key)
        && !PersonPatterns.ROLE_COMPLEMENTS.contains(key)
        && !Lexicon.get().isVerbForm(key)
        && !possessed(key);
  }

  /** «به کارگردانی فیلمش بسپارد»: a word with a possessive ending is no name. */
  private static boolean possessed(String key) {
    return key.length() > 3
        && key.endsWith("ش")
        && Lexicon.get().isWord(key.substring(0, key.length() - 1));
  }

  /**
   * Whether a credited name ends before token j: punctuation, the line's end, «و» or «در», or a
   * role; a name that runs on into a phrase is none.
   */
  private static boolean closed(Scan s, int j) {
    if (j >= s.size() || !s.between(j - 1, j).isEmpty()) {
      return true;
    }
    String key = s.key(j);
    return key.equals("و") || key.equals("در") || s.roleLength[j] > 0;
  }
}
