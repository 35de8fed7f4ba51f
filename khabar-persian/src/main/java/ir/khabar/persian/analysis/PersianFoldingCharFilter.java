package ir.khabar.persian.analysis;

import ir.khabar.persian.text.SearchFolding;
import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;

/**
 * Applies {@link SearchFolding} before tokenisation, so that the tokenizer sees one spelling of each
 * letter and digit, and no invisible characters. Offsets of deleted characters are corrected, so
 * highlights still land on the original text.
 */
public final class PersianFoldingCharFilter extends BaseCharFilter {
  private char[] folded;
  private int length;
  private int pos;

  public PersianFoldingCharFilter(Reader in) {
    super(in);
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
    char[] buf = new char[1024];
    folded = new char[1024];
    int deleted = 0;
    for (int read = input.read(buf); read != -1; read = input.read(buf)) {
      if (length + read > folded.length) {
        folded = java.util.Arrays.copyOf(folded, Math.max(folded.length * 2, length + read));
      }
      for (int i = 0; i < read; i++) {
        char f = SearchFolding.fold(buf[i]);
        if (f == SearchFolding.DELETE) {
          deleted++;
          addOffCorrectMap(length, deleted);
        } else {
          folded[length++] = f;
        }
      }
    }
  }
}
