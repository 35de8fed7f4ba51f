package ir.khabar.app.load;

import com.fasterxml.jackson.databind.node.ObjectNode;
import ir.khabar.core.ArticleJson;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * A load on a running site over loopback: N simulated readers, each in its own thread, searching,
 * opening articles and the home page, asking the API, and posting comments, for a fixed time. It
 * counts errors (anything but the expected status) and the comments the server accepted, so the
 * caller can check that none was lost.
 */
public final class WebLoad {
  private static final List<String> QUERIES =
      List.of(
          "ایران",
          "تهران",
          "روسیه",
          "صادرات",
          "بورس",
          "قطار مشهد",
          "همکاری\u200cهای اقتصادی",
          "همکاریهای اقتصادی",
          "جام تختی",
          "آلودگی هوا",
          "گاز عراق",
          "نمایشگاه کتاب",
          "بانک مرکزی",
          "پول ملی",
          "ارز",
          "آنفلوآنزا");
  private final String base;
  private final int clients;
  private final Duration length;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final ConcurrentHashMap<String, LongAdder> kindMicros = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, LongAdder> kindCounts = new ConcurrentHashMap<>();

  public WebLoad(String base, int clients, Duration length) {
    this.base = base;
    this.clients = clients;
    this.length = length;
  }

  /**
   * What a run did: requests and their latencies (ms), errors with a sample of reasons, comments
   * accepted.
   */
  public record Report(
      int clients,
      double seconds,
      long requests,
      long errors,
      List<String> sampleErrors,
      long commentsAccepted,
      long[] sortedMicros,
      Map<String, Double> meanMsByKind) {
    public double throughput() {
      return requests / seconds;
    }

    public double percentile(double p) {
      if (sortedMicros.length == 0) {
        return 0;
      }
      return sortedMicros[
              Math.min(sortedMicros.length - 1, (int) Math.ceil(p * sortedMicros.length) - 1)]
          / 1e3;
    }

    public ObjectNode toJson() {
      ObjectNode o = ArticleJson.MAPPER.createObjectNode();
      o.put("clients", clients)
          .put("seconds", seconds)
          .put("requests", requests)
          .put("throughputPerSecond", Math.round(throughput()))
          .put("errors", errors)
          .put("commentsAccepted", commentsAccepted)
          .put("p50Ms", percentile(0.50))
          .put("p95Ms", percentile(0.95))
          .put("p99Ms", percentile(0.99));
      sampleErrors.forEach(o.putArray("sampleErrors")::add);
      ObjectNode kinds = o.putObject("meanMsByKind");
      new TreeMap<>(meanMsByKind).forEach((k, v) -> kinds.put(k, Math.round(v * 10) / 10.0));
      return o;
    }
  }

  public Report run() throws IOException, InterruptedException {
    List<String> articles = articleIds();
    ConcurrentLinkedQueue<long[]> latencies = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<String> errorSample = new ConcurrentLinkedQueue<>();
    AtomicLong errors = new AtomicLong();
    AtomicLong comments = new AtomicLong();
    long start = System.nanoTime();
    long end = start + length.toNanos();
    CountDownLatch done = new CountDownLatch(clients);
    for (int c = 0; c < clients; c++) {
      int client = c;
      Thread t =
          new Thread(
              () -> {
                Reader reader = new Reader(client, articles, end, errors, errorSample, comments);
                latencies.add(reader.run());
                done.countDown();
              },
              "khabar-load-" + c);
      t.setDaemon(true);
      t.start();
    }
    done.await();
    double seconds = (System.nanoTime() - start) / 1e9;
    long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    Map<String, Double> means = new HashMap<>();
    kindMicros.forEach((k, sum) -> means.put(k, sum.sum() / 1e3 / kindCounts.get(k).sum()));
    return new Report(
        clients,
        seconds,
        all.length,
        errors.get(),
        List.copyOf(errorSample),
        comments.get(),
        all,
        means);
  }

