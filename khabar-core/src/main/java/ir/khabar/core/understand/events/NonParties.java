package ir.khabar.core.understand.events;

import ir.khabar.core.Entity;
import ir.khabar.core.understand.entities.EntityRecognizer;
import ir.khabar.core.understand.entities.Span;
import ir.khabar.persian.text.SearchFolding;
import java.util.List;
import java.util.Set;

/**
 * Mentions that stand in an encounter's clause without being a party to it, whatever the encounter:
 * a mediator's country or person («از طریق میانجی آلمانی», «با میانجیگری نروژ»), a descent rather
 * than a state («گروه‌های آلبانی تبار مقدونیه»), and a firm's country past the firm's own name
 * («شرکت igs ایتالیا»: the direct «شرکت‌های کره‌ای» is {@link Parties}'s), the body whose gathering
 * lent its sidelines («در حاشیه نشست وزرای خارجه سازمان همکاری اسلامی»), and the country a place
 * lies in, named after it («در ژنو سوئیس»).
 */
final class NonParties {
  /** Words of mediation: what follows them is the go-between, not a side. */
  private static final Set<String> MEDIATING =
      EventContext.folded(
          "میانجی", "میانجیگری", "میانجی\u200cگری", "میانجیگر", "میانجیگران", "وساطت", "واسطه");

  /** «در حاشیه …»: the gathering whose sidelines an encounter took, not a side to it. */
  private static final Set<String> SIDELINES = EventContext.folded("حاشیه");

  private static final String IN = SearchFolding.fold("در");

  /** Heads of a firm's name: «شرکت igs ایتالیا», «کنسرسیوم … فرانسوی». */
  private static final Set<String> FIRMS =
      EventContext.folded("شرکت", "شرکتهای", "شرکت\u200cهای", "کمپانی", "کنسرسیوم");

  /** Words that end a name's phrase: past them a mention is no longer the firm's or mediator's. */
  private static final Set<String> BREAKS =
      EventContext.folded(
          "و", "با", "به", "از", "در", "برای", "میان", "بین", "مابین", "فیمابین", "که", "را",
          "توسط", "نزد", "علیه");

  /** How many words back a mediator's or firm's head is looked for. */
  private static final int REACH = 4;

  private NonParties() {}

  /** Whether the mention is no party to the encounter its clause tells. */
  static boolean of(Words w, Span m) {
    List<String> keys = w.keys();
    int at = w.indexOf(m.start());
    return descent(keys, end(w, m))
        || headed(keys, at, MEDIATING)
        || onSidelines(keys, at)
        || firm(keys, at)
        || filedFrom(keys, at);
  }

  /**
   * Whether a country names where the place just before it lies («در ژنو سوئیس», «در پکن چین», «در
   * شهر نیویورک آمریکا», «در شهر امان پایتخت اردن»): the place's country, not a side.
   */
  static boolean placesPlace(Words w, Span m, List<Span> mentions) {
    if (m.type() != Entity.Type.COUNTRY) {
      return false;
    }
    int at = w.indexOf(m.start());
    int placeEnd = at > 1 && w.keys().get(at - 1).equals("پایتخت") ? at - 2 : at - 1;
    for (Span p : mentions) {
      if (p.type() == Entity.Type.PLACE
          && p.end() <= m.start()
          && w.indexOf(p.end() - 1) == placeEnd) {
        return Parties.iso(m.id()).equals(countryOf(p));
      }
    }
    return false;
  }

  /**
   * Whether a country is listed after one that stands «در» («قراردادهای بزرگی در روسیه، مصر،
   * آنگولا، آذربایجان … امضا کرده است»): where, as the list's head is, not a side. Countries only:
   * after a city the comma may close the place and open the subject.
   */
  static boolean listedAt(Words w, Span m, List<Span> mentions) {
    if (m.type() != Entity.Type.COUNTRY) {
      return false;
    }
    Span next = m;
    for (int listed = 0; listed < LIST_REACH; listed++) {
      int before = w.indexOf(next.start()) - 1;
      if (before >= 0 && w.keys().get(before).equals("و")) {
        before--;
      }
      Span p = endingAt(w, mentions, before);
      // «در پاریس، انگلیس، فرانسه و آلمان به توافق … رسیدند»: after a city, a subject
      if (p == null || p.type() != Entity.Type.COUNTRY) {
        return false;
      }
      if (EventPlace.at(w, p)) {
        return true;
      }
      next = p;
    }
    return false;
  }

  /** How many members back a list's head is looked for. */
  private static final int LIST_REACH = 8;

  private static Span endingAt(Words w, List<Span> mentions, int word) {
    if (word < 0) {
      return null;
    }
    for (Span p : mentions) {
      if (w.indexOf(p.end() - 1) == word) {
        return p;
      }
    }
    return null;
  }

  private static String countryOf(Span place) {
    return place.kind().equals("capital")
        ? Parties.iso(place.id())
        : EntityRecognizer.get().countryOf(place.id());
  }

