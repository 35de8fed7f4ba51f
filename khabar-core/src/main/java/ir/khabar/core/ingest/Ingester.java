package ir.khabar.core.ingest;

import ir.khabar.core.Article;
import ir.khabar.core.extract.Agencies;
import ir.khabar.core.extract.SourceFurniture;
import ir.khabar.core.search.SearchEngine;
import ir.khabar.core.stories.Fingerprint;
import ir.khabar.core.stories.Fingerprinter;
import ir.khabar.core.stories.Stories;
import ir.khabar.core.stories.StoryCandidate;
import ir.khabar.persian.PersianText;
import ir.khabar.core.understand.Understanding;
import ir.khabar.persian.lexicon.Lexicon;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * The ingest entry point: inputs → read and extract → understand → index, on every core. An input or
 * record that cannot be read is reported with the reason and skipped; the rest of the batch goes on,
 * and what the index held before is never touched. Reports list rejections in input order.
 */
public final class Ingester {
  private static final int CHUNK = 8_000;
  private static final int CORES = Runtime.getRuntime().availableProcessors();

  /**
   * One input: its origin (a path as given, a URL), how to get its bytes, and whether it is a fetched
   * HTML page (whose origin is its URL) rather than a file read by its name.
   */
  public record Input(String origin, ByteSource bytes, boolean fetchedPage) {
    public Input(String origin, ByteSource bytes) {
      this(origin, bytes, false);
    }

    /** A page fetched from {@code url}. */
    public static Input page(String url, byte[] html) {
      return new Input(url, () -> html, true);
    }
  }

  /** The bytes of an input, read when a worker gets to it. */
  @FunctionalInterface
  public interface ByteSource {
    byte[] read() throws IOException;
  }

  private final SearchEngine engine;
  private final InputReader reader = new InputReader(Agencies.get());
  private final Understanding understanding = new Understanding(Lexicon.get());
  private final SourceFurniture furniture = new SourceFurniture();
  private final Fingerprinter fingerprinter = new Fingerprinter(PersianText.get());
  private final Stories stories;
  private final List<Rejection> rejections = new ArrayList<>();
  private final List<Skip> skips = new ArrayList<>();
  private final AtomicInteger records = new AtomicInteger();
  private final AtomicInteger added = new AtomicInteger();
  private final AtomicInteger duplicates = new AtomicInteger();
  private final DatingCounts dating = new DatingCounts();
  private int files;
  /** Threads for the stages that call the engine: more than the cores when each call waits on a network. */
  private final int engineThreads;

  public Ingester(SearchEngine engine) {
    this.engine = engine;
    this.stories = new Stories(engine);
    this.engineThreads = Math.max(CORES, engine.concurrency());
  }

  /** Every file under the given paths, as Files lists them (folders walked in name order). */
  public static List<Path> expand(List<Path> paths) throws IOException {
    return InputFiles.list(paths);
  }

  /** Ingests the files, calling {@code progress} with the count of files done after each. */
  public IngestReport ingest(List<Path> paths, IntConsumer progress) throws IOException {
    List<Input> inputs = expand(paths).stream().map(f -> new Input(f.toString(), () -> InputFiles.read(f))).toList();
    return ingestAll(inputs, progress);
  }

  /** Ingests one named input held in memory (the bundled sample corpus). */
  public void ingest(String origin, byte[] bytes) throws IOException {
    ingestAll(List.of(new Input(origin, () -> bytes)), done -> { });
  }

  /** Ingests the inputs in parallel, committing after each chunk of {@value #CHUNK}. */
  public IngestReport ingestAll(List<Input> inputs, IntConsumer progress) throws IOException {
    AtomicInteger done = new AtomicInteger();
    for (int from = 0; from < inputs.size(); from += CHUNK) {
      List<Input> chunk = inputs.subList(from, Math.min(inputs.size(), from + CHUNK));
      for (NotStored n : inParallel(chunk, done, progress)) {
        rejections.addAll(n.rejected());
        skips.addAll(n.skipped());
      }
      files += chunk.size();
      engine.commit();
      stories.committed();
    }
    return report();
  }

  public IngestReport report() {
    return new IngestReport(files, records.get(), added.get(), duplicates.get(), rejections, skips,
        dating.byBasis(), dating.undated());
  }

