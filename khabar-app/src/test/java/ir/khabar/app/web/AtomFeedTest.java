package ir.khabar.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;
import com.thaiopensource.validate.rng.CompactSchemaReader;
import ir.khabar.core.Article;
import ir.khabar.core.ArticleJson;
import ir.khabar.core.Entity;
import ir.khabar.core.pipeline.Ingest;
import ir.khabar.core.search.SearchRequest;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The Atom feeds against RFC 4287: every feed the site serves (a search with operators and filters,
 * an entity, a country pair, a story, the latest) is valid against the RFC's own RELAX NG schema
 * (Appendix B, checked with jing), meets the two rules the schema states as Schematron, and gives
 * every entry an {@code updated} date, also an article that states no date.
 */
@Tag("integration")
class AtomFeedTest {
  private static final String ATOM = "http://www.w3.org/2005/Atom";
  private static final String BASE = "https://khabar.example";
  private static final String UNDATED =
      """
      سرمای زودرس و افزایش مصرف گاز خانگی در شمال کشور

      مصرف گاز خانگی در استان‌های شمالی با کاهش دمای هوا به رکورد تازه‌ای رسید.

      به گزارش خبرگزاری مهر، مدیرعامل شرکت گاز استان مازندران از مشترکان خواست در مصرف صرفه‌جویی کنند.
      """;
  @TempDir static Path dir;
  private static TestSite site;

  @BeforeAll
  static void start() throws Exception {
    site = TestSite.overSample(dir, null, TestSite.options().withBaseUrl(BASE + "/"));
    Path undated = Files.writeString(dir.resolve("gas.txt"), UNDATED, StandardCharsets.UTF_8);
    assertThat(Ingest.files(site.engine, List.of(undated)).added()).isEqualTo(1);
  }

  @AfterAll
  static void stop() throws Exception {
    if (site != null) {
      site.close();
    }
  }

  @Test
  void aSearchFeedKeepsTheQuerySyntaxAndFiltersOfTheSearch() throws Exception {
    for (String params :
        List.of(
            "q=" + q("ایران -عراق"),
            "q=" + q("صادرات") + "&mode=any&country=" + q("روسیه"),
            "q=" + q("\"ایران و روسیه\""))) {
      Document feed = valid("/feed?" + params);
      List<String> searched = new ArrayList<>();
      json("/api/search?" + params + "&sort=newest&limit=30")
          .get("hits")
          .forEach(h -> searched.add(h.get("id").asText()));
      assertThat(searched).as(params).isNotEmpty();
      assertThat(entryIds(feed)).as(params).isEqualTo(searched);
      assertThat(selfLink(feed)).isEqualTo(BASE + "/feed?" + params);
    }
  }

  @Test
  void theLatestFeedAndAnUndatedArticleHaveUpdatedDates() throws Exception {
    Document latest = valid("/feed");
    assertThat(entries(latest)).hasSizeGreaterThan(10);

    Document feed = valid("/feed?q=" + q("مازندران"));
    List<Element> entries = entries(feed);
    assertThat(entries).hasSize(1);
    Element e = entries.get(0);
    assertThat(e.getElementsByTagNameNS(ATOM, "published").getLength()).isZero();
    JsonNode article = json("/api/articles/" + ids(entries).get(0));
    assertThat(article.get("published").isNull()).isTrue();
    // Atom's dates are written to the second.
    Instant seen = Instant.parse(article.get("seen").asText()).truncatedTo(ChronoUnit.SECONDS);
    assertThat(Instant.parse(text(e, "updated"))).isEqualTo(seen);
    assertThat(seen).isAfter(Instant.now().minusSeconds(600));
    assertThat(Instant.parse(text(feed.getDocumentElement(), "updated"))).isEqualTo(seen);
  }

  @Test
  void anEntityFeedHoldsTheArticlesThatNameIt() throws Exception {
    Entity person = mostMentioned(Entity.Type.PERSON);
    Document feed = valid("/feed?entity=" + q(person.id()));
    assertThat(entries(feed)).isNotEmpty();
    for (String id : ids(entries(feed))) {
      assertThat(site.engine.get(id).orElseThrow().entities())
          .extracting(Entity::id)
          .contains(person.id());
    }
    assertThat(text(feed.getDocumentElement(), "title")).contains(person.name());
  }

  @Test
  void aCountryPairFeedHoldsTheArticlesThatNameBoth() throws Exception {
    Document feed = valid("/feed?countries=" + q("ایران,روسیه"));
    assertThat(entries(feed)).isNotEmpty();
    for (String id : ids(entries(feed))) {
      Set<String> names =
          site.engine.get(id).orElseThrow().entities().stream()
              .map(Entity::name)
              .collect(Collectors.toSet());
      assertThat(names).contains("ایران", "روسیه");
    }
    assertThat(text(feed.getDocumentElement(), "title")).contains("ایران و روسیه");
  }

