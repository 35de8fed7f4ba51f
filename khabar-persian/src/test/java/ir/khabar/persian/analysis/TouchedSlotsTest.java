package ir.khabar.persian.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.persian.lexicon.Lexicon;
import org.junit.jupiter.api.Test;

/**
 * The stopwords record touches, for each word of the text it reads, the slot the spacing filter's
 * {@link WordLookups#of} probes that word at first: the same packing and the same hash.
 */
class TouchedSlotsTest {
  private static final String[] WORDS = {
    "دانشجویان", "دانشگاه", "تهران", "امروز", "مقابل", "ساختمان", "مرکزی", "تجمع", "کردند"
  };

  @Test
  void theWordsOfATextTouchTheirOwnSlots() {
    WordLookups lookups = new WordLookups(Lexicon.get().compounds());
    long metas = 0;
    for (String w : WORDS) {
      metas += lookups.meta(lookups.of(w.toCharArray(), w.length()));
    }
    TextStopwords record = new TextStopwords(Lexicon.get());
    record.touchSlotsIn(lookups);
    String text = String.join(" ", WORDS) + ".";
    record.record(text.toCharArray(), text.length());
    assertThat(metas).isNotZero();
    assertThat(record.touched()).isEqualTo(metas);
  }

  @Test
  void aWordNotInTheTableTouchesAnEmptySlot() {
    WordLookups lookups = new WordLookups(Lexicon.get().compounds());
    lookups.of("تهران".toCharArray(), 5);
    TextStopwords record = new TextStopwords(Lexicon.get());
    record.touchSlotsIn(lookups);
    record.record("اصفهان".toCharArray(), 6);
    assertThat(record.touched()).isZero();
    record.record("تهران".toCharArray(), 5);
    assertThat(record.touched()).isNotZero();
  }
}
