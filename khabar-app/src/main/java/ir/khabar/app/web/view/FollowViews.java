package ir.khabar.app.web.view;

import java.util.List;

/** What the follow pages show: the follow form, its outcomes, and the admin's list. */
public final class FollowViews {
  private FollowViews() {}

  /**
   * The follow form or a message about a follow. {@code fields}: the search's hidden fields, null
   * when no form is shown; {@code unsubscribeToken}: set on the unsubscribe page's button.
   */
  public record FollowPage(
      Page page,
      String heading,
      String message,
      String described,
      List<Field> fields,
      String email,
      String unsubscribeToken) {}

  public record Field(String name, String value) {}

  public record AdminFollow(
      long id,
      String kind,
      String query,
      String target,
      String state,
      String failures,
      String created,
      boolean paused) {}

  public record AdminFollows(Page page, List<AdminFollow> follows, String notice) {}
}
