package ir.khabar.core.understand.events;

import ir.khabar.core.understand.Word;
import ir.khabar.core.understand.WordList;
import java.util.List;

/**
 * What the event rules' lookups find of one folded word, once per distinct word ({@link Word}): the
 * reporting word it is by itself and the first of a two-word one it may be ({@link EventWords}),
 * whether it is a verb ({@link Clause#verb}), and the topic its stem raises ({@link Topics}), or
 * null.
 */
record KeyFacts(EventWords trigger, String pairHead, boolean verb, String topic) {
  private static final Word.Slot<KeyFacts> SLOT =
      new Word.Slot<>(
          key ->
              new KeyFacts(
                  EventWords.trigger(key),
                  EventWords.pairHead(key),
                  Clause.verb(key),
                  Topics.stemTopic(key)));

  /** The facts of word i of {@code keys}, read by place when they are a {@link WordList}. */
  static KeyFacts of(List<String> keys, int i) {
    return WordList.get(keys, i, SLOT);
  }
}
