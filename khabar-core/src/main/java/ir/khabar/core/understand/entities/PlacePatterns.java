package ir.khabar.core.understand.entities;

import ir.khabar.core.Entity;
import ir.khabar.persian.lexicon.Lexicon;
import ir.khabar.persian.text.SearchFolding;
import java.util.List;
import java.util.Set;

/**
 * Named places no list knows, read from a head word and the name after it: «روستای لاسجرد», «تالاب
 * هشیلان», «میدان باهنر», «تالار وحدت». As CONVENTIONS.md has it, a named facility or street is one
 * place span with its head word.
 */
final class PlacePatterns {
  private static final Set<String> HEADS =
      Words.folded(
          "روستای",
          "تالاب",
          "دریاچه",
          "قلعه",
          "تالار",
          "کاروانسرای",
          "استادیوم",
          "ورزشگاه",
          "میدان",
          "خیابان",
          "بلوار",
          "شهرک",
          "محله",
          "چشمه",
          "رودخانه",
          "جزیره",
          "فرودگاه",
          "مسجد",
          "امامزاده");

  private static final int MAX_WORDS = 3;

  private PlacePatterns() {}

  static void find(Scan s, List<Candidate> out) {
    for (int i = 0; i + 1 < s.size(); i++) {
      if (!HEADS.contains(s.key(i)) || !s.adjacent(i) || s.glued(i + 1) || generic(s, i)) {
        continue;
      }
      int j = i + 1;
      int named = -1;
      while (j < s.size() && j - i <= MAX_WORDS && (j == i + 1 || s.adjacent(j - 1))) {
        if (OrganisationName.isPlaceName(s.name[j])) {
          j += s.nameLength[j]; // «روستای شهیدآباد قزوین»: the place it lies in ends the name
          named = j;
          break;
        }
        if (!nameWord(s, j)) {
          break;
        }
        j++;
        named = rare(s, j - 1) ? j : named;
      }
      if (named > i + 1) {
        named += settlement(s, named) ? 1 : 0; // «روستای حسن آباد»
        out.add(Candidate.read(s, i, named, Entity.Type.PLACE, "place", Candidate.PLACE));
      }
    }
    for (int i = 0; i + 1 < s.size(); i++) {
      if (s.givenName(i) && settlement(s, i + 1)) {
        out.add(Candidate.read(s, i, i + 2, Entity.Type.PLACE, "place", Candidate.PLACE));
      }
    }
  }

  private static final String SETTLED = SearchFolding.fold("آباد");

  /**
   * Whether token j is «آباد» written apart, the end of a place named after a person or a thing
   * (حسن آباد, علی آباد, نجف آباد); «آبادی» after it is a family name's (دری نجف آبادی).
   */
  static boolean settlement(Scan s, int j) {
    return j > 0 && j < s.size() && s.adjacent(j - 1) && s.key(j).equals(SETTLED);
  }

  /** «این دریاچه», «یک قلعه تاریخی», «20 قلعه»: any place of its kind. */
  private static boolean generic(Scan s, int i) {
    return i > 0
        && s.adjacent(i - 1)
        && (Words.isDeterminer(s.key(i - 1)) || Character.isDigit(s.key(i - 1).charAt(0)));
  }

  /**
   * A word that can end a place's name: one no list holds, a family name's shape, a given name, or
   * a word rarer than everyday words (وحدت, قشلاق; not تاریخی, کوچک).
   */
  private static boolean rare(Scan s, int j) {
    String key = s.key(j);
    return s.unknown(j)
        || s.givenName(j)
        || FamilyNameShapes.looksLikeSurname(key)
        || Lexicon.get().frequency(key) < RARE;
  }

  private static final long RARE = 10_000_000;

  /**
   * A word that can be part of a place's name: none that opens the predicate («میدان نفتی آزادگان»
   * قائل به …) or is a noun made indefinite («تالار وحدت» مراسمی …), as in an organisation's name.
   */
  private static boolean nameWord(Scan s, int j) {
    return !s.breaks(j)
        && !OrganisationName.lightVerbNoun(s, j)
        && !Predicates.opens(s, j)
        && !IndefiniteNouns.pluralIndefinite(s.key(j))
        && s.name[j] == null
        && s.roleLength[j] == 0
        && !HEADS.contains(s.key(j))
        && !s.head(j)
        && !Words.isDetachedEnding(s.key(j));
  }
}
