package ir.khabar.core.understand.events;

import ir.khabar.core.Entity;
import ir.khabar.core.Event;
import ir.khabar.core.understand.entities.EntityRecognizer;
import ir.khabar.core.understand.entities.Span;
import ir.khabar.persian.text.SearchFolding;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A joint body of states read as one organisation («کمیسیون مشترک اقتصادی ایران و چین»): the states
 * its name joins are the parties of its session, as «اجلاس مشترک ایران و چین» names them bare.
 */
final class JointBodies {
  private JointBodies() {}

  private static final Set<String> HEADS = EventContext.folded("کمیسیون", "کمیته");

  private static final String JOINT = SearchFolding.fold("مشترک");

  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** Adds the states a joint body's name joins; whether it was one. */
  static boolean read(Draft d, Span m) {
    String[] words = SPACES.split(m.text().trim(), 3);
    if (words.length < 3
        || !HEADS.contains(SearchFolding.fold(words[0]))
        || !SearchFolding.fold(words[1]).equals(JOINT)) {
      return false;
    }
    // the words after «کمیسیون مشترک», read alone: read whole they are the body again
    for (Span inner : EntityRecognizer.get().mentions(words[2])) {
      if (inner.type() == Entity.Type.COUNTRY) {
        d.actors.putIfAbsent(
            inner.id(), new Event.Actor(inner.id(), inner.name(), Entity.Type.COUNTRY));
      }
    }
    return true;
  }
}
