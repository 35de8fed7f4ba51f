package ir.khabar.core.understand.entities;

import ir.khabar.core.Entity;
import ir.khabar.core.understand.WordSet;
import ir.khabar.persian.lexicon.Lexicon;
import java.util.Set;

/**
 * Where an organisation's name ends, read word by word after its head: through «و» and a list of
 * its fields, a place that ends it (or another body after it), up to the first function word, verb,
 * time word, role or noun of a light verb.
 */
final class OrganisationName {
  private static final int MAX_WORDS = 4;

  /** Words of a unit before its place inside a name: «اداره راه و شهرسازی شهرستان آمل». */
  static final Set<String> UNITS =
      Words.folded("استان", "شهرستان", "شهر", "ایالت", "منطقه", "بخش", "شعبه", "واحد");

  private OrganisationName() {}

  /**
   * Where the name whose words start at {@code first} ends (exclusive): {@code first} when no word
   * there can be part of a name.
   */
  static int end(Scan s, int first) {
    int j = first;
    int words = 0;
    int budget = MAX_WORDS;
    // whether the last word is one no list holds, a name's own: «و» joins it to another such word
    // only (آنهوی و چااوهو), no field (پائوک سالونیکا و …)
    boolean foreign = false;
    boolean pairs = first == 0 || OrganisationPatterns.pairsAfter(s, first - 1);
    while (j < s.size() && budget > 0) {
      if (!s.adjacent(j - 1)) {
        if (words == 0 || !listComma(s, j - 1)) {
          break;
        }
        budget++; // «وزارت صنعت، معدن و تجارت»: a list of the body's fields is part of its name
      }
      int phrase = j > first ? IndefiniteNouns.nameEnd(s, first, j) : -1;
      if (phrase >= 0) {
        j = phrase; // «یگان حفاظت» مسئله ای است, «کمیسیون تلفیق» مواردی را نشان می دهد
        break;
      }
      // «گمرک چین»: a place is a word of its own, though it reads as a verb's stem (چیدن)
      if (s.glued(j) && j > first && !lightVerbNoun(s, j) && !isPlace(s, j) && !infinitive(s, j)) {
        j++; // «شرکت شهرک های صنعتی»: the second part of one word
        continue;
      }
      if (words > 0 && objectPreposition(s, j)) {
        j++; // «پلیس مبارزه با مواد مخدر»: the preposition of a verbal noun's object
        budget++;
        continue;
      }
      if (words > 0 && joiningAnd(s, j) && (!foreign || s.unknown(j + 1))) {
        j++;
        budget++;
        continue;
      }
      if (words > 0 && ARTICLES.contains(s.key(j - 1)) && s.counted(j)) {
        j++; // «کمیسیون اصل ۹۰ مجلس»: the article of the law a body serves, by its number
        if (!goesOnAfterBody(s, j, pairs)) {
          break;
        }
        continue;
      }
      if (s.breaks(j) && oneWord(s, j)) {
        j += 2; // «سازمان بین المللی مهاجرت»: a function word that starts a word written apart
        words++;
        budget--;
        continue;
      }
      if (s.honorificLength[j] > 0 && Eponyms.end(s, j) > j) {
        j = Eponyms.end(s, j); // «دانشگاه شهید چمران …», «بنیاد … امام رضا (ع)»
        words++;
        budget--;
        continue;
      }
      Entry e = s.name[j];
      if (here(s, j)) {
        j++; // «آموزش و پرورش کشور»: the country by its word alone ends the name as its name does
        words++;
        break;
      }
      if (isPlace(s, j)) {
        j = placeEnd(s, j);
        words++;
        if (!goesOnAfterPlace(s, j, pairs)) {
          break; // «اداره راه و شهرسازی گیلان»: the place ends the name
        }
        continue;
      }
      if (e != null && e.type() == Entity.Type.ORGANISATION) {
        j += s.nameLength[j];
        words++;
        if (!goesOnAfterBody(s, j, pairs)) {
          break; // «دفتر سیاسی حماس»: the body a unit belongs to ends the name, as a place does
        }
        continue;
      }
      if (pairs && andPlace(s, j)) {
        j++;
        continue;
      }
      if (s.breaks(j)
          || PhraseStarts.at(s, j)
          || s.roleLength[j] > 0
          || s.honorificLength[j] > 0
          || e != null
          || lightVerbNoun(s, j)
          || infinitive(s, j)
          || Predicates.opens(s, j)) {
        break;
      }
      foreign = s.unknown(j);
      // «دفتر ترانزیت سازمان راهداری …»: a body inside the name starts its own count
      budget = s.head(j) ? MAX_WORDS : budget - 1;
      j++;
      words++;
    }
    int whole = BoundPlurals.end(s, first, j);
    words -= j - whole; // a word or two fewer; a name of none is no name
    j = whole;
    if (j > first && s.key(j - 1).equals("و")) {
      j--;
    }
    if (j == first + 1 && s.key(first).equals("شهر")) {
      j--; // «شورای شهر» with no city is any city's council («شورای تامین استان» is the province's)
      words--;
    }
    return words > 0 ? Eponyms.blessing(s, j) : first;
  }

