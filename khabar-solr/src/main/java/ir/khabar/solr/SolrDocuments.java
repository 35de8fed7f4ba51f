package ir.khabar.solr;

import static ir.khabar.core.index.ArticleDocuments.BANDS;
import static ir.khabar.core.index.ArticleDocuments.BODY;
import static ir.khabar.core.index.ArticleDocuments.ENTITY;
import static ir.khabar.core.index.ArticleDocuments.FACET_PREFIX;
import static ir.khabar.core.index.ArticleDocuments.FINGERPRINT;
import static ir.khabar.core.index.ArticleDocuments.ID;
import static ir.khabar.core.index.ArticleDocuments.JSON;
import static ir.khabar.core.index.ArticleDocuments.PUBLISHED;
import static ir.khabar.core.index.ArticleDocuments.SOURCE;
import static ir.khabar.core.index.ArticleDocuments.STOPS;
import static ir.khabar.core.index.ArticleDocuments.STORY;
import static ir.khabar.core.index.ArticleDocuments.TEXT_KEY;
import static ir.khabar.core.index.ArticleDocuments.TITLE;

import ir.khabar.core.Article;
import ir.khabar.core.ArticleJson;
import ir.khabar.core.Entity;
import ir.khabar.core.index.FacetValues;
import ir.khabar.core.index.FingerprintCodec;
import ir.khabar.core.stories.Fingerprint;
import ir.khabar.core.stories.StoryCandidate;
import ir.khabar.persian.PersianText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.util.BytesRef;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;

/**
 * How an article is laid out in the Khabar collection: the embedded index's fields (see the
 * configset's schema). Title and body are sent once; the schema copies them into the searched text.
 */
final class SolrDocuments {
  /** "id\u0001name" of the article's source, counted for the list of sources. */
  static final String SOURCE_FACET = "source_facet";

  private SolrDocuments() {}

  static SolrInputDocument of(Article a, Fingerprint fingerprint, String textKey) {
    SolrInputDocument d = new SolrInputDocument();
    d.addField(ID, a.id());
    d.addField(TEXT_KEY, textKey);
    if (a.story() != null) {
      d.addField(STORY, a.story());
    }
    if (fingerprint != null) {
      fingerprint.bands().forEach(b -> d.addField(BANDS, b));
      BytesRef f = FingerprintCodec.encode(a.id(), a.story(), fingerprint);
      d.addField(FINGERPRINT, Arrays.copyOfRange(f.bytes, f.offset, f.offset + f.length));
    }
    d.addField(TITLE, a.title());
    if (!a.leadAndBody().isEmpty()) {
      d.addField(BODY, a.leadAndBody());
    }
    d.addField(SOURCE, a.source().id());
    d.addField(SOURCE_FACET, FacetValues.of(a.source().id(), a.source().name()));
    for (Entity e : a.entities()) {
      d.addField(ENTITY, e.id());
      d.addField(FACET_PREFIX + e.type().label(), FacetValues.of(e.id(), e.name()));
    }
    PersianText.get().stopwordsIn(a.fullText()).forEach(s -> d.addField(STOPS, s));
    if (a.published() != null) {
      d.addField(PUBLISHED, a.published().toInstant().toEpochMilli());
    }
    try {
      d.addField(JSON, ArticleJson.MAPPER.writeValueAsString(ArticleJson.toJson(a)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return d;
  }

  static Article article(SolrDocument d) throws IOException {
    return ArticleJson.fromJson(ArticleJson.MAPPER.readTree((String) d.getFirstValue(JSON)));
  }

  static StoryCandidate candidate(SolrDocument d) {
    byte[] bytes = (byte[]) d.getFirstValue(FINGERPRINT);
    return FingerprintCodec.decode(new BytesRef(bytes));
  }
}
