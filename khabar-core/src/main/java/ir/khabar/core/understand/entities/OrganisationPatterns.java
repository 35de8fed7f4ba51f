package ir.khabar.core.understand.entities;

import ir.khabar.core.Entity;
import ir.khabar.persian.lexicon.Lexicon;
import java.util.List;
import java.util.Set;

/**
 * Organisations: the known ones, widened by a country or place that follows (وزارت امور خارجه
 * روسیه), and unlisted ones read from a head word and the words after it (اتاق بازرگانی تبریز,
 * کمیسیون مشترک اقتصادی ایران و روسیه, وزارت صنعت، معدن و تجارت), up to the first function word,
 * verb, time word or role.
 */
final class OrganisationPatterns {
  private static final Set<String> HEADS =
      Words.folded(
          "وزارت",
          "سازمان",
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
          "خانه",
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
          "اداره\u200cکل");
  private static final int MAX_WORDS = 4;

  /** Heads that name one body by themselves: «کنگره» is the US Congress in the news. */
  private static final Set<String> ALONE = Words.folded("کنگره", "پارلمان", "سنا");

  private OrganisationPatterns() {}

  static void find(Scan s, List<Candidate> out) {
    for (int i = 0; i < s.size(); i++) {
      Entry e = s.name[i];
      if (e != null && e.type() == Entity.Type.ORGANISATION) {
        known(s, i, e, out);
      } else if (HEADS.contains(s.key(i)) && s.roleLength[i] == 0 && !compound(s, i)) {
        headed(s, i, out);
      }
    }
  }

  /**
   * A head word that makes one word with the next (شرکت کنندگان: participants, خانه داری) is no
   * organisation's head there.
   */
  private static boolean compound(Scan s, int i) {
    return i + 1 < s.size() && s.adjacent(i) && Words.isCompound(s.key(i), s.key(i + 1));
  }

  private static void known(Scan s, int i, Entry e, List<Candidate> out) {
    int end = i + s.nameLength[i];
    if (Titles.insideLongerTitle(s, i, end)) {
      return; // «خط حزب‌الله», a weekly's name, is not Hezbollah
    }
    int widened = end;
    while (widened < s.size() && s.adjacent(widened - 1)) {
      if (isPlaceName(s.name[widened])) {
        widened += s.nameLength[widened];
      } else if (andPlace(s, widened)) {
        widened++;
      } else {
        break;
      }
    }
    if (widened == end) {
      out.add(
          new Candidate(
              i,
              end,
              Entity.Type.ORGANISATION,
              e.id(),
              e.name(),
              e.kind(),
              null,
              Candidate.ORGANISATION,
              e.country(),
              s.gazetteer().evidence(e, Gazetteer.join(s.tokens, i, end))));
    } else {
      out.add(pattern(s, i, widened));
    }
  }

  private static void headed(Scan s, int i, List<Candidate> out) {
    int j = i + 1;
    int words = 0;
    int listed = 0;
    while (j < s.size()
        && (s.adjacent(j - 1) || words > 0 && listComma(s, j - 1))
        && words < MAX_WORDS + listed) {
      if (words > 0 && (!s.adjacent(j - 1) || joiningAnd(s, j))) {
        // «وزارت صنعت، معدن و تجارت»: a list of the body's fields is part of its name
        listed = 2;
        if (s.adjacent(j - 1)) {
          j++; // past «و»; after a comma the next word is read below
          continue;
        }
      }
      Entry e = s.name[j];
      if (e != null && (isPlaceName(e) || e.type() == Entity.Type.ORGANISATION)) {
        j += s.nameLength[j];
        words++;
        continue;
      }
      String key = s.key(j);
      if (andPlace(s, j)) {
        j++;
        continue;
      }
      if (s.breaks(j)
          || s.roleLength[j] > 0
          || s.honorificLength[j] > 0
          || e != null
          || lightVerbNoun(s, j)) {
        break;
      }
      j++;
      words++;
    }
    if (s.key(j - 1).equals("و")) {
      j--;
    }
    if (words > 0 || ALONE.contains(s.key(i))) {
      out.add(pattern(s, i, j));
    }
  }

  /** «و» between two of a name's words: the next is a plain word, itself followed by more. */
  private static boolean joiningAnd(Scan s, int j) {
    return s.key(j).equals("و") && s.adjacent(j) && fieldWord(s, j + 1);
  }

  /**
   * A comma inside a list of fields («صنعت، معدن و تجارت»): a plain word follows it, and «و» comes
   * within the next three words before any other comma or function word.
   */
  private static boolean listComma(Scan s, int i) {
    String between = s.text.substring(s.end(i), s.start(i + 1)).strip();
    if (!(between.equals("،") || between.equals(",")) || !fieldWord(s, i + 1)) {
      return false;
    }
    for (int k = i + 1; k < i + 4 && k + 1 < s.size() && s.adjacent(k); k++) {
      if (joiningAnd(s, k + 1)) {
        return true;
      }
    }
    return false;
  }

  /** A word that can carry on an organisation's name: no function word, name, role or head. */
  private static boolean fieldWord(Scan s, int x) {
    return x < s.size()
        && !s.breaks(x)
        && s.name[x] == null
        && s.roleLength[x] == 0
        && s.honorificLength[x] == 0
        && !HEADS.contains(s.key(x))
        && !lightVerbNoun(s, x);
  }

  /**
   * A noun that makes a verb with the next word (اظهار داشت، دایر می‌شود) ends the name before it.
   */
  private static boolean lightVerbNoun(Scan s, int j) {
    return j + 1 < s.size()
        && s.adjacent(j)
        && s.breaks(j + 1)
        && Lexicon.get()
            .isVerbForm(s.key(j + 1).startsWith("می") ? s.key(j + 1).substring(2) : s.key(j + 1));
  }

  private static Candidate pattern(Scan s, int from, int to) {
    String name = s.surface(from, to);
    return new Candidate(
        from,
        to,
        Entity.Type.ORGANISATION,
        "org-" + Gazetteer.join(s.tokens, from, to),
        name,
        "organisation",
        null,
        Candidate.ORGANISATION,
        countryWithin(s, from, to),
        Entity.Evidence.PATTERN);
  }

  /** The country named inside an organisation's name («سازمان انرژی اتمی ایران»), or null. */
  private static String countryWithin(Scan s, int from, int to) {
    for (int t = from; t < to; t++) {
      Entry e = s.name[t];
      if (e != null && (e.isCountry() || e.type() == Entity.Type.ORGANISATION)) {
        return e.country();
      }
    }
    return null;
  }

  /** «و» between two place names inside an organisation's name: اتاق بازرگانی ایران و روسیه. */
  private static boolean andPlace(Scan s, int j) {
    return s.key(j).equals("و")
        && j > 0
        && j + 1 < s.size()
        && s.adjacent(j)
        && isPlaceName(s.name[j + 1])
        && isPlaceName(s.gazetteer().name(s.key(j - 1)));
  }

  static boolean isPlaceName(Entry e) {
    return e != null && (e.isCountry() || e.type() == Entity.Type.PLACE);
  }
}
