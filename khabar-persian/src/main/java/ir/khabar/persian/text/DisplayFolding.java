package ir.khabar.persian.text;

/**
 * The character clean-up for text shown to readers: Arabic letter forms become Persian ones, digits
 * become Persian (except inside Latin words such as "G20" or "COVID-19"), invisible, bidi and other
 * control characters go (a stray one in a scraped title has no place in HTML or an Atom feed); a
 * kashida stretching a word goes, one standing alone is the dash it was typed as. Hamza seats, آ
 * and diacritics stay as the writer chose; ZWNJ is kept where it joins two letters and dropped
 * where it touches a space or cuts a word's final «ه» off alone. Arabic presentation forms
 * (ﺷﻬﺮﺳﺘﺎن, ﻻ) become the letters they stand for ({@link PresentationForms}), so that the text is
 * shaped by the reader's font.
 */
public final class DisplayFolding {
  private DisplayFolding() {}

  public static String fold(CharSequence text) {
    return String.valueOf(foldedChars(text));
  }

  /**
   * {@link #fold} as the chars of the folded text, for a reader that walks them: no builder that
   * starts in Latin-1 and is copied wide at the first Persian letter, and no String between.
   */
  public static char[] foldedChars(CharSequence text) {
    String s = PresentationForms.toLetters(text);
    char[] out = new char[s.length()];
    int n = 0;
    int digitsEnd = -1; // the run of digits and separators the last digit was in, and its reading
    boolean latinDigits = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char last = n == 0 ? NONE : out[n - 1];
      char f = isStretchOrMark(c) && insideAWord(last, s, i) ? inWordChar(c) : foldChar(c);
      if (f == SearchFolding.DELETE) {
        continue;
      }
      if (f == ZWNJ && !keepZwnj(last, s, i)) {
        continue;
      }
      if (f >= '0' && f <= '9') {
        if (i >= digitsEnd) {
          digitsEnd = runEnd(s, i);
          latinDigits = touchesLatin(s, i, digitsEnd);
        }
        if (!latinDigits) {
          f = (char) ('\u06F0' + (f - '0'));
        }
      }
      out[n++] = f;
    }
    return n == out.length ? out : java.util.Arrays.copyOf(out, n);
  }

  /** No character written yet. */
  private static final char NONE = '\u0000';

  static final char ZWNJ = '\u200C';

  /**
   * Whether the character at {@code i} sits between two Arabic-script letters of one word, the
   * first joining the next (kashidas and bidi marks skipped).
   */
  private static boolean insideAWord(char last, String s, int i) {
    if (last == NONE || !ArabicJoining.joinsNext(last)) {
      return false;
    }
    int k = i + 1;
    while (k < s.length() && isStretchOrMark(s.charAt(k))) {
      k++;
    }
    return k < s.length() && ArabicJoining.isLetter(s.charAt(k));
  }

  /**
   * Between two letters of a word a kashida only stretches it (ایـــران), and a left-to-right or
   * right-to-left mark stands for the half-space some sites type with it (سال‎جاری, عده‎ای): it has
   * no bidi work to do between two Persian letters. Anywhere else a kashida is a dash the writer
   * typed («تهران ـ خبرنگار», «۹۶ـ۹۴», «۳ـ به میزان») and stays.
   */
  private static char inWordChar(char c) {
    return switch (c) {
      case '\u0640' -> SearchFolding.DELETE;
      case '\u200E', '\u200F' -> ZWNJ;
      default -> foldChar(c);
    };
  }

  private static boolean isStretchOrMark(char c) {
    return c == '\u0640' || c == '\u200E' || c == '\u200F';
  }

  private static char foldChar(char c) {
    return c < FOLDED.length ? FOLDED[c] : foldOne(c);
  }

  /** {@link #foldOne} of Latin, Arabic and Persian chars, found once. */
  private static final char[] FOLDED = new char[0x0700];

  static {
    for (char c = 0; c < FOLDED.length; c++) {
      FOLDED[c] = foldOne(c);
    }
  }

  private static char foldOne(char c) {
    switch (c) {
      case '\u064A':
      case '\u0649':
        return '\u06CC';
      case '\u0643':
        return '\u06A9';
      case '\u06C0':
        return '\u0647'; // ۀ → ه (the ezafe is then shown as هٔ by fonts that need it)
      case '\u0660':
      case '\u0661':
      case '\u0662':
      case '\u0663':
      case '\u0664':
      case '\u0665':
      case '\u0666':
      case '\u0667':
      case '\u0668':
      case '\u0669':
        return (char) ('0' + (c - '\u0660'));
      case '\u00A0':
      case '\u202F':
        return ' ';
      case ZWNJ:
        return ZWNJ;
      case '\u0640':
        return '\u0640'; // a dash; inside a word it is stretching, see inWordChar
      default:
        if (c >= '\u06F0' && c <= '\u06F9') {
          return (char) ('0' + (c - '\u06F0'));
        }
        return isInvisible(c) ? SearchFolding.DELETE : SearchFolding.fold(c) == ' ' ? ' ' : c;
    }
  }

  /** Invisible and control characters; line breaks and tabs are text. */
  private static boolean isInvisible(char c) {
    return c < ' ' && c != '\n' && c != '\t'
        || c >= '\u007F' && c <= '\u009F'
        || c == '\u00AD'
        || c == '\u061C'
        || c == '\uFEFF'
        || (c >= '\u200B' && c <= '\u200F')
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069');
  }

  private static boolean keepZwnj(char before, CharSequence s, int i) {
    if (before == NONE || i + 1 >= s.length()) {
      return false;
    }
    char after = s.charAt(i + 1);
    return before != ZWNJ
        && Character.isLetter(before)
        && Character.isLetter(after)
        && !loneFinalHeh(s, i + 1);
  }

  /**
   * Whether a word's last letter, a «ه» (or «ة»), stands alone after the half-space: no suffix or
   * word is that letter, so the half-space was typed inside the word («پروژ‌ه‌های», «داد‌ه‌اند»).
   */
  private static boolean loneFinalHeh(CharSequence s, int at) {
    char c = s.charAt(at);
    return (c == 'ه' || c == 'ة')
        && (at + 1 >= s.length() || !Character.isLetter(s.charAt(at + 1)));
  }

  /** Where the run of digits and separators holding the digit at {@code i} ends. */
  private static int runEnd(CharSequence s, int i) {
    int k = i + 1;
    while (k < s.length() && isDigitOrSep(s.charAt(k))) {
      k++;
    }
    return k;
  }

  /**
   * Whether a Latin letter touches the run of digits and separators holding the digit at {@code i}
   * and ending at {@code end}: every digit of one run reads the same, so it is asked once a run.
   */
  private static boolean touchesLatin(CharSequence s, int i, int end) {
    int j = i - 1;
    while (j >= 0 && isDigitOrSep(s.charAt(j))) {
      j--;
    }
    return (j >= 0 && isLatin(s.charAt(j))) || (end < s.length() && isLatin(s.charAt(end)));
  }

  private static boolean isDigitOrSep(char c) {
    return Character.isDigit(c) || c == '-' || c == '.';
  }

  private static boolean isLatin(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }
}
