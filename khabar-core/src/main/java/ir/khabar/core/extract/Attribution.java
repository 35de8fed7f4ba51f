package ir.khabar.core.extract;

import ir.khabar.core.Source;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who published an article and from which desk, as the text says it: "منبع خبر «X» است", "به گزارش
 * خبرنگار گروه اقتصادی خبرگزاری X،", "به گزارش خبرگزاری X، مرکز خراسان رضوی،".
 */
public final class Attribution {
  private static final Pattern SOURCE_CREDIT =
      Pattern.compile("منبع خبر\\s*[\"«“]?\\s*([^\"»”]{2,40}?)\\s*[\"»”]?\\s*است");
  private static final Pattern ATTRIBUTION =
      Pattern.compile("به گزارش\\s+([^،,:]{2,120})[،,:](?:\\s*([^،,:]{2,40}?)\\s*[،,])?");
  private static final Pattern DESK_WORDS =
      Pattern.compile("^(خبرنگار\\s+)?((گروه|حوزه|سرویس|دفتر|دبیرخانه|مرکز)\\b.*)$");
  private static final Pattern NEXT_UNIT = Pattern.compile("\\s(گروه|حوزه|سرویس|دفتر)\\s");
  private static final Pattern BUREAU = Pattern.compile("^(مرکز|دفتر)\\s+\\S+.*");

  /** An agency and, when stated, its desk. */
  public record Credit(Source source, String desk) {}

  private final Agencies agencies;

  public Attribution(Agencies agencies) {
    this.agencies = agencies;
  }

  /** The agency a "منبع خبر … است" credit names (aggregators print it below the article). */
  public Optional<Source> creditIn(String text) {
    Matcher credit = SOURCE_CREDIT.matcher(text.replace('\n', ' '));
    return credit.find()
        ? Optional.of(agencies.resolveOrCreate(credit.group(1)))
        : Optional.empty();
  }

  /** The first "به گزارش …" line among the paragraphs that names a known agency. */
  public Optional<Credit> attributionIn(List<String> paragraphs) {
    for (String paragraph : paragraphs) {
      Matcher m = ATTRIBUTION.matcher(paragraph);
      if (m.find()) {
        Optional<Credit> c = credit(m.group(1), m.group(2) == null ? "" : m.group(2));
        if (c.isPresent()) {
          return c;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * "حوزه سیاست خارجی گروه سیاسی" names a unit inside a unit; the desk is the first, the narrower.
   */
  private static String firstUnit(String desk) {
    Matcher next = NEXT_UNIT.matcher(desk);
    return next.find(1) ? desk.substring(0, next.start()).strip() : desk;
  }

  private Optional<Credit> credit(String clause, String after) {
    Optional<Agencies.Found> found = agencies.findWithPosition(clause);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    String before =
        clause
            .substring(0, found.get().start())
            .strip()
            .replaceFirst("(خبرگزاری|پایگاه خبری|شبکه|روزنامه)$", "")
            .strip();
    Matcher desk = DESK_WORDS.matcher(before);
    String deskName = desk.matches() ? firstUnit(desk.group(2).strip()) : null;
    if (deskName == null && BUREAU.matcher(after.strip()).matches()) {
      deskName = after.strip();
    }
    return Optional.of(new Credit(found.get().source(), deskName));
  }
}
