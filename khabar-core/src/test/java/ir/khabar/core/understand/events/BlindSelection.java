package ir.khabar.core.understand.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Which articles the blind event gold holds, drawn once with a fixed seed so the choice is nobody's
 * taste: Hamshahri development files of 2003–2005 and Fars News records that mention a foreign
 * country (ICU's Persian name, or آمریکا/انگلیس) or a minister, president or ambassador, less the
 * articles the rule-writer's gold used; shuffled with {@code new Random(SEED)}, the first ones
 * kept.
 */
final class BlindSelection {
  static final long SEED = 17;
  static final int HAMSHAHRI = 42;
  static final int FARS = 12;
  static final int HAMSHAHRI_FOREIGN = 48;
  static final int FARS_FOREIGN = 12;
  static final List<String> YEARS = List.of("2003", "2004", "2005");

  private static final Set<String> ROLES = Set.of("وزیر", "سفیر", "رئیس جمهور", "رئیس جمهوری");

  /** The second draw (event-gold-blind2.json, see {@link BlindSelection2}). */
  static final Set<String> ROLES_2 =
      Set.of(
          "وزیر",
          "سفیر",
          "رئیس جمهور",
          "رئیس جمهوری",
          "نخست وزیر",
          "دبیرکل",
          "دبیر کل",
          "سخنگو",
          "کاردار",
          "پادشاه");

  /** Country names too often a plain word in Persian: مالی is also "financial". */
  private static final Set<String> AMBIGUOUS = Set.of("مالی");

  private final Set<String> countries = countryNames();
  private final long seed;
  private final List<String> years;
  private final Set<String> roles;

  BlindSelection(long seed, List<String> years, Set<String> roles) {
    this.seed = seed;
    this.years = years;
    this.roles = roles;
  }

  /** Every article of the blind gold in its order: Hamshahri, Fars, then the foreign strata. */
  static List<String> all(Path docs, List<JsonNode> records, Set<String> excluded)
      throws IOException {
    BlindSelection s = new BlindSelection(SEED, YEARS, ROLES);
    Set<String> taken = new HashSet<>(excluded);
    List<String> out = new ArrayList<>();
    out.addAll(s.take(s.hamshahri(docs, taken, false), HAMSHAHRI, taken));
    out.addAll(s.take(s.fars(records, taken, false), FARS, taken));
    out.addAll(s.take(s.hamshahri(docs, taken, true), HAMSHAHRI_FOREIGN, taken));
    out.addAll(s.take(s.fars(records, taken, true), FARS_FOREIGN, taken));
    return out;
  }

  /** Draws {@code n} of the eligible with this selection's seed and marks them taken. */
  List<String> take(List<String> eligible, int n, Set<String> taken) {
    List<String> drawn = draw(eligible, n);
    taken.addAll(drawn);
    return drawn;
  }

  /**
   * {@code n} drawn of the Hamshahri files of every year, in no earlier gold, that name a country
   * or an official role and whose text {@code rule} admits (a later gold's draw).
   */
  List<String> drawHamshahri(Path docs, Set<String> excluded, Predicate<String> rule, int n)
      throws IOException {
    List<String> eligible = new ArrayList<>();
    for (String rel : hamshahri(docs, excluded, false)) {
      if (rule.test(Files.readString(docs.resolve(rel)))) {
        eligible.add(rel);
      }
    }
    return take(eligible, n, new HashSet<>(excluded));
  }

  /** Hamshahri files of the stratum, as paths under docs ("2004/HAM2-830101-001.ham"). */
  List<String> hamshahri(Path docs, Set<String> excluded, boolean foreign) throws IOException {
    List<String> eligible = new ArrayList<>();
    for (String year : years) {
      try (Stream<Path> files = Files.list(docs.resolve(year))) {
        for (Path f : files.sorted().toList()) {
          String rel = year + "/" + f.getFileName();
          String text = Files.readString(f);
          if (!excluded.contains(rel)
              && (foreign ? foreign(opening(text), text) : mentions(text))) {
            eligible.add(rel);
          }
        }
      }
    }
    return eligible;
  }

  /** Fars News links of the stratum, from records in the corpus's order. */
  List<String> fars(List<JsonNode> records, Set<String> excluded, boolean foreign) {
    List<String> eligible = new ArrayList<>();
    for (JsonNode r : records) {
      String link = r.get("link").asText();
      String opening = r.path("title").asText() + "\n" + r.path("abstract").asText();
      StringBuilder text = new StringBuilder(opening);
      r.path("paragraphs").forEach(p -> text.append('\n').append(p.asText()));
      boolean in = foreign ? foreign(opening, text.toString()) : mentions(text.toString());
      if (!excluded.contains(link) && !eligible.contains(link) && in) {
        eligible.add(link);
      }
    }
    return eligible;
  }

  /** The first three lines that hold any text. */
  static String opening(String text) {
    return String.join("\n", text.lines().filter(l -> !l.isBlank()).limit(3).toList());
  }

  private List<String> draw(List<String> eligible, int n) {
    List<String> shuffled = new ArrayList<>(eligible);
    Collections.shuffle(shuffled, new Random(seed));
    return List.copyOf(shuffled.subList(0, Math.min(n, shuffled.size())));
  }

  /** Whether a text names a foreign country or one of the roles, as whole words. */
  boolean mentions(String text) {
    return names(text, countries) || names(text, roles);
  }

  /** Whether an opening names a foreign country and the whole text one of the roles. */
  boolean foreign(String opening, String text) {
    return names(opening, countries) && names(text, roles);
  }

  /**
   * How many distinct countries a text names as whole words: ICU's Persian names (مالی left out),
   * آمریکا/امریکا and انگلیس each counted as one country, and ایران.
   */
  int countriesNamed(String text) {
    Set<String> named = new HashSet<>();
    List<String> words = words(text);
    for (int i = 0; i < words.size(); i++) {
      for (int len = 1; len <= 3 && i + len <= words.size(); len++) {
        String phrase = String.join(" ", words.subList(i, i + len));
        if (countries.contains(phrase) || phrase.equals("ایران")) {
          named.add(phrase.equals("امریکا") ? "آمریکا" : phrase);
        }
      }
    }
    return named.size();
  }

  static boolean names(String text, Set<String> phrases) {
    List<String> words = words(text);
    for (int i = 0; i < words.size(); i++) {
      for (int len = 1; len <= 3 && i + len <= words.size(); len++) {
        if (phrases.contains(String.join(" ", words.subList(i, i + len)))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Words in one spelling: Persian ی and ک, «رییس» as «رئیس», a half-space a word break. */
  static List<String> words(String text) {
    String folded =
        text.replace('ي', 'ی').replace('ك', 'ک').replace('ى', 'ی').replace("رییس", "رئیس");
    List<String> out = new ArrayList<>();
    for (String w : folded.split("[^\\p{L}\\p{M}]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  private static Set<String> countryNames() {
    Set<String> out = new HashSet<>();
    ULocale fa = new ULocale("fa");
    for (String iso : Locale.getISOCountries()) {
      if (!iso.equals("IR")) {
        out.add(String.join(" ", words(new ULocale("", iso).getDisplayCountry(fa))));
      }
    }
    out.addAll(List.of("آمریکا", "امریکا", "انگلیس"));
    out.removeAll(AMBIGUOUS);
    return out;
  }
}
