package ir.khabar.core.understand.entities;

import ir.khabar.core.Entity;
import ir.khabar.persian.lexicon.Lexicon;
import java.util.List;
import java.util.Set;

/**
 * People not in the gazetteer, read from what surrounds a name in news: an honorific before it
 * (آقای، دکتر), a role before or after it (وزیر امور خارجه …, … سفیر ایران در روسیه), a given name
 * that starts it (محمد جواد …), or «guillemets» after a role. Transliterated foreign names are
 * words no Persian word list holds, which is how they are told from the words around them.
 */
final class PersonPatterns {
  /** Words that complete a role between it and the name: وزیر امور خارجه «کشورمان»، سفیر «سابق». */
  static final Set<String> ROLE_COMPLEMENTS =
      Words.folded(
          "کشور",
          "کشورمان",
          "خارجه",
          "امور",
          "سابق",
          "اسبق",
          "جدید",
          "کل",
          "ویژه",
          "وقت",
          "فعلی",
          "منتخب",
          "اول",
          "دوم",
          "محترم",
          "ارشد",
          "عالی",
          "جمهوری",
          "اسلامی",
          "فدراسیون",
          "پادشاهی",
          "در");

  static final int MAX_NAME = 3;

  /**
   * Given names that are more often ordinary words: a name starting with one needs a family name
   * that looks like one.
   */
  private static final Set<String> AMBIGUOUS_GIVEN =
      Words.folded(
          "امید", "بهار", "نسیم", "صبا", "امیر", "شهریار", "مهران", "روشن", "آرام", "سحر", "شادی",
          "ستاره", "باران", "دریا", "آسمان", "نگار", "نیکی", "ساحل", "آزاده", "فرشته", "شیرین",
          "گل", "مینا", "ناز", "هستی", "کوثر", "یاس", "سپیده", "رها", "آوا", "بنفشه", "پرستو",
          "ترانه", "رضا", "حسن", "کریم", "جمال", "کمال", "عادل", "صادق", "امین", "منصور", "ناصر",
          "نصر", "ظفر", "سلطان", "شریف", "لطیف", "رحیم", "حمید", "مجید", "سعید", "فرید", "وحید",
          "شاهد", "ایمان", "صالح", "طاهر", "جواد", "مهدی", "هادی", "رسول", "نبی", "ولی", "سید",
          "سیده", "آقا", "بانو", "شاه", "ملک", "میر", "بهروز", "پیروز", "فیروز", "بیژن", "داریوش",
          "کوروش", "آرش", "سیاوش", "پرویز", "ایرج", "جهان", "کیان", "آریا", "پارسا", "نیما", "سینا",
          "حامد", "محسن", "احسان", "عرفان", "فرهاد", "فرزاد", "بهزاد", "شهرام", "بهرام");

  /** Whether a given name is as often an ordinary word («رضا», «امید»). */
  static boolean ambiguousGiven(String key) {
    return AMBIGUOUS_GIVEN.contains(key);
  }

  static final Set<String> SPEECH =
      Words.folded(
          "گفت",
          "افزود",
          "اظهارداشت",
          "تصریح",
          "خاطرنشان",
          "گفته",
          "تاکید",
          "معتقد",
          "ادامه",
          "اعلام");

  private PersonPatterns() {}

