package ir.khabar.core.index;

import ir.khabar.core.search.SearchRequest;
import ir.khabar.persian.analysis.Terms;
import ir.khabar.persian.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns what a reader typed into a Lucene query. Quoted parts are phrases; every other word is a
 * term, all required unless {@code any}. Words the analyzer could not join are tried joined too
 * (معصومی فر ↔ معصومیفر) and words it could not split are tried split, when the index holds that
 * spelling: a name or compound the lexicon does not know still matches in all its spellings. A query
 * of stopwords only is answered from the stopwords field.
 */
public final class QueryFactory {
  private static final Pattern QUOTED = Pattern.compile("[\"«“]([^\"»”]+)[\"»”]");
  /**
   * The title's own BM25 clauses, on top of the text field (which holds the title too). The title field
   * is short, so its scores are large: at 0.6 a title match outweighed the whole text and ranked below
   * stock Lucene on judged queries; 0.1 is the best of 0 to 1.5 there (docs/QUALITY.md).
   */
  private static final float TITLE_BOOST = 0.1f;

  private final Analyzer analyzer;
  private final ToIntFunction<Term> docFreq;
  private final Predicate<String> isStopword;

  /** {@code isStopword} says which query terms the index keeps only in the stopwords field. */
  public QueryFactory(Analyzer analyzer, ToIntFunction<Term> docFreq, Predicate<String> isStopword) {
    this.analyzer = analyzer;
    this.docFreq = docFreq;
    this.isStopword = isStopword;
  }

  /** The parsed query and its index terms as Khabar understood them, or null for an empty query. */
  public record Parsed(Query query, String understood) {}

  /**
   * What a request asks for, its filters included: every article when browsing, else the reader's
   * words parsed with {@code analyzer} against the engine's document frequencies; null when the words
   * leave nothing to search. Both engines build their queries here.
   */
  public static Parsed of(SearchRequest request, boolean browse, Analyzer analyzer, ToIntFunction<Term> docFreq) {
    Parsed parsed = browse ? new Parsed(new MatchAllDocsQuery(), "")
        : new QueryFactory(analyzer, docFreq, Lexicon.get()::isStopword).parse(request.query(), request.anyTerm());
    return parsed == null ? null : new Parsed(SearchFilters.apply(parsed.query(), request), parsed.understood());
  }

  public Parsed parse(String text, boolean any) {
    List<Query> required = new ArrayList<>();
    List<Query> title = new ArrayList<>();
    List<String> understood = new ArrayList<>();
    Matcher m = QUOTED.matcher(text);
    StringBuilder free = new StringBuilder();
    int last = 0;
    while (m.find()) {
      free.append(text, last, m.start()).append(' ');
      List<String> terms = terms(m.group(1));
      if (!terms.isEmpty()) {
        required.add(phrase(ArticleDocuments.TEXT, terms));
        title.add(phrase(ArticleDocuments.TITLE, terms));
        understood.add('"' + String.join(" ", terms) + '"');
      }
      last = m.end();
    }
    free.append(text.substring(last));
    List<String> words = terms(free.toString());
    if (required.isEmpty() && !words.isEmpty() && words.stream().allMatch(isStopword)) {
      words.forEach(w -> required.add(term(ArticleDocuments.STOPS, w)));
      understood.addAll(words);
    } else {
      addWords(words, required, title, understood);
    }
    if (required.isEmpty()) {
      return null;
    }
    BooleanQuery.Builder main = new BooleanQuery.Builder();
    required.forEach(q -> main.add(q, any ? Occur.SHOULD : Occur.MUST));
    title.forEach(q -> main.add(new BoostQuery(q, TITLE_BOOST), Occur.SHOULD));
    return new Parsed(main.build(), String.join(" ", understood));
  }

  private void addWords(List<String> terms, List<Query> required, List<Query> title, List<String> understood) {
    for (int i = 0; i < terms.size(); i++) {
      String t = terms.get(i);
      String joined = i + 1 < terms.size() ? joinedIfIndexed(t, terms.get(i + 1)) : null;
      if (joined != null) {
        String next = terms.get(i + 1);
        required.add(either(ArticleDocuments.TEXT, joined, t, next));
        title.add(either(ArticleDocuments.TITLE, joined, t, next));
        understood.add("(" + t + " " + next + "|" + joined + ")");
        i++;
        continue;
      }
      String[] split = splitIfIndexed(t);
      required.add(split == null ? term(ArticleDocuments.TEXT, t) : either(ArticleDocuments.TEXT, t, split));
      title.add(term(ArticleDocuments.TITLE, t));
      understood.add(split == null ? t : "(" + t + "|" + split[0] + " " + split[1] + ")");
    }
  }

  /** The joined spelling of two words when documents use it and it is not just the two words. */
  private String joinedIfIndexed(String a, String b) {
    List<String> j = terms(a + b);
    if (j.size() != 1 || a.length() < 2 || b.length() < 2) {
      return null;
    }
    return df(ArticleDocuments.TEXT, j.get(0)) > 0 ? j.get(0) : null;
  }

  /** Two words a joined word no document holds is written as elsewhere (بهرهبرداری → بهره برداری). */
  private String[] splitIfIndexed(String t) {
    if (t.length() < 5 || df(ArticleDocuments.TEXT, t) > 0) {
      return null;
    }
    String[] best = null;
    int bestDf = 0;
    for (int k = 2; k <= t.length() - 2; k++) {
      List<String> left = terms(t.substring(0, k));
      List<String> right = terms(t.substring(k));
      if (left.size() == 1 && right.size() == 1) {
        int df = Math.min(df(ArticleDocuments.TEXT, left.get(0)), df(ArticleDocuments.TEXT, right.get(0)));
        if (df > bestDf) {
          best = new String[] {left.get(0), right.get(0)};
          bestDf = df;
        }
      }
    }
    return best;
  }

  private static Query either(String field, String joined, String... parts) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(new TermQuery(new Term(field, joined)), Occur.SHOULD);
    b.add(phrase(field, List.of(parts)), Occur.SHOULD);
    return b.build();
  }

  private static Query term(String field, String t) {
    return new TermQuery(new Term(field, t));
  }

  private static Query phrase(String field, List<String> terms) {
    if (terms.size() == 1) {
      return term(field, terms.get(0));
    }
    PhraseQuery.Builder p = new PhraseQuery.Builder();
    terms.forEach(t -> p.add(new Term(field, t)));
    return p.build();
  }

  private int df(String field, String t) {
    return docFreq.applyAsInt(new Term(field, t));
  }

  List<String> terms(String text) {
    return Terms.of(analyzer, ArticleDocuments.TEXT, text);
  }
}
