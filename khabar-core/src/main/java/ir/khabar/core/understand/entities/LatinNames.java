package ir.khabar.core.understand.entities;

import ir.khabar.core.Entity;
import ir.khabar.persian.text.SearchFolding;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which known entities a name written in Latin letters stands for, and their Persian writings, so
 * that a reader can search «zarif», «Lavrov» or «Russia» in a Persian archive. A writing is matched
 * exactly (an English name or another Latin writing of {@link EnglishNames}), else on its
 * consonants ({@link LatinSkeleton}) against the Persian names, else against people's family names.
 */
public final class LatinNames {
  private static final LatinNames INSTANCE = new LatinNames(EntityRecognizer.get().gazetteer());

  /** Consonant matching is for names of some length: two consonants match too much. */
  private static final int MIN_SKELETON = 3;

  private static final int MIN_LETTERS = 4;

  /** An entity a Latin writing names, and one Persian writing of it to search. */
  public record Naming(String id, String persian) {}

  private final Gazetteer gazetteer;
  private final EnglishNames english;
  private final Map<String, Set<String>> exact = new HashMap<>();
  private final Map<String, Set<Naming>> skeletons = new HashMap<>();
  private final Map<String, Set<Naming>> familyNames = new HashMap<>();
  private final Map<String, Set<Naming>> exactFamily = new HashMap<>();

  private LatinNames(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.english = new EnglishNames(gazetteer);
    gazetteer
        .writings()
        .forEach(
            (id, persian) -> {
              for (String latin : english.writings(id)) {
                put(exact, LatinSkeleton.letters(latin), id);
              }
              Entry e = gazetteer.entry(id);
              for (String w : persian) {
                for (String s : LatinSkeleton.ofPersian(SearchFolding.fold(w))) {
                  put(skeletons, s, new Naming(id, w));
                }
                if (e.type() == Entity.Type.PERSON) {
                  familyNames(id, w);
                }
              }
              if (e.type() == Entity.Type.PERSON) {
                slugFamilyNames(id, persian.get(0));
              }
            });
  }

  public static LatinNames get() {
    return INSTANCE;
  }

  /** Whether the text holds a Latin letter (a query that may name something in English). */
  public static boolean hasLatin(String text) {
    return text.chars().anyMatch(c -> c < 0x250 && Character.isLetter(c));
  }

  /**
   * The entities the Latin words (one name, maybe of several words) may stand for, each with one of
   * its Persian writings; empty when they name nothing known.
   */
  public List<Naming> lookup(String latin) {
    String letters = LatinSkeleton.letters(latin);
    if (letters.length() < 2) {
      return List.of();
    }
    Set<String> ids = exact.get(letters);
    if (ids != null) {
      List<Naming> out = new ArrayList<>();
      for (String id : ids) {
        gazetteer.writings().get(id).forEach(w -> out.add(new Naming(id, w)));
      }
      return out;
    }
    Set<Naming> family = exactFamily.get(letters);
    if (family != null) {
      return List.copyOf(family);
    }
    String skeleton = LatinSkeleton.ofLatin(latin);
    // Consonants alone are for one word: across words they match too much («Iran Russia» ~ راه‌آهن
    // روسیه).
    if (latin.strip().contains(" ")
        || letters.length() < MIN_LETTERS
        || skeleton.length() < MIN_SKELETON) {
      return List.of();
    }
    Set<Naming> found = skeletons.getOrDefault(skeleton, familyNames.get(skeleton));
    return found == null ? List.of() : List.copyOf(found);
  }

  /** The entity's English name ({@code nameEn}), or null when none is known. */
  public String englishName(String id) {
    return english.name(id);
  }

  /** Each family name a person's Persian name ends with (its last words) is a name too: روحانی. */
  private void familyNames(String id, String persian) {
    String[] words = persian.strip().split("\\s+");
    for (int from = 1; from < words.length; from++) {
      String family = String.join(" ", Arrays.copyOfRange(words, from, words.length));
      for (String s : LatinSkeleton.ofPersian(SearchFolding.fold(family))) {
        put(familyNames, s, new Naming(id, family));
      }
    }
  }

  /** The end of a person's id (zarif, hashemi-rafsanjani) names the person's last Persian word. */
  private void slugFamilyNames(String id, String persian) {
    String[] slug = id.split("-");
    String[] words = persian.strip().split("\\s+");
    if (slug.length < 2 || words.length < 2) {
      return;
    }
    for (int from = 1; from < slug.length; from++) {
      String key = String.join("", Arrays.copyOfRange(slug, from, slug.length));
      exactFamily
          .computeIfAbsent(key, k -> new LinkedHashSet<>())
          .add(new Naming(id, words[words.length - 1]));
    }
  }

  private static <T> void put(Map<String, Set<T>> map, String key, T value) {
    if (!key.isEmpty()) {
      map.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(value);
    }
  }
}
