package ir.khabar.app;

import ir.khabar.core.ingest.IngestReport;
import ir.khabar.core.ingest.Ingester;
import ir.khabar.core.search.SearchEngine;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The sample corpus Khabar ships (articles written for the project), read from the jar. */
public final class SampleCorpus {
  private static final String DIR = "/ir/khabar/app/sample/";

  private SampleCorpus() {}

  public static List<String> names() throws IOException {
    try (InputStream in = SampleCorpus.class.getResourceAsStream(DIR + "index.txt");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return r.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
  }

  public static IngestReport ingest(SearchEngine engine) throws IOException {
    Ingester ingester = new Ingester(engine);
    for (String name : names()) {
      try (InputStream in = SampleCorpus.class.getResourceAsStream(DIR + name)) {
        ingester.ingest("sample/" + name, in.readAllBytes());
      }
    }
    engine.commit();
    return ingester.report();
  }
}
