package ir.khabar.core.understand.entities;

import ir.khabar.core.Entity;
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
          "پارک");
  private static final int MAX_WORDS = 4;

  /** Heads that name one body by themselves: «کنگره» is the US Congress in the news. */
  private static final Set<String> UNITS =
      Words.folded("استان", "شهرستان", "شهر", "ایالت", "منطقه", "بخش", "شعبه", "واحد");

  private static final Set<String> ALONE = Words.folded("کنگره", "پارلمان", "سنا");

  private OrganisationPatterns() {}

  static void find(Scan s, List<Candidate> out) {
    for (int i = 0; i < s.size(); i++) {
      Entry e = s.name[i];
      if (e != null && e.type() == Entity.Type.ORGANISATION) {
        known(s, i, e, out);
      } else if (HEADS.contains(s.key(i))
          && s.roleLength[i] == 0
          && !compound(s, i)
          && !generic(s, i)) {
        headed(s, i, i + 1, out);
      } else if (twoWordHead(s, i)) {
        headed(s, i, i + 2, out);
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

  static boolean isHead(String key) {
    return HEADS.contains(key);
  }

  private static final Set<String> DETERMINERS =
      Words.folded("این", "آن", "همین", "همان", "هر", "چند", "برخی", "سایر", "دیگر", "یک");

  private static final Set<String> PLURAL = Words.folded("ها", "های", "هایی");

  /**
   * A head word that means any body of its kind: after a determiner («این بنیاد», «هر شرکت») or in
   * the plural («بانک ها», «تیم های حاضر»).
   */
  private static boolean generic(Scan s, int i) {
    return i > 0 && s.adjacent(i - 1) && DETERMINERS.contains(s.key(i - 1))
        || i + 1 < s.size() && s.adjacent(i) && PLURAL.contains(s.key(i + 1));
  }

  private static void known(Scan s, int i, Entry e, List<Candidate> out) {
    int end = i + s.nameLength[i];
    if (Titles.insideLongerTitle(s, i, end)) {
      return; // «خط حزب‌الله», a weekly's name, is not Hezbollah
    }
    int widened = end;
    while (widened < s.size() && s.adjacent(widened - 1)) {
      if (isPlace(s, widened)) {
        widened = placeEnd(s, widened);
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

  /** «روابط عمومی»: a head of two words, neither a head alone (روابط ایران و روسیه). */
  private static final Set<String> TWO_WORD_HEADS = Words.folded("روابطعمومی");

  private static boolean twoWordHead(Scan s, int i) {
    return i + 1 < s.size()
        && s.adjacent(i)
        && TWO_WORD_HEADS.contains(s.key(i) + s.key(i + 1))
        && !generic(s, i);
  }

  /** An organisation from the head at i, its name's words from {@code first}. */
  private static void headed(Scan s, int i, int first, List<Candidate> out) {
    int j = first;
    int words = 0;
    int budget = MAX_WORDS;
    while (j < s.size() && budget > 0) {
      if (!s.adjacent(j - 1)) {
        if (words == 0 || !listComma(s, j - 1)) {
          break;
        }
        budget++; // «وزارت صنعت، معدن و تجارت»: a list of the body's fields is part of its name
      }
      if (s.glued(j) && !lightVerbNoun(s, j)) {
        j++; // «شرکت شهرک های صنعتی»: the second part of one word
        continue;
      }
      if (words > 0 && joiningAnd(s, j)) {
        j++;
        budget++;
        continue;
      }
      Entry e = s.name[j];
      if (isPlace(s, j)) {
        j = placeEnd(s, j);
        words++;
        if (!goesOnAfterPlace(s, j)) {
          break; // «اداره راه و شهرسازی گیلان»: the place ends the name
        }
        continue;
      }
      if (e != null && e.type() == Entity.Type.ORGANISATION) {
        j += s.nameLength[j];
        words++;
        continue;
      }
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
      // «دفتر ترانزیت سازمان راهداری …»: a body inside the name starts its own count
      budget = HEADS.contains(s.key(j)) ? MAX_WORDS : budget - 1;
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

  /** A place at token j, or an administrative unit's word and its place (شهرستان آمل). */
  private static boolean isPlace(Scan s, int j) {
    return isPlaceName(s.name[j])
        || j + 1 < s.size()
            && s.adjacent(j)
            && UNITS.contains(s.key(j))
            && isPlaceName(s.name[j + 1]);
  }

  private static int placeEnd(Scan s, int j) {
    int k = isPlaceName(s.name[j]) ? j : j + 1;
    return k + s.nameLength[k];
  }

  /**
   * Whether a name goes on after a place: another body (دانشگاه علوم پزشکی بوشهر), a branch (شعبه),
   * or another place.
   */
  private static boolean goesOnAfterPlace(Scan s, int j) {
    return j < s.size()
        && s.adjacent(j - 1)
        && (HEADS.contains(s.key(j)) || isPlace(s, j) || andPlace(s, j));
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
    if (j + 1 >= s.size() || !s.adjacent(j)) {
      return false;
    }
    String next = s.key(j + 1);
    return next.equals("می") || next.equals("نمی") || Words.isLightVerb(next);
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
