package ir.khabar.core.understand.entities;

import ir.khabar.core.Entity;

/**
 * Another bearer of a listed person's family name: a given name the listed person does not have,
 * right before the family name («فرهاد ظریف», «صبا همتی», «مهدی حاجی زاده»), makes the two words
 * someone else, even where the given name is also an everyday word (صبا, فرهاد): before a listed
 * family name it is a name. A function word or a title before it (ولی ظریف, امیر قطر) is no given
 * name.
 */
final class OtherBearers {
  private OtherBearers() {}

  /**
   * Whether a given name the listed person {@code e} lacks stands right before token {@code from},
   * where a family name alone of theirs starts.
   */
  static boolean givenBefore(Scan s, int from, Entry e) {
    int g = from - 1;
    return e.type() == Entity.Type.PERSON
        && g >= 0
        && s.adjacent(g)
        && s.name[g] == null
        && s.honorificLength[g] == 0
        && s.roleLength[g] == 0
        && s.givenName(g)
        && !Words.isFunctionWord(s.key(g))
        && !Words.isTitleWord(s.key(g))
        && !NameEvidence.agrees(s, g, from, e);
  }
}
