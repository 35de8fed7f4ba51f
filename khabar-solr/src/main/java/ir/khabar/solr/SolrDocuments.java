package ir.khabar.solr;

import ir.khabar.core.Article;
import ir.khabar.core.search.engine.ArticleDocuments;
import ir.khabar.core.search.engine.FingerprintCodec;
import ir.khabar.core.stories.Fingerprint;
import ir.khabar.core.stories.StoryCandidate;
import ir.khabar.persian.PersianText;
import java.io.IOException;
import org.apache.lucene.util.BytesRef;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;

/**
 * {@link ArticleDocuments}' layout in the Khabar collection, whose schema gives each field its kind
 * (see the configset). The text field is not sent: the schema copies title and body into it. Nor
 * are empty values. The stopwords field is sent as its words.
 */
final class SolrDocuments {
  private SolrDocuments() {}

  static SolrInputDocument of(Article a, Fingerprint fingerprint, String textKey) {
    SolrInputDocument d = new SolrInputDocument();
    for (ArticleDocuments.Value v : ArticleDocuments.of(a, fingerprint, textKey)) {
      if (v.kind() == ArticleDocuments.Kind.STOPWORDS) {
        PersianText.get().stopwordsIn((String) v.value()).forEach(w -> d.addField(v.field(), w));
      } else if (v.kind() != ArticleDocuments.Kind.TEXT && !"".equals(v.value())) {
        d.addField(v.field(), v.value());
      }
    }
    return d;
  }

  static Article article(SolrDocument d) throws IOException {
    return ArticleDocuments.article((String) d.getFirstValue(ArticleDocuments.JSON));
  }

  static StoryCandidate candidate(SolrDocument d) {
    byte[] bytes = (byte[]) d.getFirstValue(ArticleDocuments.FINGERPRINT);
    return FingerprintCodec.decode(new BytesRef(bytes));
  }
}
