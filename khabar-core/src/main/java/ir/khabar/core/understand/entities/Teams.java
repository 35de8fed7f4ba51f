package ir.khabar.core.understand.entities;

import ir.khabar.core.Entity;
import ir.khabar.persian.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sports clubs, which news names without a head word once the reader knows them: a club is
 * introduced by the people who belong to it («سرمربی اتلتیکو مادرید», «هافبک یوونتوس», «هواداران
 * سویا») or by its head word («باشگاه سویا», «تیم سپاهان»), and then named bare anywhere in the
 * article («سویا را شکست داد»). A club's own name is a word no list holds (a common word such as
 * استقلال or ملوان is not taken), and the city that follows it (اتلتیکو «مادرید»).
 */
final class Teams {
  /** People and words of a club, before its name: the club is theirs. */
  private static final Set<String> MEMBERS =
      Words.folded(
          "سرمربی",
          "هواداران",
          "هوادار",
          "مهاجم",
          "هافبک",
          "مدافع",
          "دروازه\u200cبان",
          "دروازهبان",
          "کاپیتان",
          "ستاره");

  /** Head words whose name, once read, is the club's name alone too. */
  private static final Set<String> HEADS = Words.folded("باشگاه", "تیم");

  private static final int MAX_WORDS = 3;

  private static final String CITY = Tokens.of("شهر").get(0).key();

  /** Whether a word heads a club's name (باشگاه, تیم). */
  static boolean isHead(String key) {
    return HEADS.contains(key);
  }

  /** Whether a word is one of a club's people, read once per word ({@link WordFacts}). */
  static boolean isMember(String key) {
    return MEMBERS.contains(key);
  }

  private Teams() {}

  /** «سرمربی آرژانتینی اتلتیکو مادرید»: the club after one of its people. */
  static void find(Scan s, List<Candidate> out) {
    for (int i = 0; i + 1 < s.size(); i++) {
      if (!s.teamMember(i) || !s.adjacent(i)) {
        continue;
      }
      int from = i + 1;
      if (from + 1 < s.size() && s.adjacent(from) && nationality(s, from)) {
        from++; // «سرمربی آرژانتینی اتلتیکو»
      }
      int to = nameEnd(s, from);
      if (to > from) {
        out.add(
            Candidate.read(s, from, to, Entity.Type.ORGANISATION, "team", Candidate.ORGANISATION));
      }
    }
  }

  /** A demonym or another plain adjective in «ی» between a club's person and the club. */
  private static boolean nationality(Scan s, int x) {
    Entry e = s.name[x];
    return e != null && "demonym".equals(e.kind());
  }

  /**
   * Where a club's name from token {@code from} ends: a word no list holds (no given or family
   * name's shape), then such words or places, up to three words; {@code from} when there is none.
   */
  private static int nameEnd(Scan s, int from) {
    if (from >= s.size() || !ownWord(s, from)) {
      return from;
    }
    int to = from + 1;
    while (to < s.size()
        && to - from < MAX_WORDS
        && s.adjacent(to - 1)
        && (ownWord(s, to) || OrganisationName.isPlaceName(s.name[to]))) {
      to += s.name[to] != null ? s.nameLength[to] : 1;
    }
    return to;
  }

  /** Below this web frequency a word is rare enough to be a club's own name (سویا, سپاهان). */
  private static final long RARE = 10_000_000;

  private static boolean ownWord(Scan s, int x) {
    String key = s.key(x);
    return !SportsPages.isSportWord(key) // «هافبک گلزن»: the player's part, not his club
        && (s.unknown(x)
            || !s.breaks(x)
                && Lexicon.get().frequency(key) < RARE
                && !Lexicon.get().isAdjective(key)
                && !Lexicon.get().isPlural(key)
                && !key.endsWith("ی"))
        && s.name[x] == null
        && s.roleLength[x] == 0
        && s.honorificLength[x] == 0
        && !s.givenName(x)
        && !FamilyNameShapes.looksLikeSurname(s.key(x))
        && !LatinNames.hasLatin(s.key(x));
  }

