package ir.khabar.app.web.view;

/**
 * What every page's frame needs: its title and description, the query in the search box, the feed
 * it offers, and the CSRF token its forms carry.
 */
public record Page(String title, String description, String query, String feed, String csrf) {
  public static final String SITE = "خبر";

  public Page {
    query = query == null ? "" : query;
    description = description == null ? "" : description;
  }

  public String fullTitle() {
    return title.isEmpty() ? SITE + " — جستجوی اخبار فارسی" : title + " — " + SITE;
  }
}
