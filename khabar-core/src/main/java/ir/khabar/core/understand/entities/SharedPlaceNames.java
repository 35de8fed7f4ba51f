package ir.khabar.core.understand.entities;

import ir.khabar.core.Entity;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A bare name that a country shares with a region of Iran («آذربایجان»: the Republic of Azerbaijan,
 * and the Iranian provinces' region around Tabriz): the gazetteer reads the country, and the text
 * decides. The word before («خطه آذربایجان», «استان‌های خوزستان، آذربایجان») or a neighbour in a
 * list (Iran's provinces, or countries) decides first; else the article's other places do: more of
 * the region's provinces and towns than of the country's people and places make it the region.
 * Names written in full («جمهوری آذربایجان», «آذربایجان شرقی») are never asked.
 */
final class SharedPlaceNames {
  /** A shared name: the country read by default (its id and ISO code) and the region of Iran. */
  private record Shared(String country, String iso, String region) {}

  /** Shared names by their key ({@link Gazetteer#keyOf}), from shared-place-names.tsv. */
  private static final Map<String, Shared> SHARED = new HashMap<>();

  /** Each Iranian place of a shared region's provinces (the provinces too), by id: the region. */
  private static final Map<String, String> REGION_OF = new HashMap<>();

  static {
    Map<String, String> regionOfProvince = new HashMap<>();
    EntityRecognizer.gazetteerRows(
        "shared-place-names.tsv",
        r -> {
          String iso = r[1].substring("country-".length()).toUpperCase(Locale.ROOT);
          SHARED.put(Gazetteer.join(Tokens.of(r[0]), 0, 1), new Shared(r[1], iso, r[2]));
          for (String province : r[3].split("\\|")) {
            regionOfProvince.put(province, r[2]);
          }
          REGION_OF.put(r[2], r[2]);
        });
    EntityRecognizer.gazetteerRows(
        "iran-places.tsv",
        r -> {
          String region = regionOfProvince.get(r[0]);
          region = region != null ? region : regionOfProvince.get(r[3]);
          if (region != null) {
            REGION_OF.put(r[0], region);
          }
        });
  }

  /** Words before the name that make it Iran's region: «خطه», «استان», «استان‌های». */
  private static final Set<String> REGION_WORDS = Set.of("خطه", "استان", "استانهای", "استانها");

  /** Words before the name that make it the country: «کشور», «کشورهای». */
  private static final Set<String> COUNTRY_WORDS = Set.of("کشور", "کشورهای", "کشورها");

  private SharedPlaceNames() {}

  static void resolve(Scan s, List<Candidate> chosen) {
    Map<Shared, Boolean> articleSaysRegion = new HashMap<>();
    List<Candidate> read = List.copyOf(chosen);
    for (int x = 0; x < chosen.size(); x++) {
      Candidate c = chosen.get(x);
      Shared shared = c.length() == 1 ? SHARED.get(Gazetteer.keyOf(s.key(c.from()))) : null;
      if (shared == null || !c.id().equals(shared.country()) || !c.kind().equals("country")) {
        continue;
      }
      Boolean local = localCue(s, read, c);
      boolean region =
          local != null
              ? local
              : articleSaysRegion.computeIfAbsent(shared, x2 -> articleSaysRegion(s, read, shared));
      if (region) {
        Entry e = s.gazetteer().entry(shared.region());
        chosen.set(x, Candidate.listed(c.from(), c.to(), e, c.priority(), null, c.evidence()));
      }
    }
  }

  /** What the words around the name say: the region (true), the country (false), or nothing. */
  private static Boolean localCue(Scan s, List<Candidate> read, Candidate c) {
    String before = c.from() > 0 ? s.key(c.from() - 1) : "";
    if (REGION_WORDS.contains(before)) {
      return true;
    }
    if (COUNTRY_WORDS.contains(before)) {
      return false;
    }
    return listedWith(s, read, c);
  }

  /**
   * Whether the article's other places speak for the region: two of its provinces and towns at
   * least, and more than the country's people and places (one mention of Tabriz in an interview
   * with a singer of Baku is not enough).
   */
  private static boolean articleSaysRegion(Scan s, List<Candidate> read, Shared shared) {
    int region = regionSupport(read, shared);
    return region >= 2 && region > countrySupport(s, read, shared);
  }

  /**
   * Whether a neighbour in a list («خوزستان، آذربایجان، خراسان») is a province of Iran (true) or a
   * country (false); null when the name stands in no list.
   */
  private static Boolean listedWith(Scan s, List<Candidate> chosen, Candidate c) {
    for (Candidate o : chosen) {
      boolean neighbour =
          o.to() <= c.from() && s.nextListItem(o.to() - 1) == c.from()
              || o.from() >= c.to() && s.nextListItem(c.to() - 1) == o.from();
      if (!neighbour) {
        continue;
      }
      if (o.type() == Entity.Type.PLACE && "province".equals(o.kind())) {
        return true;
      }
      if (o.type() == Entity.Type.COUNTRY && o.kind().equals("country")) {
        return false;
      }
    }
    return null;
  }

  /** The article's mentions of the region's provinces and places. */
  private static int regionSupport(List<Candidate> chosen, Shared shared) {
    int n = 0;
    for (Candidate o : chosen) {
      n += shared.region().equals(REGION_OF.get(o.id())) ? 1 : 0;
    }
    return n;
  }

  /**
   * The article's mentions of the country's people and places, and of the country written in full
   * («جمهوری آذربایجان»).
   */
  private static int countrySupport(Scan s, List<Candidate> chosen, Shared shared) {
    int n = 0;
    for (Candidate o : chosen) {
      boolean full = o.id().equals(shared.country()) && o.length() > 1;
      Entry e = o.id().equals(shared.country()) ? null : s.gazetteer().entry(o.id());
      boolean its = e != null && shared.iso().equals(e.country());
      n += full || its || shared.iso().equals(o.country()) ? 1 : 0;
    }
    return n;
  }
}
