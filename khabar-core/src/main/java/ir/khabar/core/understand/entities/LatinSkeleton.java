package ir.khabar.core.understand.entities;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A name's consonants, in classes a Latin and a Persian writing share: Persian leaves most vowels
 * unwritten and writes و and ی both as vowels and as consonants, so Zarif, Zareef and ظریف, or
 * Lavrov and لاوروف, meet on their consonants. Letters Persian spells apart but Latin does not (ث س
 * ص, ذ ز ض ظ, ت ط, غ ق گ) are one class; ا ع ء ی are left out, و and ه may be read either way.
 */
final class LatinSkeleton {
  private static final Transliterator ASCII =
      Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower");

  /**
   * Past this many و and ه a Persian name's readings are not all spelled out (each doubles them).
   */
  private static final int MAX_OPTIONAL = 8;

  private LatinSkeleton() {}

  /** The word in lower-case ASCII letters only (é → e, apostrophes and dashes gone). */
  static String letters(String latin) {
    StringBuilder b = new StringBuilder();
    for (char c : ASCII.transliterate(latin).toCharArray()) {
      if (c >= 'a' && c <= 'z') {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** The consonant classes of a Latin writing ("zareef" → "zrf"), repeated classes once. */
  static String ofLatin(String latin) {
    String s = letters(latin);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char next = i + 1 < s.length() ? s.charAt(i + 1) : 0;
      char cls;
      if (next == 'h' && "kgszcpdt".indexOf(c) >= 0) {
        cls =
            switch (c) {
              case 'k' -> 'x';
              case 'g' -> 'q';
              case 's' -> 'S';
              case 'z' -> 'j';
              case 'c' -> 'C';
              case 'p' -> 'f';
              case 'd' -> 'z';
              default -> 't';
            };
        i++;
      } else {
        cls = latinClass(c);
      }
      append(b, cls);
    }
    return b.toString();
  }

  private static char latinClass(char c) {
    return switch (c) {
      case 'a', 'e', 'i', 'o', 'u', 'y' -> 0;
      case 'w', 'v', 'f' -> 'f';
      case 'c', 'k' -> 'k';
      case 'g' -> 'q';
      case 'x' -> 'X';
      default -> c;
    };
  }

  /**
   * Every consonant reading of a Persian name (folded letters), و and ه taken as consonants or not.
   */
  static Set<String> ofPersian(String folded) {
    List<Character> classes = new ArrayList<>();
    List<Boolean> optional = new ArrayList<>();
    for (char c : folded.toCharArray()) {
      char cls = persianClass(c);
      if (cls != 0) {
        classes.add(cls);
        optional.add(c == 'و' || c == 'ه');
      }
    }
    int optionals = (int) optional.stream().filter(o -> o).count();
    Set<String> out = new LinkedHashSet<>();
    if (optionals > MAX_OPTIONAL) {
      out.add(reading(classes, optional, 0));
      return out;
    }
    for (int mask = 0; mask < 1 << optionals; mask++) {
      out.add(reading(classes, optional, mask));
    }
    return out;
  }

  /**
   * One reading: the optional letters whose bit is set in {@code mask} kept, the others left out.
   */
  private static String reading(List<Character> classes, List<Boolean> optional, int mask) {
    StringBuilder b = new StringBuilder();
    int bit = 0;
    for (int i = 0; i < classes.size(); i++) {
      if (optional.get(i) && (mask & 1 << bit++) == 0) {
        continue;
      }
      append(b, classes.get(i));
    }
    return b.toString();
  }

  private static char persianClass(char c) {
    return switch (c) {
      case 'ب' -> 'b';
      case 'پ' -> 'p';
      case 'ت', 'ط' -> 't';
      case 'ث', 'س', 'ص' -> 's';
      case 'ج', 'ژ' -> 'j';
      case 'چ' -> 'C';
      case 'ح', 'ه' -> 'h';
      case 'خ' -> 'x';
      case 'د' -> 'd';
      case 'ذ', 'ز', 'ض', 'ظ' -> 'z';
      case 'ر' -> 'r';
      case 'ش' -> 'S';
      case 'غ', 'ق' -> 'q';
      case 'ف', 'و' -> 'f';
      case 'ک' -> 'k';
      case 'گ' -> 'q';
      case 'ل' -> 'l';
      case 'م' -> 'm';
      case 'ن' -> 'n';
      default -> 0;
    };
  }

  private static void append(StringBuilder b, char cls) {
    if (cls == 0) {
      return;
    }
    if (cls == 'X') {
      append(b, 'k');
      append(b, 's');
      return;
    }
    if (b.length() == 0 || b.charAt(b.length() - 1) != cls) {
      b.append(cls);
    }
  }
}
