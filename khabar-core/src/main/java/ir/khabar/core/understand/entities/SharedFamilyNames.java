package ir.khabar.core.understand.entities;

import ir.khabar.core.Entity;
import ir.khabar.persian.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A listed person's family name alone where the lists give it as no one's writing, for it is shared
 * («رایس»: Condoleezza and Susan Rice; «خاتمی»: Mohammad and Ahmad Khatami): the word cannot say
 * which of them is meant, but when every listed bearer serves one country it says that a person of
 * that country is. Where the word stands as a name does (opening a sentence or clause, after a word
 * names follow: «سفر رایس به مسکو», or before a verb of saying) it is an unlisted person serving
 * that country, and a one-word person read otherwise («خانم رایس») serves it too. One named in full
 * elsewhere in the text takes the word ({@link Coreference}). A given name («حسین») is left alone.
 */
final class SharedFamilyNames {
  /**
   * «حمد بن عیسی آل خلیفه», «سلمان بن عبدالعزیز»: after these the last word is a house or a father,
   * no family name a person is called by alone («خلیفه» alone is a caliph).
   */
  private static final Set<String> LINKS = Words.folded("بن", "بنت", "آل", "ابن");

  /** Each shared family name's country (the one all its listed bearers serve). */
  private static final Map<String, String> COUNTRY = new HashMap<>();

  /** Each shared family name's listed bearers, by id. */
  private static final Map<String, List<String>> BEARERS = new HashMap<>();

  static {
    read();
  }

  private SharedFamilyNames() {}

  /** Reads people.tsv once: each family name's bearers, and the country they share. */
  private static void read() {
    Map<String, List<String[]>> rows = new HashMap<>();
    EntityRecognizer.gazetteerRows(
        "people.tsv",
        r -> {
          String last = familyKey(r[1]);
          if (last != null) {
            rows.computeIfAbsent(last, k -> new ArrayList<>()).add(r);
          }
        });
    rows.forEach(
        (last, bearers) -> {
          String iso = sharedCountry(bearers);
          // one bearer's family name, given no writing of its own, is left so on purpose (روحانی)
          if (iso != null && nameLike(last)) {
            COUNTRY.put(last, iso);
            BEARERS.put(last, bearers.stream().map(r -> r[0]).toList());
          }
        });
  }

  /** The country two bearers or more with a country all serve, or null. */
  private static String sharedCountry(List<String[]> bearers) {
    String iso = null;
    int placed = 0;
    for (String[] r : bearers) {
      if (r.length > 2 && !r[2].isBlank() && !r[2].equals("-")) {
        if (iso != null && !iso.equals(r[2])) {
          return null;
        }
        iso = r[2];
        placed++;
      }
    }
    return placed >= 2 ? iso : null;
  }

  /**
   * The gazetteer key of a listed person's family name, the last word of the name, or null for a
   * name of one word or one whose last word is a house or a father's («… آل خلیفه», «… بن
   * عبدالعزیز»).
   */
  static String familyKey(String fullName) {
    List<Token> words = Tokens.of(fullName);
    int n = words.size();
    if (n < 2 || LINKS.contains(words.get(n - 2).key())) {
      return null;
    }
    return Gazetteer.keyOf(words.get(n - 1).key());
  }

  /**
   * Whether the word reads as a name more often than as a word: no adjective (حسینی, شریف, ثانی),
   * no word in «ی» made from a word seen at least as often (صالحی of صالح), no other everyday word
   * (سلام, "hello").
   */
  private static boolean nameLike(String key) {
    return !Lexicon.get().isAdjective(key)
        && !(key.endsWith("ی") ? EverydayNames.relational(key) : Words.everyday(key));
  }

