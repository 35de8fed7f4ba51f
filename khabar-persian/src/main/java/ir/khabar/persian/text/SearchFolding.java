package ir.khabar.persian.text;

/**
 * The character folding that makes the index form: every spelling a writer or a scraper may use for
 * one Persian letter or digit becomes one character, and what is invisible disappears.
 *
 * <p>Hamza seats fold by a fixed rule here (أ→ا, ؤ→و, ئ→ی); the words where that rule alone is not
 * enough (مسئله / مساله) are unified later by the lexicon. ZWNJ is deleted: the index compares
 * words in their joined form, and spaced forms are joined by the spacing filter.
 *
 * <p>Arabic presentation forms ({@link PresentationForms}) are first read as the letters they stand
 * for. {@link #fold(char)} can do that for a form of one letter (ﺷ → ش); a ligature of several (ﻻ →
 * لا) needs {@link #fold(CharSequence)}, which handles both, as does the analyzer's char filter.
 */
public final class SearchFolding {
  /** Returned by {@link #fold(char)} for a character that is removed. */
  public static final char DELETE = '\uFFFF';

  private static final char[] TABLE = buildTable();
  private static final char FORMS_START = '\uFB50';

  /** Presentation forms folded: one char, {@link #DELETE}, or the form itself for a ligature. */
  private static final char[] FORMS = new char['\uFEFF' - FORMS_START + 1];

  /** The folded letters of a ligature whose letters fold to two chars or more; else null. */
  private static final String[] LIGATURES = new String[FORMS.length];

  static {
    for (int k = 0; k < FORMS.length; k++) {
      char c = (char) (FORMS_START + k);
      String letters = PresentationForms.letters(c);
      String folded = letters == null ? null : foldLetters(letters);
      if (folded == null) {
        FORMS[k] = c;
      } else if (folded.length() <= 1) {
        FORMS[k] = folded.isEmpty() ? DELETE : folded.charAt(0);
      } else {
        FORMS[k] = c;
        LIGATURES[k] = folded;
      }
    }
  }

  private SearchFolding() {}

  /**
   * The folded form of {@code c}, {@link #DELETE} when it is removed, or {@code c} itself (also for
   * a ligature of several letters: see {@link #ligature(char)}).
   */
  public static char fold(char c) {
    if (c < TABLE.length) {
      return TABLE[c];
    }
    return c >= FORMS_START && c < '\uFEFF' ? FORMS[c - FORMS_START] : foldHigh(c);
  }

  /** The folded letters of a presentation-form ligature of several letters (ﻻ → لا), else null. */
  public static String ligature(char c) {
    return c < FORMS_START || c >= '\uFEFF' ? null : LIGATURES[c - FORMS_START];
  }

  /**
   * Folds a whole string (used for lexicon entries and tests; the analyzer uses the char filter).
   */
  public static String fold(CharSequence s) {
    int same = 0;
    while (same < s.length()
        && fold(s.charAt(same)) == s.charAt(same)
        && ligature(s.charAt(same)) == null) {
      same++;
    }
    if (same == s.length()) {
      return s.toString(); // most words need no change: no copy
    }
    StringBuilder out = new StringBuilder(s.length()).append(s, 0, same);
    for (int i = same; i < s.length(); i++) {
      char c = s.charAt(i);
      String ligature = ligature(c);
      if (ligature != null) {
        out.append(ligature);
        continue;
      }
      char f = fold(c);
      if (f != DELETE) {
        out.append(f);
      }
    }
    return out.toString();
  }

  /**
   * Folds the letters of a presentation form (Arabic letters, marks and spaces: no forms again).
   */
  private static String foldLetters(String letters) {
    StringBuilder out = new StringBuilder(letters.length());
    for (int i = 0; i < letters.length(); i++) {
      char c = letters.charAt(i);
      char f = c < TABLE.length ? TABLE[c] : foldHigh(c);
      if (f != DELETE) {
        out.append(f);
      }
    }
    return out.toString();
  }

  private static char foldHigh(char c) {
    if (c == '\uFEFF'
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069')
        || (c >= '\u200B' && c <= '\u200F')) {
      return DELETE; // BOM, bidi embeddings and isolates, ZWSP, ZWNJ, ZWJ, LRM, RLM
    }
    if ((c >= '\u2000' && c <= '\u200A') || c == '\u202F' || c == '\u205F' || c == '\u3000') {
      return ' ';
    }
    return c;
  }

  private static char[] buildTable() {
    char[] t = new char[0x0700];
    for (char c = 0; c < t.length; c++) {
      t[c] = c;
    }
    t['\u00A0'] = ' ';
    t['\u00AD'] = DELETE; // soft hyphen
    t['\u061C'] = DELETE; // Arabic letter mark
    t['\u0640'] = DELETE; // kashida
    for (char c = '\u064B'; c <= '\u065F'; c++) {
      t[c] = DELETE; // harakat, tanvin, shadda, sukun, hamza above and below
    }
    t['\u0670'] = DELETE; // superscript alef
    t['\u0621'] = DELETE; // lone hamza: جزء = جز, اجزاء = اجزا
    map(t, "\u064A\u0649\u06CD\u06D0\u0626", '\u06CC'); // ي ى ۍ ې ئ → ی
    map(t, "\u0643\u06AA", '\u06A9'); // ك ڪ → ک
    map(t, "\u0629\u06C0\u06C1\u06C2\u06D5\u06BE", '\u0647'); // ة ۀ ہ ۂ ە ھ → ه
    map(t, "\u0622\u0623\u0625\u0671", '\u0627'); // آ أ إ ٱ → ا
    t['\u0624'] = '\u0648'; // ؤ → و
    for (int d = 0; d < 10; d++) {
      t['\u06F0' + d] = (char) ('0' + d);
      t['\u0660' + d] = (char) ('0' + d);
    }
    t['\u066B'] = '.'; // Arabic decimal separator
    t['\u066C'] = ','; // Arabic thousands separator
    t['\u066A'] = '%';
    return t;
  }

  private static void map(char[] t, String from, char to) {
    for (int i = 0; i < from.length(); i++) {
      t[from.charAt(i)] = to;
    }
  }
}