  /**
   * Whether the words from token j open a body of its own after a head word a list names alone
   * («آژانس» is the IAEA): a demonym or an adjective in «ی», or a plural in ezafe, right after it
   * («آژانس آمریکایی توسعه بین المللی», «آژانس همکاری\u200cهای بین المللی ژاپن», «آژانس فضایی
   * اروپا»), a word of its trade («آژانس خبری افه», «آژانس هواپیمایی», «آژانس تاکسی») or a word the
   * lexicon lacks, a foreign name's («آژانس پرنسا لاتینا»), or a given name («سپاه بدر»). A noun
   * after it is the clause's object as often («آژانس برنامه ایران را …»).
   */
  static boolean opensOwnName(Scan s, int j) {
    if (j >= s.size() || !s.adjacent(j - 1) || s.breaks(j)) {
      return false;
    }
    Entry e = s.name[j];
    String key = s.key(j);
    return e != null
        ? "demonym".equals(e.kind())
        : key.endsWith("های")
            || key.endsWith("ی") && Lexicon.get().isAdjective(key)
            || GenericHeads.trade(key)
            || s.unknown(j)
            || s.givenName(j);
  }

  /**
   * Whether token j and the next are one word written apart that is no function word (بین المللی).
   */
  private static boolean oneWord(Scan s, int j) {
    if (j + 1 >= s.size() || !s.adjacent(j) || s.breaks(j + 1)) {
      return false;
    }
    if (!s.key(j + 1).endsWith("ی")) {
      return false; // the two joined end as the second does: no pair is built for most words
    }
    String joined = s.key(j) + s.key(j + 1);
    return Lexicon.get().isAdjective(joined) && !Words.breaksName(joined);
  }

  /** A place at token j, or an administrative unit's word and its place (شهرستان آمل). */
  static boolean isPlace(Scan s, int j) {
    return placeAt(s, j)
        || j + 1 < s.size() && s.adjacent(j) && UNITS.contains(s.key(j)) && placeAt(s, j + 1);
  }

  /** A place by the evidence a place alone needs («وزارت خارجه دوشنبه اعلام کرد»: Monday). */
  private static boolean placeAt(Scan s, int j) {
    return isPlaceName(s.name[j]) && !PlaceEvidence.isCommonWord(s, j);
  }

  /** The country the news is in, by its word alone. */
  static final Set<String> HERE = Words.folded("کشور", "کشورمان");

