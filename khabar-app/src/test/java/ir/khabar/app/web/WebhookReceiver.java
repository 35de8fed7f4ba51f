package ir.khabar.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import ir.khabar.core.ArticleJson;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.StreamSupport;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An integrator's webhook endpoint for tests, on 127.0.0.1: it checks each delivery's HMAC-SHA256
 * signature with the secret it was told, keeps the deliveries, and answers with the status the test
 * sets (500 to fail them), counting every attempt.
 */
public final class WebhookReceiver implements AutoCloseable {
  private final HttpServer server;
  public final List<JsonNode> accepted = new CopyOnWriteArrayList<>();
  public final List<String> badSignatures = new CopyOnWriteArrayList<>();
  final AtomicInteger attempts = new AtomicInteger();
  volatile int status = 200;
  public volatile String secret = "";

  public WebhookReceiver() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/hook",
        exchange -> {
          byte[] body;
          try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
          }
          attempts.incrementAndGet();
          int answer = status;
          String signature = exchange.getRequestHeaders().getFirst("X-Khabar-Signature");
          if (!verified(body, signature)) {
            badSignatures.add(String.valueOf(signature));
            answer = 401;
          } else if (answer == 200) {
            accepted.add(ArticleJson.MAPPER.readTree(new String(body, StandardCharsets.UTF_8)));
          }
          exchange.sendResponseHeaders(answer, -1);
          exchange.close();
        });
    server.start();
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
  }

  private boolean verified(byte[] body, String header) {
    if (header == null || !header.startsWith("sha256=")) {
      return false;
    }
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] expected = mac.doFinal(body);
      return MessageDigest.isEqual(expected, HexFormat.of().parseHex(header.substring(7)));
    } catch (Exception e) {
      return false;
    }
  }

  /** The ids of the articles of every accepted delivery, in order. */
  List<String> articleIds() {
    return accepted.stream()
        .flatMap(d -> StreamSupport.stream(d.get("articles").spliterator(), false))
        .map(a -> a.get("id").asText())
        .toList();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
