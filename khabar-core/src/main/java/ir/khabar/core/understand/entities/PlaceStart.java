package ir.khabar.core.understand.entities;

import ir.khabar.core.Entity;
import java.util.Set;

/**
 * Where a known place's span starts. Words that are part of its name come in: a country's official
 * title (جمهوری قرقیزستان), the unit of an official name (استان کرمانشاه, روستای شهیدآباد), and a
 * facility named after it (فرودگاه بجنورد). A description stays out: «شهر حلب» is حلب.
 */
final class PlaceStart {
  /** «شهر حلب»: a word before a city that is not part of its name. */
  private static final Set<String> DESCRIPTIVE = Words.folded("شهر");

  /**
   * Units whose word is part of the official name: «استان کرمانشاه», «شهرستان پاکدشت», «ایالت
   * کالیفرنیا» (as signs, laws and PEYMA write them), and facilities named after the place.
   */
  private static final Set<String> ADMINISTRATIVE =
      Words.folded("استان", "شهرستان", "ایالت", "روستای", "دهستان", "بخش", "فرودگاه", "ورزشگاه");

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

  private PlaceStart() {}

  /** The first token of the span of the place (or country) named from token i. */
  static int of(Scan s, int i, Entry e) {
    if (s.nameLength[i] > 1 && DESCRIPTIVE.contains(s.key(i))) {
      return i + 1; // «شهر حلب»: the name is حلب
    }
    int from = e.isCountry() ? officialStart(s, i) : i;
    if (e.type() == Entity.Type.PLACE
        && from > 0
        && s.adjacent(from - 1)
        && ADMINISTRATIVE.contains(s.key(from - 1))) {
      from--; // «استان کرمانشاه»: the unit's word is part of its name
    }
    return from;
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
    return from;
  }
}
