package ir.khabar.persian.analysis;

import java.util.Arrays;

/**
 * The offset corrections of a char filter that only deletes and expands, as Lucene's {@code
 * BaseCharFilter} keeps them, answered with a cursor: a tokenizer asks for offsets in increasing
 * order, so each answer is found where the last one was rather than by a binary search.
 */
final class OffsetCorrections {
  private int[] offsets = new int[8];
  private int[] diffs = new int[8];
  private int size;
  private int cursor = -1;

  /** Forgets every correction, for the next text. */
  void clear() {
    size = 0;
    cursor = -1;
  }

  /** From output offset {@code off} on, the input offset is {@code off + cumulativeDiff}. */
  void add(int off, int cumulativeDiff) {
    if (size > 0 && offsets[size - 1] == off) {
      diffs[size - 1] = cumulativeDiff;
      return;
    }
    if (size == offsets.length) {
      offsets = Arrays.copyOf(offsets, size * 2);
      diffs = Arrays.copyOf(diffs, size * 2);
    }
    offsets[size] = off;
    diffs[size++] = cumulativeDiff;
  }

  /** The input offset of output offset {@code off}. */
  int correct(int off) {
    if (size == 0 || off < offsets[0]) {
      return off;
    }
    if (cursor < 0 || offsets[cursor] > off) {
      int index = Arrays.binarySearch(offsets, 0, size, off);
      cursor = index < -1 ? -2 - index : index;
    } else {
      while (cursor + 1 < size && offsets[cursor + 1] <= off) {
        cursor++;
      }
    }
    return off + diffs[cursor];
  }
}
