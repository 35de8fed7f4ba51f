package ir.khabar.core.search.engine;

import ir.khabar.core.Article;
import ir.khabar.core.search.Hit;
import ir.khabar.core.search.SearchRequest;
import ir.khabar.core.search.SearchResult;
import ir.khabar.persian.lexicon.Lexicon;
import java.util.List;
import java.util.function.ToIntFunction;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;

/**
 * What a request asks every engine to do: the query with its filters, the order, whether feedback
 * ranks it and what its snippets mark, and how many ranked hits to read. Engines only run it.
 */
public record SearchPlan(SearchRequest request, Query query, String understood, boolean browsing) {

  /**
   * The reader's words (Latin-script names first rewritten to the Persian names they stand for;
   * operators, fields and {@code prefix*} read by {@link ReaderQuery}) parsed with {@code analyzer}
   * against the engine's document frequencies, with the request's filters; null when the words
   * leave nothing to search.
   */
  public static SearchPlan search(
      SearchRequest request, Analyzer analyzer, ToIntFunction<Term> docFreq, PrefixTerms prefixes) {
    return search(request, analyzer, docFreq, prefixes, true);
  }

  /** As above, in an index that keeps a stopwords field or not ({@link QueryFactory}). */
  public static SearchPlan search(
      SearchRequest request,
      Analyzer analyzer,
      ToIntFunction<Term> docFreq,
      PrefixTerms prefixes,
      boolean stopwordsField) {
    // site: is source: before Latin words are read, so that a site («irna.ir») stays a site
    String query = QuerySyntax.siteAsSource(request.query());
    LatinQuery.Rewritten text = LatinQuery.rewrite(query, analyzer, docFreq);
    QueryFactory words =
        new QueryFactory(analyzer, docFreq, Lexicon.get()::isStopword, stopwordsField);
    QueryFactory.Parsed parsed =
        text.explain(ReaderQuery.parse(words, prefixes, text.text(), eachWord(request)));
    return parsed == null
        ? null
        : new SearchPlan(
            request, SearchFilters.apply(parsed.query(), request), parsed.understood(), false);
  }

  /** Every article that passes the request's filters; the request's words are not read. */
  public static SearchPlan browse(SearchRequest request) {
    return new SearchPlan(request, SearchFilters.apply(new MatchAllDocsQuery(), request), "", true);
  }

  /**
   * The order of the answers: a browse, or a search sorted by date, newest first. So is a search
   * whose every answer scores the same ({@link EvenScores}: «است» alone), which relevance would put
   * in that order too; the index then reads a page by date instead of scoring every match.
   */
  public ResultOrder order() {
    return browsing
            || request.sort() == SearchRequest.Sort.NEWEST
            || !request.anyTerm() && EvenScores.of(query)
        ? ResultOrder.NEWEST_FIRST
        : ResultOrder.MOST_RELEVANT_FIRST;
  }

  /**
   * Whether {@link Feedback} ranks the answers: a ranked any-term search, where it was measured to
   * help (docs/QUALITY.md); an all-terms search already holds only articles with every word, and is
   * not made to pay feedback's extra search and reading of ten articles.
   */
  public boolean feedback() {
    return order() == ResultOrder.MOST_RELEVANT_FIRST && request.anyTerm();
  }

  /**
   * Whether hits get marked snippets (a browse has no words to mark: its hits open with the
   * article).
   */
  public boolean snippets() {
    return !browsing;
  }

  /** The part of the query snippets mark (see {@link Snippets#marked}); null for none. */
  public Query marked() {
    return browsing ? null : Snippets.marked(query);
  }

  /** How many ranked hits are read to fill the page with one hit per story. */
  public int fetch() {
    return StoryCollapse.overFetch(request.offset(), request.limit());
  }

  public SearchResult result(long total, List<Hit> hits) {
    return result(total, true, hits);
  }

  /** The answer, its total a lower bound unless {@code exact} (see {@link SearchResult}). */
  public SearchResult result(long total, boolean exact, List<Hit> hits) {
    return new SearchResult(request.query(), understood, total, exact, hits, null);
  }

  /** The answer to a request that finds nothing. */
  public static SearchResult nothing(SearchRequest request) {
    return new SearchResult(request.query(), "", 0, List.of());
  }

  /** A hit as every engine shows it: its marked passages, or else its opening. */
  public static Hit hit(Article article, String marked, float score, long others) {
    return new Hit(
        article,
        marked != null ? marked : Snippets.opening(article),
        Float.isNaN(score) ? 0 : score,
        (int) Math.max(0, others));
  }

  /** How each of the reader's words is required: all of them, or any one. */
  static Occur eachWord(SearchRequest request) {
    return request.anyTerm() ? Occur.SHOULD : Occur.MUST;
  }
}
