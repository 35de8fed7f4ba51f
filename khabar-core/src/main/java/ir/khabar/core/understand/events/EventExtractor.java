package ir.khabar.core.understand.events;

import ir.khabar.core.Entity;
import ir.khabar.core.Event;
import ir.khabar.core.understand.Word;
import ir.khabar.core.understand.WordList;
import ir.khabar.core.understand.entities.EntityRecognizer;
import ir.khabar.core.understand.entities.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
  private EventExtractor() {}

  /**
   * The sentences (title first) a dateline may place: the lead it heads. An encounter told further
   * down is mostly background («ایران و پاکستان در سال ۱۹۹۵ توافقی … به امضا رساندند»), not where
   * the wire's reporter was.
   */
  static final int LEAD = 4;

  /**
   * The events of a text whose mentions were found over the same text; {@code day} is its date or
   * null.
   */
  public static List<Event> events(
      String text, EntityRecognizer.Reading recognised, LocalDate day) {
    EntityRecognizer.Reading reading =
        new EntityRecognizer.Reading(
            SamePerson.placed(recognised.mentions()),
            WordList.of(recognised.keys()),
            recognised.starts());
    Words words = new Words(reading.keys(), reading.starts());
    Words unnamed = withoutNames(words, reading.mentions());
    List<Sentence> sentences = Sentence.all(text, reading);
    boolean sportArticle = !sentences.isEmpty() && EventContext.sport(sentences.get(0).keys(words));
    Span dateline = dateline(words, sentences);
    Map<Integer, String> thisCountry = ThisCountry.of(words, reading.mentions());
    List<Draft> drafts = new ArrayList<>();
    RolePeople roles = new RolePeople(words, reading.mentions());
    HomeOffices home = new HomeOffices(words, reading.mentions());
    Span antecedent = null;
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      String own = text.substring(s.start(), s.end()).strip();
      List<Draft> read = SentenceEvents.read(own, words, s, i, day, sportArticle);
      int said =
          read.isEmpty() ? -1 : Quotes.start(own, s.start(), words, s.firstWord(), s.lastWord());
      for (Draft d : read) {
        SentenceEvents.pointed(d, words, s, thisCountry);
        roles.resolve(d, s.firstWord(), s.firstWord() + d.to, s.start());
        Antecedent.resolve(
            d,
            words,
            s.keys(words).subList(d.from, d.to),
            SentenceEvents.subjectless(words, s, d.to),
            antecedent);
        home.resolve(d, s.firstWord());
        d.topics = topics(unnamed, sentences, i);
        Counterparts.split(d).stream()
            .filter(
                one ->
                    !Gatherings.ofManyStates(one)
                        && !Visitors.none(
                            one,
                            s.keys(words).subList(0, one.to),
                            said < 0 ? -1 : said - s.firstWord()))
            .forEach(drafts::add);
      }
      antecedent = Antecedent.after(s.mentions(), antecedent);
    }
    List<Draft> merged = EventMerge.merge(drafts);
    EventMerge.counterparts(merged, peopleByCountry(reading.mentions()));
    List<Event> out = new ArrayList<>();
    for (Draft d : merged) {
      if (d.place == null
          && d.type != Event.Type.STATEMENT
          && dateline != null
          && d.index < LEAD
          && EventPlace.datelineFits(dateline, d)) {
        d.place = EventPlace.actor(dateline);
      }
      if (d.place != null && !EventPlace.written(d.place, reading.mentions())) {
        d.place = null; // a destination country's capital the article never names
      }
      out.add(d.toEvent(day));
    }
    return out;
  }

  /** The dateline's place: «به گزارش … از مشهد» in one of the first sentences, or null. */
  private static Span dateline(Words w, List<Sentence> sentences) {
    for (int i = 0; i < Math.min(4, sentences.size()); i++) {
      List<String> keys = sentences.get(i).keys(w);
      if (keys.size() > 2 && keys.get(0).equals("به") && keys.get(1).equals("گزارش")) {
        return EventPlace.dateline(w, sentences.get(i).mentions());
      }
    }
    return null;
  }

  /**
   * The words with people's names blanked, for topics: «پزشکیان» is a name, not پزشکی (medicine).
   */
  private static Words withoutNames(Words w, List<Span> mentions) {
    WordList named = WordList.of(w.keys());
    Word[] keys = new Word[named.size()];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = named.word(i);
    }
    Word blank = Word.of("");
    for (Span m : mentions) {
      if (m.type() != Entity.Type.PERSON) {
        continue;
      }
      for (int i = w.indexOf(m.start()); i < keys.length && w.starts()[i] < m.end(); i++) {
        keys[i] = blank;
      }
    }
    return new Words(new WordList(keys), w.starts());
  }

  /** The topics of sentence i, or else of the sentences on either side of it. */
  private static List<String> topics(Words w, List<Sentence> sentences, int i) {
    List<String> own = Topics.of(sentences.get(i).keys(w));
    if (!own.isEmpty()) {
      return own;
    }
    List<List<String>> around = new ArrayList<>();
    if (i > 0) {
      around.add(sentences.get(i - 1).keys(w));
    }
    if (i + 1 < sentences.size()) {
      around.add(sentences.get(i + 1).keys(w));
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
