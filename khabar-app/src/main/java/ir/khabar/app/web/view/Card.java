package ir.khabar.app.web.view;

/**
 * One article in a list: its headline, source, Jalali date and age, a snippet (HTML whose text is
 * already escaped; matches marked), how many other agencies carry the story, and its views.
 */
public record Card(
    String id,
    String title,
    String source,
    String sourceId,
    String date,
    String ago,
    String iso,
    String snippetHtml,
    int more,
    String story,
    long views) {

  public String href() {
    return "/a/" + id;
  }

  public String storyHref() {
    return "/story/" + story;
  }

  public String moreText() {
    return Fa.number(more) + " خبر دیگر از این رویداد";
  }

  public String viewsText() {
    return Fa.number(views) + " بازدید";
  }
}
