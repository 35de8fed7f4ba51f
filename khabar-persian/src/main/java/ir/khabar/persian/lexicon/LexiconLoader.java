package ir.khabar.persian.lexicon;

import ir.khabar.persian.text.SearchFolding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the vendored lists (hazm, shekar, Lilak) and Khabar's own into the sets and maps a {@link
 * Lexicon} looks words up in: which list says what about a word is decided here, once.
 */
final class LexiconLoader {
  private static final String DIR = "/ir/khabar/persian/lexicon/";

  final Set<String> words = new HashSet<>(80_000);
  final Set<String> known = new HashSet<>(300_000);
  final Set<String> adjectives = new HashSet<>(20_000);

  /** Words Lilak tags as adverbs: اخیراً، قانوناً، بالا. */
  final Set<String> adverbs = new HashSet<>(4_000);

  final Set<String> verbStems = new HashSet<>(3_000);
  final Set<String> pastStems = new HashSet<>(1_500);
  final Set<String> stopwords = new HashSet<>(256);

  /**
   * Words a list tags as plural (hazm PL, Lilak noun_plural): listed, yet inflected forms of a
   * stem.
   */
  final Set<String> plurals = new HashSet<>(4_000);

  /**
   * Words Lilak tags as singular nouns, adjectives or adverbs: گرگان the city, though hazm says
   * plural.
   */
  final Set<String> singulars = new HashSet<>(40_000);

  /**
   * Web frequencies of the folded words (shekar's vocabulary): which of two readings is likelier.
   */
  final Map<String, Long> frequency = new HashMap<>(100_000);

  final HamzaSpellings hamza = new HamzaSpellings();
  final Set<String> names = new HashSet<>(512);

  /** Compounds by their first part, then the rest of their parts: "ایین" → "نامه" → "اییننامه". */
  final Map<String, Map<String, String>> compounds = new HashMap<>(10_000);

  final Map<String, String> canonical = new HashMap<>(2_000);
  final SpellingTable spellings = new SpellingTable();

  private LexiconLoader() {}

  static LexiconLoader load() {
    LexiconLoader l = new LexiconLoader();
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
    l.addWithout();
    l.hamza.linkInto(l.canonical, l.frequency);
    return l;
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
      if (f[1].equals("adverb")) {
        adverbs.add(folded);
      }
      if (!f[1].startsWith("adjective_")) {
        spellings.add(f[0], 0, true); // a spell checker's word as written: فیلتر is not فیل‌تر
      }
      if (f[0].indexOf('\u200C') < 0) {
        words.add(folded);
      }
    }
  }

  /**
   * «بی» («without»), «غیر» («non-»), «ابر» («super-»), «فرا» («trans-»), «ضد» («anti-») and «پسا»
   * («post-») before a word make one: a word the lists write joined with one (بیکاری، غیرقانونی،
   * ابرقدرت، فراملی) is a compound too, so «بی کاری» and «ابر قدرت» spaced join as «بی سابقه» does
   * (the half-spaced lists give only some of them). «غیر از» and «ابر سیاه» stay apart: «غیراز» and
   * «ابرسیاه» are no words.
   */
  private static final List<String> BOUND_PREFIXES =
      List.of("بی", "غیر", "ابر", "فرا", "ضد", "پسا");

  private void addWithout() {
    for (String prefix : BOUND_PREFIXES) {
      for (String word : List.copyOf(words)) {
        String rest = word.substring(Math.min(word.length(), prefix.length()));
        if (word.startsWith(prefix) && rest.length() > 2 && words.contains(rest)) {
          compounds.computeIfAbsent(prefix, k -> new HashMap<>(4)).putIfAbsent(rest, word);
        }
      }
    }
  }

  private void addCompound(String entry) {
    String word = entry.replace('#', '\u200C'); // شکار marks some parts so: غیر#نفتی
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
  }

  /**
   * A compound's parts as a writer may space them: حمل‌ونقل is حمل و نقل, so a part starting with
   * the conjunction و is two parts, unless that part is a word of its own: نخست‌وزیر is نخست وزیر,
   * هم‌وطن is هم وطن (read as «و زیر» and «و طن», a spaced نخست وزیر was never joined).
   */
  private String[] splitParts(String word) {
    String[] parts = word.split("[\u200C ]");
    if (parts.length == 2
        && parts[1].length() > 2
        && parts[1].charAt(0) == '\u0648'
        && !words.contains(SearchFolding.fold(parts[1]))) {
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
