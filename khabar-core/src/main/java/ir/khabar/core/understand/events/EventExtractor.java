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
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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

  /** Words after which the countries named are what the event is about, not who takes part. */
  private static final Set<String> ABOUT =
      EventContext.folded(
          "درباره", "درخصوص", "درمورد", "درقبال", "پیرامون", "علیه", "حول", "محروم", "منظور",
          "هدف");

  /** Words before an organisation that make one of its people act: «رئیس سازمان … ایران». */
  private static final Set<String> ACTING_FOR =
      EventContext.folded(
          "رئیس",
          "رییس",
          "وزیر",
          "معاون",
          "سخنگوی",
          "نماینده",
          "نمایندگان",
          "هیئت",
          "هیات",
          "سفیر",
          "مدیرعامل",
          "دبیرکل",
          "فرمانده",
          "مقامات");

  private static final Set<String> MEDIA_HEADS =
      EventContext.folded("خبرگزاری", "روزنامه", "شبکه", "رادیو", "تلویزیون", "پایگاه", "نشریه");

  private EventExtractor() {}

  /** A sentence: where it is, its words (indices into the text's words) and its mentions. */
  private record Sentence(int start, int end, int firstWord, int lastWord, List<Span> mentions) {}

  /**
   * The events of a text whose mentions were found over the same text; {@code day} is its date or
   * null.
   */
  public static List<Event> events(String text, EntityRecognizer.Reading reading, LocalDate day) {
    Words words = new Words(reading.keys(), reading.starts());
    Words unnamed = withoutNames(words, reading.mentions());
    List<Sentence> sentences = sentences(text, reading);
    boolean sportArticle =
        !sentences.isEmpty() && EventContext.sport(keys(words, sentences.get(0)));
    Event.Actor dateline = dateline(words, sentences);
    List<Draft> drafts = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      Draft d = read(text.substring(s.start(), s.end()).strip(), words, s, i, day, sportArticle);
      if (d != null) {
        d.topics = topics(unnamed, sentences, i);
        drafts.add(d);
      }
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

  private static Draft read(
      String text, Words w, Sentence s, int index, LocalDate day, boolean sportArticle) {
    List<String> keys = keys(w, s);
    int at = EventWords.at(keys, i -> !EventContext.interview(keys, i));
    if (at < 0) {
      return null;
    }
    Event.Type type = EventWords.of(keys.subList(at, keys.size()));
    boolean encounter = type != Event.Type.STATEMENT;
    if (encounter && (EventContext.sport(keys) || EventContext.notYet(keys, at))) {
      return null;
    }
    Draft d = new Draft(type, text, index);
    int about = aboutFrom(w, s);
    for (Span m : s.mentions()) {
      actor(d, w, m, m.start() >= about);
    }
    if (d.actors.isEmpty()
        || type == Event.Type.STATEMENT && !d.hasPerson()
        || encounter && sportArticle && !d.hasPerson()) {
      return null;
    }
    d.place = EventPlace.of(w, s.mentions());
    d.stated = EventDates.stated(text, keys, day).orElse(null);
    return d;
  }

  /** Where the words on what the event is about begin (an offset), or past the sentence. */
  private static int aboutFrom(Words w, Sentence s) {
    List<String> keys = w.keys();
    for (int i = s.firstWord(); i < s.lastWord(); i++) {
      String pair = i + 1 < s.lastWord() ? keys.get(i) + keys.get(i + 1) : "";
      if (ABOUT.contains(keys.get(i)) || ABOUT.contains(pair)) {
        return w.starts()[i];
      }
    }
    return Integer.MAX_VALUE;
  }

  private static void actor(Draft d, Words w, Span m, boolean aboutOnly) {
    switch (m.type()) {
      case PERSON -> {
        d.actors.putIfAbsent(m.id(), new Event.Actor(m.id(), m.name(), m.type()));
        if (m.country() != null) {
          // A minister acts for a country: «وزیر امور خارجه روسیه لاوروف» brings Russia.
          d.country(m.country(), countryName(m.country()));
          d.personCountry.put(m.id(), m.country());
        } else {
          d.personCountry.putIfAbsent(m.id(), "");
        }
      }
      case COUNTRY -> {
        if (!aboutOnly && !EventPlace.at(w, m)) {
          d.actors.putIfAbsent(m.id(), new Event.Actor(m.id(), m.name(), m.type()));
          if (m.kind().equals("demonym")) {
            d.byRole.add(iso(m.id()));
          }
        }
      }
      case ORGANISATION -> {
        if (m.country() != null && !aboutOnly && acting(d, w, m)) {
          d.country(m.country(), countryName(m.country()));
          d.byRole.add(m.country());
        }
      }
      case PLACE -> {
        // A capital stands for its country («سفر به مسکو», «میان تهران و کاراکاس»), except as the
        // place where others meet («در مسکو»).
        if (m.kind().equals("capital")
            && (EventPlace.destination(w, m) || !aboutOnly && !EventPlace.at(w, m))) {
          d.country(iso(m.id()), countryName(iso(m.id())));
        }
      }
    }
  }

  /**
   * Whether an organisation's people act in the event: «رئیس سازمان انرژی اتمی ایران», «هیأت
   * مطبوعاتی ایران»; or it is a party to an agreement (organisations sign them). News agencies
   * never are.
   */
  private static boolean acting(Draft d, Words w, Span m) {
    if (m.kind().equals("agency")) {
      return false;
    }
    return ACTING_FOR.contains(w.keyBefore(m.start()))
        || ACTING_FOR.contains(w.keys().get(w.indexOf(m.start())))
        || d.type == Event.Type.AGREEMENT
            && !MEDIA_HEADS.contains(w.keys().get(w.indexOf(m.start())));
  }

  /** The ISO code in a country's or capital's id (country-ru, capital-ru → RU). */
  private static String iso(String id) {
    return id.substring(id.indexOf('-') + 1).toUpperCase(Locale.ROOT);
  }

  private static String countryName(String iso) {
    return EntityRecognizer.get().countryName(iso);
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
