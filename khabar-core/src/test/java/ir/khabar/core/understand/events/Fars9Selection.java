package ir.khabar.core.understand.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which articles the second Fars News event gold (event-gold-fars9.json) holds, drawn by a rule
 * fixed before any of them was read: among the Fars News records that no earlier event gold holds
 * (event-gold-fars8.json included), whose text (title, abstract and paragraphs joined by newlines)
 * has at most {@link #MAX_CHARS} characters, names at least {@link #MIN_ENCOUNTER_WORDS} encounter
 * words ({@link Hamshahri3Selection#ENCOUNTER_WORDS}) and at least {@link #MIN_COUNTRIES} distinct
 * countries ({@link BlindSelection#countriesNamed}, Iran included), the first {@link #SIZE} of a
 * shuffle with seed {@link #SEED} (links in the corpus's order, each once). Only 29 records pass (a
 * rough count before the rule was written had guessed about 56), fewer than the first step of the
 * cut at a multiple of ten that would hold most of them (30), so {@link #SIZE} is the whole
 * eligible set, as fars8's 50: the cut is not chosen by content. No Hamshahri stratum: the
 * Hamshahri development files were being read through the extractor's output at the time.
 */
final class Fars9Selection {
  static final long SEED = 2701;
  static final int SIZE = 29;
  static final int MAX_CHARS = 8000;
  static final int MIN_ENCOUNTER_WORDS = 2;
  static final int MIN_COUNTRIES = 2;

  private Fars9Selection() {}

  /** Every eligible link not excluded, in the corpus's order, each once. */
  static List<String> eligible(List<JsonNode> records, Set<String> excluded) {
    BlindSelection s = new BlindSelection(SEED, List.of(), BlindSelection.ROLES_2);
    List<String> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (JsonNode r : records) {
      String link = r.get("link").asText();
      if (excluded.contains(link) || !seen.add(link)) {
        continue;
      }
      StringBuilder text = new StringBuilder(r.path("title").asText());
      text.append('\n').append(r.path("abstract").asText());
      r.path("paragraphs").forEach(p -> text.append('\n').append(p.asText()));
      String t = text.toString();
      if (t.length() <= MAX_CHARS
          && Hamshahri3Selection.encounterWords(t) >= MIN_ENCOUNTER_WORDS
          && s.countriesNamed(t) >= MIN_COUNTRIES) {
        out.add(link);
      }
    }
    return out;
  }

  /** The first {@code n} of the seeded shuffle of the eligible links. */
  static List<String> draw(List<JsonNode> records, Set<String> excluded, int n) {
    BlindSelection s = new BlindSelection(SEED, List.of(), BlindSelection.ROLES_2);
    return s.take(eligible(records, excluded), n, new HashSet<>(excluded));
  }

  /** The drawn links, in the draw's order. */
  static List<String> all(List<JsonNode> records, Set<String> excluded) {
    return draw(records, excluded, SIZE);
  }
}
