package ir.khabar.core.understand.entities;

import ir.khabar.core.Entity;
import ir.khabar.core.understand.SentenceStops;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Later mentions of a person within one text: the family name alone (ظریف after محمد جواد ظریف),
 * and «وی», «او» or «ایشان», which refer to the person named last before them. A role given
 * anywhere is carried to every mention.
 */
final class Coreference {
  private Coreference() {}

  static void resolve(Scan s, List<Candidate> chosen) {
    Map<String, Candidate> bySurname = new HashMap<>();
    for (Candidate c : chosen) {
      // A family name written apart (فرخی زاد) is not looked for alone: «زاد» would match any word.
      if (c.type() == Entity.Type.PERSON
          && c.length() >= 2
          && s.key(c.to() - 1).length() > 2
          && !FamilyNameShapes.partApart(s.key(c.to() - 1))) {
        bySurname.putIfAbsent(s.key(c.to() - 1), c);
      }
      if (c.type() == Entity.Type.PERSON && c.length() == 3 && firstOfFamilyName(s, c)) {
        bySurname.putIfAbsent(s.key(c.from() + 1), c); // «براتی» of «فرید براتی سده»
      }
    }
    for (Candidate c : chosen) {
      // «آیت الله هاشمی», «نخست وزیر مغولستان، دورج،»: a family name a title or an office of a
      // country introduces is that person bare elsewhere too
      if (c.type() == Entity.Type.PERSON
          && c.length() == 1
          && (titled(s, c.from()) || c.role() != null && c.country() != null)
          && nameLike(s, c.from())) {
        bySurname.putIfAbsent(s.key(c.from()), c);
      }
    }
    sameWords(s, chosen);
    // A family name read alone before (or apart from) the full name is the same person: آقای مهاجر
    // = سید رسول مهاجر; «معصومی فر» = احمد معصومی‌فر; «دکتر عارف» = محمدرضا عارف.
    Map<String, Candidate> byTail = byTail(s, chosen);
    for (int x = 0; x < chosen.size(); x++) {
      Candidate c = chosen.get(x);
      Candidate full = c.type() == Entity.Type.PERSON ? tailOf(s, c, bySurname, byTail) : null;
      if (full != null && !full.id().equals(c.id())) {
        chosen.set(x, c.as(full, c.kind()));
      }
      Candidate named = townNamed(s, c, bySurname);
      if (named != null) {
        chosen.set(x, mention(c.from(), c.to(), named)); // «سوریان» after «حمید سوریان»
      }
    }
    Map<String, Candidate> byGiven = byGivenName(s, chosen);
    boolean[] covered = new boolean[s.size()];
    chosen.forEach(c -> Arrays.fill(covered, c.from(), c.to(), true));
    List<Candidate> added = new ArrayList<>();
    for (int i = 0; i < s.size(); i++) {
      Candidate whole = tailAlone(s, i, covered, byTail);
      if (whole != null) {
        added.add(mention(i, i + 2, whole)); // «انصاری فرد» after «کریم انصاری فرد»
        i++;
        continue;
      }
      Candidate person = covered[i] ? null : bySurname.get(s.key(i));
      person = person != null && apart(s, i) && !startsOffice(s, i) ? person : null;
      if (person != null && person.from() > i && !nameLike(s, i) && !officeBefore(s, i)) {
        // before the full name (a headline), only a word that is no common word, or one an office
        // introduces («رئیس جمهور روحانی» before «حسن روحانی»)
        person = null;
      }
      if (person == null && !covered[i] && alone(s, i)) {
        person = byGiven.get(s.key(i)); // «زلاتان» after «زلاتان ابراهیموویچ»
        person = person != null && person.from() < i ? person : null;
      }
      if (person != null && partFollows(s, i)) {
        added.add(apartName(s, i)); // «امیری فر» is Amirifar, not the Amiri named before
        i++;
      } else if (person != null) {
        added.add(mention(i, i + 1, person));
      }
    }
    chosen.addAll(added);
    SamePeople.agree(chosen);
    pronouns(s, chosen, covered);
  }

  /**
   * Given names that start one person's full name in the text, and only one's: «زلاتان» after
   * «زلاتان ابراهیموویچ». Only given names no word list holds (a common given name such as علی
   * alone is anyone), and not those two people share.
   */
  private static Map<String, Candidate> byGivenName(Scan s, List<Candidate> chosen) {
    Map<String, Candidate> out = new HashMap<>();
    for (Candidate c : chosen) {
      if (c.type() == Entity.Type.PERSON
          && s.givenName(c.from())
          && (c.length() >= 2 && s.unknown(c.from()) || NamedAs.KIND.equals(c.kind()))) {
        claim(out, s.key(c.from()), c);
      }
    }
    return unshared(out);
  }

