package ir.khabar.core.search;

/** An entity among the results and in how many of the matching articles it appears. */
public record FacetCount(String id, String name, long count) {}
