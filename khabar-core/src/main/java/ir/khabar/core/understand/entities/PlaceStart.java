package ir.khabar.core.understand.entities;

import ir.khabar.core.Entity;
import java.util.Set;

/**
 * Where a known place's span starts. Words that are part of its name come in: a country's official
 * title (جمهوری قرقیزستان), the unit of an official name or the city it is (استان کرمانشاه, روستای
 * شهیدآباد, شهر حلب), and a facility named after it (فرودگاه بجنورد).
 */
final class PlaceStart {
  /**
   * Units whose word is part of the official name: «استان کرمانشاه», «شهرستان پاکدشت», «ایالت
   * کالیفرنیا», «شهر حلب» (as signs, laws and PEYMA write them), and facilities named after the
   * place.
   */
  private static final Set<String> ADMINISTRATIVE =
      Words.folded(
          "استان", "شهرستان", "شهر", "ایالت", "روستای", "دهستان", "بخش", "فرودگاه", "ورزشگاه");

  /** «کشور اندونزی»: the word a country's name is introduced by, in its span as PEYMA has it. */
  private static final Set<String> STATE = Words.folded("کشور");

  private static final Set<String> OFFICIAL =
      Words.folded(
          "جمهوری",
          "اسلامی",
          "فدراسیون",
          "پادشاهی",
          "امارت",
          "دولت\u200cشهر",
          "سلطان\u200cنشین",
          "خلق",
          "دموکراتیک",
          "عربی",
          "متحده");

  /**
   * Official words that describe a state only after another (جمهوری «اسلامی», امارات «متحده»): the
   * first of a span never, so «انقلاب اسلامی ایران» and «رئیس جمهور اسلامی ایران» give ایران.
   */
  private static final Set<String> DEPENDENT =
      Words.folded("اسلامی", "خلق", "دموکراتیک", "عربی", "متحده");

  /** «ریاست جمهوری آمریکا»: the presidency, whose «جمهوری» is no part of the country's name. */
  private static final Set<String> PRESIDENCY = Words.folded("ریاست", "رئیس", "رییس");

  private PlaceStart() {}

  /** The first token of the span of the place (or country) named from token i. */
  static int of(Scan s, int i, Entry e) {
    int from = e.isCountry() ? officialStart(s, i) : i;
    if (e.isCountry()) {
      from = leadingOfficialOfRole(s, from, i + s.nameLength[i]);
    }
    Set<String> units =
        e.type() == Entity.Type.PLACE ? ADMINISTRATIVE : e.isCountry() ? STATE : Set.of();
    if (from > 0
        && s.adjacent(from - 1)
        && units.contains(s.key(from - 1))
        && !endsName(s, from - 1)) {
      from--; // «استان کرمانشاه», «کشور اندونزی»: the unit's word is part of its name
    }
    return (e.type() == Entity.Type.PLACE || e.isCountry()) ? direction(s, from) : from;
  }

  /** Whether a listed name ends at token k: «نسیم شهر کرج» is Nasimshahr, then Karaj. */
  private static boolean endsName(Scan s, int k) {
    for (int j = Math.max(0, k - 3); j < k; j++) {
      if (s.name[j] != null && j + s.nameLength[j] == k + 1) {
        return true;
      }
    }
    return false;
  }

  /** «شمال», «جنوب غربی»: the part of a place named before it. */
  private static final Set<String> DIRECTIONS = Words.folded("شمال", "جنوب", "شرق", "غرب");

  private static final Set<String> SIDES = Words.folded("شرقی", "غربی");

  /**
   * Where the span starts when a part of the place is named right before it: «شمال اربیل», «جنوب
   * غربی تهران», «جنوب غرب تهران», «شرق استان گلستان» are each one place, as PEYMA writes them.
   */
  private static int direction(Scan s, int from) {
    int k = from;
    if (k > 0 && s.adjacent(k - 1) && SIDES.contains(s.key(k - 1))) {
      k--;
    }
    if (k == 0 || !s.adjacent(k - 1) || !DIRECTIONS.contains(s.key(k - 1))) {
      return from;
    }
    k--;
    boolean two = k > 0 && s.adjacent(k - 1) && DIRECTIONS.contains(s.key(k - 1));
    return two ? k - 1 : k; // «جنوب غرب تهران»
  }

  /**
   * A country's official name takes in the words before it: «جمهوری قرقیزستان», «فدراسیون روسیه».
   */
  private static int officialStart(Scan s, int i) {
    int from = i;
    while (from > 0
        && i - from < 2
        && s.adjacent(from - 1)
        && OFFICIAL.contains(s.key(from - 1))
        && !PlaceEvidence.inRole(s, from - 1)) {
      from--;
    }
    while (from < i && DEPENDENT.contains(s.key(from))) {
      from++;
    }
    return from;
  }

  /**
   * «رئیس جمهوری ترکیه», «ریاست جمهوری آمریکا»: a country's listed name (جمهوری ترکیه) whose
   * official word belongs to the role before it starts after it («رئیس جمهوری اسلامی ایران» stays
   * whole: the official name of three words).
   */
  private static int leadingOfficialOfRole(Scan s, int from, int end) {
    boolean one = from + 1 < end && !OFFICIAL.contains(s.key(from + 1));
    return one && ofRole(s, from) ? from + 1 : from;
  }

  /** Whether official word k is read as part of a role's words. */
  private static boolean ofRole(Scan s, int k) {
    return OFFICIAL.contains(s.key(k))
        && (PlaceEvidence.inRole(s, k)
            || k > 0
                && s.adjacent(k - 1)
                && s.key(k).equals("جمهوری")
                && PRESIDENCY.contains(s.key(k - 1)));
  }
}
