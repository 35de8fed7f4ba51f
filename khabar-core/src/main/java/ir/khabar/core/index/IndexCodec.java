package ir.khabar.core.index;

import ir.khabar.core.search.engine.ArticleDocuments;
import java.util.Map;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.PostingsFormat;
import org.apache.lucene.codecs.bloom.BloomFilteringPostingsFormat;
import org.apache.lucene.codecs.bloom.DefaultBloomFilterFactory;
import org.apache.lucene.codecs.bloom.FuzzySet;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.SegmentWriteState;

/**
 * Lucene's default codec with a Bloom filter in front of the terms that the pipeline seeks for
 * every article: the story bands, the id and the duplicate-text key. Nearly every one sought is in
 * no segment or in one, and the filter answers "not here" from memory where the terms dictionary
 * would read a block, so a lookup costs little more with each segment. Still the default codec by
 * name: any Lucene with lucene-codecs reads the index, and old segments stay readable.
 */
final class IndexCodec {
  /** Band terms per article, about: 32 signature bands and up to six pairs of names. */
  static final int BANDS_PER_ARTICLE = 40;

  /** The fields sought one key at a time, and their terms per article. */
  private static final Map<String, Integer> SOUGHT =
      Map.of(
          ArticleDocuments.BANDS,
          BANDS_PER_ARTICLE,
          ArticleDocuments.ID,
          1,
          ArticleDocuments.TEXT_KEY,
          1);

  /** False positives the filter lets through to the terms dictionary. */
  private static final float FALSE_POSITIVES = 0.05f;

  /** Sets larger than this many terms are not made: a segment of 2.5M articles. */
  private static final int MOST_TERMS = 100_000_000;

  private static final String DEFAULT_POSTINGS = "Lucene912";

  private IndexCodec() {}

  static Codec get() {
    PostingsFormat sought =
        new BloomFilteringPostingsFormat(
            PostingsFormat.forName(DEFAULT_POSTINGS), new SoughtFilterSize());
    return new Lucene912Codec() {
      @Override
      public PostingsFormat getPostingsFormatForField(String field) {
        return SOUGHT.containsKey(field) ? sought : super.getPostingsFormatForField(field);
      }
    };
  }

  /** Sized for the segment's terms of the field, at {@link #FALSE_POSITIVES}. */
  private static final class SoughtFilterSize extends DefaultBloomFilterFactory {
    @Override
    public FuzzySet getSetForField(SegmentWriteState state, FieldInfo info) {
      long terms = (long) state.segmentInfo.maxDoc() * SOUGHT.get(info.name);
      return FuzzySet.createOptimalSet((int) Math.min(MOST_TERMS, terms), FALSE_POSITIVES);
    }
  }
}
