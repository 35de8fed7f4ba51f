package ir.khabar.core.understand.entities;

import ir.khabar.core.Entity;
import java.util.List;
import java.util.Set;

/**
 * The agency or outlet a source line names: «به گزارش مهر،», «به گزارش خبرنگار ورزش سه،», «به نقل
 * از المانیتور،». The name there is an organisation even when no list knows it or it is a common
 * word (مهر, انتخاب), because the line says whose report it is.
 */
final class Sources {
  private static final int MAX_WORDS = 3;

  /** Words after the cue that are no outlet's name: «به گزارش خبرنگار ما», «به نقل از منابع». */
  private static final Set<String> GENERIC =
      Words.folded(
          "ما",
          "خبرنگار",
          "خبرنگاران",
          "منابع",
          "منبع",
          "رسانه",
          "رسانه\u200cها",
          "گروه",
          "سرویس",
          "حوزه",
          "پایگاه",
          "برخی",
          "یک",
          "شاهدان",
          "مقامات",
          "مسئولان",
          "وی",
          "او",
          "آنها",
          "اداره",
          "همین",
          "گزارش",
          "خبر");

  private Sources() {}

  static void find(Scan s, List<Candidate> out) {
    for (int i = 0; i + 2 < s.size(); i++) {
      int j = cueEnd(s, i);
      if (j < 0) {
        reporter(s, i, out);
        heading(s, i, out);
        continue;
      }
      if (j < s.size() && s.key(j).equals("خبرنگار") && s.adjacent(j)) {
        j++; // «به گزارش خبرنگار مهر»
        if (j < s.size() && s.key(j).equals("اعزامی") && s.adjacent(j)) {
          j++; // «به گزارش خبرنگار اعزامی مهر به ریودوژانیرو»
        }
      }
      int end = j < s.size() && opensQuote(s.between(j - 1, j)) ? quotedEnd(s, j) : outletEnd(s, j);
      if (end > j) {
        out.add(outlet(s, j, end));
      }
    }
  }

  /** The outlet over tokens [from, to): the listed one its name after the head word names. */
  private static Candidate outlet(Scan s, int from, int to) {
    Entry e = Outlets.named(s.gazetteer(), s.join(from, to));
    if (e == null) {
      return Candidate.read(
          s, from, to, Entity.Type.ORGANISATION, "agency", Candidate.ORGANISATION);
    }
    return Candidate.listed(from, to, e, Candidate.ORGANISATION, null, Entity.Evidence.ALIAS);
  }

  /**
   * «در گفتگو با خبرنگار مهر»: a month after a reporter, outside a source line, is the agency that
   * shares its name (no reporter is dated so).
   */
  private static void reporter(Scan s, int i, List<Candidate> out) {
    if (!s.key(i).equals("خبرنگار") || i > 0 && s.key(i - 1).equals("گزارش")) {
      return;
    }
    int j = i + 1 < s.size() && s.key(i + 1).equals("اعزامی") && s.adjacent(i + 1) ? i + 2 : i + 1;
    if (j < s.size() && Words.isMonth(s.key(j)) && reporterOf(s, j)) {
      out.add(outlet(s, j, j + 1));
    }
  }

  /**
   * «کیهان: ایجاد خط فاصل با آمریکا»: a listed outlet's name after its head word, opening a line
   * and followed by a colon, is a press review's heading, unless the lists know the word as another
   * name.
   */
  private static void heading(Scan s, int i, List<Candidate> out) {
    if (s.name[i] != null || !opensLine(s, i)) {
      return; // «ایران: …» at a line's start is as likely the country
    }
    for (int to = i + 1; to < s.size() && to <= i + 2; to++) {
      if (s.between(to - 1, to).startsWith(":")) {
        if (Outlets.named(s.gazetteer(), s.join(i, to)) != null) {
          out.add(outlet(s, i, to));
        }
        return;
      }
      if (!s.adjacent(to - 1)) {
        return;
      }
    }
  }

  /** Whether a new line comes between token i and the one before it (asked of every token). */
  private static boolean opensLine(Scan s, int i) {
    if (i == 0) {
      return true;
    }
    for (int c = s.end(i - 1); c < s.start(i); c++) {
      if (s.text.charAt(c) == '\n') {
        return true;
      }
    }
    return false;
  }

