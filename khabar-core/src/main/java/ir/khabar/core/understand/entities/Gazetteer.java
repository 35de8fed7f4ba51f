package ir.khabar.core.understand.entities;

import com.ibm.icu.util.ULocale;
import ir.khabar.core.Entity;
import ir.khabar.persian.lexicon.Lexicon;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The names Khabar knows: countries (the project's list, then ICU's Persian names for every other
 * region), their demonyms and capitals, Iran's provinces and cities, organisations, well-known
 * people; and the words around names: roles, honorifics, given names. Written for the project; see
 * the files in resources/ir/khabar/core/understand/entities. Names are keyed by their folded words
 * joined without spaces, so ZWNJ, space and joined writings, Arabic and Persian letters all meet.
 */
final class Gazetteer {
  private static final String DIR = "/ir/khabar/core/understand/entities/";

  /**
   * Everything known of a joined key: the name, role or honorific it is, and whether longer ones
   * start with it.
   */
  static final class Known {
    Entry name;
    String role;
    boolean honorific;
    boolean goesOn;

    /** Where a listed writing of the name breaks: {@link HalfSpaces#breaks}. */
    long apart;

    /** The letters the keys one letter longer go on with, sorted, and what is known of each. */
    private char[] letters = {};

    private Known[] next = {};

    /**
     * What is known of this key with {@code rest} after it, or null: a walk letter by letter, as
     * every prefix of a key is known ({@link #addPrefixes}), with no joined string to hash.
     */
    Known then(String rest) {
      Known k = this;
      for (int c = 0; c < rest.length() && k != null; c++) {
        int at = Arrays.binarySearch(k.letters, rest.charAt(c));
        k = at < 0 ? null : k.next[at];
      }
      return k;
    }
  }

  private final Map<String, Known> known = new HashMap<>();
  private final Set<String> givenNames = new HashSet<>();

  /** The first and last two letters of the given names: a quick no for most joined words. */
  private final Set<String> givenStarts = new HashSet<>();

  private final Set<String> givenEnds = new HashSet<>();
  private final Map<String, String> countryNames = new HashMap<>();

  /**
   * Each entity's names as written in the lists (demonyms aside), in the lists' order: what a
   * reader searches.
   */
  private final Map<String, List<String>> writings = new LinkedHashMap<>();

  private final Map<String, Entry> entries = new HashMap<>();
  private final Map<String, String> nameKeys = new ConcurrentHashMap<>();

  /** Each entity's canonical name, folded and joined: a mention written so is named in full. */
  private final Map<String, String> canonicalKeys = new HashMap<>();

  private int longest = 1;

  private static final Set<String> COMMON_WORDS =
      Set.of("مالی", "پرو", "چاد", "توگو", "جرزی", "گوام");

  static Gazetteer load() {
    Gazetteer g = new Gazetteer();
    // First writer wins on a shared name, so the order is the priority: people, organisations,
    // countries.
    // «کشورمان» ("our country") is Iran, but as a reference, not a name: it must not enter as a
    // country name.
    g.add("کشورمان", new Entry(Entity.Type.COUNTRY, "country-ir", "ایران", "ours", "IR"));
    rows("people.tsv", r -> g.people(r));
    rows("organisations.tsv", r -> g.organisation(r));
    rows("countries.tsv", r -> g.country(r));
    g.icuCountries();
    rows("iran-places.tsv", r -> g.iranPlace(r));
    rows("world-places.tsv", r -> g.worldPlace(r));
    rows("roles.tsv", r -> g.at(g.phrase(r[0])).role = r.length > 1 ? r[1] : "other");
    rows("honorifics.txt", r -> g.at(g.phrase(r[0])).honorific = true);
    rows("given-names.txt", r -> g.givenName(key(r[0])));
    g.link();
    return g;
  }

  /** Each known key linked to those one letter longer, for {@link Known#then}. */
  private void link() {
    List<String> keys = new ArrayList<>(known.keySet());
    Collections.sort(keys);
    for (String key : keys) {
      Known parent = key.length() < 2 ? null : known.get(key.substring(0, key.length() - 1));
      if (parent == null) {
        if (key.length() < 2) {
          continue; // a single letter: a walk starts at a word's own key
        }
        throw new IllegalStateException("a known key without its prefix: " + key);
      }
      int n = parent.letters.length;
      parent.letters = Arrays.copyOf(parent.letters, n + 1);
      parent.next = Arrays.copyOf(parent.next, n + 1);
      parent.letters[n] = key.charAt(key.length() - 1);
      parent.next[n] = known.get(key);
    }
  }

