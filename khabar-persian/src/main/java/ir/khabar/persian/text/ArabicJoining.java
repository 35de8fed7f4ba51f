package ir.khabar.persian.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;

/**
 * The Arabic-script letters and those that join the next letter, by Unicode's joining types (ICU):
 * after ا, د, ر, ژ, و, ة, ۀ … a half-space changes nothing, so a word may be written right with
 * none (کالاها, نهادهای). Found once, as tables: every char of a text may ask.
 */
public final class ArabicJoining {
  private static final CharTable LETTERS =
      CharTable.of(c -> c >= '\u0620' && c <= '\u06FF' && Character.isLetter(c) && c != '\u0640');

  private static final CharTable JOINS_NEXT =
      CharTable.of(
          c ->
              LETTERS.has((char) c)
                  && UCharacter.getIntPropertyValue(c, UProperty.JOINING_TYPE)
                      == UCharacter.JoiningType.DUAL_JOINING);

  private ArabicJoining() {}

  /** An Arabic-script letter (not the kashida). */
  public static boolean isLetter(char c) {
    return LETTERS.has(c);
  }

  /** An Arabic-script letter that joins the next one. */
  public static boolean joinsNext(char c) {
    return JOINS_NEXT.has(c);
  }
}
