package ir.khabar.core.search.engine;

import ir.khabar.core.extract.Agencies;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.flexible.core.QueryNodeException;
import org.apache.lucene.queryparser.flexible.core.nodes.AndQueryNode;
import org.apache.lucene.queryparser.flexible.core.nodes.BooleanQueryNode;
import org.apache.lucene.queryparser.flexible.core.nodes.BoostQueryNode;
import org.apache.lucene.queryparser.flexible.core.nodes.FieldQueryNode;
import org.apache.lucene.queryparser.flexible.core.nodes.GroupQueryNode;
import org.apache.lucene.queryparser.flexible.core.nodes.ModifierQueryNode;
import org.apache.lucene.queryparser.flexible.core.nodes.OrQueryNode;
import org.apache.lucene.queryparser.flexible.core.nodes.QueryNode;
import org.apache.lucene.queryparser.flexible.core.nodes.QuotedFieldQueryNode;
import org.apache.lucene.queryparser.flexible.core.nodes.SlopQueryNode;
import org.apache.lucene.queryparser.flexible.standard.parser.StandardSyntaxParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * A query with operators, read by Lucene's flexible query-parser syntax ({@link
 * StandardSyntaxParser}: AND binds tighter than OR, OR tighter than words side by side) and built
 * here node by node. Words and phrases go through {@link QueryFactory}, so they are analysed and
 * spelled as in a plain query; a prefix is expanded over the index's own terms ({@link
 * PrefixTerms}); {@code source:} is a filter.
 */
final class OperatorQueries {
  private static final String OR = " یا ";
  private final Occur byDefault;
  private final List<Query> titles = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private final OperatorLeaves leaves;

  private OperatorQueries(
      QueryFactory words, PrefixTerms prefixes, Occur byDefault, boolean onlyStopwords) {
    this.byDefault = byDefault;
    this.leaves = new OperatorLeaves(words, prefixes, byDefault, onlyStopwords, notes);
  }

  /**
   * A node built: its query (null when nothing of it is searched), how it reads, and whether it
   * only filters.
   */
  record Built(Query query, String shown, boolean filter) {}

  /** The query; Lucene's syntax errors are thrown for the caller to search the words plainly. */
  static QueryFactory.Parsed parse(
      QueryFactory words, PrefixTerms prefixes, String text, Occur byDefault)
      throws QueryNodeException {
    QueryNode root =
        new StandardSyntaxParser().parse(QuerySyntax.forParser(text), ArticleDocuments.TEXT);
    OperatorQueries q =
        new OperatorQueries(words, prefixes, byDefault, OperatorLeaves.onlyStopwords(root, words));
    Built built = q.build(root, false);
    String shown = String.join(" ", q.withNotes(built == null ? "" : built.shown()));
    if (built == null) {
      return new QueryFactory.Parsed(new BooleanQuery.Builder().build(), shown);
    }
    BooleanQuery.Builder main =
        new BooleanQuery.Builder().add(built.query(), built.filter() ? Occur.FILTER : Occur.MUST);
    q.titles.forEach(t -> main.add(new BoostQuery(t, QueryFactory.TITLE_BOOST), Occur.SHOULD));
    return new QueryFactory.Parsed(main.build(), shown);
  }

  private List<String> withNotes(String shown) {
    List<String> out = new ArrayList<>();
    if (!shown.isBlank()) {
      out.add(shown);
    }
    if (leaves.droppedNote() != null && !shown.isBlank()) {
      out.add(leaves.droppedNote());
    }
    out.addAll(notes);
    return out;
  }

  private Built build(QueryNode node, boolean negated) throws QueryNodeException {
    if (node instanceof GroupQueryNode g) {
      Built b = build(g.getChild(), negated);
      return b == null ? null : new Built(b.query(), "(" + b.shown() + ")", b.filter());
    }
    if (node instanceof BoostQueryNode b) {
      return build(b.getChild(), negated);
    }
    if (node instanceof ModifierQueryNode m) {
      return clauses(List.of(node), byDefault, " ", negated);
    }
    if (node instanceof AndQueryNode) {
      return clauses(node.getChildren(), Occur.MUST, " و ", negated);
    }
    if (node instanceof OrQueryNode) {
      return clauses(node.getChildren(), Occur.SHOULD, OR, negated);
    }
    if (node instanceof BooleanQueryNode) {
      return clauses(node.getChildren(), byDefault, " ", negated);
    }
    if (node instanceof QuotedFieldQueryNode q && field(q).equals(ArticleDocuments.SOURCE)) {
      return source(q.getTextAsString()); // source:"صدا و سیما": a source's name of several words
    }
    if (node instanceof SlopQueryNode s && s.getChild() instanceof QuotedFieldQueryNode q) {
      return leaves.phrase(field(q), q.getTextAsString(), s.getValue(), negated, titles);
    }
    if (node instanceof QuotedFieldQueryNode q) {
      return leaves.phrase(field(q), q.getTextAsString(), 0, negated, titles);
    }
    if (node instanceof FieldQueryNode f) {
      return leaf(field(f), f.getTextAsString(), negated);
    }
    throw new QueryNodeException(
        new UnsupportedOperationException(node.getClass().getSimpleName()));
  }

