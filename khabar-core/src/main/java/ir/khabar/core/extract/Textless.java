package ir.khabar.core.extract;

import ir.khabar.core.Article;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Items without real text: a photo or video item whose record kept only its title, with "." or "…"
 * for a body and an agency credit ("خبرگزاري فارس:") or the title again for a lead. Such an item is
 * not stored as news: there is nothing to read, and by its empty text it would be taken for the
 * same story as every other empty item. An item with even one sentence of its own (a caption:
 * "كريمي راد، وزير دادگستري، پنجشنبه شب در پي يك سانحه رانندگي به لقاء الله پيوست") has text and is
 * kept.
 */
public final class Textless {
  /** Fewer words than this beyond the title and the credit is no text. */
  static final int MIN_WORDS = 3;

  /** "خبرگزاري فارس:" and the like at the start of a lead: a credit, not text. */
  private static final Pattern CREDIT = Pattern.compile("^([^:：.،]{2,40})[:：]\\s*");

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}\\u200c]*");

  private final Agencies agencies;

  public Textless(Agencies agencies) {
    this.agencies = agencies;
  }

  /** Why the article holds no text of its own (to report), or empty when it has text. */
  public Optional<String> why(Article a) {
    String titleKey = Furniture.key(a.title());
    int words = words(withoutCredit(a.lead()), titleKey);
    for (int i = 0; i < a.body().size() && words < MIN_WORDS; i++) {
      words += words(a.body().get(i), titleKey);
    }
    if (words >= MIN_WORDS) {
      return Optional.empty();
    }
    String title = a.title().length() > 80 ? a.title().substring(0, 80) + "…" : a.title();
    return Optional.of(
        "no text, only a title «" + title + "» (a photo or video item without its pictures)");
  }

  private String withoutCredit(String lead) {
    Matcher m = CREDIT.matcher(lead);
    return m.find() && agencies.findIn(m.group(1)).isPresent() ? lead.substring(m.end()) : lead;
  }

  /**
   * The words of a paragraph up to {@link #MIN_WORDS} (all a caller needs), none when it only
   * repeats the title (or part of it).
   */
  private static int words(String paragraph, String titleKey) {
    String key = Furniture.key(paragraph).replaceAll("[\\p{P}\\p{S}]+$", "");
    if (key.isEmpty() || titleKey.contains(key)) {
      return 0;
    }
    int n = 0;
    for (Matcher m = WORD.matcher(paragraph); n < MIN_WORDS && m.find(); ) {
      n++;
    }
    return n;
  }
}
