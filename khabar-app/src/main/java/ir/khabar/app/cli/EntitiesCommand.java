package ir.khabar.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import ir.khabar.core.ArticleJson;
import ir.khabar.core.understand.entities.EntityRecognizer;
import ir.khabar.core.understand.entities.Span;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `khabar entities`: the people, places and organisations named in one text read from stdin. */
@Command(
    name = "entities",
    description =
        "Find the people, places and organisations named in the text on stdin. "
            + "Offsets are UTF-16 positions in the input, end exclusive.")
public final class EntitiesCommand implements Callable<Integer> {
  @Option(
      names = "--json",
      description = "Print [{\"type\", \"text\", \"start\", \"end\"}] (and each entity's id).")
  boolean json;

  @Override
  public Integer call() throws Exception {
    String text = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
    List<Span> spans = EntityRecognizer.get().names(text);
    if (json) {
      ArrayNode out = ArticleJson.MAPPER.createArrayNode();
      for (Span s : spans) {
        out.addObject()
            .put("type", s.spanType())
            .put("text", s.text())
            .put("start", s.start())
            .put("end", s.end())
            .put("id", s.id())
            .put("name", s.name());
      }
      System.out.println(out.toPrettyString());
    } else {
      for (Span s : spans) {
        System.out.println(
            s.spanType()
                + "\t"
                + s.start()
                + "-"
                + s.end()
                + "\t"
                + s.text()
                + (s.name().equals(s.text()) ? "" : "\t→ " + s.name())
                + (s.role() == null ? "" : "\t(" + s.role() + ")"));
      }
    }
    return 0;
  }
}
