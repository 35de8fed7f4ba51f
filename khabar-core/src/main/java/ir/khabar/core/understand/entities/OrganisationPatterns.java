package ir.khabar.core.understand.entities;

import ir.khabar.core.Entity;
import ir.khabar.core.understand.WordSet;
import java.util.List;
import java.util.Set;

/**
 * Organisations: the known ones, widened by a country or place that follows (وزارت امور خارجه
 * روسیه), and unlisted ones read from a head word and the words after it (اتاق بازرگانی تبریز,
 * کمیسیون مشترک اقتصادی ایران و روسیه, وزارت صنعت، معدن و تجارت), up to the first function word,
 * verb, time word or role.
 */
final class OrganisationPatterns {
  private static final WordSet HEADS =
      Words.foldedSet(
          "وزارت",
          "سازمان",
          "آژانس",
          "اتاق",
          "شرکت",
          "بانک",
          "دانشگاه",
          "شورای",
          "مجلس",
          "اتحادیه",
          "انجمن",
          "کمیسیون",
          "ستاد",
          "صندوق",
          "بنیاد",
          "خبرگزاری",
          "روزنامه",
          "باشگاه",
          "حزب",
          "جبهه",
          "نیروی",
          "سپاه",
          "ارتش",
          "استانداری",
          "فرمانداری",
          "شهرداری",
          "کمیته",
          "پژوهشگاه",
          "پژوهشکده",
          "گمرک",
          "فدراسیون",
          "کانون",
          "موسسه",
          "مؤسسه",
          "هیئت",
          "هیات",
          "قرارگاه",
          "دبیرخانه",
          "سفارت",
          "کنسولگری",
          "اداره",
          "دادگاه",
          "بورس",
          "پارلمان",
          "کنگره",
          "دومای",
          "فراکسیون",
          "پلیس",
          "شبکه",
          "رادیو",
          "تلویزیون",
          "هفته\u200cنامه",
          "ماهنامه",
          "فصلنامه",
          "دوهفته\u200cنامه",
          "نشریه",
          "مجله",
          "تیم",
          "مدرسه",
          "بیمارستان",
          "گارد",
          "ناوگان",
          "قوه",
          "اداره\u200cکل",
          "کارگروه",
          "معاونت",
          "دادسرای",
          "دادستانی",
          "دادگستری",
          "یگان",
          "تیپ",
          "انتشارات",
          "مجمع",
          "بخشداری",
          "پایگاه",
          "تارنمای",
          "پارک",
          "کمپانی",
          "کنفدراسیون",
          "هلدینگ");

  /** Heads that name one body by themselves: «کنگره» is the US Congress in the news. */
  private static final Set<String> ALONE = Words.folded("کنگره", "پارلمان", "سنا");

  private OrganisationPatterns() {}

  static void find(Scan s, List<Candidate> out) {
    int knownEnd = 0;
    for (int i = 0; i < s.size(); i++) {
      Entry e = s.name[i];
      if (e != null && e.type() == Entity.Type.ORGANISATION) {
        known(s, i, e, out);
        knownEnd = Math.max(knownEnd, i + s.nameLength[i]);
      } else if (i >= knownEnd // «مجلس شورای اسلامی»: no head inside a known name starts another
          && s.head(i)
          && s.roleLength[i] == 0
          && !GenericHeads.compound(s, i)
          && !generic(s, i)) {
        headed(s, i, i + 1, out);
      } else if (i >= knownEnd && twoWordHead(s, i)) {
        headed(s, i, i + 2, out);
      } else if (i >= knownEnd && Descriptors.unlistedEnd(s, i) > i) {
        out.add(pattern(s, i, Descriptors.unlistedEnd(s, i))); // «گروه تروریستی بوکوحرام»
      } else if (i >= knownEnd && Units.startsOne(s, i)) {
        int end = OrganisationName.end(s, i + 1);
        if (Units.ofABody(s, i + 1, end) || Units.institution(s, i, end)) {
          out.add(pattern(s, i, end)); // «مرکز ملی مطالعات اعتیاد دانشگاه علوم پزشکی تهران»
        }
      }
      if (s.key(i).equals("دولت")
          && i + 1 < s.size()
          && s.adjacent(i)
          && Words.isOrdinal(s.key(i + 1))) {
        out.add(pattern(s, i, i + 2)); // «دولت یازدهم»: one term's government
      }
      if (headOfBody(s, i)) {
        afterRole(s, i + s.roleLength[i], out);
      }
    }
  }

