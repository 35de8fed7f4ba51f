package ir.khabar.app.web.view;

import java.util.List;

/**
 * A trend drawn as stacked bars in server-rendered SVG (no script, within the site's CSP): the
 * geometry is computed here so the template only places shapes, and the same numbers are given as a
 * table for readers who cannot see the chart.
 */
public record TrendChart(
    String id,
    String title,
    String summary,
    int width,
    int height,
    List<Bar> bars,
    List<Tick> ticks,
    List<Legend> legend,
    List<String> tableSources,
    List<Row> table) {

  /** One bucket: its place, its label under the axis (empty when there is no room), its link. */
  public record Bar(
      double x, double width, String label, String axisLabel, String href, List<Segment> segments) {
    public double labelX() {
      return x + width / 2;
    }
  }

  /** One source's part of a bar. */
  public record Segment(double y, double height, String css, String title) {}

  /** A line across the plot at a count, with the count in Persian digits. */
  public record Tick(double y, String label) {}

  public record Legend(String css, String name) {}

  /** A bucket in the table: its label, its count and each legend source's count. */
  public record Row(String label, String count, List<String> bySource) {}

  /** The bottom of the plot, where bars stand. */
  public double base() {
    return height - 28;
  }

  /** The left edge of the plot; the counts are written to the right of it. */
  public double plotRight() {
    return width - 44;
  }

  public boolean empty() {
    return bars.isEmpty();
  }
}
