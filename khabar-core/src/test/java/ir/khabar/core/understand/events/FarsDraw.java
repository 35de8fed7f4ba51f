package ir.khabar.core.understand.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import ir.khabar.core.ArticleJson;
import ir.khabar.testing.SharedData;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A seeded draw of Fars News records for an event gold: among the records no earlier gold holds,
 * those whose text (title, abstract and paragraphs joined by newlines) has at most {@code maxChars}
 * characters, names at least {@code minEncounterWords} encounter words ({@link
 * Hamshahri3Selection#ENCOUNTER_WORDS}) and at least {@code minCountries} distinct countries
 * ({@link BlindSelection#countriesNamed}, Iran included), the first {@code size} of a shuffle with
 * {@code seed} (links in the corpus's order, each once).
 */
record FarsDraw(long seed, int size, int maxChars, int minEncounterWords, int minCountries) {

  /** Every eligible link not excluded, in the corpus's order, each once. */
  List<String> eligible(List<JsonNode> records, Set<String> excluded) {
    BlindSelection s = new BlindSelection(seed, List.of(), BlindSelection.ROLES_2);
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
      if (t.length() <= maxChars
          && Hamshahri3Selection.encounterWords(t) >= minEncounterWords
          && s.countriesNamed(t) >= minCountries) {
        out.add(link);
      }
    }
    return out;
  }

  /** The first {@code n} of the seeded shuffle of the eligible links. */
  List<String> draw(List<JsonNode> records, Set<String> excluded, int n) {
    BlindSelection s = new BlindSelection(seed, List.of(), BlindSelection.ROLES_2);
    return s.take(eligible(records, excluded), n, new HashSet<>(excluded));
  }

  /**
   * Checks that a gold file holds exactly this draw, in its order, none of it in the earlier golds;
   * {@code -Dkhabar.<name>.list=true} prints the whole shuffle.
   */
  void assertHeldBy(String name, List<String> earlierGolds) throws IOException {
    Set<String> earlier = new HashSet<>();
    for (String gold : earlierGolds) {
      earlier.addAll(EventGoldSources.sources(gold));
    }
    List<JsonNode> records = new ArrayList<>();
    for (Path f : SharedData.farsnewsFiles()) {
      ArticleJson.MAPPER.readTree(f.toFile()).forEach(records::add);
    }
    if (Boolean.getBoolean("khabar." + name + ".list")) {
      List<String> eligible = eligible(records, earlier);
      System.out.println(name + " eligible " + eligible.size());
      draw(records, earlier, eligible.size()).forEach(l -> System.out.println(name + " draw " + l));
    }
    List<String> drawn = draw(records, earlier, size);
    assertThat(drawn).hasSize(size).doesNotContainAnyElementsOf(earlier);
    assertThat(EventGoldSources.sources("event-gold-" + name + ".json"))
        .containsExactlyElementsOf(drawn);
  }
}