  /** Roles that head a body: the words after them and a place name that body. */
  private static final Set<String> HEADS_OF_BODIES =
      Words.folded(
          "مدیرکل",
          "مدیر",
          "رئیس",
          "فرمانده",
          "سرپرست",
          "معاون",
          "دبیر",
          "دبیرکل",
          "مدیرعامل",
          "سخنگوی",
          "جانشین",
          "قائم\u200cمقام");

  /** A role that is the head of a body alone (مدیرکل, رئیس), not of a named one (رئیس جمهور). */
  private static boolean headOfBody(Scan s, int i) {
    return s.headsABody(i)
        && (s.roleLength[i] == 1 || s.roleLength[i] == 2 && s.key(i + 1).equals("کل"));
  }

  /**
   * «مدیرکل راه و شهرسازی گیلان», «فرمانده انتظامی بروجرد»: after the head of a body, its field and
   * the place it serves are the body's name, though no head word says so.
   */
  private static void afterRole(Scan s, int first, List<Candidate> out) {
    if (first < s.size() && s.key(first).equals("کل") && s.adjacent(first - 1)) {
      first++; // «مدیر کل»
    }
    if (first >= s.size()
        || !s.adjacent(first - 1)
        || s.head(first)
        || PersonPatterns.ROLE_COMPLEMENTS.contains(s.key(first))) {
      return; // a head word reads the name itself
    }
    int end = OrganisationName.end(s, first);
    if (end - first >= 2 && OrganisationName.endsWithPlace(s, first, end)) {
      out.add(pattern(s, first, end));
    }
  }

  static boolean isHead(String key) {
    return HEADS.contains(key);
  }

  static boolean headsABody(String key) {
    return HEADS_OF_BODIES.contains(key);
  }

  private static final Set<String> PLURAL =
      Words.folded("ها", "های", "هایی", "هایش", "هایشان", "هایمان", "هایتان");

  /**
   * A head word that means any body of its kind: after a determiner («این بنیاد», «هر شرکت») or in
   * the plural («بانک ها», «تیم های حاضر», «کانون هایشان»).
   */
  static boolean generic(Scan s, int i) {
    return i > 0 && s.adjacent(i - 1) && (Words.isDeterminer(s.key(i - 1)) || ranks(s.key(i - 1)))
        || i + 1 < s.size() && s.adjacent(i) && PLURAL.contains(s.key(i + 1))
        || GenericHeads.any(s, i);
  }

  /**
   * «بزرگ‌ترین شرکت بورس تهران», «قدیمی‌ترین دانشگاه کشور»: a superlative before a head ranks one
   * body of its kind and names none. Ordinals do not: «پنجاه و ششمین مجمع جهانی بهداشت» numbers a
   * named assembly's session.
   */
  private static boolean ranks(String key) {
    return key.endsWith("ترین");
  }

  /** A parliament's houses, named after «مجلس»: «مجلس نمایندگان برزیل», «مجلس عوام انگلیس». */
  private static final Set<String> CHAMBERS =
      Words.folded("نمایندگان", "عوام", "اعیان", "سنا", "ملی", "موسسان");

  /**
   * A consultative assembly's word after «مجلس»: a house of the country named right after it («مجلس
   * شورای عربستان سعودی», «مجلس شورای عمان»); «مجلس شورا» alone is Iran's.
   */
  private static final Set<String> COUNCIL = Words.folded("شورا", "شورای");

