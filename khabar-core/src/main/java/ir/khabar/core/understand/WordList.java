package ir.khabar.core.understand;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * A text's folded words as the readers read them, a list of keys, each with its {@link Word}: a
 * later reader reads what it asks of word i from the same object the recogniser looked up. Its
 * sub-lists (a sentence's, a clause's) are views of the same words.
 */
public final class WordList extends AbstractList<String> implements RandomAccess {
  private final Word[] words;
  private final int from;
  private final int size;

  public WordList(Word[] words) {
    this(words, 0, words.length);
  }

  private WordList(Word[] words, int from, int size) {
    this.words = words;
    this.from = from;
    this.size = size;
  }

  /** The keys as a word list: itself when it is one, else each key looked up. */
  public static WordList of(List<String> keys) {
    if (keys instanceof WordList w) {
      return w;
    }
    Word[] words = new Word[keys.size()];
    for (int i = 0; i < words.length; i++) {
      words[i] = Word.of(keys.get(i));
    }
    return new WordList(words);
  }

  /** What the slot's reader finds of word i of {@code keys}: read by place in a word list. */
  public static <V> V get(List<String> keys, int i, Word.Slot<V> slot) {
    Word w = keys instanceof WordList list ? list.word(i) : Word.of(keys.get(i));
    return w.get(slot);
  }

  public Word word(int i) {
    return words[from + Objects.checkIndex(i, size)];
  }

  @Override
  public String get(int i) {
    return word(i).key;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public List<String> subList(int fromIndex, int toIndex) {
    Objects.checkFromToIndex(fromIndex, toIndex, size);
    return new WordList(words, from + fromIndex, toIndex - fromIndex);
  }
}
