package ir.khabar.core.index;

import ir.khabar.core.search.engine.ArticleDocuments;
import ir.khabar.core.search.engine.DidYouMean;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;

/** The embedded index's text terms as {@link DidYouMean} asks for them. */
final class IndexVocabulary implements DidYouMean.Vocabulary {
  private static final DirectSpellChecker CHECKER = DidYouMean.spellChecker();
  private final IndexReader reader;

  IndexVocabulary(IndexReader reader) {
    this.reader = reader;
  }

  @Override
  public int docFreq(String term) {
    try {
      return reader.docFreq(new Term(ArticleDocuments.TEXT, term));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public List<String> near(String term) {
    try {
      return Arrays.stream(
              CHECKER.suggestSimilar(
                  new Term(ArticleDocuments.TEXT, term),
                  DidYouMean.CANDIDATES,
                  reader,
                  SuggestMode.SUGGEST_ALWAYS))
          .map(w -> w.string)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
