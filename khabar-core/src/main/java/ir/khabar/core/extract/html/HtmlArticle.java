package ir.khabar.core.extract.html;

import ir.khabar.core.Comment;
import ir.khabar.core.extract.dates.StatedDate;
import java.util.List;

/** What an HTML page holds, before Khabar's furniture and attribution rules: fields may be null. */
public record HtmlArticle(
    String title,
    String lead,
    List<String> paragraphs,
    String url,
    String canonicalUrl,
    String siteName,
    String category,
    StatedDate published,
    List<String> tags,
    List<Comment> comments) {

  public HtmlArticle {
    paragraphs = List.copyOf(paragraphs);
    tags = List.copyOf(tags);
    comments = List.copyOf(comments);
  }
}
