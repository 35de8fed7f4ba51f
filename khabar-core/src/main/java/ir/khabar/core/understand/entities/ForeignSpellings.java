package ir.khabar.core.understand.entities;

import ir.khabar.core.Entity;
import java.util.List;

/**
 * A foreign person's family name as another paper transliterates it: «پامپئو» for the listed
 * «پمپئو», the long-vowel letters and the hamza seat written or left out. Two writings meet on what
 * is left without ا, آ, و, ی and ئ, when that is long enough to tell names apart and only one
 * listed foreign person has it.
 */
final class ForeignSpellings {
  private static final int MIN_SKELETON = 3;

  private static final UniqueKeys.PerGazetteer KEYS =
      new UniqueKeys.PerGazetteer(
          e -> e.type() == Entity.Type.PERSON && !"IR".equals(e.country()),
          ForeignSpellings::familySkeleton);

  private ForeignSpellings() {}

  /**
   * The one listed foreign person whose family name this unlisted word spells otherwise, or null.
   */
  static Entry familyName(Gazetteer g, String key) {
    String skeleton = skeleton(key);
    return skeleton.length() < MIN_SKELETON ? null : KEYS.of(g).get(skeleton);
  }

  private static String familySkeleton(String name) {
    List<Token> tokens = Tokens.of(name);
    String skeleton = tokens.isEmpty() ? "" : skeleton(tokens.get(tokens.size() - 1).key());
    return skeleton.length() < MIN_SKELETON ? null : skeleton;
  }

  /** The word without its long-vowel letters and hamza seat: what two transliterations share. */
  static String skeleton(String key) {
    StringBuilder b = new StringBuilder(key.length());
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c != 'ا' && c != 'آ' && c != 'و' && c != 'ی' && c != 'ئ') {
        b.append(c);
      }
    }
    return b.toString();
  }
}
