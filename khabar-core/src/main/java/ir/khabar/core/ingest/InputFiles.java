package ir.khabar.core.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * The files of an ingest, as found on disk and read within their size limit. A folder is walked
 * following its links; what cannot be walked (a file that vanished, a link loop, a link to nothing,
 * an unreadable folder) is listed all the same, so that reading it rejects it by name instead of
 * stopping the batch or passing over it in silence.
 */
final class InputFiles {
  /** An input that cannot be read, with the reason in a reader's words. */
  static final class Unreadable extends IOException {
    Unreadable(String reason) {
      super(reason);
    }
  }

  private InputFiles() {}

  /** Every file under the given paths, each folder's in name order; hidden files are left out. */
  static List<Path> list(List<Path> paths) throws IOException {
    List<Path> out = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        List<Path> found = new ArrayList<>();
        Files.walkFileTree(
            p, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new Walk(found));
        found.sort(null);
        out.addAll(found);
      } else {
        out.add(p);
      }
    }
    return out;
  }

  /** Collects the files, and the entries that could not be visited. */
  private static final class Walk extends SimpleFileVisitor<Path> {
    private final List<Path> found;

    Walk(List<Path> found) {
      this.found = found;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
      // A link is seen as a link here only when it cannot be followed: a loop or a missing target.
      if ((attrs.isRegularFile() || attrs.isSymbolicLink()) && !hidden(file)) {
        found.add(file);
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException e) {
      if (!hidden(file)) {
        found.add(file);
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult postVisitDirectory(Path dir, IOException e) {
      if (e != null) {
        found.add(dir); // it vanished or became unreadable while it was listed
      }
      return FileVisitResult.CONTINUE;
    }

    private static boolean hidden(Path file) {
      Path name = file.getFileName();
      return name != null && name.toString().startsWith(".");
    }
  }

  /**
   * The bytes of a file, refused unread when its size is over its limit and never read past it (a
   * file may grow while it is read). A missing or forbidden file throws the JDK's own exception,
   * which the ingest reports; a link loop, a link to nothing or a folder throws {@link Unreadable}.
   */
  static byte[] read(Path file) throws IOException {
    String name = file.toString();
    if (Files.isSymbolicLink(file)) {
      following(file);
    }
    BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
    if (attrs.isDirectory()) {
      throw new Unreadable(folder(file));
    }
    if (!attrs.isRegularFile()) {
      throw new Unreadable("not a regular file (a device, a pipe or a socket)");
    }
    String tooLarge = InputLimits.check(name, attrs.size()).orElse(null);
    if (tooLarge != null) {
      throw new Unreadable(tooLarge);
    }
    long limit = InputLimits.of(name);
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes((int) limit + 1);
      if (bytes.length > limit) {
        throw new Unreadable(InputLimits.exceeded(name));
      }
      return bytes;
    }
  }

  /** Follows a link to its end, or says why it cannot be followed. */
  private static void following(Path link) throws Unreadable {
    try {
      link.toRealPath();
    } catch (NoSuchFileException e) {
      throw new Unreadable("a symbolic link to nothing (" + target(link) + " does not exist)");
    } catch (FileSystemException e) {
      throw new Unreadable("a symbolic link loop (the link leads back to itself)");
    } catch (IOException e) {
      throw new Unreadable("a symbolic link that cannot be followed");
    }
  }

  /**
   * Why a folder was listed as a file: it leads back to a folder that holds it, or it cannot be
   * read.
   */
  private static String folder(Path dir) throws IOException {
    for (Path above = dir.toAbsolutePath().getParent(); above != null; above = above.getParent()) {
      if (Files.isSameFile(above, dir)) {
        return "a symbolic link loop (it leads back to "
            + dir.toRealPath()
            + ", a folder that holds it)";
      }
    }
    if (!Files.isReadable(dir)) {
      return "a folder that cannot be read (permission denied)";
    }
    return "a folder that could not be walked";
  }

  private static String target(Path link) {
    try {
      return Files.readSymbolicLink(link).toString();
    } catch (IOException e) {
      return "its target";
    }
  }
}
