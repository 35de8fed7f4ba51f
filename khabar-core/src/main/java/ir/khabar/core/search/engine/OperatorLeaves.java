package ir.khabar.core.search.engine;

import ir.khabar.core.search.engine.OperatorQueries.Built;
import ir.khabar.persian.text.SearchFolding;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.flexible.core.nodes.FieldQueryNode;
import org.apache.lucene.queryparser.flexible.core.nodes.QueryNode;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The leaves of a query with operators: words and phrases as {@link QueryFactory} builds them
 * (analysis, joined and split spellings, stopword gaps, the title's clauses collected for the boost
 * unless the words are excluded), and {@code prefix*} expanded over the index's terms. Stopwords
 * are dropped as in a plain query, unless the query holds nothing else.
 */
final class OperatorLeaves {
  private final QueryFactory factory;
  private final PrefixTerms prefixes;
  private final Occur byDefault;
  private final boolean onlyStopwords;
  private final List<String> notes;
  private final List<String> dropped = new ArrayList<>();

  OperatorLeaves(
      QueryFactory factory,
      PrefixTerms prefixes,
      Occur byDefault,
      boolean onlyStopwords,
      List<String> notes) {
    this.factory = factory;
    this.prefixes = prefixes;
    this.byDefault = byDefault;
    this.onlyStopwords = onlyStopwords;
    this.notes = notes;
  }

  /**
   * Whether every word of the query is a stopword (then they are searched in the stopwords field).
   */
  static boolean onlyStopwords(QueryNode node, QueryFactory factory) {
    List<String> texts = new ArrayList<>();
    collect(node, texts);
    return !texts.isEmpty()
        && texts.stream()
            .allMatch(t -> factory.tokens(t).stream().allMatch(QueryFactory.Token::stopword));
  }

  private static void collect(QueryNode node, List<String> texts) {
    if (node instanceof FieldQueryNode f) {
      if (!f.getFieldAsString().equalsIgnoreCase(ArticleDocuments.SOURCE)) {
        texts.add(f.getTextAsString().replace("*", ""));
      }
    } else if (node.getChildren() != null) {
      node.getChildren().forEach(c -> collect(c, texts));
    }
  }

  /** The stopwords left out, named as a plain query names them; null when none was. */
  String droppedNote() {
    return dropped.isEmpty()
        ? null
        : "(بدون " + String.join("، ", dropped.stream().map(w -> "«" + w + "»").toList()) + ")";
  }

  /** Words as a plain query reads them, each required ({@code occur} MUST) or not. */
  Built words(String field, String text, boolean negated, List<Query> titles, Occur occur) {
    List<QueryFactory.Token> tokens = factory.tokens(text);
    if (tokens.isEmpty()) {
      return null;
    }
    if (tokens.stream().allMatch(QueryFactory.Token::stopword)) {
      if (!onlyStopwords) {
        String shown = QueryFactory.display(text);
        if (!dropped.contains(shown)) {
          dropped.add(shown);
        }
        return null;
      }
      List<Query> stops =
          tokens.stream().map(t -> QueryFactory.term(ArticleDocuments.STOPS, t.term())).toList();
      return new Built(all(stops, Occur.MUST), QueryFactory.display(text), false);
    }
    List<Query> required = new ArrayList<>();
    List<Query> title = new ArrayList<>();
    List<String> understood = new ArrayList<>();
    factory.addWords(text, tokens, required, title, understood);
    String shown = String.join(" ", understood);
    if (field.equals(ArticleDocuments.TITLE)) {
      return new Built(all(title, occur), inTitle(shown), false);
    }
    if (!negated) {
      titles.addAll(title);
    }
    return new Built(all(required, occur), shown, false);
  }

  Built phrase(String field, String text, int slop, boolean negated, List<Query> titles) {
    List<Query> required = new ArrayList<>();
    List<Query> title = new ArrayList<>();
    List<String> understood = new ArrayList<>();
    factory.addPhrase(text, slop, required, title, understood);
    if (required.isEmpty()) {
      return null;
    }
    String shown = understood.get(0);
    if (field.equals(ArticleDocuments.TITLE)) {
      return new Built(
          title.isEmpty() ? all(required, Occur.MUST) : title.get(0), inTitle(shown), false);
    }
    if (!negated) {
      titles.addAll(title);
    }
    return new Built(all(required, Occur.MUST), shown, false);
  }

  /**
   * {@code prefix*}: any of the index terms that start with the folded prefix. A prefix of fewer
   * than two letters, or a * elsewhere in the word, is searched as the word without its stars.
   */
  Built prefix(String field, String text, boolean negated, List<Query> titles) {
    String stem = text.substring(0, text.length() - 1);
    String folded = SearchFolding.fold(stem).toLowerCase(Locale.ROOT);
    long letters = folded.codePoints().filter(Character::isLetterOrDigit).count();
    if (!text.endsWith("*")
        || stem.indexOf('*') >= 0
        || letters < 2
        || letters != folded.length()) {
      String plain = text.replace('*', ' ').strip();
      if (plain.isEmpty()) {
        notes.add("(«*» به\u200cتنهایی جست\u200cوجو نمی\u200cشود)");
        return null;
      }
      notes.add(
          "(«"
              + text.strip()
              + "»: پیشوند دست\u200cکم دو حرف می\u200cخواهد؛ به شکل واژه جست\u200cوجو شد)");
      return words(field, plain, negated, titles, byDefault);
    }
    List<String> terms = prefixes.expand(field, folded);
    Query q;
    if (terms.isEmpty()) {
      q = new TermQuery(new Term(field, folded));
    } else {
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      terms.forEach(t -> b.add(new TermQuery(new Term(field, t)), Occur.SHOULD));
      q = b.build();
    }
    String shown = QueryFactory.display(stem) + "*" + expansion(terms);
    return new Built(q, field.equals(ArticleDocuments.TITLE) ? inTitle(shown) : shown, false);
  }

  /**
   * The terms a prefix stands for, the three most frequent named as a reader writes them (the
   * index's هستهای as هسته‌ای): " (روسیه، روسی، روستا و ۹ واژهٔ دیگر)".
   */
  private static String expansion(List<String> terms) {
    if (terms.isEmpty()) {
      return " (هیچ واژه\u200cای)";
    }
    String named =
        String.join(
            "، ",
            terms.subList(0, Math.min(3, terms.size())).stream()
                .map(QueryFactory::display)
                .toList());
    return " ("
        + named
        + (terms.size() > 3
            ? " و " + QueryFactory.display(String.valueOf(terms.size() - 3)) + " واژهٔ دیگر"
            : "")
        + ")";
  }

  private static String inTitle(String shown) {
    return "در عنوان: " + shown;
  }

  private static Query all(List<Query> queries, Occur occur) {
    if (queries.size() == 1) {
      return queries.get(0);
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    queries.forEach(q -> b.add(q, occur));
    return b.build();
  }
}
