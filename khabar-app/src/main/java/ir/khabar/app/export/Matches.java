package ir.khabar.app.export;

import ir.khabar.core.Article;
import ir.khabar.core.search.Hit;
import ir.khabar.core.search.SearchEngine;
import ir.khabar.core.search.SearchRequest;
import java.io.IOException;
import java.util.List;

/**
 * Every article a request matches, read from the engine a page at a time, so an export of ten
 * thousand articles never holds more than one page.
 */
public final class Matches {
  /** The most articles an export reads. */
  public static final int MAX = 10_000;

  static final int PAGE = 500;

  /** What is done with each article, in the request's order; false stops the reading. */
  public interface Visitor {
    boolean visit(Article article) throws IOException;
  }

  private Matches() {}

  /** Visits the matches of the request, at most {@code max}; returns how many were visited. */
  public static long each(SearchEngine engine, SearchRequest request, int max, Visitor visitor)
      throws IOException {
    long n = 0;
    for (int offset = 0; offset < max; offset += PAGE) {
      int limit = Math.min(PAGE, max - offset);
      List<Hit> hits = engine.matches(request.withPage(offset, limit)).hits();
      for (Hit h : hits) {
        n++;
        if (!visitor.visit(h.article())) {
          return n;
        }
      }
      if (hits.size() < limit) {
        break;
      }
    }
    return n;
  }
}
