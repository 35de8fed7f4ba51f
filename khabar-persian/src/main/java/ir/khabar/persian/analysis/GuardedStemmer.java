package ir.khabar.persian.analysis;

import ir.khabar.persian.lexicon.Lexicon;
import java.util.List;

/**
 * Light Persian stemming guarded by the lexicon: a suffix comes off only when what remains is a
 * word the lists know, and a word the lists hold as written is never cut unless they call it a
 * plural. So کتابها → کتاب, نمایندگان → نماینده, مذاکرات → مذاکره and مسئولین → مسئول, while ایران,
 * تهران, گرگان and names the lists do not know stay whole.
 */
public final class GuardedStemmer {
  /** A suffix, what replaces it, and which endings of the remaining stem allow it. */
  private record Rule(
      String suffix, String replacement, String stemMustEndIn, String stemMustNotEndIn) {
    boolean allows(String stem) {
      char last = stem.charAt(stem.length() - 1);
      return (stemMustEndIn == null || stemMustEndIn.indexOf(last) >= 0)
          && (stemMustNotEndIn == null || stemMustNotEndIn.indexOf(last) < 0);
    }
  }

  private static final Rule INDEFINITE_AFTER_HEH = new Rule("ای", "", "ه", null);
  private static final Rule EZAFE_AFTER_VOWEL = new Rule("ی", "", "او", null);

  /**
   * ‌ان after ی (ایرانیان → ایرانی, قاچاقچیان → قاچاقچی) for a word a list calls a plural, or one
   * no list tags as a word whose stem has four letters or more: میان, بیان and آریان are words or
   * names of their own.
   */
  private static final Rule PLURAL_AFTER_YEH = new Rule("ان", "", "ی", null);

  /**
   * Clitics off a word that takes them ({@link Lexicon#takesClitic}), so the half-spaced, joined
   * and spaced writings give one term. After the plurals: چشمهایم is چشم + هایم, not چشمه + ایم.
   */
  private static final List<Rule> CLITICS =
      List.of(clitic("ایم"), clitic("اید"), clitic("اند"), clitic("ام"), clitic("اش"));

  private static final List<Rule> RULES =
      List.of(
          INDEFINITE_AFTER_HEH,
          new Rule("هایشان", "", null, null),
          new Rule("هایتان", "", null, null),
          new Rule("هایمان", "", null, null),
          new Rule("هایش", "", null, null),
          new Rule("هایت", "", null, null),
          new Rule("هایم", "", null, null),
          new Rule("هایی", "", null, null),
          new Rule("های", "", null, null),
          new Rule("ها", "", null, null),
          CLITICS.get(0),
          CLITICS.get(1),
          CLITICS.get(2),
          CLITICS.get(3),
          CLITICS.get(4),
          new Rule("ترین", "", null, null),
          new Rule("تری", "", null, null),
          new Rule("تر", "", null, null),
          new Rule("گان", "ه", null, null),
          new Rule("یان", "", "او", null),
          new Rule("ین", "", null, "یاوه"),
          new Rule("ان", "", null, "ی"),
          PLURAL_AFTER_YEH,
          new Rule("ات", "ت", null, null),
          new Rule("ات", "ه", null, "ی"),
          new Rule("ات", "", null, "ی"),
          EZAFE_AFTER_VOWEL,
          new Rule("شان", "", null, null),
          new Rule("تان", "", null, null),
          new Rule("مان", "", null, null),
          new Rule("اش", "", null, null),
          new Rule("ش", "", null, "اوه"),
          new Rule("م", "", null, "اوه"));

  /**
   * The suffixes a listed plural may lose: ات of a word in ه, ین, ان and گان (مذاکرات, مسئولین).
   */
  private static final List<String> PLURAL_ONLY = List.of("ین", "ان", "گان", "یان");

  private static final int MIN_STEM = 2;
  private final Lexicon lexicon;

