package ir.khabar.core.understand.entities;

import ir.khabar.core.Entity;
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

  private HolyNames() {}

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
        unlinked ? "person-" + Gazetteer.join(s.tokens, named, c.to()) : c.id(),
        unlinked ? s.surface(named, c.to()) : c.name(),
        c.kind(),
        c.role(),
        c.priority(),
        c.country(),
        c.evidence());
  }
}
