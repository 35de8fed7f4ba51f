package ir.khabar.core.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * Finds the element that holds the article's paragraphs and reads them: the containers the big
 * Persian CMSs use first (IranSamaneh's item-text, Nastooh's body, Asam's docDiv4Body, schema.org's
 * articleBody), else the element whose own paragraphs carry the most text outside links.
 */
final class MainContent {
  private static final String KNOWN =
      "[itemprop=articleBody], .item-text, #docDiv4Body, .news-body, .story-body, "
          + ".entry-content, .article-body, .news-text, .body, .content-text, #newsBody";
  private static final Pattern BLOCK =
      Pattern.compile("p|div|li|h[2-6]|blockquote|section|article|td|br");

  private MainContent() {}

  static Element find(Element root) {
    Elements known = root.select(KNOWN);
    for (Element e : known) {
      if (e.text().length() > 80) {
        return e;
      }
    }
    Element best = root;
    int bestScore = 0;
    for (Element candidate : root.select("div, article, section, td, main")) {
      int score = score(candidate);
      if (score > bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
    return best;
  }

  /** Text of the element's own paragraphs, less the text inside their links. */
  private static int score(Element e) {
    int score = 0;
    for (Element child : e.children()) {
      if (child.tagName().equals("p")) {
        int links = child.select("a").text().length();
        score += Math.max(0, child.text().length() - 2 * links);
      }
    }
    return score;
  }

  /** The paragraphs of the content element, in order: its blocks and its br-separated lines. */
  static List<String> paragraphs(Element content) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    collect(content, current, out);
    flush(current, out);
    return out;
  }

  private static void collect(Node node, StringBuilder current, List<String> out) {
    for (Node child : node.childNodes()) {
      if (child instanceof TextNode t) {
        current.append(t.text());
      } else if (child instanceof Element e) {
        boolean block = BLOCK.matcher(e.tagName()).matches();
        if (block) {
          flush(current, out);
        }
        if (!isLinkList(e)) {
          collect(e, current, out);
        }
        if (block) {
          flush(current, out);
        }
      }
    }
  }

  /** "بیشتر بخوانید" boxes and related lists: blocks whose text is mostly links. */
  private static boolean isLinkList(Element e) {
    String text = e.text();
    return text.length() > 0 && e.select("a").text().length() > text.length() * 0.6;
  }

  private static void flush(StringBuilder current, List<String> out) {
    String p = current.toString().replace('\u00A0', ' ').strip();
    if (!p.isEmpty()) {
      out.add(p);
    }
    current.setLength(0);
  }
}
