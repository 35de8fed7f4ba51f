package ir.khabar.core.search.engine;

import ir.khabar.core.Entity;
import ir.khabar.core.extract.Agencies;
import ir.khabar.core.search.SearchRequest;
import ir.khabar.core.understand.entities.ListedSurnames;
import ir.khabar.persian.date.JalaliDates;
import java.util.Set;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/** A request's filters as query clauses: the same for the embedded index and for SolrCloud. */
public final class SearchFilters {
  private SearchFilters() {}

  /**
   * The query restricted by the request's filters (source, days, entities, ingested), which do not
   * score.
   */
  public static Query apply(Query main, SearchRequest r) {
    if (r.source() == null
        && r.from() == null
        && r.to() == null
        && r.entities().isEmpty()
        && r.ingestedSince() == null) {
      return main;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(main, Occur.MUST);
    entityFilter(b, r.entities().person(), Entity.Type.PERSON);
    entityFilter(b, r.entities().country(), Entity.Type.COUNTRY);
    entityFilter(b, r.entities().otherCountry(), Entity.Type.COUNTRY);
    entityFilter(b, r.entities().org(), Entity.Type.ORGANISATION);
    if (r.source() != null && !r.source().isBlank()) {
      String id =
          Agencies.get().byName(r.source()).map(s -> s.id()).orElse(Agencies.key(r.source()));
      b.add(new TermQuery(new Term(ArticleDocuments.SOURCE, id)), Occur.FILTER);
    }
    if (r.from() != null || r.to() != null) {
      long from =
          r.from() == null
              ? Long.MIN_VALUE
              : r.from().atStartOfDay(JalaliDates.TEHRAN).toInstant().toEpochMilli();
      long to =
          r.to() == null
              ? Long.MAX_VALUE
              : r.to().plusDays(1).atStartOfDay(JalaliDates.TEHRAN).toInstant().toEpochMilli() - 1;
      b.add(LongPoint.newRangeQuery(ArticleDocuments.PUBLISHED, from, to), Occur.FILTER);
    }
    if (r.ingestedSince() != null) {
      b.add(
          LongPoint.newRangeQuery(
              ArticleDocuments.INGESTED, r.ingestedSince().toEpochMilli(), Long.MAX_VALUE),
          Occur.FILTER);
    }
    return b.build();
  }

  /**
   * Articles naming the entity; a family name alone («روحانی») keeps those of every listed person
   * of that name as well as of the unlisted one.
   */
  private static void entityFilter(BooleanQuery.Builder b, String nameOrId, Entity.Type type) {
    if (nameOrId == null) {
      return;
    }
    Set<String> ids = ListedSurnames.get().ids(nameOrId, type);
    if (ids.size() == 1) {
      b.add(new TermQuery(new Term(ArticleDocuments.ENTITY, ids.iterator().next())), Occur.FILTER);
      return;
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    ids.forEach(id -> any.add(new TermQuery(new Term(ArticleDocuments.ENTITY, id)), Occur.SHOULD));
    b.add(any.build(), Occur.FILTER);
  }
}
