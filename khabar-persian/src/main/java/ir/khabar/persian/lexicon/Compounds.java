package ir.khabar.persian.lexicon;

import java.util.Map;
import org.apache.lucene.analysis.CharArrayMap;

/**
 * The compounds the lists know, by their first part, looked up on a token's characters without
 * making a String: a quarter of news tokens start one (گزارش, ایران, سازمان), the rest start none,
 * and only the first need the spacing filter to read the next token.
 */
public final class Compounds {
  /** Endings an inflected compound carries on its last part: دانش آموزان, سرمایه گذاری‌ها. */
  private static final String[] ENDINGS = {"هایی", "های", "ها", "ان", "ترین", "تر"};

  private final CharArrayMap<Start> byFirst;

  /** {@code compounds}: first part → the rest of the parts ("نامه", or "و جو") → joined form. */
  Compounds(Map<String, Map<String, String>> compounds) {
    CharArrayMap<Start> map = new CharArrayMap<>(compounds.size(), false);
    compounds.forEach((first, rest) -> map.put(first, new Start(rest)));
    this.byFirst = CharArrayMap.unmodifiableMap(map);
  }

  /**
   * What may follow the token in {@code chars[0, length)}; null when no compound starts with it.
   */
  public Start startingWith(char[] chars, int length) {
    return byFirst.get(chars, 0, length);
  }

  /** The bit of a part's first char in {@link Start#followers()}: its low six bits. */
  public static long bit(char c) {
    return 1L << (c & 63);
  }

  /** The compounds that start with one word, by the parts that follow it. */
  public static final class Start {
    private final CharArrayMap<String> pairs;

    /**
     * A bit per first char (its low six bits) of the parts that may follow: most tokens after a
     * first part fail this test, and are ruled out without a lookup.
     */
    private final long followers;

    /** Second part → third part → joined form (جست → و → جو); null when there are none. */
    private final CharArrayMap<CharArrayMap<String>> triples;

    private Start(Map<String, String> rest) {
      CharArrayMap<String> two = new CharArrayMap<>(rest.size(), false);
      CharArrayMap<CharArrayMap<String>> three = new CharArrayMap<>(4, false);
      rest.forEach(
          (parts, joined) -> {
            int space = parts.indexOf(' ');
            if (space < 0) {
              two.put(parts, joined);
            } else {
              CharArrayMap<String> last = three.get(parts.substring(0, space));
              if (last == null) {
                last = new CharArrayMap<>(2, false);
                three.put(parts.substring(0, space), last);
              }
              last.put(parts.substring(space + 1), joined);
            }
          });
      this.pairs = two;
      this.triples = three.isEmpty() ? null : three;
      long bits = 0;
      for (String parts : rest.keySet()) {
        bits |= parts.isEmpty() ? 0 : bit(parts.charAt(0)); // an empty part follows no token
      }
      this.followers = bits;
    }

    /**
     * A bit per first char of the parts that may follow ({@link Compounds#bit}), for a caller that
     * keeps it at hand.
     */
    public long followers() {
      return followers;
    }

    /**
     * The joined form of this start and {@code second}, or null: آیین + نامه → اییننامه; also with
     * an ending on the second part (دانش + اموزان → دانشاموزان), joined or after a half-space, as
     * the writer's «گذاری‌های» or a spaced «گذاری های» closed up before it reaches here (سرمایه +
     * گذاری‌های → سرمایهگذاری‌های).
     */
    public CharSequence pair(char[] second, int length) {
      if (length == 0 || (followers & bit(second[0])) == 0) {
        return null; // an inflected second part starts as its stem does
      }
      String whole = pairs.get(second, 0, length);
      return whole != null ? whole : inflected(second, length);
    }

    private CharSequence inflected(char[] second, int length) {
      for (String ending : ENDINGS) {
        int stem = length - ending.length();
        if (stem > 1 && endsWith(second, length, ending)) {
          boolean halfSpaced = second[stem - 1] == '\u200c';
          String whole = pairs.get(second, 0, halfSpaced ? stem - 1 : stem);
          if (whole != null) {
            return new Inflected(whole, halfSpaced, ending);
          }
        }
      }
      return null;
    }

    /** Whether a compound of three parts starts here (جست و جو). */
    public boolean hasTriples() {
      return triples != null;
    }

    /** Whether a compound of three parts may go on with {@code second} (جست و …). */
    public boolean mayContinueTriple(char[] second, int length) {
      return triples != null && triples.containsKey(second, 0, length);
    }

    /** The joined form of this start and the next two parts, or null: جست + و + جو → جستوجو. */
    public String triple(char[] second, int secondLength, char[] third, int thirdLength) {
      CharArrayMap<String> last = triples == null ? null : triples.get(second, 0, secondLength);
      return last == null ? null : last.get(third, 0, thirdLength);
    }

    private static boolean endsWith(char[] chars, int length, String ending) {
      int from = length - ending.length();
      for (int i = 0; i < ending.length(); i++) {
        if (chars[from + i] != ending.charAt(i)) {
          return false;
        }
      }
      return true;
    }
  }

  /**
   * A compound's joined form with an ending, read in place: the filter copies it into its term at
   * once, so no string of it is ever built (a concatenation per inflected compound was a measured
   * share of the index chain).
   */
  private record Inflected(String whole, boolean halfSpaced, String ending)
      implements CharSequence {
    @Override
    public int length() {
      return whole.length() + (halfSpaced ? 1 : 0) + ending.length();
    }

    @Override
    public char charAt(int i) {
      if (i < whole.length()) {
        return whole.charAt(i);
      }
      int j = i - whole.length();
      if (halfSpaced) {
        if (j == 0) {
          return '\u200c';
        }
        j--;
      }
      return ending.charAt(j);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return toString().subSequence(start, end);
    }

    @Override
    public String toString() {
      return whole + (halfSpaced ? "\u200c" : "") + ending;
    }
  }
}
