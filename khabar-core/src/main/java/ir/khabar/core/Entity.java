package ir.khabar.core;

import java.util.Locale;

/**
 * A person, country, place or organisation an article mentions: its canonical id (the same across
 * articles: ظریف and محمد جواد ظریف are one person), its name, how often the article mentions it,
 * and the role it is given when the text states one ("وزیر امور خارجه"), or null.
 */
public record Entity(Type type, String id, String name, int mentions, String role) {

  public enum Type {
    PERSON,
    COUNTRY,
    PLACE,
    ORGANISATION;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Type ofLabel(String label) {
      return valueOf(label.toUpperCase(Locale.ROOT));
    }
  }
}
