package ir.khabar.app.store;

/**
 * One message of the follows' outbox, with the follow it goes to: a confirmation mail, or an alert
 * whose payload is the exact JSON of the articles (signed as is for a webhook).
 */
public record Delivery(long id, Kind kind, String payload, int attempts, Follow follow) {
  public enum Kind {
    CONFIRMATION,
    ALERT
  }
}
