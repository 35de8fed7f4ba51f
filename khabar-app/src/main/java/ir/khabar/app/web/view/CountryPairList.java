package ir.khabar.app.web.view;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The /countries page: country pairs with their number of events, optionally those of one country.
 */
public record CountryPairList(Page page, String with, List<Pair> pairs) {

  /**
   * A pair of countries (ids and names) and how many distinct events they took part in together.
   */
  public record Pair(String a, String nameA, String b, String nameB, long events) {
    public String href() {
      return "/countries/" + enc(a) + "/" + enc(b);
    }

    public String count() {
      return Fa.number(events);
    }

    private static String enc(String s) {
      return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
  }
}
