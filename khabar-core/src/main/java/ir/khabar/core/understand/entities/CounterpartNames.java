package ir.khabar.core.understand.entities;

import ir.khabar.core.Entity;
import java.util.List;
import java.util.Set;

/**
 * A person named right after «همتای» and a demonym with a reflexive or possessive ending («با همتای
 * عمانی خود بدر البوسعیدی», «همتای ارمنی‌اش آرارات میرزویان») holds the same office in the country
 * the demonym names. Without the ending the name is whose counterpart it is («همتای روس عراقچی» is
 * Araghchi's Russian counterpart), and no name is read.
 */
final class CounterpartNames {
  private static final Set<String> COUNTERPART = Words.folded("همتای", "همتایان");
  private static final Set<String> REFLEXIVE = Words.folded("خود", "خویش");

  private CounterpartNames() {}

  static void find(Scan s, List<Candidate> out) {
    for (int i = 0; i + 2 < s.size(); i++) {
      Entry demonym = s.name[i + 1];
      if (!COUNTERPART.contains(s.key(i))
          || !s.adjacent(i)
          || demonym == null
          || !demonym.kind().equals("demonym")) {
        continue;
      }
      int j = i + 1 + s.nameLength[i + 1];
      if (!s.possessive(i + 1)) {
        if (j >= s.size() || !s.adjacent(j - 1) || !REFLEXIVE.contains(s.key(j))) {
          continue;
        }
        j++;
      }
      int n = j < s.size() && s.adjacent(j - 1) ? Appositions.foreignName(s, j) : 0;
      if (n > 0) {
        out.add(
            Candidate.read(s, j, j + n, Entity.Type.PERSON, "person", Candidate.PATTERN_PERSON)
                .withRole(s.surface(i, j), demonym.country()));
      }
    }
  }
}