  public GuardedStemmer(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Plural endings a writer sets off with a half-space, which then says where the stem ends. */
  private static final List<String> PLURAL_AFTER_HALF_SPACE =
      List.of("هایشان", "هایتان", "هایمان", "هایش", "هایت", "هایم", "هایی", "های", "ها");

  private static final char ZWNJ = '\u200c';

  /**
   * The stem of a search-folded word, or the word itself, without half-spaces. A half-space the
   * writer put before a plural, a clitic or a comparative says where the word ends: آیه‌ای is آیه +
   * ای and مصاحب‌های is مصاحب + های, where the joined letters could read either way, and نکته‌اند
   * is نکته as «نکته اند» is. A word the lists hold whole (هسته‌ای, بیش‌ترین) stays whole.
   */
  public String stem(String word) {
    int zwnj = word.lastIndexOf(ZWNJ);
    if (zwnj < 0) {
      return stem(word, 2);
    }
    String head = word.substring(0, zwnj).replace(String.valueOf(ZWNJ), "");
    String tail = word.substring(zwnj + 1);
    String joined = head + tail;
    if (head.length() < MIN_STEM
        || !isPersian(joined)
        || lexicon.isWord(joined) && !lexicon.isPlural(joined)) {
      return stem(joined, 2);
    }
    if (isEndingAfterHalfSpace(head, tail) && !Lexicon.isHalfSpacedVerbPrefix(head)) {
      return stem(head, 2);
    }
    boolean indefinite = tail.equals("ای") && head.endsWith("ه") && lexicon.isWord(head);
    boolean plural =
        PLURAL_AFTER_HALF_SPACE.contains(tail)
            && (lexicon.isWord(head) || lexicon.isKnown(head) && head.length() >= 3);
    return indefinite || plural ? head : stem(joined, 2);
  }

  /**
   * A clitic or ‌تری the writer set off with a half-space after a word of three letters or more:
   * the half-space says where the word ends (قرقیزستانی‌اش, ایرانی‌اند, ورزشی‌ای, جدی‌تری), as the
   * space does in «قرقیزستانی اش». Not after a verb prefix: نمی‌آید folds to نمی‌اید.
   */
  private static boolean isEndingAfterHalfSpace(String head, String tail) {
    if (head.length() < 3) {
      return false;
    }
    char last = head.charAt(head.length() - 1);
    return tail.equals("تری") || (last == 'ی' || last == 'ه') && Lexicon.CLITICS.contains(tail);
  }

  private String stem(String word, int depth) {
    if (depth == 0 || word.length() <= MIN_STEM || !isPersian(word)) {
      return word;
    }
    boolean listedPlural = lexicon.isWord(word) && lexicon.isPlural(word);
    if (lexicon.isWord(word) && !listedPlural) {
      return word;
    }
    for (Rule rule : RULES) {
      int cut = word.length() - rule.suffix.length();
      if (cut < MIN_STEM
          || !word.endsWith(rule.suffix)
          || !rule.allows(word.substring(0, cut))
          || listedPlural && !mayLeaveListedPlural(rule)
          || rule == PLURAL_AFTER_YEH && !mayTakeAnAfterYeh(word)
          || rule.suffix.equals("هایم") && lexicon.isParticiple(word.substring(0, cut + 1))) {
        continue;
      }
      String stem = word.substring(0, cut) + rule.replacement;
      if (isBase(stem, rule)) {
        return stem;
      }
      String deeper = stem(stem, depth - 1);
      if (!deeper.equals(stem) && lexicon.isWord(deeper)) {
        return deeper;
      }
    }
    return word;
  }

  private static Rule clitic(String suffix) {
    return new Rule(suffix, "", Lexicon.lettersBeforeClitic(suffix), null);
  }

  private boolean mayTakeAnAfterYeh(String word) {
    return lexicon.isPlural(word) || !lexicon.isWord(word) && word.length() >= 6;
  }

  private static boolean mayLeaveListedPlural(Rule rule) {
    return PLURAL_ONLY.contains(rule.suffix)
        || rule.suffix.equals("ات") && !rule.replacement.isEmpty();
  }

  /**
   * Short suffixes need stronger evidence: a curated word, and a stem of three letters or more. ‌ای
   * after ه is tried before ‌های, and wins only when the stem in ه is much the likelier word:
   * مصاحبه‌ای is مصاحبه + ای, but کتابهای and نهادهای are plurals (کتاب, نهاد), not کتابه‌ای or
   * نهاده‌ای.
   */
  private boolean isBase(String stem, Rule rule) {
    if (CLITICS.contains(rule)) {
      return lexicon.takesClitic(stem, rule.suffix);
    }
    if (rule == INDEFINITE_AFTER_HEH) {
      return lexicon.searchesAsIndefinite(stem);
    }
    if (rule == EZAFE_AFTER_VOWEL || rule == PLURAL_AFTER_YEH || rule.suffix.equals("ین")) {
      return stem.length() >= 3 && lexicon.isWord(stem) && !lexicon.isVerb(stem);
    }
    if (rule.suffix.equals("ات") && !rule.replacement.isEmpty()) {
      return lexicon.isWord(stem);
    }
    if (rule.suffix.length() <= 2 && !rule.suffix.startsWith("ه")) {
      return stem.length() >= 3 && lexicon.isWord(lexicon.canonical(stem));
    }
    return lexicon.isWord(stem) || lexicon.isKnown(stem) && stem.length() >= 3;
  }

  private static boolean isPersian(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c < '\u0620' || c > '\u06FF') {
        return false;
      }
    }
    return true;
  }
}
