package ir.khabar.core.understand.entities;

import ir.khabar.core.Entity;
import java.util.List;

/**
 * Places a list names by their second word alone after one named in full: «استانداران خراسان رضوی،
 * جنوبی و شمالی» names South and North Khorasan, «کره شمالی و جنوبی» both Koreas. An item is such a
 * place when the first place's words before its last, with the item, are a listed place of the same
 * kind.
 */
final class SiblingPlaces {
  private SiblingPlaces() {}

  static void find(Scan s, List<Candidate> out) {
    for (int i = 0; i < s.size(); i++) {
      Entry e = s.name[i];
      int n = s.nameLength[i];
      if (e == null
          || n < 2
          || e.type() == Entity.Type.PERSON
          || e.type() == Entity.Type.ORGANISATION) {
        continue;
      }
      String head = s.join(i, i + n - 1);
      for (int k = s.nextListItem(i + n - 1); k > 0; k = s.nextListItem(k)) {
        String key = head + s.join(k, k + 1);
        Entry sibling = s.gazetteer().name(key);
        if (sibling == null || sibling.type() != e.type() || sibling.id().equals(e.id())) {
          break;
        }
        out.add(
            Candidate.listed(
                k, k + 1, sibling, Candidate.PLACE, null, s.gazetteer().evidence(sibling, key)));
      }
    }
  }
}
