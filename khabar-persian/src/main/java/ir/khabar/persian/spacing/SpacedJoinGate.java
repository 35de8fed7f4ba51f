package ir.khabar.persian.spacing;

import ir.khabar.persian.lexicon.Lexicon;
import ir.khabar.persian.lexicon.SpellingTable;

/**
 * Which two neighbouring words {@link HalfSpaceRestorer#joinSpaced} may join: most pairs it joins
 * never, and display does not ask them. Each word is read once ({@link Ends}); a pair is asked only
 * when the first is a verb's prefix written apart (می شود), the two may be a spelling the table
 * writes with a half-space (گفت وگو), or the second is an ending written apart. Written beside the
 * rules it gates, from their own lists: every pair a rule joins passes.
 */
final class SpacedJoinGate {
  /**
   * Of one word: whether it is a verb's prefix written apart, may start or end a half-spaced
   * spelling the table gives, or is an ending written apart: a plural's (ها), a perfect tense's
   * (اند), ای, a clitic (اش) or a comparative (ترین).
   */
  record Ends(
      boolean verbPrefixApart, boolean startsHalfSpaced, boolean endsHalfSpaced, boolean ending) {}

  private SpacedJoinGate() {}

  static Ends ends(String word, SpellingTable spellings) {
    return new Ends(
        Lexicon.isVerbPrefixApart(word),
        spellings.mayStartHalfSpaced(word),
        spellings.mayEndHalfSpaced(word),
        HalfSpaceRestorer.PLURALS.contains(word)
            || HalfSpaceRestorer.PERSONAL_ENDINGS.contains(word)
            || word.equals("ای")
            || !Lexicon.lettersBeforeClitic(word).isEmpty()
            || HalfSpaceRestorer.COMPARATIVES_APART.contains(word));
  }

  /**
   * Whether the spelling table may write the two words as one with a half-space between them: the
   * only pairs {@link HalfSpaceRestorer#joinSpaced} looks up there.
   */
  static boolean mayBeHalfSpaced(Ends first, Ends second) {
    return first.startsHalfSpaced() && second.endsHalfSpaced();
  }

  /** Whether {@link HalfSpaceRestorer#joinSpaced} may join the two words. */
  static boolean mayJoin(Ends first, Ends second) {
    return first.verbPrefixApart() || mayBeHalfSpaced(first, second) || second.ending();
  }
}
