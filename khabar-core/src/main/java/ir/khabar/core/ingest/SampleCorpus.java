package ir.khabar.core.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The sample corpus Khabar ships (articles written for the project), read from the jar. */
public final class SampleCorpus {
  private static final String DIR = "/ir/khabar/core/sample/";

  private SampleCorpus() {}

  public static List<String> names() throws IOException {
    try (InputStream in = SampleCorpus.class.getResourceAsStream(DIR + "index.txt");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return r.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
  }

  /** The bytes of one sample page, by a name from {@link #names()}. */
  public static byte[] bytes(String name) throws IOException {
    try (InputStream in = SampleCorpus.class.getResourceAsStream(DIR + name)) {
      if (in == null) {
        throw new IOException("no sample page " + name);
      }
      return in.readAllBytes();
    }
  }

  /** Every sample page as a pipeline input. */
  public static List<Input> inputs() throws IOException {
    List<Input> out = new ArrayList<>();
    for (String name : names()) {
      out.add(Input.of("sample/" + name, bytes(name)));
    }
    return out;
  }
}
