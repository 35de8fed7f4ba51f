package ir.khabar.core.extract;

import java.util.List;

/**
 * The headline block a newspaper's plain text opens with (Hamshahri's files): a column's rubric
 * over the title («نگاه دوم» / «هزینه‌های یک غفلت»), a speaker over what they said («وزیر بهداشت:»
 * / «همه استان‌های مرزی در معرض …»), or an over-title over the title («با وجود قانون منع کار
 * کودکان» / «یک میلیون کودک در ایران کار می‌کنند»; «در پایان اجلاس گروه هشت عنوان شد؛» / «پوتین:
 * …»). A page without one keeps its first line as the title.
 */
final class HeadlineBlock {
  /** A rubric is a column's name: one or two words. */
  private static final int RUBRIC_WORDS = 2;

  /** A speaker's line is a name and a role, maybe where they spoke and «اعلام کرد:». */
  private static final int SPEAKER_WORDS = 14;

  /** A title under an over-title has four words or more, more than an author's name under it. */
  private static final int TITLE_UNDER_WORDS = 4;

  private static final int MAX_WORDS = 16;
  private static final int MAX_CHARS = 110;

  /** How a statement or a list ends; a title may end with «؟», «!» or a quote. */
  private static final String STATEMENT_END = ".:؛،,";

  /** The title, and the over-title when there is one (null otherwise). */
  record Headline(String title, String overTitle) {}

  private HeadlineBlock() {}

  /**
   * The headline of a page whose first line is {@code first}; {@code rest} is the lines after it,
   * from which the title line is taken when the block has one under {@code first}.
   */
  static Headline read(String first, List<String> rest) {
    if (rest.size() < 2 || !headlineShaped(rest.get(0))) {
      return new Headline(first, null);
    }
    String second = rest.get(0);
    int words = TextPageExtractor.words(first);
    if (first.endsWith(":") && words <= SPEAKER_WORDS) {
      rest.remove(0);
      return new Headline(first + " " + second, null);
    }
    if (first.endsWith("؛") && first.length() <= MAX_CHARS) {
      rest.remove(0);
      return new Headline(second, first.substring(0, first.length() - 1).strip());
    }
    if (endsStatement(first) || first.length() > MAX_CHARS) {
      return new Headline(first, null);
    }
    if (words <= RUBRIC_WORDS) {
      rest.remove(0);
      return new Headline(second, null);
    }
    if (TextPageExtractor.words(second) >= TITLE_UNDER_WORDS) {
      rest.remove(0);
      return new Headline(second, first);
    }
    return new Headline(first, null);
  }

  /**
   * A line that can be a title: short, two words or more, not ended like a sentence, not a
   * dateline, byline or lead («فارس: …», «به گزارش …»).
   */
  private static boolean headlineShaped(String line) {
    int words = TextPageExtractor.words(line);
    return line.length() <= MAX_CHARS
        && words >= 2
        && words <= MAX_WORDS
        && !endsStatement(line)
        && !line.startsWith("به گزارش")
        && !opensWithSource(line)
        && Dateline.of(line, null).isEmpty()
        && !Furniture.isByline(line)
        && !Furniture.isFurnitureLine(line);
  }

  private static boolean endsStatement(String line) {
    return STATEMENT_END.indexOf(line.charAt(line.length() - 1)) >= 0;
  }

  /** «فارس: …», «گروه اجتماعی: …»: a lead that opens with its source or desk. */
  private static boolean opensWithSource(String line) {
    int colon = line.indexOf(':');
    return colon > 0 && TextPageExtractor.words(line.substring(0, colon)) <= 3;
  }
}
