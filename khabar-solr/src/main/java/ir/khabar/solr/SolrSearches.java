package ir.khabar.solr;

import static ir.khabar.core.search.engine.ArticleDocuments.BODY;
import static ir.khabar.core.search.engine.ArticleDocuments.FACET_PREFIX;
import static ir.khabar.core.search.engine.ArticleDocuments.ID;
import static ir.khabar.core.search.engine.ArticleDocuments.JSON;
import static ir.khabar.core.search.engine.ArticleDocuments.PUBLISHED;
import static ir.khabar.core.search.engine.ArticleDocuments.SOURCE_FACET;
import static ir.khabar.core.search.engine.ArticleDocuments.STORY;
import static ir.khabar.core.search.engine.ArticleDocuments.TITLE;

import ir.khabar.core.Article;
import ir.khabar.core.Entity;
import ir.khabar.core.Source;
import ir.khabar.core.search.FacetCount;
import ir.khabar.core.search.Hit;
import ir.khabar.core.search.SearchResult;
import ir.khabar.core.search.SourceCount;
import ir.khabar.core.search.engine.FacetValues;
import ir.khabar.core.search.engine.Feedback;
import ir.khabar.core.search.engine.ResultOrder;
import ir.khabar.core.search.engine.SearchPlan;
import ir.khabar.core.search.engine.Snippets;
import ir.khabar.core.search.engine.StoryCollapse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.CommonParams;

/**
 * The pages of answers the engine builds from several requests: ranked ids, one per story, with the
 * size of each story and the page's articles with their snippets; facet counts; related articles;
 * the sources. The same shapes the embedded engine returns.
 */
final class SolrSearches {
  interface Querier {
    QueryResponse query(String what, SolrQuery query) throws IOException;
  }

  private final Querier solr;
  private final Analyzer indexAnalyzer;
  private final Analyzer queryAnalyzer;

  /**
   * {@code indexAnalyzer}: the collection's analysis of text, for the words of feedback's first
   * pass.
   */
  SolrSearches(Querier solr, Analyzer indexAnalyzer, Analyzer queryAnalyzer) {
    this.solr = solr;
    this.indexAnalyzer = indexAnalyzer;
    this.queryAnalyzer = queryAnalyzer;
  }

  /**
   * The page the plan asks for: ranked ids, one per story (ranked with {@link Feedback}'s words
   * where the plan asks for them), the size of each story, then the page's articles with their
   * snippets.
   */
  SearchResult run(SearchPlan plan) throws IOException {
    String queryXml = QueryXml.of(plan.query());
    String rankXml =
        plan.feedback()
            ? QueryXml.of(Feedback.expand(plan.query(), firstPass(queryXml), indexAnalyzer))
            : queryXml;
    Query marked = plan.marked();
    SolrQuery ranked =
        sorted(xml(rankXml), plan.order()).setRows(plan.fetch()).setFields(ID, STORY, "score");
    ranked.set(
        CommonParams.DISTRIB_STATS_CACHE,
        true); // BM25 over the whole collection, as one index scores
    ranked.set(CommonParams.MIN_EXACT_COUNT, SearchResult.EXACT_TOTAL);
    QueryResponse top = solr.query("search", ranked);
    List<StoryCollapse.Representative<SolrDocument>> page =
        StoryCollapse.collapse(
            top.getResults(),
            d -> (String) d.getFirstValue(STORY),
            plan.request().offset(),
            plan.request().limit());
    Map<String, Long> storySizes = storySizes(page);
    QueryResponse docs = pageDocs(queryXml, page, marked == null ? null : QueryXml.of(marked));
    Map<String, SolrDocument> byId = new HashMap<>();
    docs.getResults().forEach(d -> byId.put((String) d.getFirstValue(ID), d));
    Map<String, Map<String, List<String>>> highlights =
        docs.getHighlighting() == null ? Map.of() : docs.getHighlighting();
    List<Hit> hits = new ArrayList<>(page.size());
    for (StoryCollapse.Representative<SolrDocument> r : page) {
      String id = (String) r.hit().getFirstValue(ID);
      SolrDocument d = byId.get(id);
      if (d == null) {
        continue; // deleted between the two requests
      }
      long others = r.story() == null ? 0 : storySizes.getOrDefault(r.story(), 1L) - 1;
      hits.add(
          SearchPlan.hit(
              SolrDocuments.article(d),
              snippet(highlights.get(id), marked),
              score(r.hit()),
              others));
    }
    return plan.result(
        top.getResults().getNumFound(),
        !Boolean.FALSE.equals(top.getResults().getNumFoundExact()),
        hits);
  }

