package ir.khabar.core;

import java.time.ZonedDateTime;

/**
 * A comment shown on the source page: author, the country the page gave, text and time (or null).
 */
public record Comment(String author, String country, String text, ZonedDateTime published) {}
