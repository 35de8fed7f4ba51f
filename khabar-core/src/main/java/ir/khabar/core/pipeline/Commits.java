package ir.khabar.core.pipeline;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/**
 * A run's commits, each started when its chunk is stored and awaited before the next chunk asks the
 * engine anything, so that a commit's flush runs beside the next chunk's reading and understanding.
 * A chunk's inputs are reported done once its commit has ended; closing waits for the last one.
 */
final class Commits implements AutoCloseable {
  /** Makes a chunk durable and visible to the next chunk's lookups. */
  interface Commit {
    void run() throws IOException;
  }

  private final ExecutorService committer;
  private final Commit commit;
  private final IntConsumer progress;
  private Future<?> pending;
  private int pendingInputs;
  private int done;

  Commits(ExecutorService committer, Commit commit, IntConsumer progress) {
    this.committer = committer;
    this.commit = commit;
    this.progress = progress;
  }

  /** Starts committing a chunk of {@code inputs} inputs; the chunk before must be awaited. */
  void start(int inputs) {
    if (pending != null) {
      throw new IllegalStateException("the last chunk's commit was not awaited");
    }
    pendingInputs = inputs;
    pending =
        committer.submit(
            () -> {
              commit.run();
              return null;
            });
  }

  /** Waits for the chunk being committed, if any, and reports its inputs done. */
  void await() throws IOException {
    if (pending == null) {
      return;
    }
    Future<?> running = pending;
    pending = null;
    boolean interrupted = false;
    try {
      while (true) {
        try {
          running.get();
          break;
        } catch (InterruptedException e) {
          interrupted = true; // the commit goes on: wait for it rather than leave it running
        }
      }
    } catch (ExecutionException e) {
      throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
    for (int i = 0; i < pendingInputs; i++) {
      progress.accept(++done);
    }
  }

  @Override
  public void close() throws IOException {
    await();
  }
}
