package ir.khabar.core.understand.entities;

import ir.khabar.core.Entity;
import java.util.List;

/** The texts of the names of one type the recogniser finds in a text, in order. */
final class NamesOf {
  private NamesOf() {}

  static List<String> type(String text, Entity.Type type) {
    return EntityRecognizer.get().names(text).stream()
        .filter(s -> s.type() == type)
        .map(Span::text)
        .toList();
  }

  /** The person spans, in order. */
  static List<Span> people(String text) {
    return EntityRecognizer.get().names(text).stream()
        .filter(s -> s.type() == Entity.Type.PERSON)
        .toList();
  }

  /** The ids of the names of these types, in order. */
  static List<String> ids(String text, Entity.Type... types) {
    List<Entity.Type> wanted = List.of(types);
    return EntityRecognizer.get().names(text).stream()
        .filter(s -> wanted.contains(s.type()))
        .map(Span::id)
        .toList();
  }

  static List<String> organisations(String text) {
    return type(text, Entity.Type.ORGANISATION);
  }
}