  /**
   * The clubs the article has named, found again where they stand bare: «سویا» after «باشگاه سویا»,
   * «اتلتیکو» after «اتلتیکو مادرید». A place read inside the longer name gives way to it.
   */
  static void extend(Scan s, List<Candidate> chosen) {
    Map<List<String>, Candidate> names = new LinkedHashMap<>();
    for (Candidate c : chosen) {
      if (c.type() != Entity.Type.ORGANISATION) {
        continue;
      }
      boolean listed = "club".equals(c.kind()); // the list gives its words: no need to read them
      int from =
          HEADS.contains(s.key(c.from()))
              ? c.from() + 1 // «باشگاه پرسپولیس»: not every «باشگاه» after it
              : listed || "team".equals(c.kind()) ? c.from() : -1;
      while (from > c.from() && from + 1 < c.to() && GenericHeads.isSport(s.key(from))) {
        from++; // «تیم فوتبال سپاهان»: not every «فوتبال» after it
      }
      if (from < 0 || from >= c.to() || !listed && nameEnd(s, from) != c.to()) {
        continue;
      }
      names.putIfAbsent(keys(s, from, c.to()), c);
      names.putIfAbsent(List.of(s.key(from)), c); // «اتلتیکو» of «اتلتیکو مادرید»
      String bare = withoutEzafe(s.key(from));
      if (listed && bare != null) {
        names.putIfAbsent(List.of(bare), c); // «صبا» of «صبای قم»
      }
    }
    if (names.isEmpty()) {
      return;
    }
    List<List<String>> longestFirst = new ArrayList<>(names.keySet());
    longestFirst.sort(Comparator.comparingInt((List<String> n) -> n.size()).reversed());
    BitSet taken = new BitSet();
    chosen.forEach(c -> taken.set(c.from(), c.to()));
    List<Candidate> added = new ArrayList<>();
    for (List<String> name : longestFirst) {
      for (int i = 0; i + name.size() <= s.size(); i++) {
        int to = i + name.size();
        if (matches(s, i, name) && free(chosen, taken, i, to) && !cityOrSum(s, i)) {
          Candidate club = names.get(name);
          added.add(
              new Candidate(
                  i,
                  to,
                  Entity.Type.ORGANISATION,
                  club.id(),
                  club.name(),
                  "team",
                  null,
                  Candidate.ORGANISATION,
                  club.country(),
                  club.evidence()));
          taken.set(i, to);
        }
      }
    }
    for (Candidate a : added) {
      chosen.removeIf(c -> c.from() >= a.from() && c.to() <= a.to()); // «مادرید» of the club
    }
    chosen.addAll(added);
  }

  /**
   * Whether a club's name at token i stands for something else: the city after «شهر» («در شهر
   * بارسلونا»), the currency after a number («۵۰۰ میلیون ریال» after «رئال مادرید», folded ریال).
   */
  static boolean cityOrSum(Scan s, int i) {
    return i > 0 && (s.counted(i - 1) || s.key(i - 1).equals(CITY));
  }

  /** A word in «ای» or «وی» without the «ی» of its ezafe (صبای → صبا), or null. */
  private static String withoutEzafe(String key) {
    return key.length() > 3 && (key.endsWith("ای") || key.endsWith("وی"))
        ? key.substring(0, key.length() - 1)
        : null;
  }

  /**
   * Whether tokens [from, to) are free for a club's name: nothing chosen there but places that lie
   * inside it («اتلتیکو مادرید»); «ورزشگاه سویا», a place around it, keeps its words.
   */
  private static boolean free(List<Candidate> chosen, BitSet taken, int from, int to) {
    int next = taken.nextSetBit(from);
    if (next < 0 || next >= to) {
      return true;
    }
    return freeOf(chosen, from, to);
  }

  /**
   * Whether nothing is chosen over tokens [from, to) but places and countries (no demonym) that lie
   * inside them, which give way to a club's name around them («اتلتیکو مادرید»).
   */
  static boolean freeOf(List<Candidate> chosen, int from, int to) {
    for (Candidate c : chosen) {
      if (c.from() < to && from < c.to() && !(isPlace(c) && c.from() >= from && c.to() <= to)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isPlace(Candidate c) {
    return c.type() == Entity.Type.PLACE
        || c.type() == Entity.Type.COUNTRY && !"demonym".equals(c.kind());
  }

  private static boolean matches(Scan s, int i, List<String> name) {
    for (int k = 0; k < name.size(); k++) {
      if (!s.key(i + k).equals(name.get(k)) || k > 0 && !s.adjacent(i + k - 1)) {
        return false;
      }
    }
    return true;
  }

  private static List<String> keys(Scan s, int from, int to) {
    List<String> k = new ArrayList<>();
    for (int i = from; i < to; i++) {
      k.add(s.key(i));
    }
    return k;
  }
}
