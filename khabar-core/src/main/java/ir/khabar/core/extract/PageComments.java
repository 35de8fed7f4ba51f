package ir.khabar.core.extract;

import ir.khabar.core.Comment;
import ir.khabar.persian.date.DateMention;
import ir.khabar.persian.date.JalaliDates;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Comments printed on a source page as plain lines (seed 004): after the counters "انتشار یافته: ۱
 * / در انتظار بررسی: ۰", each comment is an optional country line, the author, a date line and the
 * text.
 */
final class PageComments {
  private PageComments() {}

  static List<Comment> fromTrailer(String trailer) {
    List<String> lines = trailer.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    int start = indexOfCounters(lines);
    if (start < 0) {
      return List.of();
    }
    List<Comment> comments = new ArrayList<>();
    for (int i = start + 1; i < lines.size(); i++) {
      Optional<DateMention> date = dateLine(lines.get(i));
      if (date.isEmpty() || i + 1 >= lines.size() || i - 1 <= start) {
        continue;
      }
      String author = lines.get(i - 1);
      String country =
          i - 2 > start && dateLine(lines.get(i - 2)).isEmpty() && isCountry(lines.get(i - 2))
              ? lines.get(i - 2)
              : null;
      String text = lines.get(i + 1);
      if (!Furniture.startsTrailer(text) && !Furniture.isFurnitureLine(text)) {
        comments.add(new Comment(author, country, text, date.get().inTehran()));
      }
    }
    return comments;
  }

  private static int indexOfCounters(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      if (Furniture.key(lines.get(i)).startsWith(Furniture.key("در انتظار بررسی"))) {
        return i;
      }
    }
    return -1;
  }

  private static Optional<DateMention> dateLine(String line) {
    return JalaliDates.findFirst(line, null)
        .filter(m -> m.end() - m.start() >= line.length() * 2 / 3);
  }

  /** Pages print the reader's country in English ("Iran (Islamic Republic of)") or Persian. */
  private static boolean isCountry(String line) {
    return line.length() < 60 && !line.contains(":");
  }
}
