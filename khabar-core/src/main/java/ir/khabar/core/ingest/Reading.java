package ir.khabar.core.ingest;

import ir.khabar.core.Article;
import ir.khabar.core.Source;
import ir.khabar.core.extract.Agencies;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;

/**
 * The read-and-extract stage: one input into its articles, and what of it was rejected (could not
 * be read) or skipped (is not news), each with its reason. A file that cannot be read is one
 * rejection; nothing here throws for bad input. Safe to call from many threads.
 */
public final class Reading {
  /** What one input held: its articles, rejections and skips, and how many records it counted. */
  public record Read(
      List<Article> articles, List<Rejection> rejections, List<Skip> skips, int records) {
    /**
     * The read with {@code source} for its articles that name none (an archive of one paper, whose
     * pages never say whose they are); itself when {@code source} is null.
     */
    public Read naming(Source source) {
      if (source == null) {
        return this;
      }
      List<Article> named =
          articles.stream()
              .map(
                  a ->
                      a != null && Source.UNKNOWN.equals(a.source())
                          ? a.toBuilder().source(source).build()
                          : a)
              .toList();
      return new Read(named, rejections, skips, records);
    }
  }

  private final InputReader reader;

  public Reading(Agencies agencies) {
    this.reader = new InputReader(agencies);
  }

  public Read read(Input input) {
    List<Article> articles = new ArrayList<>();
    List<Rejection> rejected = new ArrayList<>();
    List<Skip> skipped = new ArrayList<>();
    int records = 0;
    for (InputReader.Outcome outcome : outcomes(input)) {
      if (outcome.counted()) {
        records++;
      }
      if (outcome.skip() != null) {
        skipped.add(
            new Skip(input.origin(), outcome.record(), outcome.skip(), outcome.rejection()));
      } else if (outcome.article() == null) {
        rejected.add(new Rejection(input.origin(), outcome.record(), outcome.rejection()));
      } else {
        articles.add(outcome.article());
      }
    }
    return new Read(articles, rejected, skipped, records);
  }

  private List<InputReader.Outcome> outcomes(Input input) {
    byte[] bytes;
    try {
      bytes = input.bytes().read();
    } catch (NoSuchFileException e) {
      return List.of(InputReader.Outcome.notText("no such file"));
    } catch (AccessDeniedException e) {
      return List.of(InputReader.Outcome.notText("cannot read: permission denied"));
    } catch (IOException e) {
      return List.of(InputReader.Outcome.notText("cannot read: " + e.getMessage()));
    }
    return input.fetchedPage()
        ? List.of(reader.page(input.origin(), null, input.origin(), bytes))
        : reader.read(input.origin(), bytes);
  }
}
