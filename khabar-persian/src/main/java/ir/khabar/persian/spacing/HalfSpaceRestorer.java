package ir.khabar.persian.spacing;

import ir.khabar.persian.lexicon.HayReading;
import ir.khabar.persian.lexicon.Lexicon;
import ir.khabar.persian.lexicon.SpellingTable;
import ir.khabar.persian.text.ArabicJoining;
import ir.khabar.persian.text.SearchFolding;
import java.util.List;
import java.util.Set;

/**
 * Puts back the half-spaces (ZWNJ) that scraped text lost: میشود → می‌شود, کتابها → کتاب‌ها,
 * پیشرفتهترین → پیشرفته‌ترین, and for spaced forms می شود → می‌شود. A half-space goes in only where
 * the lexicon says the joined reading is not the word (تنها, بیشتر, ایران stay as they are), and
 * only after a letter that joins to the next one (کشورها needs none).
 */
public final class HalfSpaceRestorer {
  static final char ZWNJ = '\u200C';
  static final List<String> PLURALS =
      List.of("هایشان", "هایتان", "هایمان", "هایش", "هایت", "هایم", "هایی", "های", "ها");
  private static final List<String> COMPARATIVES = List.of("ترین", "تری", "تر");

  /** The comparatives {@link #joinedEnding} joins when written apart. */
  static final Set<String> COMPARATIVES_APART = Set.of("ترین", "تر");

  /** The personal endings a perfect tense writes after its participle: کرده‌اند, رفته‌ایم. */
  static final List<String> PERSONAL_ENDINGS = List.of("ایم", "اید", "اند", "ام", "ای");

  /** Endings added to a half-spaced word without a half-space of their own: علاقه‌مندان. */
  private static final List<String> JOINED_ENDINGS = List.of("انی", "ان", "ی", "ها", "های");

  private static final List<String> DETACHED = List.of("ها", "های", "هایی");
  private static final Set<String> JOINED_PRONOUNS = Set.of("آن", "این", "اینها", "آنها");

  private static final long COMMON = 1_000_000;
  private static final List<String> NAME_ENDINGS =
      List.of("فر", "پور", "زاده", "نژاد", "نیا", "راد", "منش");

  private final Lexicon lexicon;
  private final SpellingTable spellings;

  public HalfSpaceRestorer(Lexicon lexicon) {
    this.lexicon = lexicon;
    this.spellings = lexicon.spellings();
  }

  /** The word as it should be written; the word itself when nothing is to be restored. */
  public String restoreWord(String word) {
    if (word.length() < 3 || word.indexOf(ZWNJ) >= 0) {
      return word;
    }
    if (JOINED_PRONOUNS.contains(word)) {
      return word;
    }
    if (isPluralAsWritten(word) || isUnsureHay(word)) {
      return word;
    }
    int curated = curatedStem(word);
    if (curated == word.length() || isProtected(word)) {
      return word;
    }
    String table = spellings.halfSpaced(word);
    if (table != null && table.indexOf(ZWNJ) >= curated) {
      return table;
    }
    String restored = splitVerbPrefix(word);
    if (restored == null) {
      restored = splitSuffix(word);
    }
    if (restored == null) {
      restored = splitTableStem(word);
    }
    if (restored == null) {
      restored = splitPrefix(word);
    }
    if (restored == null) {
      restored = splitNameEnding(word);
    }
    return restored != null ? restored : word;
  }

  /**
   * Whether two words written apart are one word: (می, شود), (کتاب, ها), (کرده, اند), (گفت, وگو).
   * Spaced compounds whose halves are both words (آیین نامه) are left as written: a space is an
   * accepted spelling, a missing half-space is not.
   */
  public String joinSpaced(String previous, String first, String second) {
    return joinSpaced(previous, first, second, mayStartHalfSpaced(first));
  }

