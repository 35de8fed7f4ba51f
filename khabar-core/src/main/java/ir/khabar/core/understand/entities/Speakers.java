package ir.khabar.core.understand.entities;

import ir.khabar.core.Entity;
import ir.khabar.core.understand.WordSet;
import java.util.List;
import java.util.Set;

/**
 * The speaker a news sentence opens with: a family name, alone or with another, that starts the
 * sentence and is followed by what is said of a speaker («حسینی با اشاره به …», «مرادی بیان کرد»,
 * «سیف همچنین افزود»). News names the speaker so once the full name was given, often in a sentence
 * or an article the reader has not seen.
 */
final class Speakers {
  /** Words after the speaker's name: verbs of saying and the phrases that lead to them. */
  private static final Set<String> CUES =
      Words.folded(
          "گفت",
          "افزود",
          "اظهارداشت",
          "اظهار",
          "تصریح",
          "خاطرنشان",
          "یادآور",
          "یادآوری",
          "تاکید",
          "بیان",
          "ادامه",
          "عنوان",
          "اضافه",
          "همچنین",
          "درباره",
          "معتقد");

  /** Two-word openings of what a speaker does: «با اشاره», «در ادامه», «در پاسخ». */
  private static final WordSet CUE_PAIRS =
      Words.foldedSet(
          "بااشاره",
          "بابیان",
          "باتاکید",
          "درادامه",
          "درپاسخ",
          "درپایان",
          "درخصوص",
          "دربخش",
          "درگفتوگو");

  private static final int MAX_WORDS = 3;

  private Speakers() {}

  static void find(Scan s, List<Candidate> out) {
    for (int i = 0; i < s.size(); i++) {
      int quoted = quotedName(s, i);
      if (quoted > i) {
        out.add(
            Candidate.read(s, i, quoted, Entity.Type.PERSON, "person", Candidate.PATTERN_PERSON));
        continue;
      }
      if (!startsSentence(s, i) && !afterSourceLine(s, i)) {
        continue;
      }
      int n = 0;
      while (n < MAX_WORDS
          && i + n < s.size()
          && (n == 0 || s.adjacent(i + n - 1))
          && (name(s, i + n)
              || n > 0 && FamilyNameShapes.partApart(s.key(i + n))
              || n == 0 && beforeSurnamePart(s, i))) {
        n++;
      }
      if (n > 0 && cue(s, i + n) && s.adjacent(i + n - 1) && !thingAbout(s, i, n)) {
        out.add(
            Candidate.read(s, i, i + n, Entity.Type.PERSON, "person", Candidate.PATTERN_PERSON));
      } else if (leadSubject(s, i)) {
        out.add(
            Candidate.read(s, i, i + 2, Entity.Type.PERSON, "person", Candidate.PATTERN_PERSON));
      }
    }
  }

  /**
   * Words of time that open a lead's predicate right after its subject: «سالار شاکر صبح امروز در
   * نشست …», «شهربانو امانی عصر دوشنبه …», «بهمن کشاورز طی یادداشتی …».
   */
  private static final Set<String> LEAD_TIME =
      Words.folded(
          "امروز", "دیروز", "صبح", "عصر", "ظهر", "شامگاه", "بامداد", "سحرگاه", "امشب", "طی");

  /**
   * «به گزارش ایرنا ، عظیم محبی روز چهارشنبه …»: a given and a family name that open a sentence or
   * follow its source line, right before the time the subject acted.
   */
  private static boolean leadSubject(Scan s, int i) {
    if (i + 2 >= s.size() || !s.adjacent(i) || !s.adjacent(i + 1)) {
      return false;
    }
    String time = s.key(i + 2);
    boolean acted =
        LEAD_TIME.contains(time)
            || time.equals("روز") && i + 3 < s.size() && Words.isTime(s.key(i + 3));
    boolean given = s.givenName(i);
    return acted
        && plain(s, i)
        && (plain(s, i + 1) || given && demonym(s, i + 1)) // «حمیدرضا عراقی»
        && (given || s.unknown(i + 1) || FamilyNameShapes.surnameShaped(s.key(i + 1)));
  }

  /** A demonym, which after a given name is a family name (عراقی, اصفهانی). */
  private static boolean demonym(Scan s, int x) {
    return s.name[x] != null && "demonym".equals(s.name[x].kind()) && s.nameLength[x] == 1;
  }

  /** A word that can be part of a person's name: no function word, name, role or title. */
  private static boolean plain(Scan s, int x) {
    return !s.breaks(x)
        && s.name[x] == null
        && s.roleLength[x] == 0
        && s.honorificLength[x] == 0
        && !Words.isTitleWord(s.key(x))
        && !s.head(x);
  }

