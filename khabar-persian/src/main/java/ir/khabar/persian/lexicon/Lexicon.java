package ir.khabar.persian.lexicon;

import ir.khabar.persian.text.SearchFolding;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharArraySet;

/**
 * What Khabar knows about Persian words, built once from the vendored lists (hazm, shekar) and
 * Khabar's own stopwords. Every lookup takes the search-folded form ({@link SearchFolding}) except
 * {@link #spellings()}, which serves display text.
 */
public final class Lexicon {
  private static volatile Lexicon instance;
  private static final char ZWNJ = '\u200c';

  private final Set<String> words;
  private final Set<String> known;
  private final Set<String> adjectives;
  private final Set<String> adverbs;
  private final Set<String> verbStems;
  private final Set<String> pastStems;
  private final Set<String> stopwords;

  /**
   * Words a list tags as plural (hazm PL, Lilak noun_plural): listed, yet inflected forms of a
   * stem.
   */
  private final Set<String> plurals;

  /**
   * Words Lilak tags as singular nouns, adjectives or adverbs: گرگان the city, though hazm says
   * plural.
   */
  private final Set<String> singulars;

  /**
   * Web frequencies of the folded words (shekar's vocabulary): which of two readings is likelier.
   */
  private final Map<String, Long> frequency;

  private final Set<String> names;

  /** Compounds by their first part, then the rest of their parts: "ایین" → "نامه" → "اییننامه". */
  private final Compounds compounds;

  /** The verb stems again, for lookups on a token's characters. */
  private final CharArraySet verbStemChars;

  private final Map<String, String> canonical;
  private final CharArrayMap<String> canonicalByChars;
  private final CharArraySet stopwordSet;

  /**
   * The listed stopwords by their packed chars (no half-space variants): a table that stays hot.
   */
  private final ShortWords listedStopwords;

  private final SpellingTable spellings;

  private Lexicon(LexiconLoader from) {
    this.words = from.words;
    this.known = from.known;
    this.adjectives = from.adjectives;
    this.adverbs = from.adverbs;
    this.verbStems = from.verbStems;
    this.pastStems = from.pastStems;
    this.stopwords = from.stopwords;
    this.plurals = from.plurals;
    this.singulars = from.singulars;
    this.frequency = from.frequency;
    this.names = from.names;
    this.compounds = new Compounds(from.compounds);
    this.verbStemChars = CharArraySet.unmodifiableSet(new CharArraySet(verbStems, false));
    this.canonical = from.canonical;
    this.spellings = from.spellings;
    spellings.settle();
    this.canonicalByChars = CharArrayMap.unmodifiableMap(new CharArrayMap<>(canonical, false));
    this.stopwordSet = CharArraySet.unmodifiableSet(withHalfSpaces(stopwords));
    this.listedStopwords = new ShortWords(stopwords);
  }

  /** The lexicon of the vendored lists, loaded on first use (about half a second). */
  public static Lexicon get() {
    Lexicon l = instance;
    if (l == null) {
      synchronized (Lexicon.class) {
        l = instance;
        if (l == null) {
          l = new Lexicon(LexiconLoader.load());
          instance = l;
        }
      }
    }
    return l;
  }

  /**
   * A word attested as written (tagged in hazm) or a known place name: never stemmed, never split.
   */
  public boolean isWord(String folded) {
    return words.contains(folded);
  }

  /**
   * Whether a clitic written joined comes off this word (search-folded) as an ending, not as part
   * of another word. ‌ایم, ‌اید, ‌اند, ‌ام, ‌اش after a word in ه (کرده‌اند, نکته‌اند, خسته‌ام) or
   * ی (ایرانی‌اند, تخصصی‌اش), where the word is a curated one of three letters or more, or in ی
   * after such a word (پاکستانی, فوتبالی). Not after a verb prefix (نمیاید is نمی + آید), not where
   * the whole is a verb (نمایاند), not ‌ای after ی (دریای is دریا + ی), not ‌ات (روحانیات, شبهات
   * are plurals). The stemmer reads a clitic off by this rule, the restorer writes its half-space
   * by it and display joins one written apart by it, so the three agree.
   */
  public boolean takesClitic(String folded, String clitic) {
    if (folded.length() < 3
        || lettersBeforeClitic(clitic).indexOf(folded.charAt(folded.length() - 1)) < 0
        || isHalfSpacedVerbPrefix(folded)) {
      return false;
    }
    boolean listed = isWord(folded) || folded.endsWith("ی") && isWord(withoutLast(folded));
    return listed && (folded.endsWith("ه") || !isVerb(folded + clitic));
  }

