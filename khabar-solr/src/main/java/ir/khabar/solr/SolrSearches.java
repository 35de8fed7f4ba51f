package ir.khabar.solr;

import static ir.khabar.core.index.ArticleDocuments.BODY;
import static ir.khabar.core.index.ArticleDocuments.FACET_PREFIX;
import static ir.khabar.core.index.ArticleDocuments.ID;
import static ir.khabar.core.index.ArticleDocuments.JSON;
import static ir.khabar.core.index.ArticleDocuments.PUBLISHED;
import static ir.khabar.core.index.ArticleDocuments.STORY;
import static ir.khabar.core.index.ArticleDocuments.TITLE;

import ir.khabar.core.Article;
import ir.khabar.core.Entity;
import ir.khabar.core.Source;
import ir.khabar.core.index.FacetValues;
import ir.khabar.core.index.Feedback;
import ir.khabar.core.index.Snippets;
import ir.khabar.core.search.FacetCount;
import ir.khabar.core.search.Hit;
import ir.khabar.core.search.SearchRequest;
import ir.khabar.core.search.SearchResult;
import ir.khabar.core.search.SourceCount;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.CommonParams;

/**
 * The pages of answers the engine builds from several requests: ranked ids, one per story, with the
 * size of each story and the page's articles with their snippets; facet counts; related articles; the
 * sources. The same shapes the embedded engine returns.
 */
final class SolrSearches {
  interface Querier {
    QueryResponse query(String what, SolrQuery query) throws IOException;
  }

  private static final Entity.Type[] FACETED = {Entity.Type.PERSON, Entity.Type.COUNTRY, Entity.Type.ORGANISATION};
  private final Querier solr;

  SolrSearches(Querier solr) {
    this.solr = solr;
  }

  private record Ranked(String id, String story, float score) {}

  /**
   * The articles {@code queryXml} finds, {@code rankXml} orders (the same query, or the query with
   * {@link Feedback}'s words), a page of them; {@code markedXml} is the part of the query snippets mark
   * (see {@link Snippets#marked}), null for no snippets.
   */
  SearchResult run(SearchRequest request, String understood, String queryXml, String rankXml, boolean newest,
      String markedXml) throws IOException {
    SolrQuery ranked = ranked(rankXml, (request.offset() + request.limit()) * 4 + 20, newest).setFields(ID, STORY, "score");
    QueryResponse top = solr.query("search", ranked);
    List<Ranked> page = collapse(top.getResults(), request.offset(), request.limit());
    Map<String, Long> storySizes = storySizes(page);
    QueryResponse docs = pageDocs(queryXml, page, markedXml);
    Map<String, SolrDocument> byId = new HashMap<>();
    docs.getResults().forEach(d -> byId.put((String) d.getFirstValue(ID), d));
    Map<String, Map<String, List<String>>> marked = docs.getHighlighting() == null ? Map.of() : docs.getHighlighting();
    List<Hit> hits = new ArrayList<>(page.size());
    for (Ranked r : page) {
      SolrDocument d = byId.get(r.id());
      if (d == null) {
        continue; // deleted between the two requests
      }
      Article a = SolrDocuments.article(d);
      String snippet = snippet(marked.get(r.id()));
      long others = r.story() == null ? 0 : storySizes.getOrDefault(r.story(), 1L) - 1;
      hits.add(new Hit(a, snippet != null ? snippet : Snippets.opening(a), Float.isNaN(r.score()) ? 0 : r.score(),
          (int) Math.max(0, others)));
    }
    return new SearchResult(request.query(), understood, top.getResults().getNumFound(), hits);
  }

  private static SolrQuery ranked(String queryXml, int rows, boolean newest) {
    SolrQuery ranked = xml(queryXml).setRows(rows);
    ranked.set(CommonParams.DISTRIB_STATS_CACHE, true); // BM25 over the whole collection, as one index scores
    if (newest) {
      ranked.addSort(PUBLISHED, SolrQuery.ORDER.desc).addSort("score", SolrQuery.ORDER.desc);
    } else {
      ranked.addSort("score", SolrQuery.ORDER.desc).addSort(PUBLISHED, SolrQuery.ORDER.desc);
    }
    return ranked.addSort(ID, SolrQuery.ORDER.asc); // the embedded engine's last tie-breaker too
  }

  /** The best {@link Feedback#DOCS} articles by relevance, their title and body, with their scores. */
  List<Feedback.Doc> firstPass(String queryXml) throws IOException {
    SolrQuery q = ranked(queryXml, Feedback.DOCS, false).setFields(TITLE, BODY, "score");
    List<Feedback.Doc> out = new ArrayList<>();
    for (SolrDocument d : solr.query("read the best articles", q).getResults()) {
      Object score = d.getFirstValue("score");
      out.add(new Feedback.Doc(Feedback.text((String) d.getFirstValue(TITLE), (String) d.getFirstValue(BODY)),
          score == null ? 0f : ((Number) score).floatValue()));
    }
    return out;
  }

  /** One hit per story, the best-ranked version standing for it, from the page asked for. */
  private static List<Ranked> collapse(List<SolrDocument> ranked, int offset, int limit) {
    List<Ranked> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int kept = 0;
    for (SolrDocument d : ranked) {
      String story = (String) d.getFirstValue(STORY);
      if (story != null && !seen.add(story)) {
        continue;
      }
      if (kept++ < offset) {
        continue;
      }
      Object score = d.getFirstValue("score");
      out.add(new Ranked((String) d.getFirstValue(ID), story, score == null ? Float.NaN : ((Number) score).floatValue()));
      if (out.size() == limit) {
        break;
      }
    }
    return out;
  }

