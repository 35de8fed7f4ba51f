package ir.khabar.core.understand.entities;

import ir.khabar.persian.lexicon.Lexicon;

/**
 * A preposition written against the noun it governs («درجریان» is «در جریان», «برصلح» is «بر صلح»):
 * the word opens a phrase as the spaced preposition does, so no name runs through it. The rest must
 * be an everyday word of the lists, seen far more often than the glued form, and the glued form no
 * word or verb of its own (درباره، بازار، برساند are words). {@link GluedWords} cuts a glued
 * function word off a name; this is its counterpart for common nouns, read as a break.
 */
final class GluedPrepositions {
  private static final Lexicon LEXICON = Lexicon.get();

  /** Prepositions glued before their noun. */
  private static final String[] BEFORE = {"در", "از", "با", "به", "بر"};

  /** The rest must be a word of its own length: «به» + «رام» is no split of «بهرام». */
  private static final int MIN_REST = 3;

  private GluedPrepositions() {}

  /**
   * Whether the folded word is a preposition glued before its noun (درجریان, برصلح): it breaks a
   * name as the spaced preposition does.
   */
  static boolean before(String key) {
    return LEXICON.isKnown(key) && glued(key, MIN_REST);
  }

  /**
   * Whether the folded word, which no list holds, is a preposition glued before an everyday word of
   * four letters or more («درادامه», «دراجتماع»): a foreign name in «بر» or «با» leaves a shorter
   * one (برانت، باراک), but a family name may leave a word too (بامیری، برآبادی), so this one
   * breaks a name only where no given name stands before it ({@link Scan#breaks}).
   */
  static boolean beforeUnlisted(String key) {
    return !LEXICON.isKnown(key) && glued(key, MIN_REST_UNLISTED);
  }

  private static boolean glued(String key, int rest) {
    if (ownWord(key)) {
      return false;
    }
    long seen = LEXICON.frequency(key);
    for (String p : BEFORE) {
      if (key.length() >= p.length() + rest
          && key.startsWith(p)
          && everyday(key.substring(p.length()), seen)) {
        return true;
      }
    }
    return false;
  }

  /** The rest of a glued form no list holds. */
  private static final int MIN_REST_UNLISTED = 4;

  /** Prepositions glued after the word before them, the space lost: «اقتصادبا», «کشوردر». */
  private static final String[] AFTER = {"با", "در", "از"};

  /**
   * Whether the folded word is an everyday word with the next phrase's preposition glued after it
   * («وزیر امور اقتصادبا اشاره به …»): no word of a name. The glued form must be no list's word at
   * all (شیراز, پرواز, مادر are words; a foreign name in «با» leaves no everyday word before it).
   */
  static boolean after(String key) {
    if (LEXICON.isKnown(key) || ownWord(key)) {
      return false;
    }
    for (String p : AFTER) {
      if (key.length() >= p.length() + MIN_REST
          && key.endsWith(p)
          && everyday(key.substring(0, key.length() - p.length()), 0)) {
        return true;
      }
    }
    return false;
  }

  /** A word, stopword or verb of its own (درباره، بازار، برساند). */
  private static boolean ownWord(String key) {
    return LEXICON.isWord(key) || LEXICON.isStopword(key) || LEXICON.isVerb(key);
  }

  /** An everyday word ({@link Words#everyday}) seen ten times as often as its glued form. */
  private static boolean everyday(String rest, long glued) {
    return Words.everyday(rest) && LEXICON.frequency(rest) >= 10 * glued;
  }
}
