package ir.khabar.core.understand.events;

/**
 * Which articles the third Fars News event gold (event-gold-fars10.json) holds, drawn by a rule
 * fixed before any of them was read: among the Fars News records that no earlier event gold holds
 * (event-gold-fars8.json and event-gold-fars9.json included), whose text (title, abstract and
 * paragraphs joined by newlines) has at most 8000 characters, names at least 1 encounter word
 * ({@link Hamshahri3Selection#ENCOUNTER_WORDS}) and at least 2 distinct countries ({@link
 * BlindSelection#countriesNamed}, Iran included), the first 46 of a shuffle with seed 2812 (links
 * in the corpus's order, each once). The brief asked for a prefix of 50, or all if fewer pass; only
 * 46 records pass, so 46 is the whole eligible set (counted before any article was opened, and all
 * 46 were read): the cut is not chosen by content. No Hamshahri stratum.
 */
final class Fars10Selection {
  static final FarsDraw DRAW = new FarsDraw(2812, 46, 8000, 1, 2);

  private Fars10Selection() {}
}
