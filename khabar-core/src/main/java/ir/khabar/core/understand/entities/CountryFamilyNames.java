package ir.khabar.core.understand.entities;

import ir.khabar.core.Entity;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A country's name that is also a person's family name («کامرون»: Cameroon, and David Cameron): the
 * word is the person where the text says so. The text names the person in full elsewhere (دیوید
 * کامرون … کامرون افزود), or it is written as a person is — an honorific right before it (آقای
 * کامرون) or a verb of saying right after it (کامرون گفت) — and the gazetteer knows a person of
 * that family name. Otherwise it stays the country («رئیس جمهور کامرون»).
 */
final class CountryFamilyNames {
  /**
   * The gazetteer's people by their family name ({@link SharedFamilyNames#familyKey}), when only
   * one.
   */
  private static final Map<String, String> FAMILY = family();

  private CountryFamilyNames() {}

  private static Map<String, String> family() {
    Map<String, String> out = new HashMap<>();
    EntityRecognizer.gazetteerRows(
        "people.tsv",
        r -> {
          String last = SharedFamilyNames.familyKey(r[1]);
          if (last != null) {
            List<Token> words = Tokens.of(r[1]);
            out.merge(last, Gazetteer.join(words, 0, words.size()), (a, b) -> a.equals(b) ? a : "");
          }
        });
    out.values().removeIf(String::isEmpty);
    return out;
  }

  static void resolve(Scan s, List<Candidate> chosen) {
    for (int x = 0; x < chosen.size(); x++) {
      Candidate c = chosen.get(x);
      if (c.length() != 1 || c.type() != Entity.Type.COUNTRY || !c.kind().equals("country")) {
        continue;
      }
      String key = s.key(c.from());
      Candidate full = namedInFull(s, chosen, key);
      if (full != null) {
        chosen.set(x, person(c, full.id(), full.name(), full.country(), full.evidence()));
        continue;
      }
      String known = FAMILY.get(Gazetteer.keyOf(key));
      Entry p = known == null ? null : s.gazetteer().name(known);
      if (p == null || p.type() != Entity.Type.PERSON) {
        continue;
      }
      if (givenBefore(s, chosen, c.from())) {
        // «جیمز کامرون»: another person of that family name, named by a given name
        chosen.set(
            x,
            Candidate.read(s, c.from() - 1, c.to(), Entity.Type.PERSON, "person", c.priority())
                .withEvidence(Entity.Evidence.GIVEN_AND_FAMILY));
      } else if (writtenAsPerson(s, c.from())) {
        chosen.set(x, person(c, p.id(), p.name(), p.country(), Entity.Evidence.ALIAS));
      }
    }
  }

  /** A person of two words or more in the text whose last word is this one. */
  private static Candidate namedInFull(Scan s, List<Candidate> chosen, String key) {
    for (Candidate p : chosen) {
      if (p.type() == Entity.Type.PERSON && p.length() >= 2 && s.key(p.to() - 1).equals(key)) {
        return p;
      }
    }
    return null;
  }

  /**
   * A given name right before token i that no other mention holds and that is no title or everyday
   * word (not «امیر», «ملک» before a country).
   */
  private static boolean givenBefore(Scan s, List<Candidate> chosen, int i) {
    if (i == 0 || !s.adjacent(i - 1) || !s.givenName(i - 1)) {
      return false;
    }
    String key = s.key(i - 1);
    if (s.roleLength[i - 1] > 0
        || s.honorificLength[i - 1] > 0
        || Words.isTitleWord(key)
        || EverydayNames.everyday(key)) {
      return false;
    }
    for (Candidate c : chosen) {
      if (c.from() < i && c.to() > i - 1) {
        return false;
      }
    }
    return true;
  }

  /** «آقای کامرون», «کامرون گفت»: an honorific before the word, or a verb of saying after it. */
  private static boolean writtenAsPerson(Scan s, int i) {
    return Coreference.titled(s, i)
        || i + 1 < s.size() && s.adjacent(i) && PersonPatterns.SPEECH.contains(s.key(i + 1));
  }

  private static Candidate person(
      Candidate c, String id, String name, String country, Entity.Evidence evidence) {
    return new Candidate(
        c.from(),
        c.to(),
        Entity.Type.PERSON,
        id,
        name,
        "person",
        null,
        Candidate.KNOWN_PERSON,
        country,
        evidence);
  }
}
