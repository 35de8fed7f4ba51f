package ir.khabar.core.search.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * The index terms a reader's {@code prefix*} stands for. Both engines pick them the same way from
 * their own term lists (the most documents first, then in term order, at most {@link #MAX}), so a
 * prefix query is the same query on the embedded index and on SolrCloud.
 */
@FunctionalInterface
public interface PrefixTerms {
  /**
   * A prefix stands for at most this many terms: a dozen prefixes still fit Lucene's clause limit.
   */
  int MAX = 64;

  /** No expansion: a prefix finds nothing (for callers without an index). */
  PrefixTerms NONE = (field, prefix) -> List.of();

  /**
   * The terms of {@code field} that start with {@code prefix} (already folded), chosen by {@link
   * #top}.
   */
  List<String> expand(String field, String prefix);

  /** The {@link #MAX} terms held by the most documents, ties in term order. */
  static List<String> top(Map<String, Integer> docFreqs) {
    List<Map.Entry<String, Integer>> all = new ArrayList<>(docFreqs.entrySet());
    all.sort(
        Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()));
    return all.stream().limit(MAX).map(Map.Entry::getKey).toList();
  }

  /** A Lucene reader's terms: the terms enum walked from the prefix on. */
  static PrefixTerms of(IndexReader reader) {
    return (field, prefix) -> {
      try {
        Terms terms = MultiTerms.getTerms(reader, field);
        if (terms == null) {
          return List.of();
        }
        TermsEnum e = terms.iterator();
        BytesRef start = new BytesRef(prefix);
        Map<String, Integer> found = new HashMap<>();
        if (e.seekCeil(start) == TermsEnum.SeekStatus.END) {
          return List.of();
        }
        for (BytesRef t = e.term(); t != null && startsWith(t, start); t = e.next()) {
          found.put(t.utf8ToString(), e.docFreq());
        }
        return top(found);
      } catch (IOException ex) {
        throw new UncheckedIOException(ex);
      }
    };
  }

  private static boolean startsWith(BytesRef term, BytesRef prefix) {
    return term.length >= prefix.length
        && Arrays.equals(
            term.bytes,
            term.offset,
            term.offset + prefix.length,
            prefix.bytes,
            prefix.offset,
            prefix.offset + prefix.length);
  }
}
