package ir.khabar.core.pipeline;

import ir.khabar.core.Article;
import ir.khabar.core.ArticleIds;
import ir.khabar.core.Source;
import ir.khabar.core.extract.Agencies;
import ir.khabar.core.extract.SourceFurniture;
import ir.khabar.core.ingest.IngestReport;
import ir.khabar.core.ingest.Input;
import ir.khabar.core.ingest.Reading;
import ir.khabar.core.search.SearchEngine;
import ir.khabar.core.stories.Fingerprint;
import ir.khabar.core.stories.Fingerprinter;
import ir.khabar.core.stories.Stories;
import ir.khabar.core.stories.StoryBatch;
import ir.khabar.core.stories.StoryCandidate;
import ir.khabar.core.understand.LinkCorrections;
import ir.khabar.core.understand.Understanding;
import ir.khabar.persian.PersianText;
import ir.khabar.persian.lexicon.Lexicon;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * The pipeline's one home: inputs (files, fetched pages) → read and extract → understand → stories
 * → index, data moving forward only. Ingest, the crawler, reindex and the site's scheduled crawls
 * all run through one long-lived instance per engine, whose worker pool lives until {@link
 * #close()}. Each {@link #run} returns its own report; bad input is reported and skipped, never
 * thrown.
 */
public final class Pipeline implements AutoCloseable {
  private static final int CHUNK = 8_000;

  /** Numbers the pools' threads (a pool index is not known before a thread is registered). */
  private static final AtomicInteger WORKERS = new AtomicInteger();

  private final int chunkSize;

  private final SearchEngine engine;
  private final ForkJoinPool pool;
  private final ExecutorService committer;
  private final Reading reading = new Reading(Agencies.get());
  private final Understanding understanding = new Understanding(Lexicon.get());
  private final SourceFurniture furniture = new SourceFurniture();
  private final Fingerprinter fingerprinter = new Fingerprinter(PersianText.get());
  private final Stories stories;
  private final Supplier<LinkCorrections> corrections;

  /** The corrections of this run, read when it starts. */
  private volatile LinkCorrections confirmed = LinkCorrections.NONE;

  /**
   * A pipeline into {@code engine}; its pool has as many threads as the engine takes calls at once.
   */
  public Pipeline(SearchEngine engine) {
    this(engine, () -> LinkCorrections.NONE);
  }

  /**
   * A pipeline that applies the moderators' confirmed corrections of wrong links, read afresh at
   * the start of every run.
   */
  public Pipeline(SearchEngine engine, Supplier<LinkCorrections> corrections) {
    this(engine, corrections, CHUNK);
  }

  /** A pipeline that commits after every {@code chunkSize} inputs (tests use small chunks). */
  Pipeline(SearchEngine engine, Supplier<LinkCorrections> corrections, int chunkSize) {
    this.chunkSize = chunkSize;
    this.engine = engine;
    this.corrections = corrections;
    this.stories = new Stories(engine);
    int threads = Math.max(Runtime.getRuntime().availableProcessors(), engine.concurrency());
    this.pool = new ForkJoinPool(threads, Pipeline::daemon, null, false);
    this.committer =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "khabar-pipeline-commit");
              t.setDaemon(true);
              return t;
            });
  }

  private static ForkJoinWorkerThread daemon(ForkJoinPool pool) {
    ForkJoinWorkerThread t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
    t.setName("khabar-pipeline-" + WORKERS.incrementAndGet());
    t.setDaemon(true);
    return t;
  }

  public SearchEngine engine() {
    return engine;
  }

  /** Runs the inputs, committing after each chunk of {@value #CHUNK}. */
  public IngestReport run(List<Input> inputs) throws IOException {
    return run(inputs, done -> {});
  }

  /**
   * Runs the inputs, committing after each chunk of {@value #CHUNK} and calling {@code progress}
   * with the count of inputs done; a run of a chunk or more holds the engine's {@link
   * SearchEngine#bulk() bulk settings}. One run at a time: the story stage relies on seeing chunks
   * in order. A chunk's commit runs while the next chunk is read and understood (work that asks
   * nothing of the engine); its story lookups wait for it.
   */
  public IngestReport run(List<Input> inputs, IntConsumer progress) throws IOException {
    return run(inputs, progress, null);
  }

  /**
   * As above; {@code source} is the source of the articles that name none (an archive of one paper:
   * «همشهری»), or null.
   */
  public synchronized IngestReport run(List<Input> inputs, IntConsumer progress, Source source)
      throws IOException {
    Tally tally = new Tally();
    confirmed = corrections.get();
    try (Closeable settings = inputs.size() >= chunkSize ? engine.bulk() : () -> {};
        Commits commits = new Commits(committer, engine::commit, progress)) {
      for (int from = 0; from < inputs.size(); from += chunkSize) {
        List<Input> chunk = inputs.subList(from, Math.min(inputs.size(), from + chunkSize));
        List<Understood> understood = understand(chunk, tally, source);
        commits.await();
        store(understood, tally);
        tally.files(chunk.size());
        commits.start(chunk.size());
      }
    }
    return tally.report();
  }

  /**
   * A chunk's first three steps, which ask nothing of the engine: read and extract every input (in
   * parallel); learn each source's furniture from the chunk's articles; clean, understand and
   * fingerprint them (in parallel).
   */
  private List<Understood> understand(List<Input> chunk, Tally tally, Source source)
      throws IOException {
    List<Reading.Read> read = slots(chunk.size());
    List<List<SourceFurniture.Page>> pages = slots(chunk.size());
    parallel(
        chunk.size(),
        i -> {
          read.set(i, reading.read(chunk.get(i)).naming(source));
          pages.set(
              i,
              read.get(i).articles().stream()
                  .filter(Objects::nonNull)
                  .map(SourceFurniture::page)
                  .toList());
        });
    read.forEach(tally::read);
    furniture.learnPages(pages.stream().flatMap(List::stream).toList());
    pages.clear();
    List<List<Understood>> understood = slots(chunk.size());
    parallel(
        chunk.size(),
        i -> {
          understood.set(i, understand(read.get(i).articles()));
          // the extracted text is garbage once understood, not at the chunk's end
          read.set(i, null);
        });
    return understood.stream().flatMap(List::stream).toList();
  }

  /**
   * A chunk's last steps, once the chunk before is committed: look up each article's stored story
   * candidates and whether it is stored (in parallel); compare each new one with its candidates and
   * the chunk's earlier articles (in parallel); give each its story, in order, so that two versions
   * of a new story in one chunk meet; store them (in parallel).
   */
  private void store(List<Understood> understood, Tally tally) throws IOException {
    List<Understood> looked = slots(understood.size());
    parallel(understood.size(), i -> looked.set(i, lookedUp(understood.get(i))));
    List<Understood> fresh = new ArrayList<>();
    for (Understood u : looked) {
      if (u.stored()) {
        tally.duplicate();
      } else {
        fresh.add(u);
      }
    }
    StoryBatch batch =
        stories.batch(
            fresh.stream().map(Understood::article).toList(),
            fresh.stream().map(Understood::fingerprint).toList());
    List<List<StoryBatch.Match>> compared = slots(fresh.size());
    parallel(fresh.size(), i -> compared.set(i, batch.compare(i, fresh.get(i).candidates())));
    List<Understood> toStore = new ArrayList<>(fresh.size());
    for (int i = 0; i < fresh.size(); i++) {
      toStore.add(
          new Understood(
              batch.assign(i, compared.get(i)), fresh.get(i).fingerprint(), List.of(), false));
    }
    parallel(toStore.size(), i -> store(toStore.get(i), tally));
  }

  /**
   * An article ready to store: understood, with its id, story fingerprint and stored story
   * candidates.
   */
  private record Understood(
      Article article, Fingerprint fingerprint, List<StoryCandidate> candidates, boolean stored) {}

  private static <T> List<T> slots(int n) {
    List<T> list = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      list.add(null);
    }
    return list;
  }

  /**
   * Runs {@code work} for 0 … n−1 on every thread of the pool, each taking the next index when done
   * with one: a thread is never left waiting while another works through a share of its own (a
   * parallel stream's split gives each a block, and the last block ran on one core alone).
   */
  private void parallel(int n, IntConsumer work) throws IOException {
    AtomicInteger next = new AtomicInteger();
    Runnable worker =
        () -> {
          for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
            work.accept(i);
          }
        };
    List<Future<?>> workers = new ArrayList<>();
    for (int k = 0; k < Math.min(n, pool.getParallelism()); k++) {
      workers.add(pool.submit(worker));
    }
    Throwable failure = null;
    for (Future<?> running : workers) {
      try {
        running.get();
      } catch (InterruptedException e) {
        next.set(n);
        Thread.currentThread().interrupt();
        throw new IOException("pipeline interrupted", e);
      } catch (ExecutionException e) {
        next.set(n); // the others stop after the input in their hands
        failure = failure == null ? e.getCause() : failure;
      }
    }
    if (failure != null) {
      throw failure instanceof UncheckedIOException u ? u.getCause() : new IOException(failure);
    }
  }

  private List<Understood> understand(List<Article> articles) {
    List<Understood> out = new ArrayList<>(articles.size());
    for (Article extracted : articles) {
      Article understood = understanding.understand(furniture.clean(extracted));
      Article article = confirmed.apply(understood.withId(ArticleIds.of(understood)));
      out.add(new Understood(article, fingerprinter.of(article), List.of(), false));
    }
    return out;
  }

  /** The article with its stored story candidates, and whether it is stored already. */
  private Understood lookedUp(Understood u) {
    return new Understood(
        u.article(),
        u.fingerprint(),
        unchecked(() -> stories.stored(u.fingerprint())),
        unchecked(() -> engine.contains(u.article().id())));
  }

  /** Stores an article, stamped with the time Khabar first saw it unless it carries one. */
  private void store(Understood u, Tally tally) {
    Article article =
        u.article().seen() != null
            ? u.article()
            : u.article().toBuilder().seen(Instant.now().truncatedTo(ChronoUnit.MILLIS)).build();
    if (unchecked(() -> engine.add(article, u.fingerprint()))) {
      tally.added(article);
    } else {
      tally.duplicate();
    }
  }

  /** An engine call inside a parallel stage, whose failure ends the run as an IOException. */
  private interface EngineCall<T> {
    T call() throws IOException;
  }

  private static <T> T unchecked(EngineCall<T> call) {
    try {
      return call.call();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Stops the pool and the committer; the engine stays open (its owner closes it). */
  @Override
  public void close() {
    pool.shutdown();
    committer.shutdown();
  }
}
