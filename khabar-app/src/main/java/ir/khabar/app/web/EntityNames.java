package ir.khabar.app.web;

import ir.khabar.core.Entity;
import ir.khabar.core.search.FacetCount;
import ir.khabar.core.search.SearchEngine;
import ir.khabar.core.search.SearchRequest;
import ir.khabar.core.understand.entities.EntityRecognizer;
import ir.khabar.core.understand.entities.LatinNames;
import ir.khabar.core.understand.entities.Span;
import ir.khabar.persian.text.SearchFolding;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which entities a name in an address means ({@code /entity/ظریف}, {@code /entity/zarif}): the one
 * the recognizer or the Latin names know it as, else the people, countries and organisations of the
 * articles that hold the name whose own names contain it.
 */
final class EntityNames {
  private static final int FACETS = 20;

  private EntityNames() {}

  /**
   * Whether the text is an entity id, not a name: a listed entity's (lower-case ASCII words joined
   * by dashes, {@code country-ru}, {@code sergey-lavrov}) or an unlisted one's, its type's prefix
   * before the folded words of its name ({@code person-}, {@code org-}, {@code place-}, {@code
   * unknown-}, then Persian letters).
   */
  static boolean isId(String text) {
    return text.matches("[a-z0-9]+(-[a-z0-9]+)+")
        || text.matches("(person|org|place|unknown)-[^\\s/]+");
  }

  /** The ids the name may mean, the likeliest first; empty when nothing is known by it. */
  static List<String> candidates(SearchEngine engine, String name) throws IOException {
    Set<String> ids = new LinkedHashSet<>();
    for (Span s : EntityRecognizer.get().names(name)) {
      ids.add(s.id());
    }
    if (ids.isEmpty()) {
      LatinNames.get().lookup(name).forEach(n -> ids.add(n.id()));
    }
    if (!ids.isEmpty()) {
      return new ArrayList<>(ids);
    }
    String folded = SearchFolding.fold(name).replace(" ", "");
    Map<Entity.Type, List<FacetCount>> facets = engine.facets(SearchRequest.of(name), FACETS);
    for (List<FacetCount> counts : facets.values()) {
      counts.stream()
          .filter(c -> SearchFolding.fold(c.name()).replace(" ", "").contains(folded))
          .forEach(c -> ids.add(c.id()));
    }
    return new ArrayList<>(ids);
  }
}
