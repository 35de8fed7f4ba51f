package ir.khabar.solr;

import ir.khabar.core.search.engine.DidYouMean;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.SpellCheckResponse;

/**
 * The collection's text terms as {@link DidYouMean} asks for them: near terms from the spellcheck
 * component (DirectSolrSpellChecker configured as core's checker, see solrconfig.xml), document
 * frequencies from the whole collection, so that both engines weigh the same candidates alike.
 */
final class SolrVocabulary implements DidYouMean.Vocabulary {
  /** Sends a request to the collection. */
  interface Requests {
    QueryResponse send(String what, SolrQuery q) throws IOException;
  }

  private final Requests requests;
  private final ToIntFunction<String> docFreq;

  SolrVocabulary(Requests requests, ToIntFunction<String> docFreq) {
    this.requests = requests;
    this.docFreq = docFreq;
  }

  @Override
  public int docFreq(String term) {
    return docFreq.applyAsInt(term);
  }

  @Override
  public List<String> near(String term) {
    SolrQuery q = new SolrQuery("*:*").setRows(0);
    q.set("spellcheck", true);
    q.set("spellcheck.q", term);
    q.set("spellcheck.count", DidYouMean.CANDIDATES);
    q.set("spellcheck.alternativeTermCount", DidYouMean.CANDIDATES);
    List<String> out = new ArrayList<>();
    try {
      SpellCheckResponse spelling = requests.send("spell " + term, q).getSpellCheckResponse();
      if (spelling != null) {
        spelling.getSuggestions().forEach(s -> out.addAll(s.getAlternatives()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
