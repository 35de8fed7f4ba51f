package ir.khabar.core.search.engine;

import ir.khabar.core.Article;
import ir.khabar.persian.PersianText;
import ir.khabar.persian.analysis.Terms;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.spans.SpanNearQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.util.BytesRef;

/**
 * The rules of a hit's snippet, the same in every engine: passages of the body, matches marked with
 * {@code <mark>} and the text HTML-escaped. The embedded highlighter works on the query's weight
 * matches: only the words of a phrase that stand in the phrase are marked, each labelled with its
 * phrase. Marks of one phrase that only whitespace, a half-space, a dash or stopwords separate are
 * joined into one: a phrase is marked whole, its stopwords included (<mark>ایران و روسیه</mark>);
 * words of a query that is not a phrase stay apart.
 */
public final class Snippets {
  /** The field snippets come from. */
  public static final String FIELD = ArticleDocuments.BODY;

  /** How many passages a snippet joins. */
  public static final int PASSAGES = 2;

  /** Between two passages. */
  public static final String ELLIPSIS = " … ";

  public static final String MARK = "<mark>";
  public static final String END_MARK = "</mark>";

  /** Snippets come from the first 20,000 characters: long bodies are not re-analysed to the end. */
  public static final int MAX_ANALYSED = 20_000;

  private static final int OPENING = 220;

  private Snippets() {}

  /**
   * The part of the query whose words the body can show: filters (source, dates, entities, a
   * phrase's stopwords) left out, since the highlighter matches every field's terms against the
   * re-analysed body, which holds none of them; null when nothing is left.
   */
  public static Query marked(Query query) {
    if (query instanceof BooleanQuery b) {
      BooleanQuery.Builder out = new BooleanQuery.Builder();
      int kept = 0;
      for (BooleanClause c : b.clauses()) {
        if (c.getOccur() == Occur.FILTER || c.getOccur() == Occur.MUST_NOT) {
          continue;
        }
        Query q = marked(c.getQuery());
        if (q != null) {
          out.add(q, c.getOccur());
          kept++;
        }
      }
      return kept == 0 ? null : out.build();
    }
    if (query instanceof BoostQuery b) {
      Query q = marked(b.getQuery());
      return q == null ? null : new BoostQuery(q, b.getBoost());
    }
    if (query instanceof TermQuery t && t.getTerm().field().equals(ArticleDocuments.STOPS)) {
      return null;
    }
    return query;
  }

  private static final Pattern MARKED = Pattern.compile(MARK + "([^<]*)" + END_MARK);

  /**
   * A snippet another highlighter marked word by word (Solr's), with the marks of one phrase of the
   * query joined as the embedded engine's highlighter joins them: each marked word is analysed to
   * find its phrase.
   */
  public static String joinPhraseMarks(String html, Query query, Analyzer analyzer) {
    List<Set<String>> phrases = phrases(query);
    if (html == null || phrases.isEmpty()) {
      return html;
    }
    PhraseFormatter formatter = new PhraseFormatter(phrases);
    List<MatchResult> marks = MARKED.matcher(html).results().toList();
    boolean[] joinNext = new boolean[marks.size()];
    for (int i = 0; i + 1 < marks.size(); i++) {
      String between = html.substring(marks.get(i).end(), marks.get(i + 1).start());
      joinNext[i] =
          formatter.samePhrase(
                  label(marks.get(i).group(1), analyzer),
                  label(marks.get(i + 1).group(1), analyzer))
              && PhraseFormatter.joins(between, 0, between.length());
    }
    StringBuilder out = new StringBuilder(html.length());
    int pos = 0;
    for (int i = 0; i < marks.size(); i++) {
      MatchResult mark = marks.get(i);
      out.append(html, pos, mark.start());
      out.append(i > 0 && joinNext[i - 1] ? "" : MARK)
          .append(mark.group(1))
          .append(joinNext[i] ? "" : END_MARK);
      pos = mark.end();
    }
    return out.append(html.substring(pos)).toString();
  }

