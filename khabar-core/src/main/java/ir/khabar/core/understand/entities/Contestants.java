package ir.khabar.core.understand.entities;

import ir.khabar.core.Entity;
import ir.khabar.persian.lexicon.Lexicon;
import java.util.List;

/**
 * Players and contestants named with the country they come from, as sports news lists them: the
 * names are foreign and rare, and «از» and a country follow them.
 */
final class Contestants {
  private Contestants() {}

  /**
   * «داوید تلاشادزه از گرجستان», «یاکوب گور از ترکیه»: two name-shaped words and the country a
   * player or contestant comes from.
   */
  static void find(Scan s, List<Candidate> out) {
    for (int i = 2; i + 1 < s.size(); i++) {
      Entry e = s.name[i + 1];
      if (s.key(i).equals("از")
          && e != null
          && e.type() == Entity.Type.COUNTRY
          && s.adjacent(i)
          && s.adjacent(i - 1)
          && s.adjacent(i - 2)
          && rareName(s, i - 1)
          && rareName(s, i - 2)) {
        out.add(
            Candidate.read(s, i - 2, i, Entity.Type.PERSON, "person", Candidate.PATTERN_PERSON));
      }
    }
  }

  /**
   * A word that may be a foreign name: a given name, unlisted, or rarer than everyday words; no
   * plural or word bound by the ezafe («نیروهای اشغالگر از عراق» are the occupying forces).
   */
  private static boolean rareName(Scan s, int x) {
    String key = s.key(x);
    return !Words.isFunctionWord(key)
        && s.name[x] == null
        && s.roleLength[x] == 0
        && !Words.isTitleWord(key)
        && !FamilyNameShapes.ezafe(key)
        && !TitleNames.plural(key)
        && (s.givenName(x) || s.unknown(x) || Lexicon.get().frequency(key) < RARE);
  }

  private static final long RARE = 2_000_000;
}
