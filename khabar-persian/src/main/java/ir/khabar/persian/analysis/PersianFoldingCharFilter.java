package ir.khabar.persian.analysis;

import ir.khabar.persian.text.PresentationForms;
import ir.khabar.persian.text.SearchFolding;
import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;
import org.apache.lucene.analysis.CharFilter;
import org.apache.lucene.analysis.CharacterUtils;

/**
 * Applies {@link SearchFolding} before tokenisation, so that the tokenizer sees one spelling of
 * each letter and digit and no invisible characters, and closes the space before a detached suffix
 * ("کتاب ها" → "کتاب\u200cها", "بزرگ ترین" → "بزرگ\u200cترین") with a half-space, which it keeps
 * between letters: the three spellings of such a word reach the tokenizer as one, and the
 * half-space still marks where the suffix starts. Arabic presentation forms are read as their
 * letters first (ﺷﻬﺮﺳﺘﺎن → شهرستان, ﻻ → لا; see {@link PresentationForms}). Offsets are corrected
 * for removed characters and for ligatures written out as several letters, so highlights still land
 * on the original text.
 *
 * <p>Letters are also put in lower case here, as Lucene's LowerCaseFilter would put the tokens (the
 * same chars: case changes no char's count or word-break class), in the same pass as the folding:
 * Khabar's analyzer needs no lower-case filter of its own.
 */
public final class PersianFoldingCharFilter extends CharFilter {
  /** Search folding and then lower case, for the chars below U+0700 (nearly all of a text). */
  private static final char[] LOW_FOLD = lowFold();

  private final FoldingBuffers buffers;
  private final OffsetCorrections corrections;

  /** Where the text's stopwords are recorded when asked for; null for none. */
  private final TextStopwords stopwords;

  private static final String[] DETACHED = {
    "هایشان", "هایتان", "هایمان", "هایش", "هایت", "هایم", "هایی", "های", "ها", "ترین", "تر"
  };

  private static final char ZWNJ = '\u200c';
  private char[] folded;

  /** While folding: the input offset of each char of the text with presentation forms replaced. */
  private int[] sources;

  private int length;
  private int pos;

  /** How many chars {@link #readAll} read. */
  private int readLength;

  public PersianFoldingCharFilter(Reader in) {
    this(in, new FoldingBuffers(), null);
  }

  /**
   * Folds in {@code buffers}, which the caller owns and gives no other text until this one's tokens
   * and offsets have been read (see {@link KhabarAnalyzer}); the text's stopwords are recorded in
   * {@code stopwords} (null for none) when it {@link TextStopwords#expect expects} them.
   */
  PersianFoldingCharFilter(Reader in, FoldingBuffers buffers, TextStopwords stopwords) {
    super(in);
    this.buffers = buffers;
    this.corrections = buffers.corrections;
    this.stopwords = stopwords;
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (folded == null) {
      foldInput();
    }
    if (pos >= length) {
      return -1;
    }
    int n = Math.min(len, length - pos);
    System.arraycopy(folded, pos, cbuf, off, n);
    pos += n;
    return n;
  }

  private void foldInput() throws IOException {
    buffers.startText();
    char[] input = readAll();
    int inputLength = readLength;
    char[] text = toLetters(input, inputLength);
    if (stopwords != null && stopwords.armed()) {
      stopwords.record(input, inputLength); // the stopwords of the text as written
    }
    int textLength = text == input ? inputLength : text.length;
    folded = buffers.folded(textLength);
    int[] src = sources; // null: no presentation forms, each char of text is the input's char
    int diff = 0; // input offset - output offset, at the output char last written
    boolean surrogates = false;
    for (int i = 0; i < textLength; i++) {
      char c = text[i];
      char f = c < LOW_FOLD.length ? LOW_FOLD[c] : SearchFolding.fold(c);
      if (c == ZWNJ && keepsHalfSpace(text, textLength, i)
          || f == ' ' && joinsDetachedSuffix(text, textLength, i)) {
        f = ZWNJ;
      } else if (f == SearchFolding.DELETE) {
        continue;
      } else if (f >= LOW_FOLD.length) {
        surrogates |= Character.isSurrogate(f);
        f = Character.isSurrogate(f) ? f : Character.toLowerCase(f);
      }
      int d = (src == null ? i : src[i]) - length;
      if (d != diff) {
        corrections.add(length, d);
        diff = d;
      }
      folded[length++] = f;
    }
    if (inputLength - length != diff) {
      corrections.add(length, inputLength - length); // the end of the text, after deleted chars
    }
    if (surrogates) {
      CharacterUtils.toLowerCase(folded, 0, length); // by code point, as LowerCaseFilter does
    }
    sources = null;
  }

