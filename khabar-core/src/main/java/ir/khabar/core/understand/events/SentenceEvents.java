package ir.khabar.core.understand.events;

import ir.khabar.core.Entity;
import ir.khabar.core.Event;
import ir.khabar.core.understand.entities.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * One sentence's encounters, clause by clause ({@link Clause}): the reporting word of each clause
 * that tells one, with the clause's actors (widened to the sentence's subject, or to the sentence
 * when the clause names one party), place and day; or else the statement the sentence makes.
 */
final class SentenceEvents {
  private SentenceEvents() {}

  /**
   * Whether the sentence's words [0, to) name no subject of their own: «وی» or «خود» stand for one.
   */
  static boolean subjectless(Words w, Sentence s, int to) {
    return !hasSubject(w, s, new Clause(0, to, -1));
  }

  /**
   * «با رییس جمهور این کشور»: the country the clause points to is a party, read as a named one is:
   * not in what the encounter is about, nor a matter's or a people's («آرای مردم این کشور»).
   */
  static void pointed(Draft d, Words w, Sentence s, Map<Integer, String> thisCountry) {
    if (d.type == Event.Type.STATEMENT) {
      return;
    }
    List<int[]> about = about(w, s, d.from);
    for (int i = s.firstWord() + d.from; i < s.firstWord() + d.to; i++) {
      String iso = thisCountry.get(i);
      if (iso != null
          && !AboutPhrases.holds(about, w.starts()[i - 1])
          && !Bystanders.matterBefore(w, i - 1, s.mentions())
          && !Parties.notState(w.keyBefore(w.starts()[i - 1]))) {
        d.country(iso, Parties.countryName(iso));
      }
    }
  }

  /**
   * The encounters a sentence tells, one for each clause whose reporting word tells one; or else
   * the statement it makes; or nothing.
   */
  static List<Draft> read(
      String text, Words w, Sentence s, int index, LocalDate day, boolean sportArticle) {
    List<String> keys = s.keys(w);
    boolean today = keys.contains("امروز");
    IntFunction<Span> named = i -> s.named(w, i);
    EventDates.Sentence dates = new EventDates.Sentence(text, day);
    List<Draft> out = new ArrayList<>();
    for (Clause c : Clause.all(keys)) {
      int at =
          EventWords.at(
              keys,
              c.from(),
              c.to(),
              i ->
                  EventWords.typeAt(keys, i) != Event.Type.STATEMENT
                      && tells(keys, i, c, today, named));
      if (at >= 0 && !EventContext.sport(keys)) {
        Draft d = draft(text, w, s, index, EventWords.typeAt(keys, at), at, c, dates);
        if (d != null && (!sportArticle || d.hasPerson())) {
          out.add(d);
        }
        int during =
            d != null && d.type == Event.Type.AGREEMENT
                ? Signings.during(keys, c, i -> tells(keys, i, c, today, named))
                : -1;
        Draft when =
            during < 0
                ? null
                : draft(text, w, s, index, EventWords.typeAt(keys, during), during, c, dates);
        if (when != null && (!sportArticle || when.hasPerson())) {
          out.add(when); // «در سفر … به هند تفاهم‌نامه‌ای امضا شد»: the visit, beside the signing
        }
      }
    }
    if (out.isEmpty()) {
      int at = EventWords.at(keys, i -> EventWords.typeAt(keys, i) == Event.Type.STATEMENT);
      Draft d =
          at < 0
              ? null
              : draft(
                  text,
                  w,
                  s,
                  index,
                  Event.Type.STATEMENT,
                  at,
                  new Clause(0, keys.size(), -1),
                  dates);
      if (d != null && d.hasPerson()) {
        out.add(d);
      }
    }
    return out;
  }