  private static BytesRef label(String word, Analyzer analyzer) {
    List<String> terms = Terms.of(analyzer, ArticleDocuments.TEXT, word);
    return terms.size() == 1 ? new BytesRef(terms.get(0)) : null;
  }

  /** The terms of each phrase (a phrase query or a span near) in the query. */
  public static List<Set<String>> phrases(Query query) {
    List<Set<String>> phrases = new ArrayList<>();
    query.visit(
        new QueryVisitor() {
          @Override
          public QueryVisitor getSubVisitor(Occur occur, Query parent) {
            if (!(parent instanceof PhraseQuery || parent instanceof SpanNearQuery)) {
              return this;
            }
            Set<String> terms = new HashSet<>();
            phrases.add(terms);
            return new QueryVisitor() {
              @Override
              public void consumeTerms(Query q, Term... ts) {
                for (Term t : ts) {
                  terms.add(t.text());
                }
              }

              @Override
              public QueryVisitor getSubVisitor(Occur o, Query p) {
                return this;
              }
            };
          }
        });
    return phrases;
  }

  /**
   * {@link DefaultPassageFormatter}'s output, with marks joined across whitespace and stopwords.
   */
  public static final class PhraseFormatter extends PassageFormatter {
    private final List<Set<String>> phrases;

    public PhraseFormatter(List<Set<String>> phrases) {
      this.phrases = phrases;
    }

    /**
     * Whether two marks are words of one phrase of the query (a mark is labelled with its term).
     */
    private boolean samePhrase(BytesRef a, BytesRef b) {
      if (a == null || b == null) {
        return false;
      }
      String x = a.utf8ToString();
      String y = b.utf8ToString();
      return phrases.stream().anyMatch(p -> p.contains(x) && p.contains(y));
    }

    /** At most this many stopwords between two marks that are joined. */
    private static final int MAX_STOPWORDS = 3;

    @Override
    public String format(Passage[] passages, String content) {
      StringBuilder sb = new StringBuilder();
      int pos = 0;
      for (Passage passage : passages) {
        if (passage.getStartOffset() > pos && pos > 0) {
          sb.append(ELLIPSIS);
        }
        pos = passage.getStartOffset();
        int[] starts = passage.getMatchStarts();
        int[] ends = passage.getMatchEnds();
        BytesRef[] labels = passage.getMatchTerms();
        for (int i = 0; i < passage.getNumMatches(); i++) {
          int start = Math.max(starts[i], pos);
          append(sb, content, pos, start);
          int end = ends[i];
          while (i + 1 < passage.getNumMatches()
              && (starts[i + 1] < end
                  || samePhrase(labels[i], labels[i + 1]) && joins(content, end, starts[i + 1]))) {
            end = Math.max(end, ends[++i]);
          }
          end = Math.min(end, passage.getEndOffset());
          if (end > start) {
            sb.append(MARK);
            append(sb, content, start, end);
            sb.append(END_MARK);
            pos = end;
          }
        }
        append(sb, content, pos, Math.max(pos, passage.getEndOffset()));
        pos = passage.getEndOffset();
      }
      return sb.toString();
    }

    /**
     * Whether the text between two marks is only whitespace, half-spaces, dashes and a few
     * stopwords.
     */
    static boolean joins(String content, int from, int to) {
      if (to < from || to - from > 40) {
        return false;
      }
      String between = content.substring(from, to);
      int stopwords = 0;
      for (String w : between.split("[\\s\u200c\u00a0\\-–ـ]+")) {
        if (w.isEmpty()) {
          continue;
        }
        if (PersianText.get().stopwordsIn(w).isEmpty() || ++stopwords > MAX_STOPWORDS) {
          return false;
        }
      }
      return true;
    }

    private static void append(StringBuilder sb, String content, int from, int to) {
      if (to > from) {
        sb.append(escape(content.substring(from, to)));
      }
    }
  }