  /**
   * Whether the spelling table may write this word and the next as one with a half-space: false for
   * most words, which {@link #joinSpaced} then need not join to look up.
   */
  boolean mayStartHalfSpaced(String first) {
    return spellings.mayStartHalfSpaced(first);
  }

  /** What {@link SpacedJoinGate} asks of one word. */
  SpacedJoinGate.Ends spacedEnds(String word) {
    return SpacedJoinGate.ends(word, spellings);
  }

  /**
   * As {@link #joinSpaced(String, String, String)}, told whether the table may write the two as one
   * with a half-space ({@link SpacedJoinGate#mayBeHalfSpaced}, or {@link #mayStartHalfSpaced} of
   * the first).
   */
  String joinSpaced(String previous, String first, String second, boolean mayBeHalfSpaced) {
    if (Lexicon.isVerbPrefixApart(first)
        && !"ماه".equals(previous)
        && lexicon.isVerbForm(SearchFolding.fold(second))) {
      return first + ZWNJ + second;
    }
    if (PLURALS.contains(second) && isWord(first)) {
      return attach(first, second); // کتاب ها, کشور هایش: a plural's ending is never a word
    }
    if (PERSONAL_ENDINGS.contains(second) && isParticiple(first)) {
      return first + ZWNJ + second; // پذیرفته ایم, نکرده اند: a perfect tense
    }
    String spelled = mayBeHalfSpaced ? spellings.halfSpaced(first + second) : null;
    if (spelled != null && spelled.equals(first + ZWNJ + second) && !isWord(second)) {
      return spelled; // گفت وگو: the second half is no word of its own, the lists write them as one
    }
    if (second.equals("ای") && first.length() >= 3 && first.endsWith("ه") && isWord(first)) {
      return first + ZWNJ + second; // هسته ای, منطقه ای: ای after ه is written with a half-space
    }
    return joinedEnding(first, second);
  }

  /**
   * A comparative or a clitic written apart (جدی ترین, خانه اش, خسته ام) joins its word where the
   * two written as one would be restored with the half-space just there: the same evidence as for a
   * lost half-space (an adjective before ترین, a word in ه or ی before a clitic). A clitic joins
   * only a word the stemmer reads it off ({@link Lexicon#takesClitic}): display and index agree.
   */
  private String joinedEnding(String first, String second) {
    boolean clitic = !Lexicon.lettersBeforeClitic(second).isEmpty();
    if (!clitic && !COMPARATIVES_APART.contains(second)
        || !ArabicJoining.joinsNext(first.charAt(first.length() - 1))
        || clitic && !lexicon.takesClitic(SearchFolding.fold(first), second)) {
      return null;
    }
    String halfSpaced = first + ZWNJ + second;
    return restoreWord(first + second).equals(halfSpaced) ? halfSpaced : null;
  }

  /**
   * A plural after a letter that does not join is written right with no half-space (نهادهای,
   * کالاها), and is left so: the same letters may read Xه‌ای, and when unsure the text stays as
   * written.
   */
  private boolean isPluralAsWritten(String word) {
    for (String suffix : DETACHED) {
      String stem = stemBefore(word, suffix, 2);
      if (stem != null
          && !ArabicJoining.joinsNext(stem.charAt(stem.length() - 1))
          && isListed(stem)) {
        return true;
      }
    }
    return false;
  }

  /** Letters that read Xه‌ای and X‌های alike, with no clear choice: left as written. */
  private boolean isUnsureHay(String word) {
    String stem = stemBefore(word, "های", 2);
    return stem != null
        && lexicon.displayReadingOfHay(SearchFolding.fold(stem + "ه")) == HayReading.UNSURE;
  }

  /**
   * Endings a curated joined word takes and stays joined: the writer's joined word is a word
   * (پژوهشگر → پژوهشگران, سیاستمدار → سیاستمداران, امانتدار → امانتداری, بیشتر → بیشترین), so no
   * spelling of the whole may put a half-space inside it. Longest first.
   */
  private static final List<String> JOINED_INFLECTIONS =
      List.of("هایی", "های", "انی", "ها", "یی", "ان", "ی", "ین", "");

