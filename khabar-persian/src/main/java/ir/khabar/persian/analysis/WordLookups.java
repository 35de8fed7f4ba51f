package ir.khabar.persian.analysis;

import ir.khabar.persian.lexicon.Compounds;
import java.util.Arrays;

/**
 * One analyzer thread's {@link WordLookup}s by token: news vocabulary is Zipfian, so most tokens
 * are found here. An open-addressing table of the lookups themselves, each holding its hash and its
 * chars: a hit reads one slot and one object, where Lucene's CharArrayMap reads the key array of
 * every slot on the probe path and then the value (measured: the lookup was the chain's largest
 * cost). Emptied when it reaches its limit.
 */
final class WordLookups {
  private static final int FIRST_SIZE = 1 << 10;
  private static final int MAX_SIZE = 1 << 17;

  private final Compounds compounds;
  private WordLookup[] slots = new WordLookup[FIRST_SIZE];
  private int count;

  WordLookups(Compounds compounds) {
    this.compounds = compounds;
  }

  /** The lookup of the token in {@code chars[0, length)}. */
  WordLookup of(char[] chars, int length) {
    int hash = 0;
    for (int i = 0; i < length; i++) {
      hash = 31 * hash + chars[i];
    }
    int mask = slots.length - 1;
    for (int slot = mix(hash) & mask; ; slot = (slot + 1) & mask) {
      WordLookup word = slots[slot];
      if (word == null) {
        return added(hash, chars, length, slot);
      }
      if (word.hash() == hash && word.isOf(chars, length)) {
        return word;
      }
    }
  }

  private WordLookup added(int hash, char[] chars, int length, int slot) {
    char[] text = Arrays.copyOf(chars, length);
    WordLookup word = new WordLookup(hash, text, compounds.startingWith(text, length));
    if (2 * (count + 1) <= slots.length) {
      slots[slot] = word;
    } else {
      if (slots.length < MAX_SIZE) {
        grow();
      } else {
        Arrays.fill(slots, null); // the limit: start again with the words met from now on
        count = 0;
      }
      put(word);
    }
    count++;
    return word;
  }

  private void grow() {
    WordLookup[] old = slots;
    slots = new WordLookup[old.length * 2];
    for (WordLookup word : old) {
      if (word != null) {
        put(word);
      }
    }
  }

  private void put(WordLookup word) {
    int mask = slots.length - 1;
    int slot = mix(word.hash()) & mask;
    while (slots[slot] != null) {
      slot = (slot + 1) & mask;
    }
    slots[slot] = word;
  }

  /** Spreads the hash's bits (a Fibonacci multiplier), so that similar words land apart. */
  private static int mix(int hash) {
    int h = hash * 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
