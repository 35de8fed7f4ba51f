package ir.khabar.core.search.engine;

import ir.khabar.core.Article;
import ir.khabar.persian.PersianText;
import ir.khabar.persian.analysis.Terms;
import ir.khabar.persian.lexicon.Lexicon;
import ir.khabar.persian.text.SearchFolding;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.spell.DirectSpellChecker;

/**
 * "Did you mean": for a query that finds nothing or very little, the query with each rare word
 * replaced by the index term it was most likely meant to be (لاورف → لاوروف, تحرم → تحریم). A word
 * the lexicon knows and some article holds is taken as meant, however rare («پودر» is not «پدر»,
 * «غلات» not «ملت»). Candidates are the index's own terms within two edits ({@link
 * DirectSpellChecker}'s, on either engine); they are weighed by {@link SpellingDistance}, which
 * knows the letters Persian readers confuse, and by how many articles hold them. The suggestion is
 * written in the reader's spelling: their other words as typed, the replaced word in display form.
 */
public final class DidYouMean {
  /** Below this many hits a query gets a suggestion. */
  public static final int FEW = 5;

  /** How many near terms each engine's spell checker offers. */
  public static final int CANDIDATES = 25;

  /** A word held by more articles than this is not taken for a typo. */
  private static final int RARE = 20;

  /**
   * A replacement must be held by this many times as many articles as the word, and by at least
   * MIN_DF.
   */
  private static final int MORE_COMMON = 10;

  private static final int MIN_DF = 3;

  /** How much of the article is read for the written form of a suggested word. */
  private static final int WRITTEN_CHARS = 20_000;

  /** A word: Arabic-script letters and half-spaces; digits are never a word to correct. */
  private static final Pattern WORD = Pattern.compile("[[\\p{IsArabic}\u200c]&&[^\\p{Nd}]]+");

  /** The endings a word takes as it is used: «قاتلی» is «قاتل» used, not «قاتل» mistyped. */
  private static final List<String> ENDINGS = List.of("ی", "ای", "ها", "های", "ان", "ات");

  /**
   * What an engine's index says of words: how many articles hold a term, and the index terms near
   * it.
   */
  public interface Vocabulary {
    int docFreq(String term);

    List<String> near(String term);
  }

  private DidYouMean() {}

  /** The spell checker both engines use (Solr's DirectSolrSpellChecker is configured the same). */
  public static DirectSpellChecker spellChecker() {
    DirectSpellChecker checker = new DirectSpellChecker();
    checker.setMaxEdits(2);
    checker.setMinPrefix(0);
    checker.setMinQueryLength(3);
    checker.setAccuracy(0.4f);
    return checker;
  }

  /** The query the reader probably meant, or null when no word of it looks mistyped. */
  public static String suggest(String query, Analyzer analyzer, Vocabulary vocabulary) {
    StringBuilder out = new StringBuilder();
    boolean changed = false;
    int pos = 0;
    Matcher m = WORD.matcher(query);
    while (m.find()) {
      String better = betterWithSuffix(m.group(), analyzer, vocabulary);
      out.append(query, pos, m.start()).append(better == null ? m.group() : better);
      changed |= better != null;
      pos = m.end();
    }
    out.append(query.substring(pos));
    return changed ? out.toString() : null;
  }

  /**
   * {@link #better}, or, for a word the writer half-spaced (حامنه‌ای), the better word before the
   * half-space with the rest kept: the suffix is the writer's, the typo is in the word.
   */
  private static String betterWithSuffix(String word, Analyzer analyzer, Vocabulary vocabulary) {
    String better = better(word, analyzer, vocabulary);
    int zwnj = word.indexOf('\u200c');
    if (better != null || zwnj < 0) {
      return better;
    }
    String head = better(word.substring(0, zwnj), analyzer, vocabulary);
    return head == null ? null : head + word.substring(zwnj);
  }