  static void find(Scan s, List<Candidate> out) {
    for (int i = 0; i < s.size(); i++) {
      if (s.honorificLength[i] > 0) {
        int j = TitleNames.start(s, i + s.honorificLength[i]);
        if (HolyNames.epithet(s, j)) {
          add(s, j, 1, null, out); // «امام زمان (عج)»
        } else if (Eponyms.blessing(s, j) == j // «امام (ره)»: the blessing is no name
            && !TitleNames.fieldOf(s, j)
            && !TitleNames.commonWord(s, j)
            && !HolyNames.commonAfterTitle(s, j)
            && !TitleNames.noNameAfter(s, i, j)) {
          add(s, j, TitleNames.nameAfter(s, j), null, out);
        }
        if (s.honorificLength[i] == 1 && s.givenName(i)) {
          fromGivenName(s, i, out); // «امیر ارسلان پیروتی»: a title that is also a given name
        }
        i = j - 1; // «حجت الاسلام»: a title starts no name of its own
        continue;
      }
      if (s.roleLength[i] > 0) {
        RoleNames.afterRole(s, i, out);
        RoleNames.beforeRole(s, i, out);
      }
      if (s.givenName(i)
          && (s.name[i] == null || aliasAlone(s, i))
          && !s.secondPart(i)
          && !(i + 1 < s.size() && s.adjacent(i) && !s.givenName(i + 1) && s.compound(i + 1))
          && !secondOfCompound(s, i)) {
        fromGivenName(s, i, out);
      }
      if (SPEECH.contains(s.key(i))) {
        beforeSpeech(s, i, out);
      }
      if (s.unknown(i) && (i == 0 || !s.adjacent(i - 1) || !s.unknown(i - 1))) {
        unknownRun(s, i, out);
      }
    }
  }

  /** «هم پیمان آمریکا»: a given name that ends a compound written apart is that word's part. */
  private static boolean secondOfCompound(Scan s, int i) {
    if (i == 0 || !s.adjacent(i - 1)) {
      return false;
    }
    String before = s.key(i - 1);
    return !Words.isFunctionWord(before)
        && !s.givenName(i - 1)
        && s.honorificLength[i - 1] == 0
        && s.compound(i);
  }

  /**
   * «نصرالله مردانی»: a listed person's one-word name that is also a given name may start someone
   * else's full name; the longer reading wins where the words after it make one.
   */
  private static boolean aliasAlone(Scan s, int i) {
    return s.nameLength[i] == 1 && s.name[i].type() == Entity.Type.PERSON;
  }

  /** «پامپئو گفت», «لاوروف، افزود»: words no list holds, right before a verb of saying. */
  private static void beforeSpeech(Scan s, int i, List<Candidate> out) {
    int from = i;
    while (from > 0
        && i - from < MAX_NAME
        && (s.adjacent(from - 1) || from == i && comma(s, from - 1))
        && s.unknown(from - 1)
        && !s.breaks(from - 1)
        && s.name[from - 1] == null
        && !inRole(s, from - 1)) {
      from--;
    }
    if (from < i) {
      add(s, from, i - from, null, out);
    }
  }

  /** Two or three unlisted words in a row: a transliterated name (ژان برتراند آریستید). */
  private static void unknownRun(Scan s, int i, List<Candidate> out) {
    int n = 1;
    while (i + n < s.size()
        && n < MAX_NAME
        && s.adjacent(i + n - 1)
        && s.unknown(i + n)
        && !s.breaks(i + n)
        && s.name[i + n] == null
        && s.roleLength[i + n] == 0) {
      n++;
    }
    if (n >= 2
        && s.name[i] == null
        && !s.breaks(i)
        && s.roleLength[i] == 0
        && !(i > 0 && s.adjacent(i - 1) && Words.isTalkHalf(s.key(i - 1), s.key(i)))
        && !VenueNames.named(s, i)) {
      add(s, i, n, null, out); // «گفت وگوهای دوطرف»: the rest of a word, no name; «هتل …» a place
    }
  }

  /**
   * Whether token x is a role's word: «وزیرفرهنگ وارشاداسلامی گفت» is an office, written joined.
   */
  private static boolean inRole(Scan s, int x) {
    return s.roleLength[x] > 0 || PlaceEvidence.inRole(s, x);
  }