  /** How many versions each story on the page has: one facet request over the page's stories. */
  private Map<String, Long> storySizes(List<Ranked> page) throws IOException {
    List<String> stories = page.stream().map(Ranked::story).filter(s -> s != null).distinct().toList();
    if (stories.isEmpty()) {
      return Map.of();
    }
    SolrQuery q = xml(anyOf(STORY, stories)).setRows(0).setFacet(true).addFacetField(STORY)
        .setFacetLimit(-1).setFacetMinCount(1);
    Map<String, Long> out = new HashMap<>();
    for (FacetField.Count c : solr.query("count story versions", q).getFacetField(STORY).getValues()) {
      out.put(c.getName(), c.getCount());
    }
    return out;
  }

  /** The page's articles, with the body's passages that match the query marked. */
  private QueryResponse pageDocs(String queryXml, List<Ranked> page, String markedXml) throws IOException {
    SolrQuery q = xml(queryXml).setRows(Math.max(1, page.size())).setFields(ID, JSON);
    q.addFilterQuery("{!xmlparser}" + anyOf(ID, page.stream().map(Ranked::id).toList()));
    if (markedXml != null) {
      // The embedded engine's highlighter: unified, sentences (a fragsize of 1 sets no length goal), two
      // passages joined by an ellipsis, and the query without its filters (hl.q), which the body cannot match.
      q.setHighlight(true).set("hl.method", "unified").set("hl.fl", BODY).set("hl.requireFieldMatch", false)
          .set("hl.snippets", 2).set("hl.fragsize", 1).set("hl.tag.pre", "<mark>").set("hl.tag.post", "</mark>")
          .set("hl.tag.ellipsis", " … ").set("hl.encoder", "html").set("hl.maxAnalyzedChars", 20_000)
          .set("hl.defaultSummary", false).set("hl.q", markedXml).set("hl.qparser", "xmlparser");
    }
    return solr.query("read the page's articles", q);
  }

  private static String snippet(Map<String, List<String>> fields) {
    if (fields == null) {
      return null;
    }
    List<String> body = fields.get(BODY);
    return body == null || body.isEmpty() ? null : String.join(" … ", body);
  }

  Map<Entity.Type, List<FacetCount>> facets(String queryXml, int top) throws IOException {
    SolrQuery q = xml(queryXml).setRows(0).setFacet(true).setFacetMinCount(1).setFacetLimit(top * 4 + 10);
    for (Entity.Type type : FACETED) {
      q.addFacetField(FACET_PREFIX + type.label());
    }
    QueryResponse response = solr.query("count facets", q);
    Map<Entity.Type, List<FacetCount>> out = new EnumMap<>(Entity.Type.class);
    for (Entity.Type type : FACETED) {
      Map<String, Long> counts = new HashMap<>();
      FacetField field = response.getFacetField(FACET_PREFIX + type.label());
      if (field != null) {
        field.getValues().forEach(c -> counts.put(c.getName(), c.getCount()));
      }
      out.put(type, FacetValues.top(counts, top));
    }
    return out;
  }

  /** Articles like this one (Solr's MoreLikeThis), none from its story, one per story. */
  List<Article> related(String mltQuery, Article article, int limit) throws IOException {
    SolrQuery q = new SolrQuery(mltQuery).setRows(limit * 4 + 10).setFields(ID, STORY, JSON);
    if (article.story() != null) {
      q.addFilterQuery("-" + STORY + ":" + org.apache.solr.client.solrj.util.ClientUtils.escapeQueryChars(article.story()));
    }
    List<Article> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (SolrDocument d : solr.query("find related articles", q).getResults()) {
      String story = (String) d.getFirstValue(STORY);
      if (story == null || seen.add(story)) {
        out.add(SolrDocuments.article(d));
        if (out.size() == limit) {
          break;
        }
      }
    }
    return out;
  }

  List<SourceCount> sources() throws IOException {
    SolrQuery q = xml("<MatchAllDocsQuery/>").setRows(0).setFacet(true).addFacetField(SolrDocuments.SOURCE_FACET)
        .setFacetLimit(-1).setFacetMinCount(1);
    List<SourceCount> out = new ArrayList<>();
    for (FacetField.Count c : solr.query("count sources", q).getFacetField(SolrDocuments.SOURCE_FACET).getValues()) {
      int sep = c.getName().indexOf(FacetValues.SEPARATOR);
      out.add(new SourceCount(new Source(c.getName().substring(0, sep), c.getName().substring(sep + 1)), c.getCount()));
    }
    out.sort(Comparator.comparingLong(SourceCount::articles).reversed().thenComparing(c -> c.source().name()));
    return out;
  }

  private static String anyOf(String field, List<String> values) {
    StringBuilder b = new StringBuilder("<BooleanQuery>");
    values.forEach(v -> b.append("<Clause occurs=\"should\">").append(QueryXml.term(field, v)).append("</Clause>"));
    return b.append("</BooleanQuery>").toString();
  }

  /**
   * A request for the query in XML. Without the collection-wide term statistics (an extra round trip
   * to every shard): only a ranking needs them, and {@link #run} asks for them.
   */
  static SolrQuery xml(String queryXml) {
    SolrQuery s = new SolrQuery(queryXml);
    s.set("defType", "xmlparser");
    s.set(CommonParams.DISTRIB_STATS_CACHE, false);
    return s;
  }
}