  private static String withoutLast(String word) {
    return word.length() >= 4 ? word.substring(0, word.length() - 1) : "";
  }

  /**
   * The last letters a word may have before this clitic ({@link #takesClitic}); none for others.
   */
  public static String lettersBeforeClitic(String clitic) {
    return switch (clitic) {
      case "ایم", "اید", "اند", "ام", "اش" -> "هی";
      default -> "";
    };
  }

  /**
   * A listed word that is itself an inflected form, so that it may be stemmed: a plural no list
   * calls a singular noun (مذاکرات, مسئولین, but not گرگان) and no name.
   */
  public boolean isPlural(String folded) {
    return plurals.contains(folded) && !singulars.contains(folded) && !names.contains(folded);
  }

  /** How letters that spell both Xه + ‌ای and X + ‌های are read: see {@link HayReading}. */
  public HayReading readingOfHay(String stemInHeh) {
    return HayReading.of(this, stemInHeh);
  }

  /**
   * The reading of such letters for readers' text, where a listed Xه‌ای is weighed against the
   * plural: see {@link HayReading#forDisplay}.
   */
  public HayReading displayReadingOfHay(String stemInHeh) {
    return HayReading.forDisplay(this, stemInHeh);
  }

  /** Whether search reads such letters as Xه + ‌ای: see {@link HayReading#searchesAsIndefinite}. */
  public boolean searchesAsIndefinite(String stemInHeh) {
    return HayReading.searchesAsIndefinite(this, stemInHeh);
  }

  /** A noun, adjective or adverb by Lilak or Khabar's own list. */
  public boolean isSingular(String folded) {
    return singulars.contains(folded);
  }

  /** A verb's past stem: نهاد, کرد, خرید (whose participles are نهاده, کرده, خریده). */
  boolean isPastStem(String folded) {
    return pastStems.contains(folded);
  }

  /** How often the web vocabulary saw the word, in search folding; 0 when unknown. */
  public long frequency(String folded) {
    return frequency.getOrDefault(folded, 0L);
  }

  /** A word tagged as an adjective, the kind that takes ‌تر and ‌ترین. */
  public boolean isAdjective(String folded) {
    return adjectives.contains(folded);
  }

  /** A word Lilak tags as an adverb (اخیراً، قانوناً, their tanwin folded away). */
  public boolean isAdverb(String folded) {
    return adverbs.contains(folded);
  }

  /** Any spelling any of the lists holds, including untagged and joined-by-mistake forms. */
  public boolean isKnown(String folded) {
    return known.contains(folded) || words.contains(folded);
  }

  /** Personal endings of a verb, longest first: میروند = می + رو + ند. */
  private static final String[] VERB_ENDINGS = {"ند", "ید", "یم", "ام", "ه", "د", "ی", "م", ""};

  /** True when the folded token is a verb stem with a personal ending: شود, گیرد, رفتند, کرد. */
  public boolean isVerbForm(String folded) {
    return isVerbForm(folded.toCharArray(), folded.length());
  }

  /** {@link #isVerbForm(String)} of the token in {@code chars[0, length)}, without a String. */
  public boolean isVerbForm(char[] chars, int length) {
    for (String ending : VERB_ENDINGS) {
      int stem = length - ending.length();
      if (stem > 1 && endsWith(chars, length, ending) && verbStemChars.contains(chars, 0, stem)) {
        return true;
      }
    }
    return false;
  }

