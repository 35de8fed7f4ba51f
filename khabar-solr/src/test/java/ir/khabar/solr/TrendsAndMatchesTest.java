package ir.khabar.solr;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.pipeline.Ingest;
import ir.khabar.core.search.Hit;
import ir.khabar.core.search.SearchEngine;
import ir.khabar.core.search.SearchRequest;
import ir.khabar.core.search.Trend;
import ir.khabar.core.search.TrendInterval;
import ir.khabar.persian.date.JalaliDate;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample corpus in both engines: every match paged through (what exports read) and the trends
 * per day, week and Jalali month are the same in SolrCloud as in the embedded index.
 */
@Tag("solr")
class TrendsAndMatchesTest {
  @TempDir static Path data;
  static EnginePair engines;

  private static final List<SearchRequest> REQUESTS =
      List.of(
          SearchRequest.search("ایران").build(),
          SearchRequest.search("ایران").newestFirst().build(),
          SearchRequest.browse().source("irna").build(),
          SearchRequest.browse().build());

  @BeforeAll
  static void ingest() throws Exception {
    engines = EnginePair.load(data, "trends", Ingest::sample);
  }

  @AfterAll
  static void close() throws Exception {
    if (engines != null) {
      engines.close();
    }
  }

  @Test
  void everyMatchPagedThroughInTheSameOrder() throws Exception {
    for (SearchRequest r : REQUESTS) {
      List<String> embedded = pagedIds(engines.embedded, r);
      assertThat(pagedIds(engines.solr, r)).as(r.toString()).isEqualTo(embedded);
      assertThat(embedded).doesNotHaveDuplicates();
      assertThat((long) embedded.size())
          .isEqualTo(engines.embedded.matches(r).total())
          .isEqualTo(engines.solr.matches(r).total())
          .isPositive();
    }
  }

  @Test
  void theSameTrendPerDayWeekAndJalaliMonth() throws Exception {
    for (SearchRequest r : REQUESTS) {
      for (TrendInterval interval : TrendInterval.values()) {
        // The sample spans four years: days only over its last two months.
        SearchRequest asked = interval == TrendInterval.DAY ? lastTwoMonths(r) : r;
        Trend embedded = engines.embedded.trend(asked, interval);
        assertThat(engines.solr.trend(asked, interval))
            .as(asked + " " + interval)
            .isEqualTo(embedded);
        assertThat(embedded.total()).isPositive();
        if (r.source() == null) {
          assertThat(embedded.buckets()).hasSizeGreaterThan(1);
        }
      }
    }
  }

  private static SearchRequest lastTwoMonths(SearchRequest r) {
    return r.withDays(
        new JalaliDate(1404, 9, 1).toLocalDate(), new JalaliDate(1404, 10, 30).toLocalDate());
  }

  private static List<String> pagedIds(SearchEngine engine, SearchRequest r) throws Exception {
    List<String> ids = new ArrayList<>();
    for (int offset = 0; ; offset += 5) {
      List<Hit> page = engine.matches(r.withPage(offset, 5)).hits();
      page.forEach(h -> ids.add(h.article().id()));
      if (page.size() < 5) {
        return ids;
      }
    }
  }
}
