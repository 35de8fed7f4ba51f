package ir.khabar.app.web;

import ir.khabar.core.Article;
import ir.khabar.core.search.Hit;
import ir.khabar.core.search.SearchRequest;
import ir.khabar.core.search.SearchResult;
import ir.khabar.persian.date.JalaliDates;

/** The HTML pages, every piece of text escaped. */
final class Pages {
  private Pages() {}

  static String search(SearchRequest r, SearchResult result, long articles) {
    StringBuilder b = new StringBuilder();
    b.append("<form role=\"search\" action=\"/search\"><label for=\"q\">جست‌وجو در اخبار</label> ")
        .append("<input id=\"q\" name=\"q\" value=\"").append(esc(r.query())).append("\" autofocus> ")
        .append("<button>جست‌وجو</button></form>");
    if (result == null) {
      b.append("<p>").append(digits(articles)).append(" خبر در نمایه</p>");
    } else {
      b.append("<p>").append(digits(result.total())).append(" نتیجه برای «").append(esc(result.query()))
          .append("»</p><ol>");
      for (Hit h : result.hits()) {
        Article a = h.article();
        b.append("<li><h2><a href=\"/a/").append(esc(a.id())).append("\">").append(esc(a.title()))
            .append("</a></h2><p class=\"meta\">").append(esc(a.source().name()));
        if (a.published() != null) {
          b.append(" · ").append(esc(JalaliDates.formatDateTime(a.published())));
        }
        b.append("</p><p>").append(h.snippet()).append("</p>"); // snippet is escaped by the highlighter
        if (h.moreInStory() > 0) {
          b.append("<p><a href=\"/story/").append(esc(a.story())).append("\">").append(digits(h.moreInStory()))
              .append(" خبر دیگر از همین رویداد</a></p>");
        }
        b.append("</li>");
      }
      b.append("</ol>");
    }
    return page("خبر — جست‌وجو", b.toString());
  }

  static String article(Article a) {
    StringBuilder b = new StringBuilder("<article><h1>").append(esc(a.title())).append("</h1><p class=\"meta\">")
        .append(esc(a.source().name()));
    if (a.published() != null) {
      b.append(" · ").append(esc(JalaliDates.formatDateTime(a.published())));
    }
    b.append("</p>");
    if (!a.lead().isEmpty()) {
      b.append("<p class=\"lead\"><strong>").append(esc(a.lead())).append("</strong></p>");
    }
    a.body().forEach(p -> b.append("<p>").append(esc(p)).append("</p>"));
    b.append("<p class=\"meta\">منبع خبر: ").append(esc(a.source().name())).append("</p></article>");
    return page(a.title(), b.toString());
  }

  /** Every version of a story by agency, the earliest report first: a timeline. */
  static String story(java.util.List<Article> versions) {
    StringBuilder b = new StringBuilder("<h1>").append(esc(versions.get(0).title())).append("</h1>")
        .append("<p>").append(digits(versions.size())).append(" گزارش از این رویداد، نخستین گزارش اول</p><ol>");
    for (Article a : versions) {
      b.append("<li><time>").append(a.published() == null ? "" : esc(JalaliDates.formatDateTime(a.published())))
          .append("</time> · ").append(esc(a.source().name())).append(": <a href=\"/a/").append(esc(a.id()))
          .append("\">").append(esc(a.title())).append("</a></li>");
    }
    return page(versions.get(0).title(), b.append("</ol>").toString());
  }

  static String notFound() {
    return page("یافت نشد", "<p>خبری با این شناسه نیست.</p>");
  }

  private static String page(String title, String main) {
    return "<!doctype html><html lang=\"fa\" dir=\"rtl\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + esc(title)
        + "</title><style>body{font-family:Vazirmatn,Tahoma,sans-serif;max-width:46rem;margin:auto;padding:1rem;"
        + "line-height:1.9;color:#1b1b1b}a{color:#0b4f8a}.meta{color:#555;font-size:.9em}mark{background:#ffe58a}"
        + "input{font:inherit;padding:.3rem;width:60%}</style></head><body><header><a href=\"/\">خبر</a></header>"
        + "<main>" + main + "</main></body></html>";
  }

  static String esc(String s) {
    if (s == null) {
      return "";
    }
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
        .replace("'", "&#39;");
  }

  private static String digits(long n) {
    StringBuilder s = new StringBuilder(Long.toString(n));
    for (int i = 0; i < s.length(); i++) {
      s.setCharAt(i, (char) ('۰' + (s.charAt(i) - '0')));
    }
    return s.toString();
  }
}
