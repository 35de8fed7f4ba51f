package ir.khabar.core.understand.entities;

import ir.khabar.core.Entity;
import ir.khabar.persian.text.SearchFolding;
import java.util.List;
import java.util.Set;

/**
 * Holy figures are named with their title and blessing: «امام حسین (ع)», «حضرت زینب (س)», «امام
 * خمینی (ره)». «امام» and «حضرت» are titles elsewhere, but before a holy name they are how the
 * figure is called: «حسین» alone is anyone. A person's mention right after one of them (or both)
 * takes them in, and the blessing in brackets after it; a name no list links is named so too.
 */
final class HolyNames {
  private static final Set<String> TITLES = Words.folded("امام", "حضرت");

  /** Longer mentions after «امام» are a person's full name, whose title is only a title. */
  private static final int MAX_NAME = 2;

  private static final String IMAM = SearchFolding.fold("امام");

  /**
   * Epithets that name a holy figure after «امام»: «امام زمان», «امام عصر»; «امام ره», «امام همام»
   * and «امام قدس [سره]» are Imam Khomeini.
   */
  private static final Set<String> EPITHETS = Words.folded("زمان", "عصر", "ره", "همام", "قدس");

  private HolyNames() {}

  /** Whether the word at j is an epithet a holy title names a figure by: «امام زمان (عج)». */
  static boolean epithet(Scan s, int j) {
    return j > 0 && j < s.size() && title(s, j - 1) && EPITHETS.contains(s.key(j));
  }

  /**
   * Whether the word at j after «امام» is a common word, so no name: «امام مسجد» (a mosque's imam),
   * «امام خویش»; a holy figure is named by a given name, an epithet, an ordinal or with a blessing
   * after («امام معصوم (ع)»). After «حضرت» the epithets are many (اباعبدالله, ولیعصر, نوح) and no
   * word is read so.
   */
  static boolean commonAfterTitle(Scan s, int j) {
    return j > 0
        && j + 1 < s.size()
        && title(s, j - 1)
        && s.key(j - 1).equals(IMAM)
        && Eponyms.blessing(s, j + 1) == j + 1 // «امام معصوم (ع)» is a holy figure
        && !s.givenName(j)
        && !s.unknown(j)
        && s.name[j] == null
        && !Words.isOrdinal(s.key(j))
        && !EPITHETS.contains(s.key(j));
  }

  /** Widens each person's mention a holy title introduces; runs after every link is made. */
  static void widen(Scan s, List<Candidate> chosen) {
    for (int x = 0; x < chosen.size(); x++) {
      Candidate c = chosen.get(x);
      int from = titleStart(s, c);
      if (from < c.from()) {
        chosen.set(x, widened(s, c, from, Eponyms.blessing(s, c.to())));
      }
    }
  }

  /** Where the holy titles right before c start; c.from() when none. */
  private static int titleStart(Scan s, Candidate c) {
    if (c.type() != Entity.Type.PERSON || c.length() > MAX_NAME) {
      return c.from();
    }
    int from = c.from();
    while (from > 0 && from > c.from() - 2 && title(s, from - 1)) {
      from--;
    }
    return from;
  }

  private static boolean title(Scan s, int i) {
    return s.honorificLength[i] == 1 && s.adjacent(i) && TITLES.contains(s.key(i));
  }

  /**
   * The mention over [from, to); a name no list links is named with the title nearest it, so that
   * «حضرت امام رضا» and «امام رضا» are one figure.
   */
  private static Candidate widened(Scan s, Candidate c, int from, int to) {
    boolean unlinked = c.id().startsWith("person-");
    int named = c.from() - 1;
    return new Candidate(
        from,
        to,
        c.type(),
        unlinked ? "person-" + s.join(named, c.to()) : c.id(),
        unlinked ? s.surface(named, c.to()) : c.name(),
        c.kind(),
        c.role(),
        c.priority(),
        c.country(),
        c.evidence());
  }
}
