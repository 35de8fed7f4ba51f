package ir.khabar.core.understand.entities;

import ir.khabar.core.Entity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Clubs named the way sports news names them: by their city («بارسلونا را شکست داد») or by a common
 * word («استقلال», «رئال»), which only a sports page reads so ({@code club-names.tsv}). Elsewhere
 * the city stays a place and the word a word; after «شهر» or a number («۵۰۰ میلیون ریال») it is
 * that on a sports page too.
 */
final class ClubNames {
  /**
   * A name on a sports page (its words' folded keys), the club it names, and whether it is written
   * with a hamza (رئال against ریال, the currency; لیون against لئون, a given name).
   */
  private record Name(List<String> keys, Entry club, boolean hamza) {}

  /** The names by their first word's key, longest first. */
  private final Map<String, List<Name>> names = new HashMap<>();

  private ClubNames() {}

  static ClubNames load(Gazetteer gazetteer) {
    ClubNames c = new ClubNames();
    Gazetteer.rows("club-names.tsv", r -> c.add(gazetteer, r[0], r[1]));
    return c;
  }

  private void add(Gazetteer gazetteer, String name, String club) {
    Entry e = gazetteer.name(key(club));
    if (e == null || e.type() != Entity.Type.ORGANISATION) {
      throw new IllegalStateException("club-names.tsv: no listed club «" + club + "»");
    }
    List<String> keys = Tokens.of(name).stream().map(Token::key).toList();
    List<Name> starting = names.computeIfAbsent(keys.get(0), k -> new ArrayList<>());
    starting.add(new Name(keys, e, name.indexOf('ئ') >= 0));
    starting.sort(Comparator.comparingInt((Name n) -> n.keys().size()).reversed());
  }

  private static String key(String name) {
    List<Token> t = Tokens.of(name);
    return Gazetteer.join(t, 0, t.size());
  }

  /** The clubs a sports page names by city or common word, in place of the places read there. */
  void find(Scan s, List<Candidate> chosen) {
    headed(s, chosen);
    List<Candidate> found = new ArrayList<>();
    for (int i = 0; i < s.size(); i++) {
      List<Name> starting = names.get(s.key(i));
      if (starting == null) {
        continue;
      }
      for (Name name : starting) {
        int to = i + name.keys().size();
        if (matches(s, i, name)
            && standsAlone(s, i, name)
            && Teams.freeOf(chosen, i, to)
            && !anotherNamedInFull(chosen, name)) {
          found.add(
              Candidate.listed(
                  i,
                  to,
                  name.club(),
                  Candidate.ORGANISATION,
                  name.club().country(),
                  Entity.Evidence.ALIAS));
          i = to - 1;
          break;
        }
      }
    }
    if (found.isEmpty() || !SportsPages.sports(s)) {
      return;
    }
    for (Candidate club : found) {
      chosen.removeIf(c -> c.from() >= club.from() && c.to() <= club.to());
      chosen.add(club);
    }
  }

  /**
   * «باشگاه استقلال», «تیم پیکان», «تیم فوتبال استقلال خوزستان»: a club's head word (and its sport)
   * before one of these names or a listed club's is that club on any page (the head word says which
   * reading), not a new body of the same words.
   */
  private void headed(Scan s, List<Candidate> chosen) {
    for (int x = 0; x < chosen.size(); x++) {
      Candidate c = chosen.get(x);
      if (c.type() != Entity.Type.ORGANISATION
          || c.evidence() != Entity.Evidence.PATTERN
          || c.length() < 2
          || !Teams.isHead(s.key(c.from()))) {
        continue;
      }
      int first = c.from() + 1;
      while (first + 1 < c.to() && GenericHeads.isSport(s.key(first))) {
        first++;
      }
      Entry listed = s.name[first];
      if (listed != null && "club".equals(listed.kind()) && first + s.nameLength[first] == c.to()) {
        chosen.set(
            x,
            Candidate.listed(
                c.from(), c.to(), listed, c.priority(), listed.country(), Entity.Evidence.ALIAS));
        continue;
      }
      for (Name name : names.getOrDefault(s.key(first), List.of())) {
        if (first + name.keys().size() == c.to()
            && matches(s, first, name)
            && standsAlone(s, first, name)) {
          chosen.set(
              x,
              Candidate.listed(
                  c.from(),
                  c.to(),
                  name.club(),
                  c.priority(),
                  name.club().country(),
                  Entity.Evidence.ALIAS));
          break;
        }
      }
    }
  }

  /**
   * Whether the article is about another club this name begins, named in full («استقلال خوزستان»
   * against bare «استقلال», Tehran's by the list), and names no other club: the bare name is then
   * the article's club, as {@link Teams#extend} reads it. A page that names more clubs (a league's
   * results, «دیدار استقلال و پرسپولیس») keeps the list's reading.
   */
  private static boolean anotherNamedInFull(List<Candidate> chosen, Name name) {
    Set<String> clubs = new HashSet<>();
    boolean another = false;
    for (Candidate c : chosen) {
      if ("club".equals(c.kind()) && !c.id().equals(name.club().id())) {
        clubs.add(c.id());
        another |= Tokens.of(c.name()).get(0).key().equals(name.keys().get(0));
      }
    }
    return another && clubs.size() == 1;
  }

  private static boolean matches(Scan s, int i, Name name) {
    if (i + name.keys().size() > s.size()) {
      return false;
    }
    for (int k = 1; k < name.keys().size(); k++) {
      if (!s.adjacent(i + k - 1) || !s.key(i + k).equals(name.keys().get(k))) {
        return false;
      }
    }
    return true;
  }

  private static boolean standsAlone(Scan s, int i, Name name) {
    boolean hamza = s.tokens.get(i).text().indexOf('ئ') >= 0;
    return name.hamza() == hamza && !Teams.cityOrSum(s, i);
  }
}
