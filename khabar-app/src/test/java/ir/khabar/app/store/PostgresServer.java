package ir.khabar.app.store;

import ir.khabar.testing.Required;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for tests, from the Debian package's binaries: a fresh cluster in a
 * temporary directory, listening on 127.0.0.1 only, on a free port, with trust authentication for
 * the superuser {@code khabar} and a database {@code khabar}. As root (initdb and pg_ctl refuse to
 * run as root) the binaries run as the {@code postgres} user.
 */
public final class PostgresServer implements AutoCloseable {
  private static final Path INSTALL = Path.of("/usr/lib/postgresql");
  private static final Duration READY = Duration.ofSeconds(30);
  private static final String USER = "khabar";
  private static PostgresServer shared;

  private final Path bin;
  private final Path dir;
  private final int port;
  private final boolean asPostgres;
  private final Thread cleanup = new Thread(this::stop, "postgres-test-stop");
  private final AtomicInteger databases = new AtomicInteger();
  private boolean stopped;

  private PostgresServer(Path bin, Path dir, int port, boolean asPostgres) {
    this.bin = bin;
    this.dir = dir;
    this.port = port;
    this.asPostgres = asPostgres;
  }

  /** The newest installed version's bin directory, when it has initdb, pg_ctl and postgres. */
  static Optional<Path> binaries() {
    if (!Files.isDirectory(INSTALL)) {
      return Optional.empty();
    }
    try (Stream<Path> versions = Files.list(INSTALL)) {
      return versions
          .map(v -> v.resolve("bin"))
          .filter(
              b ->
                  Stream.of("initdb", "pg_ctl", "postgres")
                      .allMatch(x -> Files.isExecutable(b.resolve(x))))
          .max(Comparator.comparing(PostgresServer::majorVersion));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int majorVersion(Path bin) {
    String v = bin.getParent().getFileName().toString();
    return v.matches("\\d+") ? Integer.parseInt(v) : -1;
  }

  public static boolean available() {
    return binaries().isPresent();
  }

  /**
   * Skips the calling test when PostgreSQL is not installed; with {@code KHABAR_REQUIRE_ALL=1}, as
   * in CI, its absence fails instead.
   */
  public static void assumeAvailable() {
    if (available()) {
      return;
    }
    String why =
        "PostgreSQL is not installed (no "
            + INSTALL
            + "/<version>/bin/{initdb,pg_ctl,postgres}; "
            + "scripts/test-setup installs Debian's postgresql package)";
    Required.missing(why);
  }

  /**
   * A new, empty database on the one server the whole test run shares, started on first use and
   * stopped when the JVM ends. Skips the calling test when PostgreSQL is not installed (fails
   * instead under {@code KHABAR_REQUIRE_ALL=1}).
   */
  public static synchronized String sharedDatabase() throws IOException, InterruptedException {
    assumeAvailable();
    if (shared == null) {
      shared = start();
    }
    return shared.newDatabase();
  }

  /**
   * Makes a cluster in a new temporary directory and starts it; close() stops it and deletes the
   * directory.
   */
  public static PostgresServer start() throws IOException, InterruptedException {
    Path bin =
        binaries().orElseThrow(() -> new IllegalStateException("PostgreSQL is not installed"));
    Path dir = Files.createTempDirectory(tempRoot(), "khabar-pg-");
    // Every parent must be traversable, and the directory writable, by the user the server runs as.
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    boolean root = isRoot();
    if (root) {
      UserPrincipal postgres =
          dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
      Files.setOwner(dir, postgres);
    }
    PostgresServer server = new PostgresServer(bin, dir, freePort(), root);
    try {
      server.initAndStart();
      Runtime.getRuntime().addShutdownHook(server.cleanup);
      return server;
    } catch (IOException | InterruptedException | RuntimeException e) {
      server.stop();
      throw e;
    }
  }

  private static Path tempRoot() {
    Path tmp = Path.of("/tmp");
    return Files.isDirectory(tmp) ? tmp : Path.of(System.getProperty("java.io.tmpdir"));
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static boolean isRoot() throws IOException, InterruptedException {
    Process p = new ProcessBuilder("id", "-u").redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    p.waitFor();
    return out.equals("0");
  }

  private void initAndStart() throws IOException, InterruptedException {
    // UTF8 and the C locale whatever the machine's locale is: byte order, as SQLite compares text.
    run(
        bin.resolve("initdb").toString(),
        "-D",
        data().toString(),
        "-U",
        USER,
        "--auth=trust",
        "--encoding=UTF8",
        "--locale=C",
        "--no-sync");
    String options =
        "-c listen_addresses=127.0.0.1 -p "
            + port
            + " -k "
            + dir
            + " -c fsync=off"
            + " -c synchronous_commit=off -c full_page_writes=off";
    run(
        bin.resolve("pg_ctl").toString(),
        "-D",
        data().toString(),
        "-l",
        log().toString(),
        "-o",
        options,
        "-W",
        "start");
    awaitReady();
    try (Connection c = DriverManager.getConnection(url("postgres"));
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + USER);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "could not create the database khabar: " + e.getMessage() + logTail(), e);
    }
  }

  private void awaitReady() throws InterruptedException {
    long deadline = System.nanoTime() + READY.toNanos();
    SQLException last = null;
    while (System.nanoTime() < deadline) {
      try {
        DriverManager.getConnection(url("postgres")).close();
        return;
      } catch (SQLException e) {
        last = e;
        if (serverGaveUp()) {
          throw new IllegalStateException(
              "PostgreSQL did not start on 127.0.0.1:" + port + logTail(), e);
        }
        Thread.sleep(100);
      }
    }
    throw new IllegalStateException(
        "PostgreSQL did not accept connections on 127.0.0.1:"
            + port
            + " within "
            + READY.toSeconds()
            + " s (last: "
            + (last == null ? "-" : last.getMessage())
            + ")"
            + logTail(),
        last);
  }

  /**
   * A FATAL line in the log other than our own early connection attempts': the server has exited.
   */
  private boolean serverGaveUp() {
    try {
      return Files.exists(log())
          && Files.readAllLines(log(), StandardCharsets.UTF_8).stream()
              .anyMatch(
                  l -> l.contains("FATAL:") && !l.contains("the database system is starting up"));
    } catch (IOException e) {
      return false;
    }
  }

  /** The address of the database {@code khabar}, as {@code --db} would be given it. */
  public String jdbcUrl() {
    return url(USER);
  }

  /** Creates a new, empty database and answers its address: one per test keeps tests apart. */
  public String newDatabase() {
    String name = "test_" + databases.incrementAndGet();
    try (Connection c = DriverManager.getConnection(jdbcUrl());
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "could not create the database " + name + ": " + e.getMessage(), e);
    }
    return url(name);
  }