  /** Whether the word at j is «شورای» with a country right after it: «مجلس شورای عمان». */
  private static boolean councilOf(Scan s, int j) {
    return COUNCIL.contains(s.key(j))
        && j + 1 < s.size()
        && s.adjacent(j)
        && s.name[j + 1] != null
        && s.name[j + 1].isCountry();
  }

  private static void known(Scan s, int i, Entry e, List<Candidate> out) {
    int end = i + s.nameLength[i];
    if (Titles.insideLongerTitle(s, i, end)) {
      return; // «خط حزب\u200cالله», a weekly's name, is not Hezbollah
    }
    boolean house = false;
    if (end - i == 1 && end < s.size() && s.adjacent(i)) {
      // «مجلس نمایندگان», «مجلس شورای عمان»: a house of any parliament
      house = CHAMBERS.contains(s.key(end)) || councilOf(s, end);
      if (house || Words.isOrdinal(s.key(end))) {
        end++; // «مجلس دهم»: the same body, in one term
        end += termInside(s, i, end);
      }
    }
    // a head the lists give to one international body alone: «آژانس همکاری\u200cهای … ژاپن» is no
    // IAEA (Iran's bodies named by a bare head, «مجلس», «ارتش», are read as their own rules say)
    if (end - i == 1
        && s.head(i)
        && "international".equals(e.kind())
        && OrganisationName.opensOwnName(s, end)) {
      headed(s, i, end, out);
      return;
    }
    int widened = end;
    // «ایرنا» then a place is a dateline, not IRNA's branch
    boolean byline = "agency".equals(e.kind()) && end - i == 1;
    while (widened < s.size() && s.adjacent(widened - 1) && !byline) {
      if (OrganisationName.isPlace(s, widened)) {
        widened = OrganisationName.placeEnd(s, widened);
      } else if (OrganisationName.here(s, widened)) {
        widened++; // «آموزش و پرورش کشور»
        break;
      } else if (OrganisationName.andPlace(s, widened)) {
        widened++;
      } else {
        break;
      }
    }
    if (widened > end && "company".equals(e.kind()) && e.country() != null) {
      // «بوئینگ امریکا», «گازپروم روسیه»: a listed firm and its own country are the firm and it
      widened = e.country().equals(countryWithin(s, end, widened)) ? end : widened;
    }
    int from = Descriptors.start(s, i); // «گروه تروریستی داعش»
    if (widened == end && !house && anotherCountrys(s, i, end, e)) {
      out.add(pattern(s, from, longerName(s, i, end))); // «وزارت صنعت و انرژی قطر»
      return;
    }
    if (widened == end && !house) {
      out.add(
          Candidate.listed(
              from,
              Eponyms.blessing(s, end), // «کمیته امداد امام خمینی (ره)»
              e,
              Candidate.ORGANISATION,
              e.country(),
              s.gazetteer().evidence(e, Gazetteer.join(s.tokens, i, end))));
    } else if (house) {
      // «مجلس ملی تاجیکستان»: a house of any parliament is the country's named after it, not Iran's
      out.add(pattern(s, from, widened, countryWithin(s, end, widened)));
    } else {
      out.add(pattern(s, from, widened));
    }
  }

  /**
   * Whether a listed body named by a head and its words goes on, as an unlisted name would, to end
   * in another country: «وزارت صنعت» is Iran's, «وزارت صنعت و انرژی قطر» Qatar's.
   */
  private static boolean anotherCountrys(Scan s, int i, int end, Entry e) {
    int longer = longerName(s, i, end);
    if (longer <= end || !OrganisationName.endsWithPlace(s, end, longer)) {
      return false;
    }
    String named = countryWithin(s, end, longer);
    return named != null && !named.equals(e.country());
  }

  /** Where the name from the head at i ends, read as an unlisted one's, or {@code end}. */
  private static int longerName(Scan s, int i, int end) {
    if (end - i < 2 || end >= s.size() || !s.adjacent(end - 1) || !s.head(i)) {
      return end;
    }
    return Math.max(end, Mastheads.end(s, i, i + 1, OrganisationName.end(s, i + 1)));
  }

