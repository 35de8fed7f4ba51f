package ir.khabar.core.understand.entities;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import ir.khabar.core.Article;
import ir.khabar.core.Entity;
import ir.khabar.core.Event;
import ir.khabar.core.index.LuceneSearchEngine;
import ir.khabar.core.pipeline.Ingest;
import ir.khabar.core.search.SearchRequest;
import ir.khabar.persian.text.SearchFolding;
import ir.khabar.testing.SharedData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seeds through the whole pipeline, against what a careful reader gets from them by hand
 * (seeds-gold.json): the people, countries, places and organisations, and the meetings. Prints the
 * figures docs/QUALITY.md shows.
 */
class SeedEntitiesTest {
  @TempDir static Path dir;
  private static final Map<String, Article> byFile = new HashMap<>();
  private static JsonNode gold;

  @BeforeAll
  static void ingest() throws Exception {
    Path seeds = SharedData.seeds();
    gold = EntitySpanQualityTest.load("seeds-gold.json");
    try (LuceneSearchEngine engine = LuceneSearchEngine.open(dir.resolve("index"))) {
      Ingest.files(engine, List.of(seeds));
      engine.commit();
      for (var h : engine.browse(SearchRequest.browse().build()).hits()) {
        byFile.put(Path.of(h.article().origin()).getFileName().toString(), h.article());
      }
    }
  }

  @Test
  void peopleCountriesPlacesAndOrganisations() {
    int[] people = new int[2];
    int[] countries = new int[2];
    int[] places = new int[2];
    int[] orgs = new int[2];
    int[] extraPeople = new int[2];
    for (JsonNode seed : gold) {
      Article a = byFile.get(seed.get("file").asText());
      assertThat(a).as(seed.get("file").asText()).isNotNull();
      List<Entity> found = a.entities();
      List<String> goldPeople = new ArrayList<>();
      seed.get("people").forEach(p -> goldPeople.add(p.get("name").asText()));
      count(people, goldPeople, names(found, Entity.Type.PERSON));
      count(countries, texts(seed.get("countries")), names(found, Entity.Type.COUNTRY));
      count(
          places, texts(seed.get("places")), names(found, Entity.Type.PLACE, Entity.Type.COUNTRY));
      count(orgs, texts(seed.get("organisations")), names(found, Entity.Type.ORGANISATION));
      for (String p : names(found, Entity.Type.PERSON)) {
        extraPeople[1]++;
        if (goldPeople.stream().noneMatch(g -> same(g, p))) {
          extraPeople[0]++;
          System.out.println(
              "seed " + seed.get("file").asText() + ": person not in the gold list: " + p);
        }
      }
    }
    double peoplePrecision = 1 - (double) extraPeople[0] / extraPeople[1];
    System.out.printf(
        "| seeds | people recall | %d/%d |%n| seeds | people precision | %.3f |%n"
            + "| seeds | countries recall | %d/%d |%n| seeds | places recall | %d/%d |%n"
            + "| seeds | organisations recall | %d/%d |%n",
        people[0],
        people[1],
        peoplePrecision,
        countries[0],
        countries[1],
        places[0],
        places[1],
        orgs[0],
        orgs[1]);
    assertThat(people[0]).isGreaterThanOrEqualTo(people[1] * 8 / 10);
    assertThat(countries[0]).isGreaterThanOrEqualTo(countries[1] * 8 / 10);
    assertThat(peoplePrecision).isGreaterThanOrEqualTo(0.7);
  }

  @Test
  void meetings() {
    int found = 0;
    int total = 0;
    for (JsonNode seed : gold) {
      Article a = byFile.get(seed.get("file").asText());
      for (JsonNode m : seed.get("meetings")) {
        total++;
        List<String> actors = texts(m.get("actors"));
        boolean hit =
            a.events().stream()
                .filter(e -> !e.type().equals("statement"))
                .anyMatch(e -> covers(e, actors));
        if (hit) {
          found++;
        } else {
          System.out.println(
              "seed "
                  + seed.get("file").asText()
                  + ": meeting not found: "
                  + actors
                  + " — "
                  + m.get("sentence").asText());
        }
      }
    }
    System.out.printf("| seeds | meetings recall | %d/%d |%n", found, total);
    assertThat(found).isGreaterThanOrEqualTo(total * 6 / 10);
  }

  /** The event names the gold meeting's actors (up to two of them) among its own. */
  private static boolean covers(Event e, List<String> actors) {
    long named =
        actors.stream().filter(g -> e.actors().stream().anyMatch(x -> same(g, x.name()))).count();
    return named >= Math.min(2, actors.size());
  }

  private static void count(int[] tally, List<String> gold, List<String> found) {
    for (String g : gold) {
      tally[1]++;
      if (found.stream().anyMatch(f -> same(g, f))) {
        tally[0]++;
      }
    }
  }

  /** The same name, or the same family name: محمد جواد ظریف = محمدجواد ظریف = ظریف. */
  static boolean same(String gold, String found) {
    String g = SearchFolding.fold(gold).replace(" ", "");
    String f = SearchFolding.fold(found).replace(" ", "");
    if (g.equals(f)) {
      return true;
    }
    // a canonical name's commas are no words: «وزارت بهداشت، درمان و آموزش پزشکی»
    List<String> gw = List.of(SearchFolding.fold(gold).replace("،", " ").split(" +"));
    List<String> fw = List.of(SearchFolding.fold(found).replace("،", " ").split(" +"));
    // The same family name (the gold's last word), or one name inside the other (آذربایجان, جمهوری
    // آذربایجان).
    return fw.get(fw.size() - 1).equals(gw.get(gw.size() - 1))
        || fw.containsAll(gw)
        || gw.containsAll(fw);
  }

  private static List<String> names(List<Entity> entities, Entity.Type... types) {
    List<Entity.Type> wanted = List.of(types);
    return entities.stream().filter(e -> wanted.contains(e.type())).map(Entity::name).toList();
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.isTextual() ? n.asText() : n.path("name").asText()));
    return out;
  }
}
