package ir.khabar.app.load;

import io.javalin.Javalin;
import ir.khabar.app.store.CommentStore;
import ir.khabar.app.store.ReaderComment.Status;
import ir.khabar.app.web.WebServer;
import ir.khabar.core.search.SearchEngine;
import ir.khabar.core.store.Database;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The web load against a real site: the server on a free loopback port over the given index and a
 * fresh SQL store in {@code dataDir}, then {@link WebLoad}, then the comments the store holds,
 * which must be exactly the ones the server accepted.
 */
public final class LoadRun {
  private LoadRun() {}

  /** The load's report, and how many comments the store holds afterwards. */
  public record Result(WebLoad.Report load, long commentsStored) {
    public long lostComments() {
      return load.commentsAccepted() - commentsStored;
    }

    public boolean clean() {
      return load.errors() == 0 && lostComments() == 0;
    }
  }

  public static Result run(SearchEngine engine, Path dataDir, int clients, Duration length)
      throws IOException, InterruptedException {
    try (Database db = Database.open(null, dataDir)) {
      // The load posts its comments from one address; the rate limit would refuse them by design.
      WebServer.Options options =
          WebServer.Options.defaults()
              .withCommentLimit(Integer.MAX_VALUE, Duration.ofMinutes(1))
              .withAdminPassword("load-" + System.nanoTime());
      Javalin app =
          new WebServer(engine, db, options, new PrintStream(PrintStream.nullOutputStream()))
              .start(0);
      try {
        WebLoad.Report report =
            new WebLoad("http://127.0.0.1:" + app.port(), clients, length).run();
        return new Result(report, new CommentStore(db).count(Status.PENDING));
      } finally {
        app.stop();
      }
    }
  }
}
