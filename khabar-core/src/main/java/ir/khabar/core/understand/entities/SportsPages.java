package ir.khabar.core.understand.entities;

import ir.khabar.core.Entity;
import java.util.List;
import java.util.Set;

/**
 * On a sports page a family name alone is most often a player's or a club's (واعظی of «علی سامره و
 * واعظی», بولتون of «بولتون میزبان چارلتون»), not the politician the gazetteer lists under it.
 * There a listed person's family name alone stays an unlisted person unless the text gives more:
 * the person named in full or with a role, or a title right before the name.
 */
final class SportsPages {
  /** Words only sports news uses often. */
  private static final Set<String> SPORT =
      Words.folded(
          "استادیوم",
          "بازیکن",
          "بازیکنان",
          "بسکتبال",
          "تساوی",
          "دروازه\u200cبان",
          "سرمربی",
          "فوتبال",
          "فوتسال",
          "فینال",
          "قهرمانی",
          "لیگ",
          "مدال",
          "مربی",
          "مهاجم",
          "هافبک",
          "هندبال",
          "والیبال",
          "ورزشگاه",
          "پنالتی",
          "کشتی\u200cگیر",
          "کشتی\u200cگیران",
          "گلزن");

  /** Sports words a page needs before it is read as sports news. */
  private static final int ENOUGH = 3;

  private SportsPages() {}

  /** The page is read for sports words only once a listed person named bare asks, and then once. */
  static void unlink(Scan s, List<Candidate> chosen) {
    Boolean sports = null;
    for (int x = 0; x < chosen.size(); x++) {
      Candidate c = chosen.get(x);
      if (c.type() == Entity.Type.PERSON
          && c.evidence() == Entity.Evidence.ALIAS
          && c.role() == null
          && (sports != null ? sports : (sports = sports(s)))
          && familyNameAlone(s, c)
          && !titled(s, c.from())
          && !namedOtherwise(chosen, c.id())) {
        chosen.set(
            x, Candidate.read(s, c.from(), c.to(), Entity.Type.PERSON, "person", c.priority()));
      }
    }
  }

  /** Whether the mention is the last word of the listed name alone (بولتون of جان بولتون). */
  private static boolean familyNameAlone(Scan s, Candidate c) {
    List<Token> words = Tokens.of(c.name());
    return words.size() > 1
        && Gazetteer.join(s.tokens, c.from(), c.to())
            .equals(Gazetteer.keyOf(words.get(words.size() - 1).key()));
  }

  /** Whether the text has enough of the sports words. */
  private static boolean sports(Scan s) {
    int found = 0;
    for (int i = 0; i < s.size() && found < ENOUGH; i++) {
      if (SPORT.contains(s.key(i))) {
        found++;
      }
    }
    return found >= ENOUGH;
  }

  /** Whether an honorific or title ends right before token i (دکتر قالیباف). */
  private static boolean titled(Scan s, int i) {
    for (int j = Math.max(0, i - 3); j < i; j++) {
      if (s.honorificLength[j] > 0 && j + s.honorificLength[j] == i) {
        return true;
      }
    }
    return false;
  }

  /** Whether the text names the person by more than the family name somewhere. */
  private static boolean namedOtherwise(List<Candidate> chosen, String id) {
    for (Candidate c : chosen) {
      if (c.id().equals(id) && c.evidence() != Entity.Evidence.ALIAS) {
        return true;
      }
    }
    return false;
  }
}
