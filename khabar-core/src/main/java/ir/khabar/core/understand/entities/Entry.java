package ir.khabar.core.understand.entities;

import ir.khabar.core.Entity;

/**
 * What a gazetteer knows of a name: the entity's type, its canonical id and name, its finer kind
 * (city, province, ministry, demonym …), and the country it belongs to (ISO code) or null.
 */
record Entry(Entity.Type type, String id, String name, String kind, String country) {
  boolean isCountry() {
    return type == Entity.Type.COUNTRY && !kind.equals("demonym") && !kind.equals("ours");
  }

  /** Mentions that name a country without being a place name: ایرانی, روسی, کشورمان. */
  boolean isCountryWord() {
    return type == Entity.Type.COUNTRY && (kind.equals("demonym") || kind.equals("ours"));
  }
}
