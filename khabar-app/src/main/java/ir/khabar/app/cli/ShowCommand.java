package ir.khabar.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import ir.khabar.core.Article;
import ir.khabar.core.ArticleJson;
import ir.khabar.core.search.SearchEngine;
import ir.khabar.core.understand.entities.LatinNames;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `khabar show ID`: exit 1 when no article has that id. */
@Command(name = "show", description = "Print one article.")
public final class ShowCommand implements Callable<Integer> {
  @Mixin DataOption data;
  @Mixin EngineOption engine;

  @Option(names = "--json", description = "Print the whole article as JSON.")
  boolean json;

  @Parameters(paramLabel = "ID")
  String id;

  @Override
  public Integer call() throws Exception {
    Optional<Article> article;
    try (SearchEngine index = engine.openForReading(data)) {
      article = index.get(id.strip());
    }
    if (article.isEmpty()) {
      System.err.println("no article with id " + id);
      return 1;
    }
    System.out.println(
        json
            ? withEnglishNames(ArticleJson.toJson(article.get())).toPrettyString()
            : HumanOutput.format(article.get()));
    return 0;
  }

  /**
   * Each entity's English name as {@code nameEn}, looked up when shown: the stored JSON holds only
   * what the article says, so a better English name needs no reindex.
   */
  private static ObjectNode withEnglishNames(ObjectNode article) {
    for (JsonNode e : article.path("entities")) {
      String english = LatinNames.get().englishName(e.path("id").asText());
      if (english != null) {
        ((ObjectNode) e).put("nameEn", english);
      }
    }
    return article;
  }
}