  private Built leaf(String field, String text, boolean negated) {
    if (field.equals(ArticleDocuments.SOURCE)) {
      return source(text);
    }
    if (text.indexOf('*') >= 0) {
      return leaves.prefix(field, text, negated, titles);
    }
    return leaves.words(field, text, negated, titles, byDefault);
  }

  /** A word of the text field with no operator of its own. */
  private static boolean isPlainWord(QueryNode node) {
    return node.getClass() == FieldQueryNode.class
        && field((FieldQueryNode) node).equals(ArticleDocuments.TEXT)
        && ((FieldQueryNode) node).getTextAsString().indexOf('*') < 0;
  }

  private static String field(FieldQueryNode f) {
    String field = f.getFieldAsString().toLowerCase(Locale.ROOT);
    return field.equals(ArticleDocuments.TITLE) || field.equals(ArticleDocuments.SOURCE)
        ? field
        : ArticleDocuments.TEXT;
  }

  /**
   * Clauses side by side, joined by AND or by OR: a clause's own + or - comes first. A required or
   * default clause that only filters (a source) filters; a group of exclusions alone excludes from
   * all.
   */
  private Built clauses(List<QueryNode> nodes, Occur occur, String joiner, boolean negated)
      throws QueryNodeException {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    List<String> shown = new ArrayList<>();
    List<Built> kept = new ArrayList<>();
    List<Occur> occurs = new ArrayList<>();
    for (int i = 0; i < nodes.size(); i++) {
      QueryNode node = nodes.get(i);
      Occur o = occur;
      Built built;
      if (!joiner.equals(OR) && isPlainWord(node)) {
        // words side by side or joined by AND are read together, as in a plain query (compounds,
        // joins)
        StringBuilder run = new StringBuilder(((FieldQueryNode) node).getTextAsString());
        for (; i + 1 < nodes.size() && isPlainWord(nodes.get(i + 1)); i++) {
          run.append(' ').append(((FieldQueryNode) nodes.get(i + 1)).getTextAsString());
        }
        built = leaves.words(ArticleDocuments.TEXT, run.toString(), negated, titles, occur);
      } else if (node instanceof ModifierQueryNode m) {
        o =
            switch (m.getModifier()) {
              case MOD_NOT -> Occur.MUST_NOT;
              case MOD_REQ -> Occur.MUST;
              default -> occur;
            };
        built = build(m.getChild(), negated ^ o == Occur.MUST_NOT);
      } else {
        built = build(node, negated);
      }
      if (built == null) {
        continue;
      }
      if (built.filter() && o != Occur.MUST_NOT && !(joiner.equals(OR) && o == Occur.SHOULD)) {
        o = Occur.FILTER;
      }
      kept.add(built);
      occurs.add(o);
      shown.add(o == Occur.MUST_NOT ? "بدون " + built.shown() : built.shown());
    }
    if (kept.isEmpty()) {
      return null;
    }
    if (kept.size() == 1 && occurs.get(0) != Occur.MUST_NOT && occurs.get(0) != Occur.FILTER) {
      return kept.get(0);
    }
    for (int i = 0; i < kept.size(); i++) {
      b.add(kept.get(i).query(), occurs.get(i));
    }
    if (occurs.stream().allMatch(o -> o == Occur.MUST_NOT)) {
      b.add(new MatchAllDocsQuery(), Occur.MUST);
    }
    return new Built(b.build(), String.join(joiner, shown), kept.stream().allMatch(Built::filter));
  }

  /** {@code source:} as a filter on the source's id, named as the project names it. */
  private static Built source(String name) {
    if (name.isBlank()) {
      return null;
    }
    String id = Agencies.get().byName(name).map(s -> s.id()).orElse(Agencies.key(name));
    String shown = Agencies.get().byName(name).map(s -> s.name()).orElse(name.strip());
    Query q = new ConstantScoreQuery(new TermQuery(new Term(ArticleDocuments.SOURCE, id)));
    return new Built(q, "(منبع: " + QueryFactory.display(shown) + ")", true);
  }
}
