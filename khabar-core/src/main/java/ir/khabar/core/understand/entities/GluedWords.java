package ir.khabar.core.understand.entities;

import ir.khabar.core.Entity;
import ir.khabar.core.understand.Word;
import ir.khabar.persian.text.SearchFolding;
import java.util.ArrayList;
import java.util.List;

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
      String rest, String next, Gazetteer gazetteer, List<Token> tokens) {
    return listed(gazetteer, Gazetteer.keyOf(rest))
        || next != null && listed(gazetteer, Gazetteer.keyOf(rest) + Gazetteer.keyOf(next))
        || written(rest, tokens);
  }

  /** Whether the text writes the word as a token of its own (asked only of a few cut words). */
  private static boolean written(String key, List<Token> tokens) {
    for (Token t : tokens) {
      if (t.key().equals(key)) {
        return true;
      }
    }
    return false;
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
    List<Token> out = null;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (facts[i].cut != 0) {
        String key = t.key();
        int c = facts[i].cut;
        String rest = c > 0 ? key.substring(c) : key.substring(0, key.length() + c);
        String raw = t.text();
        int at = c > 0 ? rawAt(raw, key.substring(0, c)) : rawAt(raw, rest);
        String next = c > 0 && i + 1 < tokens.size() ? tokens.get(i + 1).key() : null;
        if (at > 0 && at < raw.length() && confirmed(rest, next, gazetteer, tokens)) {
          if (out == null) {
            out = new ArrayList<>(tokens.subList(0, i));
          }
          out.add(t.part(0, at));
          out.add(t.part(at, raw.length()));
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
