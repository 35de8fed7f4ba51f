package ir.khabar.core.extract.html;

import ir.khabar.core.Comment;
import ir.khabar.core.extract.dates.StatedDate;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Comments shown on the page: each element whose class names a single comment, with its author, the
 * reader's country when the page shows it, the time and the text. Comment forms are not comments.
 */
final class CommentReader {
  private static final String ITEM =
      ".comment, li[class*=comment-item], div[class*=comment-item], .cmt, .comment-box";
  private static final String AUTHOR =
      ".comment-author, .comment-name, .author, .name, .cmt-name, strong";
  private static final String DATE = ".comment-date, .date, time, .cmt-date";
  private static final String TEXT = ".comment-text, .comment-body, .comment-content, .cmt-text, p";
  private static final String COUNTRY = ".comment-country, .country, [class*=flag]";

  private CommentReader() {}

  static List<Comment> read(Document doc) {
    List<Comment> comments = new ArrayList<>();
    for (Element item : doc.select(ITEM)) {
      if (item.closest("form") != null || !item.select(ITEM).stream().allMatch(e -> e == item)) {
        continue;
      }
      String text = text(item, TEXT);
      if (text == null) {
        continue;
      }
      String date = text(item, DATE);
      comments.add(
          new Comment(
              text(item, AUTHOR),
              country(item),
              text,
              date == null ? null : StatedDate.parse(date).map(StatedDate::time).orElse(null)));
    }
    return comments;
  }

  private static String country(Element item) {
    Element c = item.selectFirst(COUNTRY);
    if (c == null) {
      return null;
    }
    String text = c.text().strip();
    return text.isEmpty() ? blankToNull(c.attr("title")) : text;
  }

  private static String text(Element item, String selector) {
    Element e = item.selectFirst(selector);
    return e == null ? null : blankToNull(e.text().strip());
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
