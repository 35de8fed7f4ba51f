package ir.khabar.core.search;

import ir.khabar.core.Source;
import java.util.Comparator;

/** A source and how many of its articles are stored. */
public record SourceCount(Source source, long articles) {
  /** The order every engine lists sources in: the largest first, then by name. */
  public static final Comparator<SourceCount> LARGEST_FIRST =
      Comparator.comparingLong(SourceCount::articles)
          .reversed()
          .thenComparing(c -> c.source().name());
}