  private static void fromGivenName(Scan s, int i, List<Candidate> out) {
    int j = i + 1;
    while (j < s.size() && s.adjacent(j - 1) && s.givenName(j) && j - i < 3) {
      j++;
    }
    boolean lineage = WholeNames.lineage(s, j);
    if (lineage) {
      j += 2; // «محمد بن سعود»: «بن» and the father's name
      if (j < s.size() && s.adjacent(j - 1) && nameWord(s, j, false) && !verbNoun(s, j)) {
        j++; // «فهد بن سعود العصیمی»
      }
    } else if (j < s.size()
        && s.adjacent(j - 1)
        && (nameWord(s, j, true) && !verbNoun(s, j) && !TitleNames.listedPlural(s, j)
            || Appositions.endsBeforeRole(s, j))) {
      j++;
      if (j < s.size()
          && s.adjacent(j - 1)
          && (FamilyNameShapes.partApart(s.key(j))
              || nameWord(s, j, false)
                  && !verbNoun(s, j)
                  && !Words.isTitleWord(s.key(j))
                  && !TitleNames.listedPlural(s, j) // «حسن نیت شیعیان»: Shias, no name
                  && (s.unknown(j) || FamilyNameShapes.surnameShaped(s.key(j)))
              || Appositions.endsBeforeRole(s, j))) {
        j++;
      }
    }
    boolean nisba = WholeNames.nisba(s, j);
    if (nisba) {
      j += 2; // «قربانعلی دری نجف آبادی»: a family name from a place, «آبادی» written apart
    }
    String last = s.key(j - 1);
    // «ولی الله سیف»: a given name of two words is no common word
    boolean everyday = EverydayNames.everyday(s.key(i));
    // a listed one-word name (صدام) is a reading already: «صدام همکاری» must look like a name
    boolean common =
        (everyday || s.name[i] != null || AMBIGUOUS_GIVEN.contains(s.key(i)))
            && !(i + 1 < j && s.secondPart(i + 1));
    boolean word = everyday && common; // «هنری نمایشگاه»: an everyday word before a plain one
    boolean plausible =
        s.unknown(j - 1)
            || (word
                ? FamilyNameShapes.looksLikeSurname(last)
                : FamilyNameShapes.surnameShaped(last) || rare(last))
            || s.givenName(j - 1)
            || FamilyNameShapes.partApart(last)
            || lineage
            || nisba
            || contextBefore(s, i)
            || contextAfter(s, j, word && EverydayNames.plainAfter(s, j - 1));
    // «محمدرضا اسلام لو» in quotes: the quotes say where the name ends
    boolean quoted = WholeNames.quotedEnd(s, i, j) > j;
    if (j - i >= 2 && (plausible || !common && (quoted || !TitleNames.tooCommon(last)))) {
      add(s, i, j - i, null, Entity.Evidence.GIVEN_AND_FAMILY, out);
    }
  }

  /** How often a word is seen, at most, to be read as a family name after a given name. */
  private static final long RARE = 1_000_000L;

  /**
   * «رضا مهماندوست», «بیژن کامکار»: a word rare in the lists may be a family name; not a word of
   * them with the ezafe's «ی» («حسن اجرای قانون»: the good execution of the law).
   */
  private static boolean rare(String key) {
    return !Words.isFunctionWord(key)
        && Lexicon.get().frequency(key) < RARE
        && !FamilyNameShapes.ezafe(key);
  }

  /**
   * Tokens from j that can make a name; with {@code lenient} the first may be an ordinary word
   * (آقای ظریف).
   */
  static int run(Scan s, int j, boolean lenient) {
    int n = 0;
    while (j + n < s.size()
        && n < MAX_NAME
        && (n == 0 || s.adjacent(j + n - 1))
        && nameWord(s, j + n, lenient && n == 0 || s.givenName(j + n))
        && (n == 0 || !verbNoun(s, j + n))) {
      n++;
      if (!lenient && n > 0 && !s.unknown(j + n - 1) && !s.givenName(j + n - 1)) {
        break;
      }
    }
    return n;
  }

  /**
   * A noun that makes a verb with a light verb after it («عارف نشان دادند», «پیشنهاد می دهد»): no
   * part of the name before it.
   */
  static boolean verbNoun(Scan s, int x) {
    if (x + 1 >= s.size() || !s.adjacent(x)) {
      return false;
    }
    String next = s.key(x + 1);
    boolean prefix = next.equals("می") || next.equals("نمی");
    return prefix
        ? x + 2 < s.size() && s.adjacent(x + 1) && VerbForms.isLightVerb(s.key(x + 2))
        : VerbForms.isLightVerb(next)
            && !Words.isDetachedEnding(next)
            && !(VerbForms.isMotion(next) && FamilyNameShapes.surnameShaped(s.key(x)));
  }