  /** The event of one clause, with its actors, place and day; or null when it names no one. */
  private static Draft draft(
      String text,
      Words w,
      Sentence s,
      int index,
      Event.Type type,
      int at,
      Clause clause,
      EventDates.Sentence dates) {
    List<String> keys = s.keys(w);
    List<String> clauseKeys = keys.subList(clause.from(), clause.to());
    Draft d = new Draft(type, text, index);
    d.from = clause.from();
    d.to = clause.to();
    List<Span> own = Referrers.referred(w, s, clause, at, s.within(w, clause.from(), clause.to()));
    List<int[]> about = about(w, s, clause.from());
    own.forEach(m -> read(d, text, w, s, m, about));
    if (type != Event.Type.STATEMENT) {
      Parties.implied(d, clauseKeys);
      if (OwnParties.none(d, clauseKeys)
          || PrivateSubjects.opens(clauseKeys)
          || RelativeSubjects.privateBody(keys, clause)
          || PrivateCounterparts.with(keys, at)
          || type == Event.Type.MEET
              && OwnSessions.alone(keys, at, clauseKeys, Parties.count(d) + d.venues.size())) {
        return null;
      }
      widen(d, text, w, s, keys, clause);
      if (Parties.count(d) + d.venues.size() < 2) {
        // «مسکو _ ایرنا: ظریف با همتای خود دیدار کرد»: the dateline is the one counterpart told
        s.mentions().stream()
            .filter(m -> NonParties.datelined(text, s.start(), m, s.mentions()))
            .forEach(m -> Parties.read(d, w, m, false));
      }
      Counterparts.mark(d, w, s.firstWord(), s.mentions());
    }
    if (d.actors.isEmpty() && d.orgs.isEmpty()
        || type == Event.Type.STATEMENT && !d.hasPerson() // kept only when a person makes it
        || Listings.only(d, w, s)) {
      return null;
    }
    d.place = EventPlace.of(w, own);
    if (d.place == null) {
      int said = Quotes.start(text, s.start(), w, s.firstWord() + clause.from(), s.lastWord());
      boolean today = keys.contains("امروز");
      List<Clause> clauses = Clause.all(keys); // once for the sentence, not once a mention
      d.place =
          EventPlace.of(
              w,
              s.mentions().stream()
                  .filter(m -> !Quotes.said(w, said, m, false))
                  .filter(
                      m ->
                          w.indexOf(m.start()) - s.firstWord() < clause.to()
                              || EventPlace.fitsAfter(w, m, d))
                  .filter(
                      m ->
                          w.indexOf(m.start()) - s.firstWord() >= clause.from()
                              || EventPlace.fitsAfter(w, m, d)
                              || !Travellers.another(w, s, clauses, m, d))
                  .filter(
                      m ->
                          !Clause.unrealAt(
                              clauses, keys, w.indexOf(m.start()) - s.firstWord(), today))
                  .toList());
    }
    if (d.place == null) {
      d.place = EventPlace.thirdCountry(w, s.mentions(), d);
    }
    int[] span = clauseSpan(text, w, s, clause);
    d.stated = EventDates.stated(dates, span[0], span[1], clauseKeys).orElse(null);
    // A clause told at another time («که ماه گذشته به مسکو رفته بود») takes no day of the rest.
    d.elsewhen = d.stated == null && EventDates.elsewhen(clauseKeys);
    if (d.stated == null && !d.elsewhen) {
      d.stated = EventDates.stated(dates, 0, text.length(), keys).orElse(null);
    }
    return d;
  }

  /**
   * Whether the reporting word at i, in clause c, tells an encounter that happened or is set for
   * the article's own day (not an interview, a topic or hope, one to come later or denied).
   */
  private static boolean tells(
      List<String> keys, int i, Clause c, boolean today, IntFunction<Span> named) {
    if (EventContext.interview(keys, i, named)) {
      return false;
    }
    return EventSense.encounter(keys, i, c, named)
        && !Denials.denied(keys, i)
        && (Underway.told(keys, i, c)
            || Signings.concluded(keys, i)
            || !EventContext.notYet(keys, c, today, i)
                && !Impersonal.governs(keys, c, i)
                && (!c.unreal(keys, today) || today && EventContext.scheduled(keys, c)));
  }

  /**
   * The parties a clause leaves out: the subject told before it («ظریف که دیروز وارد مسکو شد، با
   * لاوروف دیدار کرد», a clause after «و»), and the rest of the sentence when the clause still
   * names fewer than two («در دیدار … اظهار داشت: ترکیه …»), but not what someone then says ({@link
   * Quotes}); a clause said takes the speaker, not the one the speaker met in the framing words.
   */
  private static void widen(
      Draft d, String text, Words w, Sentence s, List<String> keys, Clause clause) {
    // «… وارد مسکو شد و با لاوروف دیدار کرد» takes the subject before «و»; «… دیدار کرد و وزیر
    // خارجه چین با …» opens with its own, and the meeting before is another.
    boolean joined =
        clause.from() > 0 && keys.get(clause.from()).equals("و") && !opensWithSubject(w, s, clause);
    int saying = Quotes.start(text, s.start(), w, s.firstWord(), s.firstWord() + clause.from() + 1);
    if (clause.from() > 0
        && (joined || !hasSubject(w, s, clause) || Parties.count(d) + d.venues.size() < 2)) {
      boolean trip = joined && JoinedTrips.trip(d, w, s.within(w, clause.from(), clause.to()));
      s.within(w, 0, clause.from()).stream()
          .filter(m -> w.starts()[s.firstWord() + subjectEnd(keys)] > m.start() || joined)
          .filter(m -> !trip || !JoinedTrips.met(w, m))
          .filter(m -> !Quotes.framing(w, saying, m, s.mentions()))
          .forEach(m -> read(d, text, w, s, m, List.of()));
    }
    if (Parties.count(d) + d.venues.size() == 1) {
      List<int[]> about = about(w, s, 0);
      int said = Quotes.told(text, s.start(), w, s.firstWord() + clause.from(), s.lastWord());
      boolean head =
          Quotes.speakerUnplaced(w, s.within(w, clause.from(), clause.to()), d.countries());
      s.mentions().stream()
          .filter(
              m -> !Quotes.said(w, said, m, head) && !Quotes.framing(w, saying, m, s.mentions()))
          .forEach(m -> read(d, text, w, s, m, about));
    }
    if (saying >= 0 && WeSaid.in(keys.subList(clause.from(), clause.to()))) {
      // «زنگنه گفت: ما با ایتالیا و آلمان وارد مذاکره شدیم»: «ما» is the speaker's side
      s.mentions().stream()
          .filter(m -> m.type() == Entity.Type.PERSON && m.start() < w.starts()[saying])
          .filter(m -> !Quotes.framing(w, saying, m, s.mentions()))
          .forEach(m -> read(d, text, w, s, m, List.of()));
    }
    Parties.venues(d);
    Parties.posted(d);
  }

