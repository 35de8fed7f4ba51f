package ir.khabar.core.understand.events;

import ir.khabar.core.Entity;
import ir.khabar.core.Event;
import ir.khabar.core.understand.entities.EntityRecognizer;
import ir.khabar.core.understand.entities.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Events read sentence by sentence: the first reporting words a sentence holds give its type and
 * CAMEO code (not a game, an interview, or an encounter still to come); the people and countries
 * taking part are its actors (not those it is about: «درباره ایران»); the place comes from the
 * sentence, a visit's destination or the dateline ({@link EventPlace}); the day from the sentence,
 * resolved against the article's ({@link EventDates}); topics from the sentence or its neighbours.
 * One meeting told several times in an article is one event ({@link EventMerge}). Statements are
 * kept only when a person makes them.
 */
public final class EventExtractor {
  private static final Pattern SENTENCE = Pattern.compile("[^.!?؟\\n]+[.!?؟]?");

  private EventExtractor() {}

  /** A sentence: where it is, its words (indices into the text's words) and its mentions. */
  private record Sentence(int start, int end, int firstWord, int lastWord, List<Span> mentions) {}

  /**
   * The events of a text whose mentions were found over the same text; {@code day} is its date or
   * null.
   */
  public static List<Event> events(
      String text, EntityRecognizer.Reading recognised, LocalDate day) {
    EntityRecognizer.Reading reading =
        new EntityRecognizer.Reading(
            SamePerson.placed(recognised.mentions()), recognised.keys(), recognised.starts());
    Words words = new Words(reading.keys(), reading.starts());
    Words unnamed = withoutNames(words, reading.mentions());
    List<Sentence> sentences = sentences(text, reading);
    boolean sportArticle =
        !sentences.isEmpty() && EventContext.sport(keys(words, sentences.get(0)));
    Event.Actor dateline = dateline(words, sentences);
    Map<Integer, String> thisCountry = ThisCountry.of(words, reading.mentions());
    List<Draft> drafts = new ArrayList<>();
    RolePeople roles = new RolePeople(words, reading.mentions());
    Span antecedent = null;
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      List<Draft> read =
          read(text.substring(s.start(), s.end()).strip(), words, s, i, day, sportArticle);
      read.forEach(d -> pointed(d, words, s, thisCountry));
      for (Draft d : read) {
        roles.resolve(d, s.firstWord(), s.firstWord() + d.to, s.start());
        Antecedent.resolve(
            d,
            words,
            keys(words, s).subList(d.from, d.to),
            !hasSubject(words, s, new Clause(0, d.to, -1)),
            antecedent);
        d.topics = topics(unnamed, sentences, i);
        drafts.addAll(Counterparts.split(d));
      }
      antecedent = Antecedent.after(s.mentions(), antecedent);
    }
    List<Draft> merged = EventMerge.merge(drafts);
    EventMerge.counterparts(merged, peopleByCountry(reading.mentions()));
    List<Event> out = new ArrayList<>();
    for (Draft d : merged) {
      if (d.place == null && d.type != Event.Type.STATEMENT) {
        d.place = dateline;
      }
      out.add(d.toEvent(day));
    }
    return out;
  }

  /**
   * «با رییس جمهور این کشور»: the country the clause points to is a party, read as a named one is:
   * not in what the encounter is about, nor a matter's or a people's («آرای مردم این کشور»).
   */
  private static void pointed(Draft d, Words w, Sentence s, Map<Integer, String> thisCountry) {
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

  /** The dateline's place: «به گزارش … از مشهد» in one of the first sentences, or null. */
  private static Event.Actor dateline(Words w, List<Sentence> sentences) {
    for (int i = 0; i < Math.min(4, sentences.size()); i++) {
      List<String> keys = keys(w, sentences.get(i));
      if (keys.size() > 2 && keys.get(0).equals("به") && keys.get(1).equals("گزارش")) {
        return EventPlace.dateline(w, sentences.get(i).mentions());
      }
    }
    return null;
  }

  private static List<Sentence> sentences(String text, EntityRecognizer.Reading reading) {
    List<Sentence> out = new ArrayList<>();
    List<Span> mentions = reading.mentions();
    int[] starts = reading.starts();
    Matcher m = SENTENCE.matcher(text);
    int word = 0;
    int next = 0;
    while (m.find()) {
      String raw = text.substring(m.start(), m.end());
      int from = m.start() + raw.length() - raw.stripLeading().length();
      while (word < starts.length && starts[word] < m.start()) {
        word++;
      }
      int last = word;
      while (last < starts.length && starts[last] < m.end()) {
        last++;
      }
      while (next < mentions.size() && mentions.get(next).start() < from) {
        next++;
      }
      int end = next;
      while (end < mentions.size() && mentions.get(end).end() <= m.end()) {
        end++;
      }
      out.add(new Sentence(from, m.end(), word, last, mentions.subList(next, end)));
      word = last;
      next = end;
    }
    return out;
  }

  private static List<String> keys(Words w, Sentence s) {
    return w.keys().subList(s.firstWord(), s.lastWord());
  }

  /**
   * The encounters a sentence tells, one for each clause whose reporting word tells one; or else
   * the statement it makes; or nothing.
   */
  private static List<Draft> read(
      String text, Words w, Sentence s, int index, LocalDate day, boolean sportArticle) {
    List<String> keys = keys(w, s);
    boolean today = keys.contains("امروز");
    IntFunction<Span> named = i -> named(w, s, i);
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
        Draft d = draft(text, w, s, index, EventWords.typeAt(keys, at), c, dates);
        if (d != null && (!sportArticle || d.hasPerson())) {
          out.add(d);
        }
        int during =
            d != null && d.type == Event.Type.AGREEMENT
                ? Signings.during(keys, c, i -> tells(keys, i, c, today, named))
                : -1;
        Draft when =
            during < 0 ? null : draft(text, w, s, index, EventWords.typeAt(keys, during), c, dates);
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
                  text, w, s, index, Event.Type.STATEMENT, new Clause(0, keys.size(), -1), dates);
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
      Clause clause,
      EventDates.Sentence dates) {
    List<String> keys = keys(w, s);
    Draft d = new Draft(type, text, index);
    d.from = clause.from();
    d.to = clause.to();
    List<Span> own = within(w, s, clause.from(), clause.to());
    List<int[]> about = about(w, s, clause.from());
    own.forEach(m -> read(d, w, s, m, about));
    if (type != Event.Type.STATEMENT) {
      Parties.implied(d, keys.subList(clause.from(), clause.to()));
      widen(d, text, w, s, keys, clause);
      Counterparts.mark(d, w, s.firstWord(), s.mentions());
    }
    if (d.actors.isEmpty() && d.orgs.isEmpty()) {
      return null;
    }
    d.place = EventPlace.of(w, own);
    if (d.place == null) {
      int said = Quotes.start(text, s.start(), w, s.firstWord() + clause.from(), s.lastWord());
      d.place =
          EventPlace.of(
              w, s.mentions().stream().filter(m -> !Quotes.said(w, said, m, false)).toList());
    }
    int[] span = clauseSpan(text, w, s, clause);
    d.stated =
        EventDates.stated(dates, span[0], span[1], keys.subList(clause.from(), clause.to()))
            .or(() -> EventDates.stated(dates, 0, text.length(), keys))
            .orElse(null);
    return d;
  }

  /**
   * Whether the reporting word at i, in clause c, tells an encounter that happened or is set for
   * the article's own day (not an interview, a topic or hope, one to come later or denied).
   */
  private static boolean tells(
      List<String> keys, int i, Clause c, boolean today, IntFunction<Span> named) {
    if (EventContext.interview(keys, i)) {
      return false;
    }
    return EventSense.encounter(keys, i, c, named)
        && !EventContext.notYet(keys, c, today)
        && (!c.unreal(keys, today) || today && EventContext.scheduled(keys, c));
  }

  /**
   * The parties a clause leaves out: the subject told before it («ظریف که دیروز وارد مسکو شد، با
   * لاوروف دیدار کرد», a clause after «و»), and the rest of the sentence when the clause still
   * names fewer than two («در دیدار … اظهار داشت: ترکیه …»), but not what someone then says ({@link
   * Quotes}).
   */
  private static void widen(
      Draft d, String text, Words w, Sentence s, List<String> keys, Clause clause) {
    boolean joined = clause.from() > 0 && keys.get(clause.from()).equals("و");
    if (clause.from() > 0
        && (joined || !hasSubject(w, s, clause) || Parties.count(d) + d.venues.size() < 2)) {
      within(w, s, 0, clause.from()).stream()
          .filter(m -> w.starts()[s.firstWord() + subjectEnd(keys)] > m.start() || joined)
          .forEach(m -> read(d, w, s, m, List.of()));
    }
    if (Parties.count(d) + d.venues.size() == 1) {
      List<int[]> about = about(w, s, 0);
      int said = Quotes.start(text, s.start(), w, s.firstWord() + clause.from(), s.lastWord());
      boolean head =
          Quotes.speakerUnplaced(w, within(w, s, clause.from(), clause.to()), d.countries());
      s.mentions().stream()
          .filter(m -> !Quotes.said(w, said, m, head))
          .forEach(m -> read(d, w, s, m, about));
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

  /** Words after which a mention is no clause's subject: «با همتایان پاکستانی خود». */
  private static final Set<String> PREPOSITIONS =
      EventContext.folded(
          "با", "به", "از", "در", "برای", "میان", "بین", "نزد", "همراه", "علیه", "توسط", "همتای",
          "همتایان");

  /**
   * Whether a clause names its own subject: a person, country or organisation not after a
   * preposition («حال آن که رایس … با نخست وزیر لهستان»).
   */
  private static boolean hasSubject(Words w, Sentence s, Clause clause) {
    return within(w, s, clause.from(), clause.to()).stream()
        .anyMatch(
            m ->
                m.type() != Entity.Type.PLACE
                    && m.isName()
                    && !PREPOSITIONS.contains(w.keyBefore(m.start())));
  }

  /** The mention that starts at the sentence's word i, or null. */
  private static Span named(Words w, Sentence s, int i) {
    if (i < 0 || s.firstWord() + i >= s.lastWord()) {
      return null;
    }
    int offset = w.starts()[s.firstWord() + i];
    for (Span m : s.mentions()) {
      if (m.start() == offset) {
        return m;
      }
    }
    return null;
  }

  /** The mentions of the sentence's words [from, to). */
  private static List<Span> within(Words w, Sentence s, int from, int to) {
    int start = w.starts()[s.firstWord() + from];
    int end = s.firstWord() + to < s.lastWord() ? w.starts()[s.firstWord() + to] : s.end();
    return s.mentions().stream().filter(m -> m.start() >= start && m.start() < end).toList();
  }

  /** Where the sentence's subject ends: at its first «که» or verb. */
  private static int subjectEnd(List<String> keys) {
    for (int i = 0; i < keys.size(); i++) {
      if (keys.get(i).equals("که") || Clause.verb(keys.get(i))) {
        return i;
      }
    }
    return keys.size();
  }

  /**
   * Reads a mention into the draft: not when it is in the words on what the event is about (the
   * phrases {@code about}), or a matter's owner («حاکمیت عراق»).
   */
  private static void read(Draft d, Words w, Sentence s, Span m, List<int[]> about) {
    if (!Bystanders.matter(w, m, s.mentions())) {
      Parties.read(d, w, m, AboutPhrases.holds(about, m.start()));
    }
  }

  /** The phrases on what the event is about, from the sentence's word {@code from} on. */
  private static List<int[]> about(Words w, Sentence s, int from) {
    return AboutPhrases.of(w, s.firstWord() + from, s.lastWord());
  }

  /**
   * The words with people's names blanked, for topics: «پزشکیان» is a name, not پزشکی (medicine).
   */
  private static Words withoutNames(Words w, List<Span> mentions) {
    List<String> keys = new ArrayList<>(w.keys());
    for (Span m : mentions) {
      if (m.type() != Entity.Type.PERSON) {
        continue;
      }
      for (int i = w.indexOf(m.start()); i < keys.size() && w.starts()[i] < m.end(); i++) {
        keys.set(i, "");
      }
    }
    return new Words(keys, w.starts());
  }

  /** The topics of sentence i, or else of the sentences on either side of it. */
  private static List<String> topics(Words w, List<Sentence> sentences, int i) {
    List<String> own = Topics.of(keys(w, sentences.get(i)));
    if (!own.isEmpty()) {
      return own;
    }
    List<List<String>> around = new ArrayList<>();
    if (i > 0) {
      around.add(keys(w, sentences.get(i - 1)));
    }
    if (i + 1 < sentences.size()) {
      around.add(keys(w, sentences.get(i + 1)));
    }
    return Topics.top(around, 2);
  }

  /** The people each country has in the text (by the country they serve). */
  private static Map<String, Map<String, Event.Actor>> peopleByCountry(List<Span> mentions) {
    Map<String, Map<String, Event.Actor>> out = new HashMap<>();
    for (Span m : mentions) {
      if (m.type() == Entity.Type.PERSON && m.country() != null) {
        out.computeIfAbsent(m.country(), k -> new LinkedHashMap<>())
            .putIfAbsent(m.id(), new Event.Actor(m.id(), m.name(), m.type()));
      }
    }
    return out;
  }
}
