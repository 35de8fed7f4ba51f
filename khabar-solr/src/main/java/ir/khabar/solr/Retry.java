package ir.khabar.solr;

import java.io.IOException;
import java.time.Duration;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.common.SolrException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a request again while the cluster cannot answer it: a node down, a leader being elected, a
 * replica recovering. Requests Khabar sends are idempotent (documents are replaced by id), so
 * sending one twice is safe. A request the cluster refuses for what it says (a bad query) is not
 * retried.
 */
final class Retry {
  private static final Logger LOG = LoggerFactory.getLogger(Retry.class);

  interface Call<T> {
    T run() throws SolrServerException, IOException;
  }

  private final Duration patience;

  Retry(Duration patience) {
    this.patience = patience;
  }

  <T> T run(String what, Call<T> call) throws IOException {
    long deadline = System.nanoTime() + patience.toNanos();
    long pause = 250;
    for (int attempt = 1; ; attempt++) {
      try {
        return call.run();
      } catch (SolrServerException | IOException | SolrException e) {
        if (!worthRetrying(e) || System.nanoTime() + pause * 1_000_000 > deadline) {
          throw new IOException("SolrCloud could not " + what + ": " + e.getMessage(), e);
        }
        LOG.warn(
            "SolrCloud could not {} (attempt {}), retrying in {} ms: {}",
            what,
            attempt,
            pause,
            e.getMessage());
        sleep(pause);
        pause = Math.min(pause * 2, 4_000);
      }
    }
  }

  /**
   * Transport failures and the server errors of a cluster in transition; not a request's own fault.
   */
  private static boolean worthRetrying(Exception e) {
    if (e instanceof SolrException s) {
      int code = s.code();
      return code == 503 || code == 500 || code == 404 || code == 409 || code == 510 || code == -1;
    }
    return true;
  }

  private static void sleep(long millis) throws IOException {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for SolrCloud", e);
    }
  }
}
