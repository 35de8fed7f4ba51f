package ir.khabar.core.extract;

import ir.khabar.core.Article;
import ir.khabar.core.Dating;
import ir.khabar.core.Source;
import ir.khabar.core.extract.dates.StatedDate;
import ir.khabar.persian.date.DateMention;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A first extraction from plain-text pages as aggregators store them (see the seeds): a "date …"
 * header, the title (printed twice on some pages), a dateline, the lead, the body, and a trailer of
 * furniture that is cut off. The source comes from "منبع خبر …", "به گزارش … X،" or an agency
 * byline.
 */
public final class TextPageExtractor {
  private static final Pattern DATE_HEADER =
      Pattern.compile("^\\s*date\\s+(\\d{4}-\\d{2}-\\d{2})\\s*");

  /** The characters a line ends with when its sentence ends there (lines are stripped). */
  private static final String SENTENCE_END = ".!?؟:؛…»\"”)]";

  private static final int MAX_TITLE = 200;

  /** A lead is a sentence: a shorter first line is a name or a sub-head. */
  private static final int LEAD_WORDS = 5;

  private final Agencies agencies;
  private final Attribution attribution;

  public TextPageExtractor(Agencies agencies) {
    this.agencies = agencies;
    this.attribution = new Attribution(agencies);
  }

  /** The article of a page, or empty when the page holds no article text. */
  public Optional<Article> extract(String text, String origin) {
    List<String> lines =
        new ArrayList<>(
            text.replace("\r", "").replace('\u00A0', ' ').lines().map(String::strip).toList());
    PageHeader.remove(lines);
    LocalDate headerDate = takeDateHeader(lines);
    String trailer = cutTrailer(lines);
    lines.removeIf(String::isEmpty);
    if (lines.isEmpty()) {
      return Optional.empty();
    }
    HeadlineBlock.Headline headline = takeTitle(lines);
    StatedDate published = takeDateline(lines, headerDate);
    Optional<Source> byline = takeByline(lines);
    lines.removeIf(Furniture::isFurnitureLine);
    String title = headline.title();
    if (lines.isEmpty() && title.length() < 40) {
      return Optional.empty();
    }
    rejoinHardWraps(lines);
    String lead = headline.overTitle() != null ? headline.overTitle() : takeLead(lines);
    List<String> top = new ArrayList<>();
    top.add(lead);
    // The lead and three paragraphs after it; an over-title as the lead leaves the lead among them.
    int reach = headline.overTitle() == null ? 3 : 4;
    top.addAll(lines.subList(0, Math.min(reach, lines.size())));
    Optional<Attribution.Credit> credit = attribution.attributionIn(top);
    Source source =
        attribution
            .creditIn(trailer)
            .or(() -> byline)
            .or(() -> credit.map(Attribution.Credit::source))
            .orElse(Source.UNKNOWN);
    String desk =
        credit.filter(c -> c.source().equals(source)).map(Attribution.Credit::desk).orElse(null);
    return Optional.of(
        Article.builder()
            .origin(origin)
            .source(source)
            .desk(desk)
            .title(title)
            .lead(lead)
            .body(lines)
            .published(
                published == null ? null : published.time(),
                published == null ? null : published.dating(Dating.Basis.PAGE))
            .comments(PageComments.fromTrailer(trailer))
            .build());
  }

  /**
   * The first paragraph when it is a lead: at most 400 characters and {@value #LEAD_WORDS} words or
   * more. A shorter first line is an author's name («فرنوش صفوی‌فر»), a sub-head or a column's
   * name, and stays in the body where the page printed it.
   */
  private static String takeLead(List<String> lines) {
    return lines.size() > 1 && lines.get(0).length() <= 400 && words(lines.get(0)) >= LEAD_WORDS
        ? lines.remove(0)
        : "";
  }