  @Test
  void aStoryFeedHoldsItsVersionsNewestFirst() throws Exception {
    Article any =
        site.engine.browse(SearchRequest.browse().limit(1).newestFirst().build()).hits().stream()
            .findFirst()
            .orElseThrow()
            .article();
    Document feed = valid("/feed?story=" + q(any.story()));
    List<String> versions = new ArrayList<>();
    site.engine.story(any.story()).forEach(a -> versions.add(0, a.id()));
    assertThat(ids(entries(feed))).isEqualTo(versions);
    assertThat(site.get("/feed?story=nothing-of-the-kind").statusCode()).isEqualTo(404);
  }

  @Test
  void theSchemaRefusesAnEntryWithoutUpdated() throws Exception {
    String body = site.get("/feed?q=" + q("ایران")).body();
    String broken = body.replaceFirst("(?s)(<entry>.*?)<updated>[^<]*</updated>", "$1");
    assertThat(broken).isNotEqualTo(body);
    assertThat(schemaErrors(broken)).isNotEmpty();
  }

  /** The feed at this address, checked against the RFC's schema and its two stated rules. */
  private static Document valid(String path) throws Exception {
    HttpResponse<String> r = site.get(path);
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    assertThat(r.headers().firstValue("content-type").orElse(""))
        .startsWith("application/atom+xml");
    assertThat(schemaErrors(r.body())).as(path).isEmpty();
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Document d = f.newDocumentBuilder().parse(new InputSource(new StringReader(r.body())));
    Element feed = d.getDocumentElement();
    assertThat(text(feed, "id")).isNotBlank();
    assertThat(text(feed, "title")).startsWith("خبر");
    assertThat(children(feed, "author")).as("the feed's author stands for entries'").hasSize(1);
    for (Element e : entries(d)) {
      assertThat(text(e, "id")).startsWith("urn:khabar:article:");
      assertThat(text(e, "title")).isNotBlank();
      assertThat(text(e, "updated")).isNotBlank();
      assertThat(children(e, "link"))
          .anySatisfy(
              l -> {
                assertThat(l.getAttribute("rel")).isEqualTo("alternate");
                assertThat(l.getAttribute("href")).startsWith(BASE + "/a/");
              });
    }
    return d;
  }

  private static List<String> schemaErrors(String xml) throws Exception {
    List<String> errors = new ArrayList<>();
    ErrorHandler collect =
        new ErrorHandler() {
          @Override
          public void warning(SAXParseException e) {}

          @Override
          public void error(SAXParseException e) {
            errors.add(e.getLineNumber() + ": " + e.getMessage());
          }

          @Override
          public void fatalError(SAXParseException e) {
            errors.add(e.getLineNumber() + ": " + e.getMessage());
          }
        };
    PropertyMapBuilder props = new PropertyMapBuilder();
    ValidateProperty.ERROR_HANDLER.put(props, collect);
    ValidationDriver driver =
        new ValidationDriver(props.toPropertyMap(), CompactSchemaReader.getInstance());
    assertThat(
            driver.loadSchema(
                new InputSource(AtomFeedTest.class.getResource("atom.rnc").toExternalForm())))
        .as("the schema loads: %s", errors)
        .isTrue();
    driver.validate(new InputSource(new StringReader(xml)));
    return errors;
  }

  private static Entity mostMentioned(Entity.Type type) throws Exception {
    return site.engine.browse(SearchRequest.browse().limit(100).build()).hits().stream()
        .flatMap(h -> h.article().entities().stream())
        .filter(e -> e.type() == type)
        .collect(Collectors.groupingBy(e -> e.id(), Collectors.toList()))
        .values()
        .stream()
        .max(Comparator.comparingInt(List::size))
        .orElseThrow()
        .get(0);
  }

  private static List<Element> entries(Document d) {
    return children(d.getDocumentElement(), "entry");
  }

  private static List<String> entryIds(Document d) {
    return ids(entries(d));
  }

  private static List<String> ids(List<Element> entries) {
    return entries.stream()
        .map(e -> text(e, "id").substring("urn:khabar:article:".length()))
        .toList();
  }

  private static String selfLink(Document d) {
    return children(d.getDocumentElement(), "link").stream()
        .filter(l -> l.getAttribute("rel").equals("self"))
        .map(l -> l.getAttribute("href"))
        .findFirst()
        .orElseThrow();
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> out = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i) instanceof Element e
          && ATOM.equals(e.getNamespaceURI())
          && name.equals(e.getLocalName())) {
        out.add(e);
      }
    }
    return out;
  }

  private static String text(Element parent, String name) {
    List<Element> found = children(parent, name);
    assertThat(found).as(name).hasSize(1);
    return found.get(0).getTextContent().strip();
  }

  private static JsonNode json(String path) throws Exception {
    HttpResponse<String> r = site.get(path);
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    return ArticleJson.MAPPER.readTree(r.body());
  }

  private static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
