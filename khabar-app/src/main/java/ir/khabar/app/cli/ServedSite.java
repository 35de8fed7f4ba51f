package ir.khabar.app.cli;

import io.javalin.Javalin;
import ir.khabar.app.web.WebServer;
import ir.khabar.core.pipeline.Pipeline;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The site as {@code khabar serve} runs it: the web server taking handed-over ingests into the
 * pipeline, and the {@link HandoverFile} that tells {@code khabar ingest} where it listens, removed
 * again when the site stops.
 */
record ServedSite(Javalin app, HandoverFile handover, Path data) implements AutoCloseable {
  static ServedSite start(WebServer server, Pipeline pipeline, Path data, int port)
      throws IOException {
    String secret = HandoverFile.newSecret();
    Javalin app = server.takingIngests(pipeline, secret, data).start(port);
    HandoverFile handover = HandoverFile.of(app.port(), secret);
    try {
      handover.writeInto(data);
    } catch (IOException e) {
      app.stop();
      throw e;
    }
    return new ServedSite(app, handover, data);
  }

  int port() {
    return app.port();
  }

  /** Stops serving and removes the handover file, if it is still this site's. */
  @Override
  public void close() {
    app.stop();
    try {
      handover.removeFrom(data);
    } catch (IOException e) {
      System.err.println("removing " + data.resolve(HandoverFile.NAME) + ": " + e.getMessage());
    }
  }
}