  @Override
  protected int correct(int currentOff) {
    return corrections.correct(currentOff);
  }

  private static char[] lowFold() {
    char[] table = new char[0x0700];
    for (char c = 0; c < table.length; c++) {
      char f = SearchFolding.fold(c);
      table[c] = f == SearchFolding.DELETE ? f : Character.toLowerCase(f);
    }
    return table;
  }

  /**
   * The input with each presentation form replaced by its letters, before any other folding; the
   * input itself when it has none. A ligature's letters all come from the ligature: a token
   * starting at any of them starts at the ligature, and the offset after them is the one after the
   * ligature (as Lucene's MappingCharFilter maps a longer replacement).
   */
  private char[] toLetters(char[] input, int inputLength) {
    int first = 0;
    while (first < inputLength && PresentationForms.letters(input[first]) == null) {
      first++;
    }
    if (first == inputLength) {
      return input;
    }
    char[] text = new char[inputLength + 16];
    sources = new int[text.length];
    int n = 0;
    for (int i = 0; i < inputLength; i++) {
      String letters = i < first ? null : PresentationForms.letters(input[i]);
      int count = letters == null ? 1 : letters.length();
      if (n + count > text.length) {
        int size = Math.max(text.length * 2, n + count);
        text = Arrays.copyOf(text, size);
        sources = Arrays.copyOf(sources, size);
      }
      if (letters == null) {
        text[n] = input[i];
        sources[n++] = i;
      } else {
        for (int k = 0; k < count; k++) {
          text[n] = letters.charAt(k);
          sources[n++] = i;
        }
      }
    }
    return Arrays.copyOf(text, n);
  }

  /**
   * A half-space between two letters stays, one of a row: it tells the stemmer where a suffix
   * starts (آیه‌ای is آیه + ای, where آیهای could be آی + های). The term filter removes it from the
   * term.
   */
  private boolean keepsHalfSpace(char[] text, int textLength, int at) {
    return length > 0
        && isPersianLetter(folded[length - 1])
        && at + 1 < textLength
        && isPersianLetter(SearchFolding.fold(text[at + 1]));
  }

  /**
   * A space between a word and a suffix written apart: the letter before it, a suffix word after
   * it.
   */
  private boolean joinsDetachedSuffix(char[] text, int textLength, int space) {
    if (space + 2 >= textLength) {
      return false;
    }
    char next = SearchFolding.fold(text[space + 1]);
    char then = next == 'ه' ? 'ا' : next == 'ت' ? 'ر' : 0; // every suffix starts with ها or تر
    if (then == 0
        || SearchFolding.fold(text[space + 2]) != then
        || length == 0
        || !isPersianLetter(folded[length - 1])) {
      return false;
    }
    for (String suffix : DETACHED) {
      int end = space + 1 + suffix.length();
      if (end <= textLength
          && regionMatches(text, space + 1, suffix)
          && (end == textLength || !isWordChar(text[end]))) {
        return true;
      }
    }
    return false;
  }

  private static boolean regionMatches(char[] text, int at, String s) {
    for (int k = 0; k < s.length(); k++) {
      if (SearchFolding.fold(text[at + k]) != s.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '\u200C';
  }

  private static boolean isPersianLetter(char c) {
    return c >= '\u0621' && c <= '\u06D3' && ARABIC_LETTER[c - '\u0621'];
  }

  /** Character.isLetter for U+0621 to U+06D3, looked up instead of asked char by char. */
  private static final boolean[] ARABIC_LETTER = arabicLetters();

  private static boolean[] arabicLetters() {
    boolean[] letters = new boolean['\u06D3' - '\u0621' + 1];
    for (char c = '\u0621'; c <= '\u06D3'; c++) {
      letters[c - '\u0621'] = Character.isLetter(c);
    }
    return letters;
  }

  /** The whole input, in a buffer that may be longer: its first {@link #readLength} chars. */
  private char[] readAll() throws IOException {
    char[] buf = buffers.input(0, 0);
    int n = 0;
    for (int got = input.read(buf, n, buf.length - n);
        got != -1;
        got = input.read(buf, n, buf.length - n)) {
      n += got;
      if (n == buf.length) {
        buf = buffers.input(n + 1, n);
      }
    }
    readLength = n;
    return buf;
  }
}