  /** The token after «به گزارش», «به نوشته» or «به نقل از» starting at i, or -1. */
  private static int cueEnd(Scan s, int i) {
    if (!s.key(i).equals("به") || !s.adjacent(i)) {
      return -1;
    }
    if ((s.key(i + 1).equals("گزارش") || s.key(i + 1).equals("نوشته"))
        && (s.adjacent(i + 1) || opensQuote(s.between(i + 1, i + 2)))) {
      return i + 2; // «به گزارش مهر،», «به نوشته فوربس،», «به گزارش " ورزش سه "،»
    }
    if (!s.adjacent(i + 1)) {
      return -1;
    }
    return s.key(i + 1).equals("نقل") && s.key(i + 2).equals("از") ? i + 3 : -1;
  }

  /**
   * Where an outlet's name from token j ends: one to three plain words closed by punctuation, or by
   * «و» before another cue; j when the words are no such name.
   */
  private static int outletEnd(Scan s, int j) {
    if (j >= s.size() || GENERIC.contains(s.key(j))) {
      return j;
    }
    if (Words.isMonth(s.key(j)) && (closed(s, j) || reporterOf(s, j))) {
      return j + 1; // «به گزارش مهر،»: no report is dated so; «به خبرنگار مهر گفت»: nor a reporter
    }
    int listed = listedEnd(s, j);
    if (listed > j) {
      return listed; // «به گزارش عصر ایران،»: a listed outlet's name, a country's inside it
    }
    int k = j;
    while (k < s.size() && k - j < MAX_WORDS && (k == j || s.adjacent(k - 1)) && plain(s, k)) {
      k++;
      if (closed(s, k - 1)) {
        return k - j == 1 && FamilyNameShapes.looksLikeSurname(s.key(j)) ? j : k;
      }
    }
    return j;
  }

  /** Where a listed outlet's name from token j, closed by punctuation, ends; j when none. */
  private static int listedEnd(Scan s, int j) {
    for (int k = j; k < s.size() && k - j < MAX_WORDS && (k == j || s.adjacent(k - 1)); k++) {
      if (closed(s, k) && Outlets.named(s.gazetteer(), s.join(j, k + 1)) != null) {
        return k + 1;
      }
    }
    return j;
  }

  private static boolean opensQuote(String between) {
    return between.equals("\"") || between.equals("«") || between.equals("'");
  }

  /**
   * «به گزارش " ورزش سه " ،», «به گزارش « انتخاب » ،»: an outlet's name in quotes, one to three
   * words, closed by the quote and then a comma or colon; j when there is none.
   */
  private static int quotedEnd(Scan s, int j) {
    for (int k = j; k < s.size() && k - j < MAX_WORDS && plain(s, k); k++) {
      String after = k + 1 < s.size() ? s.between(k, k + 1) : "";
      if (after.isEmpty()) {
        continue;
      }
      String rest = after.substring(1).strip();
      boolean closes = after.startsWith("\"") || after.startsWith("»") || after.startsWith("'");
      return closes && (rest.startsWith("،") || rest.startsWith(",") || rest.startsWith(":"))
          ? k + 1
          : j;
    }
    return j;
  }

  /** «در گفتگو با خبرنگار مهر», «به خبرنگار اعزامی مهر»: the word after a reporter. */
  private static boolean reporterOf(Scan s, int j) {
    int k = j > 0 && s.key(j - 1).equals("اعزامی") ? j - 1 : j;
    return k > 0
        && s.adjacent(k - 1)
        && s.key(k - 1).equals("خبرنگار")
        && !(j + 1 < s.size() && Character.isDigit(s.key(j + 1).charAt(0)));
  }

  /**
   * A word that can be part of an unlisted outlet's name. A known body or a head word is left to
   * the other patterns (به گزارش خبرنگار سیاسی ایرنا), a family name to the people (به نقل از
   * نهاوندیان).
   */
  private static boolean plain(Scan s, int k) {
    return !s.breaks(k)
        && s.roleLength[k] == 0
        && s.honorificLength[k] == 0
        && !s.givenName(k)
        && s.name[k] == null
        && !s.head(k);
  }

  /** Whether the name ends after token k: a comma, colon or line end, «و به …» or «به نقل». */
  private static boolean closed(Scan s, int k) {
    if (k + 1 >= s.size()) {
      return true;
    }
    String between = s.between(k, k + 1);
    if (!between.isEmpty()) {
      return between.startsWith("،")
          || between.startsWith(",")
          || between.startsWith(":")
          || between.startsWith("؛");
    }
    int next = s.key(k + 1).equals("و") ? k + 2 : k + 1; // «… و به نقل از», «… به نقل از»
    return next + 1 < s.size()
        && s.key(next).equals("به")
        && (next > k + 1 || s.key(next + 1).equals("نقل"));
  }
}
