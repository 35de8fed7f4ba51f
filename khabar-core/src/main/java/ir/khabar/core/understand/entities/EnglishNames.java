package ir.khabar.core.understand.entities;

import com.ibm.icu.util.ULocale;
import ir.khabar.core.Entity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The English names of the entities Khabar knows, and other Latin writings of them: the project's
 * english-names.tsv first, then ICU's English country names, then the lists' ids, which are written
 * from the English name (mohammad-javad-zarif, lb-hezbollah, city-kashan).
 */
final class EnglishNames {
  private static final Set<String> ISO = Set.of(Locale.getISOCountries());
  private final Map<String, String> names = new HashMap<>();
  private final Map<String, List<String>> writings = new HashMap<>();

  EnglishNames(Gazetteer gazetteer) {
    Gazetteer.rows(
        "english-names.tsv",
        r -> {
          names.put(r[0], r[1]);
          writings(r[0]).add(r[1]);
          String more = Gazetteer.col(r, 2);
          if (more != null) {
            for (String w : more.split("\\|")) {
              writings(r[0]).add(w.strip());
            }
          }
        });
    for (String id : gazetteer.writings().keySet()) {
      String name = derived(gazetteer.entry(id));
      if (name != null) {
        names.putIfAbsent(id, name);
        writings(id).add(name);
      }
    }
  }

  /** The English name, or null when none is known. */
  String name(String id) {
    return names.get(id);
  }

  /** Every Latin writing of the entity: its English name and the others readers use. */
  List<String> writings(String id) {
    return writings.computeIfAbsent(id, x -> new ArrayList<>());
  }

  /** The name ICU or the id gives; null for capitals and names the project made up an id for. */
  private static String derived(Entry e) {
    String id = e.id();
    if (e.type() == Entity.Type.COUNTRY) {
      String iso = e.country();
      return iso == null ? null : new ULocale("", iso).getDisplayCountry(ULocale.ENGLISH);
    }
    if (id.startsWith("capital-") || id.startsWith("person-")) {
      return null;
    }
    String slug = id.replaceFirst("^(org|city|province|place|region)-", "");
    if (e.type() == Entity.Type.ORGANISATION
        && slug.length() > 3
        && slug.charAt(2) == '-'
        && ISO.contains(slug.substring(0, 2).toUpperCase(Locale.ROOT))) {
      slug = slug.substring(3);
    }
    if (e.type() == Entity.Type.ORGANISATION && !slug.contains("-") && slug.length() <= 5) {
      return slug.toUpperCase(Locale.ROOT);
    }
    return titleCase(slug);
  }

  private static String titleCase(String slug) {
    StringBuilder b = new StringBuilder();
    for (String w : slug.split("-")) {
      if (!w.isEmpty()) {
        b.append(b.length() > 0 ? " " : "")
            .append(Character.toUpperCase(w.charAt(0)))
            .append(w.substring(1));
      }
    }
    return b.toString();
  }
}