  /**
   * The person whose full name ends in the words of candidate c: the family name alone, one word
   * (خاتمی, and a given name used as one: «دکتر عارف», «شیخ یاسین», but not «امام حسین (ع)» beside
   * «صدام حسین») or more (امامی کاشانی, ستاری فر, غلامرضا موسوی after سید غلامرضا موسوی).
   */
  private static Candidate tailOf(
      Scan s, Candidate c, Map<String, Candidate> bySurname, Map<String, Candidate> byTail) {
    String words = s.join(c.from(), c.to());
    if (c.length() > 1) {
      Candidate full = byTail.get(words);
      return full != null || s.givenName(c.from()) ? full : bySurname.get(words);
    }
    Candidate full = Eponyms.blessing(s, c.to()) > c.to() ? null : bySurname.get(words);
    return full != null && s.givenName(c.from()) && givenAlone(s, full) ? null : full;
  }

  /**
   * One name written twice, glued once and apart once («حسین صفارهرندی … حسین صفار هرندی»), is one
   * person: the one the lists link where one mention is linked (by its role) and the other is not.
   */
  private static void sameWords(Scan s, List<Candidate> chosen) {
    Map<String, Candidate> linked = new HashMap<>();
    for (Candidate c : chosen) {
      if (c.type() == Entity.Type.PERSON && !c.id().startsWith("person-")) {
        claim(linked, s.join(c.from(), c.to()), c);
      }
    }
    unshared(linked);
    for (int x = 0; x < chosen.size() && !linked.isEmpty(); x++) {
      Candidate c = chosen.get(x);
      Candidate same =
          c.type() == Entity.Type.PERSON && c.id().startsWith("person-")
              ? linked.get(s.join(c.from(), c.to()))
              : null;
      if (same != null && same.length() != c.length()) {
        chosen.set(x, c.as(same, c.kind()));
      }
    }
  }

  /**
   * Whether the second of a three-word name is the first word of a family name in two («فرید براتی
   * سده», «غلامرضا زارع کهن»), which news also writes alone: after one given name, no given name
   * itself, and shaped as a family name, before a common word (a third word shaped as a family name
   * is as often a word the name ran on into: «هادی روستایی ساماندهی»).
   */
  private static boolean firstOfFamilyName(Scan s, Candidate c) {
    int second = c.from() + 1;
    String last = s.key(c.to() - 1);
    return s.givenName(c.from())
        && !s.givenName(second)
        && FamilyNameShapes.surnameShaped(s.key(second))
        && !FamilyNameShapes.partApart(last)
        && !FamilyNameShapes.surnameShaped(last)
        && !s.unknown(c.to() - 1);
  }

