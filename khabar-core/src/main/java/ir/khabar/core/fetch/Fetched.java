package ir.khabar.core.fetch;

import java.net.URI;

/**
 * The outcome of one fetch: the final URL after redirects, the status, the body (null when none was
 * kept), the content type, the validators for a conditional GET, or the reason it failed in plain
 * words.
 */
public record Fetched(
    URI url,
    int status,
    byte[] body,
    String contentType,
    String etag,
    String lastModified,
    String failure) {

  public static Fetched failed(URI url, String reason) {
    return new Fetched(url, 0, null, null, null, null, reason);
  }

  public boolean ok() {
    return failure == null && status == 200 && body != null;
  }

  public boolean notModified() {
    return status == 304;
  }
}
