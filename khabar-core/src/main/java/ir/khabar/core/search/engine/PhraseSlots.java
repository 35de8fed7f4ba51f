package ir.khabar.core.search.engine;

import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.spans.SpanNearQuery;
import org.apache.lucene.queries.spans.SpanOrQuery;
import org.apache.lucene.queries.spans.SpanQuery;
import org.apache.lucene.queries.spans.SpanTermQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;

/**
 * A reader's phrase as a Lucene query, once {@link QueryFactory} has grouped its words into slots
 * of alternative spellings: the cheapest query that keeps the words' order and gaps.
 */
final class PhraseSlots {
  private PhraseSlots() {}

  /**
   * One or more words of a phrase (query positions {@code first} to {@code last}) and their
   * spellings.
   */
  record Slot(int first, int last, List<Spelling> spellings) {}

  /** Terms in order with up to {@code gap} positions between them (a stopword's). */
  record Spelling(List<String> terms, int gap) {}

  /**
   * A phrase over its slots: a {@link PhraseQuery} when its words are adjacent, single spellings
   * and exact; else an ordered span allowing as many extra positions as the phrase has stopword
   * gaps (a slop makes it unordered and adds the reader's slop).
   */
  static Query phrase(String field, List<Slot> slots, int slop) {
    int gaps = 0;
    boolean single = true;
    for (int i = 0; i < slots.size(); i++) {
      if (i > 0) {
        gaps += slots.get(i).first() - slots.get(i - 1).last() - 1;
      }
      single &=
          slots.get(i).spellings().size() == 1
              && slots.get(i).spellings().get(0).terms().size() == 1;
    }
    if (slots.size() == 1 && slop == 0) {
      List<Spelling> only = slots.get(0).spellings();
      if (only.size() == 1 && only.get(0).terms().size() == 1) {
        return QueryFactory.term(field, only.get(0).terms().get(0));
      }
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      only.forEach(s -> b.add(span(field, s), Occur.SHOULD));
      return b.build();
    }
    if (single && gaps == 0 && slop == 0) {
      PhraseQuery.Builder p = new PhraseQuery.Builder();
      slots.forEach(s -> p.add(new Term(field, s.spellings().get(0).terms().get(0))));
      return p.build();
    }
    if (slots.size() == 1) {
      return span(field, slots.get(0));
    }
    SpanQuery[] clauses = slots.stream().map(s -> span(field, s)).toArray(SpanQuery[]::new);
    return new SpanNearQuery(clauses, gaps + slop, slop == 0);
  }

  /** A slot as a span: its one spelling, or any of them. */
  private static SpanQuery span(String field, Slot slot) {
    List<SpanQuery> spellings = slot.spellings().stream().map(s -> span(field, s)).toList();
    return spellings.size() == 1
        ? spellings.get(0)
        : new SpanOrQuery(spellings.toArray(SpanQuery[]::new));
  }

  private static SpanQuery span(String field, Spelling spelling) {
    List<String> terms = spelling.terms();
    if (terms.size() == 1) {
      return new SpanTermQuery(new Term(field, terms.get(0)));
    }
    return new SpanNearQuery(
        terms.stream().map(t -> new SpanTermQuery(new Term(field, t))).toArray(SpanQuery[]::new),
        spelling.gap(),
        true);
  }
}