  /** Whether token i opens a sentence: the text's start, a line break or a full stop before it. */
  static boolean startsSentence(Scan s, int i) {
    if (i == 0) {
      return true;
    }
    for (int p = s.start(i) - 1; p >= s.end(i - 1); p--) {
      char c = s.text.charAt(p);
      if (c == '\n' || c == '.') {
        return true;
      }
    }
    return false;
  }

  /**
   * «به گزارش ایسنا ، حمیدرضا …»: token i follows the comma that closes a sentence's source line.
   */
  private static boolean afterSourceLine(Scan s, int i) {
    if (i < 3 || s.adjacent(i - 1) || !s.between(i - 1, i).equals("،")) {
      return false;
    }
    for (int k = i - 1; k >= 0 && i - k <= 8; k--) {
      if (startsSentence(s, k)) {
        return s.key(k).equals("به")
            && k + 1 < s.size()
            && (s.key(k + 1).equals("گزارش") || s.key(k + 1).equals("نقل"));
      }
    }
    return false;
  }

  /**
   * «به گفته قاسمی ،», «به نقل از نهاوندیان :», «سخنان شریعتمداری درباره …»: where the family names
   * of the speaker a phrase of quoting names end, when token i follows one; i when none. Only a
   * family name's shape counts here (an outlet after «به نقل از» is as often unknown), and the name
   * must end at a pause, a verb of saying or «درباره».
   */
  private static int quotedName(Scan s, int i) {
    if (i < 1 || !quotes(s, i) || !s.adjacent(i - 1)) {
      return i;
    }
    int n = 0;
    while (n < MAX_WORDS
        && i + n < s.size()
        && (n == 0 || s.adjacent(i + n - 1))
        && name(s, i + n)
        && FamilyNameShapes.surnameShaped(s.key(i + n))
        && !TitleNames.listedPlural(s, i + n)) { // «به گفته دانشجویان»: people, no one's name
      n++;
    }
    int end = i + n;
    boolean pause = end >= s.size() || !s.adjacent(end - 1) || cue(s, end);
    return n > 0 && pause ? end : i;
  }

  /** Speech words whose speaker follows them: «سخنان», «اظهارات». */
  private static final Set<String> SPEECH = Words.folded("سخنان", "اظهارات");

  /** Whether a phrase of quoting ends right before token i. */
  private static boolean quotes(Scan s, int i) {
    String last = s.key(i - 1);
    if (SPEECH.contains(last)) {
      return true;
    }
    String before = i >= 2 ? s.key(i - 2) : "";
    return last.equals("گفته") && before.equals("به")
        || last.equals("قول") && before.equals("از")
        || last.equals("از") && before.equals("نقل") && i >= 3 && s.key(i - 3).equals("به");
  }

  private static boolean name(Scan s, int x) {
    String key = s.key(x);
    return !s.breaks(x)
        && s.name[x] == null
        && s.roleLength[x] == 0
        && s.honorificLength[x] == 0
        && !Words.isTitleWord(key)
        && (s.unknown(x) || FamilyNameShapes.surnameShaped(key));
  }

  /** A word with a family name's ending written apart after it: «نبی پور», «حاتمی کیا». */
  private static boolean beforeSurnamePart(Scan s, int x) {
    return x + 1 < s.size()
        && s.adjacent(x)
        && FamilyNameShapes.partApart(s.key(x + 1))
        && !s.breaks(x)
        && s.name[x] == null
        && s.roleLength[x] == 0
        && s.honorificLength[x] == 0
        && !Words.isTitleWord(s.key(x));
  }

  private static final Set<String> ABOUT = Words.folded("درباره");

  /**
   * «گزارشی درباره …», «تردیدی درباره …»: one word before «درباره» that is an everyday word with
   * the indefinite's or an adjective's «ی» (its stem no given name) is a thing something is about,
   * not a speaker («حسینی درباره …», «کریمی درباره …» stay ones).
   */
  private static boolean thingAbout(Scan s, int i, int n) {
    String key = s.key(i);
    String stem = key.endsWith("ی") ? key.substring(0, key.length() - 1) : null;
    return n == 1
        && ABOUT.contains(s.key(i + 1))
        && stem != null
        && Words.everyday(stem)
        && !s.gazetteer().isGivenName(stem);
  }

  private static boolean cue(Scan s, int j) {
    if (j >= s.size()) {
      return false;
    }
    return CUES.contains(s.key(j))
        || j + 1 < s.size() && s.adjacent(j) && CUE_PAIRS.containsJoined(s.key(j), s.key(j + 1));
  }
}