  /**
   * Where the clause's own words are in the sentence's text, {from, to}: its day comes first from
   * them.
   */
  private static int[] clauseSpan(String text, Words w, Sentence s, Clause clause) {
    int from = w.starts()[s.firstWord() + clause.from()] - s.start();
    int to =
        s.firstWord() + clause.to() < s.lastWord()
            ? w.starts()[s.firstWord() + clause.to()] - s.start()
            : text.length();
    return new int[] {
      Math.max(0, Math.min(from, text.length())), Math.max(0, Math.min(to, text.length()))
    };
  }

  /**
   * Whether a clause after «و» opens with a subject of its own: a person, country or organisation
   * named before any preposition («و وزیر امور خارجه ترکیه نیز با …»), not a list after one («و سپس
   * به ارمنستان، گرجستان، مسکو … سفر کرد»).
   */
  private static boolean opensWithSubject(Words w, Sentence s, Clause clause) {
    List<String> keys = s.keys(w);
    for (int k = clause.from() + 1; k < clause.to(); k++) {
      if (PREPOSITIONS.contains(keys.get(k))) {
        return false;
      }
      Span m = s.named(w, k);
      if (m != null && m.isName()) {
        return m.type() != Entity.Type.PLACE;
      }
    }
    return false;
  }

  /**
   * Words after which a mention is no clause's subject: «با همتایان پاکستانی خود», and where a trip
   * goes («و سپس عازم قزاقستان شد»).
   */
  private static final Set<String> PREPOSITIONS =
      EventContext.folded(
          "با", "به", "از", "در", "برای", "میان", "بین", "نزد", "همراه", "علیه", "توسط", "همتای",
          "همتایان", "عازم", "وارد", "رهسپار", "راهی");

  /**
   * Whether a clause names its own subject: a person, country or organisation not after a
   * preposition («حال آن که رایس … با نخست وزیر لهستان»).
   */
  private static boolean hasSubject(Words w, Sentence s, Clause clause) {
    return s.within(w, clause.from(), clause.to()).stream()
        .anyMatch(
            m ->
                m.type() != Entity.Type.PLACE
                    && m.isName()
                    && !PREPOSITIONS.contains(w.keyBefore(m.start())));
  }

  /**
   * Where the sentence's subject ends: at its first «که» or verb, or a clause it opens of another
   * time («پیش از آنکه با رهبرانی از ایتالیا، فرانسه … دیدار کند»).
   */
  private static int subjectEnd(List<String> keys) {
    for (int i = 0; i < keys.size(); i++) {
      if (SUBORDINATORS.contains(keys.get(i)) || Clause.verb(keys.get(i))) {
        return i;
      }
    }
    return keys.size();
  }

  private static final Set<String> SUBORDINATORS = EventContext.folded("که", "آنکه", "اینکه");

  /**
   * Reads a mention into the draft: not when it is in the words on what the event is about (the
   * phrases {@code about}), or a matter's owner («حاکمیت عراق»).
   */
  private static void read(Draft d, String text, Words w, Sentence s, Span m, List<int[]> about) {
    if (!Bystanders.matter(w, m, s.mentions())
        && !NonParties.datelined(text, s.start(), m, s.mentions())
        && !NonParties.placesPlace(w, m, s.mentions())
        && !NonParties.listedAt(w, m, s.mentions())) {
      Parties.read(d, w, m, AboutPhrases.holds(about, m.start()));
    }
  }

  /** The phrases on what the event is about, from the sentence's word {@code from} on. */
  private static List<int[]> about(Words w, Sentence s, int from) {
    return AboutPhrases.of(w, s.firstWord() + from, s.lastWord());
  }
}
