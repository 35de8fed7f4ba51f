package ir.khabar.core.search.engine;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What in a reader's query is operator syntax, and the text handed to Lucene's query-parser syntax.
 * Only AND, OR and NOT in capitals, a leading + or -, {@code title:} and {@code source:}, and * are
 * operators; quotes, a phrase's ~N and parentheses alone keep a query plain (it is parsed as it
 * always was). Every other character Lucene's syntax reserves (: / [ ] ^ ? ! ~ & | …) is escaped,
 * so that Persian text such as «ساعت ۱۰:۳۰» or «امام خمینی (ره)» means what it says.
 */
final class QuerySyntax {
  static final Pattern OPERATOR =
      Pattern.compile(
          "(?:^|[\\s(])(?:(?:AND|OR|NOT)(?=[\\s()\"«“]|$)|[+-](?=[^\\s+-])|(?:title|source):)|\\*");
  private static final Pattern PLUS = Pattern.compile("(?<=^|[\\s(])\\+(?=[^\\s+-])");
  static final Pattern FIELD = Pattern.compile("(?i)(title|source):");
  private static final String RESERVED = "\\/[]{}^?!~:&|";

  /**
   * {@code site:} as other search engines write it; the source by its site («site:farsnews.ir»).
   */
  private static final Pattern SITE = Pattern.compile("(?i)(?<=^|[\\s(+-])site:(?=\\S)");

  private static final String QUOTES = "\"«»“”";

  private QuerySyntax() {}

  /** The query with {@code site:} read as {@code source:}, which knows sources by their sites. */
  static String siteAsSource(String text) {
    return SITE.matcher(text).replaceAll("source:");
  }

  /**
   * Whether the query uses any operator; a plain query goes to {@link QueryFactory#parse}
   * unchanged.
   */
  static boolean usesOperators(String text) {
    return OPERATOR.matcher(text).find();
  }

  /**
   * The query without its +word marks when they are its only operators and every word is required
   * anyway: a Fars title's «+عکس» then stays a plain query, parsed as it always was.
   */
  static String withoutRedundantPlus(String text) {
    String without = PLUS.matcher(text).replaceAll("");
    return without.equals(text) || usesOperators(without) ? text : without;
  }

  /**
   * The query for Lucene's syntax parser: «…» and “…” as "…", reserved characters escaped outside
   * phrases (but a phrase's ~N and a known field's colon kept), a lone + or - dropped.
   */
  static String forParser(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (QUOTES.indexOf(c) >= 0) {
        quoted = !quoted;
        out.append('"');
      } else if (quoted) {
        out.append(c == '\\' ? ' ' : c);
      } else if ((c == '+' || c == '-')
          && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
        out.append(' ');
      } else if (RESERVED.indexOf(c) >= 0 && !keeps(text, i)) {
        out.append('\\').append(c);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Whether the colon at {@code colon} ends the field name {@code source}. */
  static boolean afterSource(String text, int colon) {
    return colon >= 6 && text.substring(colon - 6, colon).equalsIgnoreCase("source");
  }

  /** A phrase's slop (~ after a closing quote, then digits) and the colon after title or source. */
  private static boolean keeps(String text, int i) {
    char c = text.charAt(i);
    if (c == '~') {
      return i > 0
          && QUOTES.indexOf(text.charAt(i - 1)) >= 0
          && i + 1 < text.length()
          && Character.isDigit(text.charAt(i + 1));
    }
    if (c == ':') {
      String before = text.substring(Math.max(0, i - 6), i).toLowerCase(Locale.ROOT);
      return before.endsWith("title") || afterSource(text, i);
    }
    return false;
  }

  /**
   * The query as plain words, for a query Lucene's syntax cannot read: quotes, brackets, *, a
   * leading + or -, field names and operator words taken out (the operator words kept when nothing
   * else is left).
   */
  static String plainWords(String text) {
    String words = FIELD.matcher(text).replaceAll(" ");
    words = words.replaceAll("[\"«»“”()*+]|(?<=^|\\s)-", " ");
    String withoutOperators = words.replaceAll("(?<=^|\\s)(?:AND|OR|NOT)(?=\\s|$)", " ");
    return (withoutOperators.isBlank() ? words : withoutOperators).strip();
  }

  /**
   * Whether a quote is left without its pair once the phrases are read as {@link QueryFactory}
   * reads them.
   */
  static boolean unpairedQuote(String text) {
    String rest = text.replaceAll("[\"«“][^\"»”]+[\"»”]", " ");
    return rest.chars().anyMatch(c -> QUOTES.indexOf(c) >= 0);
  }
}
