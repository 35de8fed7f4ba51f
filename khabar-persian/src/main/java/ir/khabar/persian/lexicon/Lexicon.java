package ir.khabar.persian.lexicon;

import ir.khabar.persian.text.SearchFolding;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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
  private static final String DIR = "/ir/khabar/persian/lexicon/";
  private static volatile Lexicon instance;
  private static final char ZWNJ = '\u200c';

  private final Set<String> words = new HashSet<>(80_000);
  private final Set<String> known = new HashSet<>(300_000);
  private final Set<String> adjectives = new HashSet<>(20_000);
  private final Set<String> verbStems = new HashSet<>(3_000);
  private final Set<String> pastStems = new HashSet<>(1_500);
  private final Set<String> stopwords = new HashSet<>(256);

  /**
   * Words a list tags as plural (hazm PL, Lilak noun_plural): listed, yet inflected forms of a
   * stem.
   */
  private final Set<String> plurals = new HashSet<>(4_000);

  /**
   * Words Lilak tags as singular nouns, adjectives or adverbs: گرگان the city, though hazm says
   * plural.
   */
  private final Set<String> singulars = new HashSet<>(40_000);

  /**
   * Web frequencies of the folded words (shekar's vocabulary): which of two readings is likelier.
   */
  private final Map<String, Long> frequency = new HashMap<>(100_000);

  private final HamzaSpellings hamza = new HamzaSpellings();
  private final Set<String> names = new HashSet<>(512);

  /** Compounds by their first part, then the rest of their parts: "ایین" → "نامه" → "اییننامه". */
  private final Map<String, Map<String, String>> compounds = new HashMap<>(10_000);

  /**
   * A bit per hash of a compound's first part: most words are not one, and the bit says so in
   * cache.
   */
  private final Set<String> tripleStarts = new HashSet<>(512);

  private final BitSet compoundStartBits = new BitSet(1 << 16);
  private final Map<String, String> canonical = new HashMap<>(2_000);
  private CharArrayMap<String> canonicalByChars;
  private CharArraySet stopwordSet;
  private final SpellingTable spellings = new SpellingTable();

  private Lexicon() {}

  /** The lexicon of the vendored lists, loaded on first use (about half a second). */
  public static Lexicon get() {
    Lexicon l = instance;
    if (l == null) {
      synchronized (Lexicon.class) {
        l = instance;
        if (l == null) {
          l = load();
          instance = l;
        }
      }
    }
    return l;
  }

  private static Lexicon load() {
    Lexicon l = new Lexicon();
    List<String> halfSpaced = new ArrayList<>();
    LexiconFiles.lines(DIR + "hazm/words.dat", line -> l.addHazmWord(line, halfSpaced));
    LexiconFiles.lines(DIR + "shekar/vocab.csv", l::addShekarWord);
    LexiconFiles.lines(DIR + "lilak/lexicon", l::addLilakWord);
    LexiconFiles.lines(DIR + "shekar/compound_words.csv", l::addCompound);
    halfSpaced.forEach(l::addCompound);
    LexiconFiles.lines(DIR + "hazm/verbs.dat", l::addHazmVerb);
    LexiconFiles.lines(DIR + "shekar/verbs.csv", l::addShekarVerb);
    LexiconFiles.lines(DIR + "stopwords.txt", w -> l.stopwords.add(SearchFolding.fold(w)));
    LexiconFiles.lines(DIR + "nouns.txt", w -> l.addNoun(SearchFolding.fold(w)));
    LexiconFiles.lines(DIR + "names.txt", w -> l.names.add(SearchFolding.fold(w)));
    for (String country : Locale.getISOCountries()) {
      l.names.add(SearchFolding.fold(new Locale("", country).getDisplayCountry(new Locale("fa"))));
    }
    l.words.addAll(l.names);
    l.hamza.linkInto(l.canonical, l.frequency);
    l.canonicalByChars = CharArrayMap.unmodifiableMap(new CharArrayMap<>(l.canonical, false));
    l.stopwordSet = CharArraySet.unmodifiableSet(withHalfSpaces(l.stopwords));
    return l;
  }

  /**
   * A word attested as written (tagged in hazm) or a known place name: never stemmed, never split.
   */
  public boolean isWord(String folded) {
    return words.contains(folded);
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

  /** Whether search reads such letters as Xه + ‌ای: see {@link HayReading#searchesAsIndefinite}. */
  public boolean searchesAsIndefinite(String stemInHeh) {
    return HayReading.searchesAsIndefinite(this, stemInHeh);
  }

  /** A noun, adjective or adverb by Lilak or Khabar's own list. */
  boolean isSingular(String folded) {
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

  /** Any spelling any of the lists holds, including untagged and joined-by-mistake forms. */
  public boolean isKnown(String folded) {
    return known.contains(folded) || words.contains(folded);
  }

  /** Personal endings of a verb, longest first: میروند = می + رو + ند. */
  private static final String[] VERB_ENDINGS = {"ند", "ید", "یم", "ام", "ه", "د", "ی", "م", ""};

  /** True when the folded token is a verb stem with a personal ending: شود, گیرد, رفتند, کرد. */
  public boolean isVerbForm(String folded) {
    for (String ending : VERB_ENDINGS) {
      if (folded.length() > ending.length() + 1
          && folded.endsWith(ending)
          && verbStems.contains(folded.substring(0, folded.length() - ending.length()))) {
        return true;
      }
    }
    return false;
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

  /** The stopwords, folded, for Lucene's StopFilter (read-only). */
  public CharArraySet stopwordSet() {
    return stopwordSet;
  }

  /**
   * The joined form of a compound written as separate parts, or null: ("ایین", "نامه") →
   * "اییننامه".
   */
  public String compound(String first, String second) {
    Map<String, String> rest = compoundsStartingWith(first);
    if (rest == null) {
      return null;
    }
    String whole = rest.get(second);
    return whole != null ? whole : inflectedCompound(rest, second);
  }

  /** Endings an inflected compound carries on its last part: دانش آموزان, سرمایه گذاری‌ها. */
  private static final String[] COMPOUND_ENDINGS = {"هایی", "های", "ها", "ان", "ترین", "تر"};

  /** The joined form of a compound whose last part is inflected: (دانش, اموزان) → دانشاموزان. */
  private static String inflectedCompound(Map<String, String> rest, String second) {
    for (String ending : COMPOUND_ENDINGS) {
      if (second.length() > ending.length() + 1 && second.endsWith(ending)) {
        String whole = rest.get(second.substring(0, second.length() - ending.length()));
        if (whole != null) {
          return whole + ending;
        }
      }
    }
    return null;
  }

  public String compound(String first, String second, String third) {
    Map<String, String> rest = compoundsStartingWith(first);
    return rest == null ? null : rest.get(second + ' ' + third);
  }

  /**
   * False when no compound starts with the term in {@code chars}; true when one may (a hash bit,
   * the same as {@link String#hashCode()}'s, so no String is made for most terms).
   */
  public boolean mayStartCompound(char[] chars, int length) {
    int h = 0;
    for (int i = 0; i < length; i++) {
      h = 31 * h + chars[i];
    }
    return compoundStartBits.get(h & 0xFFFF);
  }

  public boolean mayStartCompound(String first) {
    return compoundStartBits.get(first.hashCode() & 0xFFFF);
  }

  /** True when a compound of three parts (جست و جو) may start with {@code first}. */
  public boolean mayStartTriple(String first) {
    return tripleStarts.contains(first);
  }

  private Map<String, String> compoundsStartingWith(String first) {
    return compoundStartBits.get(first.hashCode() & 0xFFFF) ? compounds.get(first) : null;
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

  private void addHazmWord(String line, List<String> halfSpaced) {
    String[] f = line.split("\t");
    String word = f[0];
    boolean tagged = f.length > 2 && !"0".equals(f[2]);
    String folded = SearchFolding.fold(word);
    known.add(folded);
    if (tagged) {
      words.add(folded);
      if (f[2].contains("AJ")) {
        adjectives.add(folded);
      }
    }
    if (f.length > 2 && f[2].contains("PL")) {
      plurals.add(folded);
    }
    hamza.add(word, 0);
    if (tagged && word.indexOf('\u200C') >= 0) {
      halfSpaced.add(word);
    }
    spellings.add(word, 0, tagged);
  }

  private void addShekarWord(String line) {
    int comma = line.lastIndexOf(',');
    String word = comma > 0 ? line.substring(0, comma) : line;
    long freq = comma > 0 ? LexiconFiles.parseLong(line.substring(comma + 1)) : 0;
    String folded = SearchFolding.fold(word);
    known.add(folded);
    frequency.merge(folded, freq, Math::max);
    hamza.add(word, freq);
    spellings.add(word, freq, false);
  }

  private void addNoun(String folded) {
    known.add(folded);
    words.add(folded);
    singulars.add(folded);
  }

  /**
   * A Lilak line, {@code word,pos,…}: plural nouns are marked, other nouns and adjectives are
   * words.
   */
  private void addLilakWord(String line) {
    String[] f = line.split(",", -1);
    if (f.length < 2 || f[1].equals("verb") || f[1].isEmpty()) {
      return;
    }
    String folded = SearchFolding.fold(f[0]);
    known.add(folded);
    hamza.add(f[0], 0);
    if (f[1].equals("noun_plural")) {
      plurals.add(folded);
    } else if (f[1].equals("noun_singular")
        || f[1].startsWith("adjective")
        || f[1].equals("adverb")) {
      singulars.add(folded);
      if (!f[1].startsWith("adjective_")) {
        spellings.add(f[0], 0, true); // a spell checker's word as written: فیلتر is not فیل‌تر
      }
      if (f[0].indexOf('\u200C') < 0) {
        words.add(folded);
      }
    }
  }

  private void addCompound(String word) {
    String folded = SearchFolding.fold(word);
    known.add(folded);
    spellings.add(word, 1, true);
    String[] parts = splitParts(word);
    linkShortForm(parts, folded);
    if (parts.length < 2 || parts.length > 3 || startsWithParticle(parts[0])) {
      return;
    }
    StringBuilder rest = new StringBuilder();
    for (int i = 1; i < parts.length; i++) {
      rest.append(i == 1 ? "" : " ").append(SearchFolding.fold(parts[i]));
    }
    String start = SearchFolding.fold(parts[0]);
    compounds.computeIfAbsent(start, k -> new HashMap<>(4)).putIfAbsent(rest.toString(), folded);
    compoundStartBits.set(start.hashCode() & 0xFFFF);
    if (parts.length == 3) {
      tripleStarts.add(start);
    }
  }

  /**
   * A compound's parts as a writer may space them: حمل‌ونقل is حمل و نقل, so a part starting with
   * the conjunction و is two parts.
   */
  private static String[] splitParts(String word) {
    String[] parts = word.split("[\u200C ]");
    if (parts.length == 2 && parts[1].length() > 2 && parts[1].charAt(0) == '\u0648') {
      return new String[] {parts[0], "\u0648", parts[1].substring(1)};
    }
    return parts;
  }

  /** به‌عنوان, در‌باره … are left apart: joining them would hide the common word from searches. */
  private static boolean startsWithParticle(String first) {
    return switch (first) {
      case "به", "در", "از", "با", "بر", "تا", "که", "و", "را", "این", "آن", "هر", "چه", "یک" ->
          true;
      default -> false;
    };
  }

  private void addHazmVerb(String line) {
    String[] stems = line.split("#");
    if (!stems[0].isBlank()) {
      pastStems.add(SearchFolding.fold(stems[0]));
    }
    for (String stem : stems) {
      if (!stem.isBlank()) {
        verbStems.add(SearchFolding.fold(stem));
      }
    }
  }

  private void addShekarVerb(String line) {
    String[] stems = line.split(",");
    if (stems.length > 1 && !stems[1].isBlank()) {
      pastStems.add(SearchFolding.fold(stems[1]));
    }
    for (String stem : stems) {
      if (!stem.isBlank()) {
        verbStems.add(SearchFolding.fold(stem));
      }
    }
  }

  /** Compounds with و (جست‌وجو, گفت‌وگو) take their short form (جستجو) when the lists know it. */
  private void linkShortForm(String[] parts, String joined) {
    if (parts.length == 3 && parts[1].equals("\u0648")) {
      String shortForm = SearchFolding.fold(parts[0] + parts[2]);
      if (known.contains(shortForm)) {
        canonical.putIfAbsent(joined, shortForm);
      }
    }
  }
}
