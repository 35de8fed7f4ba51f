package ir.khabar.app.web;

import io.javalin.http.Context;
import ir.khabar.app.export.Matches;
import ir.khabar.app.web.view.CountryPairList;
import ir.khabar.app.web.view.CountryPairList.Pair;
import ir.khabar.core.Entity;
import ir.khabar.core.Event;
import ir.khabar.core.search.SearchRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code /countries}: every pair of countries that took part in an event together (a visit, a
 * meeting, talks, an agreement; statements aside, as on a pair's page), with the number of events,
 * each linking to the pair's page. Counted over the newest {@link Matches#MAX} articles, once per
 * state of the index.
 */
final class CountryPairs {
  private final Site site;
  private volatile Counted counted;

  CountryPairs(Site site) {
    this.site = site;
  }

  private record Counted(long articles, List<Pair> pairs) {}

  void show(Context ctx) throws IOException {
    String with = ctx.queryParam("with") == null ? "" : ctx.queryParam("with").strip();
    List<Pair> pairs =
        pairs().stream()
            .filter(p -> with.isEmpty() || p.a().equals(with) || p.b().equals(with))
            .toList();
    site.render(
        ctx,
        "country-pairs.jte",
        new CountryPairList(
            site.page(
                "کشورها در کنار هم",
                "جفت\u200cکشورهایی که در خبرها با هم دیدار، سفر، گفت\u200cوگو یا توافق داشته\u200cاند",
                "",
                null),
            with,
            pairs));
  }

  /** Every pair, the most events first; recounted when the index has changed. */
  List<Pair> pairs() throws IOException {
    long articles = site.engine().count();
    Counted c = counted;
    if (c == null || c.articles() != articles) {
      c = new Counted(articles, count());
      counted = c;
    }
    return c.pairs();
  }

  private List<Pair> count() throws IOException {
    Map<String, Set<String>> sentences = new HashMap<>();
    Map<String, String> names = new HashMap<>();
    Matches.each(
        site.engine(),
        SearchRequest.browse().newestFirst().build(),
        Matches.MAX,
        article -> {
          for (Event e : article.events()) {
            if (e.isEncounter()) {
              List<Event.Actor> countries =
                  e.actors().stream()
                      .filter(x -> x.type() == Entity.Type.COUNTRY)
                      .sorted(Comparator.comparing(Event.Actor::id))
                      .toList();
              countries.forEach(x -> names.putIfAbsent(x.id(), x.name()));
              for (int i = 0; i < countries.size(); i++) {
                for (int j = i + 1; j < countries.size(); j++) {
                  String key = countries.get(i).id() + "\u0001" + countries.get(j).id();
                  if (!countries.get(i).id().equals(countries.get(j).id())) {
                    sentences.computeIfAbsent(key, k -> new HashSet<>()).add(e.sentence());
                  }
                }
              }
            }
          }
          return true;
        });
    List<Pair> out = new ArrayList<>();
    sentences.forEach(
        (key, events) -> {
          String[] ids = key.split("\u0001");
          out.add(new Pair(ids[0], names.get(ids[0]), ids[1], names.get(ids[1]), events.size()));
        });
    out.sort(
        Comparator.comparingLong(Pair::events)
            .reversed()
            .thenComparing(Pair::nameA)
            .thenComparing(Pair::nameB));
    return List.copyOf(out);
  }
}