  private static boolean endsWith(char[] chars, int length, String ending) {
    for (int i = 0, from = length - ending.length(); i < ending.length(); i++) {
      if (chars[from + i] != ending.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** The clitics a word in ه or ی takes after a half-space: خانه‌اش, ایرانی‌اند, هسته‌ای. */
  public static final List<String> CLITICS = List.of("ایم", "اید", "اند", "ای", "ام", "اش", "ات");

  /** می and نمی, also after a preverb: برمی‌دارد, درمی‌آید, فرومی‌خورد. Longest first. */
  public static final List<String> HALF_SPACED_VERB_PREFIXES =
      List.of("برمی", "درمی", "فرومی", "بازمی", "وامی", "برنمی", "درنمی", "نمی", "می");

  /** Whether this word is one of {@link #HALF_SPACED_VERB_PREFIXES}. */
  public static boolean isHalfSpacedVerbPrefix(String word) {
    return HALF_SPACED_VERB_PREFIXES.contains(word);
  }

  /**
   * Whether this word, written apart from a verb form after it, is one word with it: می شود, برمی
   * گردد, درنمی یابد. Not وامی, which is also «a loan» (وامی گرفت).
   */
  public static boolean isVerbPrefixApart(String word) {
    return isHalfSpacedVerbPrefix(word) && !word.equals("وامی");
  }

  /** A past participle (search-folded): کرده, نپذیرفته, ده or ته after a verb's stem. */
  public boolean isParticiple(String folded) {
    return (folded.endsWith("ده") || folded.endsWith("ته"))
        && isVerb(folded.substring(0, folded.length() - 1));
  }

  /** Prefixes a verb form may carry: میشود، نمیشود، بتوانیم، نکرد. */
  private static final String[] VERB_PREFIXES = {"نمی", "می", "ب", "ن"};

  /** True for a verb form with or without its prefix (شود, میشود, نمیشود, بتوانیم, نکرد). */
  public boolean isVerb(String folded) {
    if (isVerbForm(folded)) {
      return true;
    }
    for (String prefix : VERB_PREFIXES) {
      if (folded.length() > prefix.length() + 1
          && folded.startsWith(prefix)
          && isVerbForm(folded.substring(prefix.length()))) {
        return true;
      }
    }
    return false;
  }

  public boolean isStopword(String folded) {
    return stopwords.contains(
        folded.indexOf(ZWNJ) < 0 ? folded : folded.replace(String.valueOf(ZWNJ), ""));
  }

  /**
   * The stopwords as the analysis meets them: folded, and also with a half-space inside, which the
   * analysis keeps between letters (آن‌ها, این‌که).
   */
  private static CharArraySet withHalfSpaces(Set<String> stopwords) {
    CharArraySet set = new CharArraySet(stopwords.size() * 8, false);
    for (String w : stopwords) {
      set.add(w);
      for (int i = 1; i < w.length(); i++) {
        set.add(w.substring(0, i) + ZWNJ + w.substring(i));
      }
    }
    return set;
  }

  /**
   * The listed stopwords (folded, no half-space, none longer than {@link ShortWords#MAX_LENGTH}),
   * by their packed chars: the same String for each, so collecting them makes no garbage.
   */
  public ShortWords listedStopwords() {
    return listedStopwords;
  }

  /** The stopwords, folded, for Lucene's StopFilter (read-only). */
  public CharArraySet stopwordSet() {
    return stopwordSet;
  }

  /** The compounds, by their first part. */
  public Compounds compounds() {
    return compounds;
  }

  /** One spelling for words whose hamza seat or medial و varies: مسیله (from مسئله) → مساله. */
  public String canonical(String folded) {
    return canonical.getOrDefault(folded, folded);
  }

  /**
   * The same links keyed by characters, for filters that look a term up without making a String.
   */
  public CharArrayMap<String> canonicalByChars() {
    return canonicalByChars;
  }

  /** Half-space spellings of words, for display normalisation. */
  public SpellingTable spellings() {
    return spellings;
  }
}
