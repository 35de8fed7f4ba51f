package ir.khabar.solr;

import ir.khabar.core.search.engine.PrefixTerms;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.TermsResponse;

/**
 * A reader's {@code prefix*} over the collection's terms: Solr's terms component, asked on every
 * shard through the configset's {@code /terms} handler, gives each term and its document count; the
 * terms are then chosen by {@link PrefixTerms#top}, as the embedded index chooses them.
 */
final class SolrPrefixTerms implements PrefixTerms {
  private final SolrSearches.Querier solr;

  SolrPrefixTerms(SolrSearches.Querier solr) {
    this.solr = solr;
  }

  @Override
  public List<String> expand(String field, String prefix) {
    SolrQuery q = new SolrQuery();
    q.setRequestHandler("/terms");
    q.set("terms", true);
    q.set("terms.fl", field);
    q.set("terms.prefix", prefix);
    q.set("terms.limit", -1);
    q.set("terms.sort", "index");
    q.set("terms.mincount", 1);
    q.set("shards.qt", "/terms");
    try {
      QueryResponse r = solr.query("expand a prefix", q);
      TermsResponse terms = r.getTermsResponse();
      Map<String, Integer> found = new HashMap<>();
      if (terms != null && terms.getTerms(field) != null) {
        terms
            .getTerms(field)
            .forEach(t -> found.merge(t.getTerm(), (int) t.getFrequency(), Integer::sum));
      }
      return PrefixTerms.top(found);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
