package ir.khabar.core.search.engine;

import ir.khabar.core.Entity;
import ir.khabar.core.search.FacetCount;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Facet rows from counted "id\u0001name" values: one row per id (a person found in two spellings,
 * فرخی زاد and فرخیزاد, is one person), named by its most frequent spelling (then the first in
 * order), the most mentioned first. Both engines count values and finish here.
 */
public final class FacetValues {
  public static final char SEPARATOR = '\u0001';

  /** The kinds of entity counted, each in its own field ({@link ArticleDocuments#FACET_PREFIX}). */
  public static final List<Entity.Type> TYPES =
      List.of(Entity.Type.PERSON, Entity.Type.COUNTRY, Entity.Type.ORGANISATION);

  private FacetValues() {}

  public static String of(String id, String name) {
    return id + SEPARATOR + name;
  }

  public static List<FacetCount> top(Map<String, Long> countsByValue, int top) {
    Map<String, long[]> byId = new HashMap<>();
    Map<String, Map<String, Long>> spellings = new HashMap<>();
    countsByValue.forEach(
        (value, n) -> {
          int sep = value.indexOf(SEPARATOR);
          String id = value.substring(0, sep);
          byId.computeIfAbsent(id, k -> new long[1])[0] += n;
          spellings
              .computeIfAbsent(id, k -> new HashMap<>())
              .merge(value.substring(sep + 1), n, Long::sum);
        });
    List<FacetCount> list = new ArrayList<>();
    byId.forEach((id, n) -> list.add(new FacetCount(id, name(spellings.get(id)), n[0])));
    list.sort(
        Comparator.comparingLong(FacetCount::count)
            .reversed()
            .thenComparing(FacetCount::name)
            .thenComparing(FacetCount::id));
    return List.copyOf(list.subList(0, Math.min(top, list.size())));
  }

  private static String name(Map<String, Long> spellings) {
    return spellings.entrySet().stream()
        .min(
            Map.Entry.<String, Long>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .orElseThrow()
        .getKey();
  }
}
