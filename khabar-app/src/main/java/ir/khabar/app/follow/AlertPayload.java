package ir.khabar.app.follow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import ir.khabar.core.Article;
import ir.khabar.core.ArticleJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON an alert carries, {@code {"follow": id, "articles": [{id, title, url, source, published,
 * story}]}}: written once into the outbox and sent as is (a webhook's signature covers these exact
 * bytes), and read back for an e-mail.
 */
public final class AlertPayload {
  private AlertPayload() {}

  /** One article as the alert shows it. */
  public record Item(
      String id, String title, String url, String source, String published, String story) {}

  public static String of(long followId, List<Article> articles) {
    ObjectNode o = ArticleJson.MAPPER.createObjectNode().put("follow", followId);
    ArrayNode list = o.putArray("articles");
    for (Article a : articles) {
      ObjectNode x = list.addObject();
      x.put("id", a.id());
      x.put("title", a.title());
      x.put("url", a.url());
      x.put("source", a.source().id());
      x.put(
          "published", a.published() == null ? null : a.published().toOffsetDateTime().toString());
      x.put("story", a.story());
    }
    return o.toString();
  }

  public static List<Item> items(String payload) {
    try {
      List<Item> out = new ArrayList<>();
      for (JsonNode x : ArticleJson.MAPPER.readTree(payload).path("articles")) {
        out.add(
            new Item(
                x.path("id").asText(),
                x.path("title").asText(),
                x.path("url").asText(),
                x.path("source").asText(),
                x.path("published").asText(""),
                x.path("story").asText("")));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
