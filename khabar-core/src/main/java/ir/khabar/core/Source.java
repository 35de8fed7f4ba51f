package ir.khabar.core;

/** A news agency or site: a stable id (latin, lower case) and its Persian name. */
public record Source(String id, String name) {
  public static final Source UNKNOWN = new Source("unknown", "نامشخص");
}
