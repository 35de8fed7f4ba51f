package ir.khabar.core.search.engine;

import ir.khabar.core.understand.entities.LatinNames;
import ir.khabar.persian.analysis.Terms;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;

/**
 * The words of a query written in Latin letters that name people, places, countries or
 * organisations Khabar knows, replaced by the Persian name they stand for before the query is
 * parsed: «zarif» is searched as ظریف, «sanctions Iran Russia» as ایران روسیه. Of the entity's
 * Persian writings the one most articles hold is searched. Other Latin words stay as written; one
 * no article holds is left out (the "searched as" line says so) unless nothing else would be left.
 * Operators (AND, OR, NOT), field names ({@code title:}) and prefixes ({@code word*}) are not
 * touched.
 */
final class LatinQuery {
  private static final Pattern WORD = Pattern.compile("\\p{IsLatin}+(?:['’.\\-]\\p{IsLatin}+)*");
  private static final int LONGEST_NAME = 5;

  /** The query to parse, and what "searched as" should add (Latin words left out), or null. */
  record Rewritten(String text, String note) {
    QueryFactory.Parsed explain(QueryFactory.Parsed parsed) {
      return parsed == null || note == null
          ? parsed
          : new QueryFactory.Parsed(parsed.query(), (parsed.understood() + " " + note).strip());
    }
  }

  private record Word(
      int start, int end, String text, boolean quoted, boolean name, boolean droppable) {}

  private LatinQuery() {}

  static Rewritten rewrite(String query, Analyzer analyzer, ToIntFunction<Term> docFreq) {
    if (!LatinNames.hasLatin(query)) {
      return new Rewritten(query, null);
    }
    List<Word> words = words(query);
    StringBuilder out = new StringBuilder();
    List<String> dropped = new ArrayList<>();
    int pos = 0;
    for (int i = 0; i < words.size(); ) {
      int n = nameLength(query, words, i);
      Word first = words.get(i);
      Word last = words.get(i + Math.max(n, 1) - 1);
      out.append(query, pos, first.start());
      if (n > 0) {
        String latin = query.substring(first.start(), last.end());
        out.append(persian(LatinNames.get().lookup(latin), analyzer, docFreq));
      } else if (first.droppable() && df(first.text(), analyzer, docFreq) == 0) {
        dropped.add(first.text());
      } else {
        out.append(first.text());
      }
      pos = last.end();
      i += Math.max(n, 1);
    }
    out.append(query.substring(pos));
    String text = out.toString();
    if (Terms.of(analyzer, ArticleDocuments.TEXT, text).isEmpty()) {
      return new Rewritten(query, null);
    }
    String note =
        dropped.isEmpty()
            ? null
            : "(بدون "
                + String.join("، ", dropped.stream().map(w -> "«" + w + "»").toList())
                + ": در هیچ خبری نیست)";
    return new Rewritten(text, note);
  }

  /** How many words from {@code i} on name a known entity (the longest name first), or 0. */
  private static int nameLength(String query, List<Word> words, int i) {
    for (int n = Math.min(LONGEST_NAME, words.size() - i); n >= 1; n--) {
      if (!adjacent(query, words, i, n)) {
        continue;
      }
      String latin = query.substring(words.get(i).start(), words.get(i + n - 1).end());
      if (words.get(i).name() && !LatinNames.get().lookup(latin).isEmpty()) {
        return n;
      }
    }
    return 0;
  }

  /**
   * Whether the n words from i may be one name: only spaces between them, all inside quotes or all
   * outside.
   */
  private static boolean adjacent(String query, List<Word> words, int i, int n) {
    for (int k = i + 1; k < i + n; k++) {
      Word a = words.get(k - 1);
      Word b = words.get(k);
      if (!query.substring(a.end(), b.start()).isBlank() || a.quoted() != b.quoted() || !b.name()) {
        return false;
      }
    }
    return true;
  }

  /**
   * The Persian writing to search: of those some article holds, the one of fewest words, the
   * entity's own name before its other writings (ایران, not کشورمان), and written as a reader would
   * type it.
   */
  private static String persian(
      List<LatinNames.Naming> namings, Analyzer analyzer, ToIntFunction<Term> docFreq) {
    record Scored(String persian, int terms, int order, int df) {}
    List<String> writings = namings.stream().map(LatinNames.Naming::persian).distinct().toList();
    List<Scored> scored = new ArrayList<>();
    for (int i = 0; i < writings.size(); i++) {
      String p = writings.get(i);
      scored.add(
          new Scored(
              p, Terms.of(analyzer, ArticleDocuments.TEXT, p).size(), i, df(p, analyzer, docFreq)));
    }
    return scored.stream()
        .filter(s -> s.terms() > 0 && s.df() > 0)
        .min(Comparator.comparingInt(Scored::terms).thenComparingInt(Scored::order))
        .map(Scored::persian)
        .orElse(writings.get(0));
  }

  /**
   * How many articles hold every term of the text (the rarest term's count): 0 when one is missing.
   */
  private static int df(String text, Analyzer analyzer, ToIntFunction<Term> docFreq) {
    List<String> terms = Terms.of(analyzer, ArticleDocuments.TEXT, text);
    return terms.stream()
        .mapToInt(t -> docFreq.applyAsInt(new Term(ArticleDocuments.TEXT, t)))
        .min()
        .orElse(0);
  }

  /**
   * The Latin words with whether they are inside quotes, whether they may be a name (not an
   * operator, a field name or a prefix) and whether they may be left out (also not quoted, nor
   * after + or -, nor glued to what follows).
   */
  private static List<Word> words(String query) {
    List<Word> out = new ArrayList<>();
    Matcher m = WORD.matcher(query);
    while (m.find()) {
      String w = m.group();
      char before = m.start() > 0 ? query.charAt(m.start() - 1) : ' ';
      char after = m.end() < query.length() ? query.charAt(m.end()) : ' ';
      boolean quoted = quoted(query, m.start());
      boolean syntax =
          w.equals("AND") || w.equals("OR") || w.equals("NOT") || after == ':' || after == '*';
      boolean marked = before == '-' || before == '+' || before == ':';
      boolean glued = GluedWords.glue(after); // «F-35»: dropping F leaves «-35», a NOT
      boolean source = before == ':' && QuerySyntax.afterSource(query, m.start() - 1);
      out.add(
          new Word(
              m.start(),
              m.end(),
              w,
              quoted,
              !syntax && !source, // «source:mehr» is an agency's id, not «خبرگزاری مهر»
              !syntax && !quoted && !marked && !glued));
    }
    return out;
  }

  /** Whether an opening quote («, “ or ") before {@code at} is still open there. */
  private static boolean quoted(String query, int at) {
    boolean open = false;
    for (int i = 0; i < at; i++) {
      char c = query.charAt(i);
      if (c == '«' || c == '“') {
        open = true;
      } else if (c == '»' || c == '”') {
        open = false;
      } else if (c == '"') {
        open = !open;
      }
    }
    return open;
  }
}