  /**
   * The length of the longest curated joined word (a list holds it as written) the word starts
   * with, before one of {@link #JOINED_INFLECTIONS}; the word's own length when the ending keeps it
   * whole (ان, ی, and ین after تر), 0 when there is none. A half-space goes only after it.
   */
  private int curatedStem(String word) {
    for (String ending : JOINED_INFLECTIONS) {
      String stem = stemBefore(word, ending, 3);
      if (stem == null
          || ending.equals("ین") && !stem.endsWith("تر")
          || !spellings.isJoinedWord(stem)
          || spellings.halfSpaced(stem) != null) {
        continue;
      }
      return ending.startsWith("ه") ? stem.length() : word.length();
    }
    return 0;
  }

  /** A curated word, or one with the ی of indefiniteness: بیشتر, بیشتری, تنهایی. */
  private boolean isProtected(String word) {
    return spellings.isJoinedWord(word)
        || (word.endsWith("ی") && spellings.isJoinedWord(word.substring(0, word.length() - 1)))
        || (word.endsWith("یی") && spellings.isJoinedWord(word.substring(0, word.length() - 2)));
  }

  private String splitVerbPrefix(String word) {
    for (String prefix : Lexicon.HALF_SPACED_VERB_PREFIXES) {
      if (word.startsWith(prefix) && word.length() > prefix.length() + 1) {
        String rest = word.substring(prefix.length());
        if (lexicon.isVerbForm(SearchFolding.fold(rest))) {
          return prefix + ZWNJ + rest;
        }
      }
    }
    return null;
  }

  /**
   * The likeliest reading of a word ending in a suffix: کالاهای is کالا + های, not کالاه + ای,
   * because کالا is the more frequent stem; a past participle keeps its clitic (کرده‌ایم).
   */
  private String splitSuffix(String word) {
    String stemInHeh = word.endsWith("های") ? word.substring(0, word.length() - 2) : null;
    if (stemInHeh != null
        && stemInHeh.length() >= 3
        && lexicon.displayReadingOfHay(SearchFolding.fold(stemInHeh)) == HayReading.INDEFINITE) {
      return attach(restoreWord(stemInHeh), "ای");
    }
    String best = null;
    long bestScore = 0;
    for (String suffix : PLURALS) {
      String stem = stemBefore(word, suffix, 2);
      if (stem != null
          && isWord(stem)
          && (stem.length() > 2 || isShortNoun(stem))
          && frequency(stem) + 1 > bestScore) {
        best = attach(restoreWord(stem), suffix);
        bestScore = frequency(stem) + 1;
      }
    }
    for (String suffix : Lexicon.CLITICS) {
      String stem = stemBefore(word, suffix, 3);
      if (stem != null && takesClitic(stem, suffix)) {
        long score =
            isParticiple(stem) && !suffix.equals("ای") ? Long.MAX_VALUE : frequency(stem) + 1;
        if (score > bestScore) {
          best = attach(restoreWord(stem), suffix);
          bestScore = score;
        }
      }
    }
    if (best != null) {
      return best;
    }
    for (String suffix : COMPARATIVES) {
      String stem = stemBefore(word, suffix, 3);
      if (stem != null && isComparable(stem) && !isOwnWord(word, stem)) {
        return attach(restoreWord(stem), suffix);
      }
    }
    return null;
  }

  /**
   * A stem of two letters takes a plural only as a noun (خط‌ها, گل‌ها) or آن (آن‌هایی): فیها, عنها,
   * ایها are Arabic, انها a آنها without its madda.
   */
  private boolean isShortNoun(String stem) {
    return lexicon.isSingular(SearchFolding.fold(stem)) || JOINED_PRONOUNS.contains(stem);
  }