  /**
   * How many words after a body's term («مجلس دهم») finish its full name (شورای اسلامی): the term
   * stands inside the name, «مجلس دهم شورای اسلامی» being «مجلس شورای اسلامی» in its tenth.
   */
  private static int termInside(Scan s, int i, int end) {
    for (int rest = 1; rest <= 3 && end + rest <= s.size(); rest++) {
      if (!s.adjacent(end + rest - 2)) {
        return 0;
      }
      String whole = Gazetteer.join(s.tokens, i, i + 1) + Gazetteer.join(s.tokens, end, end + rest);
      Entry e = s.gazetteer().name(whole);
      if (e != null && e.id().equals(s.name[i].id())) {
        return rest;
      }
    }
    return 0;
  }

  /** «روابط عمومی»: a head of two words, neither a head alone (روابط ایران و روسیه). */
  private static final WordSet TWO_WORD_HEADS = Words.foldedSet("روابطعمومی");

  private static boolean twoWordHead(Scan s, int i) {
    if (i + 1 >= s.size() || !s.adjacent(i)) {
      return false;
    }
    String first = s.key(i);
    String second = s.key(i + 1);
    // «اداره کل»: a head written as one word (اداره‌کل) or apart
    return (first.equals("روابط") && TWO_WORD_HEADS.containsJoined(first, second)
            || HEADS.containsJoined(first, second))
        && !generic(s, i);
  }

  /** An organisation from the head at i, its name's words from {@code first}. */
  private static void headed(Scan s, int i, int first, List<Candidate> out) {
    int j = Mastheads.end(s, i, first, OrganisationName.end(s, first));
    if (j == first + 1 && GenericHeads.describesAny(s.key(first))
        || GenericHeads.refersBack(s, first, j)) {
      return; // «کمیته فنی», «ستاد انتخاباتی», «کمیسیون مذکور»: any body of its kind
    }
    if (j > first || ALONE.contains(s.key(i))) {
      out.add(pattern(s, i, j));
    }
  }

  private static Candidate pattern(Scan s, int from, int to) {
    return pattern(s, from, to, countryWithin(s, from, to));
  }

  private static Candidate pattern(Scan s, int from, int to, String country) {
    String name = s.text.substring(s.start(from), Eponyms.charEnd(s, from, to));
    return new Candidate(
        from,
        to,
        Entity.Type.ORGANISATION,
        "org-" + Gazetteer.join(s.tokens, from, to),
        name,
        bodyOfInternational(s, from, to) ? "international" : "organisation",
        null,
        Candidate.ORGANISATION,
        country,
        Entity.Evidence.PATTERN);
  }

  /**
   * Whether the name ends in an international organisation's name of two words or more: «دفتر مواد
   * مخدر سازمان ملل» is a body of the UN, and acts and gathers as one.
   */
  private static boolean bodyOfInternational(Scan s, int from, int to) {
    for (int t = from + 1; t + 1 < to; t++) {
      Entry e = s.name[t];
      if (e != null
          && e.kind().equals("international")
          && s.nameLength[t] >= 2
          && t + s.nameLength[t] == to) {
        return true;
      }
    }
    return false;
  }

  /**
   * The country named inside an organisation's name («سازمان انرژی اتمی ایران»), or else that of a
   * known organisation inside it, or Iran for a body of «کشور» («سازمان میراث فرهنگی کشور»), or
   * null: «مجلس پاکستان», «بانک مرکزی ترکیه» are the named country's, though «مجلس» alone is
   * Iran's.
   */
  private static String countryWithin(Scan s, int from, int to) {
    String known = null;
    for (int t = from; t < to; t++) {
      Entry e = s.name[t];
      if (e != null && e.isCountry()) {
        return e.country();
      }
      if (e != null && known == null && e.type() == Entity.Type.ORGANISATION) {
        known = e.country();
      }
    }
    return known == null && OrganisationName.here(s, to - 1) ? "IR" : known;
  }
}
