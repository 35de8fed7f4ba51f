package ir.khabar.core.understand.entities;

import ir.khabar.core.Entity;
import ir.khabar.core.understand.Word;
import ir.khabar.persian.text.SearchFolding;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A function word written without its space against a name («بااسپکتر» is «با اسپکتر», «مصرنیز» is
 * «مصر نیز»): the word is read as two when no word list holds it whole and the rest is a name, on
 * evidence — the gazetteer holds the rest, or the text writes it elsewhere as a word of its own.
 */
final class GluedWords {
  /** Function words that are glued before a name in scraped news: با، به، از، در، و، که. */
  private static final String[] BEFORE = {"با", "به", "از", "در", "که", "و"};

  /** Function words glued after one: نیز، را (not «و»: لوزانو, روبرتو end in it). */
  private static final String[] AFTER = {"نیز", "را"};

  /** The rest must be a word of its own length: «به» + «رام» is no split of «بهرام». */
  private static final int MIN_REST = 3;

  private GluedWords() {}

  /**
   * How the word may be cut, found once per distinct word: the length of a glued function word
   * before (positive) or after (negative) a rest the gazetteer or the text may confirm, or 0.
   */
  static int cut(String key, boolean unknown, Gazetteer gazetteer) {
    if (!unknown || gazetteer.isGivenName(key)) {
      return 0;
    }
    for (String f : BEFORE) {
      if (key.length() >= f.length() + MIN_REST && key.startsWith(f)) {
        return f.length();
      }
    }
    for (String f : AFTER) {
      if (key.length() >= f.length() + MIN_REST && key.endsWith(f)) {
        return -f.length();
      }
    }
    return 0;
  }

  /**
   * Whether the rest of a cut word is a name on evidence: a listed name, alone or with the word
   * after it («باکاندولیزا رایس»: «کاندولیزا رایس» is listed), or a word of the text.
   */
  private static boolean confirmed(
      String rest, String next, Gazetteer gazetteer, Set<String> words) {
    return listed(gazetteer, Gazetteer.keyOf(rest))
        || next != null && listed(gazetteer, Gazetteer.keyOf(rest) + Gazetteer.keyOf(next))
        || words.contains(rest);
  }

  private static boolean listed(Gazetteer gazetteer, String joinedKey) {
    Gazetteer.Known k = gazetteer.known(joinedKey);
    return k != null && k.name != null && k.name.type() != Entity.Type.ORGANISATION;
  }

  /**
   * The tokens with each glued word cut in two where its rest is confirmed; the same list when none
   * is.
   */
  static List<Token> split(List<Token> tokens, WordFacts[] facts, Gazetteer gazetteer) {
    Set<String> words = null;
    List<Token> out = null;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (facts[i].cut != 0) {
        if (words == null) {
          words = new HashSet<>();
          for (Token w : tokens) {
            words.add(w.key());
          }
        }
        String key = t.key();
        int c = facts[i].cut;
        String rest = c > 0 ? key.substring(c) : key.substring(0, key.length() + c);
        int at = c > 0 ? rawAt(t.text(), key.substring(0, c)) : rawAt(t.text(), rest);
        String next = c > 0 && i + 1 < tokens.size() ? tokens.get(i + 1).key() : null;
        if (at > 0 && at < t.text().length() && confirmed(rest, next, gazetteer, words)) {
          if (out == null) {
            out = new ArrayList<>(tokens.subList(0, i));
          }
          String a = t.text().substring(0, at);
          String b = t.text().substring(at);
          out.add(new Token(t.start(), t.start() + at, a, SearchFolding.fold(a)));
          out.add(new Token(t.start() + at, t.end(), b, SearchFolding.fold(b)));
          continue;
        }
      }
      if (out != null) {
        out.add(t);
      }
    }
    return out == null ? tokens : out;
  }

  /** Where in the raw word its first {@code prefix} (folded) ends, or -1. */
  private static int rawAt(String raw, String prefix) {
    for (int p = 1; p < raw.length(); p++) {
      String f = SearchFolding.fold(raw.substring(0, p));
      if (f.equals(prefix)) {
        return p;
      }
      if (f.length() > prefix.length()) {
        return -1;
      }
    }
    return -1;
  }

  /** The words of the tokens after {@link #split}: those of the tokens it kept, not again. */
  static Word[] rewords(List<Token> tokens, List<Token> read, Word[] found) {
    Word[] out = new Word[tokens.size()];
    int p = 0;
    for (int i = 0; i < out.length; i++) {
      Token t = tokens.get(i);
      while (p < read.size() && read.get(p).end() <= t.start()) {
        p++;
      }
      out[i] = p < read.size() && read.get(p) == t ? found[p] : Word.of(t.key());
    }
    return out;
  }
}