  static boolean nameWord(Scan s, int x, boolean lenient) {
    String key = s.key(x);
    if (s.breaks(x)
        || s.roleLength[x] > 0
        || s.honorificLength[x] > 0
        || s.everydayWithYa(x) && s.name[x] == null
        || KinNouns.withPossessor(key)
        || Eponyms.writtenBlessing(s, x)
        || s.unit(x) // «استاد دانشکده عمران …»: a body's unit after a title, no name
        || (s.name[x] != null && s.name[x].type() != Entity.Type.PERSON && !(lenient && town(s, x)))
        || ROLE_COMPLEMENTS.contains(key)) {
      return false;
    }
    return lenient
        || s.unknown(x)
        || s.givenName(x)
        || FamilyNameShapes.surnameShaped(key)
        || s.name[x] != null;
  }

  /**
   * «حمید سوریان»: a small town's one-word name, rare in the lists, is as often a family name taken
   * from it; right after a given name it is read as one.
   */
  static boolean town(Scan s, int x) {
    Entry e = s.name[x];
    return e != null
        && e.type() == Entity.Type.PLACE
        && "city".equals(e.kind())
        && s.nameLength[x] == 1
        && Lexicon.get().frequency(s.key(x)) < RARE;
  }

  private static boolean contextBefore(Scan s, int i) {
    return i > 0
        && (s.honorificLength[i - 1] > 0
            || s.role[i - 1] != null
            || ROLE_COMPLEMENTS.contains(s.key(i - 1))
            || s.name[i - 1] != null);
  }

  /**
   * «ناصر کرمی افزود», «بهمن دانایی - دبیر انجمن …»: a verb of saying or a role after the name; a
   * role only with {@code roleOnly} («با کمال شگفتی گفت» is no person).
   */
  private static boolean contextAfter(Scan s, int j, boolean roleOnly) {
    if (j >= s.size()) {
      return false;
    }
    String between = s.between(j - 1, j);
    boolean joined = between.isEmpty() || between.equals("،") || between.equals("-");
    return joined && (!roleOnly && SPEECH.contains(s.key(j)) || s.roleLength[j] > 0);
  }

  static boolean comma(Scan s, int i) {
    String between = s.between(i, i + 1);
    return between.equals("،") || between.equals(",");
  }

  static void add(Scan s, int from, int length, String role, List<Candidate> out) {
    add(s, from, length, role, Entity.Evidence.PATTERN, out);
  }

  /**
   * A person over [from, from + length): a known one when the name agrees (its evidence the name),
   * else one read from a role ({@code role} given) or from the pattern that found it.
   */
  private static void add(
      Scan s, int from, int length, String role, Entity.Evidence read, List<Candidate> out) {
    if (length <= 0
        || Words.isTitleWord(s.key(from))
        || LatinCase.lowerCase(s, from, from + length)) {
      return;
    }
    int to = WholeNames.quotedEnd(s, from, from + length);
    Entry known = NameEvidence.person(s, from, to);
    // joined: فرخی زاد and فرخی‌زاد are one person
    String key = s.join(from, to);
    String id = known != null ? known.id() : "person-" + key;
    String name = known != null ? known.name() : s.surface(from, to);
    Entity.Evidence evidence;
    if (known != null) {
      evidence = to - from >= 2 ? Entity.Evidence.GIVEN_AND_FAMILY : Entity.Evidence.ALIAS;
      evidence = evidence.or(s.gazetteer().evidence(known, key));
    } else {
      evidence = role != null ? Entity.Evidence.ROLE : read;
    }
    out.add(
        new Candidate(
            from,
            to,
            Entity.Type.PERSON,
            id,
            name,
            "person",
            role,
            Candidate.PATTERN_PERSON,
            known != null ? known.country() : null,
            evidence));
  }
}
