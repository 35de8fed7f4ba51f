package ir.khabar.core.search;

/**
 * Restricts a search to articles that mention a person, a country, a second country (a country
 * pair) and an organisation (each optional), given by canonical id or by name as a reader writes it
 * (ظریف, روسیه, وزارت امور خارجه). An id matches whatever slot it is given in.
 */
public record EntityFilter(String person, String country, String otherCountry, String org) {
  public static final EntityFilter NONE = new EntityFilter(null, null, null, null);

  public EntityFilter {
    person = blankToNull(person);
    country = blankToNull(country);
    otherCountry = blankToNull(otherCountry);
    org = blankToNull(org);
  }

  public EntityFilter(String person, String country, String org) {
    this(person, country, null, org);
  }

  /** Articles that mention this entity, whatever its type. */
  public static EntityFilter entity(String id) {
    return new EntityFilter(id, null, null, null);
  }

  /** Articles that mention both countries. */
  public static EntityFilter countries(String a, String b) {
    return new EntityFilter(null, a, b, null);
  }

  public boolean isEmpty() {
    return person == null && country == null && otherCountry == null && org == null;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