  int port() {
    return port;
  }

  private String url(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=" + USER;
  }

  private Path data() {
    return dir.resolve("data");
  }

  private Path log() {
    return dir.resolve("server.log");
  }

  @Override
  public void close() {
    try {
      Runtime.getRuntime().removeShutdownHook(cleanup);
    } catch (IllegalStateException shuttingDown) {
      // The hook is running or will run.
    }
    stop();
  }

  private synchronized void stop() {
    if (stopped) {
      return;
    }
    stopped = true;
    try {
      if (Files.exists(data().resolve("postmaster.pid"))) {
        run(
            bin.resolve("pg_ctl").toString(),
            "-D",
            data().toString(),
            "-m",
            "immediate",
            "-w",
            "stop");
      }
    } catch (IOException | RuntimeException e) {
      System.err.println(
          "PostgresServer: could not stop the server in " + dir + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      deleteTree(dir);
    }
  }

  /**
   * Runs one of the binaries (as postgres when we are root); fails with its output and the server
   * log.
   */
  private void run(String... command) throws IOException, InterruptedException {
    List<String> line = new ArrayList<>();
    if (asPostgres) {
      line.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    line.addAll(List.of(command));
    // Output to a file, not a pipe: the server pg_ctl starts outlives it and must not hold our pipe
    // open.
    Path out = Files.createTempFile("khabar-pg-cmd-", ".out");
    try {
      Process p =
          new ProcessBuilder(line)
              .redirectErrorStream(true)
              .redirectOutput(out.toFile())
              .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
              .start();
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException(
            String.join(" ", line) + " did not finish in 60 s" + logTail());
      }
      if (p.exitValue() != 0) {
        throw new IllegalStateException(
            String.join(" ", line)
                + " failed (exit "
                + p.exitValue()
                + "):\n"
                + Files.readString(out, StandardCharsets.UTF_8)
                + logTail());
      }
    } finally {
      Files.deleteIfExists(out);
    }
  }

  private String logTail() {
    try {
      if (!Files.exists(log())) {
        return "\n(no server log at " + log() + ")";
      }
      List<String> lines = Files.readAllLines(log(), StandardCharsets.UTF_8);
      return "\nserver log "
          + log()
          + ":\n"
          + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "\n(server log unreadable: " + e.getMessage() + ")";
    }
  }

  private static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> all = Files.walk(root)) {
      all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      System.err.println("PostgresServer: could not delete " + root + ": " + e.getMessage());
    }
  }
}
