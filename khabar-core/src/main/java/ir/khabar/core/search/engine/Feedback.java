package ir.khabar.core.search.engine;

import ir.khabar.persian.analysis.Terms;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;

/**
 * Pseudo-relevance feedback (RM3-like) for ranking by relevance. The query's best articles stand
 * for what the reader means: each word of theirs weighs its share of each article's text times the
 * article's share of the scores; the heaviest words are added to the query as optional terms,
 * together as heavy as the reader's own words. The reader's query stays required, so the articles
 * found and their count do not change: only the order does. Both engines rank with it, from the
 * same first pass.
 *
 * <p>Measured on the Hamshahri development queries and the Fars News tag queries
 * (HamshahriRankingTest, docs/QUALITY.md).
 */
public final class Feedback {
  /** How many of the first pass's articles are read. */
  public static final int DOCS = 10;

  /** How many of their words are added. */
  static final int TERMS = 20;

  /** The added words' weight against the reader's words (1: as heavy together as all of them). */
  static final float WEIGHT = 1.0f;

  private Feedback() {}

  /** A first-pass article: its title and text, and its score. */
  public record Doc(String text, float score) {}

  /**
   * The query to rank with: {@code query} required, and the words of {@code top} (the first pass's
   * best articles, best first) as optional terms of the text. The query itself when it has no text
   * terms (a query of stopwords) or nothing was found.
   */
  public static Query expand(Query query, List<Doc> top, Analyzer indexAnalyzer) {
    int own = textTerms(query);
    double total = top.stream().mapToDouble(Doc::score).sum();
    if (own == 0 || top.isEmpty() || !(total > 0)) {
      return query;
    }
    Map<String, Double> weights = new TreeMap<>();
    for (Doc d : top) {
      List<String> words = Terms.of(indexAnalyzer, ArticleDocuments.TEXT, d.text());
      double each = d.score() / total / Math.max(1, words.size());
      for (String w : words) {
        if (w.length() > 1 && !w.chars().allMatch(Character::isDigit)) {
          weights.merge(w, each, Double::sum);
        }
      }
    }
    List<Map.Entry<String, Double>> best =
        weights.entrySet().stream()
            .sorted(
                Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                    .thenComparing(Map.Entry.comparingByKey()))
            .limit(TERMS)
            .toList();
    double sum = best.stream().mapToDouble(Map.Entry::getValue).sum();
    if (best.isEmpty() || !(sum > 0)) {
      return query;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(query, Occur.MUST);
    for (Map.Entry<String, Double> e : best) {
      float boost = (float) (WEIGHT * own * e.getValue() / sum);
      b.add(
          new BoostQuery(new TermQuery(new Term(ArticleDocuments.TEXT, e.getKey())), boost),
          Occur.SHOULD);
    }
    return b.build();
  }

  /** An article's text as the index holds it: its title, then its lead and body. */
  public static String text(String title, String leadAndBody) {
    return (title == null ? "" : title) + "\n" + (leadAndBody == null ? "" : leadAndBody);
  }

  /** How many distinct terms of the text field the query holds. */
  public static int textTerms(Query query) {
    Set<Term> terms = new HashSet<>();
    query.visit(QueryVisitor.termCollector(terms));
    return (int) terms.stream().filter(t -> t.field().equals(ArticleDocuments.TEXT)).count();
  }
}
