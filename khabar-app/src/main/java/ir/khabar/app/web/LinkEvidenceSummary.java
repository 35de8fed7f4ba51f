package ir.khabar.app.web;

import ir.khabar.app.web.view.Fa;
import ir.khabar.app.web.view.Views;
import ir.khabar.core.Article;
import ir.khabar.core.Entity;
import ir.khabar.core.Entity.Evidence;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What an entity page says Khabar is sure of and what it guessed: how many articles name the entity
 * and, over the articles read, on which evidence each linked it (the best of its mentions there),
 * or that it was only a party to an event there.
 */
final class LinkEvidenceSummary {
  /**
   * An article that names the entity only as a party to one of its events: a country met in its
   * capital («وین»), a stop of a tour («… مسکو»).
   */
  static final String PARTY_ONLY = "تنها طرف رویدادی بود (از روی پایتخت یا مقام\u200cهایش)";

  private LinkEvidenceSummary() {}

  /** Articles per evidence, strongest first, over the articles read. */
  static Map<Evidence, Integer> count(List<Article> read, String id) {
    Map<Evidence, Integer> counts = new EnumMap<>(Evidence.class);
    for (Article a : read) {
      a.entities().stream()
          .filter(e -> e.id().equals(id))
          .findFirst()
          .map(Entity::evidence)
          .ifPresent(e -> counts.merge(e, 1, Integer::sum));
    }
    return counts;
  }

  /**
   * «در ۱۲ خبر نام برده شده؛ با نام کامل شناخته شد.», or with a share per evidence when they
   * differ; when more articles name it than were read, the shares are of the newest read.
   */
  static Views.LinkEvidence of(long total, List<Article> read, String id, Entity.Type type) {
    Map<Evidence, Integer> counts = count(read, id);
    long partyOnly =
        read.stream().filter(a -> a.entities().stream().noneMatch(e -> e.id().equals(id))).count();
    StringBuilder b = new StringBuilder("در " + Fa.number(total) + " خبر نام برده شده");
    if (counts.size() == 1 && partyOnly == 0) {
      b.append("؛ ").append(said(counts.keySet().iterator().next(), type)).append('.');
    } else if (!counts.isEmpty() || partyOnly > 0) {
      if (total > read.size()) {
        b.append("؛ از ").append(Fa.number(read.size())).append(" خبر تازه\u200cتر");
      }
      List<String> parts = new ArrayList<>();
      counts.forEach((e, n) -> parts.add("در " + Fa.number(n) + " خبر " + said(e, type)));
      if (partyOnly > 0) {
        parts.add("در " + Fa.number(partyOnly) + " خبر " + PARTY_ONLY);
      }
      b.append("؛ ").append(String.join("، ", parts)).append('.');
    }
    boolean guessed = counts.keySet().stream().anyMatch(Evidence::guessed);
    return new Views.LinkEvidence(b.toString(), guessed);
  }

  /**
   * How the link was made, as a reader is told. A person's other writing in the lists may be their
   * family name alone («رئیسی»), which another person may bear: the reader is told so.
   */
  static String said(Evidence e, Entity.Type type) {
    return switch (e) {
      case FULL_NAME -> "با نام کامل شناخته شد";
      case GIVEN_AND_FAMILY -> "با نام و نام خانوادگی شناخته شد";
      case ALIAS ->
          "با نام دیگری از فهرست نام\u200cهای خبر شناخته شد"
              + (type == Entity.Type.PERSON
                  ? " (نام خانوادگی تنها ممکن است از آن هم\u200cنامی باشد)"
                  : "");
      case ROLE -> "از روی سمتی که کنار نام آمده حدس زده شد";
      case PATTERN -> "از روی عنوان یا الگوی نام حدس زده شد";
      case UNKNOWN -> "شیوهٔ شناختنش ثبت نشده است";
    };
  }
}