  /**
   * One chunk in five steps: read and extract every input (in parallel); learn each source's furniture
   * from the chunk's articles; clean, understand and fingerprint them (in parallel); give each its story
   * (in order, so that two versions of a new story in one chunk meet); store them (in parallel).
   */
  private List<NotStored> inParallel(List<Input> chunk, AtomicInteger done, IntConsumer progress)
      throws IOException {
    List<List<InputReader.Outcome>> read = slots(chunk.size());
    parallel(chunk.size(), CORES, i -> read.set(i, readOne(chunk.get(i))));
    furniture.learn(read.stream().flatMap(List::stream).map(InputReader.Outcome::article)
        .filter(java.util.Objects::nonNull).toList());
    List<NotStored> rejected = slots(chunk.size());
    List<List<Understood>> understood = slots(chunk.size());
    parallel(chunk.size(), engineThreads, i -> {
      rejected.set(i, rejections(chunk.get(i), read.get(i)));
      understood.set(i, understand(read.get(i)));
    });
    List<Understood> toStore = new ArrayList<>();
    for (List<Understood> articles : understood) {
      for (Understood u : articles) {
        Understood assigned = assign(u);
        if (assigned != null) {
          toStore.add(assigned);
        }
      }
    }
    parallel(toStore.size(), engineThreads, i -> store(toStore.get(i)));
    for (int i = 0; i < chunk.size(); i++) {
      synchronized (progress) {
        progress.accept(done.incrementAndGet());
      }
    }
    return rejected;
  }

  /** An article ready to store: understood, with its id, story fingerprint and stored story candidates. */
  private record Understood(Article article, Fingerprint fingerprint, List<StoryCandidate> candidates,
      boolean stored) {}

  private static <T> List<T> slots(int n) {
    List<T> list = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      list.add(null);
    }
    return list;
  }

  private static void parallel(int n, int threads, java.util.function.IntConsumer work) throws IOException {
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      pool.submit(() -> IntStream.range(0, n).parallel().forEach(work)).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("ingest interrupted", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof UncheckedIOException u ? u.getCause() : new IOException(e.getCause());
    } finally {
      pool.shutdown();
    }
  }

  /** Reads and extracts one input; a file that cannot be read is one rejection. */
  private List<InputReader.Outcome> readOne(Input input) {
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
    return input.fetchedPage() ? List.of(reader.page(input.origin(), null, input.origin(), bytes))
        : reader.read(input.origin(), bytes);
  }

  /** What of one input was not stored: rejected (it could not be read) or skipped (it is not news). */
  private record NotStored(List<Rejection> rejected, List<Skip> skipped) {}

  /** Counts the input's records and returns its rejections and skips. */
  private NotStored rejections(Input input, List<InputReader.Outcome> outcomes) {
    List<Rejection> rejected = new ArrayList<>();
    List<Skip> skipped = new ArrayList<>();
    for (InputReader.Outcome outcome : outcomes) {
      if (outcome.counted()) {
        records.incrementAndGet();
      }
      if (outcome.skip() != null) {
        skipped.add(new Skip(input.origin(), outcome.record(), outcome.skip(), outcome.rejection()));
      } else if (outcome.article() == null) {
        rejected.add(new Rejection(input.origin(), outcome.record(), outcome.rejection()));
      }
    }
    return new NotStored(rejected, skipped);
  }

  private List<Understood> understand(List<InputReader.Outcome> outcomes) {
    List<Understood> out = new ArrayList<>();
    for (InputReader.Outcome outcome : outcomes) {
      if (outcome.article() != null) {
        Article article = understanding.understand(furniture.clean(outcome.article()));
        article = article.withId(ArticleIds.of(article));
        Fingerprint fingerprint = fingerprinter.of(article);
        out.add(new Understood(article, fingerprint, storyCandidates(fingerprint), stored(article.id())));
      }
    }
    return out;
  }

  /** The article with its story, or null (counted) when it is stored already. */
  private Understood assign(Understood u) {
    if (u.stored()) {
      duplicates.incrementAndGet();
      return null;
    }
    return new Understood(stories.assign(u.article(), u.fingerprint(), u.candidates()), u.fingerprint(), List.of(),
        false);
  }

  /**
   * Whether the engine already holds the id. Asked while understanding, in parallel: nothing is stored
   * between then and the story stage, and a repeat within the chunk is caught when it is stored.
   */
  private boolean stored(String id) {
    try {
      return engine.contains(id);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<StoryCandidate> storyCandidates(Fingerprint fingerprint) {
    try {
      return stories.stored(fingerprint);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void store(Understood u) {
    try {
      if (engine.add(u.article(), u.fingerprint())) {
        added.incrementAndGet();
        dating.count(u.article());
      } else {
        duplicates.incrementAndGet();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