  /**
   * The word a rare word was meant to be, in display form; null when it is common or nothing fits.
   */
  private static String better(String word, Analyzer analyzer, Vocabulary vocabulary) {
    List<String> terms = Terms.of(analyzer, ArticleDocuments.TEXT, word);
    if (terms.size() != 1 || terms.get(0).length() < 3) {
      return null;
    }
    String term = terms.get(0);
    if (Lexicon.get().isStopword(SearchFolding.fold(word))) {
      return null; // «بین»، «وقتی»، «های»: the index keeps them apart, so no article "holds" them
    }
    int df = vocabulary.docFreq(term);
    if (df == 0 && usesAHeldWord(SearchFolding.fold(word), analyzer, vocabulary)) {
      return null;
    }
    if (df > RARE || df > 0 && Lexicon.get().isKnown(SearchFolding.fold(word))) {
      return null; // common, or a word of the language the news holds: rare is not mistyped
    }
    int floor = Math.max(MIN_DF, MORE_COMMON * df);
    // A word some article writes or the lexicon lists is a typo only one edit from the word meant:
    // two edits from a real word reach another word (کووید is not کنید).
    boolean real = df > 0 || Lexicon.get().isKnown(SearchFolding.fold(word));
    double limit = term.length() <= 4 || real ? 1.0 : 2.0;
    Choice best = new Choice();
    for (String candidate : vocabulary.near(term)) {
      int cdf = vocabulary.docFreq(candidate);
      double distance = SpellingDistance.between(term, candidate);
      if (cdf >= floor && distance <= limit) {
        best.offer(candidate, distance, cdf);
      }
    }
    for (String edited : SpellingDistance.cheapEdits(SearchFolding.fold(word))) {
      if (!Lexicon.get().isKnown(edited)) {
        continue; // an edit must make a word (مذاکرات), not just letters that stem well (پارلمانان)
      }
      List<String> editedTerms = Terms.of(analyzer, ArticleDocuments.TEXT, edited);
      if (editedTerms.size() == 1 && !editedTerms.get(0).equals(term)) {
        int cdf = vocabulary.docFreq(editedTerms.get(0));
        if (cdf >= floor) {
          best.offer(edited, SpellingDistance.between(SearchFolding.fold(word), edited), cdf);
        }
      }
    }
    return best.word == null ? null : PersianText.get().forDisplay(best.word).strip();
  }

  /**
   * Whether the word is a word some article holds with an ending («قاتلی», «اسرای»): a use of it,
   * not a typo, though no article writes it so.
   */
  private static boolean usesAHeldWord(String folded, Analyzer analyzer, Vocabulary vocabulary) {
    for (String ending : ENDINGS) {
      if (folded.length() > ending.length() + 2 && folded.endsWith(ending)) {
        List<String> stem =
            Terms.of(
                analyzer,
                ArticleDocuments.TEXT,
                folded.substring(0, folded.length() - ending.length()));
        if (stem.size() == 1 && vocabulary.docFreq(stem.get(0)) > 0) {
          return true;
        }
      }
    }
    return false;
  }

  /** The likeliest meant word so far: near, and held by many articles. */
  private static final class Choice {
    String word;
    double score = Double.MAX_VALUE;

    void offer(String candidate, double distance, int docFreq) {
      double s = distance - 0.25 * Math.log10(1 + docFreq);
      if (s < score || s == score && candidate.compareTo(word) < 0) {
        word = candidate;
        score = s;
      }
    }
  }

  /**
   * The suggestion with each word as {@code article} writes it: the index's terms are folded
   * (امریکا), and a reader should see the writing of the news (آمریکا). Only the letters change: an
   * article's word is taken when it folds to the suggested word (the most frequent such writing),
   * never an inflected form; a word the article lacks stays as it is.
   */
  static String asWritten(String suggestion, Article article) {
    Map<String, Map<String, Integer>> writings = new HashMap<>();
    String text = article.title() + " " + String.join(" ", article.body());
    Matcher w =
        WORD.matcher(text.length() > WRITTEN_CHARS ? text.substring(0, WRITTEN_CHARS) : text);
    while (w.find()) {
      writings
          .computeIfAbsent(SearchFolding.fold(w.group()), k -> new HashMap<>())
          .merge(w.group(), 1, Integer::sum);
    }
    StringBuilder out = new StringBuilder();
    int pos = 0;
    Matcher m = WORD.matcher(suggestion);
    while (m.find()) {
      Map<String, Integer> seen = writings.getOrDefault(SearchFolding.fold(m.group()), Map.of());
      String word =
          seen.entrySet().stream()
              .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(e -> e.getKey()))
              .map(Map.Entry::getKey)
              .orElse(m.group());
      out.append(suggestion, pos, m.start()).append(word);
      pos = m.end();
    }
    return out.append(suggestion.substring(pos)).toString();
  }
}