  /** «سید علی»: a given name after a lineage alone is no family name. */
  private static boolean givenAlone(Scan s, Candidate full) {
    for (int i = full.from(); i < full.to() - 1; i++) {
      if (!NameEvidence.isLineage(s.key(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The last two words or more of each full name of three words or more, joined, when one person's
   * alone: the family name written in two words (ستاری فر, امامی کاشانی) or without «سید».
   */
  private static Map<String, Candidate> byTail(Scan s, List<Candidate> chosen) {
    Map<String, Candidate> out = new HashMap<>();
    for (Candidate c : chosen) {
      for (int from = c.from() + 1; c.type() == Entity.Type.PERSON && from <= c.to() - 2; from++) {
        claim(out, s.join(from, c.to()), c);
      }
    }
    return unshared(out);
  }

  /** Gives the key to c, or marks it {@link #SHARED} when another person holds it already. */
  private static void claim(Map<String, Candidate> out, String key, Candidate c) {
    Candidate other = out.putIfAbsent(key, c);
    if (other != null && other != SHARED && !other.id().equals(c.id())) {
      out.put(key, SHARED);
    }
  }

  /** The keys one person alone holds. */
  private static Map<String, Candidate> unshared(Map<String, Candidate> out) {
    out.values().removeIf(c -> c == SHARED);
    return out;
  }

  private static final Candidate SHARED =
      new Candidate(0, 0, Entity.Type.PERSON, "", "", "", null, 0, null, null);

  /**
   * A family name not inside another's name: no given name or other family name next to it («حسین
   * انصاری», «موحدی کرمانی» are other people's names).
   */
  private static boolean apart(Scan s, int i) {
    return !(i > 0 && s.adjacent(i - 1) && (s.givenName(i - 1) || nameLike(s, i - 1)))
        && !(i + 1 < s.size() && s.adjacent(i) && nameLike(s, i + 1));
  }

  /**
   * The person whose full name ends in the two words at i, written there on their own: the family
   * name in two words («انصاری فرد», «امامی کاشانی») after the full name, which the one-word lookup
   * leaves alone because «فرد» alone is any word.
   */
  private static Candidate tailAlone(
      Scan s, int i, boolean[] covered, Map<String, Candidate> byTail) {
    if (byTail.isEmpty() || i + 1 >= s.size() || covered[i] || covered[i + 1] || !s.adjacent(i)) {
      return null;
    }
    Candidate full = byTail.get(s.join(i, i + 2));
    boolean named =
        i > 0 && s.adjacent(i - 1) && (s.givenName(i - 1) || s.honorificLength[i - 1] > 0);
    return full != null && !named ? full : null;
  }

  /** A later mention, words from..to, of the person named in full. */
  /** The person whose family name is the town candidate c names, or null. */
  private static Candidate townNamed(Scan s, Candidate c, Map<String, Candidate> bySurname) {
    if (c.type() != Entity.Type.PLACE || c.length() != 1) {
      return null;
    }
    Candidate person = bySurname.get(s.key(c.from())); // mostly none: the lexicon is asked after
    return person != null && PersonPatterns.town(s, c.from()) ? person : null;
  }

  private static Candidate mention(int from, int to, Candidate person) {
    return mention(from, to, person, "person");
  }

  /** A later mention of the person named in full, of the given kind (a name, a pronoun). */
  private static Candidate mention(int from, int to, Candidate person, String kind) {
    return new Candidate(
        from,
        to,
        Entity.Type.PERSON,
        person.id(),
        person.name(),
        kind,
        person.role(),
        Candidate.PATTERN_PERSON,
        person.country(),
        person.evidence());
  }

  /** Whether an honorific (دکتر, آیت الله, سردار) ends right before token i. */
  static boolean titled(Scan s, int i) {
    for (int k = Math.max(0, i - 3); k < i; k++) {
      if (s.honorificLength[k] > 0 && k + s.honorificLength[k] == i) {
        return true;
      }
    }
    return false;
  }

  /** Whether an office or an honorific ends right before token i. */
  private static boolean officeBefore(Scan s, int i) {
    for (int k = Math.max(0, i - 4); k < i; k++) {
      if (s.roleLength[k] > 0 && k + s.roleLength[k] == i) {
        return true;
      }
    }
    return titled(s, i);
  }

  /**
   * Whether an office of two words or more starts at token i: «صدر» of «گرهارد شرودر صدر اعظم
   * آلمان» is the chancellor's office, not Moqtada al-Sadr named before.
   */
  private static boolean startsOffice(Scan s, int i) {
    return s.roleLength[i] > 1;
  }

  /** Whether a family name's ending written apart (فر, پور, نژاد) follows token i. */
  private static boolean partFollows(Scan s, int i) {
    return i + 1 < s.size() && s.adjacent(i) && FamilyNameShapes.partApart(s.key(i + 1));
  }

  /** Another person, named by a family name whose ending is written apart. */
  private static Candidate apartName(Scan s, int i) {
    return new Candidate(
        i,
        i + 2,
        Entity.Type.PERSON,
        "person-" + s.join(i, i + 2),
        s.surface(i, i + 2),
        "person",
        null,
        Candidate.PATTERN_PERSON,
        null,
        Entity.Evidence.PATTERN);
  }

  /** A family name that is no common word: رستگارپور, کفاشیان, لاوروف, زاهدی. */
  private static boolean nameLike(Scan s, int x) {
    return !s.breaks(x) && (s.unknown(x) || FamilyNameShapes.surnameShaped(s.key(x)));
  }

  /** A word standing alone: no name-like word joined to it on either side. */
  private static boolean alone(Scan s, int i) {
    return !(i + 1 < s.size() && s.adjacent(i) && (s.unknown(i + 1) || s.givenName(i + 1)))
        && s.name[i] == null
        && (i == 0 || s.honorificLength[i - 1] == 0);
  }

  /**
   * «وی», «او», «ایشان»: the last person named before them in their sentence; at a sentence's
   * start, the first person the sentence before names (its subject, as news writes: «سعود الفیصل …
   * با صدام … . وی افزود» is al-Faisal, not Saddam).
   */
  private static void pronouns(Scan s, List<Candidate> chosen, boolean[] covered) {
    List<Candidate> people =
        chosen.stream()
            .filter(c -> c.type() == Entity.Type.PERSON)
            .sorted(Comparator.comparingInt(Candidate::from))
            .toList();
    if (people.isEmpty()) {
      return;
    }
    List<Candidate> added = new ArrayList<>();
    int p = -1;
    int sentence = 0;
    Candidate firstOfLast = null; // the first person of the last sentence that named one
    Candidate firstOfThis = null;
    for (int i = 0; i < s.size(); i++) {
      if (i > 0 && endsSentence(s, i - 1)) {
        sentence = i;
        firstOfLast = firstOfThis != null ? firstOfThis : firstOfLast;
        firstOfThis = null;
      }
      while (p + 1 < people.size() && people.get(p + 1).from() < i) {
        p++;
        if (firstOfThis == null && people.get(p).from() >= sentence) {
          firstOfThis = people.get(p);
        }
      }
      if (p >= 0 && !covered[i] && Words.isPronoun(s.key(i))) {
        Candidate last = people.get(p);
        boolean inThis = last.from() >= sentence;
        added.add(mention(i, i + 1, inThis || firstOfLast == null ? last : firstOfLast, "pronoun"));
      }
    }
    chosen.addAll(added);
  }

  /**
   * Whether a sentence ends after token k ({@link SentenceStops}, as the events read sentences).
   */
  private static boolean endsSentence(Scan s, int k) {
    for (int c = s.end(k); c < s.start(k + 1); c++) {
      if (SentenceStops.is(s.text.charAt(c))) {
        return true;
      }
    }
    return false;
  }
}
