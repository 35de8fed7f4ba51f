package ir.khabar.persian.lexicon;

import java.util.Collection;

/**
 * A small set of words of up to eight chars, looked up by the chars packed in two longs ({@link
 * #pack}): a scan that packs a word as it reads it finds it with no array read but the table's own
 * few cache lines. The stopwords field asks this for every word of every text.
 */
public final class ShortWords {
  /** The longest word the set holds. */
  public static final int MAX_LENGTH = 8;

  /**
   * A slot's head and tail side by side, so that a probe reads one cache line; a head of zero is an
   * empty slot (a word's first char is never zero).
   */
  private final long[] packs;

  private final String[] words;

  ShortWords(Collection<String> from) {
    int size = Integer.highestOneBit(Math.max(8, from.size() * 4) - 1) << 1;
    packs = new long[2 * size];
    words = new String[size];
    for (String w : from) {
      if (!w.isEmpty() && w.length() <= MAX_LENGTH) {
        char[] chars = w.toCharArray();
        long head = pack(chars, 0, chars.length);
        long tail = pack(chars, 4, chars.length);
        int slot = slot(head, tail);
        while (words[slot] != null && !(packs[2 * slot] == head && packs[2 * slot + 1] == tail)) {
          slot = (slot + 1) & (size - 1);
        }
        packs[2 * slot] = head;
        packs[2 * slot + 1] = tail;
        words[slot] = w;
      }
    }
  }

  /**
   * Chars {@code from} to {@code from + 3} of the word (fewer when it ends before), packed with the
   * first in the low 16 bits; zero for none. Chars are never zero in a word, so a word's two packs
   * are its identity.
   */
  public static long pack(char[] chars, int from, int length) {
    switch (Math.min(length - from, 4)) { // written out: no loop for the JIT to keep
      case 4:
        return chars[from]
            | (long) chars[from + 1] << 16
            | (long) chars[from + 2] << 32
            | (long) chars[from + 3] << 48;
      case 3:
        return chars[from] | (long) chars[from + 1] << 16 | (long) chars[from + 2] << 32;
      case 2:
        return chars[from] | (long) chars[from + 1] << 16;
      case 1:
        return chars[from];
      default:
        return 0;
    }
  }

  /**
   * The index of the word whose chars pack to {@code head} (chars 0–3) and {@code tail} (chars
   * 4–7), from 0 to {@link #capacity()}, or -1: a reader may record the words it finds as bits.
   */
  public int indexOf(long head, long tail) {
    int mask = words.length - 1;
    for (int slot = slot(head, tail); ; slot = (slot + 1) & mask) {
      long h = packs[2 * slot];
      if (h == 0) {
        return -1;
      }
      if (h == head && packs[2 * slot + 1] == tail) {
        return slot;
      }
    }
  }

  /** The word at an index {@link #indexOf} gave. */
  public String word(int index) {
    return words[index];
  }

  /** One more than the largest index {@link #indexOf} gives. */
  public int capacity() {
    return words.length;
  }

  private int slot(long head, long tail) {
    long h = (head * 0x9E3779B97F4A7C15L) ^ (tail * 0xC2B2AE3D27D4EB4FL);
    return (int) (h ^ (h >>> 32)) & (words.length - 1);
  }
}
