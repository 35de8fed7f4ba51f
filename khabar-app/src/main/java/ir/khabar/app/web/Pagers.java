package ir.khabar.app.web;

import ir.khabar.app.web.view.Fa;
import ir.khabar.app.web.view.Views.PageLink;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/** Page links around the current page: previous, a window of numbers, next. */
final class Pagers {
  private static final int AROUND = 3;

  private Pagers() {}

  static List<PageLink> links(int current, long total, int pageSize, IntFunction<String> href) {
    int last =
        (int) Math.min(SearchParams.MAX_PAGE, Math.max(1, (total + pageSize - 1) / pageSize));
    List<PageLink> out = new ArrayList<>();
    if (last == 1) {
      return out;
    }
    if (current > 1) {
      out.add(new PageLink("قبلی", href.apply(current - 1), false));
    }
    for (int p = Math.max(1, current - AROUND); p <= Math.min(last, current + AROUND); p++) {
      out.add(new PageLink(Fa.number(p), href.apply(p), p == current));
    }
    if (current < last) {
      out.add(new PageLink("بعدی", href.apply(current + 1), false));
    }
    return out;
  }
}
