package ir.khabar.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Site furniture printed above a text page's article: a "related news" block («اخبار مرتبط» and the
 * headlines it links to) or a menu line, above the title. Removed before the page is read, so that
 * a marker which ends an article when it comes after it («اخبار مرتبط») does not cut the whole page
 * when it comes first. The article starts at the first of: the aggregator's "date …" header, a
 * title printed twice, the title above a dateline; else at its first sentence-long line. Nothing
 * from there on is ever removed, and a page that does not start with furniture is left alone.
 */
final class PageHeader {
  /** The lines looked at: furniture above an article is a handful of lines. */
  private static final int MAX_LINES = 6;

  /**
   * A line of this many words is article text (a lead or a paragraph), not a link or a menu item.
   */
  private static final int ARTICLE_WORDS = 8;

  private static final Pattern DATE_HEADER =
      Pattern.compile("^\\s*date\\s+\\d{4}-\\d{2}-\\d{2}(\\s|$)");

  private PageHeader() {}

  /** Removes the furniture above the article from {@code lines} (stripped, blank lines kept). */
  static void remove(List<String> lines) {
    List<Integer> top = firstLines(lines);
    for (int n = 1; n < top.size(); n++) {
      if (DATE_HEADER.matcher(lines.get(top.get(n))).find()) {
        lines.subList(0, top.get(n)).clear();
        return;
      }
    }
    if (top.isEmpty() || !isMarker(lines.get(top.get(0)))) {
      return;
    }
    int start = articleStart(lines, top);
    if (start > 0) {
      lines.subList(0, top.get(start)).clear();
    }
  }

  /** Which of the first lines the article starts at, or -1 when none looks like its start. */
  private static int articleStart(List<String> lines, List<Integer> top) {
    for (int n = 1; n < top.size(); n++) {
      String line = lines.get(top.get(n));
      if (n + 1 < top.size()
          && Furniture.key(line).equals(Furniture.key(lines.get(top.get(n + 1))))) {
        return n;
      }
      if (n >= 2 && Dateline.of(line, null).isPresent()) {
        return n - 1;
      }
    }
    for (int n = 1; n < top.size(); n++) {
      if (words(lines.get(top.get(n))) >= ARTICLE_WORDS) {
        return n;
      }
    }
    return -1;
  }

  /** A line that starts a furniture block or is furniture on its own. */
  private static boolean isMarker(String line) {
    return Furniture.startsTrailer(line) || Furniture.isFurnitureLine(line);
  }

  private static List<Integer> firstLines(List<String> lines) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < lines.size() && out.size() < MAX_LINES; i++) {
      if (!lines.get(i).isBlank()) {
        out.add(i);
      }
    }
    return out;
  }

  private static int words(String line) {
    String s = line.strip();
    return s.isEmpty() ? 0 : s.split("\\s+").length;
  }
}
