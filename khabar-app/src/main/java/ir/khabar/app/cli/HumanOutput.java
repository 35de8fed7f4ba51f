package ir.khabar.app.cli;

import ir.khabar.core.Article;
import ir.khabar.core.search.Hit;
import ir.khabar.core.search.SearchResult;
import ir.khabar.persian.date.JalaliDates;

/** Search results and articles as text for a person at a terminal. */
final class HumanOutput {
  private static final boolean COLOUR = System.console() != null;

  private HumanOutput() {}

  static String format(SearchResult r) {
    StringBuilder sb = new StringBuilder();
    sb.append(r.total()).append(" result(s) for: ").append(r.query());
    if (!r.understood().isEmpty()) {
      sb.append("   [searched as: ").append(r.understood()).append(']');
    }
    sb.append('\n');
    if (r.suggestion() != null) {
      sb.append("Did you mean: ").append(r.suggestion()).append(" ?\n");
    }
    int rank = 1;
    for (Hit h : r.hits()) {
      Article a = h.article();
      sb.append('\n').append(rank++).append(". ").append(a.title()).append('\n');
      sb.append("   ").append(a.source().name());
      if (a.published() != null) {
        sb.append(" · ").append(JalaliDates.formatDateTime(a.published(), a.publishedDayOnly()));
      }
      sb.append(" · ").append(a.id()).append('\n');
      sb.append("   ").append(snippet(h.snippet())).append('\n');
      if (h.moreInStory() > 0) {
        sb.append("   + ")
            .append(h.moreInStory())
            .append(" more from other agencies (story ")
            .append(a.story())
            .append(")\n");
      }
    }
    return sb.toString();
  }

  static String format(Article a) {
    StringBuilder sb = new StringBuilder(a.title()).append('\n');
    sb.append(a.source().name());
    if (a.published() != null) {
      sb.append(" · ").append(JalaliDates.formatDateTime(a.published(), a.publishedDayOnly()));
    }
    sb.append(" · ").append(a.id()).append('\n');
    if (a.url() != null) {
      sb.append(a.url()).append('\n');
    }
    sb.append('\n');
    if (!a.lead().isEmpty()) {
      sb.append(a.lead()).append("\n\n");
    }
    a.body().forEach(p -> sb.append(p).append("\n\n"));
    return sb.toString().stripTrailing();
  }

  private static String snippet(String html) {
    String marked =
        COLOUR
            ? html.replace("<mark>", "\u001B[1m").replace("</mark>", "\u001B[0m")
            : html.replace("<mark>", "").replace("</mark>", "");
    return marked
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#x2F;", "/")
        .replace("&amp;", "&")
        .replace('\n', ' ');
  }
}