  /**
   * Whether token j is the country by its word alone after a body's name (سازمان سنجش کشور، تیم ملی
   * فوتبال کشورمان), not the word before the country's name (کشور اندونزی).
   */
  static boolean here(Scan s, int j) {
    return j > 0
        && s.adjacent(j - 1)
        && HERE.contains(s.key(j))
        && !(s.adjacent(j) && placeAt(s, j + 1)); // «کشور اندونزی» names the country
  }

  static int placeEnd(Scan s, int j) {
    int k = placeAt(s, j) ? j : j + 1;
    return k + s.nameLength[k];
  }

  /**
   * Whether a name goes on after a place: another body (دانشگاه علوم پزشکی بوشهر), a branch (شعبه),
   * or another place.
   */
  private static boolean goesOnAfterPlace(Scan s, int j, boolean pairs) {
    return j < s.size()
        && s.adjacent(j - 1)
        && (s.head(j) || isPlace(s, j) || pairs && andPlace(s, j));
  }

  /** Articles of a law, whose number a body's name carries: «کمیسیون ماده ۵». */
  private static final Set<String> ARTICLES = Words.folded("ماده", "اصل", "تبصره");

  /**
   * Whether a name goes on after a body inside it: as after a place, or with the body's term (مجلس
   * یازدهم) or the units it serves (آموزش و پرورش شهرستان‌های استان تهران).
   */
  private static boolean goesOnAfterBody(Scan s, int j, boolean pairs) {
    if (goesOnAfterPlace(s, j, pairs)) {
      return true;
    }
    if (j >= s.size() || !s.adjacent(j - 1)) {
      return false;
    }
    String key = s.key(j);
    String bare = key.endsWith("های") ? key.substring(0, key.length() - 3) : key;
    return Words.isOrdinal(key) || UNITS.contains(bare);
  }

  /** Verbal nouns with the preposition of their object, which a body's name may carry. */
  private static final WordSet VERBAL_NOUN_PREPOSITIONS =
      Words.foldedSet(
          "مبارزهبا",
          "مقابلهبا",
          "دفاعاز",
          "حمایتاز",
          "پیشگیریاز",
          "رسیدگیبه",
          "نظارتبر",
          "کمکبه",
          "حفاظتاز",
          "صیانتاز",
          "مراقبتاز");

  private static boolean objectPreposition(Scan s, int j) {
    return j > 0
        && s.adjacent(j - 1)
        && s.adjacent(j)
        && VERBAL_NOUN_PREPOSITIONS.containsJoined(s.key(j - 1), s.key(j))
        && fieldWord(s, j + 1);
  }

  /**
   * «و» between two of a name's words: the next is a plain word, itself followed by more, and no
   * infinitive within the next words makes them an act («حزب بعث و بنا نهادن …», «تیم ملی فوتبال و
   * دو شغله بودن …»).
   */
  private static boolean joiningAnd(Scan s, int j) {
    return s.key(j).equals("و")
        && s.adjacent(j)
        && (fieldWord(s, j + 1) || pair(s, j))
        && !actAfter(s, j + 1)
        && !PhraseStarts.people(s, j + 1);
  }

  /** Whether token x is an infinitive (and no name that only ends as one: لندن, اردن). */
  private static boolean infinitive(Scan s, int x) {
    return VerbForms.isInfinitive(s.key(x)) && s.name[x] == null;
  }

  /** Whether an infinitive ends the words from token k, up to three, before any break. */
  private static boolean actAfter(Scan s, int k) {
    for (int x = k; x < k + 3 && x < s.size(); x++) {
      if (infinitive(s, x)) {
        return true;
      }
      if (s.breaks(x) || !s.adjacent(x)) {
        return false;
      }
    }
    return false;
  }

  /**
   * «رادیو و تلویزیون», «دو و میدانی»: «و» inside a pair the word lists hold as one word, though
   * its second word is a head or a number.
   */
  private static boolean pair(Scan s, int j) {
    return j > 0
        && j + 1 < s.size()
        && s.adjacent(j - 1)
        && (Lexicon.get().isKnown(s.key(j - 1) + "و" + s.key(j + 1))
            || Lexicon.get().isKnown(s.key(j - 1) + s.key(j + 1)));
  }

