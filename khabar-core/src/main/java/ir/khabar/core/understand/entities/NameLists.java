package ir.khabar.core.understand.entities;

import ir.khabar.core.Entity;
import ir.khabar.persian.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The other items of a list of people: «محمد قاضی ، عبدالکریم اسلامی ، فرید بهزادی و …». An item of
 * one to three name-shaped words next to a person, separated by a comma or «و», is a person too:
 * news lists players, cast and officials so, and the list says what its items are.
 */
final class NameLists {
  private static final int MAX_WORDS = 3;

  private NameLists() {}

  static void extend(Scan s, List<Candidate> chosen) {
    BitSet taken = new BitSet();
    chosen.forEach(c -> taken.set(c.from(), c.to()));
    List<Candidate> people = new ArrayList<>();
    for (Candidate c : chosen) {
      if (c.type() == Entity.Type.PERSON && c.length() >= 2) {
        people.add(c);
      }
    }
    List<Candidate> added = new ArrayList<>();
    for (Candidate c : people) {
      for (int from = s.nextListItem(c.to() - 1), to; from > 0; from = s.nextListItem(to - 1)) {
        to = itemEnd(s, from, taken);
        if (to <= from) {
          break;
        }
        added.add(person(s, from, to));
        taken.set(from, to);
      }
      for (int to = previous(s, c.from()), from; to > 0; to = previous(s, from)) {
        from = itemStart(s, to, taken);
        if (from >= to) {
          break;
        }
        added.add(person(s, from, to));
        taken.set(from, to);
      }
    }
    chosen.addAll(added);
  }

  private static Candidate person(Scan s, int from, int to) {
    return Candidate.read(s, from, to, Entity.Type.PERSON, "person", Candidate.PATTERN_PERSON);
  }

  /** The end (exclusive) of the item before a list separator before token j, or -1. */
  private static int previous(Scan s, int j) {
    if (j <= 1) {
      return -1;
    }
    String between = s.between(j - 2, j - 1);
    if (s.key(j - 1).equals("و") && between.isEmpty() && s.adjacent(j - 1)) {
      return j - 1;
    }
    between = s.between(j - 1, j);
    return between.equals("،") || between.equals(",") ? j : -1;
  }

  /** Where the item that ends at {@code to} starts: after a mark or «و», or {@code to}. */
  private static int itemStart(Scan s, int to, BitSet taken) {
    for (int from = Math.max(0, to - MAX_WORDS); from <= to - 1; from++) {
      if (opens(s, from) && words(s, from, to, taken) && named(s, from, to)) {
        return from;
      }
    }
    return to;
  }

  private static boolean opens(Scan s, int from) {
    return from == 0 || !s.adjacent(from - 1) || s.key(from - 1).equals("و");
  }

  private static boolean words(Scan s, int from, int to, BitSet taken) {
    for (int k = from; k < to; k++) {
      if (!word(s, k, taken) || k > from && !s.adjacent(k - 1)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Where a person's name that starts the item at {@code from} ends: the item must close with the
   * list (a comma, «و» or other mark) and hold a given name and a family name's shape.
   */
  private static int itemEnd(Scan s, int from, BitSet taken) {
    int k = from;
    while (k < s.size()
        && k - from < MAX_WORDS
        && (k == from || s.adjacent(k - 1))
        && word(s, k, taken)) {
      k++;
      if (closes(s, k)) {
        return named(s, from, k) ? k : from;
      }
    }
    return lastItem(s, from, k) && named(s, from, k) ? k : from;
  }

  private static boolean word(Scan s, int k, BitSet taken) {
    return !taken.get(k)
        && !s.breaks(k)
        && s.name[k] == null
        && s.roleLength[k] == 0
        && s.honorificLength[k] == 0
        && !Words.isTitleWord(s.key(k));
  }

  /** Whether the item ends before token k: the text ends, a mark, or «و». */
  private static boolean closes(Scan s, int k) {
    if (k >= s.size()) {
      return true;
    }
    String between = s.between(k - 1, k);
    return !between.isEmpty() || s.key(k).equals("و");
  }

  /**
   * Whether [from, k) is the list's last item, after «و», of two words or more from a given name or
   * an unknown word to a family name's shape or an unknown word, and a function word ends it: «…
   * کامبیز دیرباز و مینا ساداتی در فیلم …», not «ملک سلمان و سعود فرزندان خود را …» nor «… و وکیل
   * دادگستری در …».
   */
  private static boolean lastItem(Scan s, int from, int k) {
    return k - from >= 2
        && k < s.size()
        && s.adjacent(k - 1)
        && s.key(from - 1).equals("و")
        && s.breaks(k)
        && (s.givenName(from) || s.unknown(from))
        && (s.unknown(k - 1) || FamilyNameShapes.surnameShaped(s.key(k - 1)));
  }

  /**
   * Two or three words, the first a given name or no everyday word (ساسان, not وزن), and the last a
   * family name's shape or unknown, or the first a given name.
   */
  private static boolean named(Scan s, int from, int to) {
    boolean given = s.givenName(from);
    if (to - from == 1) {
      return alone(s, from);
    }
    return (given || s.unknown(from) || Lexicon.get().frequency(s.key(from)) < EVERYDAY)
        && (given || s.unknown(to - 1) || FamilyNameShapes.surnameShaped(s.key(to - 1)));
  }

  /**
   * «تیری هانری ، رابرت پیرس ، پتی و ویلتورد», «پوران ، بنان ، گلپا ، ایرج»: one word in a list of
   * people is a name when no list holds it, or it is a given name that is no everyday word.
   */
  private static boolean alone(Scan s, int x) {
    String key = s.key(x);
    return s.unknown(x)
        ? !LatinNames.hasLatin(key)
        : s.givenName(x) && !EverydayNames.everyday(key) && !PersonPatterns.ambiguousGiven(key);
  }

  private static final long EVERYDAY = 20_000_000;
}