  /** ‌ای after ه as the lists read it (آیه‌ای, not نهادهای); any other by the stemmer's rule. */
  private boolean takesClitic(String stem, String clitic) {
    return clitic.equals("ای")
        ? stem.endsWith("ه")
            && isWord(stem)
            && lexicon.displayReadingOfHay(SearchFolding.fold(stem)) == HayReading.INDEFINITE
        : lexicon.takesClitic(SearchFolding.fold(stem), clitic);
  }

  private boolean isParticiple(String stem) {
    return lexicon.isParticiple(SearchFolding.fold(stem));
  }

  private String splitTableStem(String word) {
    for (String ending : JOINED_ENDINGS) {
      String stem = stemBefore(word, ending, 3);
      String spelled = stem == null ? null : spellings.halfSpaced(stem);
      if (spelled != null) {
        return ending.startsWith("ه") ? attach(spelled, ending) : spelled + ending;
      }
    }
    return null;
  }

  /**
   * بی‌ and هم‌ before a word: بی‌خود, هم‌حسی; never before a word the lists hold as written, nor
   * in a verb, nor in a word of its own ({@link #isOwnWord}: بیلیون).
   */
  private String splitPrefix(String word) {
    if (lexicon.isVerb(SearchFolding.fold(word))) {
      return null; // بینیم is a verb, not بی‌ + نیم
    }
    for (String prefix : new String[] {"بی", "هم"}) {
      String rest = word.startsWith(prefix) ? word.substring(prefix.length()) : "";
      if (rest.length() >= 3 && spellings.isJoinedWord(rest) && !isOwnWord(word, rest)) {
        return prefix + ZWNJ + restoreWord(rest);
      }
    }
    return null;
  }

  /**
   * A family name made of a word in ی and a name ending (معصومی‌فر, علی‌پور, حسینی‌نژاد): the
   * half-space goes after the ی, and only when the rest is a word or a word + ی.
   */
  private String splitNameEnding(String word) {
    for (String ending : NAME_ENDINGS) {
      String stem = stemBefore(word, ending, 4);
      if (stem != null && stem.endsWith("ی") && isWord(stem)) {
        return stem + ZWNJ + ending;
      }
    }
    return null;
  }

  /**
   * Whether the web writes the joined word at least half as often as the word a suffix or prefix
   * would leave: a comparative or a بی‌ word is far rarer than its base (مهمترین beside مهم, بیکار
   * beside کار), so one this common is a word of its own (لوستر is no لوس‌تر, بیلیون no بی‌لیون).
   */
  private boolean isOwnWord(String word, String base) {
    return 2 * lexicon.frequency(SearchFolding.fold(word))
        >= Math.max(1, lexicon.frequency(SearchFolding.fold(base)));
  }

  private boolean isComparable(String stem) {
    String folded = SearchFolding.fold(stem);
    return lexicon.isAdjective(folded)
        || (stem.endsWith("ی") || stem.endsWith("ه")) && lexicon.isKnown(folded);
  }

  private static String stemBefore(String word, String suffix, int minStem) {
    return word.endsWith(suffix) && word.length() - suffix.length() >= minStem
        ? word.substring(0, word.length() - suffix.length())
        : null;
  }

  private long frequency(String stem) {
    return Math.max(spellings.frequency(stem), spellings.isJoinedWord(stem) ? COMMON : 0);
  }

  /** A word the lists hold, or one made of such a word and ‌ی (قرقیزستانی, معصومی). */
  private boolean isWord(String stem) {
    return isListed(stem)
        || stem.length() >= 4
            && stem.endsWith("ی")
            && isListed(stem.substring(0, stem.length() - 1));
  }

  private boolean isListed(String stem) {
    return spellings.isAttested(stem) || lexicon.isKnown(SearchFolding.fold(stem));
  }

  private static String attach(String stem, String suffix) {
    char last = stem.charAt(stem.length() - 1);
    return ArabicJoining.joinsNext(last) ? stem + ZWNJ + suffix : stem + suffix;
  }
}