  /**
   * A comma inside a list of fields («صنعت، معدن و تجارت»): a plain word follows it, and «و» comes
   * within the next three words, all plain, before any other comma.
   */
  private static boolean listComma(Scan s, int i) {
    if (!s.commaOnly(i) || !fieldWord(s, i + 1)) {
      return false;
    }
    for (int k = i + 1; k < i + 4 && k + 1 < s.size() && s.adjacent(k); k++) {
      if (joiningAnd(s, k + 1)) {
        return true;
      }
      if (!fieldWord(s, k + 1)) {
        return false; // «ریاست جمهوری، سفر به قم و …»: a preposition or a name is no field's word
      }
    }
    return false;
  }

  /**
   * A word that can carry on an organisation's name: no function word, name, role (nor roles:
   * مدیران) or head.
   */
  private static boolean fieldWord(Scan s, int x) {
    return x < s.size()
        && !s.breaks(x)
        && !roles(s, s.key(x))
        && s.name[x] == null
        && s.roleLength[x] == 0
        && s.honorificLength[x] == 0
        && !s.head(x)
        && !lightVerbNoun(s, x)
        && !infinitive(s, x)
        && !Predicates.opens(s, x);
  }

  /** A role in the plural (مدیران، معاونان، اعضای): people, whom no body's field names. */
  private static boolean roles(Scan s, String key) {
    return Words.withEnding(key, ROLE_PLURALS, stem -> role(s, stem));
  }

  private static final String[] ROLE_PLURALS = {"ان", "های", "ها", "ای"};

  private static boolean role(Scan s, String stem) {
    Gazetteer.Known k = s.gazetteer().known(Gazetteer.keyOf(stem));
    return k != null && k.role != null;
  }

  /**
   * A noun that makes a verb with the next word (اظهار داشت، دایر می‌شود) or a verbal noun with an
   * infinitive (بنا نهادن) ends the name before it.
   */
  static boolean lightVerbNoun(Scan s, int j) {
    if (j + 1 >= s.size() || !s.adjacent(j)) {
      return false;
    }
    String next = s.key(j + 1);
    if (Words.isDetachedEnding(next) || next.endsWith("ی") && Words.isStemPart(next)) {
      return false; // «حرفه ای», «سرم سازی»: an ending or a compound's part, no verb
    }
    return next.equals("می")
        || next.equals("نمی")
        || VerbForms.isLightVerb(next)
        // «و بنا نهادن پایه‌های …»: an act, no field; not a name no list holds (شیکاگوتریبون)
        || infinitive(s, j + 1) && !s.breaks(j) && !s.unknown(j);
  }

  /** «و» between two place names inside an organisation's name: اتاق بازرگانی ایران و روسیه. */
  static boolean andPlace(Scan s, int j) {
    return s.key(j).equals("و")
        && j > 0
        && j + 1 < s.size()
        && s.adjacent(j)
        && placeAt(s, j + 1)
        && isPlaceName(s.gazetteer().name(s.key(j - 1)));
  }

  /**
   * Whether [first, end) is a body's field and then its place, with no other body inside (راه و
   * شهرسازی گیلان).
   */
  static boolean endsWithPlace(Scan s, int first, int end) {
    boolean place = false;
    for (int k = first; k < end; k++) {
      Entry e = s.name[k];
      if (s.head(k) || e != null && !isPlaceName(e) && k < end - 1) {
        return false;
      }
      place = isPlace(s, k);
      if (place) {
        return k > first && placeEnd(s, k) == end;
      }
    }
    return false;
  }

  static boolean isPlaceName(Entry e) {
    return e != null && (e.isCountry() || e.type() == Entity.Type.PLACE);
  }
}