  /**
   * The characters of context a snippet keeps beside a mark. A passage is a sentence, and some are
   * a whole page (a digest of headlines with no full stop), which would flood the results page.
   */
  static final int CONTEXT = 160;

  /**
   * The snippet with each passage's unmarked text cut to {@link #CONTEXT} beside its marks (up to
   * three times that between two marks, whole words, an ellipsis where cut); a passage with no mark
   * keeps its first two. Both engines' snippets go through it.
   */
  public static String cut(String snippet) {
    if (snippet == null || snippet.length() <= 2 * CONTEXT) {
      return snippet;
    }
    StringBuilder out = new StringBuilder();
    for (String passage : snippet.split(ELLIPSIS, -1)) {
      if (out.length() > 0 && !endsWithEllipsis(out)) {
        out.append(ELLIPSIS);
      }
      cutPassage(out, passage);
    }
    return out.toString().strip();
  }

  private static void cutPassage(StringBuilder out, String passage) {
    List<String> parts = new ArrayList<>(); // unmarked, marked, unmarked, …, unmarked
    int pos = 0;
    for (int start = passage.indexOf(MARK); start >= 0; start = passage.indexOf(MARK, pos)) {
      int end = passage.indexOf(END_MARK, start);
      if (end < 0) {
        break;
      }
      parts.add(passage.substring(pos, start));
      parts.add(passage.substring(start, end + END_MARK.length()));
      pos = end + END_MARK.length();
    }
    parts.add(passage.substring(pos));
    for (int i = 0; i < parts.size(); i++) {
      String part = parts.get(i);
      if (i % 2 == 1) {
        out.append(part);
      } else if (parts.size() == 1) {
        keep(out, part, 2 * CONTEXT, 0, 2 * CONTEXT);
      } else if (i == 0) {
        keep(out, part, 0, CONTEXT, 2 * CONTEXT);
      } else if (i == parts.size() - 1) {
        keep(out, part, CONTEXT, 0, 2 * CONTEXT);
      } else {
        keep(out, part, CONTEXT, CONTEXT, 3 * CONTEXT);
      }
    }
  }

  /**
   * The text whole up to {@code whole} chars, else its first {@code head} and last {@code tail}.
   */
  private static void keep(StringBuilder out, String text, int head, int tail, int whole) {
    if (text.length() <= whole) {
      out.append(text);
      return;
    }
    int headEnd = head == 0 ? 0 : wordEnd(text, head);
    out.append(text, 0, headEnd);
    if (!endsWithEllipsis(out)) {
      out.append(out.length() == 0 ? ELLIPSIS.stripLeading() : ELLIPSIS);
    }
    if (tail > 0) {
      out.append(text.substring(Math.max(headEnd, wordStart(text, text.length() - tail))));
    }
  }

  private static boolean endsWithEllipsis(StringBuilder out) {
    int from = out.length() - ELLIPSIS.length();
    return from >= 0 && out.indexOf(ELLIPSIS, from) == from;
  }

  /** The first space at or after {@code i}, or the text's end: a word is not cut. */
  private static int wordEnd(String text, int i) {
    int space = text.indexOf(' ', Math.min(i, text.length()));
    return space < 0 ? text.length() : space;
  }

  /** The position after the last space at or before {@code i}: a word is not cut. */
  private static int wordStart(String text, int i) {
    int space = text.lastIndexOf(' ', Math.max(i, 0));
    return space < 0 ? Math.max(i, 0) : space + 1;
  }

  /** The opening of the article, for hits whose body holds no match (a title-only match). */
  public static String opening(Article a) {
    String text = a.leadAndBody().isEmpty() ? a.title() : a.leadAndBody();
    int space = text.lastIndexOf(' ', OPENING);
    String cut =
        text.length() <= OPENING ? text : text.substring(0, space > 0 ? space : OPENING) + " …";
    return escape(cut);
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
