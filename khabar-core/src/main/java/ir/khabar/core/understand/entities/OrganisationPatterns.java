package ir.khabar.core.understand.entities;

import ir.khabar.core.Entity;
import ir.khabar.core.understand.WordSet;
import java.util.List;
import java.util.Set;

/**
 * Organisations: the known ones ({@link ListedBodies}), and unlisted ones read from a head word and
 * the words after it (اتاق بازرگانی تبریز, کمیسیون مشترک اقتصادی ایران و روسیه, وزارت صنعت، معدن و
 * تجارت), up to the first function word, verb, time word or role.
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
          "سنای",
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

  /**
   * Heads of bodies a state has one of: two countries after them are two bodies («ارتش ایران و
   * عراق»), not one as a joint commission is («اتاق بازرگانی ایران و روسیه»).
   */
  private static final Set<String> ONE_PER_STATE =
      Words.folded(
          "وزارت", "ارتش", "مجلس", "پارلمان", "سنای", "کنگره", "دومای", "دولت", "نیروی", "پلیس",
          "گارد", "سپاه", "قوه");

  /** Whether two places joined by «و» after the head at token i are one body's: not one state's. */
  static boolean pairsAfter(Scan s, int i) {
    return !ONE_PER_STATE.contains(s.key(i));
  }

  /** Heads that name one body by themselves: «کنگره» is the US Congress in the news. */
  private static final Set<String> ALONE = Words.folded("کنگره", "پارلمان", "سنا");

  private OrganisationPatterns() {}

  static void find(Scan s, List<Candidate> out) {
    int knownEnd = 0;
    for (int i = 0; i < s.size(); i++) {
      Entry e = s.name[i];
      if (e != null && e.type() == Entity.Type.ORGANISATION) {
        ListedBodies.read(s, i, e, out);
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

  /**
   * «روابط عمومی», «حوزه علمیه»: heads of two words, neither a head alone (روابط ایران و روسیه).
   */
  private static final WordSet TWO_WORD_HEADS = Words.foldedSet("روابطعمومی", "حوزهعلمیه");

  /** Whether a head written as one word or as two may start with this word (the pair asks more). */
  static boolean startsTwoWordHead(String key) {
    return TWO_WORD_HEADS.mayStartJoined(key) || HEADS.mayStartJoined(key);
  }

  private static boolean twoWordHead(Scan s, int i) {
    if (i + 1 >= s.size() || !s.startsTwoWordHead(i) || !s.adjacent(i)) {
      return false;
    }
    String first = s.key(i);
    String second = s.key(i + 1);
    // «اداره کل»: a head written as one word (اداره‌کل) or apart
    return (TWO_WORD_HEADS.containsJoined(first, second) || HEADS.containsJoined(first, second))
        && !generic(s, i);
  }

  /** An organisation from the head at i, its name's words from {@code first}. */
  static void headed(Scan s, int i, int first, List<Candidate> out) {
    int j = Mastheads.end(s, i, first, OrganisationName.end(s, first));
    if (j == first + 1 && GenericHeads.describesAny(s.key(first))
        || GenericHeads.refersBack(s, first, j)
        || j > first && GenericHeads.judged(s.key(first))) {
      return; // «کمیته فنی», «کمیسیون مذکور», «تیم خوب و پرقدرتی»: any body of its kind
    }
    Entry outlet = j > first ? Outlets.described(s, i, j) : null;
    if (outlet != null) {
      out.add(
          Candidate.listed(
              i, j, outlet, Candidate.ORGANISATION, outlet.country(), Entity.Evidence.ALIAS));
    } else if (j > first || ALONE.contains(s.key(i))) {
      out.add(pattern(s, i, j));
    }
  }

  static Candidate pattern(Scan s, int from, int to) {
    return pattern(s, from, to, countryWithin(s, from, to));
  }

  static Candidate pattern(Scan s, int from, int to, String country) {
    String name = s.text.substring(s.start(from), Eponyms.charEnd(s, from, to));
    return new Candidate(
        from,
        to,
        Entity.Type.ORGANISATION,
        "org-" + s.join(from, to),
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
  static String countryWithin(Scan s, int from, int to) {
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
