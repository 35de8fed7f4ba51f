package ir.khabar.solr;

import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.spans.SpanNearQuery;
import org.apache.lucene.queries.spans.SpanOrQuery;
import org.apache.lucene.queries.spans.SpanQuery;
import org.apache.lucene.queries.spans.SpanTermQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PointRangeQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * A query built by Khabar's query factory, written for Solr's {@code xmlparser} (Lucene's XML query
 * parser): terms go over as they are, already analysed, so each shard runs the very query the
 * embedded index runs. A phrase becomes an ordered span of adjacent terms, which matches as the
 * phrase does (a phrase with position gaps allows as many extra positions); the span queries the
 * query factory builds for phrases with stopword gaps, joined/split spellings or a slop go over as
 * they are.
 */
final class QueryXml {
  private QueryXml() {}

  static String of(Query q) {
    StringBuilder out = new StringBuilder(256);
    write(q, 1f, out);
    return out.toString();
  }

  private static void write(Query q, float boost, StringBuilder out) {
    if (q instanceof BoostQuery b) {
      write(b.getQuery(), boost * b.getBoost(), out);
    } else if (q instanceof TermQuery t) {
      term("TermQuery", t.getTerm(), boost, out);
    } else if (q instanceof PhraseQuery p) {
      phrase(p, boost, out);
    } else if (q instanceof SpanQuery span) {
      span(span, boost, out);
    } else if (q instanceof BooleanQuery b) {
      out.append("<BooleanQuery").append(boost(boost));
      if (b.getMinimumNumberShouldMatch() > 0) {
        out.append(" minimumNumberShouldMatch=\"")
            .append(b.getMinimumNumberShouldMatch())
            .append('"');
      }
      out.append('>');
      for (BooleanClause c : b.clauses()) {
        out.append("<Clause occurs=\"").append(occurs(c.getOccur())).append("\">");
        write(c.getQuery(), 1f, out);
        out.append("</Clause>");
      }
      out.append("</BooleanQuery>");
    } else if (q instanceof ConstantScoreQuery c) {
      out.append("<ConstantScoreQuery").append(boost(boost)).append('>');
      write(c.getQuery(), 1f, out);
      out.append("</ConstantScoreQuery>");
    } else if (q instanceof MatchAllDocsQuery) {
      out.append("<MatchAllDocsQuery/>");
    } else if (q instanceof PointRangeQuery r
        && r.getNumDims() == 1
        && r.getBytesPerDim() == Long.BYTES) {
      out.append("<PointRangeQuery fieldName=\"")
          .append(escape(r.getField()))
          .append("\" type=\"long\"")
          .append(" lowerTerm=\"")
          .append(LongPoint.decodeDimension(r.getLowerPoint(), 0))
          .append('"')
          .append(" upperTerm=\"")
          .append(LongPoint.decodeDimension(r.getUpperPoint(), 0))
          .append("\"/>");
    } else {
      throw new IllegalArgumentException(
          "no XML form for " + q.getClass().getSimpleName() + ": " + q);
    }
  }

  private static void phrase(PhraseQuery p, float boost, StringBuilder out) {
    Term[] terms = p.getTerms();
    if (terms.length == 1) {
      term("TermQuery", terms[0], boost, out);
      return;
    }
    int[] positions = p.getPositions();
    int gaps = positions[positions.length - 1] - positions[0] - (positions.length - 1);
    out.append("<SpanNear slop=\"")
        .append(p.getSlop() + gaps)
        .append("\" inOrder=\"true\"")
        .append(boost(boost))
        .append('>');
    for (Term t : terms) {
      term("SpanTerm", t, 1f, out);
    }
    out.append("</SpanNear>");
  }

  /** Spans as Khabar's phrases build them: terms, ordered or unordered nears, and alternatives. */
  private static void span(SpanQuery q, float boost, StringBuilder out) {
    if (q instanceof SpanTermQuery t) {
      term("SpanTerm", t.getTerm(), boost, out);
    } else if (q instanceof SpanNearQuery near) {
      out.append("<SpanNear slop=\"")
          .append(near.getSlop())
          .append("\" inOrder=\"")
          .append(near.isInOrder())
          .append('"')
          .append(boost(boost))
          .append('>');
      for (SpanQuery c : near.getClauses()) {
        span(c, 1f, out);
      }
      out.append("</SpanNear>");
    } else if (q instanceof SpanOrQuery or) {
      out.append("<SpanOr").append(boost(boost)).append('>');
      for (SpanQuery c : or.getClauses()) {
        span(c, 1f, out);
      }
      out.append("</SpanOr>");
    } else {
      throw new IllegalArgumentException(
          "no XML form for " + q.getClass().getSimpleName() + ": " + q);
    }
  }

  /** A term as a TermQuery element. */
  static String term(String field, String text) {
    StringBuilder out = new StringBuilder();
    term("TermQuery", new Term(field, text), 1f, out);
    return out.toString();
  }

  private static void term(String element, Term t, float boost, StringBuilder out) {
    out.append('<')
        .append(element)
        .append(" fieldName=\"")
        .append(escape(t.field()))
        .append('"')
        .append(boost(boost))
        .append('>')
        .append(escape(t.text()))
        .append("</")
        .append(element)
        .append('>');
  }

  private static String boost(float boost) {
    return boost == 1f ? "" : " boost=\"" + boost + "\"";
  }

  private static String occurs(BooleanClause.Occur o) {
    return switch (o) {
      case MUST -> "must";
      case SHOULD -> "should";
      case MUST_NOT -> "mustNot";
      case FILTER -> "filter";
    };
  }

  private static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&apos;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
