package ir.khabar.core.fetch;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A response body kept up to a size and read before a deadline: the JDK HttpClient's request
 * timeout ends when the headers arrive, so a page that then sends a byte a second would hold the
 * crawl without this. Past the size the body is cut (and the connection dropped); past the deadline
 * it fails.
 */
final class CappedBody implements HttpResponse.BodySubscriber<CappedBody.Body> {
  /** The bytes read, and whether the body went on past the cap. */
  record Body(byte[] bytes, boolean cut) {}

  private final int cap;
  private final long deadlineNanos;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final CompletableFuture<Body> result = new CompletableFuture<>();
  private Flow.Subscription subscription;

  CappedBody(int cap, long deadlineNanos) {
    this.cap = cap;
    this.deadlineNanos = deadlineNanos;
  }

  @Override
  public CompletionStage<Body> getBody() {
    return result;
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    subscription = s;
    s.request(1);
  }

  @Override
  public void onNext(List<ByteBuffer> items) {
    if (result.isDone()) {
      return;
    }
    for (ByteBuffer b : items) {
      byte[] chunk = new byte[Math.min(b.remaining(), cap + 1 - out.size())];
      b.get(chunk);
      out.write(chunk, 0, chunk.length);
    }
    if (out.size() > cap) {
      subscription.cancel();
      result.complete(new Body(Arrays.copyOf(out.toByteArray(), cap), true));
    } else if (System.nanoTime() - deadlineNanos > 0) {
      subscription.cancel();
      result.completeExceptionally(new HttpTimeoutException("the response took too long"));
    } else {
      subscription.request(1);
    }
  }

  @Override
  public void onError(Throwable t) {
    result.completeExceptionally(t);
  }

  @Override
  public void onComplete() {
    result.complete(new Body(out.toByteArray(), false));
  }
}
