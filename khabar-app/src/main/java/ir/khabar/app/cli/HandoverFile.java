package ir.khabar.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import ir.khabar.core.ArticleJson;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * What a running {@code khabar serve} leaves in its data folder so that {@code khabar ingest} can
 * hand it inputs instead of failing on the index's lock: its loopback port, its process id and a
 * secret. Readable by its owner only, written whole or not at all, removed when the server stops.
 */
record HandoverFile(int port, long pid, String secret) {
  static final String NAME = "serve-handover.json";
  private static final SecureRandom RANDOM = new SecureRandom();

  /** A new secret: 256 random bits, URL-safe Base64. */
  static String newSecret() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** This process serving on {@code port} with {@code secret}. */
  static HandoverFile of(int port, String secret) {
    return new HandoverFile(port, ProcessHandle.current().pid(), secret);
  }

  /**
   * Writes the file into {@code dir}: first as a temporary file created with owner-only permissions
   * (never readable by others, not even for a moment), then moved over the old one at once.
   */
  void writeInto(Path dir) throws IOException {
    byte[] json =
        ArticleJson.MAPPER
            .createObjectNode()
            .put("port", port)
            .put("pid", pid)
            .put("secret", secret)
            .toString()
            .getBytes(StandardCharsets.UTF_8);
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, ".serve-handover", ".tmp", ownerOnly(dir));
    try {
      try (OutputStream out = Files.newOutputStream(tmp)) {
        out.write(json);
      }
      move(tmp, dir.resolve(NAME));
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** rw------- where the file system has POSIX permissions (elsewhere the folder's own rules). */
  private static FileAttribute<?>[] ownerOnly(Path dir) {
    return !dir.getFileSystem().supportedFileAttributeViews().contains("posix")
        ? new FileAttribute<?>[0]
        : new FileAttribute<?>[] {
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
        };
  }

  /** The file in {@code dir}, when there is one that can be read. */
  static Optional<HandoverFile> readFrom(Path dir) throws IOException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(dir.resolve(NAME));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
    JsonNode o;
    try {
      o = ArticleJson.MAPPER.readTree(bytes);
    } catch (IOException e) {
      return Optional.empty(); // half a file from a crash: no server to hand over to
    }
    if (o == null || !o.path("port").isInt() || !o.path("secret").isTextual()) {
      return Optional.empty();
    }
    return Optional.of(
        new HandoverFile(o.get("port").asInt(), o.path("pid").asLong(), o.get("secret").asText()));
  }

  /** Whether the process that wrote the file still runs. */
  boolean serverRuns() {
    return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }

  /** Removes the file from {@code dir} if it is still this one (another server may own it now). */
  void removeFrom(Path dir) throws IOException {
    if (readFrom(dir).filter(this::equals).isPresent()) {
      Files.deleteIfExists(dir.resolve(NAME));
    }
  }
}
