package ir.khabar.core.understand;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Article;
import ir.khabar.core.ArticleJson;
import ir.khabar.core.Entity;
import ir.khabar.core.Event;
import ir.khabar.core.Source;
import ir.khabar.persian.lexicon.Lexicon;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A confirmed correction takes the entity out of that article only; the evidence of a link survives
 * the stored JSON, and JSON stored before evidence was kept reads as unknown.
 */
class LinkCorrectionsTest {
  private static final String TEXT =
      "این طرح ظریف و دقیق است. محمدجواد ظریف در مسکو با سرگئی لاوروف دیدار کرد.";

  private static Article understood(String id) {
    Article a =
        Article.builder()
            .id(id)
            .url("https://example.ir/" + id)
            .source(new Source("example", "نمونه"))
            .title("دیدار در مسکو")
            .lead("")
            .body(List.of(TEXT))
            .build();
    return new Understanding(Lexicon.get()).understand(a);
  }

  @Test
  void aCorrectedEntityLeavesThatArticleAndItsEventsOnly() {
    Article a = understood("a1");
    assertThat(a.entities()).extracting(Entity::id).contains("mohammad-javad-zarif");
    assertThat(a.events()).anyMatch(e -> mentions(e, "mohammad-javad-zarif"));
    LinkCorrections c =
        LinkCorrections.of(List.of(new LinkCorrections.Correction("a1", "mohammad-javad-zarif")));

    Article corrected = c.apply(a);
    assertThat(corrected.entities())
        .extracting(Entity::id)
        .doesNotContain("mohammad-javad-zarif")
        .contains("sergey-lavrov");
    assertThat(corrected.events()).noneMatch(e -> mentions(e, "mohammad-javad-zarif"));
    assertThat(c.apply(understood("a2")).entities())
        .extracting(Entity::id)
        .contains("mohammad-javad-zarif");
    assertThat(LinkCorrections.NONE.apply(a)).isSameAs(a);
  }

  private static boolean mentions(Event e, String id) {
    return e.actors().stream().anyMatch(x -> x.id().equals(id));
  }

  @Test
  void evidenceIsStoredAndOlderJsonReadsAsUnknown() throws Exception {
    Article a = understood("a1");
    Article back = ArticleJson.fromJson(ArticleJson.toJson(a));
    assertThat(back.entities()).isEqualTo(a.entities());
    assertThat(back.entities()).allMatch(e -> e.evidence() != Entity.Evidence.UNKNOWN);

    var json = ArticleJson.toJson(a);
    json.withArray("entities")
        .forEach(n -> ((com.fasterxml.jackson.databind.node.ObjectNode) n).remove("evidence"));
    assertThat(ArticleJson.fromJson(json).entities())
        .isNotEmpty()
        .allMatch(e -> e.evidence() == Entity.Evidence.UNKNOWN);
  }
}
