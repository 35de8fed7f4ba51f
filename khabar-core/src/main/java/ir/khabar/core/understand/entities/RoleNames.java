package ir.khabar.core.understand.entities;

import ir.khabar.core.Entity;
import java.util.List;

/**
 * People named beside a role: after it («وزیر امور خارجه عباس عراقچی»), before it («ناجی عطری نخست
 * وزیر سوریه»), or in quotes before it («ادواردو کونا» رئیس مجلس).
 */
final class RoleNames {
  private RoleNames() {}

  static void afterRole(Scan s, int i, List<Candidate> out) {
    int j = Roles.phraseEnd(s, i);
    if (j >= s.size()) {
      return;
    }
    int set = Appositions.nameAfter(s, i, j);
    if (set > 0) {
      PersonPatterns.add(s, j, set, s.surface(i, j), out);
      return;
    }
    if (!(s.adjacent(j - 1) || s.quotedFrom(j))) {
      return;
    }
    boolean quoted = s.quotedFrom(j);
    if (!quoted && !s.givenName(j) && (!s.unknown(j) || TitleNames.pointedAt(s, i))) {
      return; // «این مقام ژئوپلیتک»: an office pointed at names someone told before
    }
    PersonPatterns.add(s, j, PersonPatterns.run(s, j, quoted), s.surface(i, j), out);
  }

  static void beforeRole(Scan s, int i, List<Candidate> out) {
    int from = i;
    while (from > 0
        && i - from < PersonPatterns.MAX_NAME
        && (from == i
            ? s.adjacent(from - 1) || PersonPatterns.comma(s, from - 1)
            : s.adjacent(from - 1))
        && PersonPatterns.nameWord(s, from - 1, afterGivenName(s, from - 1))) {
      from--;
    }
    if (from < i && (s.unknown(from) || s.givenName(from) || listed(s, from, i))) {
      PersonPatterns.add(s, from, i - from, s.surface(i, i + s.roleLength[i]), out);
    } else if (from == i) {
      quotedBeforeRole(s, i, out);
      setOff(s, i, out);
    }
  }

  /**
   * «جاش ارنست ، سخنگوی کاخ سفید», «اریکا ماساکو ولش ، مدیر …»: two or three words that open their
   * clause and are set off by a comma before a role are a name when one of them is held by no list
   * or is a given name, even if another is a word of the lists.
   */
  private static void setOff(Scan s, int i, List<Candidate> out) {
    if (i == 0 || !PersonPatterns.comma(s, i - 1)) {
      return;
    }
    for (int from = i - 2; from >= 0 && i - from <= PersonPatterns.MAX_NAME; from--) {
      if (!s.adjacent(from)) {
        return; // a mark inside: no one name
      }
      if ((from == 0 || !s.adjacent(from - 1)) && nameLike(s, from, i)) {
        PersonPatterns.add(s, from, i - from, s.surface(i, i + s.roleLength[i]), out);
        return;
      }
    }
  }

  private static boolean nameLike(Scan s, int from, int to) {
    boolean unlisted = false;
    for (int k = from; k < to; k++) {
      if (!PersonPatterns.nameWord(s, k, true)
          || Words.isFunctionWord(s.key(k))
          || Words.isTitleWord(s.key(k))) {
        return false;
      }
      unlisted |= s.unknown(k) || s.givenName(k);
    }
    return unlisted;
  }

  /**
   * «…، ناجی عطری نخست وزیر سوریه، …», «تانیا فایون، وزیر امور خارجه اسلوونی»: two words shaped as
   * family names or held by no list, that open a clause or an item of a list, right before a role,
   * are a name even when no list holds the first as a given name.
   */
  private static boolean listed(Scan s, int from, int role) {
    if (role - from < 2 || from > 0 && s.adjacent(from - 1)) {
      return false;
    }
    for (int k = from; k < role; k++) {
      if (!(FamilyNameShapes.surnameShaped(s.key(k)) || s.unknown(k)) || s.name[k] != null) {
        return false;
      }
    }
    return true;
  }

  /**
   * «ادواردو کونا» رئیس مجلس …, "آرلن اسپکتر" عضو مجلس سنا: a name in guillemets or straight quotes
   * right before a role.
   */
  private static void quotedBeforeRole(Scan s, int i, List<Candidate> out) {
    String mark = i == 0 ? "" : s.between(i - 1, i);
    String opening = mark.equals("»") ? "«" : mark.equals("\"") || mark.equals("”") ? "\"“" : null;
    if (opening == null) {
      return;
    }
    int from = i - 1;
    while (from > 0 && i - from < PersonPatterns.MAX_NAME && s.adjacent(from - 1)) {
      from--;
    }
    while (from < i && !s.openedBy(from, opening)) {
      from++;
    }
    for (int k = from; k < i; k++) {
      if (!PersonPatterns.nameWord(s, k, true) || Words.isTitleWord(s.key(k))) {
        return;
      }
    }
    if (from < i && (i - from > 1 || nameAlone(s, from))) {
      PersonPatterns.add(s, from, i - from, s.surface(i, i + s.roleLength[i]), out);
    }
  }

  /**
   * A quoted word alone before a role is a name when no list holds it, or it is a given name or a
   * person's; a common word is the quoted praise of the one the role names («عملگرایی» پادشاه).
   */
  private static boolean nameAlone(Scan s, int k) {
    Entry e = s.name[k];
    return s.unknown(k) || s.givenName(k) || e != null && e.type() == Entity.Type.PERSON;
  }

  /** «حسن قشقاوی عضو …»: after a given name, an ordinary word before a role is a family name. */
  private static boolean afterGivenName(Scan s, int x) {
    return x > 0 && s.adjacent(x - 1) && s.givenName(x - 1) && !Words.isTitleWord(s.key(x));
  }
}
