package ir.khabar.solr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The deployment docs/SCALING.md describes: Solr nodes that have Khabar's analysis only as the
 * khabar-persian jar (and icu4j) in their lib folder load the configset, index a document in Arabic
 * letters with half-spaces, and find it by its standard Persian spelling.
 */
@Tag("solr")
class AnalysisJarInLibTest {
  @TempDir Path dir;

  @Test
  void nodesLoadKhabarsAnalysisFromTheirLibFolder() throws Exception {
    Path lib = Files.createDirectories(dir.resolve("lib"));
    List<String> classpath = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path p = Path.of(entry);
      if (entry.contains("khabar-persian")) {
        copyAsJar(p, lib.resolve("khabar-persian.jar"));
      } else if (p.getFileName().toString().startsWith("icu4j")) {
        Files.copy(p, lib.resolve(p.getFileName()));
      } else if (!entry.contains("khabar-core")) {
        classpath.add(entry);
      }
    }
    assertThat(lib.resolve("khabar-persian.jar")).exists();
    String javaBin = ProcessHandle.current().info().command().orElse("java");
    Process probe =
        new ProcessBuilder(
                javaBin,
                "-Xmx1g",
                "-cp",
                String.join(File.pathSeparator, classpath),
                "ir.khabar.solr.cluster.LibFolderProbe",
                dir.resolve("cluster").toString(),
                lib.toString())
            .redirectError(dir.resolve("probe.log").toFile())
            .start();
    String out = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(probe.waitFor(180, TimeUnit.SECONDS)).isTrue();
    assertThat(out)
        .as("probe output (log in %s)", dir.resolve("probe.log"))
        .contains("khabar-persian is not on the classpath")
        .contains("found 1");
  }

  /**
   * The module as a jar: itself when packaged, else its classes folder zipped (inside the reactor).
   */
  private static void copyAsJar(Path entry, Path jar) throws IOException {
    if (Files.isRegularFile(entry)) {
      Files.copy(entry, jar);
      return;
    }
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file);
        Stream<Path> walk = Files.walk(entry)) {
      for (Path f : walk.filter(Files::isRegularFile).toList()) {
        out.putNextEntry(new JarEntry(entry.relativize(f).toString().replace('\\', '/')));
        Files.copy(f, out);
        out.closeEntry();
      }
    }
  }
}
