package ir.khabar.core.search.engine;

import java.util.Arrays;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.flexible.core.QueryNodeException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * Which parser reads a reader's query. A plain query (no operator) goes to {@link
 * QueryFactory#parse} exactly as it always has; a query with operators to {@link OperatorQueries};
 * one Lucene's syntax cannot read is searched as plain words. A very long query is cut to what
 * Lucene's clause limit allows. Whatever happens, "searched as" says it in Persian, and nothing is
 * thrown.
 */
final class ReaderQuery {
  /** Words kept of a longer query: about a paragraph, well inside Lucene's clause limit. */
  static final int MAX_WORDS = 200;

  /**
   * Leaves a query may hold, leaving room for the filters and for feedback's terms under Lucene's
   * 1,024.
   */
  static final int MAX_LEAVES = 800;

  private static final String MALFORMED =
      "(نحو پرسش خوانده نشد: به شکل واژه\u200cهای ساده جست\u200cوجو شد)";
  private static final String UNPAIRED = "(گیومهٔ بی\u200cجفت نادیده گرفته شد)";

  private ReaderQuery() {}

  static QueryFactory.Parsed parse(
      QueryFactory words, PrefixTerms prefixes, String text, Occur eachWord) {
    String[] all = text.strip().split("\\s+");
    int kept = Math.min(all.length, MAX_WORDS);
    QueryFactory.Parsed parsed = route(words, prefixes, join(all, kept), eachWord);
    while (parsed != null && kept > 1 && leaves(parsed.query()) > MAX_LEAVES) {
      kept /= 2;
      parsed = route(words, prefixes, join(all, kept), eachWord);
    }
    if (parsed == null || kept == all.length) {
      return parsed;
    }
    String note =
        "(پرسش بلند بود: تنها "
            + QueryFactory.display(String.valueOf(kept))
            + " واژهٔ نخست از "
            + QueryFactory.display(String.valueOf(all.length))
            + " واژه جست\u200cوجو شد)";
    return new QueryFactory.Parsed(parsed.query(), (parsed.understood() + " " + note).strip());
  }

  private static String join(String[] words, int n) {
    return String.join(" ", Arrays.asList(words).subList(0, n));
  }

  private static QueryFactory.Parsed route(
      QueryFactory words, PrefixTerms prefixes, String query, Occur eachWord) {
    String text = eachWord == Occur.SHOULD ? query : QuerySyntax.withoutRedundantPlus(query);
    if (!QuerySyntax.usesOperators(text)) {
      QueryFactory.Parsed parsed = words.parse(text, eachWord);
      return parsed != null && QuerySyntax.unpairedQuote(text) ? noted(parsed, UNPAIRED) : parsed;
    }
    try {
      return OperatorQueries.parse(words, prefixes, text, eachWord);
    } catch (QueryNodeException | IllegalArgumentException e) {
      QueryFactory.Parsed parsed = words.parse(QuerySyntax.plainWords(text), eachWord);
      return parsed == null
          ? new QueryFactory.Parsed(new BooleanQuery.Builder().build(), MALFORMED)
          : noted(parsed, MALFORMED);
    }
  }

  private static QueryFactory.Parsed noted(QueryFactory.Parsed parsed, String note) {
    return new QueryFactory.Parsed(parsed.query(), (parsed.understood() + " " + note).strip());
  }

  /** The leaf queries and terms of a query, as Lucene counts them against its clause limit. */
  static int leaves(Query query) {
    int[] n = {0};
    query.visit(
        new QueryVisitor() {
          @Override
          public void consumeTerms(Query q, Term... terms) {
            n[0] += terms.length;
          }

          @Override
          public void visitLeaf(Query q) {
            n[0]++;
          }

          @Override
          public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            n[0]++;
            return this;
          }
        });
    return n[0];
  }
}