  /**
   * Whether a place or country heads an agency's dateline («اسلو - ایرنا -», «مسکو _ ایرنا:»):
   * where the report was filed, no side of what it tells (the Oslo of «… در اسلو با هلگا اشمید …
   * مذاکره کردند» is no Norway). {@code text} is the sentence's, which starts at {@code base}.
   */
  static boolean datelined(String text, int base, Span m, List<Span> mentions) {
    if (m.type() != Entity.Type.PLACE && m.type() != Entity.Type.COUNTRY) {
      return false;
    }
    for (Span a : mentions) {
      if (a.type() == Entity.Type.ORGANISATION
          && "agency".equals(a.kind())
          && a.start() >= m.end()
          && dashOnly(text, m.end() - base, a.start() - base)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code text[from, to)} is a dash between spaces: «اسلو - ایرنا». */
  private static boolean dashOnly(String text, int from, int to) {
    boolean dash = false;
    for (int i = Math.max(0, from); i < Math.min(to, text.length()); i++) {
      char c = text.charAt(i);
      if (DASHES.indexOf(c) >= 0) {
        dash = true;
      } else if (!Character.isWhitespace(c)) {
        return false;
      }
    }
    return dash;
  }

  private static final String DASHES = "-_\u2013\u2014\u0640";

  /** How many words a dateline's source may take: «به گزارش خبرگزاری فرانسه از بغداد». */
  private static final int DATELINE = 8;

  /**
   * Whether the mention is where a report was filed from («به گزارش خبرگزاری فرانسه از بغداد») or
   * where its reporter was sent («به گزارش خبرنگار اعزامی خبرگزاری فارس به وین»): the dateline is
   * where the reporter is, no side of what is told.
   */
  private static boolean filedFrom(List<String> keys, int at) {
    if (at < 2 || !keys.get(at - 1).equals("از") && !keys.get(at - 1).equals("به")) {
      return false;
    }
    boolean sent = false;
    for (int k = at - 2; k >= Math.max(0, at - 1 - DATELINE); k--) {
      String key = keys.get(k);
      sent |= SENT.contains(key);
      if (key.equals("گزارش")) {
        return k > 0 && keys.get(k - 1).equals("به") && (sent || keys.get(at - 1).equals("از"));
      }
      if (Clause.verb(key) || key.equals("که")) {
        return false;
      }
    }
    return false;
  }

  /** Words of a reporter sent somewhere: «خبرنگار اعزامی … به وین», «فرستاده ویژه … به نیویورک». */
  private static final Set<String> SENT = EventContext.folded("اعزامی", "فرستاده");

  /** Whether a word heads a firm's name: a contract of «شرکت ملی صنایع پتروشیمی» is a firm's. */
  static boolean firm(String key) {
    return FIRMS.contains(key);
  }

  /**
   * Whether an organisation is a firm, by its head word or the lists: its officers act for it, not
   * for its country («مدیرعامل شرکت نورینکوی چین به عنوان پیمانکار»).
   */
  static boolean firmNamed(Words w, Span m) {
    return firm(w.keys().get(w.indexOf(m.start()))) || m.kind().equals("company");
  }

  /**
   * Whether a person is named as a firm's officer: his office, then the firm («آلکسی میلر مدیرعامل
   * شرکت گازپروم روسیه»); he acts for the firm, not for its country.
   */
  static boolean firmsOfficer(Words w, Span m) {
    List<String> keys = w.keys();
    int after = end(w, m);
    return after + 1 < keys.size()
        && Offices.names(keys.get(after))
        && FIRMS.contains(keys.get(after + 1));
  }

  /** «آلبانی تبار», «ایرانی‌تبار»: a people's descent, not the state. */
  private static boolean descent(List<String> keys, int after) {
    return after < keys.size() && keys.get(after).startsWith("تبار");
  }

  /** A firm's head before the mention with only the firm's own name between. */
  private static boolean firm(List<String> keys, int at) {
    // «شرکت در اجلاس»: taking part, not a firm; «در» breaks the phrase before the mention
    return headed(keys, at, FIRMS) && !(at > 1 && keys.get(at - 1).equals("در"));
  }

  /** Whether one of {@code heads} stands within a few words before word {@code at}. */
  /** Whether «در حاشیه» heads the mention's phrase («کشورهای حاشیه خزر» are the shore's). */
  private static boolean onSidelines(List<String> keys, int at) {
    for (int k = at - 1; k >= Math.max(1, at - REACH); k--) {
      String key = keys.get(k);
      if (SIDELINES.contains(key)) {
        return keys.get(k - 1).equals(IN);
      }
      if (BREAKS.contains(key) || Clause.verb(key)) {
        return false;
      }
    }
    return false;
  }

  private static boolean headed(List<String> keys, int at, Set<String> heads) {
    for (int k = at - 1; k >= Math.max(0, at - REACH); k--) {
      String key = keys.get(k);
      if (heads.contains(key)) {
        return true;
      }
      if (BREAKS.contains(key) || Clause.verb(key)) {
        return false;
      }
    }
    return false;
  }

  /** The index of the first word after the mention. */
  private static int end(Words w, Span m) {
    int i = w.indexOf(m.start());
    while (i < w.keys().size() && w.starts()[i] < m.end()) {
      i++;
    }
    return i;
  }
}
