package ir.khabar.core.search;

import ir.khabar.core.Article;
import java.io.Closeable;
import java.io.IOException;
import java.util.Optional;

/** Where articles are stored and searched: embedded Lucene now, SolrCloud later. */
public interface SearchEngine extends Closeable {

  /** Stores an article unless one with its id is already stored; false for such a duplicate. */
  boolean add(Article article) throws IOException;

  /** Makes everything added so far durable and visible to searches. */
  void commit() throws IOException;

  SearchResult search(SearchRequest request) throws IOException;

  Optional<Article> get(String id) throws IOException;

  long count() throws IOException;
}