  private List<String> articleIds() throws IOException, InterruptedException {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/api/latest?limit=100")).build(),
            HttpResponse.BodyHandlers.ofString());
    List<String> ids = new ArrayList<>();
    ArticleJson.MAPPER.readTree(r.body()).forEach(a -> ids.add(a.get("id").asText()));
    if (ids.isEmpty()) {
      throw new IOException("the site at " + base + " lists no articles");
    }
    return ids;
  }

  /** One simulated reader: a loop of requests, each timed, until the end. */
  private final class Reader {
    private final int client;
    private final List<String> articles;
    private final long end;
    private final AtomicLong errors;
    private final ConcurrentLinkedQueue<String> errorSample;
    private final AtomicLong comments;
    private final Random random;
    private long[] micros = new long[1024];
    private int n;

    Reader(
        int client,
        List<String> articles,
        long end,
        AtomicLong errors,
        ConcurrentLinkedQueue<String> errorSample,
        AtomicLong comments) {
      this.client = client;
      this.articles = articles;
      this.end = end;
      this.errors = errors;
      this.errorSample = errorSample;
      this.comments = comments;
      this.random = new Random(1404L * 31 + client);
    }

    long[] run() {
      int step = 0;
      while (System.nanoTime() < end) {
        step++;
        int dice = random.nextInt(100);
        String article = articles.get(random.nextInt(articles.size()));
        String q =
            URLEncoder.encode(QUERIES.get(random.nextInt(QUERIES.size())), StandardCharsets.UTF_8);
        if (dice < 40) {
          call(
              "search page",
              get("/search?q=" + q + (random.nextBoolean() ? "&sort=newest" : "")),
              200);
        } else if (dice < 50) {
          call("search api", get("/api/search?q=" + q + "&mode=any"), 200);
        } else if (dice < 80) {
          call("article page", get("/a/" + article), 200);
        } else if (dice < 88) {
          call("home page", get("/"), 200);
        } else if (dice < 92) {
          call("popular api", get("/api/popular"), 200);
        } else if (dice < 95) {
          call("related api", get("/api/articles/" + article + "/related"), 200);
        } else if (call("comment api", comment(article, step), 202)) {
          comments.incrementAndGet();
        }
      }
      return Arrays.copyOf(micros, n);
    }

    private HttpRequest get(String path) {
      return HttpRequest.newBuilder(URI.create(base + path))
          .timeout(Duration.ofSeconds(30))
          .header("User-Agent", "Mozilla/5.0 khabar-load reader-" + client)
          .GET()
          .build();
    }

    private HttpRequest comment(String article, int step) {
      String body =
          ArticleJson.MAPPER
              .createObjectNode()
              .put("name", "خوانندهٔ " + client)
              .put("email", "reader" + client + "@example.com")
              .put("text", "نظر شمارهٔ " + step + " از خوانندهٔ " + client)
              .toString();
      return HttpRequest.newBuilder(URI.create(base + "/api/articles/" + article + "/comments"))
          .timeout(Duration.ofSeconds(30))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
          .build();
    }

    private boolean call(String kind, HttpRequest request, int expected) {
      long t0 = System.nanoTime();
      try {
        HttpResponse<String> r =
            http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        long micros = (System.nanoTime() - t0) / 1000;
        record(micros);
        kindMicros.computeIfAbsent(kind, k -> new LongAdder()).add(micros);
        kindCounts.computeIfAbsent(kind, k -> new LongAdder()).increment();
        if (r.statusCode() != expected) {
          fail(request.method() + " " + request.uri().getPath() + " answered " + r.statusCode());
          return false;
        }
        return true;
      } catch (IOException e) {
        record((System.nanoTime() - t0) / 1000);
        fail(request.method() + " " + request.uri().getPath() + ": " + e);
        return false;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }

    private void record(long micros) {
      if (n == this.micros.length) {
        this.micros = Arrays.copyOf(this.micros, n * 2);
      }
      this.micros[n++] = micros;
    }

    private void fail(String why) {
      if (errors.incrementAndGet() <= 10) {
        errorSample.add(why);
      }
    }
  }
}