  /** A page of every match in the plan's order, stories not folded, without snippets. */
  SearchResult matches(SearchPlan plan) throws IOException {
    boolean ranked = plan.order() == ResultOrder.MOST_RELEVANT_FIRST;
    SolrQuery q =
        sorted(xml(QueryXml.of(plan.query())), plan.order())
            .setStart(plan.request().offset())
            .setRows(plan.request().limit())
            .setFields(ID, JSON, "score");
    q.set(CommonParams.DISTRIB_STATS_CACHE, ranked);
    QueryResponse r = solr.query("read every match", q);
    List<Hit> hits = new ArrayList<>();
    for (SolrDocument d : r.getResults()) {
      float score = score(d);
      hits.add(new Hit(SolrDocuments.article(d), "", Float.isNaN(score) ? 0 : score, 0));
    }
    return plan.result(r.getResults().getNumFound(), hits);
  }

  private static float score(SolrDocument d) {
    Object score = d.getFirstValue("score");
    return score == null ? Float.NaN : ((Number) score).floatValue();
  }

  /** A request sorted in the order, its tie-breaks included. */
  static SolrQuery sorted(SolrQuery q, ResultOrder order) {
    for (ResultOrder.Key key : order.keys()) {
      switch (key) {
        case SCORE -> q.addSort("score", SolrQuery.ORDER.desc);
        case NEWEST -> q.addSort(PUBLISHED, SolrQuery.ORDER.desc);
        case OLDEST -> q.addSort(PUBLISHED, SolrQuery.ORDER.asc);
        case ID -> q.addSort(ID, SolrQuery.ORDER.asc);
      }
    }
    return q;
  }

  /**
   * The best {@link Feedback#DOCS} articles by relevance, their title and body, with their scores.
   */
  private List<Feedback.Doc> firstPass(String queryXml) throws IOException {
    SolrQuery q =
        sorted(xml(queryXml), ResultOrder.MOST_RELEVANT_FIRST)
            .setRows(Feedback.DOCS)
            .setFields(TITLE, BODY, "score");
    q.set(CommonParams.DISTRIB_STATS_CACHE, true);
    List<Feedback.Doc> out = new ArrayList<>();
    for (SolrDocument d : solr.query("read the best articles", q).getResults()) {
      Object score = d.getFirstValue("score");
      out.add(
          new Feedback.Doc(
              Feedback.text((String) d.getFirstValue(TITLE), (String) d.getFirstValue(BODY)),
              score == null ? 0f : ((Number) score).floatValue()));
    }
    return out;
  }

  /** How many versions each story on the page has: one facet request over the page's stories. */
  private Map<String, Long> storySizes(List<StoryCollapse.Representative<SolrDocument>> page)
      throws IOException {
    List<String> stories =
        page.stream()
            .map(StoryCollapse.Representative::story)
            .filter(s -> s != null)
            .distinct()
            .toList();
    if (stories.isEmpty()) {
      return Map.of();
    }
    SolrQuery q =
        xml(anyOf(STORY, stories))
            .setRows(0)
            .setFacet(true)
            .addFacetField(STORY)
            .setFacetLimit(-1)
            .setFacetMinCount(1);
    Map<String, Long> out = new HashMap<>();
    for (FacetField.Count c :
        solr.query("count story versions", q).getFacetField(STORY).getValues()) {
      out.put(c.getName(), c.getCount());
    }
    return out;
  }

