package ir.khabar.app.follow;

import java.util.List;

/**
 * What a follow's mail shows and links to: the site's address and links made from it, what is
 * followed, the confirmation link (a confirmation) or the articles (an alert).
 */
public record MailView(
    String baseUrl,
    String query,
    String confirmUrl,
    String unsubscribeUrl,
    List<AlertPayload.Item> articles) {
  public String articleUrl(AlertPayload.Item a) {
    return baseUrl + "/a/" + a.id();
  }
}
