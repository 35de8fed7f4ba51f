package ir.khabar.app.web.view;

import java.util.List;
import java.util.stream.Stream;

/**
 * The /trends page: up to three searches over the same buckets and scale, and a table of their
 * counts side by side.
 */
public record TrendComparison(
    Page page,
    List<String> queries,
    String interval,
    List<TrendChart> charts,
    List<String> columns,
    List<Row> rows,
    String error) {

  /** One bucket: its label and each search's count. */
  public record Row(String label, List<String> counts) {}

  /** The three query fields of the form, blank where none was given. */
  public List<String> fields() {
    return Stream.concat(queries.stream(), Stream.of("", "", "")).limit(3).toList();
  }

  /** The label of query field {@code i}, counted from zero: «جستجوی ۱». */
  public String fieldLabel(int i) {
    return "جستجوی " + Fa.number(i + 1);
  }
}