  /** The page's articles, with the body's passages that match the query marked. */
  private QueryResponse pageDocs(
      String queryXml, List<StoryCollapse.Representative<SolrDocument>> page, String markedXml)
      throws IOException {
    SolrQuery q = xml(queryXml).setRows(Math.max(1, page.size())).setFields(ID, JSON);
    q.addFilterQuery(
        "{!xmlparser}"
            + anyOf(ID, page.stream().map(r -> (String) r.hit().getFirstValue(ID)).toList()));
    if (markedXml != null) {
      // The embedded engine's highlighter: unified, sentences (a fragsize of 1 sets no length
      // goal), two
      // passages joined by an ellipsis, and the query without its filters (hl.q), which the body
      // cannot match.
      q.setHighlight(true)
          .set("hl.method", "unified")
          .set("hl.fl", Snippets.FIELD)
          .set("hl.requireFieldMatch", false)
          .set("hl.snippets", Snippets.PASSAGES)
          .set("hl.fragsize", 1)
          .set("hl.tag.pre", Snippets.MARK)
          .set("hl.tag.post", Snippets.END_MARK)
          .set("hl.tag.ellipsis", Snippets.ELLIPSIS)
          .set("hl.encoder", "html")
          .set("hl.maxAnalyzedChars", Snippets.MAX_ANALYSED)
          .set("hl.defaultSummary", false)
          .set("hl.q", markedXml)
          .set("hl.qparser", "xmlparser");
    }
    return solr.query("read the page's articles", q);
  }

  /**
   * The passages Solr marked, joined; Solr marks a phrase word by word, so its marks are joined as
   * the embedded engine's snippets join them, and long passages are cut as its are.
   */
  private String snippet(Map<String, List<String>> fields, Query marked) {
    List<String> body = fields == null ? null : fields.get(Snippets.FIELD);
    if (body == null || body.isEmpty()) {
      return null;
    }
    return Snippets.cut(
        Snippets.joinPhraseMarks(String.join(Snippets.ELLIPSIS, body), marked, queryAnalyzer));
  }

  Map<Entity.Type, List<FacetCount>> facets(String queryXml, int top) throws IOException {
    SolrQuery q =
        xml(queryXml).setRows(0).setFacet(true).setFacetMinCount(1).setFacetLimit(top * 4 + 10);
    for (Entity.Type type : FacetValues.TYPES) {
      q.addFacetField(FACET_PREFIX + type.label());
    }
    QueryResponse response = solr.query("count facets", q);
    Map<Entity.Type, List<FacetCount>> out = new EnumMap<>(Entity.Type.class);
    for (Entity.Type type : FacetValues.TYPES) {
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
    SolrQuery q =
        new SolrQuery(mltQuery)
            .setRows(StoryCollapse.relatedOverFetch(limit))
            .setFields(ID, STORY, JSON);
    if (article.story() != null) {
      q.addFilterQuery("-" + STORY + ":" + ClientUtils.escapeQueryChars(article.story()));
    }
    List<Article> out = new ArrayList<>();
    for (StoryCollapse.Representative<SolrDocument> r :
        StoryCollapse.collapse(
            solr.query("find related articles", q).getResults(),
            d -> (String) d.getFirstValue(STORY),
            0,
            limit)) {
      out.add(SolrDocuments.article(r.hit()));
    }
    return out;
  }

  List<SourceCount> sources() throws IOException {
    SolrQuery q =
        xml("<MatchAllDocsQuery/>")
            .setRows(0)
            .setFacet(true)
            .addFacetField(SOURCE_FACET)
            .setFacetLimit(-1)
            .setFacetMinCount(1);
    List<SourceCount> out = new ArrayList<>();
    for (FacetField.Count c :
        solr.query("count sources", q).getFacetField(SOURCE_FACET).getValues()) {
      int sep = c.getName().indexOf(FacetValues.SEPARATOR);
      out.add(
          new SourceCount(
              new Source(c.getName().substring(0, sep), c.getName().substring(sep + 1)),
              c.getCount()));
    }
    out.sort(SourceCount.LARGEST_FIRST);
    return out;
  }

  private static String anyOf(String field, List<String> values) {
    StringBuilder b = new StringBuilder("<BooleanQuery>");
    values.forEach(
        v ->
            b.append("<Clause occurs=\"should\">")
                .append(QueryXml.term(field, v))
                .append("</Clause>"));
    return b.append("</BooleanQuery>").toString();
  }

  /**
   * A request for the query in XML. Without the collection-wide term statistics (an extra round
   * trip to every shard): only a ranking needs them, and {@link #run} asks for them.
   */
  static SolrQuery xml(String queryXml) {
    SolrQuery s = new SolrQuery(queryXml);
    s.set("defType", "xmlparser");
    s.set(CommonParams.DISTRIB_STATS_CACHE, false);
    return s;
  }
}
