package ir.khabar.core.understand.events;

import ir.khabar.core.Entity;
import ir.khabar.core.Event;
import ir.khabar.core.understand.entities.EntityRecognizer;
import ir.khabar.core.understand.entities.Span;
import ir.khabar.persian.date.DateMention;
import ir.khabar.persian.date.JalaliDates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Events read sentence by sentence: the first reporting words a sentence holds give its type and
 * CAMEO code; the people and countries mentioned in it (pronouns resolved) are its actors; a place
 * after «در» (or after «به» for a visit) is where; a date in the sentence, resolved against the
 * article's day («امروز», «۲۱ آذرماه»), or else the article's day, is when. Statements are kept
 * only when a person makes them.
 */
public final class EventExtractor {
  private static final Pattern SENTENCE = Pattern.compile("[^.!?؟\\n]+[.!?؟]?");

  private EventExtractor() {}

  /**
   * The events of a text whose mentions were found over the same text; {@code day} is its date or
   * null.
   */
  public static List<Event> events(String text, EntityRecognizer.Reading reading, LocalDate day) {
    List<Span> mentions = reading.mentions();
    List<int[]> bounds = new ArrayList<>();
    List<List<String>> keys = new ArrayList<>();
    Matcher m = SENTENCE.matcher(text);
    int word = 0;
    while (m.find()) {
      String raw = text.substring(m.start(), m.end());
      int lead = raw.length() - raw.stripLeading().length();
      bounds.add(new int[] {m.start() + lead, m.end()});
      while (word < reading.starts().length && reading.starts()[word] < m.start()) {
        word++;
      }
      int last = word;
      while (last < reading.starts().length && reading.starts()[last] < m.end()) {
        last++;
      }
      keys.add(reading.keys().subList(word, last));
      word = last;
    }
    List<String> articleTopics = Topics.top(keys, 2);
    List<Event> out = new ArrayList<>();
    int next = 0; // mentions come in text order
    for (int i = 0; i < bounds.size(); i++) {
      int[] b = bounds.get(i);
      while (next < mentions.size() && mentions.get(next).start() < b[0]) {
        next++;
      }
      int end = next;
      while (end < mentions.size() && mentions.get(end).end() <= b[1]) {
        end++;
      }
      String sentence = text.substring(b[0], b[1]).strip();
      sentence(sentence, keys.get(i), b[0], mentions.subList(next, end), day, articleTopics)
          .ifPresent(out::add);
      next = end;
    }
    return out;
  }

  private static Optional<Event> sentence(
      String sentence,
      List<String> keys,
      int offset,
      List<Span> mentions,
      LocalDate day,
      List<String> articleTopics) {
    Event.Type type = EventWords.of(keys);
    if (type == null) {
      return Optional.empty();
    }
    Map<String, Event.Actor> actors = new LinkedHashMap<>();
    Event.Actor place = null;
    for (Span s : mentions) {
      if (s.type() == Entity.Type.PERSON || s.type() == Entity.Type.COUNTRY) {
        actors.putIfAbsent(s.id(), new Event.Actor(s.id(), s.name(), s.type()));
        if (s.type() == Entity.Type.PERSON && s.country() != null) {
          // A minister acts for a country: «وزیر امور خارجه روسیه لاوروف» brings Russia to the
          // event.
          String iso = s.country().toLowerCase(Locale.ROOT);
          actors.putIfAbsent(
              "country-" + iso,
              new Event.Actor(
                  "country-" + iso, EntityRecognizer.get().countryName(iso), Entity.Type.COUNTRY));
        }
      } else if (s.type() == Entity.Type.PLACE
          && place == null
          && after(sentence, s.start() - offset, type)) {
        place = new Event.Actor(s.id(), s.name(), s.type());
      }
      if (s.kind().equals("capital")) {
        // A capital stands for its country: «سفر به مسکو» is a visit to Russia.
        String iso = s.id().substring(s.id().indexOf('-') + 1);
        actors.putIfAbsent(
            "country-" + iso,
            new Event.Actor(
                "country-" + iso, EntityRecognizer.get().countryName(iso), Entity.Type.COUNTRY));
      }
    }
    boolean hasPerson = actors.values().stream().anyMatch(a -> a.type() == Entity.Type.PERSON);
    if (actors.isEmpty() || type == Event.Type.STATEMENT && !hasPerson) {
      return Optional.empty();
    }
    List<String> topics = Topics.of(keys);
    return Optional.of(
        new Event(
            type,
            List.copyOf(actors.values()),
            place,
            date(sentence, day),
            topics.isEmpty() ? articleTopics : topics,
            sentence));
  }

  /** Whether the place at {@code at} follows «در» (or «به», for a visit). */
  private static boolean after(String sentence, int at, Event.Type type) {
    String before = sentence.substring(0, Math.max(0, at)).stripTrailing();
    return before.endsWith(" در")
        || before.equals("در")
        || (type == Event.Type.VISIT || type == Event.Type.HOST)
            && (before.endsWith(" به") || before.equals("به"));
  }

  private static LocalDate date(String sentence, LocalDate day) {
    return JalaliDates.findFirst(sentence, day).map(DateMention::date).orElse(day);
  }
}
