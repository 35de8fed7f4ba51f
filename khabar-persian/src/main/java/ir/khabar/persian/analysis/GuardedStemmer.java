package ir.khabar.persian.analysis;

import ir.khabar.persian.lexicon.Lexicon;
import java.util.List;

/**
 * Light Persian stemming guarded by the lexicon: a suffix comes off only when what remains is a word
 * the lists know, and a word the curated list holds as written is never cut. So کتابها → کتاب and
 * نمایندگان → نماینده, while ایران, تهران and names the lists do not know stay whole.
 */
public final class GuardedStemmer {
  /** A suffix, what replaces it, and which endings of the remaining stem allow it. */
  private record Rule(String suffix, String replacement, String stemMustEndIn, String stemMustNotEndIn) {
    boolean allows(String stem) {
      char last = stem.charAt(stem.length() - 1);
      return (stemMustEndIn == null || stemMustEndIn.indexOf(last) >= 0)
          && (stemMustNotEndIn == null || stemMustNotEndIn.indexOf(last) < 0);
    }
  }

  private static final List<Rule> RULES = List.of(
      new Rule("ای", "", "ه", null),
      new Rule("هایشان", "", null, null), new Rule("هایتان", "", null, null),
      new Rule("هایمان", "", null, null), new Rule("هایش", "", null, null),
      new Rule("هایت", "", null, null), new Rule("هایم", "", null, null),
      new Rule("هایی", "", null, null), new Rule("های", "", null, null), new Rule("ها", "", null, null),
      new Rule("ترین", "", null, null), new Rule("تر", "", null, null),
      new Rule("گان", "ه", null, null), new Rule("یان", "", "او", null),
      new Rule("ان", "", null, "ی"), new Rule("ات", "", null, "ی"),
      new Rule("شان", "", null, null), new Rule("تان", "", null, null), new Rule("مان", "", null, null),
      new Rule("اش", "", null, null), new Rule("ش", "", null, "اوه"), new Rule("م", "", null, "اوه"));

  private static final int MIN_STEM = 2;
  private final Lexicon lexicon;

  public GuardedStemmer(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The stem of a search-folded word, or the word itself. */
  public String stem(String word) {
    return stem(word, 2);
  }

  private String stem(String word, int depth) {
    if (depth == 0 || word.length() <= MIN_STEM || lexicon.isWord(word) || !isPersian(word)) {
      return word;
    }
    for (Rule rule : RULES) {
      int cut = word.length() - rule.suffix.length();
      if (cut < MIN_STEM || !word.endsWith(rule.suffix)) {
        continue;
      }
      String stem = word.substring(0, cut) + rule.replacement;
      if (!rule.allows(word.substring(0, cut))) {
        continue;
      }
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

  /**
   * Short suffixes need stronger evidence: a curated word, and a stem of three letters or more. So does
   * ‌ای after ه, tried before ‌های: مصاحبه‌ای is مصاحبه + ای, کالاهای is کالا + های.
   */
  private boolean isBase(String stem, Rule rule) {
    if (rule.suffix.equals("ای")) {
      return lexicon.isWord(stem) || lexicon.spellings().frequency(stem) >= 100_000;
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
