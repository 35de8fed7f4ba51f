package ir.khabar.core.understand.events;

import ir.khabar.core.understand.SentenceStops;
import ir.khabar.core.understand.entities.EntityRecognizer;
import ir.khabar.core.understand.entities.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence of the text: where it is, its words (indices into the text's words) and its mentions.
 * A sentence longer than {@link #MAX_WORDS} words is read as several, cut after its clauses, so
 * that what a clause asks of its sentence stays bounded however long the text runs without a stop
 * (one hostile sentence of 87,000 characters made only of meetings).
 */
record Sentence(int start, int end, int firstWord, int lastWord, List<Span> mentions) {
  private static final Pattern STOPS =
      Pattern.compile("[^" + SentenceStops.CHARS + "]+[" + SentenceStops.MARKS + "]?");

  /** The most words one sentence is read as; news sentences are far shorter. */
  static final int MAX_WORDS = 150;

  /** The text's sentences, in order, each with its own mentions. */
  static List<Sentence> all(String text, EntityRecognizer.Reading reading) {
    List<Sentence> out = new ArrayList<>();
    List<Span> mentions = reading.mentions();
    int[] starts = reading.starts();
    Matcher m = STOPS.matcher(text);
    int word = 0;
    int next = 0;
    while (m.find()) {
      int from = m.start();
      while (from < m.end() && Character.isWhitespace(text.charAt(from))) {
        from++; // the sentence starts past its leading spaces, found without copying it
      }
      while (word < starts.length && starts[word] < m.start()) {
        word++;
      }
      int last = word;
      while (last < starts.length && starts[last] < m.end()) {
        last++;
      }
      for (int[] piece : pieces(reading.keys().subList(word, last))) {
        int pieceFrom = piece[0] == 0 ? from : starts[word + piece[0]];
        int pieceEnd = word + piece[1] < last ? starts[word + piece[1]] : m.end();
        while (next < mentions.size() && mentions.get(next).start() < pieceFrom) {
          next++;
        }
        int end = next;
        while (end < mentions.size() && mentions.get(end).end() <= pieceEnd) {
          end++;
        }
        out.add(
            new Sentence(
                pieceFrom,
                pieceEnd,
                word + piece[0],
                word + piece[1],
                mentions.subList(next, end)));
        next = end;
      }
      word = last;
    }
    return out;
  }

  /**
   * The words [from, to) of the pieces a sentence is read as: itself, or, when longer than {@link
   * #MAX_WORDS}, runs of whole clauses of at most that many words (a longer clause cut at it).
   */
  private static List<int[]> pieces(List<String> keys) {
    if (keys.size() <= MAX_WORDS) {
      return List.of(new int[] {0, keys.size()});
    }
    List<int[]> out = new ArrayList<>();
    int from = 0;
    int to = 0;
    for (Clause c : Clause.all(keys)) {
      if (c.to() - from > MAX_WORDS && to > from) {
        out.add(new int[] {from, to});
        from = to;
      }
      while (c.to() - from > MAX_WORDS) {
        out.add(new int[] {from, from + MAX_WORDS});
        from += MAX_WORDS;
      }
      to = c.to();
    }
    if (to > from) {
      out.add(new int[] {from, to});
    }
    return out;
  }

  /** Its folded words. */
  List<String> keys(Words w) {
    return w.keys().subList(firstWord, lastWord);
  }

  /** The mentions of its words [from, to). */
  List<Span> within(Words w, int from, int to) {
    int first = w.starts()[firstWord + from];
    int last = firstWord + to < lastWord ? w.starts()[firstWord + to] : end;
    return mentions.stream().filter(m -> m.start() >= first && m.start() < last).toList();
  }

  /** The mention that starts at its word i, or null. */
  Span named(Words w, int i) {
    if (i < 0 || firstWord + i >= lastWord) {
      return null;
    }
    int offset = w.starts()[firstWord + i];
    for (Span m : mentions) {
      if (m.start() == offset) {
        return m;
      }
    }
    return null;
  }
}