  /**
   * Joins a line the page broke inside a sentence to the line after it: a line of five words or
   * more that ends without sentence punctuation ("… با خبرنگار" / "خبرگزاری صدا و سیما درباره …").
   * One pass, so that a long file of wrapped lines is joined in time linear in its length.
   */
  private static void rejoinHardWraps(List<String> lines) {
    List<String> joined = new ArrayList<>(lines.size());
    StringBuilder current = new StringBuilder();
    int words = 0;
    for (String line : lines) {
      current.append(current.isEmpty() ? "" : " ").append(line);
      words += words(line);
      if (words < 5 || endsSentence(line)) {
        joined.add(current.toString());
        current.setLength(0);
        words = 0;
      }
    }
    if (!current.isEmpty()) {
      joined.add(current.toString());
    }
    lines.clear();
    lines.addAll(joined);
  }

  private static boolean endsSentence(String line) {
    return line.isEmpty() || SENTENCE_END.indexOf(line.charAt(line.length() - 1)) >= 0;
  }

  static int words(String line) {
    int n = 0;
    for (int i = 0; i < line.length(); i++) {
      if (!Character.isWhitespace(line.charAt(i))
          && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
        n++;
      }
    }
    return n;
  }

  private static LocalDate takeDateHeader(List<String> lines) {
    while (!lines.isEmpty() && lines.get(0).isEmpty()) {
      lines.remove(0);
    }
    if (lines.isEmpty()) {
      return null;
    }
    Matcher m = DATE_HEADER.matcher(lines.get(0));
    if (!m.find()) {
      return null;
    }
    lines.set(0, lines.get(0).substring(m.end()).strip());
    return LocalDate.parse(m.group(1));
  }

  /** Removes the furniture trailer and returns its text (it may name the source). */
  private static String cutTrailer(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      if (Furniture.startsTrailer(lines.get(i))) {
        String trailer = String.join("\n", lines.subList(i, lines.size()));
        lines.subList(i, lines.size()).clear();
        return trailer;
      }
    }
    return "";
  }

  private static HeadlineBlock.Headline takeTitle(List<String> lines) {
    String first = lines.remove(0);
    if (!lines.isEmpty() && Furniture.key(lines.get(0)).equals(Furniture.key(first))) {
      lines.remove(0);
    }
    if (first.length() <= MAX_TITLE && !first.startsWith("به گزارش")) {
      return HeadlineBlock.read(first, lines);
    }
    lines.add(0, first);
    return new HeadlineBlock.Headline(headlineFrom(first), null);
  }

  /** A page without a title line: its first sentence, cut at a word boundary. */
  private static String headlineFrom(String paragraph) {
    String text = paragraph.replaceFirst("^به گزارش[^،,]{0,120}[،,]\\s*", "");
    int end = text.indexOf('.');
    String sentence = end > 0 ? text.substring(0, end) : text;
    if (sentence.length() <= 120) {
      return sentence.strip();
    }
    int cut = sentence.lastIndexOf(' ', 120);
    return sentence.substring(0, cut > 40 ? cut : 120).strip() + "…";
  }

  /**
   * A short line near the top that is only a date and time: "چهارشنبه 26 آذر 1404 - 07:40"; else
   * the "date …" header's day. A date without a time is a day only.
   */
  private static StatedDate takeDateline(List<String> lines, LocalDate headerDate) {
    for (int i = 0; i < Math.min(2, lines.size()); i++) {
      Optional<DateMention> m = Dateline.of(lines.get(i), headerDate);
      if (m.isPresent()) {
        lines.remove(i);
        return StatedDate.of(m.get());
      }
    }
    return headerDate == null ? null : StatedDate.day(headerDate);
  }

  /**
   * An agency's byline near the top («العالم ـ ایران ـ سیاسی»). Its first part must name an agency
   * Khabar knows, as every other credit must: a score line («آلمان - ۴ کاستاریکا - ۲») or a
   * reader's signature («ثریا - ص - تهران») has the same shape.
   */
  private Optional<Source> takeByline(List<String> lines) {
    for (int i = 0; i < Math.min(3, lines.size()); i++) {
      if (Furniture.isByline(lines.get(i))) {
        Optional<Source> agency = agencies.byName(lines.get(i).split("\\s[ـ–-]\\s")[0]);
        if (agency.isPresent()) {
          lines.remove(i);
          return agency;
        }
      }
    }
    return Optional.empty();
  }
}