  private void people(String[] r) {
    Entry e = new Entry(Entity.Type.PERSON, r[0], r[1], "person", col(r, 2));
    add(r[1], e);
    aliases(col(r, 4), e);
  }

  private void organisation(String[] r) {
    Entry e = new Entry(Entity.Type.ORGANISATION, "org-" + r[0], r[1], col(r, 2), col(r, 3));
    add(r[1], e);
    aliases(col(r, 4), e);
  }

  private void country(String[] r) {
    String iso = r[0].toUpperCase(Locale.ROOT);
    String id = countryId(iso);
    Entry e = new Entry(Entity.Type.COUNTRY, id, r[1], "country", iso);
    countryNames.put(iso, r[1]);
    add(r[1], e);
    aliases(col(r, 2), e);
    aliases(col(r, 3), new Entry(Entity.Type.COUNTRY, id, r[1], "demonym", iso));
    String capital = col(r, 4);
    if (capital != null) {
      Entry c =
          new Entry(
              Entity.Type.PLACE,
              "capital-" + iso.toLowerCase(Locale.ROOT),
              capital,
              "capital",
              iso);
      add(capital, c);
      aliases(col(r, 5), c);
    }
  }

  private void icuCountries() {
    ULocale fa = new ULocale("fa");
    for (String iso : Locale.getISOCountries()) {
      String name = new ULocale("", iso).getDisplayCountry(fa);
      if (name.isBlank() || name.equals(iso)) {
        continue;
      }
      // ICU names every region; a name that is mostly a common word (مالی: "financial") is left
      // out.
      if (!countryNames.containsKey(iso) && COMMON_WORDS.contains(name)) {
        continue;
      }
      countryNames.putIfAbsent(iso, name);
      add(
          name,
          new Entry(Entity.Type.COUNTRY, countryId(iso), countryNames.get(iso), "country", iso));
    }
  }

  private void givenName(String key) {
    givenNames.add(key);
    if (key.length() >= 2) {
      givenStarts.add(key.substring(0, 2));
      givenEnds.add(key.substring(key.length() - 2));
    }
  }

  private void iranPlace(String[] r) {
    Entry e = new Entry(Entity.Type.PLACE, r[0], r[2], r[1], "IR");
    add(r[2], e);
    aliases(col(r, 4), e);
  }

  private void worldPlace(String[] r) {
    Entry e = new Entry(Entity.Type.PLACE, r[0], r[2], r[1], col(r, 3));
    add(r[2], e);
    aliases(col(r, 4), e);
  }

  private void aliases(String list, Entry e) {
    if (list != null) {
      for (String a : list.split("\\|")) {
        if (!a.isBlank()) {
          add(a.strip(), e);
        }
      }
    }
  }

  private void add(String name, Entry e) {
    List<Token> tokens = Tokens.of(name);
    if (tokens.isEmpty()) {
      return;
    }
    longest = Math.max(longest, tokens.size());
    if (!e.isCountryWord()) {
      entries.putIfAbsent(e.id(), e);
      List<String> w = writings.computeIfAbsent(e.id(), x -> new ArrayList<>());
      if (!w.contains(name)) {
        w.add(name);
      }
    }
    String joined = join(tokens, 0, tokens.size());
    if (name.equals(e.name())) {
      canonicalKeys.putIfAbsent(e.id(), joined);
    }
    Known k = at(joined);
    if (k.name == null) {
      k.name = e;
    }
    k.apart |= HalfSpaces.breaks(name, joined);
    addPrefixes(tokens);
  }

  private Known at(String key) {
    return known.computeIfAbsent(key, x -> new Known());
  }

  /** A role or honorific phrase's key, its prefixes noted. */
  private String phrase(String s) {
    List<Token> tokens = Tokens.of(s);
    longest = Math.max(longest, tokens.size());
    addPrefixes(tokens);
    return join(tokens, 0, tokens.size());
  }

