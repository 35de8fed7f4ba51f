package ir.khabar.core.understand.entities;

import ir.khabar.core.Entity;
import ir.khabar.persian.text.SearchFolding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The listed people a family name alone may mean, for a reader who filters by it («روحانی»,
 * «Rouhani», «خاتمی»): the text alone names no one (several listed people share «خاتمی», and
 * «روحانی» is also a word), but a filter by it asks for every article about someone of that name.
 */
public final class ListedSurnames {
  private static final ListedSurnames INSTANCE = new ListedSurnames();

  /** Listed people's ids by the folded last word of their names. */
  private final Map<String, List<String>> bySurname = new HashMap<>();

  private ListedSurnames() {
    EntityRecognizer.gazetteerRows(
        "people.tsv",
        r -> {
          String[] words = r[1].strip().split("\\s+");
          String last = SearchFolding.fold(words[words.length - 1]);
          bySurname.computeIfAbsent(last, k -> new ArrayList<>(2)).add(r[0]);
        });
  }

  public static ListedSurnames get() {
    return INSTANCE;
  }

  /**
   * The ids a person filter by {@code nameOrId} keeps: the one it resolves to, and when that is no
   * listed person and the name is one word (in Persian or Latin letters), every listed person whose
   * family name it is.
   */
  public Set<String> ids(String nameOrId, Entity.Type type) {
    EntityRecognizer recognizer = EntityRecognizer.get();
    Set<String> out = new LinkedHashSet<>();
    String resolved = recognizer.resolve(nameOrId, type);
    out.add(resolved);
    if (type != Entity.Type.PERSON || recognizer.nameOf(resolved) != null) {
      return out;
    }
    List<String> writings = new ArrayList<>(List.of(nameOrId.strip()));
    if (LatinNames.hasLatin(nameOrId)) {
      LatinNames.get().lookup(nameOrId).forEach(n -> writings.add(n.persian()));
    }
    for (String writing : writings) {
      if (!writing.contains(" ")) {
        out.addAll(bySurname.getOrDefault(SearchFolding.fold(writing), List.of()));
      }
    }
    return out;
  }
}