  static void find(Scan s, List<Candidate> chosen) {
    BitSet taken = new BitSet();
    for (int x = 0; x < chosen.size(); x++) {
      Candidate c = chosen.get(x);
      taken.set(c.from(), c.to());
      String iso = c.length() == 1 && unlistedPerson(c) ? countryOf(s, c.from()) : null;
      if (iso != null) {
        Entry bearer = byOffice(s, c.from());
        chosen.set(x, bearer != null ? listed(c.from(), bearer) : c.inCountry(iso));
      }
    }
    for (int i = 0; i < s.size(); i++) {
      String iso = taken.get(i) ? null : countryOf(s, i);
      if (iso != null && givenSpelledOtherwise(s, i, taken)) {
        chosen.add(withGiven(s, i, iso));
        taken.set(i - 1, i + 1);
      } else if (iso != null && (BareAliases.nameSlot(s, i) || BareAliases.speechAfter(s, i + 1))) {
        Entry bearer = byOffice(s, i);
        chosen.add(
            bearer != null
                ? listed(i, bearer)
                : Candidate.read(
                        s, i, i + 1, Entity.Type.PERSON, "person", Candidate.PATTERN_PERSON)
                    .inCountry(iso));
      }
    }
  }

  /**
   * Whether a word no list or lexicon holds stands right before the shared family name at token i:
   * a given name in another transliteration («کاندالیزا رایس»), the two words one person's.
   */
  private static boolean givenSpelledOtherwise(Scan s, int i, BitSet taken) {
    int g = i - 1;
    return g >= 0
        && !taken.get(g)
        && s.adjacent(g)
        && s.unknown(g)
        && !s.breaks(g)
        && s.name[g] == null
        && s.roleLength[g] == 0
        && s.honorificLength[g] == 0
        && !(g > 0 && Words.isTalkHalf(s.key(g - 1), s.key(g))); // «گفت وگوهای رایس»
  }

  /**
   * The bearer whose given name the word before spells otherwise (long vowels and hamza seat aside:
   * «کاندالیزا», «کاندولیزا»), or an unlisted person of their country named by both words.
   */
  private static Candidate withGiven(Scan s, int i, String iso) {
    String given = ForeignSpellings.skeleton(s.key(i - 1));
    for (String id : BEARERS.getOrDefault(s.join(i, i + 1), List.of())) {
      Entry e = s.gazetteer().entry(id);
      List<Token> words = Tokens.of(e.name());
      if (words.size() == 2 && ForeignSpellings.skeleton(words.get(0).key()).equals(given)) {
        return Candidate.listed(
            i - 1, i + 1, e, Candidate.KNOWN_PERSON, e.country(), Entity.Evidence.GIVEN_AND_FAMILY);
      }
    }
    return Candidate.read(s, i - 1, i + 1, Entity.Type.PERSON, "person", Candidate.PATTERN_PERSON)
        .inCountry(iso);
  }

  /**
   * The one bearer of the shared family name at token i whose kind of office the text names
   * («خاتمی» where a president is spoken of: Mohammad Khatami, not Tehran's Friday prayer leader),
   * or null when none or several are.
   */
  private static Entry byOffice(Scan s, int i) {
    Entry found = null;
    for (String id : BEARERS.getOrDefault(s.join(i, i + 1), List.of())) {
      if (ListedOffices.inText(s, id)) {
        if (found != null) {
          return null;
        }
        found = s.gazetteer().entry(id);
      }
    }
    return found;
  }

  private static Candidate listed(int i, Entry bearer) {
    return Candidate.listed(
        i, i + 1, bearer, Candidate.KNOWN_PERSON, bearer.country(), Entity.Evidence.ROLE);
  }

  private static boolean unlistedPerson(Candidate c) {
    return c.type() == Entity.Type.PERSON && c.country() == null && c.id().startsWith("person-");
  }

  /** The country of the listed family name at token i, when it is one and no given name. */
  private static String countryOf(Scan s, int i) {
    String iso = COUNTRY.get(s.join(i, i + 1)); // the word's gazetteer key, found once per word
    if (iso == null || s.name[i] != null || s.givenName(i)) {
      return null;
    }
    return iso;
  }
}
