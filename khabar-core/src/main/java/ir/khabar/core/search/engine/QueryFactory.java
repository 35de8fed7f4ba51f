package ir.khabar.core.search.engine;

import ir.khabar.core.understand.entities.EntityRecognizer;
import ir.khabar.persian.PersianText;
import ir.khabar.persian.analysis.Terms;
import ir.khabar.persian.text.SearchFolding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns what a reader typed into a Lucene query. Quoted parts are phrases; every other word is a
 * term, each required ({@link Occur#MUST}) or each enough ({@link Occur#SHOULD}). Words the
 * analyzer could not join are tried joined too (معصومی فر ↔ معصومیفر) and words it could not split
 * are tried split, when the index holds that spelling: a name or compound the lexicon does not know
 * still matches in all its spellings. A query of stopwords only is answered from the stopwords
 * field.
 *
 * <p>Phrases match text as written, stopwords included. The index drops stopwords and keeps their
 * positions as gaps, and so does the query analyzer: a phrase keeps its words' positions, and a
 * stopword inside it is a gap of one word ("ایران و روسیه" is ایران, one word, روسیه), and the
 * document must hold the phrase's stopwords (the stopwords field). A phrase with gaps or
 * joined/split spellings is an ordered span query whose slop is its gaps; with a slop ({@code
 * "…"~N}) its words may stand in any order within N more positions. Spans make the same query, and
 * the same answers, on SolrCloud, whose XML query parser has spans but no positional phrase. A
 * phrase of adjacent words stays a {@link PhraseQuery}. A gap stands for any one word: "ایران و
 * روسیه" also finds «ایران با روسیه», and a phrase whose only content is one word finds that word
 * (docs/QUALITY.md measures it).
 */
public final class QueryFactory {
  private static final Pattern QUOTED = Pattern.compile("[\"«“]([^\"»”]+)[\"»”](?:~(\\d{1,3}))?");

  /**
   * The title's own BM25 clauses, on top of the text field (which holds the title too). The title
   * field is short, so its scores are large: at 0.6 a title match outweighed the whole text and
   * ranked below stock Lucene on judged queries; 0.1 is the best of 0 to 1.5 there
   * (docs/QUALITY.md).
   */
  static final float TITLE_BOOST = 0.1f;

  /** A reader's slop is capped: a phrase is about words near each other. */
  private static final int MAX_SLOP = 50;

  private final Analyzer analyzer;
  private final ToIntFunction<Term> docFreq;
  private final Predicate<String> isStopword;
  private final boolean stopwordsField;

  /** {@code isStopword} says which query terms the index keeps only in the stopwords field. */
  public QueryFactory(
      Analyzer analyzer, ToIntFunction<Term> docFreq, Predicate<String> isStopword) {
    this(analyzer, docFreq, isStopword, true);
  }

  /**
   * As above, for an index that keeps a stopwords field or not ({@code stopwordsField}): without
   * one (another analysis, as the benchmarks' stock engine), no word is asked for there and a
   * phrase is the analysis's phrase alone.
   */
  public QueryFactory(
      Analyzer analyzer,
      ToIntFunction<Term> docFreq,
      Predicate<String> isStopword,
      boolean stopwordsField) {
    this.analyzer = analyzer;
    this.docFreq = docFreq;
    this.isStopword = stopwordsField ? isStopword : word -> false;
    this.stopwordsField = stopwordsField;
  }

  /**
   * The parsed query, and the query as Khabar understood it written for readers: the reader's own
   * words display-normalised, phrases in «», a slop as typed, and the stopwords left out of the
   * free words named at the end ("سفر مسکو (بدون «به»)"); null for an empty query.
   */
  public record Parsed(Query query, String understood) {}

  /**
   * A query token: its term, its position (stopwords dropped before it leave gaps) and the reader's
   * text.
   */
  record Token(String term, int position, int start, int end, boolean stopword) {}

  /** The reader's words, each {@link Occur#MUST} (all required) or {@link Occur#SHOULD} (any). */
  public Parsed parse(String text, Occur eachWord) {
    List<Query> required = new ArrayList<>();
    List<Query> title = new ArrayList<>();
    List<String> understood = new ArrayList<>();
    Matcher m = QUOTED.matcher(text);
    StringBuilder free = new StringBuilder();
    int last = 0;
    while (m.find()) {
      free.append(text, last, m.start()).append(' ');
      addPhrase(
          m.group(1),
          m.group(2) == null ? 0 : Integer.parseInt(m.group(2)),
          required,
          title,
          understood);
      last = m.end();
    }
    free.append(text.substring(last));
    String words = free.toString();
    List<Token> tokens = tokens(words);
    if (required.isEmpty() && !tokens.isEmpty() && tokens.stream().allMatch(Token::stopword)) {
      tokens.forEach(t -> required.add(term(ArticleDocuments.STOPS, t.term())));
      understood.add(display(words));
    } else {
      addWords(words, tokens, required, title, understood);
    }
    if (required.isEmpty()) {
      return null;
    }
    BooleanQuery.Builder main = new BooleanQuery.Builder();
    required.forEach(q -> main.add(q, eachWord));
    title.forEach(q -> main.add(new BoostQuery(q, TITLE_BOOST), Occur.SHOULD));
    return new Parsed(main.build(), String.join(" ", understood));
  }

  /**
   * A quoted phrase's clauses: the phrase in the text field (in documents holding its stopwords)
   * and in the title; a phrase of stopwords only is its words in the stopwords field.
   */
  void addPhrase(
      String phrase,
      int readerSlop,
      List<Query> required,
      List<Query> title,
      List<String> understood) {
    int slop = Math.min(MAX_SLOP, readerSlop);
    List<Token> tokens = tokens(phrase);
    if (tokens.isEmpty()) {
      return;
    }
    if (tokens.stream().allMatch(Token::stopword)) {
      tokens.forEach(t -> required.add(term(ArticleDocuments.STOPS, t.term())));
    } else {
      List<PhraseSlots.Slot> slots = slots(phrase, tokens);
      required.add(
          withStopwords(PhraseSlots.phrase(ArticleDocuments.TEXT, slots, slop), phrase, tokens));
      title.add(PhraseSlots.phrase(ArticleDocuments.TITLE, slots, slop));
    }
    understood.add("«" + display(phrase) + "»" + (slop > 0 ? "~" + slop : ""));
  }

  /**
   * Whether the reader wrote a stopword there, which the index keeps only in the stopwords field: a
   * word whose stem is one («نیستم» → نیست) is in the text field as that stem.
   */
  private boolean writtenStopword(String text, int start, int end) {
    if (start < 0 || end > text.length() || start >= end) {
      return true;
    }
    String written = SearchFolding.fold(text.substring(start, end)).replace(" ", "");
    return isStopword.test(written) || isStopword.test(written.toLowerCase(java.util.Locale.ROOT));
  }

  void addWords(
      String text,
      List<Token> tokens,
      List<Query> required,
      List<Query> title,
      List<String> understood) {
    List<String> shown = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      int glued = GluedWords.runEnd(text, tokens, i);
      if (glued > i) {
        List<PhraseSlots.Slot> slots = slots(text, tokens.subList(i, glued + 1));
        required.add(PhraseSlots.phrase(ArticleDocuments.TEXT, slots, 0));
        title.add(PhraseSlots.phrase(ArticleDocuments.TITLE, slots, 0));
        shown.add(display(text.substring(token.start(), tokens.get(glued).end())));
        i = glued;
        continue;
      }
      String t = token.term();
      String joined = i + 1 < tokens.size() ? joinedIfIndexed(t, tokens.get(i + 1).term()) : null;
      if (joined != null) {
        Token next = tokens.get(i + 1);
        required.add(either(ArticleDocuments.TEXT, joined, t, next.term()));
        title.add(either(ArticleDocuments.TITLE, joined, t, next.term()));
        shown.add(display(text.substring(token.start(), next.end())));
        i++;
        continue;
      }
      String[] split = splitIfIndexed(t);
      required.add(
          split == null ? term(ArticleDocuments.TEXT, t) : either(ArticleDocuments.TEXT, t, split));
      title.add(term(ArticleDocuments.TITLE, t));
      shown.add(display(text.substring(token.start(), token.end())));
    }
    understood.addAll(shown);
    List<String> dropped = DroppedWords.of(text, tokens);
    if (!dropped.isEmpty() && !shown.isEmpty()) {
      understood.add(
          "(بدون " + String.join("، ", dropped.stream().map(w -> "«" + w + "»").toList()) + ")");
    }
  }

  static String display(String readerText) {
    return PersianText.get().forDisplay(readerText.strip()).strip();
  }

  /**
   * A phrase's words grouped into slots: two adjacent words the index also holds joined make one
   * slot with both spellings, and so do two words around «و» the index holds as one (رفت و آمد ↔
   * رفتوآمد); a word the index holds only split has its split spelling too.
   */
  private List<PhraseSlots.Slot> slots(String text, List<Token> tokens) {
    List<PhraseSlots.Slot> slots = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (i + 1 < tokens.size()) {
        Token next = tokens.get(i + 1);
        int gap = next.position() - t.position() - 1;
        String joined =
            gap == 0
                ? joinedIfIndexed(t.term(), next.term())
                : gap == 1 && isAnd(text.substring(t.end(), next.start()))
                    ? joinedIfIndexed(t.term() + "و", next.term())
                    : null;
        if (joined != null) {
          slots.add(
              new PhraseSlots.Slot(
                  t.position(),
                  next.position(),
                  List.of(
                      new PhraseSlots.Spelling(List.of(joined), 0),
                      new PhraseSlots.Spelling(List.of(t.term(), next.term()), gap))));
          i++;
          continue;
        }
      }
      String[] split = splitIfIndexed(t.term());
      slots.add(
          new PhraseSlots.Slot(
              t.position(),
              t.position(),
              split == null
                  ? List.of(new PhraseSlots.Spelling(List.of(t.term()), 0))
                  : List.of(
                      new PhraseSlots.Spelling(List.of(t.term()), 0),
                      new PhraseSlots.Spelling(List.of(split), 0))));
    }
    return slots;
  }

  /**
   * The phrase, in documents that hold its stopwords somewhere: the index keeps a stopword's
   * position but not the word, and this narrows what a gap may stand for at the cost of a few dense
   * filters. Only the words the analyzer dropped count (a verb prefix it joined, as in «می شود»,
   * does not).
   */
  private Query withStopwords(Query phrase, String text, List<Token> tokens) {
    if (!stopwordsField) {
      return phrase;
    }
    Set<String> stops =
        PersianText.get().stopwordsIn(String.join(" ", DroppedWords.of(text, tokens)));
    if (stops.isEmpty()) {
      return phrase;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(phrase, Occur.MUST);
    stops.stream().sorted().forEach(w -> b.add(term(ArticleDocuments.STOPS, w), Occur.FILTER));
    return b.build();
  }

  /** Whether the reader wrote only «و» between two words. */
  private static boolean isAnd(String between) {
    return between.strip().equals("و");
  }

  /** The joined spelling of two words when documents use it and it is not just the two words. */
  private String joinedIfIndexed(String a, String b) {
    List<String> j = terms(a + b);
    if (j.size() != 1 || a.length() < 2 || b.length() < 2) {
      return null;
    }
    return df(ArticleDocuments.TEXT, j.get(0)) > 0 ? j.get(0) : null;
  }

  /**
   * Two words a joined word no document holds is written as elsewhere (بهرهبرداری → بهره برداری).
   * Tried for every joined word, also those documents hold, it took the judged Hamshahri MAP from
   * 0.861 to 0.827 (docs/QUALITY.md): a word of its own split into two is most often another query.
   */
  private String[] splitIfIndexed(String t) {
    if (t.length() < 5
        || df(ArticleDocuments.TEXT, t) > 0 && !EntityRecognizer.get().twoGivenNames(t)) {
      return null; // two given names joined (محمدجواد) are written apart as often (محمد جواد)
    }
    String[] best = null;
    int bestDf = 0;
    for (String[] split : WordSplits.of(analyzer, t, this::terms)) {
      int df = Math.min(df(ArticleDocuments.TEXT, split[0]), df(ArticleDocuments.TEXT, split[1]));
      if (df > bestDf) {
        best = split;
        bestDf = df;
      }
    }
    return best;
  }

  private static Query either(String field, String joined, String... parts) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(new TermQuery(new Term(field, joined)), Occur.SHOULD);
    b.add(phraseOf(field, List.of(parts)), Occur.SHOULD);
    return b.build();
  }

  static Query term(String field, String t) {
    return new TermQuery(new Term(field, t));
  }

  /** Adjacent terms as a phrase (one term as a term query). */
  private static Query phraseOf(String field, List<String> terms) {
    if (terms.size() == 1) {
      return term(field, terms.get(0));
    }
    PhraseQuery.Builder p = new PhraseQuery.Builder();
    terms.forEach(t -> p.add(new Term(field, t)));
    return p.build();
  }

  private int df(String field, String t) {
    return docFreq.applyAsInt(new Term(field, t));
  }

  List<String> terms(String text) {
    return Terms.of(analyzer, ArticleDocuments.TEXT, text);
  }

  /** The query analyzer's tokens with positions counted from 0 and offsets into {@code text}. */
  List<Token> tokens(String text) {
    List<Token> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(ArticleDocuments.TEXT, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      int position = -1;
      while (ts.incrementToken()) {
        position += out.isEmpty() ? 1 : inc.getPositionIncrement();
        String t = term.toString();
        int start = offset.startOffset();
        int end = offset.endOffset();
        out.add(
            new Token(
                t, position, start, end, isStopword.test(t) && writtenStopword(text, start, end)));
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