  /**
   * Every proper prefix of the joined key, by characters: the text may join or split words
   * differently.
   */
  private void addPrefixes(List<Token> tokens) {
    String joined = join(tokens, 0, tokens.size());
    for (int c = 1; c < joined.length(); c++) {
      at(joined.substring(0, c)).goesOn = true;
    }
  }

  /** What is known of these words joined, or null. */
  Known known(String joinedKey) {
    return known.get(joinedKey);
  }

  static String countryId(String iso) {
    return "country-" + iso.toLowerCase(Locale.ROOT);
  }

  String countryName(String iso) {
    return countryNames.getOrDefault(iso, iso);
  }

  Entry name(String joinedKey) {
    Known k = known.get(joinedKey);
    return k == null ? null : k.name;
  }

  /**
   * Every entity the lists name (demonyms aside) with its names as written, the canonical name
   * first.
   */
  Map<String, List<String>> writings() {
    return Collections.unmodifiableMap(writings);
  }

  /** The folded, joined writings of an entity, «|»-separated: what a given name must agree with. */
  String nameKeys(String id) {
    return nameKeys.computeIfAbsent(
        id,
        x ->
            String.join(
                "|", writings.getOrDefault(x, List.of()).stream().map(Gazetteer::key).toList()));
  }

  /** A listed name's evidence: in full as the lists write it, or another of its writings. */
  Entity.Evidence evidence(Entry e, String joinedKey) {
    return joinedKey.equals(canonicalKeys.get(e.id()))
        ? Entity.Evidence.FULL_NAME
        : Entity.Evidence.ALIAS;
  }

  Entry entry(String id) {
    return entries.get(id);
  }

  boolean isGivenName(String key) {
    if (givenNames.contains(key)) {
      return true;
    }
    if (!mayJoinGivenNames(key) || Words.breaksName(key)) {
      return false; // «علیهما» (upon them both) is no «علی» and «هما» joined
    }
    Boolean joined = joinedGiven.get(key);
    if (joined == null) {
      joined = isJoinedGivenNames(key);
      if (joinedGiven.size() < 200_000) {
        joinedGiven.put(key, joined);
      }
    }
    return joined;
  }

  /** Words already tried as two joined given names (news repeats its words). */
  private final Map<String, Boolean> joinedGiven = new ConcurrentHashMap<>();

  /** Two given names written as one word: سعیدرضا, امیرهوشنگ, سیدمهدی. */
  boolean isJoinedGivenNames(String key) {
    for (int c = 2; c <= key.length() - 2; c++) {
      if (givenNames.contains(key.substring(0, c)) && givenNames.contains(key.substring(c))) {
        return true;
      }
    }
    return false;
  }

  /** Most words start or end as no given name does, and are no two given names joined. */
  private boolean mayJoinGivenNames(String key) {
    return key.length() >= 4
        && givenStarts.contains(key.substring(0, 2))
        && givenEnds.contains(key.substring(key.length() - 2));
  }

  /** The most words any known name has. */
  int longest() {
    return longest;
  }

  static String join(List<Token> tokens, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i < to; i++) {
      b.append(keyOf(tokens.get(i)));
    }
    return b.toString();
  }

  /**
   * A word as names are looked up: one spelling where its hamza seat varies («هیأت», «هیات» and
   * «هیئت دولت» are one cabinet), so that a name listed in one spelling is found in every other.
   */
  static String keyOf(Token t) {
    return keyOf(t.key());
  }

  /** A folded word as names are looked up (see {@link #keyOf(Token)}). */
  static String keyOf(String key) {
    return Lexicon.get().canonical(key);
  }

  private static String key(String s) {
    List<Token> t = Tokens.of(s);
    return join(t, 0, t.size());
  }

  static String col(String[] r, int i) {
    return i < r.length && !r[i].isBlank() && !r[i].equals("-") ? r[i].strip() : null;
  }

  static void rows(String file, Consumer<String[]> row) {
    InputStream in = Gazetteer.class.getResourceAsStream(DIR + file);
    if (in == null) {
      throw new IllegalStateException("missing gazetteer " + DIR + file);
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          row.accept(line.split("\t", -1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
