package ir.khabar.core.search;

import ir.khabar.core.Source;

/** A source and how many of its articles are stored. */
public record SourceCount(Source source, long articles) {}
