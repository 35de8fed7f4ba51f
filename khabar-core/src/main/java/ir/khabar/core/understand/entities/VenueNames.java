package ir.khabar.core.understand.entities;

import java.util.Set;

/**
 * A foreign name after the kind of place it names is that place's, not a person's: «هتل والدورف
 * آستوریا», «هتل «پاله کوبورگ»», «کاخ الیزه». Words no list holds, two or more in a row, are
 * otherwise read as a foreign full name.
 */
final class VenueNames {
  private VenueNames() {}

  /** Kinds of building or site a name may follow. */
  private static final Set<String> VENUES =
      Words.folded(
          "هتل",
          "کاخ",
          "سالن",
          "تالار",
          "برج",
          "رستوران",
          "کافه",
          "ورزشگاه",
          "استادیوم",
          "فرودگاه",
          "بیمارستان",
          "موزه",
          "کلیسای",
          "کلیسا",
          "قصر",
          "اقامتگاه",
          "پارک",
          "باغ");

  /** Whether token i follows a venue's word, past spaces or an opening quote only. */
  static boolean named(Scan s, int i) {
    return i > 0 && VENUES.contains(s.key(i - 1)) && s.between(i - 1, i).matches("[«\"“]?");
  }
}
